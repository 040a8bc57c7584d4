"""First-person words inside a quotation are its speaker: "'We condemn this,' Macron said".

News reports most reactions as quotes; the one who says "I" or "we" is whoever the reporting
verb outside the quote names ("said", "told reporters", "added"), in the same sentence before
or after the quote. A quote with no reporting verb in its sentence, or one whose speaker is no
actor the article knows, resolves nobody: a wrong speaker would give a whole quote to the
wrong side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours"})
_REPORTING = frozenset({"say", "tell", "add", "declare", "write", "state", "insist", "stress",
                        "warn", "note", "tweet", "post", "announce", "reply", "respond",
                        "continue", "conclude"})  # fmt: skip
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def inside_quotes(tok: Token) -> bool:
    """After an odd number of quote marks in its sentence: inside a speaker's own words."""
    return sum(1 for t in tok.sent if t.i < tok.i and t.text in _QUOTES) % 2 == 1


def _quoted(sent: Span) -> set[int]:
    """Indices of tokens between pairs of quote marks in the sentence."""
    inside, opened = set(), False
    for tok in sent:
        if tok.text in _QUOTES:
            opened = not opened
            continue
        if opened:
            inside.add(tok.i)
    return inside if not opened else set()  # unbalanced: the quote spans sentences


def _speaker(sent: Span, inside: set[int], actor_at: dict[int, str]) -> str | None:
    verbs = [
        t for t in sent if t.i not in inside and t.pos_ == "VERB" and t.lemma_.lower() in _REPORTING
    ]
    subjects = [s for v in verbs for s in v.children if s.dep_ == "nsubj" and s.i not in inside]
    speakers = {actor_at.get(t.i) for s in subjects for t in (s, *s.conjuncts)}
    return speakers.pop() if len(speakers) == 1 else None  # one speaker, and an actor


def _actor_at(mentions: list[Mention]) -> dict[int, str]:
    return {i: m.actor_id for m in mentions for i in range(m.start, m.end)}


def quoted_speaker(sent: Span, mentions: list[Mention]) -> tuple[set[int], str | None]:
    """The tokens quoted in a sentence, and the one actor the reporting verb outside names:
    "'She's safe,' Biden said" speaks of someone else than Biden, who would say "I"."""
    inside = _quoted(sent)
    return inside, _speaker(sent, inside, _actor_at(mentions)) if inside else None


def quoted_first_person(sents: list[Span], mentions: list[Mention]) -> list[Mention]:
    """Mentions (how="pronoun") for I/we/my/our in a quote whose speaker is an actor."""
    actor_at = _actor_at(mentions)
    found: list[Mention] = []
    for sent in sents:
        inside = _quoted(sent)
        if not inside:
            continue
        speaker = _speaker(sent, inside, actor_at)
        if speaker is None:
            continue
        first: list[Token] = [
            t for t in sent if t.i in inside and t.lower_ in _FIRST_PERSON and t.i not in actor_at
        ]
        found += [Mention(t.i, t.i + 1, speaker, "pronoun") for t in first]
    return found
