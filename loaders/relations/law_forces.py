"""A bare force of law as the doer of an arrest: "police arrested him", "authorities held her".

"Police" or "the authorities" with no demonym, possessor or compound name no state of their own:
they are the force of the state where they act. Callers give them that state (the place of the
arrest, or the one jailer of the story); "Thai police", "rebel soldiers", "the Interior Ministry's
police" are not bare and name their own doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

LAW_FORCES = words("police authority prosecutor investigator")


def bare_law_force(doer: Token) -> bool:
    """ "police", "the authorities", "police and prosecutors": a force of law naming no state."""
    bare = all(c.dep_ in ("det", "cc", "conj") for c in doer.children)
    return bare and doer.lemma_.lower() in LAW_FORCES
