"""What kind of node a name becomes: a town the NER took for a person or a body is no actor, a
company it took for a person is an organization, and a one-name "Sheikh X" keeps the title."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.actors.place_cues import where_object
from loaders.pipeline import Extractor
from schema.models import Article, Extraction

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _kinds(extractor: Extractor, text: str) -> dict[str, str]:
    found: Extraction = extractor.extract(
        Article(id="article:t", text=text, published=date(2024, 3, 4))
    )
    return {a.name: a.kind.value for a in found.actors}


def test_a_capital_named_by_its_settlement_noun_is_no_person(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Shells hit the regional capital Stepanakert on Sunday, Armenian "
                   "officials said.")  # fmt: skip
    assert "Stepanakert" not in kinds and "Armenia" in kinds


def test_a_name_only_where_something_happened_is_no_person(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "The hostages were handed over to the Red Cross in Khan Younis "
                   "on Saturday.")  # fmt: skip
    assert "Khan Younis" not in kinds


def test_a_person_trusted_in_and_acting_stays_a_person(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Voters put their trust in Maria Kessler. Kessler met Macron "
                   "on Monday.")  # fmt: skip
    assert kinds.get("Maria Kessler") == "PERSON"


def test_a_city_named_as_one_elsewhere_is_no_body(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Fighting raged in the breakaway region of Nagorno-Karabakh. "
                   "Nagorno-Karabakh is recognised as part of Azerbaijan.")  # fmt: skip
    assert "Nagorno-Karabakh" not in kinds


def test_a_name_a_company_noun_introduces_is_an_organization(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Lithuania accused Chinese smartphone maker Xiaomi of censoring "
                   "phones.")  # fmt: skip
    assert kinds.get("Xiaomi") == "ORGANIZATION"
    kinds = _kinds(extractor, "Washington blacklisted state potash producer Belaruskali and "
                   "dozens of officials.")  # fmt: skip
    assert kinds.get("Belaruskali") == "ORGANIZATION"


def test_a_person_a_trade_noun_introduces_stays_a_person(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Havana freed U.S. aid contractor Alan Gross in 2014.")
    assert kinds.get("Alan Gross") == "PERSON"


def test_a_person_met_in_a_city_stays_a_person(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Biden met Jim Kowalczyk in Warsaw. Kowalczyk praised Biden.")
    assert kinds.get("Jim Kowalczyk") == "PERSON"


def test_sheikh_before_one_name_stays_in_the_name(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Prime Minister Sheikh Hasina met Indian Prime Minister "
                   "Narendra Modi in New Delhi.")  # fmt: skip
    assert "Sheikh Hasina" in kinds and "Hasina" not in kinds


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Two men were killed in Khan Younis on Sunday.", "Khan Younis", True),
        ("Warsaw froze the company's shares in EastGas Holding on Tuesday.", "EastGas Holding",
         False),
    ],
)  # fmt: skip
def test_only_a_preposition_on_an_act_tells_where(
    extractor: Extractor, text: str, name: str, where: bool
) -> None:
    """ "killed in X" is where an act happened; "shares in X" names a company, no place."""
    doc = extractor.nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert where_object(doc[start : start + len(name.split())]) is where


@pytest.mark.parametrize(
    "text",
    [
        "The navy escorted the tanker with the aircraft carrier USS Ronald Reagan and a destroyer.",
        "Russia said it fired warning shots at the British destroyer HMS Defender off Crimea.",
    ],
)
def test_a_ship_named_after_a_person_is_no_actor(extractor: Extractor, text: str) -> None:
    kinds = _kinds(extractor, text)
    assert not any(word in name for name in kinds for word in ("Reagan", "Defender")), kinds
