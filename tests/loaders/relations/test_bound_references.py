"""Who a phrase stands for when the parse points elsewhere: a possessive its own clause binds,
a name in apposition to an office but hung on the office's state, "which" after a name.
Sentences of our own wording; positives beside the negatives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "It was the first council resolution since Russia invaded its neighbour in 2022.",
        "France said Russia had invaded its neighbour.",
    ],
)
def test_its_neighbour_is_the_subjects_neighbour(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("Russia", "ATTACKED", "France") not in found
    assert not any(k == "ATTACKED" and t == "Russia" for _, k, t in found)


def test_a_named_neighbour_is_still_attacked(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Russia invaded its neighbour Ukraine in 2022.")
    assert ("Russia", "ATTACKED", "Ukraine") in found


def test_a_second_possessive_repeats_the_first_owner(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The European Union kept its sanctions on Belarus, citing Lukashenko's crackdown on "
        "dissent and its support for Russia's invasion of Ukraine.",
    )
    assert ("European Union", "SANCTIONED", "Belarus") in found
    assert ("European Union", "SUPPORTED", "Russia") not in found


def test_its_without_a_parallel_owner_still_finds_the_subject(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Japan said it had lodged a protest and reaffirmed its support for Ukraine."
    )
    assert ("Japan", "SUPPORTED", "Ukraine") in found


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "ECOWAS's envoy to Niger, former Nigerian leader Abdulsalami Abubakar, met General "
            "Abdourahamane Tiani in Niamey.",
            "Abdulsalami Abubakar",
            "Niger",
        ),
        (
            "The bloc's mediator for Mali, former Nigerian President Goodluck Jonathan, has "
            "travelled to Bamako several times for talks with Assimi Goita.",
            "Goodluck Jonathan",
            "Mali",
        ),
        (
            "The UN's special envoy for Yemen, Hans Grundberg, visited Riyadh on Monday.",
            "Hans Grundberg",
            "Saudi Arabia",
        ),
    ],
)
def test_the_envoy_named_in_apposition_travels_not_the_body(
    extractor: Extractor, text: str, person: str, state: str
) -> None:
    found = extracted_triples(extractor, text)
    assert (person, "VISITED", state) in found
    assert not any(k == "VISITED" and s in ("ECOWAS", "United Nations") for s, k, _ in found)


def test_which_after_a_name_is_not_that_person(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The decision follows a meeting of Algeria's security council, chaired by President "
        "Abdelmadjid Tebboune, which accused Morocco of hostile acts.",
    )
    assert ("Abdelmadjid Tebboune", "ACCUSED", "Morocco") not in found


def test_who_after_a_name_is_that_person(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Brazilian President Lula, who accused Israel of genocide, met Egyptian President Abdel "
        "Fattah al-Sisi in Cairo.",
    )
    assert ("Lula", "ACCUSED", "Israel") in found


@pytest.mark.parametrize(
    "text",
    [
        "Evan Gershkovich, the American reporter freed in the swap, landed in Washington late "
        "on Thursday.",
        "Michael Kovrig and Michael Spavor, the two Canadians held in China for three years, "
        "landed in Calgary on Saturday.",
    ],
)
def test_a_national_landing_at_home_visits_nobody(extractor: Extractor, text: str) -> None:
    assert not any(k == "VISITED" for _, k, _ in extracted_triples(extractor, text))


def test_a_national_landing_abroad_visits(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Blinken, the American secretary of state, landed in Beijing on Sunday."
    )
    assert ("Blinken", "VISITED", "China") in found


def test_the_victim_of_a_condemned_strike_is_not_condemned(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "British Foreign Secretary Dominic Raab denounced the strikes on bases hosting "
        "coalition troops, including British forces, and urged Tehran to stop.",
    )
    assert ("Dominic Raab", "CONDEMNED", "United Kingdom") not in found
    assert ("Dominic Raab", "URGED", "Iran") in found


def test_the_striker_of_a_condemned_strike_is_condemned(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "France condemned Russia's strikes on Kyiv.")
    assert ("France", "CONDEMNED", "Russia") in found


def test_an_order_to_serve_a_term_urges_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "On Tuesday a Moscow court ordered Alexei Navalny to serve two years and eight months "
        "in a prison colony.",
    )
    assert not any(k == "URGED" for _, k, _ in found)


def test_an_order_to_act_still_urges(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Moscow ordered Kyiv to withdraw its troops from Kursk.")
    assert ("Russia", "URGED", "Ukraine") in found


def test_it_is_not_one_of_two_coordinated_subjects(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Egypt and Qatar condemned Israel's decision, saying it violated international law.",
    )
    assert ("Egypt", "CONDEMNED", "Israel") in found
    assert not {t for t in found if {t[0], t[2]} == {"Egypt", "Qatar"}}
