"""Support given by sending troops: "Turkey has begun sending troops to support Sarraj's
government", "Russia, which has forces in Syria backing Assad", "North Korean soldiers were sent
to Russia to support its war", "Frontex is sending 50 officers to help Finland guard the border".

The support verb's subject here is the troops, never a named actor, so the trigger tables (which
read the verb's own subject) find no supporter. The supporter is whoever sends, keeps or owns
the troops:

- the troops are the object of a verb of sending or keeping ("send", "deploy", "have"): its
  subject; the support verb is a purpose infinitive of that verb ("sent troops to support X") or
  a participle on the troops ("has forces backing X");
- the troops are the subject of a passive sending ("soldiers were sent to support X"): the
  state their adjective names ("North Korean soldiers") or the agent ("sent by X").

The recipient is the support verb's object, through its owner ("Sarraj's government", "its
war"), or the one helped to do something ("help Finland guard"). The sending verb carries the
modality: "refused to send troops to support X", "may send troops" name no support.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.facts import facts_of
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_SUPPORTING = words("support back help bolster assist reinforce")
_TROOPS = words("troop force soldier officer adviser advisor fighter personnel contingent unit")
_SENDING = words("send deploy dispatch station have keep commit fly")
_STRENGTH = 0.7


def _troops_and_sender(verb: Token) -> tuple[Token, Token | None] | None:
    """The troops a support verb tells the purpose or work of, and the verb that sends them."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _TROOPS:
        troops = verb.head  # "forces backing Assad"
        sender = troops.head if troops.dep_ in ("dobj", "nsubjpass") else None
    elif verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" for c in verb.children):
        sender = verb.head  # "sent troops to support X"
        objects = [c for c in sender.children if c.dep_ in ("dobj", "nsubjpass")]
        heads = [t for o in objects if (t := _of_head(o)) is not None]
        if not heads:
            return None
        troops = heads[0]
    else:
        return None
    if sender is not None and sender.lemma_.lower() not in _SENDING:
        sender = None
    return troops, sender


def _of_head(noun: Token) -> Token | None:
    """ "troops", or "thousands of soldiers": the troop noun a quantity names."""
    if noun.lemma_.lower() in _TROOPS:
        return noun
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in _TROOPS:
                return pobj
    return None


def _owners(troops: Token, index: ActorIndex) -> list[Ref]:
    """ "North Korean soldiers", "Turkish troops": the state the troops belong to."""
    found: list[Ref] = list(index.refs(troops, possessor=True))
    if found:
        return found
    for mod in (c for c in troops.children if c.dep_ in ("amod", "compound")):
        if (state := index.demonym_state(mod)) is not None:
            found.append(Ref(state, "proxy", mod.i))
    return found


def _senders(troops: Token, sender: Token | None, index: ActorIndex) -> list[Ref]:
    passive = sender is not None and any(c.dep_ == "nsubjpass" for c in sender.children)
    if sender is not None and not passive:
        return [r for s in grammatical_subjects(sender) for r in index.refs(s)]
    agents = passives.agents(sender) if sender is not None else []
    return [r for a in agents for r in index.refs(a)] or _owners(troops, index)


def _helped(verb: Token, index: ActorIndex) -> list[Ref]:
    """ "support Sarraj's government", "help Finland guard the border": who is supported."""
    found: list[Ref] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            found += index.refs(child, possessor=True)
        elif child.dep_ in ("ccomp", "xcomp") and verb.lemma_.lower() == "help":
            for subj in (c for c in child.children if c.dep_ == "nsubj"):
                found += index.refs(subj)
    return found


def troops_in_support(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ "X sent troops to support Y", "X has forces backing Y": X SUPPORTED Y."""
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SUPPORTING:
            continue
        found = _troops_and_sender(verb)
        if found is None:
            continue
        troops, sender = found
        status = verb_status(sender if sender is not None else verb)
        sources = _senders(troops, sender, index)
        targets = _helped(verb, index)
        if status is None or not sources or not targets:
            continue
        frame = Frame(RelationType.SUPPORTED, verb.lemma_.lower(), "VERB", ())
        anchors = (verb,) if sender is None else (sender, verb)
        reading = Reading(frame, verb, anchors, status, _STRENGTH, sources, targets)
        out.extend(facts_of(reading, index))
    return out
