"""Bodies an article names in full once, with their acronym in brackets, and by acronym after.

"the Popular Front for the Liberation of Palestine (PFLP)" is how news introduces a body no
dictionary can list in full; the small NER model swallows the opening bracket into the name
("... Palestine (PFLP") and often cuts the name's head off ("the Self-Determination of Kabylie"
for "the Movement for the Self-Determination of Kabylie"). The definition itself says which
words are the name, and makes every later "PFLP" the same body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.mentions import Mention

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

_NAME_LINKS = frozenset({"for", "of", "on", "and", "the", "-"})
"""Words inside a full name: "Movement for the ...", "Forces of ...", "Self-Determination"."""


def _is_acronym(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 8


def _name_word(tok: Token) -> bool:
    return (tok.is_title or tok.is_upper) and tok.is_alpha and tok.lower_ != "the"


def _starts(doc: Doc, end: int) -> list[int]:
    """Where a capitalised name closing at `end` may start, from the farthest: back over name
    words and the links inside a name, never over a clause's punctuation or a possessive."""
    if end < 1 or not _name_word(doc[end - 1]):
        return []
    starts, i = [end - 1], end - 1
    while i > 0 and not doc[i].is_sent_start:
        j = i - 1
        while j >= 0 and doc[j].lower_ in _NAME_LINKS and not doc[j + 1].is_sent_start:
            j -= 1
        if j < 0 or not _name_word(doc[j]):
            break
        starts.append(j)
        i = j
    return starts[::-1]


def _same_body_word(before: Token, first: Token) -> bool:
    """A capitalised word right before the name's first word, inside the same NER body: the
    acronym's initials follow another language's word order, so it opens the name too."""
    return (
        _name_word(before)
        and before.ent_type_ == "ORG"
        and first.ent_type_ == "ORG"
        and first.ent_iob_ != "B"
    )


def bracket_definitions(doc: Doc) -> list[tuple[Span, str]]:
    """Every "Full Name (ACR)" of the document: the name's words and the acronym.

    The name starts at its first capitalised word whose initial opens the acronym, so
    "Chairman of the Palestine Liberation Organization (PLO)" names the organization and
    "met on Sunday (AFP)" defines nothing; "MAK" for "Movement for the Self-Determination of
    Kabylie" (French initials) is kept, since only the first letter has to agree.
    """
    found = []
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        acronym = doc[tok.i + 1]
        if not _is_acronym(acronym):
            continue
        start = next((s for s in _starts(doc, tok.i) if doc[s].text[0] == acronym.text[0]), None)
        while start is not None and start > 0 and _same_body_word(doc[start - 1], doc[start]):
            start -= 1  # "National Committee for the Salvation of the People (CNSP)": French
        if start is not None and tok.i - start > 1:
            found.append((doc[start : tok.i], acronym.text))
    return found


def acronym_mentions(
    doc: Doc, acronyms: dict[str, str], free: Callable[[int, int], bool]
) -> list[Mention]:
    """Every later bare "PFLP" the article defined: the same body."""
    return [
        Mention(tok.i, tok.i + 1, acronyms[tok.text], "alias")
        for tok in doc
        if tok.text in acronyms and free(tok.i, tok.i + 1)
    ]
