"""A detention told with no doer is the story's one jailer's; a subjunctive release is asked
for, not done; custody "under house arrest in X" is X's (model-backed, sentences of our own
wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_ROWS: list[ActorRow] = [
    *ACTORS,
    ("Lena Ostrova", "PERSON", None, ("Ostrova",)),
    ("Hamas", "ORGANIZATION", None, ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, _ROWS)


@pytest.mark.parametrize(
    "text",
    [
        "Iran freed Keller on Monday. Ostrova, a teacher arrested in 2021, was sentenced to "
        "six years in prison on charges of espionage.",
        "Iran detained two French nationals last month. Ostrova was arrested in 2020 and "
        "has been held since then.",
        "Tehran released Keller after two years. Ostrova, who was detained with him, remains "
        "behind bars.",
    ],
)
def test_a_detention_without_doer_is_the_one_jailers(read_more: Reader, text: str) -> None:
    assert ("Iran", "Lena Ostrova") in pairs(read_more(text), "DETAINED")


def test_the_charge_and_the_release_follow_the_jailer(read_more: Reader) -> None:
    text = (
        "Iran freed Keller on Monday. Ostrova, a teacher arrested in 2021, was sentenced to six "
        "years on charges of espionage. She was freed on Friday."
    )
    found = triples(read_more(text))
    assert ("Iran", "ACCUSED", "Lena Ostrova") in found
    assert ("Iran", "RELEASED", "Lena Ostrova") in found


@pytest.mark.parametrize(
    "text",
    [
        # two jailers: who held whom is not guessed
        "Iran freed Keller and Israel released 30 prisoners. Ostrova was arrested in 2020.",
        # a doer named but not known as an actor
        "Iran freed Keller on Monday. Soldiers detained Ostrova in 2020.",
        # holding talks or a chair is no custody
        "Russia held talks with China on Monday. Ostrova was arrested in 2020.",
        # a term of office is no prison term
        "Iran freed Keller last year. The vote gave Ostrova a second consecutive term.",
        # a warrant not executed
        "Iran freed Keller last year. A court issued a warrant for Ostrova's arrest.",
        # a jailer named that the actors do not know: maybe another jailer
        "Hezbollah freed two hostages and Israel released 30 prisoners. Ostrova was seized "
        "in 2023.",
    ],
)
def test_no_jailer_guessed(read_more: Reader, text: str) -> None:
    assert not {t for t in pairs(read_more(text), "DETAINED") if t[1] == "Lena Ostrova"}


def test_a_group_of_no_state_is_the_jailer(read_more: Reader) -> None:
    text = "Hamas freed Keller on Sunday. Ostrova was abducted from her home in 2023."
    assert ("Hamas", "Lena Ostrova") in pairs(read_more(text), "DETAINED")


def test_house_arrest_in_a_state_is_its_custody(read_more: Reader) -> None:
    text = "Keller has been held under house arrest in Ukraine since his arrest in 2019."
    assert ("Ukraine", "Tom Keller") in pairs(read_more(text), "DETAINED")


@pytest.mark.parametrize(
    "text",
    [
        "Russia detained Berg in March. Moscow ignored repeated demands over the months that "
        "Berg be released.",
        "Russia detained Berg in March. Her family insisted that Berg be freed at once.",
        "Russia detained Berg in March. Washington has asked that Berg be released.",
    ],
)
def test_a_subjunctive_release_is_asked_for(read_more: Reader, text: str) -> None:
    assert ("Russia", "Anna Berg") not in pairs(read_more(text), "RELEASED")
