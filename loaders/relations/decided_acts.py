"""Who does an act named as what they decided: "Canada's decision to impose sanctions on Iran",
"a decision by New Zealand to impose a travel ban", "Japan's move to expel two diplomats". The
infinitive hangs on the noun, which has no subject; its doer is the noun's owner or its "by"
phrase. Only nouns that say the act was taken (a decision, a move, a step), not ones that say
it was tried or meant ("a bid to", "a plan to", "an attempt to"), which the modality reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_TAKEN = words("decision move step")


def decision_doers(verb: Token) -> list[Token]:
    """The owner or "by" agent of the decision an infinitive names ("Canada's decision to")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or noun.lemma_.lower() not in _TAKEN:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners or arg.prep_objects([noun], ("by",))


def stray_decision_doers(verb: Token) -> list[Token]:
    """ "The measures follow Beijing's move in February to put X on its list": after a
    prepositional phrase the parser hangs the infinitive on the main verb (advcl); the decision
    is that verb's object, right before it, and its owner the infinitive's doer."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB":
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    nouns = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    taken = [n for n in nouns if n.lemma_.lower() in _TAKEN and n.right_edge.i == verb.i - 2]
    return [c for n in taken for c in n.children if c.dep_ == "poss"]


# Verbs whose subject owns the decision it names: "Russia announced the decision to expel".
_OWNING = words("make take announce reach adopt confirm")


def decision_of_another(verb: Token) -> bool:
    """ "Washington condemned the decision to arrest Navalny": an infinitive under an ownerless
    decision whose verb only judges or reports it (condemn, welcome, criticise, follow) has no
    doer in the clause; the judge is never the one who decided."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or noun.lemma_.lower() not in _TAKEN:
        return False
    if decision_doers(verb) or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_.lower() not in _OWNING


DECISIONS = _TAKEN
# What undoes or awaits a decision: "reversed its decision to", "a decision ... is expected".
_UNDONE = words("reverse overturn revoke rescind reconsider expect await")
_MODALS = words("will would could may might can should must shall")


def decision_taken(noun: Token, unreal: frozenset[str]) -> bool:
    """A decision the text asserts was taken and stands: the clause it sits in (climbing
    prepositions) is no hope, plan, question or future (`unreal`: the modality's lemmas), and
    does not undo or await it."""
    verb = noun
    for _ in range(4):
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # a headline-like fragment: no verb denies it
    lemma = verb.lemma_.lower()
    if lemma in unreal or lemma in _UNDONE:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    return not any(a.lower_ in _MODALS or a.dep_ == "neg" for a in aux)
