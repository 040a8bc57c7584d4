"""Readings a naive reader gets wrong, on sentences of our own wording (whole extractor).

Each battery pairs the trap (a host's guests taken as visiting one another, the speaker of a
sentence taken as a signer through "his counterpart", a pair named "between" taken as the ones a
label condemns, invitations, cancelled trips, offers to mediate, calls with no one called on)
with the positives that must stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


# --- a host's guests ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "guest", "host_state"),
    [
        (
            "Jordan's Foreign Minister Ayman Safadi hosted Syrian Foreign Minister Faisal Mekdad "
            "in Amman.",
            "Faisal Mekdad",
            "Jordan",
        ),
        (
            "Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni to Nairobi "
            "on Monday.",
            "Yoweri Museveni",
            "Kenya",
        ),
        (
            "Turkish President Recep Tayyip Erdogan received Swedish Prime Minister Ulf "
            "Kristersson in Ankara.",
            "Ulf Kristersson",
            "Turkey",
        ),
    ],
)
def test_the_guest_visits_the_hosts_state(
    extractor: Extractor, text: str, guest: str, host_state: str
) -> None:
    assert (guest, "VISITED", host_state) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Jordan's Foreign Minister Ayman Safadi hosted Syrian Foreign Minister Faisal Mekdad "
            "and his counterparts from Saudi Arabia, Iraq and Egypt in Amman.",
            ("Ayman Safadi", "VISITED", "Syria"),
        ),
        (
            "Qatar's Foreign Minister hosted his Iranian counterpart Hossein Amir-Abdollahian and "
            "Saudi Foreign Minister Prince Faisal bin Farhan in Doha.",
            ("Faisal bin Farhan", "VISITED", "Iran"),
        ),
        (
            "Qatar's Foreign Minister hosted his Iranian counterpart Hossein Amir-Abdollahian and "
            "Saudi Foreign Minister Prince Faisal bin Farhan in Doha.",
            ("Hossein Amir-Abdollahian", "VISITED", "Saudi Arabia"),
        ),
    ],
)
def test_two_guests_of_one_host_visit_neither_of_their_states(
    extractor: Extractor, text: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in extracted_triples(extractor, text)


# --- "his counterpart" in a list is the list's person's, not the speaker's -------------------


@pytest.mark.parametrize(
    ("text", "speaker", "a", "b"),
    [
        (
            "Spokesman Zhao Lijian said the agreement had been signed by Foreign Minister Wang Yi "
            "and his Kenyan counterpart Raychelle Omamo.",
            "Zhao Lijian",
            "Wang Yi",
            "Raychelle Omamo",
        ),
        (
            "A spokeswoman, Maria Zakharova, said the treaty was signed by Sergei Lavrov and his "
            "Indian counterpart Subrahmanyam Jaishankar.",
            "Maria Zakharova",
            "Sergei Lavrov",
            "Subrahmanyam Jaishankar",
        ),
    ],
)
def test_the_speaker_signs_nothing_through_his_counterpart(
    extractor: Extractor, text: str, speaker: str, a: str, b: str
) -> None:
    found = extracted_triples(extractor, text)
    assert (a, "SIGNED_AGREEMENT_WITH", b) in found or (b, "SIGNED_AGREEMENT_WITH", a) in found
    assert not any(speaker in (s, t) for s, kind, t in found if kind == "SIGNED_AGREEMENT_WITH")


def test_the_speaker_meets_no_one_through_his_counterpart(extractor: Extractor) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said Vladimir Putin and his Chinese counterpart Xi "
        "Jinping would meet in Moscow."
    )
    found = extracted_triples(extractor, text)
    assert met(found, "Vladimir Putin", "Xi Jinping")
    assert not met(found, "Dmitry Peskov", "Xi Jinping")


# --- a label pins a bearer; "between X and Y" pairs no one under it ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's Foreign Minister Sameh Shoukry said the deal between Israel and Hamas had been "
        "agreed by both parties.",
        "The mediator said the ceasefire between Russia and Ukraine had been agreed by both sides.",
    ],
)
def test_a_deal_between_two_sides_condemns_neither(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not [r for r in found if r[1] == "CONDEMNED"]
    assert any(r[1] == "SIGNED_AGREEMENT_WITH" for r in found)


def test_a_pejorative_label_still_condemns(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Kenya said Russia's invasion was a crime.")
    assert ("Kenya", "CONDEMNED", "Russia") in found


# --- plans, invitations, offers and topics are no facts (regression battery) -----------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Egypt's President Abdel Fattah al-Sisi invited Turkish President Recep Tayyip "
            "Erdogan to visit Cairo.",
            "VISITED",
        ),
        (
            "German Chancellor Olaf Scholz was due to visit Poland on Tuesday but cancelled the "
            "trip.",
            "VISITED",
        ),
        ("A visit by French President Emmanuel Macron to Algeria was postponed.", "VISITED"),
        ("US Secretary of State Antony Blinken called off his planned trip to China.", "VISITED"),
        ("Chinese President Xi Jinping hopes to visit France later this year.", "VISITED"),
        ("Hungarian Prime Minister Viktor Orban refused to travel to Ukraine.", "VISITED"),
        (
            "US President Joe Biden spoke about Russian President Vladimir Putin at a rally in "
            "Ohio.",
            "MET_WITH",
        ),
        (
            "Hungarian Prime Minister Viktor Orban offered to meet Ukrainian President Volodymyr "
            "Zelensky.",
            "MET_WITH",
        ),
        (
            "The meeting between Chinese Foreign Minister Wang Yi and US Secretary of State "
            "Antony Blinken was cancelled.",
            "MET_WITH",
        ),
        ("Turkey said it was ready to mediate between Russia and Ukraine.", "MEDIATED"),
        ("Qatar offered to mediate between Israel and Hamas.", "MEDIATED"),
        ("The Vatican hopes to mediate between Russia and Ukraine.", "MEDIATED"),
        (
            "The United Nations urged restraint after clashes on the border between India and "
            "Pakistan.",
            "URGED",
        ),
        ("The European Union is expected to urge Turkey to respect human rights.", "URGED"),
        ("China did not urge Russia to end the war.", "URGED"),
        ("Did Russia attack Ukraine's power grid again?", "ATTACKED"),
        ("Israel denied reports that it had attacked Iran.", "ATTACKED"),
        ("Russia denied accusing Ukraine of the attack.", "ACCUSED"),
        ("Iran denied that it had detained the two French citizens.", "DETAINED"),
        ("Germany did not support the French proposal.", "SUPPORTED"),
    ],
)
def test_what_did_not_happen_is_no_relation(extractor: Extractor, text: str, kind: str) -> None:
    assert not [r for r in extracted_triples(extractor, text) if r[1] == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "French President Emmanuel Macron met Indian Prime Minister Narendra Modi on the "
            "sidelines of the G20 summit.",
            ("Emmanuel Macron", "MET_WITH", "Narendra Modi"),
        ),
        ("Egypt has mediated between Israel and Hamas for years.", ("Egypt", "MEDIATED", "Hamas")),
        (
            "Polish President Andrzej Duda will travel to Japan next week.",
            ("Andrzej Duda", "VISITED", "Japan"),
        ),
        (
            "The UN Secretary-General Antonio Guterres called on Russia and Ukraine to resume "
            "grain exports.",
            ("Antonio Guterres", "URGED", "Ukraine"),
        ),
        (
            "China rejected the proposal from the United States.",
            ("China", "REJECTED", "United States"),
        ),
    ],
)
def test_what_happened_stays(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


# --- what a report or claim says is not the text's own statement -----------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Reports that Russia attacked Poland were false, NATO said.", "ATTACKED"),
        (
            "Allegations that China sanctioned Lithuania's exporters surfaced last week.",
            "SANCTIONED",
        ),
        ("Rumours that Putin had met Kim in secret spread quickly.", "MET_WITH"),
        ("There were reports that Israel had struck Iran overnight.", "ATTACKED"),
    ],
)
def test_the_content_of_a_report_is_not_asserted(
    extractor: Extractor, text: str, kind: str
) -> None:
    assert not [r for r in extracted_triples(extractor, text) if r[1] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The report that Russia attacked Ukraine's grid was confirmed by the ministry.",
        "Russia attacked Ukraine's power grid, the news that shocked Europe.",
    ],
)
def test_a_confirmed_report_or_a_plain_fact_stays(extractor: Extractor, text: str) -> None:
    assert ("Russia", "ATTACKED", "Ukraine") in extracted_triples(extractor, text)


# --- "During X's term, his administration ...": his is X's, not the last sentence's subject -


@pytest.mark.parametrize(
    ("text", "expected", "wrong_doer"),
    [
        (
            "Volker Turk criticised the decision. In 2020, during Donald Trump's first term, his "
            "administration sanctioned ICC prosecutor Fatou Bensouda.",
            ("Donald Trump", "SANCTIONED", "Fatou Bensouda"),
            "Volker Turk",
        ),
        (
            "Antony Blinken spoke first. During Barack Obama's visit to Hanoi, his delegation met "
            "Vietnamese officials.",
            ("Barack Obama", "VISITED", "Vietnam"),
            "Antony Blinken",
        ),
    ],
)
def test_a_person_in_a_fronted_phrase_owns_the_subjects_his(
    extractor: Extractor, text: str, expected: tuple[str, str, str], wrong_doer: str
) -> None:
    found = extracted_triples(extractor, text)
    assert expected in found
    assert not [r for r in found if r[0] == wrong_doer]


def test_his_after_a_fronted_phrase_without_a_person_is_the_last_subjects(
    extractor: Extractor,
) -> None:
    text = (
        "Olaf Scholz met Joe Biden in Washington. After the meeting, his spokesman criticised "
        "Russia."
    )
    assert ("Olaf Scholz", "CONDEMNED", "Russia") in extracted_triples(extractor, text)


# --- a trip set aside did not happen ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky's planned trip to Washington was put on hold.",
        "Zelensky's trip to Washington was put on hold after the vote.",
        "Scholz was due to visit Poland on Tuesday, but the trip was put on hold.",
        "Blinken's visit to Beijing was postponed.",
        "Macron's visit to Algeria was cancelled at the last minute.",
    ],
)
def test_a_trip_put_on_hold_or_cancelled_is_no_visit(extractor: Extractor, text: str) -> None:
    assert not [r for r in extracted_triples(extractor, text) if r[1] == "VISITED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kishida's visit to Kyiv was hailed by Zelensky.", ("Kishida", "VISITED", "Ukraine")),
        (
            "Zelensky put the question on hold and flew to Washington.",
            ("Zelensky", "VISITED", "United States"),
        ),
    ],
)
def test_a_trip_praised_or_another_thing_on_hold_stays(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


# --- "but not Y": a name listed only to be excluded --------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "excluded"),
    [
        (
            "Blinken met Chinese officials, but not Xi Jinping.",
            ("Blinken", "MET_WITH", "China"),
            ("Blinken", "MET_WITH", "Xi Jinping"),
        ),
        (
            "Germany sanctioned Iran but not Russia.",
            ("Germany", "SANCTIONED", "Iran"),
            ("Germany", "SANCTIONED", "Russia"),
        ),
        (
            "Biden met Zelensky and not Putin.",
            ("Biden", "MET_WITH", "Zelensky"),
            ("Biden", "MET_WITH", "Putin"),
        ),
    ],
)
def test_a_name_excluded_with_not_is_no_end(
    extractor: Extractor,
    text: str,
    kept: tuple[str, str, str],
    excluded: tuple[str, str, str],
) -> None:
    found = extracted_triples(extractor, text)
    assert kept in found
    assert excluded not in found
    assert not met(found, "Zelensky", "Putin")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Wang Yi and also Xi Jinping.",
        "Blinken met not only Wang Yi but also Xi Jinping.",
    ],
)
def test_also_and_not_only_keep_both(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert met(found, "Blinken", "Wang Yi") and met(found, "Blinken", "Xi Jinping")


# --- "the two sides" after another pair's meeting ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "old_pair"),
    [
        (
            "Armenia and Azerbaijan have fought two wars over Karabakh. On Friday, Blinken met "
            "Pashinyan in Washington. The two sides discussed energy cooperation.",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Russia and Ukraine swapped prisoners on Friday. In a separate development, Erdogan "
            "spoke with Biden. The two sides agreed to meet in Ankara next month.",
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_the_two_sides_after_another_meeting_are_not_the_older_pair(
    extractor: Extractor, text: str, old_pair: tuple[str, str]
) -> None:
    assert not met(extracted_triples(extractor, text), *old_pair)


def test_the_two_sides_of_the_pair_just_named_still_meet(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan resumed peace talks this week. The two sides met in Geneva on "
        "Tuesday."
    )
    assert met(extracted_triples(extractor, text), "Armenia", "Azerbaijan")


# --- "thanked A, B and lawmakers who had campaigned ...": the clause is the noun's -------------


def test_a_relative_clause_after_a_closing_noun_restricts_that_noun(extractor: Extractor) -> None:
    text = (
        "Marc Fogel was detained in Russia in 2021. He thanked Donald Trump, Steve Witkoff and "
        "lawmakers who had campaigned for his freedom."
    )
    found = extracted_triples(extractor, text)
    assert ("Russia", "DETAINED", "Marc Fogel") in found
    assert not [r for r in found if r[1] == "URGED"]


def test_a_relative_clause_after_a_comma_speaks_of_the_names(extractor: Extractor) -> None:
    text = (
        "Evan Gershkovich was detained in Russia in 2023. He thanked Joe Biden and Antony "
        "Blinken, who had pressed for his release."
    )
    assert ("Antony Blinken", "URGED", "Russia") in extracted_triples(extractor, text)


def test_a_group_word_is_not_its_own_subjects(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The United States and China called on both sides to show restraint."
    )
    assert not {f for f in found if f[1] == "URGED"}
    mutual = extracted_triples(extractor, "Russia and Ukraine accused each other of shelling.")
    assert {("Russia", "ACCUSED", "Ukraine"), ("Ukraine", "ACCUSED", "Russia")} <= mutual


def test_flying_others_somewhere_is_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Nicaragua released 222 political prisoners and flew them to Washington."
    )
    assert ("Nicaragua", "VISITED", "United States") not in found
    trip = extracted_triples(
        extractor, "Lavrov flew to Addis Ababa on Sunday, his first trip to Africa this year."
    )
    assert ("Lavrov", "VISITED", "Ethiopia") in trip
