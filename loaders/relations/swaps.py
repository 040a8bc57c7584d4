"""A prisoner swap is a deal concluded between the two sides that hand over prisoners.

"X freed A and Y released B in return", "A was freed in exchange for B, held by Y" -> X and Y
concluded it. The doers of one release verb ("released by Russia and Belarus") are one side and
conclude nothing with each other; a sentence with no word of exchange ("swap", "in return") is no
swap. Nor is one whose only such word the text denies or leaves to another: "in a sequence of
events that Rome insisted was not a swap", "in what state media called a prisoner exchange"
(ANNOTATION.md: a claim the text attributes and does not adopt records nothing).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.deal_sides import counterparts
from loaders.relations.facts import Fact
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_STRENGTH = 0.7
_HANDING = words("free release swap exchange trade return hand")
_SWAP_CUES = words("exchange swap return trade")
_MERCY = words("clemency pardon amnesty")
# "what state media called a prisoner exchange": a label someone else put on the events
_LABELLING = words("call describe term dub label brand characterise characterize")


def _swap_sentence(sent: Span) -> bool:
    return any(t.lemma_.lower() in _SWAP_CUES and t.pos_ == "NOUN" and _asserted(t) for t in sent)


def _asserted(cue: Token) -> bool:
    """The word of exchange is the text's own: not "was not a swap", nor "what X called a
    swap"."""
    head = cue.head
    if cue.dep_ == "attr" and any(c.dep_ == "neg" for c in head.children):
        return False
    return not (cue.dep_ in ("oprd", "attr", "dobj") and head.lemma_.lower() in _LABELLING)


def _doers(verb: Token) -> list[Token]:
    """Who hands over: the logical source, or any subject the parser hung on the verb ("...,
    the first hostages to come out, and Israel released": two subjects)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return passives.logical_source(verb) + [t for s in subjects for t in arg.with_conjuncts(s)]


def _sides(
    sent: Span, offset: int, facts: list[Fact], index: ActorIndex
) -> list[tuple[frozenset[str], Token]]:
    """Each release verb's doers, one side per verb; releases whose doer the story supplied
    ("Griner was freed", held in Russia) are sides of their own. With one side only, the
    state whose nationals it handed over is the other."""
    sides: list[tuple[frozenset[str], Token]] = []
    nationals: list[tuple[frozenset[str], Token]] = []
    for verb in sent:
        if verb.pos_ != "VERB" or not _hands_over(verb):
            continue
        doers = {
            r.actor_id
            for t in _doers(verb)
            for r in index.refs(t)
            if index.kind(r.actor_id) in ("COUNTRY", "ORGANIZATION")
        }
        if doers and verb_status(verb) is not None:
            sides.append((frozenset(doers), verb))
            released = _nationals(verb, index) - doers
            if released:
                nationals.append((frozenset(released), verb))
    for fact in facts:
        inside = fact.reading.evidence()[1] == sent.end_char + offset
        doer_given = not fact.reading.sources and index.kind(fact.source) == "COUNTRY"
        if fact.type is RelationType.RELEASED and inside and doer_given:
            sides.append((frozenset({fact.source}), fact.reading.trigger))
    if len(sides) == 1 and len(nationals) == 1:
        sides += nationals  # "Americans released by Iran in a prisoner exchange": the US
    if len(sides) == 1 and (other := _other_side(*sides[0], index)):
        sides.append((other, sides[0][1]))
    return sides


def _other_side(side: frozenset[str], verb: Token, index: ActorIndex) -> frozenset[str]:
    """With one side only, whom it handed over to or who held what it got: "freed A in
    exchange for B, serving a sentence in Y", "handed them back to Y in exchange for maps"."""
    found = {r.actor_id for t in counterparts(verb) for r in index.refs(t)} - side
    return frozenset(a for a in found if index.kind(a) in ("COUNTRY", "ORGANIZATION"))


def _hands_over(verb: Token) -> bool:
    """ "freed", "released", "swapped"; "granted clemency to", "gave a pardon to"."""
    if verb.lemma_.lower() in _HANDING:
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in _MERCY for o in objects)


def _nationals(verb: Token, index: ActorIndex) -> set[str]:
    """The state whose nationals a verb hands over: "Five Americans", "13 Israeli women",
    "clemency to five Iranians"."""
    people = passives.logical_objects(verb)
    people = [p for p in people if p.lemma_.lower() not in _MERCY]
    people += arg.prep_objects([verb, *passives.logical_objects(verb)], ("to",))
    found: set[str] = set()
    for person in people:
        for tok in (person, *(c for c in person.children if c.dep_ in ("amod", "compound"))):
            ref = index.direct(tok)
            if ref is not None and index.kind(ref.actor_id) == "COUNTRY":
                found.add(ref.actor_id)
            elif ref is None:
                found |= _demonym_of(tok, index)
    return found


def _demonym_of(tok: Token, index: ActorIndex) -> set[str]:
    """ "Americans", "Iranians": a plural demonym the actor stage left unnamed (it names the
    people, not the state), read with its table of demonyms."""
    state = index.demonym_state(tok) if tok.tag_ in ("NNPS", "NNS") else None
    return {state} if state is not None else set()


def swap_signatories(sentences: list[tuple[Span, int]], facts: list[Fact]) -> list[Fact]:
    """The sides of a prisoner swap concluded it with one another. `sentences`: each with the
    offset of its Doc in the article (the lede is read on its own)."""
    out: list[Fact] = []
    for sent, offset in sentences:
        if not _swap_sentence(sent):
            continue
        index = ActorIndex(sent.doc)
        sides = _sides(sent, offset, facts, index)
        for (one, verb), (other, _) in itertools.combinations(sides, 2):
            if one & other:
                continue
            status = verb_status(verb)
            if status is None:
                continue
            frame = Frame(RelationType.SIGNED_AGREEMENT_WITH, "swap", "VERB", ())
            reading = Reading(frame, verb, (verb,), status, _STRENGTH, offset=offset)
            conf = round(_STRENGTH - 0.1, 2)
            out += [
                Fact(a, RelationType.SIGNED_AGREEMENT_WITH, b, status, conf, reading)
                for a in sorted(one)
                for b in sorted(other)
            ]
    return out
