"""An apposition the parser hangs on the wrong noun: "ECOWAS's envoy to Niger, former Nigerian
leader Abdulsalami Abubakar, met ...", "the bloc's mediator for Mali, Goodluck Jonathan, has
travelled ...". The name follows the nearest noun (Niger, Mali), but a person is never in
apposition to a state or a body: the name belongs to the office noun the phrase hangs on.
Without this the office is read through its owner, and the body is said to have travelled
or met where its envoy did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.name_words import PERSON_NOUNS
from loaders.relations.lexicon import ROLE_NOUNS
from loaders.words import KIN_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

_OFFICE_PREPS = frozenset({"for", "to", "of", "in", "at", "on"})


def _matter(noun: Token) -> bool:
    """A thing an office is for, no person: "the EU's envoy for the dialogue, Miroslav Lajcak"
    (the name is the envoy's, as after a state or body; "the adviser to the president, X" may
    name the president, so people's nouns stay out)."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and lemma not in ROLE_NOUNS
        and lemma not in PERSON_NOUNS
        and lemma not in KIN_NOUNS
    )


def stranded_appos(office: Token, index: ActorIndex) -> Ref | None:
    """The person named in apposition to a state or body that `office`'s own phrase names."""
    for prep in (c for c in office.children if c.dep_ == "prep" and c.lower_ in _OFFICE_PREPS):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            owner = index.direct(place)
            if owner is None and not _matter(place):
                continue
            if owner is not None and index.kind(owner.actor_id) == "PERSON":
                continue
            for appos in (c for c in place.children if c.dep_ == "appos"):
                ref = index.direct(appos)
                if ref is not None and index.kind(ref.actor_id) == "PERSON":
                    return ref
    return None


# Labels the parser gives a name it set off from the office phrase before it.
_SET_OFF = frozenset({"npadvmod", "appos", "dep"})


def name_after_office(office: Token, index: ActorIndex) -> Ref | None:
    """ "held talks with the head of the council, General X": the parser hangs the name that
    follows the office's phrase and a comma on the verb (npadvmod, or a second object), so the
    office names nobody.
    The name is the office holder's when it starts right after that comma and hangs on a word
    the office itself hangs under."""
    if office.lemma_.lower() not in ROLE_NOUNS or office.tag_ != "NN":
        return None
    doc = office.doc
    comma = office.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    above = {a.i for a in office.ancestors}
    for cand in doc[comma + 1].sent:
        if cand.left_edge.i != comma + 1 or cand.head.i not in above:
            continue
        # or a second object of the verb: "held talks with the head of X, General Y"
        second = cand.dep_ == "dobj" and any(
            o.dep_ == "dobj" and o.i < office.i for o in cand.head.children
        )
        if cand.dep_ not in _SET_OFF and not second:
            continue
        ref = index.direct(cand)
        if ref is not None and index.kind(ref.actor_id) == "PERSON":
            return ref
    return None
