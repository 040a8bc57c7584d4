"""One who hosted, joined or sat in on "the talks" an earlier sentence reported met their parties.

"Lavrov and Kuleba met in Antalya. Cavusoglu, who hosted the meeting and sat in on the talks,
called them civil": the definite noun points back to a meeting the article already told, and
its host or late attendee was at that table, so met each party (ANNOTATION.md: meetings; hosting
alone is no mediation, and nothing here says MEDIATED). The meeting referred to is the latest
one held in person earlier in the same paragraph, else the story's own meeting (the one its
first paragraph reports): a paragraph of its own ("Pompeo, who joined the talks, said ...")
returns to the story's summit, not to a call or aside told in between.

Only people who act (a host state is a place, not a party at the table), only the definite noun
with no word that makes it another meeting ("the next talks", "the planned summit"), only what
the text says happened (not "hoped to join the talks", "did not attend the meeting"), and not
"as observers". The new participant meets the parties of another state than their own: the
Secretary who joined his President's talks met the visitors, not his President.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.remote_meetings import remote_here
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_MEETING_NOUNS = words("talk meeting negotiation discussion")
# A summit is a meeting of two only as its host's: one who "attended the summit" sat among many
# and met no one in particular.
_HOSTED_NOUNS = _MEETING_NOUNS | words("summit")
# Verbs whose object is the meeting itself: "hosted the meeting", "joined the talks".
_ON_OBJECT = words("host join attend")
# Verbs with their particle and preposition: "sat in on the talks", "took part in the summit".
_ON_PREP = {"sit": ("on",), "take": ("in",), "participate": ("in",)}
_POINTING = words("the these those")
# Words on the noun that name another meeting than the one told.
_OTHER = words(
    "next new further future planned proposed possible upcoming later follow-up second third "
    "another fresh"
)
_ROLES_APART = words("observer monitor guest")
_STRENGTH = 0.6
_SIDES = 2


def _meeting_of(verb: Token) -> Token | None:
    """The meeting noun the verb takes: its object, or the object of "on"/"in"."""
    lemma = verb.lemma_.lower()
    cands: list[Token] = []
    if lemma in _ON_OBJECT:
        cands = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in _ON_PREP:
        if lemma == "take" and not any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
        ):
            return None
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ON_PREP[lemma]]
        cands = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    nouns = _HOSTED_NOUNS if lemma == "host" else _MEETING_NOUNS
    for noun in cands:
        if noun.lemma_.lower() not in nouns:
            continue
        mods = [c for c in noun.children if c.dep_ in ("det", "amod", "compound", "poss")]
        if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in mods):
            continue
        if any(c.dep_ == "poss" or c.lower_ in _OTHER for c in mods):
            continue
        if any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children):
            continue  # "the talks on trade", "the meeting planned for May": named anew
        return noun
    return None


def _apart(verb: Token) -> bool:
    """ "attended the talks as observers": present, but no party at the table."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(o.lemma_.lower() in _ROLES_APART for o in c.children)
        for c in verb.children
    )


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n\n", 0, at) + 1


def _in_person(facts: list[Fact]) -> list[Fact]:
    return [
        f
        for f in facts
        if f.type is RelationType.MET_WITH
        and f.status is Status.OCCURRED
        and not remote_here(f.reading.trigger)
    ]


def _at(fact: Fact) -> int:
    """Where the fact's trigger stands in the article (a sentence may run over a paragraph
    break where the parser missed the end of a quote)."""
    return fact.reading.trigger.idx + fact.reading.offset


def _the_meeting(meetings: list[Fact], text: str, at: int, here: int) -> set[str]:
    """The parties of the meeting a definite noun at char `here`, in the sentence starting at
    char `at`, refers to: the latest meeting earlier in its paragraph, else the first
    paragraph's meeting."""
    para = _paragraph_start(text, here)
    before = [f for f in meetings if para <= _at(f) < at]
    if before:
        last = max(f.reading.evidence() for f in before)
        chosen = [f for f in before if f.reading.evidence() == last]
    else:
        lede_end = text.find("\n\n")
        lede_end = len(text) if lede_end < 0 else lede_end
        opening = [f for f in meetings if _at(f) < min(lede_end, at)]
        if not opening:
            return set()
        first = min(f.reading.evidence() for f in opening)
        chosen = [f for f in opening if f.reading.evidence() == first]
    return {end for f in chosen for end in (f.source, f.target)}


def _mediated(host: str, facts: list[Fact], index: ActorIndex) -> bool:
    """Someone else the article says mediated: the talks hosted were run by that mediator
    (the parties' delegates may be named apart from the sides mediated between)."""
    own = index.country(host)
    return any(
        f.type is RelationType.MEDIATED
        and f.source != host
        and (own is None or index.country(f.source) != own)
        for f in facts
    )


def _newcomers(verb: Token, index: ActorIndex) -> list[Ref]:
    found = refs_of(index, passives.logical_source(verb))
    return [r for r in found if index.kind(r.actor_id) == "PERSON"]


def joined_meetings(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """MET_WITH between one who hosted or joined "the talks" and that meeting's parties."""
    meetings = _in_person(facts)
    if not meetings:
        return []
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (lemma not in _ON_OBJECT and lemma not in _ON_PREP):
            continue
        noun = _meeting_of(verb)
        if noun is None or _apart(verb) or verb_status(verb) is not Status.OCCURRED:
            continue
        parties = _the_meeting(meetings, doc.text, verb.sent.start_char, verb.idx)
        if len({index.country(p) or p for p in parties}) != _SIDES:
            continue  # a gathering of many: who joined it met no one in particular
        people = [p for p in parties if index.kind(p) == "PERSON"]
        for ref in _newcomers(verb, index):
            if ref.actor_id in parties:
                continue
            if lemma == "host" and _mediated(ref.actor_id, facts, index):
                continue  # talks run by a mediator: the host gave the venue
            own = index.country(ref.actor_id)
            for party in people:
                if own is not None and index.country(party) == own:
                    continue
                frame = Frame(RelationType.MET_WITH, lemma, "VERB", ())
                reading = Reading(frame, verb, (verb, noun), Status.OCCURRED, _STRENGTH)
                conf = confidence(_STRENGTH, ref)
                out.append(
                    Fact(ref.actor_id, RelationType.MET_WITH, party, Status.OCCURRED, conf, reading)
                )
    return out
