"""The state of a person named by a state post alone, when the article makes the state clear.

News often introduces an official by the post of a state body and no state: "Foreign ministry
spokeswoman Hua Chunying dismissed the call", "In Tehran, foreign ministry spokesman X said".
The title reader (person_titles.py) finds no state next to the name, yet a reader knows whose
ministry it is, from one of three cues, tried in this order:

- a post only one state has ("Treasury Secretary Scott Bessent": the U.S. post);

- a state word glued to the post that the gazetteer matching lost inside the NER's longer body
  name ("Russian Foreign Ministry spokeswoman Maria Zakharova");
- the scene the sentence sets: an opening "In <capital>," or a "briefing in <capital>";
- the state the sentence before speaks of, when the post opens the sentence and its holder
  speaks for that state: "Beijing dismissed the charge. Foreign ministry spokesman X said ...".
  Only when that sentence names one state and it is its subject, and the person is the subject
  of a saying verb ("France backed the plan. Foreign Minister X met her counterpart" is no cue:
  she may be anyone's minister).

The capital a story is filed from is no cue: on eval/dev it gave a visiting minister the host's
state ("RIYADH - ... Foreign Minister Asaad al-Shibani", "BAKU - ... Interior Minister Gerald
Darmanin") about as often as it gave a host's official the right one.

The same body named with a state elsewhere ("India's foreign ministry said ...") is no cue:
on eval/dev it was another state's ministry in 3 of 11 articles (wire stories quote both
sides' ministries and leave their own state's bare).

Without the state every reader that needs the speaker's own side (denials, answers to sanctions,
own-side guards, the state level of a relation) stays silent or picks the wrong target. Only a
missing state is filled; a person whose post serves an organization is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import country_names, demonyms

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span

    from loaders.actors.matcher import Hit
    from loaders.actors.table import Draft
    from loaders.mentions import Mention

_STATE_POSTS = frozenset({"ministry", "minister", "spokesman", "spokeswoman", "spokesperson"})
"""Title words of posts that serve a state body (an organization's post has its role set)."""
_ONE_STATE_POSTS = {
    ("treasury", "secretary"): "USA",
    ("homeland", "security", "secretary"): "USA",
    ("director", "of", "national", "intelligence"): "USA",
}
"""Posts by that name in one state only. ("Commerce Secretary" and "Defense Secretary" are
also Indian and Philippine posts; "Secretary of State" also British and the Vatican's.)"""
_SAYING = frozenset({"say", "tell", "add", "state", "announce", "insist", "reply", "respond",
                     "dismiss", "reject", "deny", "call", "describe", "condemn", "warn",
                     "urge"})  # fmt: skip
"""Verbs of a spokesman's statement that carries on the reaction of the sentence before."""
_NAMING_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
"""Entities that, before the post, could be whom the post serves."""
_STATE_KINDS = frozenset({"COUNTRY", "CAPITAL", "SEAT"})
"""Hits that name a state as a doer ("Beijing dismissed ..."); a demonym is no clause subject."""
_SCENE_NOUNS = frozenset({"briefing", "conference"})
"""Nouns before "in <capital>" that put the speaker in that capital ("a briefing in Beijing")."""


def fill_post_states(
    doc: Doc, hits: Iterable[Hit], mentions: Iterable[Mention], people: dict[str, Draft]
) -> None:
    """Give each person with a state post and no state the state one cue makes clear."""
    hits = list(hits)
    first: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(m.actor_id, m)
    for ident, draft in people.items():
        named = first.get(ident)
        if draft.country is not None or draft.title is None or named is None:
            continue
        if any(role.organization_id for role in draft.roles):
            continue
        if (state := _one_state_post(doc, named.start)) is not None:
            draft.country = state
            continue
        words = draft.title.lower().split()
        if not _STATE_POSTS.intersection(words):
            # "U.S. House Speaker Nancy Pelosi": any post opening inside a body the state word
            # names; the state word is the state's own, whatever the post
            draft.country = _glued_state(doc, named.start)
            continue
        draft.country = (
            _glued_state(doc, named.start)
            or _scene_state(doc[named.start].sent, hits)
            or _previous_subject_state(doc, named.start, named.end, hits)
        )


def _one_state_post(doc: Doc, start: int) -> str | None:
    """The state of a post only one state has, in the run the person's first mention opens or
    follows ("Treasury Secretary Scott Bessent", "Director of National Intelligence Avril
    Haines")."""
    for post, state in _ONE_STATE_POSTS.items():
        for p in range(max(0, start - len(post)), start + 1):
            if tuple(t.lower_ for t in doc[p : p + len(post)]) == post:
                return state
    return None


def _state_word(text: str) -> str | None:
    return demonyms().get(text) or country_names().get(text)


def _glued_state(doc: Doc, start: int) -> str | None:
    """ "Russian Foreign Ministry spokeswoman": a state word just before the title run, inside
    the one body name the NER tagged."""
    if start == 0:
        return None
    before = doc[start - 1]
    if before.ent_type_ != "ORG" or doc[start].ent_iob_ != "I":
        return None
    return _state_word(before.text)


def _scene_state(sent: Span, hits: list[Hit]) -> str | None:
    """ "In Tehran, foreign ministry spokesman ...", "told a briefing in Beijing": the one
    capital the sentence puts the speaker in."""
    found: set[str] = set()
    for hit in hits:
        if hit.kind not in ("CAPITAL", "SEAT") or not sent.start < hit.start < sent.end:
            continue
        prep = sent.doc[hit.start - 1]
        if prep.lower_ != "in":
            continue
        opener = prep.i == sent.start and hit.end < sent.end and sent.doc[hit.end].text == ","
        scene = prep.i > 0 and sent.doc[prep.i - 1].lower_ in _SCENE_NOUNS
        if opener or scene:
            found.add(hit.key)
    return found.pop() if len(found) == 1 else None


def _previous_subject_state(doc: Doc, start: int, end: int, hits: list[Hit]) -> str | None:
    """ "Tehran rejected the claim. Foreign ministry spokesman X said it was baseless": the one
    state of the sentence before, its subject, when the post opens this sentence (after at
    most a phrase that names nobody) and its holder is the subject of a saying verb."""
    sent = doc[start].sent
    if sent.start == 0 or any(h.kind != "ORG" and sent.start <= h.start < start for h in hits):
        return None
    if any(t.ent_type_ in _NAMING_ENTS for t in doc[sent.start : start]):
        return None  # only an opening phrase may come first: "Asked about the charges, ..."
    head = doc[end - 1]
    while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "nsubj" or head.head.lemma_ not in _SAYING:
        return None
    before = doc[sent.start - 1].sent
    named = [h for h in hits if before.start <= h.start < before.end]
    if len({h.key for h in named if h.kind != "ORG"}) != 1 or any(h.kind == "ORG" for h in named):
        return None  # "Moscow expelled two Polish diplomats": either side's spokesman
    states = [h for h in named if h.kind in _STATE_KINDS]
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or not any(h.start <= subject.i < h.end for h in states):
        return None
    return states[0].key
