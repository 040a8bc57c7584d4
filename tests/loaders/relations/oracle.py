"""Test helper: actor mentions from a table of names, standing in for the actor stage.

Lets the relation stage be tested (and measured on the gold cases) on its own: every name and
alias in the table becomes a mention, and he/she/him/his/her resolve to the last person named.
It is a helper for tests, not a second actor stage.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher

from loaders.doc_extensions import register_doc_extensions
from loaders.mentions import Mention
from schema.ids import actor_id
from schema.models import Actor
from schema.ontology import ActorKind

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_PERSONAL = frozenset({"he", "she", "him", "his", "her"})


def make_actors(table: list[dict[str, object]]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for row in table:
        kind = ActorKind(str(row["kind"]))
        country = row.get("country")
        iso = str(country) if country else None
        aid = actor_id(kind, str(row["name"]), iso)
        aliases = tuple(str(a) for a in row.get("aliases", []) or [])  # type: ignore[attr-defined]
        actors[aid] = Actor(id=aid, name=str(row["name"]), kind=kind, country=iso, aliases=aliases)
    return actors


def annotate(nlp: Language, doc: Doc, actors: dict[str, Actor], published: str | None) -> Doc:
    """Set doc._.actors/mentions/published as the actor stage would."""
    register_doc_extensions()
    matcher = PhraseMatcher(nlp.vocab)
    for aid, actor in actors.items():
        names = {actor.name, *actor.aliases}
        names |= {n[4:] for n in names if n.lower().startswith("the ")}
        matcher.add(aid, [nlp.make_doc(n) for n in names])
    spans = sorted(
        ((s, e, nlp.vocab.strings[m]) for m, s, e in matcher(doc)),
        key=lambda x: (x[0], -(x[1] - x[0])),
    )
    mentions: list[Mention] = []
    covered = -1
    for start, end, aid in spans:
        if start >= covered:
            mentions.append(Mention(start, end, aid, "name"))
            covered = end
    mentions.extend(_pronouns(doc, mentions, actors))
    doc._.actors = actors
    doc._.mentions = sorted(mentions, key=lambda m: m.start)
    doc._.published = dt.date.fromisoformat(published) if published else None
    return doc


def _pronouns(doc: Doc, mentions: list[Mention], actors: dict[str, Actor]) -> list[Mention]:
    people = sorted(
        (m for m in mentions if actors[m.actor_id].kind is ActorKind.PERSON), key=lambda m: m.start
    )
    out: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in _PERSONAL:
            continue
        before = [m for m in people if m.end <= tok.i]
        if before:
            out.append(Mention(tok.i, tok.i + 1, before[-1].actor_id, "pronoun"))
    return out
