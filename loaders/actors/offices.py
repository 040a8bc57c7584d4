"""Offices that belong to few states: "Secretary of State Antony Blinken" serves the United States.

News names many officials by a bare title ("Secretary of State Antony Blinken", "Chancellor Olaf
Scholz") because the office itself says which state it is. This compact table lists offices
held by only a handful of states; a person gets the state only when exactly one of the office's
states is named in the article, so "Chancellor" is Germany's in a story about Germany, Austria's
in one about Austria, and nobody's in one that names both or neither. Posts every state has
(president, prime minister, foreign minister) are absent on purpose, and so is "premier" (China's,
but also Canadian and Australian provinces'). No people are listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from loaders.actors.table import Draft

_GULF_AND_OTHER_CROWNS = ("SAU", "ARE", "KWT", "BHR", "JOR", "JPN", "NOR", "DNK", "SWE", "NLD",
                          "BEL", "ESP", "THA")  # fmt: skip

OFFICES: dict[str, tuple[str, ...]] = {
    "secretary of state": ("USA",),
    "cardinal secretary of state": ("VAT",),
    "house speaker": ("USA",),
    "speaker of the house": ("USA",),
    "senate majority leader": ("USA",),
    "secretary of defense": ("USA",),
    "defense secretary": ("USA", "GBR"),
    "defence secretary": ("GBR", "USA"),
    "treasury secretary": ("USA",),
    "press secretary": ("USA",),
    "chancellor": ("DEU", "AUT"),
    "chancellor of the exchequer": ("GBR",),
    "foreign secretary": ("GBR", "IND"),
    "home secretary": ("GBR",),
    "taoiseach": ("IRL",),
    "supreme leader": ("IRN", "PRK"),
    "chief cabinet secretary": ("JPN",),
    "state councillor": ("CHN",),
    "state councilor": ("CHN",),
    "emir": ("QAT", "KWT"),
    "pope": ("VAT",),
    "crown prince": _GULF_AND_OTHER_CROWNS,
}
"""Office (lower case) -> the states that have it under that name."""

_QUALIFIERS = ("former ", "then ", "acting ", "deputy ", "vice ", "assistant ", "under ", "u.s. ")


def state_of_office(title: str, article_states: Collection[str]) -> str | None:
    """The one state among `article_states` whose office `title` is ("Deputy Secretary of State"
    counts as "Secretary of State"), or None."""
    key = " ".join(title.lower().split())
    while key.startswith(_QUALIFIERS):
        key = key.split(" ", 1)[1]
    states = OFFICES.get(key)
    if states is None:
        return None
    present = [s for s in states if s in article_states]
    return present[0] if len(present) == 1 else None


def fill_office_states(people: Iterable[Draft], article_states: Collection[str]) -> None:
    """Give each person with a bare office title and no state the office's state, if it is
    decided; a post in an organization ("European Commission President") is the body's."""
    for draft in people:
        if draft.country or draft.title is None or any(r.organization_id for r in draft.roles):
            continue
        draft.country = state_of_office(draft.title, article_states)
