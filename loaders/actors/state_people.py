"""Plural descriptions of people of one state named just before: "the Israeli leaders".

"The court issued warrants for Netanyahu, his defence minister Yoav Gallant and Hamas chief
Mohammed Deif, accusing the Israeli leaders of war crimes": the leaders are the Israeli people the
sentence listed (Netanyahu, Gallant), not Israel, and not Deif. The singular form ("the Russian
leader") is descriptions.py; a pair named with no state ("the two leaders") is groups.py.

Read only when the text itself lists them: at least two people whose state is known to be the
description's, named earlier in the description's own sentence. Otherwise "the Russian
leaders" is the state's leadership in general and stays a mention of the state. Each member
gets one Mention over the same span, how="group" (the contract in loaders/mentions.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.actors.matcher import Hit
    from loaders.actors.table import Draft

_HEADS = frozenset({"leaders", "men", "women", "ministers", "officials", "diplomats",
                    "politicians", "commanders", "generals", "envoys"})  # fmt: skip
"""Plural heads that stand for people, never for a state or a body."""
_STATE_KINDS = ("DEMONYM",)
"""Only "the Israeli leaders": "Israel's leaders" is the state's, not a list's."""


def state_people_mentions(
    doc: Doc,
    hits: list[Hit],
    people: list[Mention],
    drafts: dict[str, Draft],
    taken: set[int],
) -> list[Mention]:
    """One Mention per listed person for each "the <demonym> <people head>" whose sentence named
    two or more people of that state before it; `taken` holds token indices already read."""
    found: list[Mention] = []
    for hit in hits:
        if hit.kind not in _STATE_KINDS or hit.start == 0 or hit.end >= len(doc):
            continue
        head = doc[hit.end]
        if head.lower_ not in _HEADS or doc[hit.start - 1].lower_ != "the":
            continue
        if any(i in taken for i in range(hit.start - 1, hit.end + 1)):
            continue
        members = _listed_people(doc, hit.start, hit.key, people, drafts)
        if len(members) >= 2:
            found += [Mention(hit.start - 1, hit.end + 1, m, "group") for m in members]
    return found


def _listed_people(
    doc: Doc, start: int, state: str, people: list[Mention], drafts: dict[str, Draft]
) -> list[str]:
    """The people of `state` named in the sentence of token `start`, before it, in text order."""
    sent = doc[start].sent
    members: list[str] = []
    for m in sorted(people, key=lambda m: m.start):
        if not sent.start <= m.start < start or m.actor_id in members:
            continue
        draft = drafts.get(m.actor_id)
        if draft is not None and draft.country == state:
            members.append(m.actor_id)
    return members
