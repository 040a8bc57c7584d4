"""What a reader of the graph sees of a node: a monarch named by one name is "King X", not a
bare given name; a state's aliases are its names, never the plain words that mentioned it."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.actors.alias_forms import name_like
from loaders.pipeline import Extractor
from schema.models import Actor, Article, Extraction

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _read(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Article(id="article:t", text=text, published=date(2024, 3, 4)))


def _named(found: Extraction, name: str) -> Actor:
    return next(a for a in found.actors if a.name == name)


def test_a_monarch_named_by_one_name_keeps_the_regnal_title(extractor: Extractor) -> None:
    found = _read(
        extractor,
        "Jordan's King Abdullah hosted the Egyptian president in Amman on Sunday. "
        "Abdullah later thanked his guest.",
    )
    assert "King Abdullah" in {a.name for a in found.actors}
    assert "Abdullah" not in {a.name for a in found.actors}


def test_a_full_name_after_a_royal_title_stays_the_name(extractor: Extractor) -> None:
    found = _read(extractor, "King Charles III welcomed Kenyan President William Ruto to London.")
    names = {a.name for a in found.actors}
    assert "King Charles" not in names and "William Ruto" in names


def test_a_state_keeps_no_plain_mention_as_an_alias(extractor: Extractor) -> None:
    found = _read(
        extractor,
        "Afghan soldiers guarded the border on Tuesday. The Afghan government said the "
        "ministry would not comment. The government later denied the report.",
    )
    aliases = set(_named(found, "Afghanistan").aliases)
    assert "Afghan government" in aliases
    assert not aliases & {"the government", "the ministry", "Afghan soldiers"}


@pytest.mark.parametrize(
    "form",
    ["the Kremlin", "Moscow", "Russian government", "Chinese foreign ministry", "mainland China",
     "Ministry of Foreign Affairs", "Côte d'Ivoire", "the White House",
     "Niger's presidential guard", "Russian peacekeepers", "Belgian prosecutors"],
)  # fmt: skip
def test_names_are_names(form: str) -> None:
    assert name_like(form)


@pytest.mark.parametrize(
    "form",
    ["the government", "the ministry", "government forces", "the island nation",
     "Afghan soldiers", "Afghan central bank assets", "Israeli strikes", "Afghan capital"],
)  # fmt: skip
def test_plain_mentions_are_no_names(form: str) -> None:
    assert not name_like(form)
