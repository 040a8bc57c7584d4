"""The state a pejorative label names by its demonym: "called it Israeli barbarism", "described
the raid as Russian state terrorism".

The actor stage makes a demonym a mention of its state only before a state's noun ("Israeli
forces", "an Israeli strike"); before a word of reproach it names nobody, so the label's bearer
would be lost. Only a demonym that modifies the label itself counts, and only for a state the
article already has as an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.actors_at import Ref

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex


def demonym_bearers(bearers: list[Token], index: ActorIndex) -> list[Ref]:
    """Refs of the states named by the demonyms among a label's bearers that no actor claimed."""
    out: list[Ref] = []
    for tok in bearers:
        if tok.pos_ != "ADJ" or tok.dep_ != "amod" or index.refs(tok):
            continue
        state = index.demonym_state(tok)
        if state is not None:
            out.append(Ref(state, "demonym", tok.i))
    return out
