"""Lists and appositions read from the surface when the parse misses them.

The small model often breaks a list of names ("greeted Gershkovich, Whelan and journalist Alsu
Kurmasheva": the first two hung as modifiers inside the last one's phrase) or hangs an apposition
on the verb ("met Navalny's widow, Yulia Navalnaya, and ...": the name as an adverbial). Then
only one member, or none, reaches a slot. Both shapes are plain to see in the token sequence,
so they are read there, and only in their unambiguous form:

- a list is names of one kind joined by commas with "and"/"or" before the last one, each name
  possibly led by a few modifier words ("journalist", "Radio Free Europe"), never a possessive
  ("Lavrov's spokeswoman") nor a name that is the subject of a clause of its own;
- a loose apposition is a common noun slot filler ("widow", "envoy") followed by a comma and a
  person's name that the parse does not attach to anything else in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.actors_at import Ref
from loaders.relations.arguments import opening_comma, subject_of_next_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.relations.actors_at import ActorIndex

_MODIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ", "SYM", "NUM", "DET"})
_MAX_MODIFIERS = 6
_JOINERS = frozenset({"and", "or"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _is_member_end(doc: Doc, end: int) -> bool:
    """A list member's name ends where a comma, a joiner or the phrase's end follows, never a
    possessive ("Lavrov's spokeswoman") or a hyphen ("Russian-backed separatists": a doer in
    front of someone else)."""
    return end >= len(doc) or doc[end].lower_ not in ("'s", "’s", "'", "-", "–")


def _modifiers_left(doc: Doc, index: ActorIndex, i: int) -> int:
    """Index of the first token before i that is not a modifier word of the next name."""
    n = 0
    while i >= 0 and n < _MAX_MODIFIERS:
        tok = doc[i]
        if tok.pos_ not in _MODIFIER_POS or tok.lower_ in _JOINERS or index.span(i) is not None:
            break
        i -= 1
        n += 1
    return i


def _separator_left(doc: Doc, i: int) -> tuple[int, bool] | None:
    """(index before the separator ending at i, whether it holds a joiner) or None."""
    if i < 0:
        return None
    if doc[i].lower_ in _JOINERS:
        i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1  # the serial comma
        return i, True
    if doc[i].text == ",":
        return i - 1, False
    return None


def _separator_right(doc: Doc, i: int) -> tuple[int, bool] | None:
    if i >= len(doc):
        return None
    if doc[i].text == ",":
        i += 1
        if i < len(doc) and doc[i].lower_ in _JOINERS:
            return i + 1, True
        return i, False
    if doc[i].lower_ in _JOINERS:
        return i + 1, True
    return None


def _owner(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in ("'s", "’s")


def _is_age(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) <= 3


def _past_age(doc: Doc, end: int) -> int:
    """ "Romi Gonen, 24, Emily Damari, 28, and ...": an age between commas after a name is part
    of the member; the list goes on at the comma after it."""
    if end + 2 < len(doc) and doc[end].text == "," and _is_age(doc[end + 1]):
        return end + 2 if doc[end + 2].text == "," else end
    return end


def _before_age(doc: Doc, i: int) -> int:
    """Leftwards, the same: the name before ", 24," ends before the age's comma."""
    if i >= 1 and _is_age(doc[i]) and doc[i - 1].text == ",":
        return i - 2
    return i


def _past_participle(doc: Doc, index: ActorIndex, end: int) -> int:
    """ "his Armenian counterpart Papikyan, appointed only on Monday, and Azerbaijan's Hasanov":
    a past participle set off by commas after a name describes that member; the list goes on
    at the comma after it. Only a short phrase naming nobody, with "and"/"or" after it (a
    comma after it could as well be the clause's end)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].tag_ != "VBN":
        return end
    for k in range(end + 2, min(end + 10, len(doc) - 1)):
        if doc[k].text == ",":
            return k if doc[k + 1].lower_ in _JOINERS else end
        if doc[k].pos_ in ("VERB", "AUX") or index.span(k) is not None:
            return end
    return end


def _own_clause(doc: Doc, start: int, end: int) -> bool:
    """A name that is the subject of a verb of its own starts a new clause, not a list item;
    so does one coordinated with a verb that carries the gapped clause's own phrase ("..., and
    Rubio with Jaishankar", "and Lavrov for Russia"). Coordinated with the verb and bare, it
    is the parser's slip on a list ("met A, B, and Foreign Minister C at a hotel")."""
    return any(
        (doc[k].dep_ in _SUBJECTS and doc[k].head.i >= end)
        or (
            doc[k].dep_ == "conj"
            and doc[k].head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("prep", "dobj", "dative") for c in doc[k].children)
        )
        for k in range(start, end)
    )


def surface_list(index: ActorIndex, tok: Token) -> list[Ref]:
    """The other names of the list the name at `tok` is part of, read from the token sequence."""
    doc = tok.doc
    here = index.span(tok.i)
    if here is None or index.kind(here[2]) is None:
        return []
    kind = index.kind(here[2])
    if _own_clause(doc, here[0], here[1]) and tok.dep_ == "conj":
        return []  # the subject of a gapped clause lists nothing before it
    members: list[tuple[int, int, str]] = []
    joined = False
    # leftwards: [modifiers] name SEP [modifiers] <here>
    start = here[0]
    while True:
        sep = _separator_left(doc, _modifiers_left(doc, index, start - 1))
        if sep is None:
            break
        # "Under a deal brokered by the UAE, Russia and Ukraine swapped": the opening's last
        # name is no member of the subjects' list (subjects.py reads them as subjects)
        if not sep[1] and opening_comma(doc[sep[0] + 1].sent.root) == sep[0] + 1:
            break
        last = _before_age(doc, sep[0])
        prev = index.span(last)
        if prev is None or prev[1] != last + 1 or index.kind(prev[2]) != kind:
            break
        if _own_clause(doc, prev[0], prev[1]):
            break
        members.append(prev)
        joined = joined or sep[1]
        start = prev[0]
    # rightwards: <here> SEP [modifiers] name
    end = here[1]
    while _is_member_end(doc, end):
        sep = _separator_right(doc, _past_participle(doc, index, _past_age(doc, end)))
        if sep is None:
            break
        i = sep[0]
        while i < len(doc) and i - sep[0] < _MAX_MODIFIERS and index.span(i) is None:
            if doc[i].pos_ not in _MODIFIER_POS or doc[i].lower_ in _JOINERS:
                break
            i += 1
        nxt = index.span(i) if i < len(doc) else None
        if nxt is not None and index.kind(nxt[2]) != kind and _owner(doc, nxt[1]):
            i = nxt[1] + 1  # "and Ukraine's Zelensky": the member's state before it
            nxt = index.span(i) if i < len(doc) else None
        if nxt is None or nxt[0] != i or index.kind(nxt[2]) != kind:
            break
        if _own_clause(doc, nxt[0], nxt[1]) or not _is_member_end(doc, nxt[1]):
            break
        if subject_of_next_clause(doc[nxt[1] - 1]):  # "on X and Canada followed suit"
            break
        members.append(nxt)
        joined = joined or sep[1]
        end = nxt[1]
        if sep[1]:
            break  # "and" closes the list
    if not joined:
        return []
    return [Ref(actor, "name", s) for s, _e, actor in members if actor != here[2]]


def loose_apposition(index: ActorIndex, tok: Token) -> list[Ref]:
    """ "met Navalny's widow, Yulia Navalnaya": the person named after the comma, when the
    parse hung the name on the verb instead of on the noun."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or index.span(tok.i) is not None:
        return []
    after = tok.right_edge.i + 1
    hosts = {tok.i, tok.head.i}
    post = doc[after] if after < len(doc) else None
    if post is not None and post.lower_ in ("in", "to") and post.head.i == tok.head.i:
        # "barred Japan's envoy in Tokyo, Ken Sato,": the post's place hung on the verb
        hosts |= {c.i for c in post.children if c.dep_ == "pobj"}
        after = next((t.i for t in doc[post.i : post.right_edge.i + 1] if t.text == ","), after)
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    person = index.span(after + 1)
    if person is None or person[0] != after + 1 or index.kind(person[2]) != "PERSON":
        return []
    root = next(
        (doc[k] for k in range(person[0], person[1]) if not person[0] <= doc[k].head.i < person[1]),
        None,
    )
    if root is None or root.head.i not in hosts:
        return []
    if root.dep_ not in ("appos", "npadvmod", "dep", "dobj", "attr", "conj"):
        return []
    closing = person[1]
    if (
        closing < len(doc)
        and doc[closing].text not in (",", ".", ";")
        and doc[closing].pos_
        not in (
            "ADP",
            "CCONJ",
        )
    ):
        return []
    return [Ref(person[2], "name", person[0])]


_CUES = (("including",), ("among", "them"), ("such", "as"), ("notably",))
_ITEM_LEAD_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"})


def _cue_end(doc: Doc, i: int) -> int | None:
    """End of an enumeration cue starting at token i ("including", "among them"), or None."""
    for cue in _CUES:
        words = [t.lower_ for t in doc[i : i + len(cue)]]
        if tuple(words) == cue:
            return i + len(cue)
    return None


def _cue_of_another_noun(tok: Token, cue: Token) -> bool:
    """ "ordered his forces to hold drills ..., a response to statements by Western officials,
    including A and B": the cue hangs on a plural noun of another phrase, outside the noun's
    own subtree, whose members it lists."""
    head = cue.head
    return (
        cue.dep_ == "prep"
        and head.tag_ in ("NNS", "NNPS")
        and tok.i < head.i < cue.i
        and not (tok.left_edge.i <= head.i <= tok.right_edge.i)
    )


# Words that start the clause's next phrase, not another item or an apposition of one.
_CLAUSE_GOES_ON = frozenset({"ADP", "SCONJ", "VERB", "AUX"})


def enumerated(index: ActorIndex, tok: Token) -> list[Ref]:
    """The named members of a plural noun that a later cue enumerates: "sanctions on ten people
    and four entities it accused of lies, among them Reinhard Butikofer, the German Green who
    chairs ..., French lawmaker Raphael Glucksmann and the Mercator Institute".

    Each comma-separated item counts when it ends in a name led only by modifier words
    ("French lawmaker"); appositions ("the German Green who chairs ...") are passed over."""
    doc = tok.doc
    if not (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and index.span(tok.i) is None) and not (
        demonym_plural(index, tok)
    ):
        return []
    sent_end = tok.sent.end
    cue = next(
        (i for i in range(tok.i + 1, sent_end) if doc[i - 1].text == "," and _cue_end(doc, i)),
        None,
    )
    start = _cue_end(doc, cue) if cue is not None else None
    if cue is None or start is None or _cue_of_another_noun(tok, doc[cue]):
        return []
    own = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ != "of"  # "dozens of officials" are the officials
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if any(p.tag_ in ("NNS", "NNPS") and p.i < start for p in own):
        return []  # "held talks with European leaders, among them A": the leaders' members
    found: list[Ref] = []
    item: list[Token] = []
    for i in range(start, sent_end + 1):
        t = doc[i] if i < sent_end else None
        if t is None or t.text in (",", ";", ".") or t.lower_ in ("and", "or"):
            ref = _item(index, item)
            if ref is not None:
                found.append(ref)
            elif item and item[0].pos_ in _CLAUSE_GOES_ON:
                break  # ", in exchange for two professors ..., A and B": the list has ended
            item = []
            continue
        item.append(t)
    return found


def demonym_plural(index: ActorIndex, tok: Token) -> bool:
    """ "sanctions on 11 Americans, among them A and B": a one-word demonym in the plural is a
    group of people, whose members the cue names, as a common noun's are."""
    span = index.span(tok.i)
    return tok.tag_ == "NNPS" and (span is None or tok.ent_type_ == "NORP")


def _item(index: ActorIndex, item: list[Token]) -> Ref | None:
    if not item:
        return None
    span = index.span(item[-1].i)
    if span is None or span[1] != item[-1].i + 1:
        return None
    lead = [t for t in item if t.i < span[0]]
    if any(t.pos_ not in _ITEM_LEAD_POS for t in lead) or len(lead) > _MAX_MODIFIERS:
        return None
    return Ref(span[2], "name", span[0])


def semicolon_items(index: ActorIndex, tok: Token) -> list[Ref]:
    """The other items of a list whose items are set apart by semicolons because they carry
    appositions: "target Zhu Hailun, a former security chief; Wang Mingshan, who now holds that
    post; and Chen Mingguo, director of the bureau". Each item is the name it opens with."""
    doc = tok.doc
    here = index.span(tok.i)
    sent = tok.sent
    if here is None or not any(t.text == ";" for t in doc[here[1] : sent.end]):
        return []
    if _clause_before_semicolon(doc[here[1] : sent.end]):
        return []  # "Russia vetoed a draft ...; China abstained": two clauses, no list
    kind = index.kind(here[2])
    found: list[Ref] = []
    for i in range(here[1], sent.end - 1):
        if doc[i].text != ";":
            continue
        j = i + 1
        if doc[j].lower_ in _JOINERS:
            j += 1
        lead = j
        while lead < sent.end and lead - j < _MAX_MODIFIERS and index.span(lead) is None:
            if doc[lead].pos_ not in _MODIFIER_POS:
                break
            lead += 1
        span = index.span(lead) if lead < sent.end else None
        if span is not None and span[0] == lead and index.kind(span[2]) == kind:
            found.append(Ref(span[2], "name", span[0]))
    return found


_CLAUSE_VERBS = frozenset({"ROOT", "conj", "advcl", "ccomp"})


def _clause_before_semicolon(rest: Span) -> bool:
    """A clause's own verb comes between the name and the first semicolon ("after Russia
    vetoed a draft ...; China abstained"): the semicolon ends that clause, and what follows is
    no further item of a list the name opens (appositions carry verbs only in relative clauses)."""
    for tok in rest:
        if tok.text == ";":
            return False
        if tok.pos_ == "VERB" and tok.dep_ in _CLAUSE_VERBS:
            return True
    return False
