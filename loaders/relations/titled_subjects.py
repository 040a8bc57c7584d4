"""Subjects that are a long title ending in a name, which the parser splits.

"U.N. envoy for the Middle East Anna Berg met Netanyahu": the name is read as part of the
title's "for" phrase, and the title noun ("envoy") becomes the subject, which names nobody.
"Just hours before the coup, U.S. special envoy for the Horn of Africa Jeffrey Feltman had met
...": after an opening phrase, the whole title may be read as an apposition of the phrase's last
noun, leaving the verb with no subject. In both the name that ends the title right before the
verb is who acted. Only titles of office ("envoy", "minister"), and only "for" inside them:
"the widow of Alexei Navalny met Biden" is no meeting of Navalny.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import opening_comma

if TYPE_CHECKING:
    from spacy.tokens import Token

_OFFICES = frozenset(
    {
        *("envoy", "representative", "coordinator", "commissioner", "secretary", "minister"),
        *("adviser", "advisor", "chief", "head", "spokesman", "spokeswoman", "spokesperson"),
        *("ambassador", "director", "chair", "chairman", "chairwoman", "rapporteur"),
    }
)
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})
# the field of an office "to" is posted to may also be a body: "ambassador to the United Nations"
_FIELDS = {"for": _PLACES, "to": _PLACES | {"ORG"}}


def _name_before(verb: Token) -> Token | None:
    """The last word before the verb and its auxiliaries, if a name."""
    doc, end = verb.doc, verb.i - 1
    while end > verb.sent.start and doc[end].dep_ in ("aux", "auxpass", "neg", "advmod"):
        end -= 1
    return doc[end] if doc[end].pos_ == "PROPN" else None


def name_ending_title(subject: Token) -> list[Token]:
    """The name that ends a subject title's "for" or "to" phrase: "envoy for Syria Tom Keller
    met", "Ambassador to the United Nations Ann Ruiz said"."""
    verb = subject.head
    name = _name_before(verb)
    if subject.pos_ not in ("NOUN", "PROPN") or name is None:
        return []
    if subject.lower_ not in _OFFICES and subject.lemma_.lower() not in _OFFICES:
        return []
    if subject.right_edge.i != name.i or name.dep_ != "pobj" or name.head.lower_ not in _FIELDS:
        return []
    if name.head.head.i != subject.i:
        return []
    # the office's field, a place, comes first: "for Syria Tom Keller", not "for Foreign
    # Minister Lavrov" (the spokesman is not the minister)
    field = verb.doc[name.head.i + 1 : name.i]
    places = _FIELDS[name.head.lower_]
    return [name] if any(t.ent_type_ in places for t in field) else []


_TITLE_WORDS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP", "PUNCT"})


def titled_after_opening(verb: Token) -> list[Token]:
    """ "Just hours before the coup, U.S. special envoy for the Horn of Africa Jeffrey Feltman
    had met ...": after an opening phrase (its comma read by arguments.opening_comma), a long
    title may be read as an apposition of the phrase's last noun, leaving the verb with no
    subject. The name that ends the title right before the verb (and its auxiliaries) is the
    subject. Only a title of nouns, adjectives and prepositions after the opening's comma: no
    verb or clause between. Where subjects._subjects_after_opening takes every name of the
    list after the comma, a title names one: "U.S." and "the Horn of Africa" act in nothing."""
    comma = opening_comma(verb, _TITLE_WORDS)
    name = _name_before(verb)
    if comma is None or name is None:
        return []
    title = verb.doc[comma + 1 : name.i + 1]
    if len(title) < 3 or not any(t.lemma_.lower() in _OFFICES for t in title):
        return []  # "..., the widow of opposition leader X met": no office, not X
    return [name] if name.dep_ in ("conj", "appos") else []
