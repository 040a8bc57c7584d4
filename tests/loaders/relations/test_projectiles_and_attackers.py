"""Fire aimed through the projectile ("launched drones towards X", "opened fire on X") and an
attack whose target the parser hung on its "by" agent ("an attack by Hezbollah fighters on
Israel"); threats and aims at no side stay silent (model-backed, sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Hezbollah", "ORGANIZATION", None, ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


def _attacks(doc: Doc) -> set[tuple[str, str]]:
    return {(s, t) for s, k, t in triples(doc) if k == "ATTACKED"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Late on Friday Iran launched dozens of drones and missiles towards Israel.", None),
        ("Overnight Iran launched about 60 drones towards Israel, officials said.", None),
        ("Iranian forces opened fire on Israeli troops near the border.", None),
        ("The raid began with an attack by Hezbollah fighters on Israel before dawn.", None),
    ],
)
def test_aimed_fire_and_the_attackers_attack(
    read_more: Reader, text: str, pair: tuple[str, str] | None
) -> None:
    expected = pair or (("Hezbollah", "Israel") if "Hezbollah" in text else ("Iran", "Israel"))
    assert expected in _attacks(read_more(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran launched a new satellite into orbit on Friday.",
        "Iran threatened to launch drones towards Israel.",
        "Israel opened its embassy in Egypt on Sunday.",
        "A report on the attack by Hezbollah fighters on Monday reached Israel.",
    ],
)
def test_no_aim_no_attack(read_more: Reader, text: str) -> None:
    assert not _attacks(read_more(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired two ballistic missiles into the sea off Israel's coast on Sunday.",
        "Iran launched five missiles into Israel's exclusive economic zone during the drills.",
    ],
)
def test_a_launch_into_waters_attacks_no_one(read_more: Reader, text: str) -> None:
    assert _attacks(read_more(text)) == set()
