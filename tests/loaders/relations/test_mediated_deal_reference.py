"""Mediators of "the deal" the article already reported, of a session the parties met at, and
mediators "acting as" one, on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("France", "COUNTRY", "FRA", ("Paris", "French")),
    ("Lebanon", "COUNTRY", "LBN", ("Beirut", "Lebanese")),
    ("Hezbollah", "ORGANIZATION", "LBN", ()),
    ("Angola", "COUNTRY", "AGO", ("Luanda", "Angolan")),
    ("Rwanda", "COUNTRY", "RWA", ("Kigali",)),
    ("Burundi", "COUNTRY", "BDI", ("Gitega",)),
    ("Sara Mendes", "PERSON", "AGO", ("Mendes",)),
    ("Paul Ruto", "PERSON", "RWA", ("Ruto",)),
    ("Eric Ndayi", "PERSON", "BDI", ("Ndayi",)),
    ("Ilham Aliyev", "PERSON", "AZE", ("Aliyev",)),
    ("Nikol Pashinyan", "PERSON", "ARM", ("Pashinyan",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        (
            "Israel and Lebanon concluded a ceasefire on Tuesday, with Hezbollah's consent. "
            "The truce, brokered by the United States and France, took effect at dawn.",
            "France",
            ("Israel", "Lebanon"),
        ),
        (
            "Armenia, Azerbaijan and Russia signed a peace accord. The accord was signed by "
            "Putin, Aliyev and Pashinyan. Putin, whose government brokered the accord, spoke "
            "on television.",
            "Russia",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Egypt signed a water agreement with Ethiopia in Cairo on Monday. "
            "Qatar helped broker the deal over several months.",
            "Qatar",
            ("Egypt", "Ethiopia"),
        ),
    ],
)
def test_a_mediator_of_the_deal_mediated_between_its_signatories(
    read_more: Reader, text: str, mediator: str, parties: tuple[str, str]
) -> None:
    found = pairs(read_more(text), "MEDIATED")
    assert {(mediator, parties[0]), (mediator, parties[1])} <= found


def test_the_mediators_own_state_is_no_party(read_more: Reader) -> None:
    text = (
        "Armenia, Azerbaijan and Russia signed a peace accord. The accord was signed by "
        "Putin, Aliyev and Pashinyan. Putin, whose government brokered the accord, spoke."
    )
    found = pairs(read_more(text), "MEDIATED")
    assert ("Russia", "Vladimir Putin") not in found
    assert ("Russia", "Russia") not in found


@pytest.mark.parametrize(
    "text",
    [
        # many sides: which deal "the deal" is stays open
        "Qatar signed deals with Egypt, Ethiopia, Uganda and Armenia at the summit. "
        "The United States helped broker the deal.",
        # "a deal", not "the deal": no reference back to the one signed
        "Egypt signed a water agreement with Ethiopia. Qatar brokered a deal in Sudan in May.",
        # hosting is no mediation
        "Egypt signed a water agreement with Ethiopia. Qatar hosted the signing ceremony.",
    ],
)
def test_no_single_deal_or_no_mediation_gives_no_mediator(read_more: Reader, text: str) -> None:
    found = pairs(read_more(text), "MEDIATED")
    assert not {s for s, _ in found} & {"United States", "Qatar"}


def test_parties_meeting_at_a_session_mediated_by_someone(read_more: Reader) -> None:
    text = (
        "Ruto and Ndayi held their first talks in a year, meeting in Luanda on Monday "
        "at a session mediated by Angolan President Sara Mendes."
    )
    found = pairs(read_more(text), "MEDIATED")
    assert {("Sara Mendes", "Paul Ruto"), ("Sara Mendes", "Eric Ndayi")} <= found


def test_a_session_that_was_only_hosted_is_no_mediation(read_more: Reader) -> None:
    text = "Ruto and Ndayi met in Luanda on Monday at a session hosted by Sara Mendes."
    assert not pairs(read_more(text), "MEDIATED")


@pytest.mark.parametrize(
    "text",
    [
        "Sara Mendes, who has acted as the African Union's mediator between Rwanda and "
        "Burundi since 2021, announced new talks on Friday.",
        "Sara Mendes has served as the bloc's mediator between Rwanda and Burundi.",
    ],
)
def test_who_acts_as_someone_s_mediator_mediates(read_more: Reader, text: str) -> None:
    found = pairs(read_more(text), "MEDIATED")
    assert {("Sara Mendes", "Rwanda"), ("Sara Mendes", "Burundi")} <= found


def test_an_offer_to_act_as_mediator_is_no_mediation(read_more: Reader) -> None:
    text = "Sara Mendes offered to act as a mediator between Rwanda and Burundi."
    assert not pairs(read_more(text), "MEDIATED")


def test_the_talks_that_concluded_the_deal_were_mediated_between_its_parties(
    read_more: Reader,
) -> None:
    text = (
        "Armenia and Azerbaijan signed a peace accord on Friday. The accord, concluded in "
        "Doha after months of talks mediated by Qatar and Egypt, takes effect next week."
    )
    found = pairs(read_more(text), "MEDIATED")
    assert {("Qatar", "Armenia"), ("Egypt", "Azerbaijan")} <= found


def test_talks_that_concluded_nothing_the_article_reported_name_no_parties(
    read_more: Reader,
) -> None:
    text = "A report was published after months of talks mediated by Qatar."
    assert not pairs(read_more(text), "MEDIATED")
