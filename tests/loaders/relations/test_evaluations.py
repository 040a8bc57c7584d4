"""Reactions aimed at an act, a deal or a claim the text names instead of its doer (model-backed,
sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _condemned(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "CONDEMNED"}


def test_a_reciprocal_inside_an_infinitive_belongs_to_that_verb(read: Reader) -> None:
    doc = read(
        "Armenia and Azerbaijan agreed on Friday to send their envoys back to each other's "
        "capitals."
    )
    assert not _condemned(triples(doc))


def test_a_reciprocal_object_still_pairs_the_subjects(read: Reader) -> None:
    found = triples(read("Armenia and Azerbaijan each accused the other of breaking the truce."))
    assert ("Armenia", "ACCUSED", "Azerbaijan") in found
    assert ("Azerbaijan", "ACCUSED", "Armenia") in found


def test_a_strike_told_as_a_launch_is_its_launchers(read: Reader) -> None:
    doc = read(
        "Iran launched missiles at targets in Israel on Tuesday. Egypt condemned the strike."
    )
    assert ("Egypt", "Iran") in _condemned(triples(doc))


def test_a_strike_not_condemned_condemns_nobody(read: Reader) -> None:
    doc = read(
        "Iran launched missiles at targets in Israel on Tuesday. Egypt declined to condemn "
        "the strike."
    )
    assert not _condemned(triples(doc))


LEDE = "CAIRO, May 2 - Russia and Ukraine announced on Monday new military drills near the border."


def test_the_victim_a_label_names_is_not_condemned(read: Reader) -> None:
    doc = read(LEDE + "\n\nBlinken denounced the move as a threat to Ukraine's security.")
    found = _condemned(triples(doc))
    assert ("Antony Blinken", "Russia") in found
    assert ("Antony Blinken", "Ukraine") not in found


DEAL = "DOHA, May 2 - Egypt and Qatar signed an agreement on gas supplies on Monday."


def test_a_deal_denounced_without_blame_condemns_no_party(read: Reader) -> None:
    doc = read(DEAL + "\n\nEthiopia denounced the agreement on Tuesday.")
    assert not _condemned(triples(doc))


def test_a_deal_denounced_as_a_betrayal_condemns_its_parties(read: Reader) -> None:
    doc = read(DEAL + "\n\nEthiopia denounced the agreement as a betrayal of the region.")
    found = _condemned(triples(doc))
    assert {("Ethiopia", "Egypt"), ("Ethiopia", "Qatar")} <= found


EXPULSION = "Qatar said on Monday that it would expel two Iranian diplomats. "


def test_a_rebuke_drawn_is_the_critics_condemnation_of_the_doer(read: Reader) -> None:
    found = triples(read(EXPULSION + "That drew a sharp rebuke from Egypt."))
    assert ("Egypt", "CONDEMNED", "Qatar") in found


def test_an_owned_act_draws_condemnation_on_its_owner(read: Reader) -> None:
    found = triples(read("Russia's decision drew condemnation from Ukraine on Tuesday."))
    assert ("Ukraine", "CONDEMNED", "Russia") in found


@pytest.mark.parametrize(
    "sequel",
    [
        "That did not draw any rebuke from Egypt.",
        "That drew praise from Egypt.",
        "That could draw a rebuke from Egypt.",
    ],
)
def test_no_rebuke_drawn_condemns_nobody(read: Reader, sequel: str) -> None:
    assert not _condemned(triples(read(EXPULSION + sequel)))


def test_a_rebuke_from_the_doers_own_side_is_no_condemnation_of_it(read: Reader) -> None:
    doc = read("Russia said it would expel two diplomats. That drew criticism from Putin.")
    assert ("Vladimir Putin", "Russia") not in _condemned(triples(doc))


STORMING = (
    "Iranian forces stormed the Egyptian embassy on Monday. "
    "The storming drew criticism across the region. "
)


def test_an_act_condemned_by_pronoun_is_its_doers(read: Reader) -> None:
    found = triples(read(STORMING + "Qatar condemned it in the strongest terms."))
    assert ("Qatar", "CONDEMNED", "Iran") in found


def test_an_act_not_condemned_by_pronoun_condemns_nobody(read: Reader) -> None:
    doc = read(STORMING + "Qatar declined to condemn it.")
    assert ("Qatar", "Iran") not in _condemned(triples(doc))


BODIES = [
    *ACTORS,
    ("International Court of Justice", "ORGANIZATION", None, ("ICJ",)),
    ("Wagner Group", "ORGANIZATION", "RUS", ("Wagner",)),
]


@pytest.fixture(scope="module")
def read_bodies(nlp: Language) -> Reader:
    """The shared reader's actors, and a court and an armed group."""
    return make_reader(nlp, BODIES)


HEARING = "The ICJ opened hearings on Monday. "


@pytest.mark.parametrize("reaction", ["Lavrov mocked the court.", "Lavrov derided the court."])
def test_the_court_is_the_one_court_the_article_names(read_bodies: Reader, reaction: str) -> None:
    found = _condemned(triples(read_bodies(HEARING + reaction)))
    assert ("Sergey Lavrov", "International Court of Justice") in found


@pytest.mark.parametrize(
    "reaction",
    [
        "Lavrov did not mock the court.",
        "Lavrov mocked the Russian court.",
        "Lavrov mocked the appeals court.",
    ],
)
def test_another_or_no_court_mocked_is_not_the_named_one(
    read_bodies: Reader, reaction: str
) -> None:
    found = _condemned(triples(read_bodies(HEARING + reaction)))
    assert ("Sergey Lavrov", "International Court of Justice") not in found


def test_the_presence_of_a_groups_fighters_condemns_the_group(read_bodies: Reader) -> None:
    doc = read_bodies("Blinken denounced the presence in Libya of fighters from Wagner.")
    assert ("Antony Blinken", "Wagner Group") in _condemned(triples(doc))


def test_the_killing_of_someone_condemns_not_the_victim(read_bodies: Reader) -> None:
    doc = read_bodies("Blinken denounced the killing of fighters from Wagner.")
    assert ("Antony Blinken", "Wagner Group") not in _condemned(triples(doc))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Blinken described Moscow as illegitimate.", ("Antony Blinken", "Russia")),
        ("Blinken described Moscow as reckless last week.", ("Antony Blinken", "Russia")),
    ],
)
def test_described_as_a_pejorative_adjective(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _condemned(triples(read(text)))


def test_described_as_a_kind_adjective_condemns_nobody(read: Reader) -> None:
    assert not _condemned(triples(read("Blinken described Moscow as constructive.")))


def test_the_ministry_in_a_capital_is_its_state(read: Reader) -> None:
    doc = read("The foreign ministry in Beijing condemned Washington on Monday.")
    assert ("China", "United States") in _condemned(triples(doc))


RULING = (
    "The ICJ ruled on Monday that the offensive must stop. Kyiv welcomed the decision. "
    "Blinken said the verdict was a turning point. "
)


def test_the_ruling_labelled_is_the_courts_not_the_last_speakers(read_bodies: Reader) -> None:
    found = _condemned(triples(read_bodies(RULING + "Lavrov called the ruling biased.")))
    assert ("Sergey Lavrov", "International Court of Justice") in found
    assert ("Sergey Lavrov", "Antony Blinken") not in found


def test_the_ruling_labelled_kindly_condemns_nobody(read_bodies: Reader) -> None:
    found = _condemned(triples(read_bodies(RULING + "Lavrov called the ruling fair.")))
    assert not found


@pytest.mark.parametrize(
    ("label", "condemned"),
    [("a disgrace", True), ("a relief", False)],
)
def test_a_label_hung_on_the_objects_verb(read_bodies: Reader, label: str, condemned: bool) -> None:
    doc = read_bodies(f"Lavrov called the court's willingness to hear the case {label}.")
    found = ("Sergey Lavrov", "International Court of Justice") in _condemned(triples(doc))
    assert found is condemned


def test_a_violation_of_a_states_sovereignty_condemns_the_doer_not_it(read: Reader) -> None:
    doc = read(
        "Ukraine launched missiles at targets in Egypt on Monday. "
        "Qatar called the strike a flagrant violation of Egypt's sovereignty."
    )
    found = _condemned(triples(doc))
    assert ("Qatar", "Ukraine") in found
    assert ("Qatar", "Egypt") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("NATO voted on Wednesday to reprimand Russia.", ("NATO", "Russia")),
        (
            "Egypt and Qatar criticised what they described as Washington's cynical policy.",
            ("Egypt", "United States"),
        ),
    ],
)
def test_a_vote_to_reprimand_and_what_was_described(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _condemned(triples(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        "NATO voted not to reprimand Russia.",
        "NATO may vote to reprimand Russia.",
        "Egypt declined to criticise what it described as Washington's policy.",
    ],
)
def test_no_vote_or_criticism_condemns_nobody(read: Reader, text: str) -> None:
    assert not _condemned(triples(read(text)))


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("Blinken called the strikes a horrific reminder of Russia's brutality.", True),
        ("Blinken called the strikes a reminder of Russia's resolve.", False),
        ("Blinken did not call the strikes a reminder of Russia's brutality.", False),
    ],
)
def test_the_owner_of_the_pejorative_noun_a_label_is_of(
    read: Reader, text: str, condemned: bool
) -> None:
    assert (("Antony Blinken", "Russia") in _condemned(triples(read(text)))) is condemned


TRIAL = "Egypt's highest court convicted two Iranians of spying in May. "


@pytest.mark.parametrize(
    ("reaction", "condemned"),
    [
        ("Iran denounced the trial as a farce.", True),
        ("Iran did not denounce the trial.", False),
        ("Egypt denounced the trial as a farce.", False),  # its own court: not its own side
    ],
)
def test_the_trial_denounced_is_the_convicting_courts_state(
    read: Reader, reaction: str, condemned: bool
) -> None:
    doc = read(TRIAL + reaction)
    assert (any(t == "Egypt" for _, t in _condemned(triples(doc)))) is condemned


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Russia drew condemnation from NATO after the attack.",
            ("NATO", "CONDEMNED", "Russia"),
        ),
        ("Israel faced criticism from Egypt over the raid.", ("Egypt", "CONDEMNED", "Israel")),
    ],
)
def test_the_doer_who_draws_or_faces_a_rebuke_is_condemned(
    read: Reader, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia could face criticism from NATO.",
        "Russia did not draw criticism from China.",
        "Israel received a letter from Egypt.",
    ],
)
def test_a_possible_denied_or_other_reception_is_no_rebuke(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "CONDEMNED"}
