"""One phrase matcher over every gazetteer: country names, demonyms, capitals, seats, bodies.

Matches are case-sensitive on the token text ("US" the state, not "us"), longest first, and
dropped where they sit inside a longer proper name the NER found ("Security Council" inside
"National Security Council", "Korean" inside "Federation of Korean Industries").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from loaders.actors.gazetteer import SEATS, capitals, country_names, demonyms
from loaders.actors.organizations import known_orgs
from loaders.actors.state_ministries import names_state_ministry

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

KINDS = ("COUNTRY", "DEMONYM", "CAPITAL", "SEAT", "ORG")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    kind: str
    """One of KINDS."""
    key: str
    """ISO3 for state names, the organization's canonical name for ORG."""


def build_matcher(nlp: Language) -> tuple[PhraseMatcher, dict[str, tuple[str, str]]]:
    """The matcher and its label table: match label -> (kind, key)."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    labels: dict[str, tuple[str, str]] = {}
    tables: list[tuple[str, dict[str, str]]] = [
        ("COUNTRY", country_names()),
        ("DEMONYM", demonyms()),
        ("CAPITAL", capitals()),
        ("SEAT", SEATS),
        ("ORG", {form: org.name for form, org in known_orgs().items()}),
    ]
    for kind, table in tables:
        by_key: dict[str, list[str]] = {}
        for form, key in table.items():
            by_key.setdefault(key, []).append(form)
        for key, forms in by_key.items():
            label = f"{kind}|{key}"
            labels[label] = (kind, key)
            matcher.add(label, [nlp.make_doc(f) for f in forms])
    return matcher, labels


_PRIORITY = {kind: i for i, kind in enumerate(("ORG", "SEAT", "COUNTRY", "CAPITAL", "DEMONYM"))}


def find_hits(doc: Doc, matcher: PhraseMatcher, labels: dict[str, tuple[str, str]]) -> list[Hit]:
    spans: list[Span] = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        span.label_ = doc.vocab.strings[match_id]
        spans.append(span)
    # Equal spans in two tables ("Georgian" cannot be both): the higher-priority kind wins.
    spans.sort(key=lambda s: _PRIORITY[labels[s.label_][0]])
    hits = []
    for span in filter_spans(spans):
        kind, key = labels[span.label_]
        if span[0].lower_ == "the" and len(span) > 1:
            span = span[1:]
        if _inside_longer_name(span):
            continue
        hits.append(Hit(span.start, span.end, kind, key))
    return sorted(hits, key=lambda h: h.start)


def _inside_longer_name(span: Span) -> bool:
    """Is the match one word of a longer capitalised name? ("Security Council")."""
    doc = span.doc
    for ent in doc.ents:
        if ent.start <= span.start and span.end <= ent.end and (ent.end - ent.start) > len(span):
            if ent.label_ not in ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"):
                continue
            outside = [t for t in ent if t.i < span.start or t.i >= span.end]
            if names_state_ministry(outside) or _possessive_owner(span, ent):
                continue  # "the Russian Foreign Ministry": the state word stays a hit
            if any(
                t.is_title and t.lower_ not in ("the",) and not _is_state_word(t.text)
                for t in outside
            ):
                return True
    return False


def _possessive_owner(span: Span, ent: Span) -> bool:
    """Does the match open the name as its owner's possessive ("Armenia's Security Council")?
    The NER takes the body whole, but the state before "'s" owns it: its hit stays, so the
    body is the state's and a post "secretary of Armenia's Security Council" serves Armenia."""
    doc = span.doc
    return (
        span.start == ent.start
        and span.end < ent.end
        and doc[span.end].text in ("'s", "’s")
        and _is_state_word(span.text)
    )


def _is_state_word(text: str) -> bool:
    return text in country_names() or text in demonyms() or text in SEATS or text in known_orgs()
