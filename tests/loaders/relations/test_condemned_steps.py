"""A condemnation of "the expulsion" with no doer of its own is aimed at the one side the
story's relation of that kind names (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_STEP = "Egypt declared two Iranian diplomats persona non grata on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        _STEP + "Ethiopia criticised the expulsion on Monday.",
        _STEP + "Cairo said they had meddled. Ethiopia criticised the expulsion on Monday.",
    ],
)
def test_the_expulsion_is_condemned_on_whoever_expelled(read: Reader, text: str) -> None:
    assert ("Ethiopia", "CONDEMNED", "Egypt") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia criticised the expulsion on Monday.",  # no expulsion told
        _STEP + "Ethiopia criticised the expulsion by Uganda.",  # its own doer
        "Israel and Egypt traded strikes on Monday. Ethiopia condemned the strikes.",  # two sides
    ],
)
def test_no_step_or_no_single_doer_leaves_it_unaimed(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert ("Ethiopia", "CONDEMNED", "Egypt") not in found
    assert ("Ethiopia", "CONDEMNED", "Israel") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Egypt signed a trade pact with Uganda on Monday. Qatar criticised the pact as a betrayal.",
        "Egypt signed a trade pact with Uganda on Monday. Officials in both capitals praised it. "
        "Qatar denounced the pact as a betrayal.",
    ],
)
def test_the_deal_is_condemned_on_all_its_parties(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert ("Qatar", "CONDEMNED", "Egypt") in found
    assert ("Qatar", "CONDEMNED", "Uganda") in found


def test_the_visit_is_condemned_on_the_visitor(read: Reader) -> None:
    text = "Anna Berg visited Egypt on Monday. China condemned the visit."
    assert ("China", "CONDEMNED", "Anna Berg") in triples(read(text))


def test_a_strike_only_blamed_on_someone_is_no_ones(read: Reader) -> None:
    text = "Iran blamed Israel for the strike on its embassy. Qatar condemned the strike."
    assert ("Qatar", "CONDEMNED", "Israel") not in triples(read(text))


def test_naming_the_visit_without_blame_condemns_nobody(read: Reader) -> None:
    text = "Anna Berg visited Egypt on Monday. Qatar described the visit as a strong boost."
    assert ("Qatar", "CONDEMNED", "Anna Berg") not in triples(read(text))


def test_a_day_owning_the_act_is_no_doer(read: Reader) -> None:
    text = "Azerbaijan launched airstrikes on Armenia on Sunday. Egypt condemned Sunday's strikes."
    assert ("Egypt", "CONDEMNED", "Azerbaijan") in triples(read(text))


def test_tariffs_are_condemned_on_whoever_imposed_them(read: Reader) -> None:
    text = "Egypt imposed tariffs on Uganda on Monday. Qatar criticised the tariffs."
    assert ("Qatar", "CONDEMNED", "Egypt") in triples(read(text))


def test_an_act_named_by_whom_it_hit_picks_its_doer(read: Reader) -> None:
    text = (
        "Iran fired missiles at Armenia on Monday. Israel struck Uganda on Tuesday. "
        "Egypt condemned the strikes on Armenia."
    )
    found = triples(read(text))
    assert ("Egypt", "CONDEMNED", "Iran") in found
    assert ("Egypt", "CONDEMNED", "Israel") not in found


_FILLER = (
    "Officials met in Geneva on Tuesday. The talks covered grain exports. Aid groups asked for "
    "access. Prices rose sharply. Markets fell on the news. Shipping firms paused routes. "
    "Diplomats were cautious. Analysts saw little progress. Farmers protested in the capital. "
)


def test_the_story_s_own_act_answers_from_the_top(read: Reader) -> None:
    text = (
        "CAIRO, May 3 - Tensions rose across the region on Sunday. Egypt declared two Iranian "
        "diplomats persona non grata. " + _FILLER + "Ethiopia criticised the expulsion."
    )
    assert ("Ethiopia", "CONDEMNED", "Egypt") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # two sides struck: a day names which strikes, not whose
        "Azerbaijan and Armenia traded strikes on Sunday. Egypt condemned Sunday's strikes.",
        # two sides struck and nothing says which were condemned
        "Iran fired missiles at Armenia on Monday. Israel struck Uganda on Tuesday. "
        "Egypt condemned the strikes.",
        # a tariff only mooted was never imposed
        "Egypt may impose tariffs on Uganda. Qatar criticised Monday's tariffs.",
        # an act told far down the story is no longer in reach
        "CAIRO, May 3 - Tensions rose across the region on Sunday. Officials gave no reason. "
        "Egypt declared two Iranian diplomats persona non grata. "
        + _FILLER
        + "Ethiopia criticised the expulsion.",
    ],
)
def test_no_single_told_doer_leaves_the_act_unaimed(read: Reader, text: str) -> None:
    found = {t for t in triples(read(text)) if t[1] == "CONDEMNED"}
    assert not found
