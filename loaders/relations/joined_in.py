"""Those joined in an act: "Canada joined Britain and the United States in imposing sanctions
on X" says Britain and the United States imposed them too (they did so first). The one who
joins is the verb's subject; those joined are its object, and both are doers of the gerund."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import listed

if TYPE_CHECKING:
    from spacy.tokens import Token


def joined_doers(gerund: Token) -> list[Token]:
    """Those the subject joined "in" doing the gerund: the object of "join", with its list."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    verb = prep.head
    if verb.lemma_.lower() != "join" or verb.pos_ != "VERB":
        return []
    return [t for c in verb.children if c.dep_ == "dobj" for t in listed(c)]
