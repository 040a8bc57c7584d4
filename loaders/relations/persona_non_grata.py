"""Declared persona non grata: read from the small clause the parser makes of it.

"Quito declared Mexico's ambassador, Raquel Serur, persona non grata": the parser reads
"ambassador ... persona non grata" as a clause of its own, so the declared diplomat is the
subject of that clause, not an object of "declared". The passive ("two members of the Russian
embassy staff had been declared persona non grata") names no doer; when a minister announces
it, the minister's state declared it. The target is the diplomats' state (an office named by its
state stands for it), as ANNOTATION.md asks of expulsions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import country_names
from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.facts import Fact, confidence, facts_between
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import RELATIONAL_NOUNS, Frame
from loaders.relations.modality import REPORTING, verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_FRAME = Frame(RelationType.EXPELLED, "declare", "VERB", ("dobj",), strength=0.8)
_PNG = frozenset({"persona", "personae", "grata", "gratae"})
"""Singular and plural: "declared two employees personae non gratae"."""


def _declared(verb: Token) -> list[Token]:
    """Who was declared persona non grata: the passive subject, the object, or the subject of
    the small clause "X persona non grata"."""
    out = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ not in _PNG]
    for comp in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")):
        out += [s for s in comp.children if s.dep_ == "nsubj"]
    return [t for tok in out for t in arg.with_conjuncts(tok)]


def announcers(verb: Token, index: ActorIndex) -> list[Ref]:
    """Who announced what a passive without a doer says was done: "Baerbock announced that
    ... had been declared persona non grata", "Biden announced that U.S. airspace would be
    closed to Russian flights". Not when the clause names another place or doer ("had been
    expelled from Poland")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING:
        return []
    if arg.prep_objects([verb], ("from", "by")):
        return []
    return refs_of(index, grammatical_subjects(head))


def _announcers_state(verb: Token, index: ActorIndex) -> list[Ref]:
    """The state of who announced an expulsion: a minister speaks for hers."""
    out: list[Ref] = []
    for ref in announcers(verb, index):
        if index.kind(ref.actor_id) != "PERSON":
            out.append(ref)
            continue
        if (state := index.state_of(ref.actor_id)) is not None:
            out.append(Ref(state, "proxy", ref.token))
    return out


def states_named_by(declared: list[Token], index: ActorIndex) -> list[Ref]:
    """ "Mexico's ambassador, Raquel Serur": the state whose envoy it is, not only the envoy;
    "two Germans": the state a plural demonym names, when it is an actor of the article."""
    out: list[Ref] = []
    owners = [*declared, *arg.prep_objects(declared, ("of",))]  # "two members of the staff"
    for tok in owners:
        if tok.lemma_.lower() in RELATIONAL_NOUNS:
            continue  # "tariffs on America's partners": the partners, not America
        mods = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")]
        for child in mods + [g for m in mods for g in m.children if g.dep_ == "amod"]:
            if child.dep_ not in ("poss", "amod", "compound"):
                continue
            ref = index.direct(child)
            if ref is not None and index.kind(ref.actor_id) == "COUNTRY":
                out.append(ref)
            elif (named := country_names().get(child.text)) is not None:  # "Mexico's envoy"
                out += _states_of(named, child, index)
            elif child.dep_ == "amod" and (state := index.demonym_state(child)) is not None:
                out.append(Ref(state, "proxy", child.i))  # "Indian military advisers"
        if tok.tag_ == "NNPS" and (state := index.demonym_state(tok)) is not None:
            out.append(Ref(state, "proxy", tok.i))  # "two Germans"
    return out


def _states_of(iso3: str, tok: Token, index: ActorIndex) -> list[Ref]:
    """The article's actor for a state named by its code."""
    state = index.state(iso3)
    return [Ref(state, "proxy", tok.i)] if state is not None else []


def expelled_nationals(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """ "expel two Germans": the Germans' state, which the actor stage does not name; "the
    French foreign ministry said that many Russian personnel would be expelled": the
    announcer's state expels them."""
    out: list[Fact] = []
    for reading in readings:
        verb = reading.trigger
        if reading.frame.type is not RelationType.EXPELLED or verb.pos_ != "VERB":
            continue
        sources = reading.sources
        targets = reading.targets
        if not sources and passives.is_passive(verb):
            sources = _announcers_state(verb, index)
        if not targets:
            targets = states_named_by(passives.logical_objects(verb), index)
        if sources is reading.sources and targets is reading.targets:
            continue
        kind, status = RelationType.EXPELLED, reading.status
        out += facts_between(sources, kind, targets, status, reading.strength - 0.1, reading)
    return out


def persona_non_grata(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for verb in doc:
        if verb.lemma_.lower() != "declare" or verb.pos_ != "VERB":
            continue
        if not any(t.lower_ in _PNG for t in verb.subtree):
            continue
        status = verb_status(verb)
        if status is None:
            continue
        sources = refs_of(index, passives.logical_source(verb))
        if not sources and passives.is_passive(verb):
            sources = _announcers_state(verb, index)
        declared = _declared(verb)
        targets = [r for t in declared for r in index.refs(t, possessor=True, roles=True)]
        targets += states_named_by(declared, index)
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength, sources, targets)
        for source in sources:
            for target in targets:
                if source.actor_id == target.actor_id:
                    continue
                conf = confidence(_FRAME.strength, source, target)
                kind = RelationType.EXPELLED
                out.append(Fact(source.actor_id, kind, target.actor_id, status, conf, reading))
    return out
