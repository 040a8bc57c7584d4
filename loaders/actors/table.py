"""The actors of one article as they are found: drafts that gather aliases, then domain Actors."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.actors.alias_forms import name_like
from loaders.actors.companies import company_country
from loaders.actors.gazetteer import countries
from loaders.actors.officeholders import lookup
from schema.ids import actor_id, country_id
from schema.models import Actor, Role
from schema.ontology import ActorKind


@dataclass
class Draft:
    id: str
    name: str
    kind: ActorKind
    country: str | None
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    roles: list[Role] = field(default_factory=list)

    def add_alias(self, form: str) -> None:
        """Keep `form` as a further name; a state's plain mention ("the government", "Afghan
        soldiers") is no name of it (alias_forms.py). A body keeps its anaphors ("the military"
        of a junta): gold lists them, and a body's own name is often no gold name."""
        form = " ".join(form.split())
        if form.endswith("'s") or form.endswith("’s"):
            form = form[:-2].rstrip()
        if self.kind == ActorKind.COUNTRY and not name_like(form):
            return
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)

    def add_role(self, title: str, organization_id: str | None) -> None:
        if self.title is None:
            self.title = title
        role = Role(title=title, organization_id=organization_id)
        if role not in self.roles:
            self.roles.append(role)

    def to_actor(self) -> Actor:
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            aliases=tuple(self.aliases),
            title=self.title,
            roles=tuple(self.roles),
        )


class ActorTable:
    """Actor drafts by id; every add returns the id so callers can record a Mention."""

    def __init__(self) -> None:
        self.drafts: dict[str, Draft] = {}

    def country(self, iso3: str, surface: str | None = None) -> str:
        ident = country_id(iso3)
        draft = self.drafts.get(ident)
        if draft is None:
            info = countries().get(iso3)
            name = info.name if info else iso3
            draft = Draft(ident, name, ActorKind.COUNTRY, iso3)
            for form in info.forms if info else ():
                draft.add_alias(form)
            self.drafts[ident] = draft
        if surface:
            draft.add_alias(surface)
        return ident

    def organization(self, name: str, country: str | None, surface: str | None = None) -> str:
        """The draft of an organization; with no state from the text, a well-known company's or
        outlet's home state (companies.py)."""
        country = country or company_country(name)
        ident = actor_id(ActorKind.ORGANIZATION, name)
        draft = self.drafts.get(ident)
        if draft is None:
            draft = Draft(ident, name, ActorKind.ORGANIZATION, country)
            self.drafts[ident] = draft
        elif draft.country is None and country:
            draft.country = country
        if surface:
            draft.add_alias(surface)
        return ident

    def person(self, name: str, country: str | None) -> Draft:
        """The draft of a person; a well-known one is keyed by the office-holder table's
        spelling, so "Sergei Lavrov" and "Sergey Lavrov" get one id whichever came first."""
        known = lookup(name)
        ident = actor_id(ActorKind.PERSON, known.name if known else name)
        draft = self.drafts.get(ident)
        if draft is None:
            draft = Draft(ident, name, ActorKind.PERSON, country)
            self.drafts[ident] = draft
        elif draft.country is None and country:
            draft.country = country
        return draft

    def __contains__(self, ident: str) -> bool:
        return ident in self.drafts

    def actors(self) -> dict[str, Actor]:
        """Domain actors; a role's "org:<name>" placeholder becomes the organization's id when
        that organization is an actor of the article, else the role names no organization."""
        for draft in self.drafts.values():
            draft.roles = [self._settle(role) for role in draft.roles]
        return {ident: draft.to_actor() for ident, draft in self.drafts.items()}

    def _settle(self, role: Role) -> Role:
        org = role.organization_id
        if org is None or not org.startswith("org:"):
            return role
        ident = actor_id(ActorKind.ORGANIZATION, org[4:])
        return role.model_copy(update={"organization_id": ident if ident in self.drafts else None})
