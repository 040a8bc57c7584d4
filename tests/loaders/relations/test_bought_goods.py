"""The one reading of trade nouns (arguments.bought_goods), shared by the actors a slot stands
for (actors_at) and by sanctions on demonym goods (sanction_clauses): the goods an "of" names
on "imports"/"purchases", and nothing for such a noun without "of" or for another noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from loaders.relations.arguments import bought_goods

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _goods(read: Reader, text: str, noun: str) -> list[str] | None:
    doc = read(text)
    goods = bought_goods(next(t for t in doc if t.text == noun))
    return None if goods is None else [t.text for t in goods]


def test_the_goods_of_imports_are_their_of_objects(read: Reader) -> None:
    assert _goods(read, "Ottawa banned Canadian imports of Iranian oil.", "imports") == ["oil"]


def test_purchases_name_their_goods_too(read: Reader) -> None:
    text = "Biden would sign a ban on U.S. purchases of seafood."
    assert _goods(read, text, "purchases") == ["seafood"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Washington imposed tariffs on Chinese imports.", "imports"),  # the origin, no goods
        ("Kyiv imposed a ban on exports of Russian grain.", "exports"),  # no trade bought
    ],
)
def test_no_goods_without_of_or_off_the_list(read: Reader, text: str, noun: str) -> None:
    assert _goods(read, text, noun) is None
