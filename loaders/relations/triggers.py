"""Finding trigger words in a parsed Doc with spaCy's Matcher, one rule per lexicon frame."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from spacy.matcher import Matcher

from loaders.relations.lexicon import FRAMES, Frame
from loaders.relations.mistagged_nouns import noun_lemma
from loaders.relations.mistagged_verbs import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

_POS = {"VERB": ["VERB"], "NOUN": ["NOUN", "PROPN"]}


class TriggerFinder:
    """Matches every frame's lemma (with its part of speech) and hands back token + frames."""

    def __init__(self, vocab: Vocab, frames: tuple[Frame, ...] = FRAMES) -> None:
        self._frames: dict[str, list[Frame]] = defaultdict(list)
        self._matcher = Matcher(vocab)
        for frame in frames:
            key = f"{frame.pos}:{frame.lemma}"
            if key not in self._frames:
                pattern = [{"LEMMA": frame.lemma, "POS": {"IN": _POS[frame.pos]}}]
                lower = [{"LOWER": frame.lemma, "POS": {"IN": _POS[frame.pos]}}]
                self._matcher.add(key, [pattern, lower])
            self._frames[key].append(frame)

    def __call__(self, doc: Doc) -> list[tuple[Token, list[Frame]]]:
        seen: set[int] = set()
        found: list[tuple[Token, list[Frame]]] = []
        for match_id, start, _end in self._matcher(doc):
            key = doc.vocab.strings[match_id]
            if start in seen:
                continue
            seen.add(start)
            found.append((doc[start], self._frames[key]))
        found += self._mistagged(doc, seen)
        return sorted(found, key=lambda pair: pair[0].i)

    def _mistagged(self, doc: Doc, seen: set[int]) -> list[tuple[Token, list[Frame]]]:
        """Verb frames for trigger verbs tagged as nouns or adjectives in a verb's place, noun
        frames for act nouns tagged as adjectives in a noun's place."""
        found: list[tuple[Token, list[Frame]]] = []
        for token in doc:
            lemma = None if token.i in seen else verb_lemma(token)
            frames = self._frames.get(f"VERB:{lemma}") if lemma else None
            noun = None if token.i in seen or frames else noun_lemma(token)
            frames = frames or (self._frames.get(f"NOUN:{noun}") if noun else None)
            if frames:
                found.append((token, frames))
        return found
