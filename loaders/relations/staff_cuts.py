"""Expulsions told as a cut to a mission's staff: "India ordered Pakistan to halve the staff of
its High Commission", "Moscow told Washington to cut its diplomatic personnel by 755".

Sending part of a state's diplomats home is an expulsion of that state (ANNOTATION.md: ordered to
leave), but no diplomat is named as leaving: the order's object is the state, the infinitive a
cut ("halve", "cut", "reduce", "slash", "shrink") whose object is the envoys' staff or mission.
An order to cut anything else ("ordered Kyiv to cut gas prices") is no expulsion, and the
order's own modality holds ("threatened to order", "did not order").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_ORDERS = words("order tell instruct direct demand force")
_CUTS = words("halve cut reduce slash shrink downsize trim")
# What is cut when envoys go home: "the staff of its embassy", "its diplomatic personnel".
_STAFF = words("staff personnel diplomat employee mission embassy consulate commission presence")
_COUNTS = words("number size")
_ASKING = frozenset({"whether", "if"})
_FRAME = Frame(RelationType.EXPELLED, "order", "VERB", ("dobj",), strength=0.75)


def _cuts_staff(cut: Token) -> bool:
    """ "halve its staff", "slash the number of its diplomats"."""
    cut_down = [o for c in cut.children if c.dep_ == "dobj" for o in arg.with_conjuncts(c)]
    cut_down += [
        p for o in cut_down if o.lemma_.lower() in _COUNTS for p in arg.prep_objects([o], ("of",))
    ]
    return any(o.lemma_.lower() in _STAFF for o in cut_down)


def _bare_demand(cut: Token) -> bool:
    """ "demanded that Israel reduce its staff": the demand's content, not a question ("whether
    it would cut") nor a possibility ("that it could cut")."""
    return not any(
        (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in _ASKING)
        for c in cut.children
    )


def staff_cuts(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for cut in doc:
        order = cut.head
        if cut.lemma_.lower() not in _CUTS or cut.dep_ not in ("xcomp", "ccomp") or order is cut:
            continue
        if order.lemma_.lower() not in _ORDERS or passives.is_passive(order):
            continue
        if not _cuts_staff(cut) or (cut.dep_ == "ccomp" and not _bare_demand(cut)):
            continue
        status = verb_status(order)
        if status is None:
            continue
        # "ordered Pakistan to halve": the object; "demanded that Pakistan halve": the subject
        told = [c for c in order.children if c.dep_ == "dobj"]
        told += [c for c in cut.children if c.dep_ == "nsubj"]
        targets = [r for r in refs_of(index, told) if index.kind(r.actor_id) == "COUNTRY"]
        sources = refs_of(index, passives.logical_source(order))
        reading = Reading(_FRAME, order, (order,), status, _FRAME.strength, sources, targets)
        out += facts_between(sources, RelationType.EXPELLED, targets, status, 0.75, reading)
    return out
