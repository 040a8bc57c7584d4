"""The state of a person introduced as the post of a possessive pronoun: "Berlin recalled its
ambassador, Markus Brandt", "Min Aung Hlaing and his deputy Soe Win".

The pronoun names whose post it is; the title reader (person_titles.py) sees no state word next
to the name. English resolves "its"/"his"/"her" to an owner named before it in the sentence, so
the person serves the owner's state: a state for "its", a person of a known state for "his" and
"her".

Only when the sentence leaves no doubt: every possible owner named before the pronoun in that
sentence has the same state ("Putin will host Iranian President Raisi, his aide Yuri Ushakov
said" has two, and stays unread), no organization is named there (its post would be the
body's), the words between pronoun and name end in a post word (a wife, a daughter or a
counterpart is no post of the owner's state), and the person does not close a quote ("..., his
spokesman X said" often speaks for someone of an earlier sentence). Only a missing state is
filled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

    from loaders.actors.matcher import Hit
    from loaders.actors.table import Draft
    from loaders.mentions import Mention

_PRONOUNS = frozenset({"its", "his", "her"})
_POSTS = frozenset({"minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
                    "deputy", "aide", "adviser", "advisor", "negotiator", "diplomat", "consul",
                    "attache", "chargé", "secretary"})  # fmt: skip
"""Last words of a post that serves a state ("his foreign policy aide", "its chief negotiator")."""
_STATE_KINDS = frozenset({"COUNTRY", "CAPITAL", "SEAT"})
"""Hits that name a state as an owner ("Rabat recalled its ambassador"); a demonym owns nothing."""
_MAX_POST_WORDS = 4
_SAYING = frozenset({"say", "tell", "add", "write", "announce", "state"})


def fill_post_owners(
    doc: Doc, hits: Iterable[Hit], mentions: Iterable[Mention], people: dict[str, Draft]
) -> None:
    """Give each person named after "its/his/her <post>" the one state its owner has."""
    hits = list(hits)
    mentions = sorted(mentions, key=lambda m: m.start)
    for m in mentions:
        draft = people.get(m.actor_id)
        if draft is None or draft.country is not None:
            continue
        if any(role.organization_id for role in draft.roles):
            continue
        pronoun = _owner_pronoun(doc, m.start)
        if pronoun is None or _closing_speaker(doc, m.end):
            continue
        owners = (
            _state_owners(doc, pronoun, hits)
            if doc[pronoun].lower_ == "its"
            else _person_owners(doc, pronoun, m.actor_id, mentions, people)
        )
        if owners is not None and len(owners) == 1:
            draft.country = owners.pop()


def _owner_pronoun(doc: Doc, start: int) -> int | None:
    """The index of "its" in "its foreign ministry spokesman, X" before the name of the
    mention at `start` (which may hold the post words itself: "his deputy Soe Win"), when the
    words between are a post in lower case."""
    j = start
    while j < len(doc) and doc[j].is_lower and doc[j].is_alpha:
        j += 1  # the name begins after the post words the mention holds
    j -= 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 1 or doc[j].lower_ not in _POSTS:
        return None
    last = j
    while j >= 0 and last - j <= _MAX_POST_WORDS and doc[j].is_lower and doc[j].is_alpha:
        if doc[j].lower_ in _PRONOUNS:
            return j
        j -= 1
    return None


def _closing_speaker(doc: Doc, end: int) -> bool:
    """ "The talks went well, his spokesman X said": a speaker closing a quote may belong to
    someone named in an earlier sentence, not to a person the quote names."""
    head = doc[end - 1]
    while head.dep_ in ("appos", "compound") and head.head.i != head.i:
        head = head.head  # "his spokesman Pavel Orlov": the post heads the phrase
    verb = head.head
    return head.dep_ == "nsubj" and verb.i > head.i and verb.lemma_ in _SAYING


def _state_owners(doc: Doc, pronoun: int, hits: list[Hit]) -> set[str] | None:
    """The states named before "its" in its sentence; None when an organization is named too."""
    sent = doc[pronoun].sent
    before = [h for h in hits if sent.start <= h.start and h.end <= pronoun]
    if any(h.kind == "ORG" for h in before) or any(t.ent_type_ == "ORG" for t in sent):
        return None
    return {h.key for h in before if h.kind in _STATE_KINDS}


def _person_owners(
    doc: Doc, pronoun: int, self_id: str, mentions: list[Mention], people: dict[str, Draft]
) -> set[str] | None:
    """The states of the people named before "his"/"her" in its sentence; None when one of them
    has no known state (the owner may be that one)."""
    sent = doc[pronoun].sent
    states: set[str] = set()
    for m in mentions:
        if not sent.start <= m.start < pronoun or m.actor_id == self_id:
            continue
        draft = people.get(m.actor_id)
        if draft is None or draft.country is None:
            return None
        states.add(draft.country)
    return states
