"""Who did the act a reaction names? The agent inside the act noun's own phrase.

A condemnation or rejection often names an act, not its doer: "condemned Iran's execution of
the dissident", "condemned the execution of X by Iran" (the parser hangs "by" on the verb),
"rejecting warnings from Australia" ("from" hung on the verb), "dismissed proposals set out in
a letter from Guterres". The doer is still inside the phrase; these readers find it where the
parse put it. Back-references to an act told before ("the execution", "the deployment") are
read by bridging.py; this module reads only what the reacting sentence itself says.

- an act done to someone, owned by a state ("Iran's execution of X", "Russia's detention of"):
  the owner did it (a person owning it is the one it was done to: "his detention");
- a by-phrase the parser hung on an active verb of reaction whose object is an act, or a
  from-phrase hung on a verb of rejection whose object is a claim, names the act's maker;
- a claim "set out in" / "contained in" a document names its maker by the document's owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.lexicon import CLAIM_NOUNS, PATIENT_NOUNS, words
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Documents a claim may be set out in: "proposals set out in a letter from the UN chief".
DOCUMENT_NOUNS = words("letter note statement message memo memorandum document report plan")
# Verbs that put a claim into a document: "set out in", "contained in", "outlined in".
_CARRYING = words("set contain outline lay include detail make spell put present")
# Acts a reaction's by-phrase may name the doer of (not "condemned by", a passive).
_ACT_DEPS = ("dobj",)


def state_owned_act(noun: Token, index: ActorIndex) -> list[Ref]:
    """ "Iran's execution of the dissident": an act done to someone whose owner is a state, so
    its doer (a state is never the one executed or detained). A person owning it is its
    patient ("his detention"), read elsewhere."""
    if noun.lemma_.lower() not in PATIENT_NOUNS:
        return []
    out: list[Ref] = []
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        out.extend(r for r in index.refs(owner) if index.kind(r.actor_id) == "COUNTRY")
    return out


def verb_held_agents(verb: Token, acts: list[Token], index: ActorIndex) -> list[Ref]:
    """ "condemned the execution of X by Iran": the act's by-phrase the parser hung on the
    active verb; only when the verb's object is an act no actor names."""
    if passives.is_passive(verb) or not any(o.dep_ in _ACT_DEPS for o in acts):
        return []
    return [r for p in arg.prep_objects([verb], ("by",)) for r in index.refs(p)]


def verb_held_claimants(verb: Token, claim: Token, index: ActorIndex) -> list[Ref]:
    """ "rejecting warnings from Australia and the United States that ...": the claim's
    from-phrase the parser hung on the verb of rejection."""
    if claim.lemma_.lower() not in CLAIM_NOUNS or claim.head.i != verb.i:
        return []
    return [r for p in arg.prep_objects([verb], ("from",)) for r in index.refs(p)]


def document_claimants(claim: Token, index: ActorIndex) -> list[Ref]:
    """ "dismissed proposals set out in a letter from Guterres": the maker of the document
    a claim is carried in (its from/by-phrase or its owner)."""
    if claim.lemma_.lower() not in CLAIM_NOUNS:
        return []
    out: list[Ref] = []
    carriers = [c for c in claim.children if c.dep_ in ("acl", "relcl")]
    for carrier in (c for c in carriers if c.lemma_.lower() in _CARRYING):
        for doc in arg.prep_objects([carrier], ("in",)):
            if doc.lemma_.lower() not in DOCUMENT_NOUNS:
                continue
            makers = arg.prep_objects([doc], ("from", "by"))
            makers += [c for c in doc.children if c.dep_ == "poss"]
            out.extend(r for m in makers for r in index.refs(m))
    return out


def act_agents(verb: Token, acts: list[Token], index: ActorIndex) -> list[Ref]:
    """The doers a condemnation's act nouns name inside their own phrase."""
    owned = [r for a in acts for r in state_owned_act(a, index)]
    return owned + verb_held_agents(verb, acts, index)


def claim_makers(verb: Token, claim: Token, index: ActorIndex) -> list[Ref]:
    """The makers a rejected claim names inside its own phrase, where the parse lost them."""
    return verb_held_claimants(verb, claim, index) or document_claimants(claim, index)


_JOINED = ("conj", "advcl")


def conjoined_act(pronoun: Token) -> Token | None:
    """ "called the execution a scandal and condemned it", "X condemned the rocket fire, while
    Y called it a provocation": the object "it" of a verb joined to (or hung as a clause on)
    one whose object is an act noun takes up that noun (an actor there is read as such)."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or pronoun.head.dep_ not in _JOINED:
        return None
    first = pronoun.head.head
    if first.pos_ != "VERB" or first.i > pronoun.i:
        return None
    acts = [c for c in first.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return acts[0] if len(acts) == 1 else None


# Labels that name an event, never a thing: "calling it a deliberate strike" is about an attack.
EVENT_LABELS = words(
    "strike attack assault act breach violation provocation aggression incursion escalation crime"
)
# Hostile acts told by a verb whose doer a label on "it" can pin: "had attacked the ship".
ACT_VERBS = words(
    "attack strike assault raid shell bomb invade storm seize intercept expel detain arrest "
    "execute kill launch fire shoot annex"
)


def labelled_verb_act(pronoun: Token) -> Token | None:
    """ "said Iran had attacked the ship, calling it a deliberate strike": "it" labelled an event
    by a participle the parser hung on an earlier verb of a hostile act takes up that act (not
    its object, "the ship"), so its doer is the verb's subject."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or pronoun.head.dep_ != "advcl":
        return None
    calling, act = pronoun.head, pronoun.head.head
    if act.pos_ != "VERB" or act.i > pronoun.i or act.lemma_.lower() not in ACT_VERBS:
        return None
    labels = [c for c in calling.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    labels += [c for a in calling.children if a.lower_ == "as" for c in a.children]
    if not any(w.lemma_.lower() in EVENT_LABELS for x in labels for w in (x, *x.conjuncts)):
        return None
    return act


def garbled_subject(verb: Token) -> bool:
    """A subject that carries a finite verb with a subject of its own as a modifier ("Kim
    summoned Ambassador X, condemned ..." parsed as "[Kim summoned] X condemned"): the parse
    lost who reacts, so no back-reference is read for it."""
    for subject in grammatical_subjects(verb):
        for mod in subject.children:
            finite = mod.pos_ == "VERB" and mod.tag_ == "VBD" and mod.dep_ in ("amod", "compound")
            if finite and any(c.dep_ == "nsubj" for c in mod.children):
                return True
    return False
