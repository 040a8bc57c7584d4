"""Partners joined by "along with" / "together with": after the object they are targets too
("blacklisted X, along with Y and Z"); beside the subject, or after a verb with no object, they
act too ("Britain, along with Canada, sanctioned X"). Our own sentences, read by the whole
extractor; the near misses: a meeting's companions, and a partner on the other side."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model

_BLACKLISTED = (
    "The U.S. Treasury blacklisted Maria Lopez, a niece of the president, along with army "
    "general Pedro Ruiz and lawmaker Carlos Vega."
)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (_BLACKLISTED, ("United States", "SANCTIONED", "Carlos Vega")),
        (_BLACKLISTED, ("United States", "SANCTIONED", "Pedro Ruiz")),
        ("Iran arrested the journalist Daniel Okafor together with his colleague Sarah Linden "
         "in Tehran last week.", ("Iran", "DETAINED", "Sarah Linden")),
    ],
)  # fmt: skip
def test_a_partner_after_the_object_is_a_target_too(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


_SANCTIONS_ON = (
    "Ottawa imposed sanctions on Pedro Ruiz, the army chief of staff, along with two senior "
    "judges and the lawmaker Carlos Vega."
)


def test_a_partner_after_a_sanctions_phrase_is_a_target_too(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _SANCTIONS_ON)
    assert ("Canada", "SANCTIONED", "Pedro Ruiz") in found
    assert ("Canada", "SANCTIONED", "Carlos Vega") in found


def test_a_partner_before_the_sanctions_target_is_no_target(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Britain, along with Canada, imposed sanctions on the businessman Gennady Volkov.",
    )
    assert ("United Kingdom", "SANCTIONED", "Canada") not in found


def test_a_partner_before_the_object_is_no_target(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Britain, along with Canada, sanctioned the businessman Gennady Volkov."
    )
    assert ("United Kingdom", "SANCTIONED", "Canada") not in found


def test_a_meeting_companion_is_no_guest(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Joe Biden met Xi Jinping in Bali along with Antony Blinken on Monday."
    )
    assert not met(found, "Joe Biden", "Antony Blinken")


# -- the subject side: a partner beside the subject, or after a verb with no object ----------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Britain, along with Canada, sanctioned the businessman Gennady Volkov on Monday.",
         ("Canada", "SANCTIONED", "Gennady Volkov")),
        ("Egyptian and Israeli negotiators met, along with Qatar, in Cairo last week.",
         ("Qatar", "MET_WITH", "Israel")),
    ],
)  # fmt: skip
def test_a_partner_of_the_subject_acts_too(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    found = extracted_triples(extractor, text)
    assert triple in found or (triple[1] == "MET_WITH" and met(found, triple[0], triple[2]))


def test_a_partner_after_the_object_does_not_join_the_subject(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Egypt received Israel along with Qatar in Cairo.")
    assert not met(found, "Qatar", "Egypt")


# -- a name the parser hung as an apposition of the one before, inside "the assets of" -------


def test_a_listed_name_hung_as_an_apposition_is_a_target(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The EU measures freeze the assets of intelligence chief Ivan Petrov, Oleg Sidorov, "
        "a deputy head of the administration, and general Yuri Gromov.",
    )
    assert ("European Union", "SANCTIONED", "Oleg Sidorov") in found


def test_a_title_in_apposition_names_no_second_target(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The EU froze the assets of Ivan Petrov, Russia's Deputy Foreign Minister."
    )
    assert ("European Union", "SANCTIONED", "Russia") not in found
