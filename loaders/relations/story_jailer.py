"""A detention told without a doer, in a story where only one jailer holds anyone.

"Briere, a French tourist arrested in 2020, was sentenced to eight years", "Marchal, who was
arrested with her", "Bialiatski was arrested in 2021": news names the jailer once ("Iran's
intelligence ministry said it had detained two Europeans", "the number of French nationals held
in Iran", "Addis Ababa freed some of its prominent prisoners") and then tells each further
detention in the passive, with no doer at all. Where the article's detentions and releases name
exactly one jailer (a state, a body or official standing for its state, or a group of no state
such as Hamas), such a detention of a person whose holder the story does not otherwise say
(`derive.detentions_by_releasers`) is that jailer's. Read again with its doer, a sentence on a
charge is then also the jailer's accusation, and a release without a doer the jailer's release.

Bare police or authorities ("police arrested Maradiaga") name no state of their own and are
the story's jailer's force; police named by another state ("Thai police") are not.

Where two states hold people (a swap), a detention with no doer of a person the article calls
one state's national ("Briere, a French tourist arrested in 2020") is the other state's: a state
does not trade its own citizen back to itself. Otherwise silent when two jailers hold people
(who jailed whom is not guessed) or a holding or freeing names a doer the actor stage does not
know (it may be another jailer); for a doer the sentence names but the actor stage does not know
("soldiers who mutinied detained him"); for a person handed on (`derive.handed_on`); and for
the jailer's own national where every prisoner the story names it holding is a foreigner: a
state holding foreigners says nothing of its own citizens, who may be held abroad ("Moradi had
been serving a life sentence" in Thailand).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.derive import handed_on, holding_states
from loaders.relations.facts import Fact, confidence
from loaders.relations.law_forces import bare_law_force
from loaders.relations.lexicon import CAPTIVES, words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading

_HOLDING = (RelationType.DETAINED, RelationType.RELEASED)
_UNKNOWN = "?"
_PEOPLE = CAPTIVES | words(
    "national citizen people person journalist reporter activist dissident worker tourist "
    "student academic soldier serviceman those"
)
_PARTS = words("some many most dozen hundred thousand several few two three four five")
_OFFICE_TERM = words("first second third fourth fifth sixth consecutive presidential new")


def jailer_of(actor_id: str, index: ActorIndex) -> str | None:
    """The jailer an actor stands for: a state, the state a body or official serves, or a body
    of no state (an armed group) itself, or a military that has just seized power in its
    state (it jails the state's leaders)."""
    kind = index.kind(actor_id)
    if actor_id in index.ruling_militaries.values():
        return actor_id
    if kind == "COUNTRY":
        return actor_id
    state = index.state_of(actor_id)
    if state is not None or kind != "ORGANIZATION":
        return state
    return actor_id


def _people(noun: Token) -> bool:
    """ "two Europeans", "French nationals", "some of its political prisoners", "those"."""
    if noun.lemma_.lower() in _PARTS:
        return any(_people(o) for o in arg.prep_objects([noun], ("of",)))
    return noun.ent_type_ == "NORP" or noun.tag_ == "NNPS" or noun.lemma_.lower() in _PEOPLE


def _holds_people(reading: Reading, index: ActorIndex) -> bool:
    """A reading of custody by a state or a body: of a named person, or of people the sentence
    does not name ("detained two Europeans", "French nationals held in Iran"); not "held talks",
    "areas held by the rebels", "Meng's arrest" (whose owner is the one arrested)."""
    if reading.targets:
        return True
    verb = reading.trigger
    if verb.pos_ != "VERB" or any(index.kind(s.actor_id) == "PERSON" for s in reading.sources):
        return False
    return any(_people(o) for o in passives.logical_objects(verb))


def story_jailers(readings: list[Reading], facts: list[Fact], index: ActorIndex) -> set[str]:
    """Every jailer the article says detained, held or freed someone, named or not: "Iran
    freed White", "French nationals held in Iran", "Addis Ababa freed its prisoners"."""
    doers = [
        r.actor_id
        for x in readings
        if x.frame.type in _HOLDING and _holds_people(x, index)
        for r in x.sources
    ]
    doers += [f.source for f in facts if f.type in _HOLDING]
    jailers = {s for d in doers if (s := jailer_of(d, index)) is not None}
    # "Hamas freed three hostages" where the name is no actor: a jailer all the same
    unknown = [x for x in readings if x.frame.type in _HOLDING and _unknown_doer(x)]
    return jailers | ({_UNKNOWN} if unknown else set())


def _unknown_doer(reading: Reading) -> bool:
    """A holding or freeing by a name the actor stage does not know."""
    if reading.sources or reading.frame.patient_subject:
        return False
    verb = reading.trigger
    # its own subject or "by" agent only: a conjunct's inherited subject may be the prisoner
    # ("was detained and sentenced")
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    doers = passives.agents(verb) if passives.is_passive(verb) else own
    return any(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in doers)


def _office_term(reading: Reading) -> bool:
    """ "the election that gave Ortega a fourth consecutive term": a term of office, no prison
    term."""
    objects = [c for c in reading.trigger.children if c.dep_ == "dobj"]
    return any(
        o.lemma_.lower() == "term" and any(m.lower_ in _OFFICE_TERM for m in o.children)
        for o in objects
    )


def _holds_only_foreigners(jailer: str, facts: list[Fact], index: ActorIndex) -> bool:
    """Every prisoner the story names the jailer holding or freeing is another state's
    national (and there is at least one)."""
    own = index.country(jailer)
    held = {f.target for f in facts if f.type in _HOLDING and f.source == jailer}
    countries = [index.country(p) for p in held if index.kind(p) == "PERSON"]
    return bool(countries) and own is not None and own not in countries


def detentions_by_story_jailer(
    readings: list[Reading], facts: list[Fact], index: ActorIndex
) -> list[Fact]:
    """DETAINED facts: a detention with no doer, of a person with no known holder, is by the
    one jailer the story names."""
    jailers = story_jailers(readings, facts, index)
    if len(jailers) == 2 and _UNKNOWN not in jailers:
        return _swap_detentions(readings, facts, index, jailers)
    lone = lone_jailer(readings, facts, index)
    if lone is None:
        return []
    jailer, admits = lone
    out: list[Fact] = []
    for reading in _doerless_detentions(readings):
        for target in reading.targets:
            person = target.actor_id
            if not admits(person):
                continue
            conf = confidence(reading.strength - 0.35, target)
            fact = Fact(jailer, RelationType.DETAINED, person, reading.status, conf, reading)
            if not handed_on(fact, index):
                out.append(fact)
    return out


def lone_jailer(
    readings: list[Reading], facts: list[Fact], index: ActorIndex
) -> tuple[str, Callable[[str], bool]] | None:
    """The one jailer the story names, with the test a person must pass to be its prisoner
    when a detention names no doer: a person whose holder the story does not otherwise give
    (no holding state, not held or freed by another jailer), and not the jailer's own national
    where it otherwise holds only foreigners. None for no jailer or several."""
    jailers = story_jailers(readings, facts, index)
    if len(jailers) != 1 or _UNKNOWN in jailers:
        return None
    (jailer,) = jailers
    known = holding_states(facts, index)
    # held or freed by someone else: a body of another state, or a group of no state
    elsewhere = {
        f.target for f in facts if f.type in _HOLDING and jailer_of(f.source, index) != jailer
    }
    foreigners_only = _holds_only_foreigners(jailer, facts, index)

    def admits(person: str) -> bool:
        if index.kind(person) != "PERSON" or person in known or person in elsewhere:
            return False
        return not (foreigners_only and index.country(person) == index.country(jailer))

    return jailer, admits


def _doerless_detentions(readings: list[Reading]) -> list[Reading]:
    """DETAINED readings that name no doer ("Briere, a French tourist arrested in 2020"), or
    only a bare force of law ("police arrested him"), and are no term of office."""
    out: list[Reading] = []
    for reading in readings:
        if reading.frame.type is not RelationType.DETAINED or reading.sources:
            continue
        patient_subject = reading.frame.patient_subject  # "is serving a term": the prisoner
        doers = [] if patient_subject else passives.logical_source(reading.trigger)
        if doers and not all(bare_law_force(d) for d in doers):
            continue  # a doer named but no actor ("soldiers detained him")
        if not _office_term(reading):
            out.append(reading)
    return out


def _swap_detentions(
    readings: list[Reading], facts: list[Fact], index: ActorIndex, jailers: set[str]
) -> list[Fact]:
    """A story of two states that each hold the other's people (a swap): a detention with no
    doer of one state's national is by the other state. "France released Rohollahnejad ...
    Briere, a French tourist arrested in 2020": a state does not trade its own citizen back to
    itself, so the French tourist is Iran's prisoner. Silent for a person of neither state or
    of no known state, and for one the story already gives a holder."""
    if any(index.kind(j) != "COUNTRY" for j in jailers):
        return []
    known = holding_states(facts, index)
    held = {f.target for f in facts if f.type in _HOLDING}
    out: list[Fact] = []
    for reading in _doerless_detentions(readings):
        for target in reading.targets:
            person = target.actor_id
            if index.kind(person) != "PERSON" or person in known or person in held:
                continue
            home = _nationality(person, reading.trigger.doc, index)
            if home not in jailers:
                continue
            (jailer,) = jailers - {home}
            conf = confidence(reading.strength - 0.35, target)
            fact = Fact(jailer, RelationType.DETAINED, person, reading.status, conf, reading)
            if not handed_on(fact, index):
                out.append(fact)
    return out


def _described_as(name: Token) -> list[Token]:
    """The words describing a person at a mention: "Briere, a French tourist", "French tourist
    Benjamin Briere", "a French tourist, Benjamin Briere"."""
    nouns = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        nouns.append(name.head)
    words_ = [m for n in nouns for m in n.children if m.dep_ in ("amod", "compound")]
    return words_ + [c for c in name.children if c.dep_ in ("amod", "compound")]


def _nationality(person: str, doc: Doc, index: ActorIndex) -> str | None:
    """The one state the article calls a person a national of, by a demonym next to their
    name; None for none, several, or a dual nationality ("Franco-Iranian academic")."""
    found: set[str] = set()
    for tok in doc:
        ref = index.direct(tok)
        if ref is None or ref.actor_id != person:
            continue
        for word in _described_as(tok):
            state = index.demonym_state(word)
            if state is not None and word.i > 0 and doc[word.i - 1].text == "-":
                return None  # "Franco-Iranian": two states
            if state is not None:
                found.add(state)
    return found.pop() if len(found) == 1 else None
