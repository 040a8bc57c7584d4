"""The actor stage as a spaCy component: `diplograph_actors_v1`.

Reads the NER and the parse, writes `doc._.actors` (id -> schema Actor) and `doc._.mentions`
(every token span that refers to an actor, non-overlapping, in document order). The relation
stage reads only these, so every way a text names an actor is resolved here: names, titles,
surnames, pronouns, capitals and seats of power, demonyms standing for the state.

This module holds the order of the steps; each step lives in its own module and claims tokens
through the one `Claims` of the Doc (claims.py), so a later, weaker step never names them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from loaders.actors.body_descriptions import claim_body_descriptions
from loaders.actors.body_runs import claim_body_runs
from loaders.actors.claims import Claims, is_person
from loaders.actors.common_noun_bodies import claim_anaphors, claim_institutions
from loaders.actors.coref import resolve_pronouns
from loaders.actors.coup_militaries import claim_coup_militaries
from loaders.actors.delegations import claim_delegations
from loaders.actors.described_bodies import claim_described_bodies, claim_leaders_governments
from loaders.actors.described_companies import claim_described_companies
from loaders.actors.descriptions import DescriptionResolver, find_descriptions
from loaders.actors.gazetteer_hits import read_hit, read_locative
from loaders.actors.groups import group_mentions
from loaders.actors.known_people import fill_known_people
from loaders.actors.matcher import Hit, build_matcher, find_hits
from loaders.actors.meeting_places import hosting_cities
from loaders.actors.names import ship_tokens
from loaders.actors.ner_bodies import NerBodies
from loaders.actors.offices import fill_office_states
from loaders.actors.people import People
from loaders.actors.place_cues import place_names
from loaders.actors.post_owners import fill_post_owners
from loaders.actors.post_states import fill_post_states
from loaders.actors.quote_runs import continued_first_person
from loaders.actors.quotes import quoted_first_person
from loaders.actors.short_forms import directional_mentions, seat_mentions
from loaders.actors.state_descriptions import claim_state_descriptions
from loaders.actors.state_people import state_people_mentions
from loaders.actors.titles import is_title_word
from loaders.doc_extensions import register_doc_extensions
from schema.ontology import ActorKind

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    from loaders.mentions import Mention


@Language.factory(
    "diplograph_actors_v1",
    requires=["doc.ents", "token.dep", "token.pos", "doc.sents"],
    assigns=["doc._.actors", "doc._.mentions"],
)
def make_actor_component(nlp: Language, name: str) -> ActorComponent:
    register_doc_extensions()
    return ActorComponent(nlp)


class ActorComponent:
    def __init__(self, nlp: Language) -> None:
        matcher: PhraseMatcher
        matcher, self.labels = build_matcher(nlp)
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        hits = find_hits(doc, self.matcher, self.labels)
        _Reader(doc, [h for h in hits if not _tail_of_longer_name(doc, h)]).run()
        return doc


class _Reader(Claims):
    """One pass over one Doc: the steps in their order, each claiming what it names."""

    def run(self) -> None:
        hit_at = {h.start: h for h in self.hits}
        places = place_names(self.doc)  # read once: people and NER bodies both ask
        people = People(self.doc, hit_at, self.table, places)
        person_mentions = people.build()
        for m in [*person_mentions, *people.companies]:
            self.claim(m)
        self.claimed.update(people.undecided)
        self.claimed.update(ship_tokens(self.doc))  # people skip them by NOT_NAMES already
        self._offices()
        fill_known_people(
            [d for d in self.table.drafts.values() if d.kind == ActorKind.PERSON],
            self.doc._.published,
        )
        fill_post_states(self.doc, self.hits, person_mentions, self.table.drafts)
        fill_post_owners(self.doc, self.hits, person_mentions, self.table.drafts)
        self._descriptions(person_mentions)
        deferred = [
            h for h in self.hits if not self.taken(h.start, h.end) and not read_hit(self, h)
        ]
        bodies = NerBodies(self, places)
        bodies.read()
        claim_institutions(self)
        claim_described_bodies(self)
        claim_described_companies(self)
        claim_leaders_governments(self)
        claim_body_runs(self)
        for hit in deferred:
            read_locative(self, hit)
        for span, iso3 in bodies.places:
            if f"country:{iso3}" in self.table and not self.taken(span.start, span.end):
                self.state_mention(span, iso3, "name")
        for _city, iso3 in hosting_cities(self.doc, self.claimed, self.person_state):
            self.table.country(iso3)  # the state visited; the city stays a place, no mention
        for m in resolve_pronouns(self.doc, [m for m in self.mentions if is_person(m)]):
            self.claim(m)
        for m in quoted_first_person(list(self.doc.sents), self.mentions):
            self.claim(m)
        for m in continued_first_person(list(self.doc.sents), self.mentions):
            self.claim(m)
        claim_anaphors(self)
        claim_body_descriptions(self)
        claim_state_descriptions(self)
        claim_coup_militaries(self)
        free = self.free
        for m in directional_mentions(self.doc, self.mentions, self.table, free):
            self.claim(m)
        for m in seat_mentions(self.doc, self.table, self.mentions, free):
            self.claim(m)
        claim_delegations(self)
        titles = {ident: draft.title for ident, draft in self.table.drafts.items()}
        unclaimed = {t.i for t in self.doc if t.i not in self.claimed}
        for m in group_mentions(self.doc, self.mentions, titles, unclaimed):
            self.mentions.append(m)  # one per member over the same span: the only overlap
            self.claimed.update(range(m.start, m.end))
        self.doc._.actors = self.table.actors()
        self.doc._.mentions = sorted(self.mentions, key=lambda m: m.start)

    def _offices(self) -> None:
        """ "Secretary of State Antony Blinken": the one state of the article with that office."""
        people = [d for d in self.table.drafts.values() if d.kind == ActorKind.PERSON]
        fill_office_states(people, {h.key for h in self.hits if h.kind != "ORG"})

    def _descriptions(self, person_mentions: list[Mention]) -> None:
        """ "the Russian leader" as the person named before; one that stays unresolved names
        nobody the article knows, and is no mention of its state either."""
        found = find_descriptions(self.doc, self.hits, set(self.claimed))
        resolver = DescriptionResolver(self.doc, person_mentions, self.table.drafts)
        resolved = resolver.resolve(found)
        for m in resolved:
            self.claim(m)
        people = [*person_mentions, *resolved]
        for m in state_people_mentions(
            self.doc, self.hits, people, self.table.drafts, self.claimed
        ):
            self.mentions.append(m)  # one per member over the same span, as groups.py's
            self.claimed.update(range(m.start, m.end))
        done = {m.start for m in resolved}
        for desc in found:
            if desc.start not in done and desc.state and desc.words.split()[-1] in _PERSONAL:
                self.claimed.update(range(desc.start, desc.head + 1))


_PERSONAL = frozenset({"leader", "president", "minister", "premier", "chancellor", "king", "emir",
                       "secretary"})  # fmt: skip
"""Description heads that always mean one person: never the state, resolved or not."""


def _tail_of_longer_name(doc: Doc, hit: Hit) -> bool:
    """ "Kataib Hezbollah", "Therese Kayikwamba Wagner": a body's short name closing a longer
    proper name is part of another name, not that body."""
    if hit.kind != "ORG" or hit.start == 0:
        return False
    prev = doc[hit.start - 1]
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and prev.dep_ == "compound"
        and prev.head.i >= hit.start
        and prev.ent_type_ not in ("DATE", "TIME", "NORP", "GPE")
        and not is_title_word(prev.text)
    )
