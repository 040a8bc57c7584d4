"""Whose "move" was condemned? The story's own act, told in its first sentence.

Reactions further down a news story name the event the story is about by a bare noun: "Blinken
called the move deeply irresponsible", "Beijing condemned the plan", "the Kremlin called the
enlargement an assault". With no owner of its own, such a definite act noun refers to the act
the lede reports, and its doers are the lede's: the subject of its main verb, or, when the lede
reports a saying ("Putin said Russia was suspending ..."), of the clause said. Only act nouns,
only with "the/this/these", only outside the lede, and only for a condemnation (a welcome or a
rejection may be of anything).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words
from loaders.relations.modality import REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

ACT_NOUNS = words(
    "move decision step plan action announcement suspension withdrawal enlargement expansion "
    "deal agreement pact accord annexation"
)
_DEALS = words("deal agreement pact accord")
_DEFINITE = frozenset({"the", "this", "these"})
_OWNING = ("poss", "compound", "amod", "nmod")


def _ownerless(noun: Token) -> bool:
    if noun.lemma_.lower() not in ACT_NOUNS:
        return False
    if any(c.dep_ in _OWNING for c in noun.children if c.pos_ in ("PROPN", "PRON", "ADJ")):
        return False  # "Russia's decision", "the Russian move", "its move": owned
    if any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
        return False  # "the decision to ...", "the plan by ...", "the move that ...": its own
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _lede_act(lede_root: Token) -> Token:
    """The lede's act: its main verb, or the clause a main verb of saying reports."""
    if lede_root.lemma_.lower() in REPORTING:
        said = [c for c in lede_root.children if c.dep_ == "ccomp"]
        if said:
            return said[0]
    return lede_root


def story_doers(noun: Token, index: ActorIndex) -> list[Ref]:
    """The doers of the lede's act a definite ownerless act noun refers to, or []."""
    if not _ownerless(noun):
        return []
    doc = noun.doc
    if len(doc) <= index.dateline_end:
        return []
    lede = doc[index.dateline_end].sent
    if noun.sent.start == lede.start:
        return []
    act = _lede_act(lede.root)
    doers = [r for s in arg.logical_source(act) for r in index.refs(s)]
    if noun.lemma_.lower() in _DEALS:  # "X signed agreements with Y and Z": all parties
        # "with" may hang deep in the object: "agreements establishing relations with Y"
        inside = [t for o in arg.logical_objects(act) for t in o.subtree]
        doers += [r for p in arg.prep_objects([act, *inside], ("with",)) for r in index.refs(p)]
    return doers
