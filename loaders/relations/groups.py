"""Counted groups ("the two leaders", "the three countries") named earlier in the article, and
counted descriptions ("two Americans detained in Russia") whose names follow.

Summit stories name the parties once ("Biden, Albanese and Sunak unveiled the plan") and then
speak of "the three leaders". A counted plural noun with no actor of its own stands for the most
recent coordination of exactly that many different actors of the right kind, in its sentence or
the two before.

Detention stories work the other way round: "the release of two Americans detained in Russia
... in exchange for Griner and Whelan". An indefinite counted plural of people ("two Americans",
"three journalists", no "the") introduces people the text names next: it stands for the first
coordination of exactly that many different people after it, in its sentence or the next one,
or of fewer when the text says they are some of them ("among them A, B and C").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

_COUNTS = {
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_PEOPLE = frozenset({"leader", "man", "woman", "president", "minister", "head", "premier"})
_OFFICES = frozenset({"president", "minister", "premier"})
"""Counted offices must match the members' titles: "the two presidents" are no ministers."""
_INDIVIDUALS = frozenset(
    {
        "citizen",
        "national",
        "prisoner",
        "detainee",
        "hostage",
        "journalist",
        "reporter",
        "activist",
        "man",
        "woman",
        "tourist",
        "student",
        "worker",
        "soldier",
    }
)
"""People a counted indefinite plural may introduce, besides demonyms ("two Americans")."""
_STATES = frozenset({"country", "nation", "side", "government", "state", "neighbour", "neighbor"})


def count_of(word: str) -> int | None:
    """The number a count word says ("two", "both"), or None."""
    return _COUNTS.get(word.lower())


def _count(noun: Token) -> int | None:
    for child in noun.children:
        if child.dep_ in ("nummod", "det", "predet") and child.lower_ in _COUNTS:
            return _COUNTS[child.lower_]
    return None


def coordination(tok: Token) -> list[Token]:
    """A token with its conjuncts and appositions ("Biden, Albanese and Sunak" parses both ways)."""
    members = [tok, *tok.conjuncts]
    for child in tok.children:
        if child.dep_ == "appos":
            members += [child, *child.conjuncts]
    return members


def group_members(
    noun: Token, actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> list[Token]:
    """Tokens of the earlier coordinated group "the N leaders/countries" refers to, or [].

    `actor_of(token)` gives (actor id, kind, title in lower case) for a token naming an actor.
    """
    lemma = noun.lemma_.lower()
    count = _count(noun)
    if count is None or (lemma not in _PEOPLE and lemma not in _STATES):
        return []
    wanted = ("PERSON",) if lemma in _PEOPLE else ("COUNTRY", "ORGANIZATION")
    doc = noun.doc
    start = noun.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for tok in reversed(doc[start : noun.i]):
        if tok.dep_ in ("conj", "appos"):
            continue
        members = coordination(tok)
        found = [f for f in (actor_of(t) for t in members) if f is not None and f[1] in wanted]
        if lemma in _OFFICES and any(lemma not in f[2] for f in found):
            continue
        if len(members) == count and len({f[0] for f in found}) == count:
            if count == 2 and _other_meeting_after(tok, noun, {f[0] for f in found}, actor_of):
                return []  # "A and B fought ... C met D. The two sides ...": unsure whose
            return members
    return []


_MEETING = frozenset({"meet", "speak", "talk", "host", "receive", "welcome"})


def _other_meeting_after(
    tok: Token,
    noun: Token,
    members: set[str],
    actor_of: Callable[[Token], tuple[str, str, str] | None],
) -> bool:
    """A meeting of two other actors told after the pair's sentence and before "the two
    sides": the sides may be that meeting's, so the older pair is not taken."""
    doc = noun.doc
    for verb in doc[tok.sent.end : noun.i]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        others = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        others += [p for c in verb.children if c.lower_ == "with" for p in c.children]
        ends = {f[0] for f in (actor_of(t) for t in subjects + others) if f is not None}
        if len(ends) == 2 and ends != members:
            return True
    return False


def _introduces_people(noun: Token) -> bool:
    """ "two Americans", "three journalists": counted, plural, indefinite, people."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("det", "predet", "poss") for c in noun.children):
        return False  # "the two Americans" looks back; "both" and "his" are no introduction
    demonym = noun.tag_ == "NNPS" or noun.ent_type_ == "NORP"
    return demonym or noun.lemma_.lower() in _INDIVIDUALS


def through_next_sentence(tok: Token) -> int:
    """Where the sentence after `tok`'s ends: a group counted in one sentence ("seven
    countries") is often named in the next."""
    doc, end = tok.doc, tok.sent.end
    return doc[end].sent.end if end < len(doc) else end


def named_after(
    noun: Token, actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> list[Token]:
    """Tokens of the people an indefinite counted plural introduces, named right after it."""
    count = _count(noun)
    if count is None or count < 2 or not _introduces_people(noun):
        return []
    listed = _listed_after_comma(noun, count, actor_of)
    if listed:
        return listed
    doc = noun.doc
    for tok in doc[noun.i + 1 : through_next_sentence(noun)]:
        if tok.dep_ == "conj" or not tok.conjuncts:
            continue
        own_list = tok.dep_ == "appos" and tok.head == noun and not _speak_after(tok)
        if tok.dep_ in ("appos", "nsubj", "nsubjpass") and not own_list and not _some_of_them(tok):
            continue  # "Biden and Blinken condemned it": people acting in their own clause
        members = coordination(tok)
        found = {f[0] for f in (actor_of(t) for t in members) if f is not None}
        kinds = {f[1] for f in (actor_of(t) for t in members) if f is not None}
        fits = len(members) == count or (len(members) < count and _some_of_them(tok))
        if fits and len(found) == len(members) and kinds == {"PERSON"}:
            return members
    return []


_LIST_GLUE = frozenset({",", "and"})


def _speak_after(tok: Token) -> bool:
    """ "freed two Americans, A and B said": a verb right after the list makes its names the
    speakers, whatever the parser hung them on."""
    last = max((tok, *tok.conjuncts), key=lambda t: t.i)
    end = last.right_edge.i + 1
    return end < len(tok.doc) and tok.doc[end].pos_ in ("VERB", "AUX")


def _listed_after_comma(
    noun: Token, count: int, actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> list[Token]:
    """ "freed two Americans, aid worker Sandra Loli and businessman Mikael Gidada, on ...":
    read by its surface when the small parser hangs the names on the verb instead. Exactly
    `count` people, each word between them a name, a title word or the list's glue."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    people: dict[str, Token] = {}
    for tok in doc[noun.i + 2 : noun.sent.end]:
        found = actor_of(tok)
        if found is not None and found[1] == "PERSON":
            people.setdefault(found[0], tok)
        elif found is not None:
            return []
        elif tok.lower_ in _LIST_GLUE:
            if tok.text == "," and len(people) == count:
                break
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("compound", "amod"):
            return []  # "freed two Americans, A and B said": the names are the speakers
        elif not (tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "VERB")) or tok.dep_ not in (
            "compound",
            "amod",
        ):
            break  # the list is over
    return list(people.values()) if len(people) == count else []


def _some_of_them(tok: Token) -> bool:
    """A list of some of the group: "the five, among them A, B and C"; "two of them, A and B";
    "including A and B"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("among", "including"):
        return True
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "among":
            return any(p.lower_ == "them" for p in child.children)
    if tok.dep_ == "appos":
        preps = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"]
        return any(p.lower_ in ("them", "whom") for prep in preps for p in prep.children)
    return False
