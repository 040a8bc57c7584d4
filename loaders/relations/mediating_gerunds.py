"""Mediation said as time spent on it: "X has spent months mediating between A and B".

After a verb of spending time ("spent months mediating", "took weeks brokering talks", "has been
busy mediating"), the parser often tags the gerund a noun, so no verb trigger fires and the
noun readers find no owner. The words still say the clause's subject mediated between the
sides named "between" (or "among") on the gerund, or on the talks it brokers. Read only under
those time verbs, so "accused Qatar of mediating" or "denied mediating" (other heads) say
nothing here; the host verb's modality decides ("could spend months mediating" is no fact).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_GERUNDS = frozenset({"mediating", "brokering", "facilitating"})
# Verbs of spending time on an activity: "spent months", "took weeks", "has been busy", "kept".
_TIME_VERBS = words("spend take be continue keep")
_STRENGTH = 0.7


def _host(gerund: Token) -> tuple[Token, list[Token]] | None:
    """The time verb the gerund hangs on, and the tokens its parties may hang on ("brokering
    talks between": the talks)."""
    carriers = [gerund]
    tok = gerund
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        carriers.append(tok.head)  # "brokering talks between"
        tok = tok.head
    if tok.dep_ not in ("dobj", "xcomp", "attr", "advcl", "acomp"):
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _TIME_VERBS:
        return None
    if verb.lemma_.lower() == "be" and not any(c.lower_ == "busy" for c in tok.subtree):
        return None  # only "has been busy mediating", never "the problem is mediating"
    return verb, carriers


def mediating_gerunds(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MEDIATED from the subject of a time verb to each side its gerund names (see the module
    docstring)."""
    out: list[Fact] = []
    for gerund in doc[index.dateline_end :]:
        if gerund.lower_ not in _GERUNDS or (host := _host(gerund)) is None:
            continue
        verb, carriers = host
        status = verb_status(verb)
        if status is None:
            continue
        mediators = [r for t in passives.logical_source(verb) for r in index.refs(t)]
        mine = {m.actor_id for m in mediators}
        parties = [r for t in arg.between_objects(carriers) for r in index.refs(t)]
        parties = [p for p in parties if p.actor_id not in mine]
        if not mediators or len({p.actor_id for p in parties}) < 2:
            continue
        frame = Frame(RelationType.MEDIATED, "mediate", "VERB", ("between",))
        reading = Reading(frame, gerund, (gerund, verb), status, _STRENGTH, mediators, parties)
        kind = RelationType.MEDIATED
        out += facts_between(mediators, kind, parties, status, _STRENGTH, reading)
    return out
