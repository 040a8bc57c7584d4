"""Fighters named by who leads them: "Hamas-led gunmen attacked southern Israel". The men are
no actor of their own, but the hyphened leader in front of "led" is whose force acted, as
"Hamas gunmen" would be. Read only for a doer that names no actor itself, so a force that is an
actor of its own ("the Saudi-led coalition") keeps its own name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.passives import hyphen_agents

if TYPE_CHECKING:
    from spacy.tokens import Token

_LEADING = frozenset({"led"})


def leaders_of(doers: list[Token]) -> list[Token]:
    """The hyphened leaders of the doers: "Hamas" for "Hamas-led fighters"."""
    out: list[Token] = []
    for doer in doers:
        for mod in doer.children:
            if mod.dep_ == "amod" and mod.lower_ in _LEADING:
                out += hyphen_agents(mod)
    return out
