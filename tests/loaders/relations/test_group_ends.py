"""Groups as relation ends (relations/group_ends.py), read by the whole extractor: "the
leaders", "the three", "the pair", "both sides" and a next sentence's "They" for the parties of
a meeting or a list named before. Sentences of our own wording: each member acts on its own
("they condemned X" is each CONDEMNED X), counts and kinds must fit, and negation, refusal and
hedges still decide."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model

_SUMMIT = (
    "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean "
    "President Yoon Suk Yeol at Camp David on Friday. "
)
_THREE = ("Joe Biden", "Fumio Kishida", "Yoon Suk Yeol")


@pytest.mark.parametrize(
    ("follow", "kind", "target"),
    [
        ("In their statement, the leaders condemned China's aggression.", "CONDEMNED", "China"),
        ("The three leaders criticised North Korea's launches.", "CONDEMNED", "North Korea"),
        ("The three reaffirmed their support for Ukraine.", "SUPPORTED", "Ukraine"),
        ("The leaders urged Russia to withdraw its troops.", "URGED", "Russia"),
    ],
)
def test_the_leaders_after_a_summit_are_each_of_its_parties(
    extractor: Extractor, follow: str, kind: str, target: str
) -> None:
    found = extracted_triples(extractor, _SUMMIT + follow)
    assert all((member, kind, target) in found for member in _THREE)


def test_they_in_the_next_sentence_is_the_group_that_acted_before(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        _SUMMIT + "The leaders condemned China's conduct at sea. "
        "They also denounced North Korea's nuclear tests.",
    )
    assert all((member, "CONDEMNED", "North Korea") in found for member in _THREE)


def test_a_joint_statement_of_the_leaders_is_signed_by_each_with_each(
    extractor: Extractor,
) -> None:
    found = extracted_triples(extractor, _SUMMIT + "The leaders adopted a joint statement.")
    assert ("Fumio Kishida", "SIGNED_AGREEMENT_WITH", "Yoon Suk Yeol") in found
    assert ("Joe Biden", "SIGNED_AGREEMENT_WITH", "Fumio Kishida") in found


@pytest.mark.parametrize(
    ("text", "pair", "kind", "target"),
    [
        (
            "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. "
            "The two leaders condemned Russia's attacks.",
            ("Emmanuel Macron", "Olaf Scholz"),
            "CONDEMNED",
            "Russia",
        ),
        (
            "Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on Tuesday. "
            "They urged Iran to free the detained Europeans.",
            ("Olaf Scholz", "Emmanuel Macron"),
            "URGED",
            "Iran",
        ),
        (
            "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing. "
            "The pair discussed trade and condemned North Korea's nuclear tests.",
            ("Antony Blinken", "Wang Yi"),
            "CONDEMNED",
            "North Korea",
        ),
        (
            "Secretary of State Antony Blinken hosted Foreign Minister Wang Yi in Washington. "
            "Both sides condemned North Korea's missile tests.",
            ("Antony Blinken", "Wang Yi"),
            "CONDEMNED",
            "North Korea",
        ),
        (
            "Germany and France signed a defence pact. They also condemned Iran's drone "
            "deliveries to Russia.",
            ("Germany", "France"),
            "CONDEMNED",
            "Iran",
        ),
    ],
)
def test_a_pair_named_by_a_meeting_or_a_list_acts_as_each_member(
    extractor: Extractor, text: str, pair: tuple[str, str], kind: str, target: str
) -> None:
    found = extracted_triples(extractor, text)
    assert {(pair[0], kind, target), (pair[1], kind, target)} <= found


def test_the_two_countries_after_their_leaders_met_are_the_leaders_states(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow. "
        "The two countries signed a deal on gas supplies.",
    )
    assert ("China", "SIGNED_AGREEMENT_WITH", "Russia") in found or (
        "Russia",
        "SIGNED_AGREEMENT_WITH",
        "China",
    ) in found


def test_the_two_leaders_signing_is_an_agreement_between_them(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky "
        "in Istanbul. The two leaders signed an agreement on grain exports.",
    )
    pair = ("Recep Tayyip Erdogan", "Volodymyr Zelensky")
    assert (pair[0], "SIGNED_AGREEMENT_WITH", pair[1]) in found or (
        pair[1],
        "SIGNED_AGREEMENT_WITH",
        pair[0],
    ) in found


@pytest.mark.parametrize(
    "text",
    [
        # the count does not fit the meeting's two parties
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Rome. "
        "The three leaders condemned Russia.",
        # the office does not fit: foreign ministers are no presidents
        "Secretary of State Antony Blinken welcomed Foreign Minister Sergei Lavrov to Geneva. "
        "The two presidents condemned Russia.",
        # negated and refused: the group carries the modality
        "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing. "
        "They did not condemn Russia.",
        "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing. "
        "They refused to condemn Russia.",
        # "they" whose sentence before has a plural subject that names nobody
        "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing. "
        "The talks lasted three hours. They condemned Russia.",
        # a speaker's "they" inside a quotation
        "Chancellor Olaf Scholz spoke with President Emmanuel Macron. "
        '"They condemned Russia too late," Scholz said of the critics.',
        # leaders named by what follows are not the meeting's parties
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. "
        "The leaders of the opposition condemned Russia.",
    ],
)
def test_a_group_that_does_not_fit_or_did_not_act_condemns_nobody(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "CONDEMNED" and target == "Russia" for _, kind, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti travelled to "
        "Brussels, but the two leaders did not meet.",
        "Vucic and Kurti were both in Brussels on Thursday. The two leaders never sat down "
        "together.",
    ],
)
def test_a_group_that_never_met_meets_nobody(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "MET_WITH" for _, kind, _ in found)


def test_one_delegation_is_not_the_two_sides(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Foreign Minister Sergey Lavrov and Kremlin adviser Yuri Ushakov flew to Riyadh. "
        "The two sides signed a memorandum.",
    )
    assert not any(kind == "SIGNED_AGREEMENT_WITH" for _, kind, _ in found)


def test_an_unnamed_pair_in_the_clause_before_blocks_an_earlier_one(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "Secretary of State Antony Blinken spoke with Foreign Minister Wang Yi. Officials said "
        "the army chief had called his counterpart and the two condemned Russia.",
    )
    assert met(found, "Antony Blinken", "Wang Yi")
    assert not any(kind == "CONDEMNED" for _, kind, _ in found)


def _met_status(extractor: Extractor, text: str) -> set[str]:
    article = Article(id="article:t", text=text, published=date(2024, 3, 4))
    found = extractor.extract(article)
    return {r.status.value for r in found.relations if r.type.value == "MET_WITH"}


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("will meet Foreign Minister Sergey Lavrov next week", {"PLANNED"}),
        ("is due to meet Foreign Minister Sergey Lavrov in Geneva", {"PLANNED"}),
        ("met Foreign Minister Sergey Lavrov on Monday", {"OCCURRED"}),
        ("will not meet Foreign Minister Sergey Lavrov this year", set()),
    ],
)
def test_a_meeting_noun_set_after_its_clause_is_that_clause_s_meeting(
    extractor: Extractor, clause: str, status: set[str]
) -> None:
    """ "..., the first meeting between the two since the war": the same meeting (restated.py),
    planned, held or off as its clause says."""
    text = f"Secretary of State Antony Blinken {clause}, the first meeting between the two since."
    assert _met_status(extractor, text) == status


_OPENING = (
    "Joe Biden and Vladimir Putin held their first summit in Geneva on Wednesday. "
    "The villa was guarded by hundreds of police. "
    "Swiss officials had prepared the venue for weeks. "
    "Reporters waited outside in the heat. "
)


@pytest.mark.parametrize(
    ("follow", "pair"),
    [
        ("The two presidents condemned Iran's nuclear programme.", ("Joe Biden", "Vladimir Putin")),
        ("The pair also condemned Iran's nuclear programme.", ("Joe Biden", "Vladimir Putin")),
    ],
)
def test_a_pair_far_from_any_list_is_the_story_s_opening_pair(
    extractor: Extractor, follow: str, pair: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, _OPENING + follow)
    assert {(pair[0], "CONDEMNED", "Iran"), (pair[1], "CONDEMNED", "Iran")} <= found


@pytest.mark.parametrize(
    "follow",
    [
        "The three leaders condemned Iran's nuclear programme.",  # the count does not fit
        "The two ministers condemned Iran's nuclear programme.",  # nor the office
        "They condemned Iran's nuclear programme.",  # "they" never reaches that far
    ],
)
def test_the_opening_pair_is_no_group_that_does_not_fit(extractor: Extractor, follow: str) -> None:
    found = extracted_triples(extractor, _OPENING + follow)
    assert not any(kind == "CONDEMNED" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese officials condemned the visit. They accused Washington of meddling.",
            ("China", "ACCUSED", "United States"),
        ),
        (
            "Iranian diplomats met their hosts on Monday. They denounced Israel's strikes.",
            ("Iran", "CONDEMNED", "Israel"),
        ),
        (
            "Russian officials spoke to reporters. They urged Ukraine to withdraw its troops.",
            ("Russia", "URGED", "Ukraine"),
        ),
    ],
)
def test_they_after_a_plural_subject_that_stands_for_one_state_is_that_state(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese officials condemned the visit. Reporters asked questions. They accused "
        "Washington of meddling.",  # "they" reaches only the sentence before
        "Chinese officials condemned the visit. They did not accuse Washington of meddling.",
    ],
)
def test_they_that_does_not_reach_or_is_negated_accuses_nobody(
    extractor: Extractor, text: str
) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in extracted_triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "kind", "target", "pair"),
    [
        (
            "Russian President Vladimir Putin arrived in Pyongyang, where he was met by Kim Jong "
            "Un at the airport. The two men then condemned the United States.",
            "CONDEMNED",
            "United States",
            ("Vladimir Putin", "Kim Jong Un"),
        ),
        (
            "Britain signed a deal with Rwanda on Thursday to send asylum seekers there. Critics "
            "called the plan cruel. The scheme will cost millions. The United Nations urged both "
            "governments to reconsider.",
            "URGED",
            "",
            ("United Kingdom", "Rwanda"),
        ),
    ],
)
def test_a_counted_pair_may_be_a_passive_meeting_or_the_story_s_deal(
    extractor: Extractor, text: str, kind: str, target: str, pair: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    if target:
        assert {(pair[0], kind, target), (pair[1], kind, target)} <= found
    else:
        assert {("United Nations", kind, pair[0]), ("United Nations", kind, pair[1])} <= found


def test_two_leaders_after_one_spoke_to_the_other_are_those_two(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Chinese President Xi Jinping told Anthony Albanese on Monday that ties were improving. "
        "The two leaders met at the Great Hall of the People.",
    )
    assert met(found, "Xi Jinping", "Anthony Albanese")


@pytest.mark.parametrize(
    "text",
    [
        # an ambassador recalled from a capital is no pair of governments
        "Iraq recalled its ambassador from Tehran on Monday. China urged the two governments to "
        "show restraint.",
        # speaking to reporters names no second leader
        "Chinese President Xi Jinping told reporters on Monday that ties were improving. The two "
        "leaders urged Russia to negotiate.",
    ],
)
def test_no_pair_is_made_of_one_named_end(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "URGED" for _, kind, _ in found)


def test_the_opening_pair_is_read_past_a_dateline(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "GENEVA, June 17 - " + _OPENING + "The pair also condemned Iran's nuclear programme.",
    )
    assert {("Joe Biden", "CONDEMNED", "Iran"), ("Vladimir Putin", "CONDEMNED", "Iran")} <= found


def test_officials_thanking_a_state_are_no_pair_of_governments(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Egypt and Ethiopia ended their dispute on Monday. Reporters waited outside. Ugandan "
        "officials thanked Qatar, which had hosted talks between the two governments.",
    )
    assert not any("Qatar" in (s, t) and kind == "MET_WITH" for s, kind, t in found)


@pytest.mark.parametrize("quantified", ["each of them separately", "both of them", "them"])
def test_a_quantified_them_in_the_next_sentence_is_the_pair_before(
    extractor: Extractor, quantified: str
) -> None:
    found = extracted_triples(
        extractor,
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti travelled to "
        f"Brussels, but the two leaders never sat down together. EU envoy Josep Borrell met "
        f"{quantified}.",
    )
    assert met(found, "Josep Borrell", "Aleksandar Vucic")
    assert met(found, "Josep Borrell", "Albin Kurti")
    assert not met(found, "Aleksandar Vucic", "Albin Kurti")  # one phrase pairs nobody


_PRINCIPALS = (
    "ANKARA, May 3 - Turkish President Tayyip Erdogan ended a two-day trip to Egypt on Friday "
    "after he and Abdel Fattah al-Sisi signed a trade pact. The visit was his first in a "
    "decade. Crowds lined the streets of the capital. Erdogan also held talks with "
    "{other} on Thursday. Officials said the accord covers energy. "
    "In a joint text, the two leaders criticised Israel over the strikes."
)


def test_the_two_leaders_are_the_story_pair_not_a_figure_named_in_passing(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor, _PRINCIPALS.format(other="Prime Minister Mostafa Madbouly")
    )
    assert ("Abdel Fattah al-Sisi", "CONDEMNED", "Israel") in found
    assert ("Mostafa Madbouly", "CONDEMNED", "Israel") not in found


def test_the_two_leaders_stay_the_nearest_pair_when_both_are_named_again(
    extractor: Extractor,
) -> None:
    text = _PRINCIPALS.format(other="Madbouly").replace(
        "trade pact. ", "trade pact. Prime Minister Mostafa Madbouly greeted him at the airport. "
    )
    found = extracted_triples(extractor, text)
    assert ("Mostafa Madbouly", "CONDEMNED", "Israel") in found


def test_a_leader_joining_a_meeting_by_video_link_is_one_of_the_three(
    extractor: Extractor,
) -> None:
    """ "X hosted Y, with Z joining by video link": Z is a party of the meeting, so "the three
    leaders" after it are X, Y and Z."""
    found = extracted_triples(
        extractor,
        "At a dinner in Rome on Monday, Italian Prime Minister Giorgia Meloni hosted Polish "
        "President Andrzej Duda, with Spanish Prime Minister Pedro Sanchez joining by video link. "
        "The three leaders called on Belarus to stop sending migrants to the border.",
    )
    for member in ("Giorgia Meloni", "Andrzej Duda", "Pedro Sanchez"):
        assert (member, "URGED", "Belarus") in found


def test_a_state_pressing_on_during_a_meeting_is_no_party_of_it(extractor: Extractor) -> None:
    """ "with Russia pressing its offensive" tells the circumstances, not who attended: the two
    leaders stay the two who met."""
    found = extracted_triples(
        extractor,
        "Italian Prime Minister Giorgia Meloni hosted Polish President Andrzej Duda on Monday, "
        "with Russia pressing its offensive in the east. "
        "The two leaders called on Belarus to stop sending migrants to the border.",
    )
    assert ("Giorgia Meloni", "URGED", "Belarus") in found
    assert ("Russia", "URGED", "Belarus") not in found


@pytest.mark.parametrize(
    ("first", "found_each"),
    [
        ("Spain, Italy and Portugal drafted the resolution on Monday. ", True),
        ("Spain and Italy drafted the resolution on Monday. ", False),
    ],
)
def test_a_counted_group_with_a_region_word_is_the_list_of_that_size(
    extractor: Extractor, first: str, found_each: bool
) -> None:
    """ "the three European powers" is the list of three named before; a list of two is not
    what it counts, so then it stands for nobody."""
    found = extracted_triples(
        extractor, first + "The three European powers urged Venezuela to free the prisoners."
    )
    assert (("Spain", "URGED", "Venezuela") in found) is found_each
    assert (("Italy", "URGED", "Venezuela") in found) is found_each
