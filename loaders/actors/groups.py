"""Plural descriptions of a pair named before: "the two leaders", "both countries", "the pair".

Summit stories name the parties once ("Kim and Putin held talks") and then speak of "the two
men" or "both sides". Such a description stands for each member of the most recent coordinated
pair ("X and Y") of actors of the right kind (people for leaders, men, presidents and "the
pair"; states or bodies for countries, nations, governments and sides) in its sentence or the
three before. The two sides of a meeting ("Xi held talks with Mishustin") are not used: in news
"the two leaders" as often means the pair of an earlier sentence. Each description becomes one
Mention per member over the same span (how="group"): see loaders/mentions.py. A side word
addressed by a third party ("urged both sides") or acting on the other ("each side blamed the
other") stands instead for the pair the text opposes (conflict_sides.py, reciprocal_sides.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.conflict_sides import (
    SIDE_WORDS,
    addressed_side_word,
    opposed_pair,
    speaker_verb,
    speakers,
)
from loaders.actors.reciprocal_sides import acting_side_word
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WINDOW = 3
_PEOPLE = frozenset({"leaders", "men", "women", "presidents", "ministers", "premiers", "heads",
                     "pair", "two"})  # fmt: skip
_STATES = frozenset({"countries", "nations", "governments", "sides", "states", "neighbours",
                     "neighbors", "capitals"})  # fmt: skip
_OFFICES = {"presidents": "president", "ministers": "minister", "premiers": "premier"}
"""Counted offices must fit the members' titles: "the two presidents" are no ministers."""


def group_mentions(
    doc: Doc, mentions: list[Mention], titles: dict[str, str | None], free: set[int]
) -> list[Mention]:
    """Mentions of each member for every plural description of a pair; `titles` maps actor id
    to title, `free` holds the token indices no other mention covers."""
    sent_of = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
    pairs = _pairs(doc, mentions)
    allied = {m.start for m in mentions if _one_sides_friends(doc[m.start : m.end].root)}
    found: list[Mention] = []
    for tok in doc:
        if addressed_side_word(tok):  # "Qatar urged both sides": the sides of the conflict
            found += _opposed_sides(tok, [*mentions, *found], free)
            continue
        if acting_side_word(tok):  # "each side accused the other": the sides of the conflict
            # too, never the last pair named ("a truce brokered by A and B, though both sides
            # accused each other"): with no opposed pair in reach, nobody
            found += _opposed_sides(tok, [*mentions, *found], free)
            continue
        span = _description(doc, tok)
        if span is None or not all(i in free for i in range(*span)):
            continue
        word = tok.lower_
        wanted = "person:" if word in _PEOPLE else None
        for start, members in reversed(pairs):
            if start >= span[0] or sent_of[span[0]] - sent_of[start] > _WINDOW:
                continue
            if word == "sides" and start in allied:
                continue  # "Belgrade, backed by its allies Russia and China": no two sides
            people = [m.startswith("person:") for m in members]
            if not (all(people) if wanted else not any(people)):
                continue
            office = _OFFICES.get(word)
            if office and not all(office in (titles.get(m) or "").lower() for m in members):
                continue
            if _other_meeting_between(doc, mentions, start, span[0], members):
                break  # "A and B fought ... C met D. The two sides ...": C and D's sides, unsure
            found += [Mention(span[0], span[1], m, "group") for m in members]
            break
        else:
            pair = _clause_pair(doc[span[1] - 1], mentions)
            if pair is not None and (wanted is None) == (
                not all(p.startswith("person:") for p in pair)
            ):
                found += [Mention(span[0], span[1], m, "group") for m in pair]
            elif pair is None and _called_on_countries(tok):
                # "Israel struck Iran ... Guterres urged both countries to step back": no "A
                # and B" in reach, so the countries called on are the two the text opposes
                # (countries only: "Tehran accuses Jaish al-Adl" opposes no two governments)
                states = [m for m in [*mentions, *found] if m.actor_id.startswith("country:")]
                found += _opposed_sides(tok, states, free)
    return found


def _opposed_sides(word: Token, mentions: list[Mention], free: set[int]) -> list[Mention]:
    """One Mention per side of the pair the text opposes before "both sides" addressed by a
    third party or acting on one another (conflict_sides.py), over the description's span; none
    when no such pair is in reach."""
    start = min(c.i for c in word.children if c.i < word.i)
    if not all(i in free for i in range(start, word.i + 1)):
        return []
    at: dict[int, list[str]] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            at.setdefault(i, []).append(m.actor_id)
    verb = speaker_verb(word)
    speaker = {a for t in (speakers(verb) if verb else []) for a in at.get(t.i, [])}
    pair = opposed_pair(word, lambda t: list(dict.fromkeys(at.get(t.i, []))), speaker)
    if pair is None:
        return []
    return [Mention(start, word.i + 1, a, "group") for a in pair]


def _called_on_countries(tok: Token) -> bool:
    """ "urged both countries", "called on the two neighbours": a state word a third party calls
    on ("both sides" is `addressed_side_word`'s; "sides of the border" stays a description)."""
    return tok.lower_ in _STATES and tok.lower_ not in SIDE_WORDS and speaker_verb(tok) is not None


_MEETING = frozenset({"meet", "speak", "talk", "host", "receive", "welcome"})


def _other_meeting_between(
    doc: Doc, mentions: list[Mention], start: int, end: int, members: tuple[str, str]
) -> bool:
    """A meeting of two other actors told in a later sentence than the pair's, before "the two
    sides": the sides may be that meeting's, so neither pair is taken."""
    at = {i: m.actor_id for m in mentions for i in range(m.start, m.end)}
    first_end = doc[start].sent.end
    for verb in doc[first_end:end]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING:
            continue
        pair = _subject_object(verb, at)
        if pair is not None and set(pair) != set(members):
            return True
    return False


def _clause_pair(word: Token, mentions: list[Mention]) -> tuple[str, str] | None:
    """ "Biden said he confronted the crown prince when the two met": with no "X and Y" before,
    the pair is the subject and object of the clause the description's own clause follows (the
    one it hangs on, or, the parse being loose there, the nearest one before it)."""
    verb = word.head
    if word.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "relcl", "conj"):
        return None
    at = {i: m.actor_id for m in mentions for i in range(m.start, m.end)}
    sent = word.sent
    before = [t for t in sent if t.i < word.i and t.pos_ in ("VERB", "AUX")]
    for main in [verb.head, *reversed(before)]:
        pair = _subject_object(main, at)
        if pair is not None:
            return pair
    return None


def _subject_object(verb: Token, at: dict[int, str]) -> tuple[str, str] | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in at]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i in at]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        objects += [o for o in prep.children if o.dep_ == "pobj" and o.i in at]
    if len(subjects) != 1 or len(objects) != 1:
        return None
    a, b = at[subjects[0].i], at[objects[0].i]
    return (a, b) if a != b else None


def _description(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The span of "the two leaders", "both sides", "the pair", "the two" ending at `tok`."""
    word = tok.lower_
    if word not in _PEOPLE and word not in _STATES:
        return None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if word == "pair":
        return (tok.i - 1, tok.i + 1) if prev is not None and prev.lower_ == "the" else None
    if word == "two":  # "the two rode together": the number as the noun
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prev is None or prev.lower_ != "the" or (nxt is not None and nxt.pos_ == "NOUN"):
            return None
        return tok.i - 1, tok.i + 1
    if prev is None:
        return None
    if prev.lower_ == "both":
        return tok.i - 1, tok.i + 1
    if prev.lower_ == "two" and tok.i > 1 and doc[tok.i - 2].lower_ == "the":
        return tok.i - 2, tok.i + 1
    return None


_FRIENDS = frozenset({"ally", "partner", "backer", "supporter", "friend", "patron", "sponsor"})


def _one_sides_friends(root: Token) -> bool:
    """ "its allies Russia and China", "partners such as A and B": friends of one side, never
    the two sides of a dispute."""
    head = root.head
    if root.dep_ == "appos" and head.lemma_.lower() in _FRIENDS:
        return True
    if root.dep_ == "pobj" and head.lower_ in ("as", "like"):  # "partners such as A and B"
        return head.head.lemma_.lower() in _FRIENDS
    return False


def _pairs(doc: Doc, mentions: list[Mention]) -> list[tuple[int, tuple[str, str]]]:
    """Coordinations of exactly two different actors ("Kim and Putin"), by start, in order."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        root = doc[m.start : m.end].root
        conjuncts = [c for c in root.conjuncts if c.i in at]
        if root.dep_ == "conj":
            continue
        if not root.conjuncts and (sibling := _split_subject(root, at)) is not None:
            conjuncts = [sibling]  # "President A and President B met": two subjects, one verb
        elif len(conjuncts) != 1 or len(root.conjuncts) != 1:
            continue
        other = at[conjuncts[0].i]
        if other.actor_id != m.actor_id:
            out.append((m.start, (m.actor_id, other.actor_id)))
    return out


def _split_subject(root: Token, at: dict[int, Mention]) -> Token | None:
    """The second of two subjects of one verb joined by "and" that the parser left as siblings,
    not conjuncts: "Congolese President A and Rwandan President B met" is often read with both
    names as subjects of "met" and the "and" hanging on the first. Only for exactly two subjects
    with that "and" as the last token between them, so a pair is never guessed."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subjects = [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 2 or subjects[0].i != root.i:
        return None
    second = subjects[1]
    before = second.left_edge.i - 1
    if second.i not in at or before <= root.i or root.doc[before].lower_ != "and":
        return None
    if root.doc[before].head.i != root.i or root.doc[before].dep_ != "cc":
        return None
    return second
