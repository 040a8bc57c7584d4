"""The story's home state: the state a wire story is filed from and opens on.

"BAMAKO, Jan 31 - Mali on Monday ordered the French ambassador out ... The government accused
France of meddling": the writer drops the owner of "the government" because the story is filed
from that state's capital and its first sentence is that state acting. When both agree, a bare
government word with no owner named anywhere before it is that state's (state_descriptions.py).
Either alone is too weak: a story filed from Madrid may be about Venezuela's government, and a
lead whose subject is one state may be filed from its adversary's capital.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import capitals, cities

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.mentions import Mention

_DASHES = frozenset({"-", "—", "–", "--"})


def home_state(doc: Doc, mentions: list[Mention]) -> str | None:
    """The state (actor id) whose capital or city the one-city dateline names and which is the
    subject of the story's first sentence, or None."""
    dash = next(
        (t for t in doc[:20] if t.text in _DASHES and t.i > 0 and doc[t.i - 1].whitespace_), None
    )
    if dash is None:
        return None
    head = doc[: dash.i]
    words = [t for t in head if t.text not in (",", "(", ")")]
    if not words or "/" in head.text or not words[0].is_upper:
        return None
    city: list[str] = []
    for word in words:
        if not word.is_upper or not word.is_alpha:
            break
        city.append(word.text.title())
    name = " ".join(city)
    iso3 = capitals().get(name) or cities().get(name)
    if iso3 is None:
        return None
    state = f"country:{iso3}"
    lead = doc[dash.i + 1].sent if dash.i + 1 < len(doc) else None
    if lead is None:
        return None
    first = min(
        (m for m in mentions if dash.i < m.start < lead.root.i), key=lambda m: m.start, default=None
    )
    if first is None or first.actor_id != state:
        return None
    # the first actor after the dash, before the main verb, outside any phrase: the lead's
    # subject (the parser often makes the dateline the subject and the name its modifier)
    root = doc[first.start : first.end].root
    if any(a.dep_ in ("prep", "pobj", "poss", "relcl", "acl") for a in (root, *root.ancestors)):
        return None
    return state
