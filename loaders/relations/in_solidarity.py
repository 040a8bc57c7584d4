""" "Poland expelled three diplomats in solidarity with Washington", "said it was acting in
support of its Palestinian ally": an act done for a side backs that side.

The trigger noun sits in an adverbial "in ... with/of" phrase of some other verb, so the noun
frames (whose doer is an owner or a light verb's subject) never see who backs: it is the subject
of the verb the phrase hangs on, and the act's own modality is the support's ("would expel them
in solidarity with" is no support yet). The side is the object of "with" after "solidarity" or
of "of" after "support"; the parser hangs that phrase on the noun or, as often, on the verb right
after the noun, and both are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import combine, noun_status, verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_SIDE_PREP = {"solidarity": "with", "support": "of"}
"""The adjunct nouns and the preposition that names the side: not "in support for"."""
_STRENGTH = 0.75


def _adjunct_verb(noun: Token) -> Token | None:
    """The verb an "in <noun>" phrase modifies: "expelled ... in solidarity"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _sides(noun: Token, verb: Token) -> list[Token]:
    """Objects of the side's preposition, on the noun or just after it on the verb."""
    want = _SIDE_PREP[noun.lemma_.lower()]
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == want]
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ == want and after.head.i == verb.i:
        preps.append(after)
    return [o for p in preps for c in p.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]


def acts_in_solidarity(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SUPPORTED from whoever acts "in solidarity with" / "in support of" a side to that side."""
    out: list[Fact] = []
    for noun in doc:
        if noun.lemma_.lower() not in _SIDE_PREP or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = _adjunct_verb(noun)
        if verb is None:
            continue
        status = combine(noun_status(noun), verb_status(verb))
        if status is None:
            continue
        sources = [r for s in grammatical_subjects(verb) for r in index.refs(s)]
        targets = [r for t in _sides(noun, verb) for r in index.refs(t)]
        if not sources or not targets:
            continue
        frame = Frame(RelationType.SUPPORTED, noun.lemma_.lower(), "NOUN", ())
        reading = Reading(frame, noun, (noun, verb), status, _STRENGTH, sources, targets)
        out += facts_between(sources, RelationType.SUPPORTED, targets, status, _STRENGTH, reading)
    return out
