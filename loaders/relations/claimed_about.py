"""Whose "the allegations" are they? The one who said, paragraphs before, that the rejecter did it.

News English often tells an accusation as a plain saying, not with "accuse": "Israel said Iran
had supplied the drones used in the attack", "The FSB said a department of the British Foreign
Office was coordinating the escalation". Paragraphs later the one so charged answers the noun
alone: "Tehran dismissed the allegations as lies", "Britain's Foreign Office said the accusations
were baseless". The maker of that accusation is the speaker of the saying whose reported clause
has the rejecter's own side as its doer (its subject, or inside its subject: "Iranian drones",
"a department of the British Foreign Office"), and the rejecter REJECTED that speaker
(ANNOTATION.md: REJECTED, target who made the accusation).

said_before.py takes the latest speaker of the last two sentences, whatever was said; this
reader is the fallback for when that and charged_before.py (accusing verbs) found nobody. Since
the clause names the rejecter as doer, it can look as far back as charged_before (several
sentences, then the lede). Nothing is read when the sayings about the rejecter in that window
come from more than one side (the noun could be anybody's), when a speaker is on the rejecter's
side, or when the noun is owned or indefinite ("Baku's claims", "claims" are read elsewhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.charged_before import ACCUSATION_NOUNS, tokens_back
from loaders.relations.lexicon import words
from loaders.relations.own_side import one_side

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Nouns naming an accusation made by a saying ("the claims", "such assertions").
CHARGE_NOUNS = ACCUSATION_NOUNS | words("claim assertion")
# Verbs that report a claim of fact, not a wish or an order.
_SAYING = words(
    "say claim allege assert insist state tell announce write conclude report find add "
    "maintain contend"
)
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
_DOER_DEPS = frozenset({"nsubj", "agent"})
_MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})


def _definite_unowned(noun: Token, index: ActorIndex) -> bool:
    """ "the allegations", "such claims"; not "Baku's claims", "the Russian claim", "claims by"."""
    if noun.lemma_.lower() not in CHARGE_NOUNS or index.claimants(noun):
        return False
    if any(c.dep_ == "poss" or index.direct(c) is not None for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in noun.children):
        return False
    return any(c.lower_ in _DEFINITE and c.i < noun.i for c in noun.children)


def _doer_in(clause: Token, tok: Token) -> bool:
    """The token is (inside) a doer of the reported clause or of a clause within it: a subject
    or a by-agent ("a department of the British Foreign Office was coordinating", "supplied by
    Iran"), never one acted on ("Iran had been attacked", "attacked Iran"), one who only backs
    the doer ("Iran-aligned rebels") or a doer inside a noun's modifier ("seized by X")."""
    node = tok
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ == "amod" and node.tag_ in ("VBN", "VBG"):
            return False  # "the Iran-backed rebels attacked": the rebels did it, not Iran
        if node.dep_ in _DOER_DEPS:
            # "any American held by the Maduro government": a doer inside a modifier of a
            # noun is no doer of what was said
            return node.head.dep_ not in _MODIFIER_DEPS
        node = node.head
    return False


def _doers_named(clause: Token, index: ActorIndex) -> set[str]:
    out: set[str] = set()
    for tok in clause.subtree:
        ref = index.direct(tok)
        if ref is not None and _doer_in(clause, tok):
            out.add(ref.actor_id)
    return out


def claimants_about(noun: Token, reacting: Token, index: ActorIndex) -> list[Ref]:
    """Who earlier said the rejecter did something, when a definite ownerless noun of charge
    refers back to it; [] when nobody or more than one side did."""
    if not _definite_unowned(noun, index):
        return []
    rejecters = [r.actor_id for s in passives.logical_source(reacting) for r in index.refs(s)]
    if not rejecters:
        return []
    groups: list[list[Ref]] = []
    for tok in tokens_back(noun, index):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SAYING:
            continue
        if tok.i == reacting.i or tok.is_ancestor(reacting):
            continue  # "X said the accusation was baseless": the rejection itself
        clauses = [c for c in _that_clauses(tok) if not any(n.dep_ == "neg" for n in c.children)]
        named = {a for c in clauses for a in _doers_named(c, index)}
        if not any(one_side(index, r, a) for r in rejecters for a in named):
            continue
        speakers = [r for s in passives.logical_source(tok) for r in index.refs(s)]
        if not speakers:
            return []  # a claim about the rejecter by somebody unnamed: the noun may be theirs
        if all(one_side(index, r, s.actor_id) for r in rejecters for s in speakers):
            continue  # "Iran's foreign ministry said Tehran had never ...": its own word
        groups.append(speakers)
    if not groups:
        return []
    latest = groups[0]
    sides = {r.actor_id for g in groups for r in g}
    if any(not one_side(index, latest[0].actor_id, a) for a in sides):
        return []  # two sides said it: the noun could be either's
    if any(one_side(index, r, a) for r in rejecters for a in sides):
        return []  # the rejecter's own side said it: no rejection of another
    return latest


def _that_clauses(saying: Token) -> list[Token]:
    """The clauses a verb of saying reports, also when the parser hangs one on an adverb of
    time between ("said earlier that ...")."""
    clauses = [c for c in saying.children if c.dep_ == "ccomp"]
    for adverb in (c for c in saying.children if c.dep_ == "advmod" and c.i > saying.i):
        clauses += [c for c in adverb.children if c.dep_ == "ccomp"]
    return clauses
