"""Bodies named by a run of capitalised words ending in a body's head word, which the NER missed.

The small model reads "the Russian-led Collective Security Treaty Organization" as nothing, or a
person "Treaty Organization", and "the Donetsk and Luhansk People's Republics" as a person too.
A name that ends in Organization, Republic, Council, Committee, Front, Movement, Union, Alliance,
Platform, Centre ... is never a person's (name_words.BODY_WORDS keeps it from the people step);
it names a body.
Two bodies sharing one plural head ("the Senate and House Armed Services Committees") are two
bodies, each with the shared tail in the singular.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import country_by_regex
from loaders.actors.syntax import is_argument
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.actors.claims import Claims

HEADS = frozenset({"organization", "organisation", "republic", "council", "committee",
                   "commission", "front", "movement", "union", "alliance",
                   "coalition", "platform", "centre", "center"})  # fmt: skip
"""Last words of bodies' names. A plural of one ends the name of two or more bodies. Not
"agency" or "service": news agencies cited as sources end so, and acting services are known."""

_POSSESSIVE = ("'s", "’s")


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper) and tok.lower_ != "the"


def _head_of(tok: Token) -> tuple[str, bool] | None:
    """The body head `tok` is (singular form) and whether it is a plural."""
    if not tok.is_title:
        return None
    if tok.lower_ in HEADS:
        return tok.text, False
    if tok.lower_.endswith("s") and tok.lower_[:-1] in HEADS:
        return tok.text[:-1], True
    return None


def _run_start(doc: Doc, head: int, claimed: set[int], plural: bool) -> int:
    """First token of the capitalised run closing at `head`: back over name words, a "People's"
    inside the name, and (before a plural head) the "and" between the bodies' own words."""
    i = head
    while i > 0:
        prev = doc[i - 1]
        if prev.i in claimed or prev.is_sent_end:
            break
        if _name_word(prev) and not prev.is_sent_start:
            i -= 1
        elif _name_word(prev) and prev.is_sent_start:
            i -= 1
            break
        elif prev.text in _POSSESSIVE and i - 2 >= 0 and _name_word(doc[i - 2]):
            i -= 1  # "People's Republic": the possessive inside one name
        elif plural and prev.lower_ == "and" and i - 2 >= 0 and _name_word(doc[i - 2]):
            i -= 1
        else:
            break
    return i


def _run_end(doc: Doc, head: int) -> int:
    """End of a name that goes on after its head word: "the National Council for the Safeguard
    of the Homeland", "the Organisation for Security" (links, then name words)."""
    end = head + 1
    while end < len(doc) and doc[end].lower_ in _LINKS:
        nxt = end
        while nxt < len(doc) and doc[nxt].lower_ in _LINKS:
            nxt += 1
        if nxt >= len(doc) or not _name_word(doc[nxt]):
            break
        while nxt < len(doc) and _name_word(doc[nxt]):
            nxt += 1
        end = nxt
    return end


_LINKS = frozenset({"of", "for", "the", "on"})


def _bodies(doc: Doc, start: int, head: int, name: str, plural: bool) -> list[tuple[Span, str]]:
    """The bodies of one run: one, or one per conjunct before a plural head, the conjunct's own
    words as long as the first one's ("Donetsk" / "Luhansk" + "People's Republics")."""
    run = doc[start : head + 1]
    ands = [t.i for t in run if t.lower_ == "and"]
    if not ands:
        return [(run, " ".join([*run[:-1].text.split(), name]))] if len(run) > 1 else []
    if not plural or len(ands) > 1:
        return []
    own = ands[0] - start
    second = ands[0] + 1
    tail = doc[second + own : head]
    if own < 1 or second + own > head:
        return []
    words = " ".join([*tail.text.split(), name]).replace(" 's", "'s").replace(" ’s", "’s")
    first = doc[start : ands[0]]
    own_second = doc[second : second + own].text
    return [(first, f"{first.text} {words}"), (doc[second : head + 1], f"{own_second} {words}")]


def claim_body_runs(claims: Claims) -> None:
    """Every unclaimed run "... Treaty Organization" that acts or is acted on: an organization."""
    doc = claims.doc
    for tok in doc:
        found = _head_of(tok)
        if found is None or tok.i in claims.claimed:
            continue
        name, plural = found
        start = _run_start(doc, tok.i, claims.claimed, plural)
        if doc[start].text in _POSSESSIVE:
            start += 1  # "Lithuania's National Cyber Security Centre": the owner was claimed
        if all(t.ent_type_ in ("GPE", "LOC") for t in doc[start : tok.i + 1]):
            continue  # "the Soviet Union", "the Islamic Republic": a state, as the NER knows
        if country_by_regex(doc[start : tok.i + 1].text):
            continue  # "the Czech Republic" the gazetteer did not claim: a state's own name
        end = _run_end(doc, tok.i)
        if end > tok.i + 1 and not plural:
            bodies = [(doc[start:end], doc[start:end].text)]
            if claims.taken(start, end):
                continue
        else:
            bodies = _bodies(doc, start, tok.i, name, plural)
        if not bodies or not any(is_argument(span) for span, _ in bodies):
            continue
        for span, body in bodies:
            ident = claims.table.organization(body, None, span.text)
            claims.claim(Mention(span.start, span.end, ident, "name"))
