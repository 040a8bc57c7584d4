""" "Turkey, which has strongly backed Azerbaijan, ...": a name the parser took for an adverb.

The parser sometimes labels a proper-noun object right after its verb as an adverbial noun
(npadvmod), the label it gives "Monday" in "met Monday", most often after an adverb ("has
strongly backed Azerbaijan"). Every frame that reads the verb's object then finds none. A name
right after an active verb that has no object is its object; time phrases stay adverbs
(time_objects.is_time_phrase), save a name the parser hung on one ("met Zelensky days after").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.time_names import name_before_time
from loaders.relations.time_objects import is_time_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


def misparsed_object(verb: Token) -> Token | None:
    """The proper noun right after an active verb without an object, labelled npadvmod; or a
    bare "both" there, labelled dep or hung on the verb's infinitive."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "dep" and child.lower_ == "both" and child.i == verb.i + 1:
            return child  # "urging both to stop": a bare "both" left unattached
        if (both := _both_in_infinitive(child, verb)) is not None:
            return both  # "urged both to heed calls": hung on "heed" as its adverb
        dated = name_before_time(child) if child.dep_ == "npadvmod" else None
        if dated is not None and dated.i == verb.i + 1:
            return dated  # "met Zelensky days after", read as "Zelensky days" (time_names.py)
        if child.dep_ != "npadvmod" or child.pos_ != "PROPN" or child.i != verb.i + 1:
            continue
        return None if is_time_phrase(child) else child
    return None


def stray_both(tok: Token) -> Token | None:
    """The verb whose object a bare "both" is, when the parser hung it on that verb's
    infinitive as an adverb ("urged both to heed calls for peace"); else None. Right after the
    verb and before the infinitive's "to", "both" can only be the verb's object: the adverb
    reading ("to both heed") puts it after "to"."""
    if tok.lower_ != "both" or tok.dep_ not in ("advmod", "dep", "preconj"):
        return None
    infinitive = tok.head
    verb = infinitive.head
    if infinitive.dep_ != "xcomp" or verb.pos_ != "VERB" or tok.i != verb.i + 1:
        return None
    if not any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i + 1 for c in infinitive.children
    ):
        return None
    return verb


def _both_in_infinitive(child: Token, verb: Token) -> Token | None:
    """The stray "both" on the verb's infinitive (see stray_both), or None."""
    if child.dep_ != "xcomp":
        return None
    for grand in child.children:
        if (owner := stray_both(grand)) is not None and owner.i == verb.i:
            return grand
    return None
