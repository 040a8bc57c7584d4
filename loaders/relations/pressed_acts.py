"""An armed act pressed on: "Israel presses its ground offensive against Hezbollah", "Russian
forces pressed an assault on the town". "Press" is otherwise a verb of asking ("pressed for
talks", "pressed Iran to stop"), whose object is not asserted; with an offensive for its object
it says the offensive goes on, so it carries the act as a light verb does ("waged an
offensive"). Not with a particle: "pushed back an assault" is the defender repelling it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRESSING = words("press push")
_ARMED_ACTS = words("offensive counteroffensive assault attack advance")


def pressed_act(noun: Token) -> Token | None:
    """The verb pressing the armed act the noun names: "presses" in "presses its offensive"."""
    verb = noun.head
    pressed = noun.dep_ == "dobj" and verb.lemma_.lower() in _PRESSING
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "pushed back a Russian assault": the defender's
    return verb if pressed and noun.lemma_.lower() in _ARMED_ACTS else None
