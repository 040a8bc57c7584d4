"""The sides a third party addresses: "Qatar called on both sides to stop", "Egypt urged the two
parties to study the plan", "Kenya appealed to the warring parties".

Someone who urges, calls on or appeals to "both sides" speaks to the parties of the story's
conflict or talks, the two the text sets against each other, not to whichever pair was named
last: "The UN and the EU condemned the fighting. Qatar called on both sides ..." does not address
the UN and the EU, nor does the State Department urge a minister and the counterpart he spoke to.
So an addressed side word stands for the nearest pair before it that the text opposes:

- the two ends of "between": "fighting between A and B", "talks between A and B", "mediated
  between A and B";
- a coordinated subject of an opposing verb or of a verb whose object or "in" phrase is a
  conflict or a deal: "A and B clashed", "A and B fought a war", "are locked in a dispute",
  "signed a ceasefire";
- the doer and the target of a hostile or negotiating verb: "A attacked B", "A clashed with B",
  "A accused B";
- the sides of a war noun: "A's war with B", "A is at war with B".

A pair holding the speaker is not the one addressed ("Israel urged both sides" is no appeal to
itself). With no such pair before it, the word stands for nobody: a pair of commentators or of
mediators is never the sides. The sides acting themselves ("both sides agreed") are read by
groups.py as before: after a meeting they are its two parties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Token

SIDE_WORDS = frozenset({"sides", "parties"})
_FRONT = frozenset({"both", "two", "warring", "rival", "opposing", "conflicting"})
"""What marks a side word as the sides of something: "both sides", "the two parties", "the
warring parties"; not "all parties", "political parties"."""
_OPPOSING = frozenset({"clash", "fight", "battle", "negotiate", "feud", "spar", "skirmish",
                       "quarrel", "attack", "invade", "strike", "bomb", "shell", "raid", "accuse",
                       "blame"})  # fmt: skip
"""Verbs that set their subject against their object, or a coordinated subject against itself."""
_DEALING = frozenset({"fight", "wage", "sign", "hold", "conduct", "exchange", "trade", "reach",
                      "agree", "conclude", "resume", "negotiate", "settle", "ink", "end",
                      "break", "violate", "lock", "engage", "embroil", "mire", "open",
                      "begin", "start", "launch"})  # fmt: skip
"""Verbs whose coordinated subject are the two parties of their conflict or deal object: "A
and B fought a war", "signed a truce", "are locked in a dispute"; not "condemned the fighting",
"called for a ceasefire", "welcomed the deal"."""
_CONFLICTS = frozenset({"war", "conflict", "dispute", "fighting", "fight", "talks",
                        "negotiations", "deal", "agreement", "accord", "ceasefire", "truce",
                        "clashes", "clash", "fire", "hostilities", "standoff", "row", "feud",
                        "battle", "battles", "skirmishes", "peace", "treaty",
                        "tensions"})  # fmt: skip
_DEALT_IN = frozenset({"in", "to", "on"})
"""'locked in a dispute', 'agreed to a ceasefire', 'agreed on a truce'."""
_DASHES = frozenset({"-", "—", "–", "--"})
_WITH = frozenset({"with", "against", "on"})
_ADDRESSING_PREPS = frozenset({"on", "to", "upon"})
_CALLING = frozenset({"urge", "call", "appeal", "ask", "press", "encourage", "invite", "warn",
                      "implore", "exhort", "beg", "push", "advise", "tell", "challenge",
                      "instruct", "request", "pressure", "pressurise", "pressurize",
                      "caution"})  # fmt: skip
"""Verbs of a third party's call on the sides; the sides met, hosted or bound by a deal are
left to groups.py."""


def addressed_side_word(tok: Token) -> bool:
    """`tok` is "sides"/"parties" of "both sides", "the two parties", "the warring parties",
    called on by a verb whose subject is someone else ("X urged/called on/appealed to ...")."""
    if tok.lower_ not in SIDE_WORDS or tok.tag_ != "NNS":
        return False
    front = [c for c in tok.children if c.i < tok.i]
    if not any(c.lower_ in _FRONT for c in front):
        return False
    if any(c.dep_ == "prep" for c in tok.children if c.i > tok.i):
        return False  # "both sides of the border", "the parties to the treaty"
    return speaker_verb(tok) is not None


def speaker_verb(tok: Token) -> Token | None:
    """The verb addressing `tok` ("urged both sides", "called on both sides"), if it or a verb
    it is joined to has a subject: "X appealed for calm and urged both sides", "X spoke,
    urging both sides"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _ADDRESSING_PREPS:
        head, dep = head.head, "dobj"
    else:
        dep = tok.dep_
    if dep not in ("dobj", "dative") or head.pos_ != "VERB":
        return None
    if head.lemma_.lower() not in _CALLING:
        return None  # "hosted both sides", "the deal binds both sides": groups.py as before
    return head if speakers(head) else None


def speakers(verb: Token) -> list[Token]:
    """The subjects of `verb`, or of the verb it is joined to ("and urged", "urging")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
            return [t for s in found for t in (s, *s.conjuncts)]
        verb = verb.head
    return []


def opposed_pair(
    word: Token, actors_at: Callable[[Token], list[str]], speaker: set[str]
) -> tuple[str, str] | None:
    """The nearest pair before `word` the text sets against each other, without the speaker."""
    best: tuple[int, tuple[str, str]] | None = None
    for end, pair in _opposed_pairs(word.doc, word.i, actors_at):
        if speaker & set(pair):
            continue
        if best is None or end > best[0]:
            best = (end, pair)
    return best[1] if best is not None else None


def _opposed_pairs(
    doc: Doc, before: int, actors_at: Callable[[Token], list[str]]
) -> Iterator[tuple[int, tuple[str, str]]]:
    for tok in doc[:before]:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                yield from _pair([obj, *obj.conjuncts], actors_at)
        elif tok.pos_ == "VERB":
            yield from _verb_pairs(tok, actors_at)
        elif tok.pos_ == "NOUN" and _conflict(tok):
            yield from _noun_pairs(tok, actors_at)


def _verb_pairs(
    verb: Token, actors_at: Callable[[Token], list[str]]
) -> Iterator[tuple[int, tuple[str, str]]]:
    """ "A and B clashed", "A and B signed a truce", "A attacked B", "A clashed with B"."""
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    dash = _dateline_dash(verb.doc)
    if len(subjects) > 1 and dash is not None:  # "MOSCOW, Oct 10 - A and B agreed": the parse
        subjects = [s for s in subjects if s.i > dash]  # may make the dateline a subject too
    if len(subjects) != 1:
        return
    subject = subjects[0]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    listed = _listed(subject)
    if len(listed) > 1:
        if (lemma in _OPPOSING and not objects) or _deals(verb):
            yield from _pair(listed, actors_at)
        return
    if lemma not in _OPPOSING or verb.dep_ == "amod":
        return
    targets = [o for o in objects if not o.conjuncts]
    targets += [
        p
        for prep in preps
        if prep.lower_ in _WITH
        for p in prep.children
        if p.dep_ == "pobj" and not p.conjuncts
    ]
    for target in targets:
        yield from _pair([subject, target], actors_at)


def _listed(subject: Token) -> list[Token]:
    """A subject with its conjuncts; a dateline the parser made the subject ("BRUSSELS -
    Kosovo and Serbia agreed", "DOHA - Afghan negotiators and the Taliban sat down") gives way
    to the list hung on it."""
    dash = _dateline_dash(subject.doc)
    if dash is None or subject.i > dash:
        if subject.conjuncts:
            return [subject, *subject.conjuncts]
        # "Armenian and Azerbaijani forces clashed": the two states before one noun
        mods = [c for c in subject.children if c.dep_ == "amod" and c.conjuncts]
        return [mods[0], *mods[0].conjuncts] if mods else [subject]
    # the list may hang on the subject or on the date after it ("LIMA, May 3 - A and B ...")
    for tok in subject.doc[dash + 1 : subject.head.i]:
        if tok.dep_ in ("appos", "conj") and tok.head.i < dash:
            return [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
    return []


def _dateline_dash(doc: Doc) -> int | None:
    """Where the dash closing a dateline ("BRUSSELS -", "MOSCOW, Oct 10 -") is, if any."""
    return next((t.i for t in doc[:20] if t.text in _DASHES and t.whitespace_), None)


def _deals(verb: Token) -> bool:
    """The verb, or one it leads without a subject of its own ("agreed to end a standoff",
    "sat down, opening peace talks"), deals in a conflict or a deal: "fought a war", "signed a
    truce", "are locked in a dispute"."""
    chain = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl", "conj"))]
    for link in chain:
        if link.pos_ != "VERB" or link.lemma_.lower() not in _DEALING:
            continue
        if link is not verb and any(c.dep_ in ("nsubj", "nsubjpass") for c in link.children):
            continue
        for child in link.children:
            if child.dep_ == "dobj" and _conflict(child):
                return True
            in_conflict = any(_conflict(p) for p in child.children)
            if child.dep_ == "prep" and child.lower_ in _DEALT_IN and in_conflict:
                return True
    return False


def _conflict(tok: Token) -> bool:
    return tok.lower_ in _CONFLICTS or tok.lemma_.lower() in _CONFLICTS


def _noun_pairs(
    noun: Token, actors_at: Callable[[Token], list[str]]
) -> Iterator[tuple[int, tuple[str, str]]]:
    """ "A's war with B", "A is at war with B", "A's dispute with B"."""
    others = [
        p
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in _WITH
        for p in prep.children
        if p.dep_ == "pobj" and not p.conjuncts
    ]
    if not others:
        return
    owners = [c for c in noun.children if c.dep_ == "poss"]
    head = noun.head
    if not owners and noun.dep_ == "pobj" and head.lower_ in ("at", "in"):
        owners = [c for c in head.head.children if c.dep_ == "nsubj"]
    for owner in owners[:1]:
        yield from _pair([owner, others[0]], actors_at)


def _pair(
    members: list[Token], actors_at: Callable[[Token], list[str]]
) -> Iterator[tuple[int, tuple[str, str]]]:
    """Two tokens naming two different actors (or one group token naming two) as a pair; the
    sides are states, bodies or armed groups, as "both sides" is in groups.py: "Vucic accused
    Kurti ... urged both sides" speaks to Serbia and Kosovo, not to the two men."""
    ids = [actors_at(m) for m in members]
    if not all(ids):
        return
    flat = list(dict.fromkeys(a for found in ids for a in found))
    if len(members) > 2 or (any(len(found) > 1 for found in ids) and len(members) > 1):
        return
    if len(flat) == 2 and not any(a.startswith("person:") for a in flat):
        yield max(m.i for m in members), (flat[0], flat[1])
