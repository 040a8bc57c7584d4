"""Export controls named by where the exports go: "curbs on exports to X", "halted exports to X".

Export controls are sanctions (ANNOTATION.md), and wire copy names the state they hit as the
destination of the exports, not as the object of a sanctions noun:

- "Japan tightened controls on exports to South Korea of three materials", "imposed sweeping
  curbs on exports of advanced chips to China": a controls noun (control, curb, restriction,
  ban, limit) whose "on" names exports, the noun the object of an imposing verb;
- "Israel halted security exports to Colombia", "Germany suspended arms exports to Turkey": a
  stopping verb whose object is exports.

The state after "to" (on the exports, on the goods their "of" names, or where the parser hung it
on the controls noun or the verb) is sanctioned by the verb's doer. Only states: "exports to
European buyers" names no target. The modality is the verb's: "threatened to halt exports to X"
and "lifted curbs on exports to X" give nothing (lifting is no imposing verb).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Verbs that put controls in place: "imposed curbs on exports", "tightened controls on exports".
_IMPOSING = words("impose tighten introduce announce adopt expand extend place put slap unveil")
# Nouns of controls that fall "on exports".
_CONTROLS = words("control curb restriction ban embargo limit limitation")
# Verbs that stop exports themselves: "halted arms exports to Turkey".
_STOPPING = words("halt suspend ban stop restrict curb block freeze cut limit")
_STRENGTH = 0.7
_FRAME = Frame(RelationType.SANCTIONED, "impose", "VERB", ("prep:on",), strength=_STRENGTH)


def _controlling_verb(exports: Token) -> tuple[Token, list[Token]] | None:
    """The verb that puts controls on the exports, and the tokens "to" may hang on."""
    if exports.dep_ in ("dobj", "nsubjpass") and exports.head.lemma_.lower() in _STOPPING:
        return exports.head, []
    if exports.dep_ != "pobj" or exports.head.lower_ != "on":
        return None
    controls = exports.head.head
    if controls.pos_ == "VERB":  # "imposed curbs last October on exports": "on" on the verb
        objects = [c for c in controls.children if c.dep_ in ("dobj", "nsubjpass")]
        controls = next((o for o in objects if o.lemma_.lower() in _CONTROLS), controls)
    if controls.lemma_.lower() not in _CONTROLS or controls.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = controls.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _IMPOSING:
        return None
    return verb, [controls, verb]


def _destinations(exports: Token, hosts: list[Token], index: ActorIndex) -> list[Ref]:
    """The states "to" names: on the exports, their goods ("exports of chips to China"), or
    where the parser hung it."""
    goods = arg.prep_objects([exports], ("of",))
    found = refs(index, arg.prep_objects([exports, *goods, *hosts], ("to",)), False)
    return [r for r in found if index.kind(r.actor_id) == "COUNTRY"]


def export_curbs(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SANCTIONED from whoever curbed or halted exports to the state they go to."""
    out: list[Fact] = []
    for exports in doc[index.dateline_end :]:
        if exports.pos_ != "NOUN" or exports.lemma_.lower() != "export":
            continue
        found = _controlling_verb(exports)
        if found is None:
            continue
        verb, hosts = found
        status = verb_status(verb)
        if status is None:
            continue
        sources = refs(index, passives.logical_source(verb), True)
        targets = _destinations(exports, hosts, index)
        own = {s.actor_id for s in sources}
        targets = [t for t in targets if t.actor_id not in own]
        if not sources or not targets:
            continue
        reading = Reading(_FRAME, verb, (verb, exports), status, _STRENGTH, sources, targets)
        out += facts_between(sources, RelationType.SANCTIONED, targets, status, _STRENGTH, reading)
    return out
