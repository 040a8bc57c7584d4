"""What a journalist sees in the explorer, driven in a real Chromium against a real server."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

from tests.web import seed

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

    from tests.web.conftest import Explorer

pytestmark = pytest.mark.browser


def node(page: Page, name: str) -> Locator:
    return page.locator("#network").get_by_role(
        "button", name=re.compile(f"^Show the network of {name}")
    )


def click_line(page: Page, line: Locator) -> None:
    """Click the middle of a drawn relation, where a person would aim."""
    point = line.locator("path.line").evaluate(
        """path => {
            const p = path.getPointAtLength(path.getTotalLength() / 2);
            const m = path.getScreenCTM();
            return {x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f};
        }"""
    )
    page.mouse.click(point["x"], point["y"])


def test_search_lavrov_then_see_whom_he_met(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore")
    search = page.get_by_role("combobox", name="Find an actor")
    search.press_sequentially("Lavrov", delay=20)
    expect(page.get_by_role("option", name=re.compile("Sergey Lavrov"))).to_be_visible()
    search.press("ArrowDown")
    search.press("Enter")

    expect(page).to_have_url(re.compile(r"/explore\?actor=person:sergey-lavrov$"))
    expect(page.get_by_role("heading", name="Network of Sergey Lavrov")).to_be_visible()
    expect(node(page, "Antony Blinken")).to_be_visible()
    expect(node(page, "Wang Yi")).to_be_visible()
    expect(node(page, "Jens Stoltenberg")).to_have_count(0)
    expect(page.locator("#actor-facts")).to_contain_text("Foreign Minister, Russia")
    expect(page.locator("#timeline")).to_contain_text("Meeting in Bali")
    # a visit names the country it went to, and the people met there
    visit = page.locator("#timeline li", has_text="Visit to China in Guilin")
    expect(visit.locator("p.with")).to_have_text("with Wang Yi")

    page.get_by_label("Steps from the actor").select_option("2")
    expect(node(page, "Jens Stoltenberg")).to_be_visible()
    expect(page).to_have_url(re.compile(r"actor=person:sergey-lavrov&depth=2$"))

    # how the network looked a year earlier: one month of the activity bar
    page.get_by_role("button", name="2021-03: 1 relation. Show only this month.").click()
    expect(page).to_have_url(re.compile(r"depth=2&from=2021-03-01&to=2021-03-31$"))
    expect(node(page, "Antony Blinken")).to_have_count(0)
    expect(node(page, "Wang Yi")).to_be_visible()
    expect(page.get_by_label("On or after")).to_have_value("2021-03-01")
    page.get_by_role("button", name="show all dates").click()
    expect(node(page, "Antony Blinken")).to_be_visible()
    explorer.assert_clean()


def test_clicking_a_line_shows_the_sentence_it_came_from(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore?actor=person:sergey-lavrov")
    line = page.locator("#network").get_by_role(
        "button",
        name=re.compile(
            "(Sergey Lavrov met with Antony Blinken|Antony Blinken met with Sergey Lavrov)"
            " on 2022-07-08"
        ),
    )
    expect(line).to_be_visible()
    click_line(page, line)

    evidence = page.locator("#evidence")
    expect(evidence.locator("blockquote")).to_have_text(seed.MET_BLINKEN)
    link = evidence.get_by_role("link", name=seed.BALI.title)
    expect(link).to_have_attribute("href", seed.BALI.url)
    expect(evidence).to_contain_text("1 article")
    expect(line).to_have_class(re.compile("selected"))
    explorer.assert_clean()


def test_the_relation_list_can_put_the_surest_first(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore?actor=person:sergey-lavrov")
    page.get_by_text("All relations in this network as a list").click()
    items = page.locator("#relation-list li")
    expect(items).to_have_count(3)
    expect(items.first).to_contain_text("Antony Blinken")  # newest first: Bali, 2022-07-08
    page.get_by_label("Order").select_option("surest first")
    expect(items.last).to_contain_text("Antony Blinken")  # read at 0.6, the others at 0.9
    expect(items.first).to_contain_text("Wang Yi on 2022-07-07")  # ties stay newest first
    explorer.assert_clean()


def test_a_timeline_says_who_did_what_to_whom(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore?actor=country:RUS")
    expect(page.locator("#timeline li", has_text="Attack against Ukraine")).to_be_visible()
    # a fact dated only to a year shows the year, not 1 January
    sanctions = page.locator("#timeline li", has_text="Sanction")
    expect(sanctions.locator("time")).to_have_text("2014")
    expect(sanctions.locator("p.with")).to_have_text("by United States")

    page.goto("/explore?actor=country:UKR")
    attack = page.locator("#timeline li", has_text="Attack")
    expect(attack.locator("p.what")).to_have_text("Attack")
    expect(attack.locator("p.with")).to_have_text("by Russia")

    page.goto("/explore?actor=country:CHN")
    visit = page.locator("#timeline li", has_text="Visit in Guilin")
    expect(visit.locator("p.with")).to_have_text(["by Sergey Lavrov", "with Wang Yi"])
    explorer.assert_clean()


def test_connecting_two_actors_lists_each_hop_with_evidence(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore?actor=person:sergey-lavrov")
    panel = page.get_by_role("region", name="How are two actors connected?")
    expect(panel.get_by_role("combobox", name="From")).to_have_value("Sergey Lavrov")
    panel.get_by_role("combobox", name="To").press_sequentially("Stoltenberg", delay=20)
    panel.get_by_role("option", name=re.compile("Jens Stoltenberg")).click()
    panel.get_by_role("button", name="Connect").click()

    expect(panel.get_by_role("status")).to_have_text(
        "Sergey Lavrov and Jens Stoltenberg are connected in 2 steps:"
    )
    hops = panel.locator("#path-result > li")
    expect(hops).to_have_count(2)
    expect(hops.nth(0)).to_contain_text("Antony Blinken")
    expect(hops.nth(0).locator("blockquote")).to_have_text(seed.MET_BLINKEN)
    expect(hops.nth(1).locator("blockquote")).to_have_text(seed.MET_STOLTENBERG)
    explorer.assert_clean()


def test_two_actors_who_dealt_directly_show_how_each_year_leaned(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore?actor=person:sergey-lavrov")
    panel = page.get_by_role("region", name="How are two actors connected?")
    panel.get_by_role("combobox", name="To").press_sequentially("Wang", delay=20)
    panel.get_by_role("option", name=re.compile("Wang Yi")).click()
    panel.get_by_role("button", name="Connect").click()

    years = panel.get_by_role("list", name="Between the two, year by year").locator("li")
    expect(years).to_have_count(2)  # met in Guilin in 2021 and in Bali in 2022
    expect(years.nth(0)).to_have_text(re.compile(r"^2021\s*1 relation\s*leans to cooperation"))
    expect(years.nth(1)).to_contain_text("(+1.0)")

    to = panel.get_by_role("combobox", name="To")
    to.fill("")
    to.press_sequentially("Stoltenberg", delay=20)
    panel.get_by_role("option", name=re.compile("Jens Stoltenberg")).click()
    panel.get_by_role("button", name="Connect").click()
    expect(panel.get_by_role("status")).to_contain_text("connected in 2 steps")
    expect(panel.locator("#dyad-years")).to_be_hidden()  # never dealt with each other directly

    page.goto("/explore?actor=country:USA")
    panel.get_by_role("combobox", name="To").press_sequentially("Russia", delay=20)
    panel.get_by_role("option", name=re.compile("^Russia")).click()
    panel.get_by_role("button", name="Connect").click()
    expect(years).to_have_count(1)
    expect(years.first).to_contain_text("leans to conflict (\u22122.0)")  # condemned
    explorer.assert_clean()


def test_the_actor_card_lists_whom_they_deal_with_most(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore?actor=person:sergey-lavrov")
    partners = page.get_by_role("list", name="Deals most with").locator("li")
    expect(partners).to_have_count(2)
    expect(partners.nth(0)).to_have_text(
        re.compile(r"^Wang Yi\s*2 relations\s*leans to cooperation \(\+1\.0\)")
    )  # Guilin 2021 and Bali 2022, before Blinken's one meeting
    expect(partners.nth(1)).to_contain_text("Antony Blinken")

    page.get_by_role("checkbox", name=re.compile("^met with")).uncheck()
    expect(page.locator("#partners")).to_be_hidden()  # the filters apply to the list too
    page.get_by_role("checkbox", name=re.compile("^met with")).check()
    partners.nth(0).get_by_role("button", name="Wang Yi").click()
    expect(page).to_have_url(re.compile(r"actor=person:wang-yi"))
    expect(partners.nth(0)).to_contain_text("Sergey Lavrov")
    explorer.assert_clean()


def test_filters_ranking_and_shared_links(explorer: Explorer) -> None:
    page = explorer.page
    page.goto("/explore?actor=person:sergey-lavrov")
    expect(node(page, "Antony Blinken")).to_be_visible()

    page.get_by_role("checkbox", name=re.compile("^met with")).uncheck()
    expect(page).to_have_url(re.compile(r"types=[A-Z_,]+"))
    assert "MET_WITH" not in page.url
    expect(page.locator("#network-status")).to_have_text(
        "Sergey Lavrov has no relations with these filters."
    )

    page.get_by_label("Ranked by").select_option("DEGREE")
    ranking = page.locator("#central-list > li")
    expect(ranking.first).to_contain_text("Russia")
    ranking.first.get_by_role("button", name="Russia").click()

    expect(page).to_have_url(re.compile(r"actor=country:RUS&types="))
    condemned = page.locator("#network").get_by_role(
        "button", name=re.compile("^United States condemned Russia on 2022-07-12")
    )
    expect(condemned).to_be_visible()
    condemned.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#evidence blockquote")).to_have_text(seed.CONDEMNED)

    page.go_back()
    expect(page.get_by_role("heading", name="Network of Sergey Lavrov")).to_be_visible()
    expect(page.get_by_role("checkbox", name=re.compile("^met with"))).not_to_be_checked()
    explorer.assert_clean()


def test_who_is_most_in_the_news_and_how_many_relations_a_match_has(
    explorer: Explorer,
) -> None:
    page = explorer.page
    page.goto("/explore")
    expect(page.get_by_role("heading", name="Most in the news")).to_be_visible()
    busiest = page.locator("#busiest > li")
    expect(busiest.first).to_contain_text("Sergey Lavrov")
    expect(busiest.first).to_contain_text("3 relations")
    expect(busiest.nth(1)).to_contain_text("Antony Blinken")
    expect(busiest.nth(1)).to_contain_text("2 relations")

    search = page.get_by_role("combobox", name="Find an actor")
    search.press_sequentially("Wang", delay=20)
    expect(page.get_by_role("option", name=re.compile("Wang Yi"))).to_contain_text(
        "person · CHN · 2 relations"
    )

    busiest.first.get_by_role("button", name="Sergey Lavrov").click()
    expect(page).to_have_url(re.compile(r"/explore\?actor=person:sergey-lavrov$"))
    expect(page.get_by_role("heading", name="Network of Sergey Lavrov")).to_be_visible()
    expect(page.get_by_role("heading", name="Most in the news")).to_be_hidden()
    explorer.assert_clean()
