"""Who speaks when "the statement" does: "In a joint statement, the juntas said ECOWAS had
drifted from its ideals. The statement accused the bloc of failing them."

News names a statement's authors once, where it is issued ("In a statement, X said", "X issued
a communique", "a statement from X", "X's declaration"), and then lets the document speak: "The
statement accused ...", "The communique condemned ...", "a General Assembly resolution that
condemned Moscow's war". A document noun as a verb's subject (or a relative "that" clause's)
stands for its authors:

- named in its own phrase: its owner, a name in front of it ("a General Assembly resolution",
  "a Russian statement"), or a from/by phrase ("a statement from the UN");
- else, with "the"/"this", the nearest document noun before it (in its sentence or the two
  before) that tells who issued it: the subject of the verb it is an "in" phrase of ("In a
  statement, X said"), of a verb of issuing it ("X released a statement"), or its own owner or
  from/by phrase. The nearest document decides: if it names no author, nobody is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

_DOCUMENTS = words("statement communique communiqué declaration letter note resolution")
_ISSUING = words("issue release publish send sign adopt read deliver post")
_DEFINITE = frozenset({"the", "this", "that"})
_SENTENCES_BACK = 2


def statement_authors(tok: Token) -> list[Token]:
    """The tokens naming who issued the document a subject noun is (see module doc), or []."""
    if tok.lemma_.lower() not in _DOCUMENTS or not _speaks(tok):
        return []
    if own := _named_with(tok):
        return own
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return _issuers(tok)  # "NATO adopted a declaration that condemned ..."
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return []
    for earlier in _documents_before(tok):
        return _issuers(earlier)
    return []


def _speaks(doc_noun: Token) -> bool:
    """A subject, what a relative clause's subject pronoun stands for ("a resolution that
    condemned Moscow's war"), or an issued document a participle of its act hangs on
    ("issued a statement calling on X to ...", not "abstained on resolutions censuring it")."""
    if doc_noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    issued = doc_noun.dep_ == "dobj" and doc_noun.head.lemma_.lower() in _ISSUING
    if issued and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in doc_noun.children):
        return True  # "issued a statement urging Ankara to ...": the participle is its act
    clauses = [c for c in doc_noun.children if c.dep_ == "relcl"]
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("that", "which")
        for c in clauses
        for s in c.children
    )


def _named_with(doc_noun: Token) -> list[Token]:
    """Its owner, the body or state named in front of it, or the object of its from/by phrase:
    "Iran's statement", "a General Assembly resolution", "a note from X"."""
    out = [c for c in doc_noun.children if c.dep_ == "poss"]
    out += [  # a name, not a kind: "a General Assembly resolution", not "a joint statement"
        c
        for c in doc_noun.children
        if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ == "NORP")
    ]
    for prep in (c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        out += [p for p in prep.children if p.dep_ == "pobj" for p in (p, *p.conjuncts)]
    return out


def _issuers(doc_noun: Token) -> list[Token]:
    if own := _named_with(doc_noun):
        return own
    head = doc_noun.head
    if doc_noun.dep_ == "pobj" and head.lower_ in ("in", "through") and head.head.pos_ == "VERB":
        verb = head.head
        if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "acl", "advcl"):
            verb = verb.head  # "In a statement read out on television, X said"
        return grammatical_subjects(verb)  # "In a statement, X said"
    if doc_noun.dep_ == "dobj" and head.lemma_.lower() in _ISSUING:
        return grammatical_subjects(head)  # "X released a statement"
    return []


def _documents_before(tok: Token) -> list[Token]:
    """Document nouns before `tok`, nearest first, in its sentence and the two before it."""
    sent = tok.sent
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    span = tok.doc[start : tok.i]
    return [t for t in reversed(span) if t.lemma_.lower() in _DOCUMENTS and t.pos_ == "NOUN"]
