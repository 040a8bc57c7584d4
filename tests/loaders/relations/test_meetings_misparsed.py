"""Meetings the parser hides: a second party after the first one's description ("A, Trump's
envoy, and B met"), a subject read as the object of "after" ("two days after A, an envoy, met
B"), a "when" clause under a negated order ("told B not to meddle when the two met"), and
meetings worded as "joined A at the ministry", "raised X with B at a meeting", "led talks with"."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Wendy Sherman, the U.S. deputy secretary of state, and Russian Deputy Foreign "
            "Minister Sergei Ryabkov met at the U.S. mission in Geneva.",
            "Wendy Sherman",
            "Sergei Ryabkov",
        ),
        (
            "The strike came two days after Amos Hochstein, Biden's special envoy, met Speaker "
            "Nabih Berri for more than three hours in Beirut.",
            "Amos Hochstein",
            "Nabih Berri",
        ),
        (
            "Biden told Chinese President Xi Jinping not to interfere in Taiwan when the two "
            "met in Bali on Monday.",
            "Biden",
            "Xi Jinping",
        ),
        (
            "Blinken joined Indian Foreign Minister Subrahmanyam Jaishankar at the foreign "
            "ministry in New Delhi.",
            "Blinken",
            "Subrahmanyam Jaishankar",
        ),
        (
            "Dutch Prime Minister Mark Rutte raised the detention with Chinese Premier Li Qiang "
            "at a meeting in Tianjin.",
            "Mark Rutte",
            "Li Qiang",
        ),
        (
            "Trade Commissioner Valdis Dombrovskis, who led months of negotiations with "
            "Indonesian Trade Minister Zulkifli Hasan, welcomed the deal.",
            "Valdis Dombrovskis",
            "Zulkifli Hasan",
        ),
    ],
)
def test_hidden_meeting(extractor: Extractor, text: str, a: str, b: str) -> None:
    assert met(extracted_triples(extractor, text), a, b)


@pytest.mark.parametrize(
    "text",
    [
        # one person described twice is no meeting
        "Wendy Sherman, the U.S. deputy secretary of state and a veteran of talks with Iran, "
        "met reporters in Geneva.",
        # raising a matter with a state, not in person
        "The Netherlands raised the detention with China at the United Nations.",
        # envoys called home to consult their own government
        "Argentina, Chile and Peru said they would recall their ambassadors from Managua for "
        "consultations.",
        # joined in an act, not at a place
        "Blinken joined Jaishankar in condemning the attack in Kashmir.",
    ],
)
def test_no_meeting(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not {f for f in found if f[1] == "MET_WITH"}
