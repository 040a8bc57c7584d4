"""Give back to the first sentence the subject the parser hung on its wire dateline.

"ANKARA, March 3 (Reuters) - Charles Michel and Ursula von der Leyen met Erdogan": the small
model reads the dateline as the start of the clause and hangs the first name after it on a
dateline word ("Michel" conj of "Reuters"), so only "Leyen" is the subject of "met" and every
reader that takes a subject with its conjuncts loses the first party. Repairing the tree once,
right after the parser and the entity recogniser, lets every reader see "X and Y met" as X the
subject and Y its conjunct.

When the tree is tangled further (two or more words hung on the dateline, a dateline of several
top words, "President Joe Biden and ... Suga" hung as an apposition of "WASHINGTON"), no local
move is safe; instead the rest of the first sentence is parsed again on its own, without the
dateline, and that tree is grafted in place, the dateline hanging on its verb as a modifier.
The small model reads "Israel and Lebanon on Thursday sealed a deal" well once the dateline is
gone: it is the dateline, not the sentence, that misleads it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from loaders.relations.arguments import dateline_end

DATELINE_REPAIR = "diplograph_dateline_repair_v1"
_HUNG = ("conj", "appos", "dep")
_SUBJ = ("nsubj", "nsubjpass")
_LIST_JOINS = ("and", "or", ",", "&")


# the pipes that give a fresh Doc its tags and tree (the entity recogniser's spans are kept)
_REPARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler")


@Language.factory(DATELINE_REPAIR)
def make_dateline_repair(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def repair_dateline(doc: Doc) -> Doc:
        end = dateline_end(doc)
        if end and end < len(doc):
            _reattach(doc, end)
            if _still_hung(doc, end):
                _graft_reparse(nlp, doc, end)
        return doc

    return repair_dateline


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


def _still_hung(doc: Doc, end: int) -> bool:
    sent_end = doc[end].sent.end
    return any(t.head.i < end and t.dep_ != "punct" for t in doc[end:sent_end])


def _graft_reparse(nlp: Language, doc: Doc, end: int) -> None:
    """Parse the first sentence again without its dateline and put that tree in its place.

    Only when the fresh parse is one sentence whose root is a verb with a subject: that is the
    shape a wire story's first sentence has, and anything else means the new tree is no surer
    than the old one.
    """
    sent_end = doc[end].sent.end
    words = doc[end:sent_end]
    fresh = Doc(
        doc.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words]
    )
    for name, pipe in nlp.pipeline:
        if name in _REPARSE_PIPES:
            fresh = pipe(fresh)
    sents = list(fresh.sents)
    if len(sents) != 1:
        return
    root = sents[0].root
    if root.pos_ not in ("VERB", "AUX") or not any(c.dep_ in _SUBJ for c in root.children):
        return
    arr = doc.to_array([HEAD, DEP, TAG, POS]).astype(numpy.int64)
    new = fresh.to_array([HEAD, DEP, TAG, POS]).astype(numpy.int64)
    arr[end:sent_end] = new  # heads are offsets, so they hold in their new place
    verb = root.i + end
    top = _dateline_head(doc, end)
    npadvmod = doc.vocab.strings.add("npadvmod")
    punct = doc.vocab.strings.add("punct")
    for t in doc[:end]:
        if t.head.i >= end or t.head.i == t.i:
            if t.i == top:
                arr[t.i, 0], arr[t.i, 1] = verb - t.i, npadvmod
            else:
                arr[t.i, 0] = top - t.i
                arr[t.i, 1] = punct if t.is_punct else npadvmod
    doc.from_array([HEAD, DEP, TAG, POS], cast(Ints2d, arr.astype(numpy.uint64)))


def _dateline_head(doc: Doc, end: int) -> int:
    """The dateline word the others hang on: the first that hangs outside it or is a root."""
    for t in doc[:end]:
        if not t.is_punct and (t.head.i >= end or t.head.i == t.i):
            return t.i
    return next((t.i for t in doc[:end] if not t.is_punct), 0)
