"""A time phrase the parser took for a verb's object: in "Beijing sanctioned Chong the
following month" it makes "month" the direct object and the one sanctioned a dative, so the
object slot would read a date and the act would lose its target. The time phrase is an
adverbial; the dative beside it is the real object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Heads of a bare time phrase ("the following month", "the same day", "that week").
_TIME_NOUNS = words(
    "day week month year morning afternoon evening night weekend time"
    " monday tuesday wednesday thursday friday saturday sunday"
)


def is_time_phrase(tok: Token) -> bool:
    """A noun phrase that only says when ("the following month"), headed by a time noun or
    tagged a date by the NER; not a span with a number ("gave him three days to leave")."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    return tok.lemma_.lower() in _TIME_NOUNS or tok.ent_type_ in ("DATE", "TIME")


def object_behind_time(verb: Token) -> Token | None:
    """The one dative the parser set before a time phrase it took for the object or an
    adverbial noun ("sanctioned Chong the same day"), when the verb has no other object."""
    datives = [c for c in verb.children if c.dep_ == "dative"]
    if len(datives) != 1 or is_time_phrase(datives[0]):
        return None
    rest = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.i > datives[0].i]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not rest or not all(is_time_phrase(c) for c in rest + objects):
        return None
    return datives[0]
