"""Telling a person something is a meeting only when it is said to them, not written or ordered.

"Putin told Erdogan on Monday that ...", "the vice minister told Ambassador Branstad that ...":
in the news a leader is told something by another in talks, a call or a summons, which
ANNOTATION.md counts as MET_WITH. Other senses of the verb are not: "told her to leave" is an
order, "told Macron in a letter" a message, "told a news conference alongside Niinisto" an
audience, and "pressed Netanyahu, telling him ..." adds what was pressed, often again and again,
to another verb. Nor is it when one more voice is added to another's words ("Macron said there was
an aggressor, while von der Leyen told Zelensky he was never alone"): a round-up of public
reactions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_WRITTEN = words(
    "letter message statement interview note email e-mail post tweet video broadcast speech "
    "address op-ed article column readout"
)
"""What carries words to someone not present: "told Macron in a letter"."""
_MEDIUM_PREPS = words("in via by through")
_AUDIENCES = words(
    "reporter journalist conference briefing parliament lawmaker legislator audience crowd "
    "rally meeting session assembly summit forum congress senate chamber television radio "
    "newspaper broadcaster outlet press media interviewer"
)
"""Whom one tells that is no single counterpart: "told a news conference alongside Scholz"."""
_SAYING = words("say write post tweet declare add")


def _beside_anothers_words(verb: Token) -> bool:
    """The teller, named as its own subject, is joined to another's saying or to what another
    said ("X said there was an aggressor, while Y told Z ..."; the parser may hang the clause
    on "was")."""
    if verb.dep_ not in ("advcl", "conj") or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    head = verb.head
    if head.dep_ == "ccomp":
        head = head.head
    return head.lemma_.lower() in _SAYING and head.i != verb.i


def told_in_person(verb: Token) -> bool:
    """The verb says something to its object itself: no order ("to leave"), no written medium,
    no audience for an object and no participle hung on another verb ("telling him")."""
    if verb.tag_ == "VBG" or _beside_anothers_words(verb):
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in _AUDIENCES for o in objects):
        return False
    media = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _MEDIUM_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return not any(m.lemma_.lower() in _WRITTEN for m in media)
