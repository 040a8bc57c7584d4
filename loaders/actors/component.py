"""The actor stage as a spaCy component: `diplograph_actors_v1`.

Reads the NER and the parse, writes `doc._.actors` (id -> schema Actor) and `doc._.mentions`
(every token span that refers to an actor, non-overlapping, in document order). The relation
stage reads only these, so every way a text names an actor is resolved here: names, titles,
surnames, pronouns, capitals and seats of power, demonyms standing for the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from loaders.actors.acronyms import acronym_mentions, bracket_definitions
from loaders.actors.body_names import body_name
from loaders.actors.coref import resolve_pronouns
from loaders.actors.delegations import delegation_members
from loaders.actors.descriptions import DescriptionResolver, find_descriptions
from loaders.actors.filters import (
    INSTITUTIONS,
    MOTION,
    NAMED_SERVICES,
    affiliated,
    based,
)
from loaders.actors.gazetteer import country_by_regex
from loaders.actors.groups import group_mentions
from loaders.actors.known_people import fill_known_people
from loaders.actors.matcher import Hit, build_matcher, find_hits
from loaders.actors.meeting_places import foreign_guest_at, hosting_cities
from loaders.actors.offices import fill_office_states
from loaders.actors.organizations import anaphor_orgs, is_media, known_orgs
from loaders.actors.people import People
from loaders.actors.quotes import quoted_first_person
from loaders.actors.short_forms import directional_mentions, seat_mentions
from loaders.actors.syntax import (
    is_argument,
    is_cited_source,
    is_event_modifier,
    is_location,
    is_state_act_place,
    state_noun_head,
)
from loaders.actors.table import ActorTable
from loaders.actors.titles import is_title_word
from loaders.doc_extensions import register_doc_extensions
from loaders.mentions import Mention
from schema.ontology import ActorKind

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token


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


class _Reader:
    """One pass over one Doc; holds the claims so mentions never overlap."""

    def __init__(self, doc: Doc, hits: list[Hit]) -> None:
        self.doc, self.hits = doc, hits
        self.table = ActorTable()
        self.mentions: list[Mention] = []
        self.claimed: set[int] = set()
        self._hit_tokens = {i for h in hits for i in range(h.start, h.end)}
        self._places: list[tuple[Span, str]] = []
        """States the NER found only as where something happened ("talks in Syria")."""
        self._acronyms: dict[str, str] = {}
        """Acronym an article defined ("... Palestine (PFLP)") -> the body's id."""

    def run(self) -> None:
        hit_at = {h.start: h for h in self.hits}
        people = People(self.doc, hit_at, self.table)
        person_mentions = people.build()
        for m in person_mentions:
            self._claim(m)
        self.claimed.update(people.undecided)
        self._offices()
        fill_known_people(
            [d for d in self.table.drafts.values() if d.kind == ActorKind.PERSON],
            self.doc._.published,
        )
        self._descriptions(person_mentions)
        deferred = [h for h in self.hits if not self._taken(h.start, h.end) and not self._hit(h)]
        self._entities()
        self._institutions()
        for hit in deferred:
            self._locative(hit)
        for span, iso3 in self._places:
            if f"country:{iso3}" in self.table and not self._taken(span.start, span.end):
                self._state_mention(span, iso3, "name")
        for _city, iso3 in hosting_cities(self.doc, self.claimed, self._person_state):
            self.table.country(iso3)  # the state visited; the city stays a place, no mention
        for m in resolve_pronouns(self.doc, [m for m in self.mentions if _is_person(m)]):
            self._claim(m)
        for m in quoted_first_person(list(self.doc.sents), self.mentions):
            self._claim(m)
        self._anaphors()
        free = self._free
        for m in directional_mentions(self.doc, self.mentions, self.table, free):
            self._claim(m)
        for m in seat_mentions(self.doc, self.table, self.mentions, free):
            self._claim(m)
        for noun, members in delegation_members(self.doc, self.mentions).items():
            self._delegation(noun, members)
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
            self._claim(m)
        done = {m.start for m in resolved}
        for desc in found:
            if desc.start not in done and desc.state and desc.words.split()[-1] in _PERSONAL:
                self.claimed.update(range(desc.start, desc.head + 1))

    # -- bookkeeping ---------------------------------------------------------------------------
    def _taken(self, start: int, end: int) -> bool:
        return any(i in self.claimed for i in range(start, end))

    def _free(self, start: int, end: int) -> bool:
        return not self._taken(start, end)

    def _claim(self, mention: Mention) -> bool:
        if self._taken(mention.start, mention.end):
            return False
        self.claimed.update(range(mention.start, mention.end))
        self.mentions.append(mention)
        return True

    def _state_mention(self, span: Span, iso3: str, how: str) -> None:
        """A state named by `span`, stretched over a state noun it modifies ("U.S. officials")."""
        head = state_noun_head(span)
        end = head.i + 1 if head is not None else span.end
        root = span.root
        if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
            end = span.end  # "American and British warplanes": each state on its own word
        if any(i in self._hit_tokens for i in range(span.end, end)):
            end = span.end  # "the Swedish, Danish and Norwegian envoys": another state follows
        if self._taken(span.end, end):
            end = span.end
        ident = self.table.country(iso3, self.doc[span.start : end].text)
        self.table.country(iso3, span.text)
        self._claim(Mention(span.start, end, ident, how))

    # -- gazetteer hits ------------------------------------------------------------------------
    def _hit(self, hit: Hit) -> bool:
        """Handle a hit; False when it is deferred (a capital or seat used as a place)."""
        span = self.doc[hit.start : hit.end]
        if hit.kind == "COUNTRY":
            if is_location(span):
                return False  # "talks in Syria": kept only if Syria acts elsewhere
            self._state_mention(span, hit.key, "name")
        elif hit.kind == "DEMONYM":
            self._demonym(span, hit.key)
        elif hit.kind == "SEAT":  # a seat of power is hardly ever named as a mere place
            self._state_mention(span, hit.key, "seat")
        elif hit.kind == "CAPITAL":
            if based(span) or not is_argument(span) or is_event_modifier(span):
                return False
            how = {"CAPITAL": "capital", "COUNTRY": "name"}.get(hit.kind, "seat")
            self._state_mention(span, hit.key, how)
        elif hit.kind == "ORG":
            if (is_media(span.text) and is_cited_source(span)) or is_event_modifier(span):
                return True
            if affiliated(span):
                return True
            org = known_orgs()[hit.key]
            owner = self._national_owner(span) if org.country is None else None
            if owner is not None:  # "Russia's Security Council" is no UN body
                start, iso3 = owner
                name = self.doc[start : span.end].text
                ident = self.table.organization(name, iso3, span.text)
                self._claim(Mention(start, span.end, ident, "name"))
                return True
            ident = self.table.organization(org.name, org.country, span.text)
            self._claim(Mention(span.start, span.end, ident, "name"))
        return True

    def _national_owner(self, span: Span) -> tuple[int, str] | None:
        """A state's possessive or demonym right before a body's name: its start and ISO3."""
        i = span.start - 1
        if i >= 1 and self.doc[i].text in ("'s", "’s"):
            i -= 1
        for hit in self.hits:
            if hit.end == i + 1 and hit.kind in ("COUNTRY", "DEMONYM", "CAPITAL"):
                return hit.start, hit.key
        return None

    def _demonym(self, span: Span, iso3: str) -> None:
        if span.start > 0:
            prev = self.doc[span.start - 1]
            if prev.lower_ == "ethnic" or (
                prev.pos_ == "PROPN" and prev.is_title and span.start - 1 not in self._hit_tokens
            ):
                return  # "ethnic Armenian forces", "Karabakh Armenian authorities": no state
        head = state_noun_head(span)
        if head is not None:
            self._state_mention(span, iso3, "demonym")
            return
        if _hyphened_doer(span):  # "a Qatari-mediated deal": the state did the mediating
            ident = self.table.country(iso3, span.text)
            self._claim(Mention(span.start, span.end, ident, "demonym"))
            return
        before = span.start - 1
        plural_subject = span[-1].tag_ in ("NNPS", "NNS") or span.text.endswith("s")
        if (
            plural_subject
            and before >= 0
            and self.doc[before].lower_ == "the"
            and is_argument(span)
        ):
            ident = self.table.country(iso3, span.text)
            self._claim(Mention(span.start, span.end, ident, "demonym"))

    def _locative(self, hit: Hit) -> None:
        """A capital, or a state named as where something happened: a mention only if the
        state acts elsewhere in the article or is travelled to."""
        span = self.doc[hit.start : hit.end]
        if based(span):
            return
        ident = f"country:{hit.key}"
        head = span.root.head
        travel = head.dep_ == "prep" and head.head.lemma_ in MOTION
        party = is_state_act_place(span) or foreign_guest_at(span, hit.key, self._person_state)
        if ident in self.table or travel or party:
            how = {"CAPITAL": "capital", "COUNTRY": "name"}.get(hit.kind, "seat")
            self._state_mention(span, hit.key, how)

    def _person_state(self, tok: Token) -> str | None:
        for m in self.mentions:
            if m.start <= tok.i < m.end and _is_person(m):
                return self.table.drafts[m.actor_id].country
        return None

    # -- NER entities outside the gazetteers ---------------------------------------------------
    def _entities(self) -> None:
        self._defined_bodies()
        for ent in self.doc.ents:
            if ent.label_ == "ORG":
                ent = self._unclaimed_tail(ent)
            if len(ent) == 0 or self._taken(ent.start, ent.end):
                continue
            if ent.text in self._acronyms:
                self._claim(Mention(ent.start, ent.end, self._acronyms[ent.text], "alias"))
                continue
            if ent.label_ == "GPE":
                iso3 = country_by_regex(ent.text) if ent.text[:1].isupper() else None
                if iso3 and not ent.text.isupper():
                    if is_location(ent):  # settled with the deferred hits
                        self._places.append((ent, iso3))
                    else:
                        self._state_mention(ent, iso3, "name")
            elif ent.label_ == "ORG":
                self._organization(ent)
        for m in acronym_mentions(self.doc, self._acronyms, self._free):
            self._claim(m)

    def _defined_bodies(self) -> None:
        """ "the Popular Front for the Liberation of Palestine (PFLP)": the body under the
        words its definition gives (the NER cuts such names up), and its acronym."""
        for name, acronym in bracket_definitions(self.doc):
            named = [m for m in self.mentions if m.start == name.start and m.end == name.end]
            if named and named[0].actor_id.startswith("organization:"):
                ident: str | None = named[0].actor_id
            elif self._taken(name.start, name.end):
                continue
            else:
                name.label_ = "ORG"
                ident = self._organization(name)
            if ident is not None:
                self.table.drafts[ident].add_alias(acronym)
                self._acronyms[acronym] = ident

    def _unclaimed_tail(self, ent: Span) -> Span:
        """ "South Korea's Supreme Court" once "South Korea" is claimed: "Supreme Court"."""
        start = ent.start
        while start < ent.end and (
            start in self.claimed
            or self.doc[start].text in ("'s", "’s")
            or self.doc[start].lower_ == "the"
        ):
            start += 1
        tail = self.doc[start : ent.end]
        tail.label_ = ent.label_
        return tail

    def _organization(self, ent: Span) -> str | None:
        span = body_name(ent)
        if span is None or not is_argument(span):
            return None
        country = self._owner(span)
        ident = self.table.organization(span.text, country, span.text)
        self._claim(Mention(span.start, span.end, ident, "name"))
        owner_start = self._owner_start(span)
        if owner_start is not None:
            self.table.drafts[ident].add_alias(self.doc[owner_start : span.end].text)
        return ident

    def _owner_start(self, span: Span) -> int | None:
        i = span.start - 1
        if i >= 1 and self.doc[i].text in ("'s", "’s"):
            for m in self.mentions:
                if m.end == i and m.actor_id.startswith("country:"):
                    return m.start
        return None

    def _owner(self, span: Span) -> str | None:
        """The state an organization belongs to, from "Iran's Ministry of ..." before it."""
        start = self._owner_start(span)
        if start is None:
            return None
        for m in self.mentions:
            if m.start == start:
                return m.actor_id.split(":", 1)[1]
        return None

    def _institutions(self) -> None:
        """Lower-case bodies with a proper name or a state before them that act: "the Khimki
        city court sentenced her", "the Turkish parliament ratified"."""
        for tok in self.doc:
            if tok.lower_ not in INSTITUTIONS | NAMED_SERVICES or not tok.is_lower:
                continue
            left = self.doc[tok.left_edge.i : tok.i]
            dash = [t.i for t in left if t.text in ("-", "–", "—") and t.whitespace_]
            if dash:  # "SYDNEY, Feb 5 - A Beijing court": the dateline's tail is no part of it
                left = self.doc[dash[-1] + 1 : tok.i]
            named = [t for t in left if _proper(t)]
            if not named:
                continue
            if tok.lower_ in NAMED_SERVICES and all(t.i in self._hit_tokens for t in named):
                continue  # "the Russian security service": the state's, read as the state
            start = named[0].i
            for t in left:
                if t.dep_ == "poss" and t.i < start:
                    start = t.left_edge.i
            span = self.doc[start : tok.i + 1]
            if not is_argument(span):
                continue
            country = None
            for m in list(self.mentions):
                if start <= m.start <= tok.i and m.actor_id.startswith("country:"):
                    country = m.actor_id.split(":", 1)[1]
                    self.mentions.remove(m)
                    self.claimed.difference_update(range(m.start, m.end))
            for hit in self.hits:
                if country is None and start <= hit.start < tok.i and hit.kind != "ORG":
                    country = hit.key
            if self._taken(start, tok.i + 1):
                continue
            generic = any(c.lower_ in ("a", "an") for c in tok.lefts if c.dep_ == "det")
            if country and generic and all(t.i in self._hit_tokens for t in named):
                # "a Beijing court sentenced him": an unnamed court of the state, the state acts
                self._claim(Mention(start, tok.i + 1, self.table.country(country), "name"))
                continue
            ident = self.table.organization(span.text, country, span.text)
            self._claim(Mention(start, tok.i + 1, ident, "name"))

    def _delegation(self, noun: int, members: list[str]) -> None:
        """ "a U.S. delegation that included X and Y": the noun is its members, the demonym
        before it still the state."""
        covering = [m for m in self.mentions if m.start <= noun < m.end]
        if covering:
            state = covering[0]
            if len(covering) > 1 or state.end != noun + 1 or state.start == noun:
                return
            if not state.actor_id.startswith("country:"):
                return
            self.mentions.remove(state)
            self.mentions.append(Mention(state.start, noun, state.actor_id, state.how))
        for ident in members:  # one per member over the same span, as for "the two leaders"
            self.mentions.append(Mention(noun, noun + 1, ident, "group"))
        self.claimed.add(noun)

    def _anaphors(self) -> None:
        """ "the alliance", "the bloc": the organization named before, if there is exactly one."""
        table = anaphor_orgs()
        for tok in self.doc:
            if tok.i in self.claimed or tok.lower_ not in table or tok.i == 0:
                continue
            if self.doc[tok.i - 1].lower_ != "the" and self.doc[tok.i - 1].dep_ != "poss":
                continue
            named = [
                org
                for org in table[tok.lower_]
                if any(
                    m.actor_id.endswith(":" + _slug(org.name)) and m.start < tok.i
                    for m in self.mentions
                )
            ]
            if len(named) == 1:
                ident = self.table.organization(named[0].name, named[0].country, tok.text)
                self._claim(Mention(tok.i, tok.i + 1, ident, "alias"))


_PERSONAL = frozenset({"leader", "president", "minister", "premier", "chancellor", "king", "emir",
                       "secretary"})  # fmt: skip
"""Description heads that always mean one person: never the state, resolved or not."""


def _proper(tok: Token) -> bool:
    """A name word before a body's head; the parser tags an acronym there as an adjective."""
    acronym = tok.is_upper and tok.is_alpha and len(tok) > 1
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "GPE", "ORG") or acronym


def _is_person(mention: Mention) -> bool:
    return mention.actor_id.startswith("person:")


def _slug(name: str) -> str:
    from schema.ids import slug

    return slug(name)


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


# Participles whose doer a demonym hyphened to them names: "Qatari-mediated", "Saudi-brokered".
_HYPHENED_DOING = frozenset({"mediated", "brokered", "facilitated", "backed", "sponsored", "led"})


def _hyphened_doer(span: Span) -> bool:
    doc = span.doc
    end = span.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _HYPHENED_DOING
