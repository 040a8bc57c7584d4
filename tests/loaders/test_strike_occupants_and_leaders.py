"""Who a strike or an attack is on and by, read from wordings around the trigger: the troops a
struck base houses or the side that uses a struck site ("bases housing U.S. troops", "a depot
used by Hezbollah"); the leader of an act ("the Hamas-led raid"); who steps attacks up; the war
verb "battle". Near misses stay silent: threats, refugees housed, an act merely brokered.
Sentences of our own wording, read through the whole extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the host state is named, the occupant is whom the missiles were aimed at
            "Overnight Iran launched a salvo of rockets at three Jordanian bases housing "
            "American soldiers, officials said.",
            ("Iran", "ATTACKED", "United States"),
        ),
        (  # "bases" is lemmatised "basis" by the tagger: still a site
            "Tehran fired drones at bases hosting U.S. troops in Syria last year.",
            ("Iran", "ATTACKED", "United States"),
        ),
        (  # the user of the site, on a conjunct of the site noun
            "U.S. jets hit four depots in Syria and two in Iraq used by Kataib Hezbollah, "
            "the Pentagon said.",
            ("United States", "ATTACKED", "Kataib Hezbollah"),
        ),
        (
            "Israeli warplanes bombed a weapons depot used by Hamas near Rafah on Tuesday.",
            ("Israel", "ATTACKED", "Hamas"),
        ),
        (  # the leader of an act does it
            "Thousands fled during the Hamas-led raid on southern Israel that autumn.",
            ("Hamas", "ATTACKED", "Israel"),
        ),
        (  # who steps attacks up carries them out
            "The Houthis have stepped up missile attacks on Saudi Arabia this spring.",
            ("Houthis", "ATTACKED", "Saudi Arabia"),
        ),
        (
            "The Houthis, who have been battling Saudi troops along the border for years, "
            "turned down the offer.",
            ("Houthis", "ATTACKED", "Saudi Arabia"),
        ),
    ],
)
def test_a_strike_on_its_occupant_by_its_leader(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (  # a threat: no strike was read, so no occupant either
            "Iran warned it could fire missiles at bases housing U.S. troops in the region.",
            ("Iran", "ATTACKED", "United States"),
        ),
        (  # hosting troops is no strike
            "Iraq has long hosted bases housing U.S. troops near Baghdad.",
            ("Iraq", "ATTACKED", "United States"),
        ),
        (  # a brokered act is not the broker's
            "Rebels agreed to a U.S.-brokered pause in attacks on Sudan's army.",
            ("United States", "ATTACKED", "Sudan"),
        ),
        (  # stepping up aid is no attack
            "Germany has stepped up deliveries of tanks to Ukraine this year.",
            ("Germany", "ATTACKED", "Ukraine"),
        ),
    ],
)
def test_no_strike_without_one(
    extractor: Extractor, text: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in extracted_triples(extractor, text)
