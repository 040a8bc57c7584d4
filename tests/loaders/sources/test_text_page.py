"""A saved news page: the main story survives, the teasers and page furniture do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.sources import load_one
from loaders.sources.text_page import clean_text_page

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed_page.txt"
TEASER_WORDS = ["Rubio", "Kurdistan", "RSF", "Rapid Support Forces", "tariff", "Sudan", "Erbil"]


def test_seed_page_title_is_the_main_headline() -> None:
    article = load_one(str(SEED))
    assert article.title == (
        "Diplomacy Watch: Blinken to meet with Lavrov in first since Russia invaded Ukraine"
    )
    assert article.published is None
    assert article.id.startswith("article:")


def test_seed_page_keeps_the_story_and_its_news_bullets() -> None:
    text = load_one(str(SEED)).text
    assert text.count("Secretary of State Antony Blinken announced Wednesday") == 1
    assert "Hungarian Prime Minister Victor Orban called on the United States" in text
    assert "Lavrov spent the past week on a charm tour of Africa" in text
    assert "In other diplomatic news related to the war in Ukraine:" in text
    assert text.rstrip().endswith("defending themselves against Russia’s aggression.”")


@pytest.mark.parametrize("word", TEASER_WORDS)
def test_seed_page_teasers_lend_nothing(word: str) -> None:
    assert word not in load_one(str(SEED)).text


def test_seed_page_furniture_is_gone() -> None:
    text = load_one(str(SEED)).text
    for debris in [
        "Follow us on social",
        "keep reading",
        "credit",
        "Newsletter",
        "Subscribe",
        "QIOSK",
    ]:
        assert debris.lower() not in text.lower()
    assert "\nEurope\n" not in text


def test_teasers_before_the_story_are_dropped_too() -> None:
    page = "\n\n".join(
        [
            "Menu",
            "Other story headline about Ankara",
            "Turkey said on Monday that it would host talks with Iran next month in Ankara.",
            "Read more",
            "Main headline: Putin meets Kim at spaceport",
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.",
            "The two leaders toured the Vostochny cosmodrome and held talks for five hours.",
        ]
    )
    cleaned = clean_text_page(page)
    assert "Turkey" not in cleaned.text
    assert cleaned.text.startswith("Russian President Vladimir Putin met")
    assert cleaned.title == "Main headline: Putin meets Kim at spaceport"


def test_related_stories_block_is_a_wall() -> None:
    page = "\n".join(
        [
            "Kosovo and Serbia agree on EU plan",
            "Kosovo and Serbia agreed on Saturday how to implement an EU-backed plan.",
            "Serbian President Aleksandar Vucic said he would not sign any document.",
            "Related stories",
            "Kuleba to press allies for more air defence at NATO talks in Brussels this week.",
        ]
    )
    cleaned = clean_text_page(page)
    assert "Vucic" in cleaned.text
    assert "Kuleba" not in cleaned.text


def test_a_short_note_is_kept_whole() -> None:
    assert clean_text_page("Putin met Kim.").text == "Putin met Kim."


def test_header_date_is_found_and_a_weekday_alone_is_not_a_date() -> None:
    dated = clean_text_page(
        "Finland joins NATO\nPublished April 4, 2023\n\n"
        "Finland formally joined NATO on Tuesday at a ceremony in Brussels."
    )
    assert dated.date_text == "April 4, 2023"
    undated = clean_text_page("Finland joined NATO on Tuesday at a ceremony in Brussels today.")
    assert undated.date_text is None


def test_section_headings_go_and_lead_ins_stay() -> None:
    text = load_one(str(SEED)).text
    assert "U.S. State Department News" not in text
    assert "In a Tuesday press briefing, Price addressed concerns" in text


def test_a_slash_in_prose_is_not_a_photo_credit() -> None:
    prose = (
        "Biden greeted Radio Free Europe/Radio Liberty journalist Alsu Kurmasheva on the tarmac "
        "at Joint Base Andrews."
    )
    caption = "A protester in Khartoum, Sudan, March 8, 2022. REUTERS/El Tayeb Siddig"
    assert clean_text_page(f"{prose}\n{caption}").text == prose


def test_pasted_text_or_html_becomes_a_clean_article() -> None:
    from datetime import date

    from loaders.errors import EmptySourceError
    from loaders.sources import article_from_text

    seed = article_from_text(SEED.read_text(), published="2022-07-27")
    assert seed.title is not None and seed.title.startswith("Diplomacy Watch: Blinken")
    assert seed.published == date(2022, 7, 27)
    assert "Rubio" not in seed.text
    page = article_from_text((DATA / "d10_page.html").read_text(), title="Given title")
    assert page.title == "Given title"
    assert page.published == date(2023, 2, 22)
    assert "Kishida" not in page.text
    with pytest.raises(EmptySourceError, match="article text: no article text"):
        article_from_text("   ")


@pytest.mark.parametrize("wall", ["12 Comments", "About the author", "Read next", "Leave a reply"])
def test_comments_and_author_boxes_are_walls(wall: str) -> None:
    story = (
        "Kosovo and Serbia agreed on Saturday how to implement an EU-backed plan.\n\n"
        "Serbian President Aleksandar Vucic said he would not sign any document in Ohrid."
    )
    after = "Jane Doe covered the Balkans for Reuters and met Albin Kurti twice."
    assert clean_text_page(f"{story}\n{wall}\n{after}").text == story
