"""Sanctions told in a relative clause on the sanctions noun, whoever the main clause is about.

News names sanctions as the thing the sentence is about and says who imposed them in a clause:
"Israel has not joined the sanctions that the United States and the EU have imposed on Russia",
"the penalties that Britain slapped on Russian banks", "the tariffs Washington has levied on
Chinese goods", "the move answered sanctions the Treasury announced against four officials,
including A and B". The clause's subject imposed them; its "on"/"against" names the target.
What the main clause does with the sanctions (joins, answers, criticises, does not join) does
not touch the clause's own fact; its own modality does ("the sanctions Washington has
threatened to impose", "that Canada might impose" give nothing).

The small parser hangs such a clause on the noun (relcl) or, when it has no "that", often on the
main verb (ccomp), so the noun is found by the words: the clause's subject phrase starts right
after the sanctions noun, or after a "that"/"which" that follows it.
A standing embargo is told the same way ("the embargo Washington has maintained on Cuba"), and a
reduced relative with no "by" names the imposer as the noun's owner: "the EU sanctions imposed
on Moscow" (owned_sanctions_imposed).
sanction_clauses.py reads the narrower "sanctions the bloc imposed on him" with no relative word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs, refs_of
from loaders.relations.lexicon import SANCTION_NOUNS, words
from loaders.relations.modality import verb_status
from loaders.relations.persona_non_grata import states_named_by
from loaders.relations.sanction_clauses import CLAUSE_FRAME as _FRAME
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_IMPOSING = words("impose slap levy announce adopt place maintain keep enforce")
_NOUNS = SANCTION_NOUNS | words("penalty tariff duty")
_HIT = words(
    "good import export product bank lender company firm entity business official individual "
    "oligarch sector industry"
)
"""What sanctions fall on whose owner is the one sanctioned ("on Chinese goods"); a curb on
"U.S. defence cooperation with Baku" is no sanction of the United States."""
_RELATIVES = frozenset({"that", "which"})


def _sanctions_noun(verb: Token, subject: Token) -> Token | None:
    """The sanctions noun the clause of `verb` (subject `subject`) qualifies, or None."""
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _NOUNS:
        return verb.head
    start = subject.left_edge.i
    if start > 0 and verb.doc[start - 1].lower_ in _RELATIVES:
        start -= 1
    if start == 0:
        return None
    before = verb.doc[start - 1]
    if before.pos_ == "NOUN" and before.lemma_.lower() in _NOUNS:
        return before
    return None


def _noun_target(verb: Token) -> list[Token]:
    """ "a ban it imposed in May on imports of X": the parser hangs the "on" that follows the
    clause on the sanctions noun."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in _NOUNS:
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
    objects = [o for p in preps if p.i > verb.i for o in p.children if o.dep_ == "pobj"]
    return [t for o in objects for t in arg.with_conjuncts(o)]


def _object_free(verb: Token) -> bool:
    """The clause's object is the sanctions noun itself: no object of its own but a relative
    word ("that the US imposed on X"); "imposed curbs on X" is the frames' own reading."""
    return all(c.dep_ != "dobj" or c.lower_ in _RELATIVES for c in verb.children)


def _own_state(index: ActorIndex, actor_id: str, own: set[str | None]) -> bool:
    return index.kind(actor_id) == "COUNTRY" and index.country(actor_id) in own


def sanction_relatives(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _IMPOSING:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or not _object_free(verb) or subjects[0].i > verb.i:
            continue
        if _sanctions_noun(verb, subjects[0]) is None:
            continue
        status = verb_status(verb)
        if status is None:
            continue
        # "the U.S. Treasury": the state whose office it is
        sources = refs(index, arg.with_conjuncts(subjects[0]), True)
        hit = arg.prep_objects([verb], ("on", "against")) or _noun_target(verb)
        owned = [t for t in hit if t.lemma_.lower() in _HIT]
        targets = refs_of(index, hit) or states_named_by(owned, index)  # "on Russian banks"
        # "restrictions that Congress imposed on U.S. aid": a curb on one's own state's doings
        own = {index.country(r.actor_id) for r in sources} - {None}
        targets = [t for t in targets if not _own_state(index, t.actor_id, own)]
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength, sources, targets)
        kind = RelationType.SANCTIONED
        out += facts_between(sources, kind, targets, status, _FRAME.strength, reading)
    return out


def owned_sanctions_imposed(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ "the EU sanctions imposed on Moscow after the invasion": a participle on a sanctions noun
    with no "by" of its own; the noun's owner imposed them ("Western sanctions", owned by no
    actor, give nothing). A clause with "by X" is the frames' own reading."""
    out: list[Fact] = []
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _IMPOSING or verb.tag_ != "VBN":
            continue
        if noun.lemma_.lower() not in _NOUNS or noun.i > verb.i or passives.agents(verb):
            continue
        owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        sources = refs_of(index, [t for o in owners for t in arg.with_conjuncts(o)])
        hit = arg.prep_objects([verb], ("on", "against"))
        owned = [t for t in hit if t.lemma_.lower() in _HIT]
        targets = refs_of(index, hit) or states_named_by(owned, index)
        status = verb_status(noun.head) if noun.head.pos_ in ("VERB", "AUX") else verb_status(verb)
        if status is None:
            continue
        reading = Reading(_FRAME, verb, (noun, verb), status, _FRAME.strength, sources, targets)
        kind = RelationType.SANCTIONED
        out += facts_between(sources, kind, targets, status, _FRAME.strength, reading)
    return out
