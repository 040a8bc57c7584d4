"""Quotes that run over several sentences, and the sentence that says who spoke them.

News splits long quotes: '"This is not Ukraine's fault," he said. "Russia bears ultimate
responsibility."' or '"A and B have incited violence. These actions are not acceptable," X
said.' Only one sentence names the speaker; the others are the same person's words with no
verb of saying of their own. Both stages need to know which sentence that is: the actor stage
for "I" and "we" in the quote, the relation stage for what the quote says of others.

A quoted sentence continues a quote when it opens with a quote mark and either closes it itself
(or the parser moved the closing mark onto the next sentence, as it does before a paragraph
break): then the speaker is named in the sentence just before, after its closing mark; or it
leaves the quote open: then the speaker is named after the closing mark in the next sentence
that has a quote mark (at most two on, and that mark must close). Straight quote marks are told
apart by spacing: an opening mark is glued to the word after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_AHEAD = 2


def attributed_by(sents: list[Span], n: int) -> tuple[Span, set[int]] | None:
    """For a sentence that continues a quote: the sentence naming its speaker, and the indices
    of the quoted words across both (the attribution's own quoted part included)."""
    sent = sents[n]
    words = [t for t in sent if not t.is_space]
    marks = _marks(sent)
    if not words or not opens(words[0]) or any(opens(m) for m in marks[1:]):
        return None  # not a sentence that opens one quote
    quoted = {t.i for t in sent if t.text not in QUOTE_MARKS}
    stray = n + 1 < len(sents) and closes(sents[n + 1][0])  # the parser moved its mark on
    if (len(marks) == 2 and closes(words[-1])) or (len(marks) == 1 and stray):
        before = sents[n - 1] if n > 0 else None
        return (before, quoted) if before is not None and _names_after(before) else None
    if len(marks) != 1:
        return None
    for later in sents[n + 1 : n + 1 + _AHEAD]:
        later_marks = _marks(later)
        if not later_marks:
            quoted |= {t.i for t in later}
            continue
        if len(later_marks) != 1 or not closes(later_marks[0]) or not _names_after(later):
            return None
        return later, quoted | {t.i for t in later if t.i < later_marks[0].i}
    return None


def opens(tok: Token) -> bool:
    """An opening quote mark: a curly one, or a straight one glued to the word after it."""
    if tok.text in ("“", "``"):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text == '"' and not tok.whitespace_ and nxt is not None and not nxt.is_space


def closes(tok: Token) -> bool:
    return tok.text in ("”", "''") or (tok.text == '"' and not opens(tok))


def _marks(sent: Span) -> list[Token]:
    return [t for t in sent if t.text in QUOTE_MARKS]


def _names_after(sent: Span) -> bool:
    """The sentence closes a quote and goes on after it ('..., X said.'), not 'X said: "...".'"""
    marks = _marks(sent)
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return bool(marks) and closes(marks[-1]) and bool(words) and words[-1].i > marks[-1].i
