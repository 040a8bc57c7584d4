"""The line a call went over, as a host of the call's partner.

"Merkel spoke by telephone with Putin hours before ...": the parser may hang "with Putin" on
"telephone" rather than on "spoke", so the frame's "with" slot on the verb finds no partner.
The means noun ("by telephone", "over the phone", "via video link") is part of the verb's
own phrase; its "with" names the one spoken to, as on the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

CALL_LINES = words("phone telephone video videolink link teleconference videoconference")
"""Nouns naming the line of a call (after "by", "over", "via")."""


def call_lines(verb: Token) -> list[Token]:
    """The line nouns of the verb's "by"/"over"/"via" phrase: "spoke by telephone"."""
    return [
        o for o in arg.prep_objects([verb], ("by", "over", "via")) if o.lemma_.lower() in CALL_LINES
    ]
