"""A mediation named by what it produced: "a mediation effort led by Angola, which had produced
a ceasefire between Kinshasa and Kigali", "mediation by Qatar secured a truce between X and Y".
The mediator is the noun's agent ("led by X", "by X", "X-led", "X's"); the parties are those
of the settlement the mediation produced, so the sentence asserts both the go-between and
whom it settled. Only a produced settlement counts: a mediation that "sought" or "could
secure" one, or whose parties are only a topic, names no one mediated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import noun_status, verb_status
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_EFFORTS = words("effort initiative push process bid")
_PRODUCED = words("produce secure yield deliver broker achieve clinch")
_SETTLEMENTS = words("ceasefire truce deal agreement accord pact swap settlement")
_STRENGTH = 0.7
_FRAME = Frame(RelationType.MEDIATED, "mediation", "NOUN", ("between",))


def _agents(host: Token) -> list[Token]:
    """ "led by X", "by X", "X-led", "X's" on the mediation (or its effort)."""
    out = [c for c in host.children if c.dep_ == "poss"]
    out += arg.prep_objects([host], ("by",))
    for led in (c for c in host.children if c.lemma_.lower() == "lead" and c.tag_ == "VBN"):
        out += arg.prep_objects([led], ("by",))
        out += [c for c in led.children if c.dep_ == "npadvmod"]  # "Egypt-led"
    return out


def _results(host: Token, agents: list[Token]) -> list[Token]:
    """The verbs by which the mediation produced something: its own, or a "which" clause the
    parser hung on the mediation or on its agent."""
    verbs = [host.head] if host.dep_ == "nsubj" else []
    verbs += [c for t in (host, *agents) for c in t.children if c.dep_ == "relcl"]
    return [v for v in verbs if v.lemma_.lower() in _PRODUCED]


def mediation_results(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MEDIATED from a mediation's agent to each party of the settlement it produced."""
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.lemma_.lower() != "mediation":
            continue
        host = noun.head if noun.dep_ == "compound" and noun.head.lemma_ in _EFFORTS else noun
        agents = _agents(host)
        mediators = [r for t in agents for r in index.refs(t)]
        if not mediators:
            continue
        for verb in _results(host, agents):
            if verb_status(verb) is not Status.OCCURRED:
                continue
            made = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in _SETTLEMENTS]
            made = [c for c in made if noun_status(c) is not None]  # "produced no ceasefire"
            parties = [r for t in arg.between_objects(made) for r in index.refs(t)]
            mine = {m.actor_id for m in mediators}
            parties = [p for p in parties if p.actor_id not in mine]
            if len({p.actor_id for p in parties}) < 2:
                continue
            reading = Reading(_FRAME, noun, (noun,), Status.OCCURRED, _STRENGTH, pairwise=parties)
            kind = RelationType.MEDIATED
            out += facts_between(mediators, kind, parties, Status.OCCURRED, _STRENGTH, reading)
    return out
