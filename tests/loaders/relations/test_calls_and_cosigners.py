"""Who calls on whom when the parse hides the caller, and who signs with whom: "said he was
disappointed and urged X" (the call joined to an adjective), "passed a resolution calling on X"
(the text speaks for who issued it), "said the threat did not come from China and called on X"
(the call is not under "did not"), "signed an order imposing tariffs on X"; and the co-signers
of one deal with a third party ("A, B and C signed an agreement with D")."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China expelled three reporters. Mark Thompson, publisher of the Times and chief "
            "executive of its parent company, said he was deeply disappointed and urged Chinese "
            "authorities to reconsider.",
            ("Mark Thompson", "URGED", "China"),
        ),
        (
            "The International Atomic Energy Agency's Board of Governors on Friday passed a "
            "resolution calling on Iran to grant inspectors access to two sites.",
            ("Board of Governors", "URGED", "Iran"),
        ),
        (
            "Modi said the tensions did not come from India and called on Pakistan to dismantle "
            "militant camps.",
            ("Modi", "URGED", "Pakistan"),
        ),
        (
            "Trump signed an order on Saturday imposing 25% tariffs on most imports from "
            "Colombia and Peru.",
            ("Trump", "SANCTIONED", "Peru"),
        ),
        (
            "The leaders of Argentina, Brazil, Paraguay and Uruguay signed a convention on river "
            "navigation in Asuncion.",
            ("Argentina", "SIGNED_AGREEMENT_WITH", "Uruguay"),
        ),
        (
            "Japan, India and Australia signed an agreement with Sri Lanka on Monday to build a "
            "container terminal in Colombo.",
            ("Japan", "SIGNED_AGREEMENT_WITH", "India"),
        ),
    ],
)
def test_hidden_caller_or_signer(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    source, kind, target = expected
    found = extracted_triples(extractor, text)
    assert (source, kind, target) in found or (
        kind == "SIGNED_AGREEMENT_WITH" and (target, kind, source) in found
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # blocking a statement is no support of what it said
        (
            "Hungary blocked a joint statement endorsing Guaido, leaving members to act alone.",
            ("Hungary", "SUPPORTED", "Guaido"),
        ),
        # one document each: the co-signers signed nothing together
        (
            "Serbia and Kosovo each signed a separate document with the United States.",
            ("Serbia", "SIGNED_AGREEMENT_WITH", "Kosovo"),
        ),
        # a state's curbs on its own firms are no sanction of itself
        (
            "Trump signed an executive order barring U.S. firms from using equipment made by "
            "companies deemed a security risk.",
            ("Trump", "SANCTIONED", "United States"),
        ),
        # an order that targets with measures is no strike
        (
            "Trump signed an executive order targeting Iran's metals sector.",
            ("Trump", "ATTACKED", "Iran"),
        ),
    ],
)
def test_no_reading(extractor: Extractor, text: str, wrong: tuple[str, str, str]) -> None:
    source, kind, target = wrong
    found = extracted_triples(extractor, text)
    assert (source, kind, target) not in found and (target, kind, source) not in found
