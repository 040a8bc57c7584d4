"""Words said to someone at a meeting: "Wang told Rouhani during a meeting on Saturday that ...",
"Putin assured Erdogan in a phone call that ...", "Blinken warned Lavrov at their talks in
Geneva". The verb of address says who spoke to whom; the meeting noun it happened at says they
met (ANNOTATION.md counts talks and calls as MET_WITH). Without the meeting noun the verb says
nothing of a meeting ("told reporters", "warned Iran" in a statement), so it stays unread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_ADDRESS = words("tell assure inform brief ask urge warn press reassure promise remind")
_AT = words("during at in on")
_MEETINGS = words("meeting talk talks call conversation summit videoconference session audience")
_STRENGTH = 0.75


_TOPIC = words("about of on")
"""What was said, on which the parser may hang the meeting phrase: "informed Lavrov about the
strikes in a phone call"."""


def _at_meeting(verb: Token) -> Token | None:
    """The meeting noun of a "during/at/in/on" phrase on the verb ("in a phone call"), or on
    the topic the verb names ("about the strikes in a phone call")."""
    topics = [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _TOPIC
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    for prep in (c for host in (verb, *topics) for c in host.children):
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _MEETINGS:
                return noun
    return None


def _named_in_apposition(obj: Token) -> list[Token]:
    """ "his Russian counterpart Sergei Lavrov": the name the parser sets beside the office."""
    return [c for c in obj.children if c.dep_ == "appos"]


def addressed_meetings(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MET_WITH between the speaker and the person spoken to at a meeting or call."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ADDRESS:
            continue
        meeting = _at_meeting(verb)
        if meeting is None or verb_status(verb) is not Status.OCCURRED:
            continue
        speakers = [r for t in grammatical_subjects(verb) for r in index.refs(t)]
        heard = [
            r
            for c in verb.children
            if c.dep_ in ("dobj", "dative")
            for t in (c, *c.conjuncts, *_named_in_apposition(c))
            for r in index.refs(t)
            if index.kind(r.actor_id) == "PERSON"
        ]
        if not speakers or not heard:
            continue
        frame = Frame(RelationType.MET_WITH, verb.lemma_.lower(), "VERB", ("dobj",))
        reading = Reading(frame, verb, (verb, meeting), Status.OCCURRED, _STRENGTH, speakers, heard)
        out += facts_between(
            speakers, RelationType.MET_WITH, heard, Status.OCCURRED, _STRENGTH, reading
        )
    return out
