"""Custody in the wordings news uses beyond "X arrested Y": the prison or custody a state owns,
prisoners spoken of as a group, lists of the freed, swaps, sentences by a court. Read by the
whole extractor (actor stage included) on sentences of our own wording, with negatives beside
each positive."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

OKAFOR, LINDEN, MARSH = "Daniel Okafor", "Sarah Linden", "Peter Marsh"


# -- the custody or prison a state owns ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state", "person"),
    [
        ("Daniel Okafor returned home after five years in Iranian custody.", "Iran", OKAFOR),
        ("Sarah Linden flew home after three years in a Russian prison.", "Russia", LINDEN),
        ("Daniel Okafor remains in custody in Iran.", "Iran", OKAFOR),
        ("Sarah Linden remains in detention in Russia.", "Russia", LINDEN),
        ("Sarah Linden died in Russian custody in 2023.", "Russia", LINDEN),
        ("Daniel Okafor was freed on Friday. He had spent five years in an Iranian jail.", "Iran",
         OKAFOR),
        ("Britain called for the release of Daniel Okafor, who remains in custody in Iran.",
         "Iran", OKAFOR),
        ("Daniel Okafor and Sarah Linden remain in Iranian custody.", "Iran", LINDEN),
        ("Daniel Okafor, who spent four years in an Iranian jail, returned home.", "Iran", OKAFOR),
    ],
)  # fmt: skip
def test_held_in_a_states_custody_is_held_by_it(
    extractor: Extractor, text: str, state: str, person: str
) -> None:
    assert (state, "DETAINED", person) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Okafor was released from an Iranian prison on Tuesday.",
        "Daniel Okafor was freed on Friday. He had spent five years in an Iranian jail.",
    ],
)
def test_freed_from_a_states_prison_is_freed_by_it(extractor: Extractor, text: str) -> None:
    assert ("Iran", "RELEASED", OKAFOR) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Okafor worked for five years in an Iranian prison as a guard.",
        "Daniel Okafor said conditions in Iranian prisons were harsh.",
        "Daniel Okafor was never in Iranian custody.",
        "Daniel Okafor could remain in Russian custody for years.",
        "Daniel Okafor denied that he had spent time in a Russian jail.",
        "Iran denied holding Daniel Okafor in custody.",
        "Daniel Okafor hopes to be freed from Iranian custody soon.",
        "Daniel Okafor could be released from a Russian prison as part of a swap.",
    ],
)
def test_no_stay_in_custody_holds_nobody(extractor: Extractor, text: str) -> None:
    assert not any(kind == "DETAINED" for _, kind, _ in extracted_triples(extractor, text))


# -- prisoners spoken of as a group ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "people"),
    [
        ("Daniel Okafor and Sarah Linden were arrested in 2021 on spying charges. Iran freed "
         "the two Americans on Monday.", "RELEASED", (OKAFOR, LINDEN)),
        ("Daniel Okafor, Sarah Linden and Peter Marsh flew home on Thursday. Iran had held the "
         "three Americans for years.", "DETAINED", (OKAFOR, LINDEN, MARSH)),
        ("Daniel Okafor and Sarah Linden landed in Washington. The prisoners were released by "
         "Iran in a deal brokered by Qatar.", "RELEASED", (OKAFOR, LINDEN)),
        ("The five Americans released by Iran included Daniel Okafor and Sarah Linden.",
         "RELEASED", (OKAFOR, LINDEN)),
        ("The prisoners released by Iran included Daniel Okafor, a businessman.", "RELEASED",
         (OKAFOR,)),
        # the list right after the count, whatever the parser hangs it on; officials thanked
        # in the next sentence are not the two
        ("The swap came a day after Iran freed two Americans, aid worker Daniel Okafor "
         "and businessman Peter Marsh, and handed over the remains of a third. Robert O'Brien "
         "thanked Sultan Haitham bin Tariq and King Salman.", "RELEASED", (OKAFOR, MARSH)),
        ("Iran detained two Americans, Daniel Okafor and Sarah Linden, on Monday.", "DETAINED",
         (OKAFOR, LINDEN)),
    ],
)  # fmt: skip
def test_a_group_of_prisoners_is_each_named_member(
    extractor: Extractor, text: str, kind: str, people: tuple[str, ...]
) -> None:
    found = extracted_triples(extractor, text)
    for person in people:
        assert ("Iran", kind, person) in found


@pytest.mark.parametrize(
    "text",
    [
        # officials named before are no prisoners
        "Antony Blinken and Joe Biden met in Washington. Iran freed the two Americans on Monday.",
        # a count that does not fit the names
        "Daniel Okafor and Sarah Linden were arrested in Iran. The three prisoners were freed.",
        "The five Americans released by Iran did not include Daniel Okafor and Sarah Linden.",
        "Daniel Okafor and Sarah Linden were arrested in Iran. Iran did not free the two "
        "Americans.",
        "Daniel Okafor and Sarah Linden were arrested in Iran. The detainees could be freed "
        "next week.",
        # no names after the count's comma; the next sentence's people act on their own
        "Iran freed two Americans, one of them a journalist, on Monday. Daniel Okafor and "
        "Sarah Linden thanked Qatar.",
    ],
)
def test_no_group_release_frees_nobody(extractor: Extractor, text: str) -> None:
    assert not any(kind == "RELEASED" for _, kind, _ in extracted_triples(extractor, text))


# -- lists of the freed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Among the prisoners Iran freed were Daniel Okafor and Sarah Linden.", (OKAFOR, LINDEN)),
        ("Among the prisoners whom Iran released was Daniel Okafor.", (OKAFOR,)),
        ("Those released by Iran included Daniel Okafor, a British engineer.", (OKAFOR,)),
        ("Those who were freed by Iran included Daniel Okafor.", (OKAFOR,)),
        ("Daniel Okafor and Sarah Linden were among 16 prisoners released by Iran on Thursday.",
         (OKAFOR, LINDEN)),
        ("Iran freed 12 prisoners, among them Daniel Okafor and Sarah Linden.", (OKAFOR, LINDEN)),
    ],
)  # fmt: skip
def test_the_listed_freed_are_freed_by_the_releaser(
    extractor: Extractor, text: str, people: tuple[str, ...]
) -> None:
    found = extracted_triples(extractor, text)
    for person in people:
        assert ("Iran", "RELEASED", person) in found


@pytest.mark.parametrize(
    "text",
    [
        # two releasers of one group: who freed whom is unsaid
        "Among the prisoners Iran and Belarus freed were Daniel Okafor and Sarah Linden.",
        "Among the prisoners Iran refused to free were Daniel Okafor and Sarah Linden.",
        "Daniel Okafor was not among the prisoners freed by Iran.",
    ],
)
def test_no_listed_release_frees_nobody(extractor: Extractor, text: str) -> None:
    assert not any(kind == "RELEASED" for _, kind, _ in extracted_triples(extractor, text))


# -- courts where they sit, and a participle joined to a passive ------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Daniel Okafor was sentenced to 16 years by a court in Russia.", "Russia"),
        ("A court in Tehran sentenced Daniel Okafor to ten years for spying.", "Iran"),
    ],
)
def test_a_court_in_a_state_is_the_state(extractor: Extractor, text: str, state: str) -> None:
    assert (state, "DETAINED", OKAFOR) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        ("Daniel Okafor was arrested in Russia in March and accused of spying for the CIA.",
         "ACCUSED", "Russia"),
        ("Daniel Okafor was detained in Iran last year and charged with espionage.", "ACCUSED",
         "Iran"),
        ("Daniel Okafor was detained in Iran last year and later released.", "RELEASED", "Iran"),
        ("Iran freed Daniel Okafor on Saturday. Okafor was arrested in 2022 and was later tried "
         "on charges of spying for Israel.", "ACCUSED", "Iran"),
        ("Daniel Okafor remains jailed in Iran.", "DETAINED", "Iran"),
        ("Several other Britons remain jailed in Iran, among them Daniel Okafor, a teacher "
         "serving a ten-year sentence for spying.", "ACCUSED", "Iran"),
    ],
)  # fmt: skip
def test_a_participle_joined_to_a_passive_shares_its_subject(
    extractor: Extractor, text: str, kind: str, state: str
) -> None:
    assert (state, kind, OKAFOR) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Okafor was detained in Iran last year but never charged with a crime.",
        "Daniel Okafor was detained in Iran last year and admitted the charges.",
        "Daniel Okafor was detained in Iran and is not charged with any crime.",
        "Daniel Okafor does not remain jailed in Iran.",
    ],
)
def test_no_joined_charge_accuses_nobody(extractor: Extractor, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in extracted_triples(extractor, text))
    if "remain" in text:
        assert not any(kind == "DETAINED" for _, kind, _ in extracted_triples(extractor, text))


# -- a detainee spoken of again by the noun that described them ------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iran released Daniel Okafor, a British engineer, on Tuesday. The engineer had been "
         "held for four years.", "DETAINED"),
        ("Iran released British engineer Daniel Okafor on Tuesday. The engineer had been "
         "sentenced to ten years for espionage.", "ACCUSED"),
    ],
)  # fmt: skip
def test_the_described_noun_is_the_person_described(
    extractor: Extractor, text: str, kind: str
) -> None:
    assert ("Iran", kind, OKAFOR) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # two people described alike: "the engineer" is neither
        "Iran released Daniel Okafor, a British engineer, and Sarah Linden, an American "
        "engineer. The engineer had been held for four years.",
        # never described so
        "Iran released Daniel Okafor on Tuesday. The engineer had been held for four years.",
    ],
)
def test_an_undescribed_noun_is_nobody(extractor: Extractor, text: str) -> None:
    # the release itself says Iran held whom it freed (freed_held); "the engineer" adds no one
    first = text.split(". The engineer")[0] + "."
    detained = {t for t in extracted_triples(extractor, text) if t[1] == "DETAINED"}
    assert detained == {t for t in extracted_triples(extractor, first) if t[1] == "DETAINED"}


def test_a_plural_apposition_after_a_list_describes_all_of_it(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Among those freed were Tomeu Vadell, Jose Luis Zambrano and Alirio Zambrano, executives "
        "of Citgo who were arrested in Caracas in 2017.",
    )
    held = {t for s, kind, t in found if (s, kind) == ("Venezuela", "DETAINED")}
    assert held == {"Tomeu Vadell", "Jose Luis Zambrano", "Alirio Zambrano"}


# -- the crime hung on the place of the term ---------------------------------------------------


def test_a_crime_after_the_place_of_the_term_is_a_charge(extractor: Extractor) -> None:
    # "for treason" hangs on "colony", the place of the term
    text = "A Russian court sentenced Daniel Okafor to nine years in a penal colony for treason."
    assert ("Russia", "ACCUSED", OKAFOR) in extracted_triples(extractor, text)


def test_a_term_served_somewhere_is_no_charge(extractor: Extractor) -> None:
    text = "A Russian court sentenced Daniel Okafor to nine years in a penal colony for men."
    assert not any(kind == "ACCUSED" for _, kind, _ in extracted_triples(extractor, text))
