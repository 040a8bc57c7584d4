"""Expulsions told from the side of the expelled: who had to leave, and which state they left.

"Three Russian diplomats were told to leave Estonia", "Argentina's envoy and his staff were
ordered to leave Caracas", "five Iranian diplomats had been given a week to leave Azerbaijan":
the passive names no expeller, but the state to be left is the one expelling (a capital stands
for its state), and the diplomats' state is the one expelled, as ANNOTATION.md asks of
expulsions. The active order ("ordered the ambassador to leave") is a lexicon frame already.

"expelled diplomats from Argentina, Chile and Peru": the parser hangs "from" on the verb, as if
the diplomats were thrown out of those states; a state other than the expeller's own is where
the diplomats come from, the one expelled. "expelled Mexico's ambassador, Pablo Monroy": the
envoy, and the state he serves. "demanded that Argentina and Chile withdraw their diplomats":
making others take their envoys home expels them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex, Ref
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.persona_non_grata import states_named_by
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ORDERS = words("order tell ask give instruct direct")
# Whose leaving is an expulsion: envoys and their staff, not citizens told by their own
# government to leave a war zone ("Americans were told to leave Lebanon").
_ENVOYS = words(
    "diplomat ambassador envoy attache consul staff employee personnel official representative "
    "charge mission embassy"
)
_LEAVE = words("leave depart quit exit")
_FRAME = Frame(RelationType.EXPELLED, "order", "VERB", ("nsubjpass",), strength=0.75)
_WITHDRAW = words("withdraw recall remove pull")
_DEMANDS = words("demand order ask tell instruct")


def _state_left(leave: Token, index: ActorIndex) -> list[Ref]:
    """The state an order to leave names: "leave Estonia", "leave Caracas" (its state)."""
    out: list[Ref] = []
    for place in (c for c in leave.children if c.dep_ == "dobj"):
        for tok in arg.with_conjuncts(place):
            ref = index.direct(tok)
            if ref is not None and index.kind(ref.actor_id) == "COUNTRY":
                out.append(ref)
    return out


def told_to_leave(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for leave in doc:
        order = leave.head
        if leave.lemma_.lower() not in _LEAVE or leave.dep_ != "xcomp" or order is leave:
            continue
        if order.lemma_.lower() not in _ORDERS or not passives.is_passive(order):
            continue
        sources = _state_left(leave, index)
        told = [c for c in order.children if c.dep_ == "nsubjpass"]
        told = [t for tok in told for t in arg.with_conjuncts(tok)]
        if not sources or not told or any(t.lemma_.lower() not in _ENVOYS for t in told):
            continue
        status = verb_status(order)
        if status is None:
            continue
        targets = [r for t in told for r in index.refs(t, possessor=True, roles=True)]
        targets += states_named_by(told, index)
        reading = Reading(_FRAME, order, (order,), status, _FRAME.strength, sources, targets)
        out += facts_between(sources, RelationType.EXPELLED, targets, status, 0.75, reading)
    return out


def expelled_by_origin(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.EXPELLED or not reading.sources:
            continue
        if reading.trigger.pos_ != "VERB":
            continue
        if not reading.targets:  # the lede is read in a Doc of its own: its index
            targets = _diplomats_from(reading, ActorIndex(reading.trigger.doc))
        else:
            targets = [s for r in reading.targets if (s := _envoys_state(r, index)) is not None]
        kind, status, strength = RelationType.EXPELLED, reading.status, reading.strength - 0.1
        out += facts_between(reading.sources, kind, targets, status, strength, reading)
    return out


def _diplomats_from(reading: Reading, index: ActorIndex) -> list[Ref]:
    """The states "from" names after an expulsion of envoys who are not named otherwise."""
    verb = reading.trigger
    objects = passives.logical_objects(verb)
    if not objects or any(o.lemma_.lower() not in _ENVOYS for o in objects):
        return []
    own = {r.actor_id for r in reading.sources}
    own |= {c for r in reading.sources if (c := index.state_of(r.actor_id)) is not None}
    out: list[Ref] = []
    for tok in arg.prep_objects([verb, *objects], ("from",)):
        for member in arg.with_conjuncts(tok):
            direct = index.direct(member)
            # "from seven countries", named in the next sentence (counted_states)
            for ref in [direct] if direct is not None else index.refs(member):
                if index.kind(ref.actor_id) != "COUNTRY" or ref.actor_id in own:
                    continue
                out.append(Ref(ref.actor_id, "proxy", member.i))
    return out


def _envoys_state(ref: Ref, index: ActorIndex) -> Ref | None:
    """ "expelled Mexico's ambassador, Pablo Monroy": the envoy named, and the state he serves
    (the target ANNOTATION.md asks for), when the article has it as an actor."""
    actor = index.actors.get(ref.actor_id)
    if actor is None or actor.kind.value != "PERSON" or actor.country is None:
        return None
    if not set((actor.title or "").lower().split()) & _ENVOYS:
        return None
    state = index.state_of(ref.actor_id)
    return Ref(state, "proxy", ref.token) if state is not None else None


def withdrawals_demanded(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """ "demanded that Argentina and Chile withdraw their diplomats", "ordered the withdrawal of
    the diplomatic staff of Peru": a state that makes others take their envoys home expels them.
    The demand stays an urging too; only envoys make it an expulsion, not troops or a bill."""
    out: list[Fact] = []
    for reading in readings:
        verb = reading.trigger
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEMANDS or not reading.sources:
            continue
        if reading.frame.type is RelationType.URGED and _withdraws_envoys(verb):
            targets = reading.targets
        else:
            targets = _withdrawn_envoys(verb, index)
        kind, strength = RelationType.EXPELLED, reading.strength - 0.1
        out += facts_between(reading.sources, kind, targets, reading.status, strength, reading)
    return out


def _withdraws_envoys(verb: Token) -> bool:
    """The demand's own clause is a withdrawal of envoys: "... withdraw their diplomats"."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        if clause.lemma_.lower() in _WITHDRAW and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _ENVOYS for o in clause.children
        ):
            return True
    return False


def _withdrawn_envoys(verb: Token, index: ActorIndex) -> list[Ref]:
    """The states whose envoys a demanded "withdrawal of ..." names."""
    out: list[Ref] = []
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "withdrawal"):
        envoys = [e for e in arg.prep_objects([noun], ("of",)) if e.lemma_.lower() in _ENVOYS]
        out += [r for e in envoys for r in index.refs(e, possessor=True, roles=True)]
        out += states_named_by(envoys, index)
    return out


# Whom a state drives out by force: "expelled Ukrainian troops from Kursk" is fighting, not the
# expulsion of diplomats ANNOTATION.md means.
_FIGHTERS = words("troop force soldier fighter militant army unit rebel insurgent militia")


# What one is expelled from when it is a membership, not a country: "expelled Turkey from the
# F-35 programme", "expelled from the alliance" ends a membership; no diplomat leaves.
_MEMBERSHIPS = words(
    "programme program project scheme alliance bloc group club league organisation organization"
    " forum council body union federation committee competition tournament games party"
)


def without_fighters_expelled(facts: list[Fact]) -> list[Fact]:
    """Every fact but the expulsions of troops and the removals from a membership."""
    return [
        f
        for f in facts
        if not (f.type is RelationType.EXPELLED and (_drives_out_fighters(f) or _membership(f)))
    ]


def _membership(fact: Fact) -> bool:
    verb = fact.reading.trigger
    if verb.pos_ != "VERB":
        return False
    left = arg.prep_objects([verb], ("from",))
    return any(o.lemma_.lower() in _MEMBERSHIPS for o in left)


def _drives_out_fighters(fact: Fact) -> bool:
    verb = fact.reading.trigger
    objects = passives.logical_objects(verb) if verb.pos_ == "VERB" else []
    return any(o.lemma_.lower() in _FIGHTERS for o in objects)
