"""An official who reports his own side's urging urges too (relations/spoken_for.py): "the
minister said Berlin rejected the move and called on Tehran to reverse it". Sentences of our
own wording; another side's urging, a denied or hoped-for one, and an appeal to nobody named
stay the clause subject's alone or nobody's."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "German Foreign Minister Annalena Baerbock said Berlin rejected the decision and "
            "called on Tehran to reverse it.",
            "Annalena Baerbock",
            "Iran",
        ),
        (
            "Japanese Prime Minister Fumio Kishida said Japan opposed the test and urged North "
            "Korea to return to talks.",
            "Fumio Kishida",
            "North Korea",
        ),
        (
            "NATO Secretary-General Jens Stoltenberg said the alliance condemned the attack and "
            "called on Russia to withdraw.",
            "Jens Stoltenberg",
            "Russia",
        ),
        (
            "EU foreign policy chief Josep Borrell said the bloc regretted the verdict and "
            "called on Minsk to free the journalist.",
            "Josep Borrell",
            "Belarus",
        ),
        (
            "Antony Blinken told reporters that Washington had pressed Beijing to release the "
            "two men.",
            "Antony Blinken",
            "China",
        ),
        ("Sergei Lavrov said Moscow had asked Ankara to mediate.", "Sergei Lavrov", "Turkey"),
        (
            "Antony Blinken said Washington would keep urging Cairo to free the activist.",
            "Antony Blinken",
            "Egypt",
        ),
    ],
)
def test_a_speaker_reporting_his_own_sides_urging_urges_too(
    extractor: Extractor, text: str, speaker: str, target: str
) -> None:
    assert (speaker, "URGED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken said Washington had not urged Cairo to free the activist.",
        "Antony Blinken said Washington hoped Cairo would free the activist.",
        "Antony Blinken said Germany had urged Cairo to free the activist.",
        "Antony Blinken said the United States had urged the international community to help.",
    ],
)
def test_no_urging_by_the_speaker_when_his_side_urged_nobody(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(s == "Antony Blinken" and k == "URGED" for s, k, _ in found)


def test_a_speaker_does_not_urge_his_own_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Sergei Lavrov said the United Nations had urged Moscow to talk."
    )
    assert ("Sergei Lavrov", "URGED", "Russia") not in found


def test_a_predicate_in_a_list_after_a_comma_shares_the_first_ones_subject(
    extractor: Extractor,
) -> None:
    """ "condemned X, called on them ... and expressed Y": the parser may hang the second verb
    on the first as a subjectless adverbial clause (relations/arguments.comma_spliced)."""
    found = extracted_triples(
        extractor,
        "Jens Stoltenberg condemned the strikes by Syria and Russia, called on them to stop the "
        "offensive and expressed solidarity with Turkey.",
    )
    assert ("Jens Stoltenberg", "URGED", "Russia") in found
    assert ("Jens Stoltenberg", "URGED", "Syria") in found


def test_an_adverbial_clause_with_its_own_subject_keeps_it(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Jens Stoltenberg spoke to reporters, after Britain had called on Russia to withdraw.",
    )
    assert ("Jens Stoltenberg", "URGED", "Russia") not in found
    assert ("United Kingdom", "URGED", "Russia") in found


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Japanese Foreign Minister Yoko Kamikawa told reporters Tokyo strongly condemned "
            "North Korea's latest missile launch.",
            "Yoko Kamikawa",
            "North Korea",
        ),
        (
            "Antony Blinken said Washington condemned Russia's arrest of the reporter.",
            "Antony Blinken",
            "Russia",
        ),
    ],
)
def test_a_speaker_reporting_his_own_sides_condemnation_condemns_too(
    extractor: Extractor, text: str, speaker: str, target: str
) -> None:
    assert (speaker, "CONDEMNED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken said Washington had declined to condemn Russia's arrest of the reporter.",
        "Antony Blinken said Germany condemned Russia's arrest of the reporter.",
    ],
)
def test_no_condemnation_by_the_speaker_when_his_side_condemned_nobody(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(s == "Antony Blinken" and k == "CONDEMNED" for s, k, _ in found)


def test_a_protest_lodged_by_the_speakers_side_is_his_too(extractor: Extractor) -> None:
    text = (
        "Dutch Prime Minister Mark Rutte said the Netherlands had lodged a formal protest with "
        "Moscow."
    )
    found = extracted_triples(extractor, text)
    assert ("Mark Rutte", "CONDEMNED", "Russia") in found
