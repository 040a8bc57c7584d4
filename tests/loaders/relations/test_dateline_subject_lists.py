"""A first sentence filed under a wire dateline whose subject is a list of names: the small
parser hangs the first name on a dateline word ("Reuters", the city), so a later "the two
leaders" finds only the last name of the list and pairs it with the guest instead. The tree is
repaired right after the parser, so the list is the verb's subject again."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_the_two_leaders_are_the_listed_hosts_not_the_guest(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "OSLO, May 2 (Reuters) - Danish Prime Minister Mette Frederiksen and German Chancellor "
        "Olaf Scholz met Polish President Andrzej Duda on Friday. The two leaders urged Hungary "
        "to drop its veto.",
    )
    assert ("Mette Frederiksen", "URGED", "Hungary") in found
    assert ("Olaf Scholz", "URGED", "Hungary") in found
    assert ("Andrzej Duda", "URGED", "Hungary") not in found


def test_both_leaders_after_a_dateline_are_the_first_list(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "ROME, June 9 (Reuters) - French President Emmanuel Macron and Italian Prime Minister "
        "Giorgia Meloni received Tunisian President Kais Saied on Monday. Both leaders "
        "criticised Russia for blocking grain exports.",
    )
    assert ("Emmanuel Macron", "CONDEMNED", "Russia") in found
    assert ("Giorgia Meloni", "CONDEMNED", "Russia") in found
    assert ("Kais Saied", "CONDEMNED", "Russia") not in found


def test_a_single_subject_after_a_dateline_keeps_its_meeting(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "NAIROBI, May 2 (Reuters) - Kenyan President William Ruto met Ugandan President "
        "Yoweri Museveni on Tuesday in Kampala.",
    )
    assert ("William Ruto", "MET_WITH", "Yoweri Museveni") in found


def test_a_list_hung_whole_on_the_dateline_is_the_subject_again(extractor: Extractor) -> None:
    # several words of the first sentence hang on the dateline: it is parsed again without it
    found = extracted_triples(
        extractor,
        "BERLIN, Feb 6 - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham "
        "Aliyev agreed at their first meeting to reopen rail links. The two leaders met in Berlin "
        "on Tuesday for talks hosted by German Chancellor Olaf Scholz.",
    )
    assert ("Nikol Pashinyan", "MET_WITH", "Olaf Scholz") in found
    assert ("Ilham Aliyev", "MET_WITH", "Olaf Scholz") in found


def test_the_two_leaders_after_a_short_dateline_are_the_listed_pair(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "ROME, Feb 6 - Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti "
        "agreed at their talks to exchange prisoners. The two leaders met in Rome on Tuesday for "
        "talks hosted by Italian Prime Minister Giorgia Meloni.",
    )
    assert ("Aleksandar Vucic", "MET_WITH", "Giorgia Meloni") in found
    assert ("Albin Kurti", "MET_WITH", "Giorgia Meloni") in found
