"""Whose remark is "the remark"? The one who said something just before.

A definite claim noun with no owner ("rejected the charge", "called the remark irresponsible",
"Minsk brushed the criticism aside") refers back to the latest saying, accusing or condemning
that the story told: in the same sentence before it, or in the two sentences before. Its speaker
is the claim's maker, the one rejected or condemned. Only "the/this/that/these/those/such"
nouns (an indefinite "claims" may be anybody's), only backwards, only verbs of saying whose
subject is an actor, and never the one now reacting (a reply to oneself is no rejection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.lexicon import CLAIM_NOUNS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex

SPEAKING = words(
    "say tell reply answer respond claim allege accuse charge blame demand propose offer suggest "
    "describe request insist argue assert announce state declare write brand label condemn "
    "criticise criticize denounce conclude warn"
)
# What one rejects or condemns that someone made: claims, and what courts and bodies issue.
REFERABLE = CLAIM_NOUNS | words("warrant ruling verdict finding decision resolution conclusion")
# What is issued, not said, and the verbs that can issue it: a speaker who condemned, accused or
# warned just before made no decision ("NATO condemned the attack. Iran said the decision was
# ill-considered" does not take up NATO's words).
ISSUED = words("decision resolution ruling verdict warrant order finding conclusion judgment")
ISSUING = words("say announce declare state rule decide order conclude find write")
# Nouns of what was said, which news English varies for one utterance: "a row over remarks by
# the envoy ... Borrell called the comments unacceptable".
SAYING_NOUNS = words("remark comment statement")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
_SENTENCES_BACK = 2
# A chorus of one state's voices is told over a paragraph or two before the reply to it.
_VOICES_BACK = 3


def _ownerless_definite(noun: Token) -> bool:
    if noun.lemma_.lower() not in REFERABLE:
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in noun.children):
        return False  # "Baku's claim", "Western criticism": owned, read elsewhere
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _window_start(noun: Token, back: int = _SENTENCES_BACK) -> int:
    doc, start = noun.doc, noun.sent.start
    for _ in range(back):
        if start > 0:
            start = doc[start - 1].sent.start
    return start


def earlier_speakers(noun: Token, reacting: Token, index: ActorIndex) -> list[Ref]:
    """The maker of the claim a definite ownerless claim noun refers back to, or []."""
    if not _ownerless_definite(noun):
        return []
    reactors = [r.actor_id for s in passives.logical_source(reacting) for r in index.refs(s)]
    doc = noun.doc
    start = max(_window_start(noun), index.dateline_end)
    for tok in reversed(doc[start : min(noun.i, reacting.i)]):
        if _same_thing(tok, noun) and tok.pos_ == "NOUN":
            # "the court issued a warrant ...; Moscow dismissed the warrant": that noun's maker;
            # "held on espionage charges ... denies the charges": a maker nobody named
            return others_than(index, reactors, _makers(tok, index))
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEAKING:
            continue
        if noun.lemma_.lower() in ISSUED and tok.lemma_.lower() not in ISSUING:
            continue  # "the decision" is no condemnation or warning made before
        if tok.is_ancestor(reacting):
            continue  # "Borrell said the bloc rejected the decision": he reports, made nothing
        # by name only: a pronoun two sentences back is too often the wrong person
        # "a U.S. intelligence report concluded that ...": a report speaks for its owner
        speakers = [
            r for s in passives.logical_source(tok) for r in index.refs(s) or index.claimants(s)
        ]
        if speakers and any(r.how == "pronoun" for r in speakers):
            return []
        if speakers:
            return others_than(index, reactors, speakers)
    return []


def _same_thing(earlier: Token, noun: Token) -> bool:
    """The same noun, or another word for the same utterance ("remarks" ... "the comments")."""
    first, later = earlier.lemma_.lower(), noun.lemma_.lower()
    return first == later or (first in SAYING_NOUNS and later in SAYING_NOUNS)


def others_than(index: ActorIndex, reactors: list[str], makers: list[Ref]) -> list[Ref]:
    """The makers, unless one is on the reacting side: nobody rejects their own side here."""
    own = any(_one_side(index, a, r.actor_id) for a in reactors for r in makers)
    return [] if own else makers


def _makers(noun: Token, index: ActorIndex) -> list[Ref]:
    """Who issued, made or filed an earlier claim noun: its owner, its by-phrase ("remarks by
    the ambassador"), or its verb's subject."""
    owners = [r for c in noun.children if c.dep_ == "poss" for r in index.refs(c)]
    owners += [r for p in arg.prep_objects([noun], ("by",)) for r in index.refs(p)]
    if owners or noun.dep_ != "dobj":
        return owners
    return [r for s in passives.logical_source(noun.head) for r in index.refs(s)]


def _one_side(index: ActorIndex, a: str, b: str) -> bool:
    """The same actor, or two of one state: nobody rejects their own side's remark here."""
    return a == b or (index.country(a) is not None and index.country(a) == index.country(b))


def voices_of_one_state(
    noun: Token, reacting: Token, speakers: list[Ref], index: ActorIndex
) -> list[Ref]:
    """The state whose voices made the claim a definite ownerless noun refers back to, when
    several of its people or bodies spoke in the window ("Pompeo called the arrests an outrage.
    Blinken said they were an assault ... China rejected the criticism": the criticism is the
    United States', not only the last speaker's; ANNOTATION.md: an official speaking for a state
    is that state). The speakers found (the latest) are kept when they are not all people of one
    state, or when no other voice of that state spoke in the window."""
    people = [r for r in speakers if index.kind(r.actor_id) == "PERSON"]
    states = {index.state_of(r.actor_id) for r in people}
    if not people or len(people) != len(speakers) or len(states) != 1:
        return speakers
    state = states.pop()
    if state is None:
        return speakers
    named = {r.actor_id for r in speakers}
    doc = noun.doc
    start = max(_window_start(noun, _VOICES_BACK), index.dateline_end)
    for tok in doc[start : min(noun.i, reacting.i)]:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEAKING or tok.is_ancestor(reacting):
            continue
        for s in passives.logical_source(tok):
            for ref in index.refs(s):
                if ref.actor_id in named:
                    continue
                if ref.actor_id == state or index.state_of(ref.actor_id) == state:
                    return [Ref(state, "proxy", people[0].token)]
    return speakers
