"""Signers who put their names to a text together, in one place, met.

"Erdogan and Mitsotakis signed a declaration in Athens", "Sunak and Kishida signed the pact at
the Tower of London", "the two ministers signed the memorandum during a visit to Tripoli",
"after a morning of talks, the two leaders signed the declaration": a signing held somewhere,
or during a visit or talks, is a ceremony both signers attended, so they also MET_WITH.

Only people: states or bodies that "signed a deal" may have done so through envoys, by
exchange of letters or in separate capitals. A signing with no place or occasion ("signed a
treaty with Reagan in 1987", "signed a separate pact with Kishida") says nothing of a meeting;
nor one held by video, signed separately or remotely.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact
from loaders.relations.lexicon import words
from loaders.relations.remote_meetings import remote_here
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex

_SIGNING = words("sign ink put countersign")
# "in Athens", "at the palace", "at a ceremony": where the signing was held
_PLACE_PREPS = ("in", "at")
_PLACE_ENTS = frozenset({"GPE", "FAC", "LOC"})
_VENUES = words(
    "palace office residence room hall ceremony summit house ministry castle tower "
    "resort building headquarters"
)
# "during a visit", "after talks", "on the sidelines of the summit": the occasion both attended
_OCCASION_PREPS = ("during", "after", "following", "on", "at")
_OCCASIONS = words("visit talks talk summit meeting ceremony trip sideline sidelines session")
_APART = words("separately remotely virtually phone video letter letters exchange")
_MONTHS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# "signed treaties of accession": a state's absorption or entry, not talks between two sides
_JOINING = words("accession annexation incorporation")
# "signed in Doha on Feb. 29", "two years ago in Abu Dhabi", "last month": an earlier signing
_EARLIER = words("ago last earlier previous")


def _is_place(tok: Token) -> bool:
    """A named place or a venue noun: "Athens", "the Tower of London", "the palace"."""
    return tok.ent_type_ in _PLACE_ENTS or tok.lemma_.lower() in _VENUES


def _held_together(verb: Token) -> bool:
    """The signing verb names where or on what occasion it happened."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if any(_is_place(o) for o in arg.prep_objects(hosts, _PLACE_PREPS)):
        return True
    occasions = arg.prep_objects([verb], _OCCASION_PREPS)
    return any(o.lemma_.lower() in _OCCASIONS or o.lower_ in _OCCASIONS for o in occasions)


def _apart(verb: Token) -> bool:
    """ "signed separately", "signed by exchange of letters", a signing by video."""
    sent = verb.sent
    return remote_here(verb) or any(t.lower_ in _APART for t in sent)


def _dated_earlier(verb: Token) -> bool:
    """The sentence dates the signing by month, year or "ago": background, an earlier deal
    the story recalls, whose ceremony it does not report."""
    for ent in verb.sent.ents:
        if ent.label_ != "DATE":
            continue
        for tok in ent:
            low = tok.lower_.rstrip(".")
            if low in _MONTHS or low in _EARLIER or (tok.is_digit and len(tok.text) == 4):
                return True
    return False


def _joining(verb: Token) -> bool:
    """ "signed treaties of accession with the installed heads": an act of absorbing a
    territory or joining a bloc, performed before an audience, not a meeting of two sides."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in _JOINING for o in objects for t in o.subtree)


def _two_sides(source: str, target: str, index: ActorIndex) -> bool:
    """Signers of two different states (or one of none): a domestic signing ("the general and
    the prime minister signed the accord at the palace") is a pact between factions whose
    people meet daily, and two officials of one body ("Tusk and Juncker") sign for one side."""
    home, away = index.country(source), index.country(target)
    return home != away


def meetings_at_signings(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """A MET_WITH for each pair of people who signed together at a named place or occasion."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is not RelationType.SIGNED_AGREEMENT_WITH:
            continue
        verb = fact.reading.trigger
        if verb.lemma_.lower() not in _SIGNING:
            continue
        if index.kind(fact.source) != "PERSON" or index.kind(fact.target) != "PERSON":
            continue
        if not _two_sides(fact.source, fact.target, index):
            continue
        if not _held_together(verb) or _apart(verb) or _dated_earlier(verb) or _joining(verb):
            continue
        conf = round(fact.confidence - 0.15, 2)
        out.append(
            Fact(fact.source, RelationType.MET_WITH, fact.target, fact.status, conf, fact.reading)
        )
    return out
