"""Bodies named by a lower-case noun: "the Khimki city court", "the Turkish parliament", "the
alliance".

The NER tags neither: the noun is no name. A court or parliament with a proper name or a state
before it that acts is a body of its own (of that state); "the alliance" or "the bloc" is the
organization named before it, when the article has named exactly one that it can stand for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.actors.filters import INSTITUTIONS, NAMED_SERVICES
from loaders.actors.organizations import anaphor_orgs
from loaders.actors.syntax import is_argument
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.actors.claims import Claims
    from loaders.actors.known_org import KnownOrg


def claim_institutions(claims: Claims) -> None:
    """Lower-case bodies with a proper name or a state before them that act: "the Khimki
    city court sentenced her", "the Turkish parliament ratified"."""
    doc = claims.doc
    for tok in doc:
        if tok.lower_ not in INSTITUTIONS | NAMED_SERVICES or not tok.is_lower:
            continue
        left = doc[tok.left_edge.i : tok.i]
        dash = [t.i for t in left if t.text in ("-", "–", "—") and t.whitespace_]
        if dash:  # "SYDNEY, Feb 5 - A Beijing court": the dateline's tail is no part of it
            left = doc[dash[-1] + 1 : tok.i]
        named = [t for t in left if _proper(t)]
        if not named:
            continue
        if tok.lower_ in NAMED_SERVICES and all(t.i in claims.hit_tokens for t in named):
            continue  # "the Russian security service": the state's, read as the state
        start = named[0].i
        for t in left:
            if t.dep_ == "poss" and t.i < start:
                start = t.left_edge.i
        span = doc[start : tok.i + 1]
        if not is_argument(span):
            continue
        country = None
        for m in list(claims.mentions):
            if start <= m.start <= tok.i and m.actor_id.startswith("country:"):
                country = m.actor_id.split(":", 1)[1]
                claims.mentions.remove(m)
                claims.claimed.difference_update(range(m.start, m.end))
        for hit in claims.hits:
            if country is None and start <= hit.start < tok.i and hit.kind != "ORG":
                country = hit.key
        if claims.taken(start, tok.i + 1):
            continue
        generic = any(c.lower_ in ("a", "an") for c in tok.lefts if c.dep_ == "det")
        if country and generic and all(t.i in claims.hit_tokens for t in named):
            # "a Beijing court sentenced him": an unnamed court of the state, the state acts
            claims.claim(Mention(start, tok.i + 1, claims.table.country(country), "name"))
            continue
        ident = claims.table.organization(span.text, country, span.text)
        claims.claim(Mention(start, tok.i + 1, ident, "name"))


def claim_anaphors(claims: Claims) -> None:
    """ "the alliance", "the bloc": the organization named before, if there is exactly one."""
    for tok in claims.doc:
        if tok.i in claims.claimed:
            continue
        org = anaphor_org(claims, tok)
        if org is not None:
            ident = claims.table.organization(org.name, org.country, tok.text)
            claims.claim(Mention(tok.i, tok.i + 1, ident, "alias"))


def anaphor_org(claims: Claims, tok: Token) -> KnownOrg | None:
    """The one well-known organization named before that "the <tok>" refers back to, or None."""
    doc = claims.doc
    table = anaphor_orgs()
    if tok.lower_ not in table or tok.i == 0:
        return None
    if doc[tok.i - 1].lower_ != "the" and doc[tok.i - 1].dep_ != "poss":
        return None
    before = doc.text[: tok.idx]
    named = [
        org
        for org in table[tok.lower_]
        if any(
            m.actor_id.endswith(":" + _slug(org.name)) and m.start < tok.i for m in claims.mentions
        )
        or in_a_title(org, before)
    ]
    return named[0] if len(named) == 1 else None


def in_a_title(org: KnownOrg, before: str) -> bool:
    """Named anywhere before, though not as a mention of its own: "EU foreign policy chief Josep
    Borrell said the bloc ..." (the EU is inside a person's title)."""
    return any(re.search(rf"\b{re.escape(form)}\b", before) for form in (org.name, *org.forms))


def _proper(tok: Token) -> bool:
    """A name word before a body's head; the parser tags an acronym there as an adjective."""
    acronym = tok.is_upper and tok.is_alpha and len(tok) > 1
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "GPE", "ORG") or acronym


def _slug(name: str) -> str:
    from schema.ids import slug

    return slug(name)
