"""Give back to the first sentence the subject the parser hung on its wire dateline.

"ANKARA, March 3 (Reuters) - Charles Michel and Ursula von der Leyen met Erdogan": the small
model reads the dateline as the start of the clause and hangs the first name after it on a
dateline word ("Michel" conj of "Reuters"), so only "Leyen" is the subject of "met" and every
reader that takes a subject with its conjuncts loses the first party. Repairing the tree once,
right after the parser and the entity recogniser, lets every reader see "X and Y met" as X the
subject and Y its conjunct.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from loaders.relations.arguments import dateline_end

DATELINE_REPAIR = "diplograph_dateline_repair_v1"
_HUNG = ("conj", "appos", "dep")
_SUBJ = ("nsubj", "nsubjpass")
_LIST_JOINS = ("and", "or", ",", "&")


@Language.component(DATELINE_REPAIR)
def repair_dateline(doc: Doc) -> Doc:
    end = dateline_end(doc)
    if end and end < len(doc):
        _reattach(doc, end)
    return doc


def _reattach(doc: Doc, end: int) -> None:
    sent_end = doc[end].sent.end
    hung = [t for t in doc[end:sent_end] if t.head.i < end and t.dep_ != "punct"]
    if len(hung) != 1 or hung[0].dep_ not in _HUNG or hung[0].pos_ not in ("PROPN", "NOUN"):
        return
    name = hung[0]
    top = _dateline_top(doc, end)
    if top is None:
        return
    verb = top.head
    if verb.i <= name.right_edge.i or verb.pos_ not in ("VERB", "AUX"):
        return
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
    dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    if not subjects:
        name.head, name.dep_ = verb, dep
        if top.dep_ in _SUBJ:
            top.dep_ = "npadvmod"
        return
    if subjects == [top]:
        name.head, name.dep_ = verb, top.dep_
        top.dep_ = "npadvmod"
        return
    last = subjects[0]
    if len(subjects) == 1 and name.i < last.i < verb.i and _listed_before(doc, name, last):
        name.head, name.dep_ = verb, last.dep_
        last.head, last.dep_ = name, "conj"


def _dateline_top(doc: Doc, end: int) -> Token | None:
    """The dateline word whose head lies outside the dateline (the clause it was read into)."""
    tops = [t for t in doc[:end] if t.head.i >= end and t.dep_ != "punct"]
    return tops[0] if len(tops) == 1 else None


def _listed_before(doc: Doc, first: Token, last: Token) -> bool:
    """ "Michel and ... Leyen": the words between the two are names and list joins, no verb."""
    between = doc[first.i + 1 : last.left_edge.i]
    return any(t.lower_ in _LIST_JOINS for t in between) and not any(
        t.pos_ in ("VERB", "AUX") for t in between
    )
