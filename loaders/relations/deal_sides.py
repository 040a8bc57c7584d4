"""Which clause a brokered deal frames, and the side of it that is not the clause's subject.

A deal "brokered by M" names its mediator on the noun and its parties in the clause the deal
frames. News English puts that clause in three places the plain reading misses:
- after a comma at the end of a long sentence: "Azerbaijan handed the detainees back to
  Armenia in exchange for maps of a district that Armenian forces held, in a deal brokered by
  Georgia" - the parser hangs the comma-led phrase on the last noun it saw, but a phrase set off
  by a comma frames the sentence's main clause;
- in a relative clause of the deal: "a truce mediated by Qatar, under which Hamas freed
  hostages" - the parser may hang the relative clause on the agent instead of the truce;
- on the last noun of the clause: "normalised relations with Israel in U.S.-brokered
  agreements" frames "normalised", not "Israel";
- with one side as subject and the other as the one the act is done to or with: "returned 20
  prisoners to Armenia", "reopened the crossing with Egypt", "freed hostages in exchange for
  prisoners held by Israel" (the exchange's other holder).
Only the framing is read here; whether the clause is a fact (its modality) is the caller's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_FRAMING = ("under", "in", "through", "after", "following")
_TOWARDS = ("to", "with")
_CARRIERS = words("back over")
"""Adverbs and particles the parser hangs a "to" on: "handed them back to Armenia"."""
_HOLDING = words("hold detain jail keep imprison serve charge convict sentence arrest")
"""What the one given in exchange was undergoing where he was held: "a pilot serving a sentence
in X", "a man charged in X", "prisoners held by X"."""
_EXCHANGE = words("exchange return swap")


def framed_clause(noun: Token) -> Token | None:
    """The clause a brokered deal noun frames (see the module docstring), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _FRAMING:
        prep = noun.head
        head = prep.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("relcl", "acl"):
            return head
        comma = prep.i > 0 and prep.doc[prep.i - 1].text == ","
        root = prep.sent.root
        if comma and root.pos_ in ("VERB", "AUX") and root.i < prep.i:
            return root  # ", in a deal brokered by X" after a subordinate clause
        return head if head.pos_ in ("VERB", "AUX") else _verb_above(head)
    return _relative_under(noun)


def _verb_above(noun: Token) -> Token | None:
    """ "normalised relations with the Jewish state in U.S.-brokered agreements": the parser
    may hang the deal's phrase on the last noun before it, inside the clause's own object or
    prepositional phrase; the deal frames the verb that phrase belongs to."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "dobj"):
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if tok.dep_ not in ("relcl", "acl") else None
    return None


def _relative_under(noun: Token) -> Token | None:
    """ "a truce mediated by X, under which A did ...": the relative clause, wherever the parser
    hung it within the noun's phrase."""
    for tok in noun.subtree:
        if tok.dep_ != "relcl":
            continue
        for prep in tok.children:
            framed = prep.dep_ == "prep" and prep.lower_ in _FRAMING
            if framed and any(c.lower_ == "which" for c in prep.children):
                return tok
    return None


def counterparts(clause: Token) -> list[Token]:
    """The other side of the clause's act: "to"/"with" it was done ("returned them to X",
    "handed them back to X", "established relations with X") and who held what was given in
    exchange."""
    hosts = [clause, *(c for c in clause.children if c.lower_ in _CARRIERS)]
    # "established diplomatic relations with X": the parser hangs "with" on the object
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    with_object = arg.prep_objects(objects, ("with",))
    return arg.prep_objects(hosts, _TOWARDS) + with_object + exchange_holders(clause)


def exchange_holders(verb: Token) -> list[Token]:
    """Who held the one given "in exchange for" what the verb handed over: "in exchange for
    prisoners held by X", "for a pilot serving a sentence in X", "for a man charged in X"."""
    out: list[Token] = []
    for noun in arg.prep_objects([verb], ("in",)):
        if noun.lemma_.lower() not in _EXCHANGE:
            continue
        for given in arg.prep_objects([noun], ("for",)):
            for held in given.children:
                if held.dep_ not in ("acl", "relcl") or held.lemma_.lower() not in _HOLDING:
                    continue
                objects = [c for c in held.children if c.dep_ == "dobj"]
                out += arg.prep_objects([held], ("by",))
                out += arg.prep_objects([held, *objects], ("in",))
    return out
