"""Two officials of one state who meet a foreign party in the same sentence are one delegation
(one_delegation.py): their pairing with each other goes, their meetings with the other side
stay; colleagues who meet in a sentence of their own keep their meeting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from loaders.relations.facts import Fact
from loaders.relations.one_delegation import without_delegation_meetings
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading

# id -> (kind, country)
_ACTORS = {
    "berg": ("PERSON", "USA"),
    "keller": ("PERSON", "USA"),
    "lavrov": ("PERSON", "RUS"),
    "shoigu": ("PERSON", "RUS"),
    "un_chief": ("PERSON", None),
}


# id -> title, for people whose state the text does not give
_TITLES = {"orlov": "Deputy Minister", "okafor": "African Union Commission Chairman"}


@dataclass(frozen=True)
class _Actor:
    """The one field of an actor the filter reads."""

    title: str | None


class _Index:
    """The two questions the filter asks of the actor index."""

    def kind(self, actor_id: str) -> str | None:
        return _ACTORS[actor_id][0]

    def country(self, actor_id: str) -> str | None:
        return _ACTORS[actor_id][1]

    @property
    def actors(self) -> dict[str, _Actor]:
        return {i: _Actor(_TITLES.get(i)) for i in _ACTORS}


@dataclass(frozen=True)
class _Ref:
    """An actor filling a slot of the reading."""

    actor_id: str


@dataclass
class _Sentence:
    """A reading reduced to where its sentence starts and who fills its two slots."""

    start: int
    sources: tuple[_Ref, ...] = ()
    targets: tuple[_Ref, ...] = ()

    def evidence(self) -> tuple[int, int]:
        return self.start, self.start + 80


def _met(a: str, b: str, sentence: int, slots: tuple[str, str] = ("", "")) -> Fact:
    sources = tuple(_Ref(i) for i in slots[0].split())
    targets = tuple(_Ref(i) for i in slots[1].split())
    reading = cast("Reading", _Sentence(sentence, sources, targets))
    return Fact(a, RelationType.MET_WITH, b, Status.OCCURRED, 0.8, reading)


def _kept(facts: list[Fact]) -> set[frozenset[str]]:
    index = cast("ActorIndex", _Index())
    return {frozenset((f.source, f.target)) for f in without_delegation_meetings(facts, index)}


def test_two_colleagues_meeting_a_foreign_minister_together_did_not_meet_each_other() -> None:
    # "Berg and Keller met Lavrov": the colleagues paired by a list reader
    kept = _kept(
        [_met("berg", "lavrov", 0), _met("keller", "lavrov", 0), _met("berg", "keller", 0)]
    )
    assert kept == {frozenset(("berg", "lavrov")), frozenset(("keller", "lavrov"))}


def test_a_listed_pair_of_hosts_met_by_an_international_official_is_one_side() -> None:
    # "the UN chief held talks with Lavrov and Shoigu"
    facts = [_met("un_chief", "lavrov", 5), _met("un_chief", "shoigu", 5)]
    kept = _kept([*facts, _met("lavrov", "shoigu", 5)])
    assert frozenset(("lavrov", "shoigu")) not in kept


def test_colleagues_meeting_in_a_sentence_of_their_own_keep_their_meeting() -> None:
    # "Berg met Keller on Monday." and, later, "Both met Lavrov on Tuesday."
    facts = [_met("berg", "keller", 0), _met("berg", "lavrov", 90), _met("keller", "lavrov", 90)]
    assert frozenset(("berg", "keller")) in _kept(facts)


def test_people_of_two_states_meeting_a_third_keep_their_meeting() -> None:
    # "Berg and Lavrov met the UN chief": two sides and a third, all at one table
    facts = [_met("berg", "un_chief", 0), _met("lavrov", "un_chief", 0), _met("berg", "lavrov", 0)]
    assert frozenset(("berg", "lavrov")) in _kept(facts)


def test_colleagues_who_met_only_one_foreigner_between_them_keep_their_meeting() -> None:
    # "Berg met Keller before Keller flew on to see Lavrov."
    facts = [_met("berg", "keller", 0), _met("keller", "lavrov", 0)]
    assert frozenset(("berg", "keller")) in _kept(facts)


def test_a_bare_titled_colleague_listed_with_a_known_official_is_of_the_same_side() -> None:
    # "Berg met Lavrov and Deputy Minister Orlov": a nationality said once carries over the list
    _ACTORS["orlov"] = ("PERSON", None)
    slots = ("berg", "lavrov orlov")
    facts = [
        _met("berg", "lavrov", 0, slots),
        _met("berg", "orlov", 0, slots),
        _met("lavrov", "orlov", 0, slots),
    ]
    kept = _kept(facts)
    del _ACTORS["orlov"]
    assert kept == {frozenset(("berg", "lavrov")), frozenset(("berg", "orlov"))}


def test_a_bare_titled_person_on_the_other_side_of_the_table_keeps_the_meeting() -> None:
    # "Berg and Orlov met Lavrov": Orlov is not listed with Lavrov, so no side is assumed
    _ACTORS["orlov"] = ("PERSON", None)
    slots = ("berg orlov", "lavrov")
    facts = [
        _met("berg", "lavrov", 0, slots),
        _met("orlov", "lavrov", 0, slots),
        _met("berg", "orlov", 0, slots),
    ]
    kept = _kept(facts)
    del _ACTORS["orlov"]
    assert frozenset(("orlov", "lavrov")) in kept


def test_an_international_official_listed_with_a_state_official_keeps_the_pairing() -> None:
    # "Berg's talks with Lavrov and African Union Commission Chairman Okafor": no side assumed
    _ACTORS["okafor"] = ("PERSON", None)
    slots = ("berg", "lavrov okafor")
    facts = [
        _met("berg", "lavrov", 0, slots),
        _met("berg", "okafor", 0, slots),
        _met("lavrov", "okafor", 0, slots),
    ]
    kept = _kept(facts)
    del _ACTORS["okafor"]
    assert frozenset(("lavrov", "okafor")) in kept
