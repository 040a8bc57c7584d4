"""Pronouns resolved to the person introduced earlier in the article.

A deliberately small rule set, chosen to be predictable: a subject or possessive pronoun ("he",
"his") refers to the nearest person that was a grammatical subject, in the same sentence before
it or in the sentences just before; an object pronoun ("him") to the nearest person mentioned
before it who is not the subject of its own verb. Only people within three sentences qualify.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECT = frozenset({"he", "she"})
_POSSESSIVE = frozenset({"his", "her", "hers"})
_OBJECT = frozenset({"him", "himself", "herself"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_WINDOW = 3


def resolve_pronouns(doc: Doc, person_mentions: list[Mention]) -> list[Mention]:
    """Mentions (how="pronoun") for he/she/his/her/him that have an antecedent."""
    sent_of = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = n
    known = sorted(person_mentions, key=lambda m: m.start)
    resolved: list[Mention] = []
    for tok in doc:
        word = tok.lower_
        if word not in _SUBJECT and word not in _POSSESSIVE and word not in _OBJECT:
            continue
        if word == "her" and tok.dep_ not in ("poss",):
            word = "him"
        candidates = [
            m
            for m in known + resolved
            if m.end <= tok.i and sent_of[tok.i] - sent_of[m.start] <= _WINDOW
        ]
        antecedent = _pick(doc, tok, word, candidates)
        if antecedent is not None:
            resolved.append(Mention(tok.i, tok.i + 1, antecedent.actor_id, "pronoun"))
    return resolved


def _pick(doc: Doc, tok: Token, word: str, candidates: list[Mention]) -> Mention | None:
    if not candidates:
        return None
    latest_first = sorted(candidates, key=lambda m: m.start, reverse=True)
    if word in _OBJECT:
        own_subjects = {c.i for c in tok.head.children if c.dep_ in _SUBJECT_DEPS}
        for m in latest_first:
            if not any(i in own_subjects for i in range(m.start, m.end)):
                return m
        return None
    for m in latest_first:
        if _is_subject(doc, m):
            return m
    return latest_first[0]


def _is_subject(doc: Doc, mention: Mention) -> bool:
    root = doc[mention.start : mention.end].root
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    return root.dep_ in _SUBJECT_DEPS


_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "leader", "king",
                  "emir", "sultan", "supreme")  # fmt: skip
_DESCRIBED = frozenset({"leader", "president", "minister", "premier", "chancellor",
                        "secretary", "spokesman", "spokeswoman", "envoy", "diplomat", "king",
                        "emir"})  # fmt: skip


def resolve_descriptions(
    doc: Doc,
    person_mentions: list[Mention],
    people: dict[str, tuple[str | None, str | None]],
    demonym_at: dict[int, str],
) -> list[Mention]:
    """ "the Russian leader", "the president", "the foreign minister": the person named before
    whose title fits (and whose state fits the demonym), within three sentences.

    `people` maps a person id to (title, ISO3); `demonym_at` maps a token index to the ISO3 of
    a demonym there."""
    sent_of = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
    taken = {i for m in person_mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for tok in doc:
        if tok.lower_ not in _DESCRIBED or not tok.is_lower or tok.i in taken:
            continue
        if tok.i + 1 < len(doc) and (doc[tok.i + 1].i in taken or doc[tok.i + 1].is_title):
            continue  # a title before a name, handled with the name
        start = tok.i
        while (
            start > 0
            and (doc[start - 1].is_lower or start - 1 in demonym_at)
            and (doc[start - 1].lower_ not in ("the", "a", "an"))
            and doc[start - 1].dep_ in ("amod", "compound")
        ):
            start -= 1
        if start == 0 or doc[start - 1].lower_ != "the":
            continue
        iso3 = next((demonym_at[i] for i in range(start, tok.i) if i in demonym_at), None)
        best = None
        for m in sorted(person_mentions, key=lambda m: m.start, reverse=True):
            if m.end > start or sent_of[start] - sent_of[m.start] > _WINDOW:
                continue
            title, country = people.get(m.actor_id, (None, None))
            if (iso3 and country != iso3) or not title:
                continue
            if _fits(_plain(doc, start, tok.i), tok.lower_, title.lower()):
                best = m
                break
        if best is not None:
            found.append(Mention(start, tok.i + 1, best.actor_id, "title"))
    return found


def _fits(words: str, head: str, title: str) -> bool:
    """ "leader" fits any head of state or government; otherwise every word must be in the title
    ("the foreign minister" fits "Foreign Minister", not "Prime Minister")."""
    mods = [w for w in words.split()[:-1] if w.islower()]
    if head == "leader":
        return any(t in title for t in _LEADER_TITLES) and not mods
    return head in title and all(w in title for w in mods)


def _plain(doc: Doc, start: int, head: int) -> str:
    """The description's words without its demonym ("Russian foreign minister": "foreign
    minister")."""
    return " ".join(t.lower_ for t in doc[start : head + 1] if t.is_lower)
