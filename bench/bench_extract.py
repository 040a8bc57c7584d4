"""The extractor against raw spaCy over the same articles, same process.

The baseline is `nlp.pipe` with the bare model (tagger, parser, NER); the ratio is what our actor
and relation components and the conversion to domain objects cost on top of parsing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from loaders.nlp import MODEL
from loaders.pipeline import Extractor
from schema.models import Article

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ROUNDS = 3


def corpus_articles() -> list[Article]:
    articles = []
    for path in sorted(CORPUS.glob("*.json")):
        case = json.loads(path.read_text())
        articles.append(
            Article(
                id=case["id"], title=case["title"], published=case["published"], text=case["text"]
            )
        )
    return articles


def _best_of(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    articles = corpus_articles()
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    raw = spacy.load(MODEL)
    extractor = Extractor.load()
    extractor.extract(articles[0])  # warm up lazy tables outside the timing

    baseline = _best_of(ROUNDS, lambda: list(raw.pipe(texts, batch_size=16)))
    ours = _best_of(ROUNDS, lambda: list(extractor.extract_many(articles, batch_size=16)))
    print(f"   {len(articles)} articles, {words} words, best of {ROUNDS}")
    print(f"   raw spaCy nlp.pipe   {baseline:.2f} s  ({words / baseline:,.0f} words/s)")
    print(f"   Extractor            {ours:.2f} s  ({words / ours:,.0f} words/s)")
    print(f"   ratio extractor/raw  {ours / baseline:.2f}")
