"""Meetings told by presence ("stood beside", "with X at his side"), on our own sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Olaf Scholz", "PERSON", "DEU", ("Scholz",)),
    ("Emmanuel Macron", "PERSON", "FRA", ("Macron",)),
    ("Ned Price", "PERSON", "USA", ("Price",)),
    ("France", "COUNTRY", "FRA", ("French", "Paris")),
    ("Germany", "COUNTRY", "DEU", ("German", "Berlin")),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


def _met(read: Reader, text: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, kind, t in triples(read(text)) if kind == "MET_WITH"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Standing on the South Lawn beside Chancellor Olaf Scholz and President Emmanuel "
            "Macron, Biden said the alliance was united.",
            [("Joe Biden", "Olaf Scholz"), ("Joe Biden", "Emmanuel Macron")],
        ),
        (
            "Biden presented the proposal at the White House on Monday with Zelensky at his side.",
            [("Joe Biden", "Volodymyr Zelensky")],
        ),
        (
            "Two days earlier, Scholz stood beside Biden at the White House to unveil the plan.",
            [("Olaf Scholz", "Joe Biden")],
        ),
        (
            "Blinken, standing next to Lavrov in Geneva, told reporters the talks were useful.",
            [("Antony Blinken", "Sergey Lavrov")],
        ),
        (
            "Macron appeared alongside Putin at a news conference in Moscow.",
            [("Emmanuel Macron", "Vladimir Putin")],
        ),
        (
            "Zelensky toured the front with Scholz by his side.",
            [("Volodymyr Zelensky", "Olaf Scholz")],
        ),
        ("Lavrov sat next to Blinken at the dinner.", [("Sergey Lavrov", "Antony Blinken")]),
    ],
)
def test_standing_beside_a_foreign_leader_is_a_meeting(
    read_more: Reader, text: str, pairs: list[tuple[str, str]]
) -> None:
    met = _met(read_more, text)
    for pair in pairs:
        assert frozenset(pair) in met


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky stood beside a statue of a poet as he spoke to reporters.",
        "Biden stood at a podium beside the flag.",
        "Kim fought at Putin's side in the war.",
        "Spokesman Ned Price, standing beside Blinken, said the talks were over.",
        "Biden did not stand beside Zelensky at the White House.",
        "Scholz and Macron shook hands with no meeting planned.",
        "Putin launched the war with Lavrov at his side.",
    ],
)
def test_a_thing_ones_own_aide_or_a_denial_is_no_meeting(read_more: Reader, text: str) -> None:
    assert not _met(read_more, text)


def test_a_planned_appearance_stays_planned(read_more: Reader) -> None:
    found = [
        r
        for r in read_more(
            "Biden will appear alongside Zelensky at a news conference on Friday."
        )._.relations
        if str(r.type) == "MET_WITH"
    ]
    assert found and all(str(r.status) == "PLANNED" for r in found)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The ministry said Biden had talked with Chancellor Scholz, elected only in "
            "December, and France's Macron.",
            [("Joe Biden", "Olaf Scholz"), ("Joe Biden", "Emmanuel Macron")],
        ),
        (
            "Officials said Blinken had met his Russian counterpart Lavrov, reappointed last "
            "week, and Ukraine's Zelensky.",
            [("Antony Blinken", "Sergey Lavrov"), ("Antony Blinken", "Volodymyr Zelensky")],
        ),
    ],
)
def test_a_participle_after_a_listed_name_does_not_end_the_list(
    read_more: Reader, text: str, pairs: list[tuple[str, str]]
) -> None:
    met = _met(read_more, text)
    for pair in pairs:
        assert frozenset(pair) in met


@pytest.mark.parametrize(
    "text",
    [
        # the participle's comma closes the clause: the next name starts another one
        "Biden talked with Scholz, elected in December, and Macron later flew home.",
        "Biden talked with Scholz, elected in December, while Macron stayed in Paris.",
    ],
)
def test_a_participle_before_a_new_clause_lists_nobody(read_more: Reader, text: str) -> None:
    assert frozenset(("Joe Biden", "Emmanuel Macron")) not in _met(read_more, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "It was the first meeting since the war between Blinken and Lavrov.",
            ("Antony Blinken", "Sergey Lavrov"),
        ),
        (
            "The call on Tuesday was the first conversation since the summit between Biden and "
            "Putin.",
            ("Joe Biden", "Vladimir Putin"),
        ),
    ],
)
def test_a_meeting_dated_by_since_keeps_its_between(
    read_more: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in _met(read_more, text)


@pytest.mark.parametrize(
    "text",
    [
        # states "between" a war are its sides, not the parties of the meeting
        "It was the first meeting since the war between Russia and Ukraine.",
        "It was the first meeting since the war between Russia and Ukraine began.",
        "There has been no meeting since the invasion between Blinken and Lavrov.",
    ],
)
def test_since_a_war_between_states_or_no_meeting_is_nothing(read_more: Reader, text: str) -> None:
    met = _met(read_more, text)
    assert frozenset(("Russia", "Ukraine")) not in met
    assert frozenset(("Antony Blinken", "Sergey Lavrov")) not in met


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            '"The door stays open," Scholz told a joint news conference with Macron in Berlin.',
            [("Olaf Scholz", "Emmanuel Macron")],
        ),
        (
            "Zelensky said at a press conference alongside Blinken that more air defence was "
            "needed.",
            [("Volodymyr Zelensky", "Antony Blinken")],
        ),
        (
            # (Putin and his own minister Lavrov are one side: one_delegation.py)
            "Putin told a televised meeting with Lavrov and Kim that talks would go on.",
            [("Vladimir Putin", "Kim Jong Un"), ("Sergey Lavrov", "Kim Jong Un")],
        ),
        (
            '"We are united," Biden told a news conference alongside Stoltenberg.',
            [("Joe Biden", "Jens Stoltenberg")],
        ),
    ],
)
def test_words_said_at_a_joint_appearance_meet_who_shares_it(
    read_more: Reader, text: str, pairs: list[tuple[str, str]]
) -> None:
    met = _met(read_more, text)
    for pair in pairs:
        assert frozenset(pair) in met


@pytest.mark.parametrize(
    "text",
    [
        "Scholz told a news conference in Berlin that Macron would visit.",
        "Biden told a meeting of his cabinet that Zelensky needed more help.",
        "Blinken told reporters a conference with Lavrov was not planned.",
        "Scholz will not hold a news conference with Macron.",
    ],
)
def test_an_appearance_naming_nobody_beside_is_no_meeting(read_more: Reader, text: str) -> None:
    met = _met(read_more, text)
    assert frozenset(("Olaf Scholz", "Emmanuel Macron")) not in met
    assert frozenset(("Joe Biden", "Volodymyr Zelensky")) not in met
    assert frozenset(("Antony Blinken", "Sergey Lavrov")) not in met


def test_a_list_beside_the_speaker_is_read_past_its_modifiers(read_more: Reader) -> None:
    met = _met(
        read_more,
        '"We are building something new," Blinken told reporters, standing beside Lavrov of '
        "Russia, Germany's Scholz, France's Macron and Ukraine's Zelensky.",
    )
    for other in ("Sergey Lavrov", "Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelensky"):
        assert frozenset(("Antony Blinken", other)) in met


def test_a_name_in_a_clause_of_the_beside_phrase_stood_elsewhere(read_more: Reader) -> None:
    met = _met(read_more, "Blinken stood beside Lavrov, who had phoned Macron a day earlier.")
    assert frozenset(("Antony Blinken", "Sergey Lavrov")) in met
    assert frozenset(("Antony Blinken", "Emmanuel Macron")) not in met


def test_the_possessor_of_who_stood_beside_did_not_stand_there(read_more: Reader) -> None:
    met = _met(read_more, "Biden spoke at the White House, standing beside Zelensky's wife.")
    assert frozenset(("Joe Biden", "Volodymyr Zelensky")) not in met


def test_acts_listed_after_a_subordinate_subject_are_its(read_more: Reader) -> None:
    met = _met(
        read_more,
        "The raids came a day after Chancellor Olaf Scholz flew to Paris, attended the "
        "Bastille Day parade alongside President Emmanuel Macron and held talks with him on "
        "trade.",
    )
    assert frozenset(("Olaf Scholz", "Emmanuel Macron")) in met


def test_a_second_act_after_comma_and_keeps_the_main_subject(read_more: Reader) -> None:
    met = _met(read_more, "Scholz returned to Berlin after Biden left Kyiv, and met Macron.")
    assert frozenset(("Olaf Scholz", "Emmanuel Macron")) in met
    assert frozenset(("Joe Biden", "Emmanuel Macron")) not in met
