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

_NAME_LINKS = frozenset({"for", "of", "on", "in", "and", "the", "-"})
"""Words inside a full name: "Movement for the ...", "Forces of ...", "Self-Determination"."""


def _is_acronym(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 8


def _is_acronym_part(tok: Token) -> bool:
    """ "CSP", "M5": a piece of a hyphened acronym; a letter and a number ("F-16") is none."""
    return (
        tok.text.isupper()
        and tok.text.isalnum()
        and 2 <= len(tok) <= 8
        and sum(c.isalpha() for c in tok.text) >= 1
    )


def acronym_end(doc: Doc, start: int) -> int | None:
    """End of "CSP-DPA", "M5-RFP", "FNEC-FP-FO" opening at `start`: acronyms glued by hyphens,
    which the tokenizer (and so the NER) cuts into pieces. None unless two pieces or more."""
    if not _is_acronym_part(doc[start]) or (start > 0 and _glued_hyphen(doc, start - 1)):
        return None
    end = start + 1
    while end + 1 < len(doc) and _glued_hyphen(doc, end) and _is_acronym_part(doc[end + 1]):
        end += 2
    return end if end > start + 1 else None


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """`doc[i]` is a hyphen with no space on either side."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


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
        if tok.text != "(" or tok.i + 2 >= len(doc):
            continue
        close = acronym_end(doc, tok.i + 1) or tok.i + 2
        if close >= len(doc) or doc[close].text != ")":
            continue
        acronym = doc[tok.i + 1 : close]
        if close == tok.i + 2 and not _is_acronym(acronym[0]):
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
    """Every later bare "PFLP" or "M5-RFP" the article defined: the same body."""
    found = []
    for tok in doc:
        end = acronym_end(doc, tok.i) or tok.i + 1
        text = doc[tok.i : end].text
        if text in acronyms and free(tok.i, end):
            found.append(Mention(tok.i, end, acronyms[text], "alias"))
    return found
