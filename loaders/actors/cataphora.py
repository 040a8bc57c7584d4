"""A pronoun in a clause put before its sentence's subject names that subject.

"In Ankara, where he held talks with Erdogan, Zelensky said ...", "After he met Xi, Biden
flew home", "During his visit, Macron signed ...": English fronts the clause and names the person
right after it. Reading such a pronoun backwards (coref's nearest earlier subject) would hand the
talks to whoever spoke in the sentence before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.mentions import Mention

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_FRONTED = ("prep", "advcl", "npadvmod")


def fronted_subject(tok: Token, people: list[Mention]) -> Mention | None:
    """The person who is the subject of the main verb, when `tok` sits in a phrase or clause
    of that verb that comes before the subject; else None."""
    verb = tok.sent.root
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].i < tok.i:
        return None
    subject = subjects[0]
    fronted = next((a for a in tok.ancestors if a.head == verb and a != verb), None)
    if fronted is None or fronted.dep_ not in _FRONTED or fronted.i > subject.i:
        return None
    for mention in people:
        if mention.start <= subject.i < mention.end:
            return mention
    return None
