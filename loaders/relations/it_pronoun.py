"""The pronouns "it" and "its" for a state or a body ("Japan said it had lodged a protest").

The actor stage resolves personal pronouns to people; states and bodies are "it" in English news,
and a relation whose actor is "it" is otherwise lost. A small centering rule, chosen to be
predictable: a subject or possessive "it"/"its" refers to the nearest preceding main-clause
subject in the same or the previous sentence, and only when that subject names a country or an
organization (a nearer main-clause subject that is no actor, "the plan", blocks it). A possessive
the clause itself binds comes first (bound_its); an object "it" is read as the object of the
verb its own verb is joined to, or else, on a joined verb with no subject of its own ("accused
Israel of crimes and called on it to halt"), as the state or body named last before it that is
not the joined clauses' subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.bound_its import bound_possessor

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

_IT = frozenset({"it", "its"})
_SUBJECTS = ("nsubj", "nsubjpass")


def it_antecedent(tok: Token, actor_of: Callable[[Token], str | None]) -> Token | None:
    """The subject token "it"/"its" refers to, if it names a state or body; else None.

    `actor_of(token)` gives the non-person actor id a token names, or None.
    """
    if tok.lower_ == "it" and tok.dep_ == "dobj":
        first = _first_verb_object(tok)
        if first is not None and actor_of(first) is not None:
            return first
        return _named_before_joined(tok, actor_of)
    if tok.lower_ == "it" and tok.dep_ == "pobj":  # "and called on it to halt"
        return _named_before_joined(tok, actor_of)
    if tok.lower_ not in _IT or tok.dep_ not in (*_SUBJECTS, "poss"):
        return None
    if tok.dep_ == "poss" and (bound := bound_possessor(tok)) is not None:
        return bound
    own = _own_clause_subject(tok)
    if own is not None:  # "the EU acted after Moscow launched its invasion": Moscow's
        return own if actor_of(own) is not None else None
    urged = _urged_doer(tok)
    if urged is not None:  # "called on Tehran to free the Americans it holds": Tehran
        return urged if actor_of(urged) is not None else None
    holder = _object_holder(tok)
    if holder is not None and actor_of(holder) is not None:
        return holder  # "holding up the bids of Sweden, which it accuses of": the holder
    reporter = _reporting_subject(tok)
    if reporter is not None and actor_of(reporter) is not None:
        return reporter  # "the FSB announced that it had detained ...", in any clause
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    for cand in reversed(tok.doc[start : tok.i]):
        if cand.dep_ not in _SUBJECTS or cand.pos_ == "PRON" or not _main_clause(cand.head):
            continue
        if cand.conjuncts:  # "Egypt and Jordan condemned ..., saying it": not one of them
            return None
        return cand if actor_of(cand) is not None else None
    return None


def _first_verb_object(it: Token) -> Token | None:
    """ "condemned the Marcos government and accused it of surrendering a citizen": the object
    "it" of a verb joined to an earlier one is that verb's object, named just before; the
    subject would be "itself"."""
    verb = it.head
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
    return objects[0] if len(objects) == 1 else None


def _named_before_joined(it: Token, actor_of: Callable[[Token], str | None]) -> Token | None:
    """ "accused Israel of crimes and called on it to halt", "said Iran was to blame and called
    on it to stop": the object "it" of a verb joined to an earlier one, with no subject of its
    own, is the state or body named last before it in the sentence. The joined verbs' subject
    is who acts, so not "it" (that would be "itself"); the parser often joins the verb to a
    verb inside the first clause, so the main clause's subjects are passed over too."""
    verb = it.head.head if it.dep_ == "pobj" else it.head
    if it.dep_ == "pobj" and it.head.dep_ != "prep":
        return None
    if verb.pos_ != "VERB" or verb.dep_ != "conj":
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    acting = {s.i for v in (verb.head, it.sent.root) for s in _subjects_of(v)}
    for cand in reversed(it.doc[it.sent.start : it.i]):
        if cand.pos_ == "PRON" or cand.i in acting or actor_of(cand) is None:
            continue
        if any(actor_of(a) == actor_of(cand) for a in (it.doc[i] for i in acting)):
            continue
        return cand
    return None


def _subjects_of(verb: Token) -> list[Token]:
    """A verb's subjects with their conjuncts and the words of their names."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return [t for s in subjects for c in (s, *s.conjuncts) for t in c.subtree]


def _own_clause_subject(its: Token) -> Token | None:
    """The subject of a subordinate clause that holds a possessive "its" ("as Moscow became
    consumed by its war"): that clause's own subject, not the main one, owns what "its" owns."""
    verb = its.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if its.dep_ != "poss" or verb.pos_ not in ("VERB", "AUX") or _main_clause(verb):
        return None
    # not the phrase "its" is in: "consultations its team had held"
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and its not in c.subtree]
    if subjects and subjects[0].tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head  # "Russia, which has stepped up its attacks"
    return subjects[0] if subjects and subjects[0].pos_ != "PRON" else None


def _urged_doer(it: Token) -> Token | None:
    """The one asked to act, when "it" is the subject of a clause on the object of what it is
    asked to do: "called on Tehran to free the Americans it holds", "urged Moscow to return the
    land it seized". The asked side does the act; the asking side holds nothing."""
    if it.dep_ not in _SUBJECTS or it.head.dep_ != "relcl":
        return None
    noun = it.head.head
    act = noun.head
    if noun.dep_ != "dobj" or act.dep_ not in ("xcomp", "advcl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    verb = act.head
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [o for p in verb.children if p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    return asked[0] if asked else None


def _object_holder(it: Token) -> Token | None:
    """The subject of the verb whose object a relative clause with subject "it" describes:
    "Turkey is holding up the bids of Sweden and Finland, which it accuses of backing
    militants", "Russia annexed Crimea, which it calls its own". The clause tells what the one
    acting on the object thinks or does to it; the object itself cannot be "it" (it is the
    relative word's antecedent), and the main subject may be another ("Erdogan's remarks came
    as Turkey ..."). A holder that names no actor ("the plan angered Qatar, which it ...")
    leaves "it" to the centering rule."""
    if it.dep_ not in _SUBJECTS or it.head.dep_ != "relcl":
        return None
    tok = it.head.head
    while tok.dep_ in ("conj", "pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return subjects[0] if subjects else None


def _main_clause(verb: Token) -> bool:
    """Subjects of the main clause are the ones a later "it" takes up (centering)."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the verb whose that-clause "it" is the subject of: "X said that it ..."."""
    verb = tok.head
    if tok.dep_ not in _SUBJECTS or verb.dep_ != "ccomp":
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return subjects[0] if subjects else None
