"""Sanctions told by their lifting: "ECOWAS lifted trade and financial sanctions on Mali in
July", "the United States eased sanctions on Venezuela's oil sector", "Washington lifted a
20-year trade embargo on Sudan".

Only who imposed sanctions can lift them, so a lifting that happened tells, as a background
fact, that the lifter had sanctioned the target (ANNOTATION.md counts background facts stated
as fact). The lifting itself must have happened: "urged Washington to lift sanctions on Iran",
"made no commitment to lift", "would ease sanctions if", "not to ease" give nothing, since a
lifting asked for, promised or refused leaves the imposer to other sentences (and a person
promising it, "Trump would lift sanctions on Russia", need not be the one who imposed them).
Lifting verbs stay out of the light verbs (noun_verbs), so the frames never read a lifting as
an imposing with the imposing's modality; this module reads it on its own terms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs, refs_of
from loaders.relations.lexicon import SANCTION_NOUNS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.persona_non_grata import states_named_by
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_LIFTING = words("lift ease relax loosen remove")
# "rolled back sanctions against Iran": the phrasal lifting ("rolled out" imposes, noun_verbs)
_PHRASAL_LIFTING = {"roll": "back", "wind": "down"}
# "lifted most of its sanctions on Syria": the share lifted, of the sanctions
_SHARES = words("most some all part many much rest remainder")
# What sanctions fall on whose owner is the one sanctioned: "on Venezuela's oil sector".
_HIT = words(
    "good import export product bank lender company firm entity business official individual "
    "oligarch sector industry airline carrier"
)
_FRAME = Frame(RelationType.SANCTIONED, "lift", "VERB", ("prep:on",), strength=0.7)


def _lifted_noun(verb: Token) -> Token | None:
    """The sanctions noun the verb lifts: its object, or the object's "of" ("most of its")."""
    if _misread_before(verb):
        return verb.head
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in SANCTION_NOUNS:
            return obj
        if obj.lemma_.lower() in _SHARES:
            for noun in arg.prep_objects([obj], ("of",)):
                if noun.lemma_.lower() in SANCTION_NOUNS:
                    return noun
    return None


def _misread_before(verb: Token) -> bool:
    """ "West African bloc ECOWAS lifted sanctions on Mali": after a titled name the parser may
    make the name the sentence's head, the past-tense verb an adjective of the noun, and the
    noun the name's object."""
    noun = verb.head
    return (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and verb.i < noun.i
        and noun.lemma_.lower() in SANCTION_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.pos_ in ("PROPN", "NOUN")
        and noun.head.i == verb.i - 1  # the name right before: not "the lifted sanctions"
    )


def _imposers(index: ActorIndex, verb: Token, noun: Token) -> list[Ref]:
    """Who had imposed the sanctions: their named owner ("Obama lifted a U.S. arms embargo on
    Vietnam" tells the United States' embargo, not Obama's), else who lifted them: the verb's
    doer, or the name the parser made the head (`_misread_before`)."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    named = [o for o in owners if o.pos_ != "PRON"]
    if owned := refs_of(index, named):
        return owned
    if _misread_before(verb):
        return refs(index, arg.with_conjuncts(verb.head.head), True)
    return refs(index, passives.logical_source(verb), True)  # "the U.S. Treasury"


def _targets(index: ActorIndex, verb: Token, noun: Token) -> list[Ref]:
    """Who the sanctions fell on: the noun's "on"/"against" (or the verb's, where the parser
    hangs it), or the owner of what they fell on ("on Venezuela's oil sector")."""
    hit = arg.prep_objects([noun], ("on", "against")) or arg.prep_objects([verb], ("on", "against"))
    hit = [t for h in hit for t in arg.with_conjuncts(h)]
    owned = [t for t in hit if t.lemma_.lower() in _HIT]
    return refs_of(index, hit) or states_named_by(owned, index)


def _lifts(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    particle = _PHRASAL_LIFTING.get(lemma)
    if particle is None:
        return lemma in _LIFTING
    return any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def lifted_sanctions(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SANCTIONED facts, lifter to target, from a lifting of sanctions that happened."""
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ != "VERB" or not _lifts(verb):
            continue
        if passives.is_passive(verb):
            continue  # "sanctions were lifted": who lifted them is not said
        noun = _lifted_noun(verb)
        if noun is None or verb_status(verb) is not Status.OCCURRED:
            continue
        sources = _imposers(index, verb, noun)
        targets = _targets(index, verb, noun)
        own = {index.country(r.actor_id) for r in sources} - {None}
        targets = [
            t
            for t in targets
            if not (index.kind(t.actor_id) == "COUNTRY" and index.country(t.actor_id) in own)
        ]
        status = Status.OCCURRED
        reading = Reading(_FRAME, verb, (verb, noun), status, _FRAME.strength, sources, targets)
        kind = RelationType.SANCTIONED
        out += facts_between(sources, kind, targets, status, _FRAME.strength, reading)
    return out
