"""Accusations in an object relative clause whose verb the tagger took for a noun: "Iran, which
Israel and the United States accuse of supplying drones", "the ADF, which Kampala accuses of".

After a relative pronoun and a name, the small model often reads "accuse"/"accuses" as a noun
("the United States accuse") and builds a noun phrase, or a clause on "which", around it; the
trigger matcher and mistagged_verbs (which needs a clause head with a subject) then see no verb.
The surface still says it: ", which|whom" + the accusers' names (joined by "and", with "the")
+ a form of accuse or blame + "of"/"for". The accusers are every actor in that short span; the
accused is the noun right before the comma (for "whom", the person that noun's phrase
describes: "Saeed, the founder of Lashkar-e-Taiba, whom ..."). Only a clause with nothing but
names, "and", "the" and commas between the pronoun and the verb is read (no hedge, negation
or verb of saying), and it is asserted as fact like any relative clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_FORMS = frozenset({"accuse", "accuses", "blame", "blames"})
"""Present forms only: "accused"/"blamed" after a name reads as a participle the tagger gets."""
_AFTER = frozenset({"of", "for"})
_RELATIVES = frozenset({"which", "whom"})
_GLUE = frozenset({"and", "the", ","})
_NOUNS = frozenset({"NOUN", "PROPN"})
_FRAME = Frame(RelationType.ACCUSED, "accuse", "VERB", ())
_STRENGTH = 0.7
_SPAN = 8


def _accusers(index: ActorIndex, span: list[Token]) -> list[Ref] | None:
    """The actors named in the span between the pronoun and the verb, or None when anything
    but names and glue stands there."""
    found: list[Ref] = []
    seen: set[str] = set()
    for tok in span:
        ref = index.direct(tok)
        if ref is not None:
            if ref.actor_id not in seen:
                seen.add(ref.actor_id)
                found.append(ref)
        elif tok.lower_ not in _GLUE:
            return None
    return found


def _name_root(index: ActorIndex, tok: Token) -> Token:
    """The head word of the name `tok` ends ("Lashkar-e-Taiba" is several tokens)."""
    span = index.span(tok.i)
    if span is None:
        return tok
    start, end, _ = span
    return next((t for t in tok.doc[start:end] if not start <= t.head.i < end), tok)


def _antecedent(before: Token, pronoun: Token) -> Token:
    """Whom "whom" is: "Saeed, the founder of Lashkar-e-Taiba, whom ..." is about the person the
    apposition describes, not the group its of-phrase names; "which" keeps the noun."""
    tok = before
    if pronoun.lower_ != "whom":
        return tok
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head.head
    return tok.head if tok.dep_ == "appos" else tok


def mistagged_accusations(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for verb in doc:
        if verb.lower_ not in _FORMS or verb.pos_ == "VERB":
            continue
        if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in _AFTER:
            continue
        start = max(0, verb.i - _SPAN)
        relatives = [t for t in doc[start : verb.i] if t.lower_ in _RELATIVES]
        if not relatives:
            continue
        pronoun = relatives[-1]
        if pronoun.i < 2 or doc[pronoun.i - 1].text != "," or doc[pronoun.i - 2].pos_ not in _NOUNS:
            continue
        sources = _accusers(index, list(doc[pronoun.i + 1 : verb.i]))
        target = index.direct(_antecedent(_name_root(index, doc[pronoun.i - 2]), pronoun))
        if not sources or target is None:
            continue
        if pronoun.lower_ == "whom" and index.kind(target.actor_id) != "PERSON":
            continue
        targets = [target]
        reading = Reading(_FRAME, verb, (verb,), Status.OCCURRED, _STRENGTH, sources, targets)
        kind = RelationType.ACCUSED
        out += facts_between(sources, kind, targets, Status.OCCURRED, _STRENGTH, reading)
    return out
