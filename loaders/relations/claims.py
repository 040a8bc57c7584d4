"""Whose claim is rejected when the sentence names it only as an afterthought: "he called
Zelensky a dictator, a remark Kyiv rejected"; "Washington said it had been sent to spy, a charge
Beijing rejected"; "Tiani proposed a transition, an offer ECOWAS dismissed".

The claim noun carries no owner ("a remark", "a charge"): it sums up the clause before the
comma, and the claim is the one who says, proposes or accuses in that clause. The parser hangs
such a noun almost anywhere (an apposition of the subject, of the last noun, an adverbial), so
it is found by its shape: ", a <claim noun> <rejecter> <rejected>", and the claimant by climbing
from the word before the comma to the nearest verb of saying. No verb of saying, no claimant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.lexicon import CLAIM_NOUNS, words
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAIMING = words(
    "say tell claim allege accuse charge blame demand propose offer suggest call describe ask "
    "request "
    "insist argue assert announce state declare add write brand label"
)


def before_the_comma(noun: Token) -> Token | None:
    """The last word of the clause an afterthought ", a <noun> ..." sums up, or None."""
    start = noun.left_edge.i
    doc = noun.doc
    if start < 2 or doc[start - 1].text != "," or doc[start].lower_ not in ("a", "an"):
        return None
    return doc[start - 2]


# Nouns that sum up an assertion as such, whoever is said in it to have acted: "X said Y had
# asked for it, a claim Z denied" is X's claim (not "an offer", which stays Y's).
_ASSERTIONS = words("claim assertion contention")
_ASSERTING = words("say claim insist assert tell")


def _reported_claim(tok: Token, noun: Token) -> bool:
    """Whether a verb is the content of a verb of saying and the noun summing it up calls it an
    assertion: then the assertion is the sayer's."""
    if noun.lemma_.lower() not in _ASSERTIONS or tok.dep_ != "ccomp":
        return False
    return tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _ASSERTING


def summed_up_claimant(noun: Token, rejecting: Token) -> list[Token]:
    """Who made the claim an ownerless claim noun after a comma sums up, or []."""
    if noun.lemma_.lower() not in CLAIM_NOUNS or rejecting.head.i != noun.i:
        return []
    if any(c.dep_ in ("poss", "prep") for c in noun.children):
        return []  # "Baku's claim", "the claim by Baku": owned, read elsewhere
    tok = before_the_comma(noun)
    if tok is None:
        return []
    for _ in range(10):
        if _reported_claim(tok, noun):
            tok = tok.head  # "said Modi had asked him to, a claim Delhi denied": the sayer's
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CLAIMING:
            # "after being accused of spying, a charge he denies": a passive's claimant is its
            # agent (here nobody), never its subject, who is the one accused
            return passives.logical_source(tok)
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


# Verbs whose subject made the claim or terms they take as object: "unveiled a plan", "issued a
# statement".
_ISSUING = words("propose offer unveil present table submit float put announce issue publish make")
_RELATIVES = frozenset({"that", "which"})


def relative_claimant(obj: Token, rejecting: Token) -> list[Token]:
    """Who made the claim a relative clause rejects: "Trump unveiled a plan that the
    Palestinians rejected" -> Trump; "the leaders rebuked Beijing in a communique that Beijing
    had already rejected" -> the leaders. The clause hangs on the noun of the claim, and the
    claim is the one who put it forward in the clause the noun stands in: as the object of a
    verb of issuing, or as the statement "in" which the subject spoke. An owned claim ("Kyiv's
    plan, which Moscow rejected") is read elsewhere."""
    if rejecting.dep_ != "relcl":
        return []
    noun = rejecting.head
    if obj.i != noun.i and obj.lower_ not in _RELATIVES:
        return []
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return []
    if any(c.dep_ in ("poss", "prep") for c in noun.children):
        return []
    maker = noun.head
    if noun.dep_ == "dobj" and maker.lemma_.lower() in _ISSUING:
        return passives.logical_source(maker)
    if noun.dep_ == "pobj" and maker.lower_ == "in" and maker.head.pos_ == "VERB":
        return passives.logical_source(maker.head)
    return []


def earlier_claimant(noun: Token, rejecting: Token) -> list[Token]:
    """Who made "the request" rejected in a clause joined to the one that made it: "Moscow asked
    for a meeting, but Britain turned the request down" -> Moscow. An owned claim is read
    elsewhere; a claim noun without "the" ("rejected claims") may be anybody's."""
    if noun.lemma_.lower() not in CLAIM_NOUNS or noun.head.i != rejecting.i:
        return []
    if any(c.dep_ in ("poss", "prep", "compound", "amod") for c in noun.children):
        return []
    if not any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in noun.children):
        return []
    if rejecting.dep_ != "conj" or rejecting.head.i > rejecting.i:
        return []
    claiming = rejecting.head
    if claiming.pos_ not in ("VERB", "AUX") or claiming.lemma_.lower() not in CLAIMING:
        return []
    makers = grammatical_subjects(claiming)
    own = {t.i for t in grammatical_subjects(rejecting)}
    return [] if own & {t.i for t in makers} else makers
