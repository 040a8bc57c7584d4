"""A ban on dealing with someone: "Treasury barred Americans from any dealings with the Bank of
Russia", "banned its firms from doing business with Huawei", "prohibits U.S. citizens from
dealing with them".

The object of "barred" here is the sanctioner's own people, kept from a party; the sanctioned one
is that party, named after "with". The SANCTIONED frame on "barred X from" reads X as the one
barred, which is right for an entry ban and wrong here, so this reading names the party instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_FRAME = Frame(RelationType.SANCTIONED, "bar", "VERB", (), strength=0.75)
_BARRING = words("bar ban prohibit forbid")
_DEALINGS = words("dealing dealings transaction business trade deal")
"""What is barred: nouns of dealings ("any dealings with", "transactions with") and the verbs
"dealing with", "doing business with", "trading with"."""


def _dealt_with(verb: Token) -> list[Token]:
    """Who dealing is barred with: the object of "with" under "from (doing) dealings"."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for dealing in prep.children:
            if dealing.dep_ not in ("pobj", "pcomp"):
                continue
            heads = [dealing, *(c for c in dealing.children if c.dep_ == "dobj")]
            if not any(h.lemma_.lower() in _DEALINGS for h in heads):
                continue
            out += arg.prep_objects(heads, ("with",))
    return out


def barred_dealings(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SANCTIONED facts from who bars dealings to the party dealings are barred with."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BARRING:
            continue
        parties = _dealt_with(verb)
        if not parties or (status := verb_status(verb)) is None:
            continue
        targets: list[Ref] = [
            r for p in parties for t in arg.with_conjuncts(p) for r in index.refs(t)
        ]
        sources = [r for s in passives.logical_source(verb) for r in index.refs(s)]
        if not targets or not sources:
            continue
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength, sources, targets)
        out += facts_between(sources, RelationType.SANCTIONED, targets, status, 0.75, reading)
    return out
