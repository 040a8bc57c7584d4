"""Whom a measure falls on when the text names it through someone else, and expulsions told as
a step taken or a cut to a mission's staff. Sentences of our own wording (model-backed), each
positive next to the negatives that must not fire.

- a relative is not the one she is related to: "sanctions on Ortega's daughter" do not sanction
  Ortega; "Biden met Putin's daughter" is no meeting with Putin;
- "a ban on U.S. imports of Russian oil": the buyer's demonym on "imports" is no target, the
  goods' origin is; "tariffs on Chinese imports" (no "of") still hit China;
- "moved to expel": the step was taken (past tense only);
- "ordered Pakistan to halve the staff of its High Commission": an expulsion of Pakistan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Canada", "COUNTRY", "CAN", ("Ottawa", "Canadian")),
    ("India", "COUNTRY", "IND", ("New Delhi", "Indian")),
    ("Pakistan", "COUNTRY", "PAK", ("Islamabad", "Pakistani")),
    ("Daniel Ortega", "PERSON", "NIC", ("Ortega",)),
    ("European Union", "ORGANIZATION", None, ("EU",)),
]


@pytest.fixture(scope="module")
def read(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


# -- relatives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The United States imposed sanctions on Ortega's daughter and three officials.",
         ("United States", "SANCTIONED", "Daniel Ortega")),
        ("Washington blacklisted Putin's son-in-law and his cousin on Friday.",
         ("United States", "SANCTIONED", "Vladimir Putin")),
        ("Canada froze the assets of Ortega's wife.", ("Canada", "SANCTIONED", "Daniel Ortega")),
        ("The EU condemned the arrest of Ortega's brother.",
         ("European Union", "CONDEMNED", "Daniel Ortega")),
    ],
)  # fmt: skip
def test_a_relative_is_not_the_one_related(
    read: Reader, text: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in triples(read(text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States imposed sanctions on Ortega and his daughter.",
         ("United States", "SANCTIONED", "Daniel Ortega")),
        ("Canada sanctioned Ortega's government on Monday.",
         ("Canada", "SANCTIONED", "Daniel Ortega")),
        ("The EU condemned Ortega's crackdown.", ("European Union", "CONDEMNED", "Daniel Ortega")),
    ],
)  # fmt: skip
def test_the_owner_of_what_is_not_kin_still_counts(
    read: Reader, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(read(text))


# -- the buyer of imports --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Biden announced a ban on U.S. imports of Russian oil.",
         ("Joe Biden", "SANCTIONED", "Russia"), ("Joe Biden", "SANCTIONED", "United States")),
        ("Ottawa imposed a ban on Canadian purchases of Iranian oil.",
         ("Canada", "SANCTIONED", "Iran"), ("Canada", "SANCTIONED", "Canada")),
        ("The EU announced curbs on European imports of Russian gas.",
         ("European Union", "SANCTIONED", "Russia"), ("European Union", "SANCTIONED", "Canada")),
    ],
)  # fmt: skip
def test_the_buyer_of_imports_is_no_target(
    read: Reader, text: str, right: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = triples(read(text))
    assert right in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Washington imposed tariffs on Chinese imports.",
         ("United States", "SANCTIONED", "China")),
        ("Ottawa imposed tariffs on imports from India.", ("Canada", "SANCTIONED", "India")),
        ("The EU slapped duties on Chinese steel.", ("European Union", "SANCTIONED", "China")),
    ],
)  # fmt: skip
def test_imports_without_goods_keep_their_origin(
    read: Reader, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(read(text))


def test_threatened_import_ban_is_nothing(read: Reader) -> None:
    text = "Canada threatened a ban on U.S. imports of Indian rice."
    assert not {t for t in triples(read(text)) if t[1] == "SANCTIONED"}


# -- "moved to" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States moved to expel 12 members of Russia's mission to the United Nations.",
         ("United States", "EXPELLED", "Russia")),
        ("Canada moved to expel two Indian diplomats on Monday.", ("Canada", "EXPELLED", "India")),
        ("The EU has moved to impose sanctions on Iran.",
         ("European Union", "SANCTIONED", "Iran")),
    ],
)  # fmt: skip
def test_a_step_taken_is_done(read: Reader, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Washington is moving to impose sanctions on Iran.",
        "Canada will move to expel Indian diplomats.",
        "Canada did not move to expel Indian diplomats.",
        "Canada could move to expel Indian diplomats.",
    ],
)
def test_a_step_not_yet_taken_is_nothing(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] in ("EXPELLED", "SANCTIONED")}


# -- cuts to a mission's staff ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("India ordered Pakistan to halve the staff of its High Commission within seven days.",
         ("India", "EXPELLED", "Pakistan")),
        ("Moscow told Washington to cut its diplomatic personnel by 755.",
         ("Russia", "EXPELLED", "United States")),
        ("Egypt demanded that Israel reduce its embassy staff.", ("Egypt", "EXPELLED", "Israel")),
        ("China instructed the United States to slash the number of its diplomats.",
         ("China", "EXPELLED", "United States")),
    ],
)  # fmt: skip
def test_an_order_to_cut_a_mission_expels(
    read: Reader, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine ordered Russia to cut its gas prices.",
        "India threatened to order Pakistan to halve its mission.",
        "India did not order Pakistan to halve its staff.",
        "Pakistan decided to halve the staff of its own embassy.",
        "India asked Pakistan whether it would cut its embassy staff.",
    ],
)
def test_no_expulsion_without_an_order_to_cut_envoys(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "EXPELLED"}
