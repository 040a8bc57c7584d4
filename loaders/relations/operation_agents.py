"""Who made an arrest said through the operation it was part of, not through the verb's "by".

"was arrested in Liberia in a sting operation by U.S. drug agents", "were arrested in Haiti in
an operation by the U.S. Drug Enforcement Administration": the arrest's doer hangs on the
operation, and the place names only where the foreign agents struck. The place is then no
jailer (frames_apply reads "arrested in X" as X's arrest only when no one else is said to act).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_OPERATIONS = words("operation sting raid swoop crackdown investigation probe")


def operation_doers(verb: Token) -> list[Token]:
    """The "by" objects of an operation the verb's action was done in: "arrested in a sting
    operation by U.S. agents" -> "agents"."""
    settings = arg.prep_objects([verb], ("in", "during"))
    operations = [t for t in settings if t.lemma_.lower() in _OPERATIONS]
    return arg.prep_objects(operations, ("by",))
