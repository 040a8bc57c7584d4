"""People named after the group they belong to, where the parse hangs them on the group.

"Israeli jets killed three commanders of the militia, A, B and C": spaCy hangs the list of
names as an apposition of "the militia", the "of" object, not of "commanders". A person cannot
be an apposition of a group, a country or a thing, so the named people are the members the
plural noun counts, and a verb acting on "commanders" acts on them. A person noun as the "of"
object ("the bodyguards of the aide, X") keeps its apposition: X may well be the aide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import ROLE_NOUNS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Nouns of one person, besides the posts in ROLE_NOUNS, whose apposition names that person.
_PERSON_NOUNS = words(
    "aide deputy wife husband son daughter brother sister father mother man woman founder "
    "member official officer soldier fighter negotiator lawyer journalist friend"
)


def people_of_group(index: ActorIndex, tok: Token) -> list[Ref]:
    """The people apposed to the "of" object of a plural common noun ("three commanders of
    the group, A, B and C"), when that object is no person."""
    if tok.tag_ != "NNS" or index.span(tok.i) is not None:
        return []
    out: list[Ref] = []
    for owner in arg.prep_objects([tok], ("of",)):
        named = index.direct(owner)
        if owner.pos_ != "NOUN" or (named and index.kind(named.actor_id) == "PERSON"):
            continue
        if owner.lemma_.lower() in ROLE_NOUNS | _PERSON_NOUNS:
            continue
        for appos in (c for c in owner.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            found = [r for t in arg.with_conjuncts(appos) for r in index.refs(t)]
            out += [r for r in found if index.kind(r.actor_id) == "PERSON"]
    return out
