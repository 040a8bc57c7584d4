""" "rebuffed calls for dialogue, including from the UN and the AU": who made a claim, named in
an "including" phrase after it.

actors_at.claimants reads "calls from X", "X's demand", "a draft put forward by X". News
English often adds the claimants after a comma, as examples of a wider group: "calls for talks,
including from Washington", "demands, among them one by Qatar". The parser hangs "including"
on the claim noun as a preposition of its own, with the "from"/"by" phrase under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_INCLUDING = frozenset({"including", "notably", "especially", "particularly"})
_BY = frozenset({"from", "by"})


def included_claimants(claim: Token) -> list[Token]:
    """The objects of "from"/"by" in an "including" phrase on a claim noun, or on the verb
    whose object it is (where the parser may hang it after the comma)."""
    hosts = [claim]
    if claim.dep_ == "dobj":
        hosts.append(claim.head)
    return [
        obj
        for host in hosts
        for inc in host.children
        if inc.i > claim.i and inc.dep_ in ("prep", "advmod", "acl") and inc.lower_ in _INCLUDING
        for prep in inc.children
        if prep.dep_ == "prep" and prep.lower_ in _BY
        for obj in prep.children
        if obj.dep_ == "pobj"
        for obj in (obj, *obj.conjuncts)
    ]
