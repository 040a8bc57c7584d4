"""Whose is a "which" clause hung on a person: "Algeria's High Security Council, chaired by
President Tebboune, which accused Morocco of hostile acts".

The parser hangs a non-restrictive relative clause on the nearest noun, here the person in the
reduced relative ("chaired by X", "led by X", "headed by X") that describes the body first named.
"which" never stands for a person; the clause is the body's: climb out of the "by" phrase to
the noun its participle describes. "who" keeps the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def which_antecedent(head: Token) -> Token:
    """The noun a "which" clause hung on `head` is about (see module doc)."""
    if head.ent_type_ != "PERSON" or head.dep_ != "pobj":
        return head
    by = head.head
    participle = by.head
    if by.dep_ != "agent" or participle.dep_ != "acl" or participle.tag_ != "VBN":
        return head
    return participle.head
