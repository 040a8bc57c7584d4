"""A delegation stands for the people the text says are in it: "a visit to Caracas by a U.S.
delegation that included Roger Carstens and Juan Gonzalez", "a delegation led by Wang Yi".

News names the envoys of a trip or of talks inside the delegation noun, so what the delegation
does (visits, holds talks, signs) is what they did. The noun gets one Mention per named member
(how="group", the contract in loaders/mentions.py), as "the two leaders" does; the demonym
before it ("a U.S. delegation") keeps naming the state, and a delegation whose members are not
named stays the state's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.actors.claims import Claims

_DELEGATIONS = frozenset({"delegation", "team", "entourage"})
_INCLUDING = frozenset({"include", "comprise"})
_LEADING = frozenset({"lead", "head"})


def delegation_members(doc: Doc, mentions: list[Mention]) -> dict[int, list[str]]:
    """Delegation noun index -> the people named as its members, in text order."""
    people = {i: m.actor_id for m in mentions if m.actor_id.startswith("person:")
              for i in range(m.start, m.end)}  # fmt: skip
    found: dict[int, list[str]] = {}
    for tok in doc:
        if tok.lemma_.lower() not in _DELEGATIONS or any(c.dep_ == "poss" for c in tok.children):
            continue  # "held talks with their delegations, which included ...": a side's own
        members: list[str] = []
        for named in _member_tokens(tok):
            ident = people.get(named.i)
            if ident is not None and ident not in members:
                members.append(ident)
        if members:
            found[tok.i] = members
    return found


def claim_delegations(claims: Claims) -> None:
    """Each delegation noun with named members becomes their mentions (see the module's
    docstring); the tokens it takes are claimed."""
    for noun, members in delegation_members(claims.doc, claims.mentions).items():
        _delegation(claims, noun, members)


def _delegation(claims: Claims, noun: int, members: list[str]) -> None:
    """ "a U.S. delegation that included X and Y": the noun is its members, the demonym
    before it still the state."""
    covering = [m for m in claims.mentions if m.start <= noun < m.end]
    if covering:
        state = covering[0]
        if len(covering) > 1 or state.end != noun + 1 or state.start == noun:
            return
        if not state.actor_id.startswith("country:"):
            return
        claims.mentions.remove(state)
        claims.mentions.append(Mention(state.start, noun, state.actor_id, state.how))
    for ident in members:  # one per member over the same span, as for "the two leaders"
        claims.mentions.append(Mention(noun, noun + 1, ident, "group"))
    claims.claimed.add(noun)


def _member_tokens(delegation: Token) -> list[Token]:
    heads: list[Token] = []
    # "a delegation of U.S. senators led by Jeanne Shaheen": the parser hangs "led by" on the
    # members' noun, which is the delegation still
    members = [o for p in delegation.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # fmt: skip
    for child in [*delegation.children, *(c for m in members for c in m.children)]:
        lemma = child.lemma_.lower()
        if child.dep_ == "relcl" and lemma in _INCLUDING:
            heads += [c for c in child.children if c.dep_ == "dobj"]
        elif child.dep_ == "prep" and child.lower_ == "including":
            heads += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "acl" and lemma in _LEADING:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                leaders = [c for c in agent.children if c.dep_ == "pobj"]
                heads += leaders + [m for t in leaders for m in _misplaced_members(t)]
    return [t for head in heads for t in (head, *head.conjuncts)]


def _misplaced_members(leader: Token) -> list[Token]:
    """ "a delegation led by X, the assistant secretary, which also included Y": the parser
    hangs the delegation's "which ... included" on its leader or his title; "which" names no
    person, so the clause is the delegation's."""
    titles = [c for c in leader.children if c.dep_ == "appos"]  # "X, the assistant secretary,"
    return [
        obj
        for held in (leader, *titles)
        for rel in held.children
        if rel.dep_ == "relcl"
        and rel.lemma_.lower() in _INCLUDING
        and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in rel.children)
        for obj in rel.children
        if obj.dep_ == "dobj"
    ]
