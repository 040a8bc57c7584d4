"""Cross-article identity: a new article's people and organizations mapped onto known actors.

"Viktor Orbán" in one article and "Victor Orban" in the next are one person: names are compared
transliterated, without case and punctuation; spelling variants by rapidfuzz with a conservative
threshold, and only when the surnames agree; a bare surname only when exactly one known person
carries it (failing that, when exactly one begins with it: "Ms Cheng" for "Cheng Lei", the
family name written first). Organizations join only as loaders/org_identity allows: never on a
plain mention ("the junta"), never across two states, and a body whose extracted id another
state's body holds gets an id of its own. Countries need nothing: their ids are ISO codes
already. Relation and event ids are recomputed from the rewritten actor ids, so the same fact
keeps one id across articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from loaders.org_identity import is_mention, own_id, same_body
from schema.ids import event_id, relation_id, slug
from schema.models import Participation
from schema.ontology import ActorKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from schema.models import Actor, Event, Extraction, Relation

_FIRST_NAME_RATIO = 80
_WHOLE_NAME_RATIO = 92


def name_key(text: str) -> str:
    """The words two spellings of one name share ("Viktor Orbán", "the Viktor Orban")."""
    return slug(text).replace("-", " ")


class Resolver:
    """Known actors by normalised name; grows with every article it resolves."""

    def __init__(self, known_actors: Iterable[Actor]) -> None:
        self.actors: dict[str, Actor] = {}
        self._by_name: dict[tuple[ActorKind, str], list[str]] = {}
        for actor in known_actors:
            self._remember(actor)

    def _remember(self, actor: Actor) -> None:
        old = self.actors.get(actor.id)
        if old is not None:
            # A state or title one article gave ("the Russian leader") is kept for the articles
            # that name the same person bare ("Vladimir Putin"), and never overwritten.
            aliases = tuple(dict.fromkeys([*old.aliases, *actor.aliases]))
            actor = old.model_copy(
                update={
                    "aliases": aliases,
                    "country": old.country or actor.country,
                    "title": old.title or actor.title,
                }
            )
        self.actors[actor.id] = actor
        own = set(name_key(actor.name).split())
        for form in (actor.name, *actor.aliases):
            key = name_key(form)
            if actor.kind == ActorKind.PERSON and (" " not in key or not own & set(key.split())):
                continue  # a bare surname, or a post ("China's top diplomat") others hold too
            if actor.kind == ActorKind.ORGANIZATION and is_mention(form):
                continue  # "the junta", "the court": every state's body is called so
            holders = self._by_name.setdefault((actor.kind, key), []) if key else []
            if key and actor.id not in holders:
                holders.append(actor.id)

    def match(self, actor: Actor) -> str | None:
        """The id of the known actor this one is, or None."""
        if actor.kind == ActorKind.COUNTRY:
            return None
        if actor.kind == ActorKind.ORGANIZATION:
            return self._organization(actor)
        if actor.id in self.actors:
            return actor.id
        for form in (actor.name, *actor.aliases):
            hits = self._by_name.get((actor.kind, name_key(form)))
            if hits:
                return hits[0]
        return self._person(name_key(actor.name))

    def _organization(self, actor: Actor) -> str | None:
        """The known body this one is; its own id when its extracted id is another state's."""
        for ident in (actor.id, own_id(actor)):
            known = self.actors.get(ident)
            if known is not None and same_body(known, actor, actor.name):
                return ident
        for form in (actor.name, *actor.aliases):
            for hit in self._by_name.get((actor.kind, name_key(form)), ()):
                if same_body(self.actors[hit], actor, form):
                    return hit
        fuzzy = self._fuzzy(actor.kind, name_key(actor.name))
        if fuzzy is not None and same_body(self.actors[fuzzy], actor, actor.name):
            return fuzzy
        return own_id(actor) if actor.id in self.actors else None

    def _person(self, key: str) -> str | None:
        words = key.split()
        if not words:
            return None
        people = [a for a in self.actors.values() if a.kind == ActorKind.PERSON]
        if len(words) == 1:
            same = {a.id for a in people if name_key(a.name).split()[-1:] == words}
            if not same:  # "Ms Cheng" for "Cheng Lei": the family name written first
                same = {a.id for a in people if name_key(a.name).split()[:1] == words
                        and len(name_key(a.name).split()) > 1}  # fmt: skip
            return same.pop() if len(same) == 1 else None
        for person in people:
            known = name_key(person.name).split()
            if len(known) < 2 or known[-1] != words[-1]:
                continue
            if fuzz.ratio(known[0], words[0]) >= _FIRST_NAME_RATIO:
                return person.id
        return self._fuzzy(ActorKind.PERSON, key)

    def _fuzzy(self, kind: ActorKind, key: str) -> str | None:
        best: tuple[float, str] | None = None
        for actor in self.actors.values():
            if actor.kind != kind:
                continue
            score = fuzz.ratio(key, name_key(actor.name))
            if score >= _WHOLE_NAME_RATIO and (best is None or score > best[0]):
                best = (score, actor.id)
        return best[1] if best else None

    def resolve(self, extraction: Extraction) -> Extraction:
        """The extraction with its actors mapped onto known ones; remembers the new actors."""
        mapping: dict[str, str] = {}
        for actor in extraction.actors:
            target = self.match(actor)
            if target is not None and target != actor.id:
                mapping[actor.id] = target
        actors: dict[str, Actor] = {}
        for actor in extraction.actors:
            ident = mapping.get(actor.id, actor.id)
            known = self.actors.get(ident)
            merged = _merge(known, actor, ident, mapping)
            if ident in actors:
                merged = _merge(actors[ident], merged, ident, mapping)
            actors[ident] = merged
        for actor in actors.values():
            self._remember(actor)
        return extraction.model_copy(
            update={
                "actors": tuple(actors.values()),
                "relations": _relations(extraction, mapping),
                "events": _events(extraction, mapping),
            }
        )


def _merge(known: Actor | None, new: Actor, ident: str, mapping: dict[str, str]) -> Actor:
    roles = tuple(
        r.model_copy(update={"organization_id": mapping.get(r.organization_id, r.organization_id)})
        if r.organization_id
        else r
        for r in new.roles
    )
    if known is None:
        return new.model_copy(update={"id": ident, "roles": roles})
    forms = [*known.aliases, new.name, *new.aliases]
    aliases = tuple(dict.fromkeys(f for f in forms if f != known.name))
    return known.model_copy(
        update={
            "aliases": aliases,
            "country": known.country or new.country,
            "title": known.title or new.title,
            "roles": tuple(dict.fromkeys([*known.roles, *roles])),
        }
    )


def _relations(extraction: Extraction, mapping: dict[str, str]) -> tuple[Relation, ...]:
    out: dict[str, Relation] = {}
    for rel in extraction.relations:
        src = mapping.get(rel.source_id, rel.source_id)
        tgt = mapping.get(rel.target_id, rel.target_id)
        if src == tgt:
            continue
        ident = relation_id(src, rel.type, tgt, rel.date)
        out.setdefault(
            ident, rel.model_copy(update={"id": ident, "source_id": src, "target_id": tgt})
        )
    return tuple(out.values())


def _events(extraction: Extraction, mapping: dict[str, str]) -> tuple[Event, ...]:
    out: dict[str, Event] = {}
    for event in extraction.events:
        parts = tuple(sorted({mapping.get(p, p) for p in event.participant_ids}))
        first_roles = reversed(event.participations)  # the first role named wins
        roles = {mapping.get(p.actor_id, p.actor_id): p.role for p in first_roles}
        participations = tuple(Participation(actor_id=a, role=r) for a, r in sorted(roles.items()))
        ident = event_id(event.type, parts, event.date)
        update = {"id": ident, "participant_ids": parts, "participations": participations}
        out.setdefault(ident, event.model_copy(update=update))
    return tuple(out.values())
