"""Which actor a token stands for: the actor stage's mentions, plus the few ways a noun that is
not itself a name still points at one ("Russian diplomats", "Baku's assertion", "the
governments of Switzerland and South Korea")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.actors.conflict_sides import addressed_side_word
from loaders.actors.demonyms import demonym_table
from loaders.actors.reciprocal_sides import acting_side_word
from loaders.relations.arguments import after_semicolon_clause, bought_goods, dateline_end
from loaders.relations.claims_including import included_claimants
from loaders.relations.counted_states import states_named_after
from loaders.relations.described import described_person
from loaders.relations.group_ends import group_antecedent
from loaders.relations.groups import group_members, named_after
from loaders.relations.it_pronoun import it_antecedent
from loaders.relations.lexicon import (
    ACTION_NOUNS,
    CLAIM_NOUNS,
    GROUP_NOUNS,
    OWNED_DOINGS,
    PATIENT_NOUNS,
    RELATIONAL_NOUNS,
    ROLE_NOUNS,
    THROUGH_PREP,
)
from loaders.relations.participle_anaphors import participle_antecedent
from loaders.relations.places import state_at
from loaders.relations.prisoner_groups import prisoners_meant
from loaders.relations.said_identities import said_identities
from loaders.relations.statement_authors import statement_authors
from loaders.relations.stranded_appos import name_after_office, stranded_appos
from loaders.relations.them_pronoun import them_antecedents
from loaders.words import KIN_NOUNS
from schema.ids import country_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.mentions import Mention
    from schema.models import Actor


# Nouns whose owner's state is the one acting: "his government", "the Biden administration".
STATE_OF_PERSON = frozenset({"government", "administration", "cabinet", "country", "nation"})
# Members through whom an organization named before them acts: "EU member states".
_MEMBERS = frozenset({"state", "member", "ally", "government"})
# Armed men who act for whoever they are loyal to: "soldiers loyal to Goita".
_NAMED_BODIES = frozenset(
    {"group", "movement", "militia", "faction", "organisation", "organization", "service", "agency"}
)
"""Nouns a body's name qualifies: "the Hamas group", "the Houthi movement" are that body, and so
is "Russia's FSB security service" or "its GRU military intelligence agency": the named agency,
not its state, is who is accused or acts."""
_ARMED = frozenset({"soldier", "troop", "force", "fighter", "gunman", "guard", "officer"})
_PRIVATE_KINDS = frozenset(
    {"business", "industry", "church", "religious", "community", "opposition", "student", "civic"}
)


@dataclass(frozen=True, slots=True)
class Ref:
    """An actor found at a token, and how surely: by name, through a pronoun, through a noun."""

    actor_id: str
    how: str
    token: int


class ActorIndex:
    """Token -> actor look-ups over `doc._.mentions` (a token inside a mention is that actor)."""

    def __init__(self, doc: Doc) -> None:
        # Rules build an index wherever they need one; the tables are built once per Doc and
        # its mentions (kept in user_data), so that costs a dictionary look-up, not a rebuild.
        mentions = doc._.mentions
        cached = doc.user_data.get(_CACHE_KEY)
        if cached is None or cached[0] is not mentions or cached[1] is not doc._.actors:
            cached = (mentions, doc._.actors, *_tables(doc, list(mentions or [])))
            doc.user_data[_CACHE_KEY] = cached
        self.actors: dict[str, Actor] = cached[2]
        self._at: dict[int, Mention] = cached[3]
        self._groups: dict[int, list[Mention]] = cached[4]
        """ "the two leaders": one Mention per member over one span (loaders/mentions.py)."""
        self.dateline_end: int = cached[5]
        self._reading: set[int] = set()
        """Tokens whose actors are being read: a cycle through pronouns stops there."""
        self.ruling_militaries: dict[str, str] = doc._.ruling_militaries or {}
        """State -> the military that has just seized power in it (a body of its own)."""

    def kind(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return str(actor.kind) if actor is not None else None

    def country(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.country if actor is not None else None

    def direct(self, tok: Token) -> Ref | None:
        """The actor a token is part of the name of, if any."""
        m = self._at.get(tok.i)
        if tok.i < self.dateline_end:
            return None
        return Ref(m.actor_id, m.how, tok.i) if m is not None else None

    def span(self, i: int) -> tuple[int, int, str] | None:
        """The mention covering token i as (start, end, actor id), outside the dateline."""
        m = self._at.get(i)
        if m is None or i < self.dateline_end:
            return None
        return m.start, m.end, m.actor_id

    def refs(self, tok: Token, *, possessor: bool = False, roles: bool = False) -> list[Ref]:
        """Actors a slot filler stands for, through its appositions and (if allowed) its owner.

        `roles`: an office named by its state ("the U.S. ambassador") stands for that state;
        right for expulsions, where the target is the diplomats' state.
        """
        if tok.i in self._reading:
            return []  # a pronoun whose antecedent leads back to it: nobody it stands for
        self._reading.add(tok.i)
        try:
            return self._refs(tok, possessor=possessor, roles=roles)
        finally:
            self._reading.discard(tok.i)

    def _refs(self, tok: Token, *, possessor: bool, roles: bool) -> list[Ref]:
        group = self._groups.get(tok.i, []) if tok.i >= self.dateline_end else []
        if len(group) > 1:
            return [Ref(m.actor_id, "pronoun", tok.i) for m in group]
        if prisoners := prisoners_meant(tok, self._named):  # "the two Americans" freed
            return unique_refs(
                [Ref(r.actor_id, "pronoun", tok.i) for m in prisoners for r in self.refs(m)]
            )
        if (goods := bought_goods(tok)) is not None:
            # "U.S. imports of Russian oil": the buyer is no target, whether or not the actor
            # stage folded "U.S. imports" into one mention of the buyer
            return unique_refs([r for g in goods for r in _proxy(self.refs(g, possessor=True))])
        if tok.tag_ == "NNS" and len(listed := self._appos_list(tok)) > 1:
            return listed  # "two ministers, A-B and C D": each name, however it was parsed
        ref = self.direct(tok)
        named = self._appos_person(tok) if tok.pos_ == "NOUN" else None
        if named is not None and ref is not None and named.actor_id != ref.actor_id:
            return [named]  # "his Saudi counterpart, Prince Faisal": the name, not a guess
        if ref is None and tok.pos_ == "NOUN" and (named := stranded_appos(tok, self)):
            return [named]  # "ECOWAS's envoy to Niger, Abdulsalami Abubakar, met ..."
        if ref is None and tok.pos_ == "NOUN" and (named := self._identified_person(tok)):
            return [named]  # "arrested an employee, identified only as Carsten L."
        if ref is None and tok.pos_ == "NOUN" and (named := name_after_office(tok, self)):
            return [named]  # "talks with the head of the council, General X" (on the verb)
        if ref is not None and tok.pos_ == "NOUN" and self.kind(ref.actor_id) != "PERSON":
            # "China's top diplomat, Wang Yi": the person in apposition, not the state;
            # "the Ukrainian president" alone is a person nobody named: no actor
            person = self._appos_person(tok)
            plural = tok.tag_ == "NNS"  # "Palestinian leaders" speak for their state
            if person is None and tok.lemma_.lower() in ROLE_NOUNS and not roles and not plural:
                return []
            return [person or ref]
        if ref is not None:
            return [ref]
        for child in tok.children:
            if child.dep_ == "appos" and (ref := self.direct(child)) is not None:
                return [ref]
        if tok.dep_ == "appos" and (ref := self.direct(tok.head)) is not None:
            if tok.tag_ == "NNS":  # "A, B and C, executives of Citgo who ...": all of them
                return unique_refs([r for m in _coordinated(tok.head) if (r := self.direct(m))])
            return [ref]  # "Brittney Griner, the basketball star jailed in Russia"
        if (noun := whom_antecedent(tok)) is not None:  # "Xi, with whom he held talks"
            return [Ref(r.actor_id, "pronoun", tok.i) for r in self.refs(noun)]
        antecedent = it_antecedent(tok, self._state_or_body)
        if antecedent is not None:
            return [Ref(r.actor_id, "pronoun", tok.i) for r in self.refs(antecedent)]
        if (other := participle_antecedent(tok, self)) is not None:  # "accusing it of"
            return [Ref(r.actor_id, "pronoun", tok.i) for r in self.refs(other)]
        if them := them_antecedents(tok):  # "accusing them of ...": the group named before
            found = [r for t in them for r in self.refs(t, possessor=True)]
            return unique_refs([Ref(r.actor_id, "pronoun", tok.i) for r in found])
        if addressed_side_word(tok) or acting_side_word(tok):  # "urged both sides", "each side
            return []  # accused the other": the actor stage read the conflict
        members = group_members(tok, self._named) or named_after(tok, self._named)
        members = members or states_named_after(tok, self._named)  # "seven countries: A, B"
        if members:  # "the three leaders"
            return [Ref(r.actor_id, "pronoun", tok.i) for m in members for r in self.refs(m)]
        if ids := group_antecedent(tok, self):  # "the leaders" after a meeting
            return [Ref(a, "pronoun", tok.i) for a in ids]
        if authors := statement_authors(tok):  # "In a statement, X said ... The statement"
            found = [r for a in authors for r in self.refs(a)]
            return unique_refs([Ref(r.actor_id, "pronoun", tok.i) for r in found])
        found = self._through_noun(tok, possessor=possessor)
        described = None if found else described_person(tok, self._person)
        if described is not None:
            return [Ref(described, "pronoun", tok.i)]  # "the engineer", described so before
        return found

    def _appos_list(self, tok: Token) -> list[Ref]:
        """The actors a plural noun's apposition lists ("two ministers, Itamar Ben-Gvir and
        Bezalel Smotrich"): a hyphenated name can break the parse of the list so that the first
        name hangs inside the second's phrase, so every name inside the apposition counts, as
        long as only name and list links lead to it (not "of"/"in" phrases naming places)."""
        found: list[Ref] = []
        for child in tok.children:
            if child.dep_ != "appos" or child.pos_ != "PROPN":
                continue
            for t in child.subtree:
                path = t
                while path.i != child.i and path.dep_ in _NAME_LINKS:
                    path = path.head
                if path.i == child.i and (ref := self.direct(t)) is not None:
                    found.append(ref)
        people = unique_refs(found)
        # only people: a list of states or bodies ("U.S. allies Britain and France") is read
        # by the list rules, and a plural event noun is no one's title
        return people if all(self.kind(r.actor_id) == "PERSON" for r in people) else []

    def _person(self, tok: Token) -> str | None:
        ref = self.direct(tok)
        return ref.actor_id if ref is not None and self.kind(ref.actor_id) == "PERSON" else None

    def group_refs(self, tok: Token) -> list[tuple[str, str]]:
        """(actor id, kind) of each actor a noun phrase's head names, for group_ends."""
        if tok.pos_ not in ("PROPN", "NOUN", "PRON", "NUM", "DET"):
            return []
        return [(r.actor_id, self.kind(r.actor_id) or "") for r in self.refs(tok)]

    def times_named(self, actor_id: str) -> int:
        """How many mentions the article has of an actor, groups left out ("the two leaders"
        names no one on its own)."""
        spans = {
            (m.start, m.end)
            for m in self._at.values()
            if m.actor_id == actor_id and m.how != "group"
        }
        return len(spans)

    def title(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return (actor.title or "").lower() if actor is not None else ""

    def state(self, iso3: str | None) -> str | None:
        """The article's actor for the state with this ISO 3166 alpha-3 code, if it has one."""
        ident = country_id(iso3) if iso3 else None
        return ident if ident in self.actors else None

    def demonym_state(self, tok: Token) -> str | None:
        """The article's state a demonym stands for ("an Israeli tank", "freed two Americans"):
        the actor stage names the people or things so described, never their state. A two-word
        demonym is read whole ("a North Korean missile", "South Sudanese troops"): its head alone
        names no state or the wrong one."""
        table = demonym_table()
        if tok.i > 0 and (whole := table.get(f"{tok.nbor(-1).text} {tok.text}")) is not None:
            return self.state(whole)
        return self.state(table.get(tok.text))

    def state_of(self, actor_id: str) -> str | None:
        """The actor id of the state an actor serves (or is), when the article has it."""
        return self.state(self.country(actor_id))

    def _named(self, tok: Token) -> tuple[str, str, str] | None:
        ref = self.direct(tok)
        if ref is None:
            return None
        actor = self.actors.get(ref.actor_id)
        title = (actor.title or "").lower() if actor is not None else ""
        return ref.actor_id, self.kind(ref.actor_id) or "", title

    def _state_or_body(self, tok: Token) -> str | None:
        ref = self.direct(tok)
        if ref is None and tok.lemma_.lower() in STATE_OF_PERSON:
            # "Ortega's government has clashed with the church. Last March it expelled ..."
            states = self._through_noun(tok, possessor=False)
            ref = states[0] if len(states) == 1 else None
        if ref is None or self.kind(ref.actor_id) == "PERSON":
            return None
        return ref.actor_id

    def _identified_person(self, tok: Token) -> Ref | None:
        for name in _identified_as(tok):
            ref = self.direct(name)
            if ref is not None and self.kind(ref.actor_id) == "PERSON":
                return ref
        return None

    def _appos_person(self, tok: Token) -> Ref | None:
        named = [c for c in tok.children if c.dep_ == "appos"] + _identified_as(tok)
        for child in named:
            ref = self.direct(child)
            if ref is not None and self.kind(ref.actor_id) == "PERSON":
                return ref
        return None

    def _through_noun(self, tok: Token, *, possessor: bool) -> list[Ref]:
        lemma = tok.lemma_.lower()
        if lemma in _MEMBERS and (bodies := self._bodies_named_before(tok)):
            return bodies  # "EU member states", "NATO allies": the body acts through them
        if lemma in _ARMED and (leaders := self._loyal_to(tok)):
            return leaders  # "soldiers loyal to him arrested the president"
        if lemma in _NAMED_BODIES and (bodies := self._body_named(tok)):
            return bodies  # "between Israel and the Islamic Jihad group": the group itself
        group = lemma in GROUP_NOUNS and not self._private_kind(tok)
        # "the foreign ministers of the US, Britain and Canada": offices held in several states
        several = tok.tag_ == "NNS" and lemma in ROLE_NOUNS and not _former(tok)
        # "the Thai and Cambodian prime ministers": posts the states before them hold ("his
        # Iranian and Turkish counterparts" are people matched to someone's post, no states)
        posts = several and lemma != "counterpart" and not self._private_kind(tok)
        if lemma in PATIENT_NOUNS or lemma in KIN_NOUNS:
            return []
        found: list[Ref] = []
        for child in tok.children:
            if child.dep_ == "poss" and lemma in RELATIONAL_NOUNS:
                continue  # "sanctions on Russia's allies": the allies, not Russia
            if child.dep_ in ("poss", "compound") and lemma in STATE_OF_PERSON:
                people = [r for r in self.refs(child) if self.kind(r.actor_id) == "PERSON"]
                states = [(s, r.token) for r in people if (s := self.state_of(r.actor_id))]
                if states:  # "his government", "the Biden administration"
                    found.extend(Ref(s, "proxy", token) for s, token in states)
                    continue
            if child.dep_ == "poss" and (possessor or group or lemma in CLAIM_NOUNS):
                found.extend(_proxy(self.refs(child)))
            elif child.dep_ in ("amod", "compound", "nmod") and (group or possessor or posts):
                # "American and British warplanes", "the Thai and Cambodian prime ministers"
                if self._people_after_comma(tok):
                    continue  # "the Armenian and Azerbaijani ministers, A and B": A and B
                for mod in (child, *child.conjuncts):
                    ref = self.direct(mod)
                    if ref is not None and not (posts and not group and self._has_people(ref)):
                        found.append(Ref(ref.actor_id, "proxy", ref.token))
            elif child.dep_ == "amod" and child.lemma_.lower() == "lead":
                # "backed by a U.S.-led coalition": the leader's doing
                for lead in (c for c in child.children if c.dep_ in ("npadvmod", "compound")):
                    if (ref := self.direct(lead)) is not None:
                        found.append(Ref(ref.actor_id, "proxy", ref.token))
            elif child.dep_ == "relcl" and possessor and lemma in ACTION_NOUNS:
                for subj in (c for c in child.children if c.dep_ == "nsubj"):
                    found.extend(_proxy(self.refs(subj)))  # "the steps Azerbaijan had taken"
            elif child.dep_ == "acl" and (group or (possessor and lemma in ACTION_NOUNS)):
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in _pobjs(agent):  # "a delegation led by Abubakar"
                        found.extend(_proxy(self.refs(pobj)))
            elif child.dep_ == "prep" and (
                (child.lower_ in ("of", "from") and group)
                or (child.lower_ == "of" and several)
                or (child.lower_ == "of" and possessor and lemma in OWNED_DOINGS)
                or child.lower_ in THROUGH_PREP.get(lemma, ())
            ):
                for pobj in _pobjs(child):
                    found.extend(_proxy(self.refs(pobj, possessor=possessor)))
        if not found and (identities := said_identities(tok)):
            # "two men it says are officers of the GRU": whose the identity says they are
            found = [r for i in identities for r in self._through_noun(i, possessor=possessor)]
        if not found and lemma in _SEATED:
            # "officials in Kyiv", "diplomats in Brussels": where they sit, when nothing else
            # ("U.S. officials in Baghdad") says whose they are
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
                for place in _pobjs(prep):
                    refs = self.refs(place)
                    state = None if refs else state_at(place, self)
                    found.extend(_proxy(refs) or ([Ref(state, "proxy", place.i)] if state else []))
        return unique_refs(found)

    def _has_people(self, ref: Ref) -> bool:
        """ "held talks with the Albanian and Serbian presidents" after naming Vucic: where the
        article names people of that state, the posts are some of them, whom the noun does not
        say; the state would be an end of the wrong level."""
        if self.kind(ref.actor_id) != "COUNTRY":
            return False
        iso3 = self.country(ref.actor_id)
        return any(
            a.kind == "PERSON" and a.country == iso3 and iso3 is not None
            for a in self.actors.values()
        )

    def _people_after_comma(self, tok: Token) -> bool:
        """ "the Armenian and Azerbaijani foreign ministers, Ararat Mirzoyan and Jeyhun
        Bayramov": the people named after the comma are the ones the noun means (the parser
        hangs them as its apposition or as its conjuncts), not the states before it."""
        doc = tok.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
            return False
        after = [c for c in tok.children if c.dep_ in ("appos", "conj") and c.i > tok.i]
        if not after and (span := self.span(tok.i + 2)) is not None:
            # the parser hung the names elsewhere: a name right after the comma, if no verb
            # follows it ("met their counterparts, Lavrov said" is the speaker)
            nxt = doc[span[1]] if span[1] < len(doc) else None
            if span[0] == tok.i + 2 and (nxt is None or nxt.pos_ not in ("VERB", "AUX")):
                after = [doc[tok.i + 2]]
        named = [self.direct(c) for c in after[:1]]
        return any(r is not None and self.kind(r.actor_id) == "PERSON" for r in named)

    def _body_named(self, tok: Token) -> list[Ref]:
        # the name can hang on another modifier: "FSB" on "security" in "FSB security service"
        mods = [c for c in tok.children if c.dep_ == "compound"]
        mods += [g for m in mods for g in m.children if g.dep_ == "compound"]
        names = (self.direct(c) for c in mods)
        return [r for r in names if r is not None and self.kind(r.actor_id) == "ORGANIZATION"]

    def _loyal_to(self, tok: Token) -> list[Ref]:
        """Who armed men "loyal to" someone act for: that someone."""
        loyal = [c for c in tok.children if c.dep_ == "amod" and c.lower_ == "loyal"]
        to = [p for a in loyal for p in a.children if p.dep_ == "prep" and p.lower_ == "to"]
        return _proxy([r for p in to for o in _pobjs(p) for r in self.refs(o)])

    def _bodies_named_before(self, tok: Token) -> list[Ref]:
        """Organizations a noun's compound modifiers name ("EU member states")."""
        mods = [c for c in tok.children if c.dep_ == "compound"]
        mods += [g for m in mods for g in m.children if g.dep_ == "compound"]
        found = [self.direct(m) for m in mods]
        return [
            Ref(r.actor_id, "proxy", r.token)
            for r in found
            if r and self.kind(r.actor_id) == "ORGANIZATION"
        ]

    def _private_kind(self, tok: Token) -> bool:
        """ "business leaders", "church leaders from both countries": people of a kind that is
        no state body, named by a common noun in front; they do not stand for their state."""
        return any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _PRIVATE_KINDS
            for c in tok.children
        )

    def _modifier_makers(self, modifier: Token) -> list[Ref]:
        """The makers a claim's modifier names, with the ones joined to it: "Syrian and Russian
        accounts" (the actor stage may leave a joined demonym unnamed: its state stands in)."""
        found: list[Ref] = []
        for maker in (modifier, *(c for c in modifier.children if c.dep_ == "conj")):
            if (ref := self.direct(maker)) is not None:
                found.append(Ref(ref.actor_id, "proxy", ref.token))
            elif modifier.dep_ == "amod" and (state := self.demonym_state(maker)) is not None:
                found.append(Ref(state, "proxy", maker.i))
        return found

    def claimants(self, tok: Token) -> list[Ref]:
        """Who made the claim a noun names: "Baku's assertion", "demands from the US and NATO"."""
        if tok.lemma_.lower() not in CLAIM_NOUNS:
            return []
        found: list[Ref] = []
        for child in tok.children:
            if child.dep_ == "poss":
                found.extend(_proxy(self.refs(child)))
            elif child.dep_ in ("amod", "compound") and (makers := self._modifier_makers(child)):
                found.extend(makers)  # "Baku's assertion", "Syrian and Russian accounts"
            elif child.dep_ == "amod" and child.lower_ in _AUTHORING:  # "a U.S.-drafted resolution"
                for doer in (c for c in child.children if c.dep_ in ("npadvmod", "compound")):
                    if (ref := self.direct(doer)) is not None:
                        found.append(Ref(ref.actor_id, "proxy", ref.token))
            elif child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by", "of"):
                for pobj in _pobjs(child):
                    found.extend(_proxy(self.refs(pobj)))
                    for maker in _claimed_by(pobj):  # "a claim of responsibility by X"
                        found.extend(_proxy(self.refs(maker)))
            elif child.dep_ == "prep" and child.lower_ == "for":  # "calls for talks from the UN"
                for caller in (c for pobj in _pobjs(child) for c in _from_after(pobj)):
                    found.extend(_proxy(self.refs(caller)))
            elif child.dep_ in ("acl", "relcl"):  # "a draft (that had been) put forward by X"
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in _pobjs(agent):
                        found.extend(_proxy(self.refs(pobj)))
        for pobj in included_claimants(tok):  # "calls for talks, including from the UN"
            found.extend(_proxy(self.refs(pobj)))
        return unique_refs(found)


# What a claim claims, when the parser hangs its maker's "by" on it: "a claim of responsibility
# by the Houthis" (they claimed it). Not "accusations of war crimes by Russia": there the "by"
# names the accused, so the set stays with what one claims for oneself.
_CLAIMED_THINGS = frozenset({"responsibility", "credit", "authorship"})


def _claimed_by(claimed: Token) -> list[Token]:
    """Who made a claim the parser hung "by X" on what is claimed: "a claim of responsibility
    by the Houthis"."""
    if claimed.lemma_.lower() not in _CLAIMED_THINGS:
        return []
    return [o for c in claimed.children if c.dep_ == "prep" and c.lower_ == "by" for o in _pobjs(c)]


# Participles a claim's author is hyphened to: "a U.S.-drafted resolution", "a French-sponsored
# draft", "an Egypt-proposed truce" (the state put the text forward, so it is whose claim it is).
_AUTHORING = frozenset({"drafted", "sponsored", "proposed", "backed", "authored"})


# What one asks for that comes "from" a place: "calls for a withdrawal from Ukraine" names
# where the troops leave, not who called.
_AWAY_FROM = frozenset({"withdrawal", "pullout", "pull-out", "exit", "departure", "retreat",
                        "expulsion", "removal", "evacuation", "release", "exclusion", "ban",
                        "suspension", "aid", "help", "support", "import", "imports", "apology",
                        "explanation", "compensation", "assistance"})  # fmt: skip


def _from_after(asked: Token) -> list[Token]:
    """Who made a call the parser hung "from X" on what is called for: "calls for talks from
    the UN" (the UN called), not "calls for a withdrawal from Ukraine"."""
    if asked.lemma_.lower() in _AWAY_FROM or asked.lower_ in _AWAY_FROM:
        return []
    return [o for c in asked.children if c.dep_ == "prep" and c.lower_ == "from" for o in _pobjs(c)]


_CACHE_KEY = "diplograph.actor_index"


def forget_index(doc: Doc) -> None:
    """Drop the index tables kept in `doc.user_data` once the relation stage is done."""
    doc.user_data.pop(_CACHE_KEY, None)


def _tables(
    doc: Doc, mentions: list[Mention]
) -> tuple[dict[str, Actor], dict[int, Mention], dict[int, list[Mention]], int]:
    at: dict[int, Mention] = {}
    groups: dict[int, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.end - m.start, reverse=True):
        for i in range(m.start, m.end):
            at[i] = m  # shorter, more specific mentions win inside longer ones
            if m.how == "group":
                groups.setdefault(i, []).append(m)
    return dict(doc._.actors or {}), at, groups, dateline_end(doc)


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, with the list members the parser hung on them as
    appositions: "the assets of FSB director A, B, a deputy head of ..., C and D", where B is
    an apposition of A (a name: "A, the envoy" is A again)."""
    out: list[Token] = []
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            listed = [child, *(c for c in child.conjuncts if not after_semicolon_clause(child, c))]
            out.extend(listed)
            out.extend(a for m in listed for a in m.children if _apposed_name(a))
    return out


def _identified_as(tok: Token) -> list[Token]:
    """ "an employee ..., identified only as Carsten L.": the name a description is given by
    a participle "identified as" right after the noun's phrase, wherever the parser hung it
    (on the noun, its verb or a clause above)."""
    doc, after = tok.doc, tok.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    part = doc[after + 1]
    if part.lemma_.lower() != "identify" or part.tag_ != "VBN":
        return []
    return [
        name
        for prep in part.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for name in prep.children
        if name.dep_ == "pobj"
    ]


def _apposed_name(tok: Token) -> bool:
    """A name in apposition after a comma: the next member of a list, not a title ("Minister")."""
    after_comma = tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and after_comma and tok.ent_type_ == "PERSON"


# Links inside a list of names: "A and B", "Ben-Gvir" split into name parts
_NAME_LINKS = frozenset({"conj", "appos", "compound", "nmod", "flat"})


def _coordinated(tok: Token) -> list[Token]:
    """Every member of the list a token is in (the parser chains "A, B and C" as conjuncts)."""
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return [first, *first.conjuncts]


# a state's officials and courts where they sit: "officials in Kyiv", "a court in Antwerp"
_SEATED = frozenset(
    {"official", "diplomat", "leader", "negotiator", "spokesman", "spokeswoman"}
    | {"court", "judge", "prosecutor"}
)


def _former(tok: Token) -> bool:
    """ "the former presidents of Colombia" speak for no state."""
    return any(c.lower_ in ("former", "ex", "past") for c in tok.children)


def _proxy(refs: list[Ref]) -> list[Ref]:
    return [Ref(r.actor_id, "proxy" if r.how != "pronoun" else r.how, r.token) for r in refs]


def unique_refs(refs: list[Ref]) -> list[Ref]:
    """Each actor once, at its first reference, in order."""
    seen: set[str] = set()
    out: list[Ref] = []
    for r in refs:
        if r.actor_id not in seen:
            seen.add(r.actor_id)
            out.append(r)
    return out


def whom_antecedent(tok: Token) -> Token | None:
    """The noun a relative "whom" after a preposition stands for: "Xi, with whom he held talks"
    (the relative clause hangs on the noun, the preposition on the clause's verb)."""
    if tok.lower_ != "whom" or tok.dep_ != "pobj":
        return None
    verb = tok.head.head
    return verb.head if verb.dep_ == "relcl" and verb.head.i < tok.i else None
