"""Whose launch did Seoul and Tokyo condemn? The one the story told of before.

A condemnation's target is often a definite event noun with no owner ("the launch", "the
offensive", "the assault"). It refers back to the latest earlier report of that event ("North
Korea fired an ICBM", "Azerbaijan launched a military offensive", "in its first direct assault"),
whose actor is the one condemned. Only event nouns, only with "the"/"this", only backwards:
within a few sentences, or in the lede (the story's own event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.noun_verbs import governing_verb, light_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# An event noun, and the words an earlier report of the same event may use.
_SAME_EVENT: dict[str, frozenset[str]] = {
    "launch": frozenset({"launch", "fire", "test"}),
    "test": frozenset({"test", "fire", "launch"}),
    "offensive": frozenset({"offensive", "attack", "operation", "assault"}),
    "operation": frozenset({"operation", "offensive", "attack", "strike", "raid", "pound"}),
    # "Iran launched missiles at ...; Islamabad condemned the strike": a strike told as launched
    "attack": frozenset({"attack", "strike", "assault", "offensive", "launch", "fire"}),
    "strike": frozenset({"strike", "attack", "airstrike", "launch", "fire"}),
    "assault": frozenset({"assault", "attack", "fire"}),
    "invasion": frozenset({"invasion", "invade"}),
    "incursion": frozenset({"incursion"}),
    "bombing": frozenset({"bombing", "bomb"}),
    "annexation": frozenset({"annexation", "annex"}),
    "drill": frozenset({"drill", "exercise"}),
    "killing": frozenset({"killing", "kill", "assassination", "execution", "execute"}),
    # "police forced their way into the embassy": a raid, a storming
    "raid": frozenset({"raid", "strike", "attack", "pound", "storm", "force"}),
    "storming": frozenset({"storming", "storm", "raid", "force"}),
    "airstrike": frozenset({"airstrike", "strike"}),
    # a plane forced down: the one who forced it, not the plane ("forced a jet to land")
    "landing": frozenset({"force"}),
    "diversion": frozenset({"divert", "force"}),
    "targeting": frozenset({"target", "strike", "attack"}),
    "shelling": frozenset({"shelling", "shell"}),
    "seizure": frozenset({"seizure", "seize"}),
    # acts named by their nominalisation: "Iran executed X ... condemned the execution"
    "execution": frozenset({"execution", "execute"}),
    "deployment": frozenset({"deployment", "deploy", "send", "dispatch"}),
    "order": frozenset({"order"}),
    "sanction": frozenset({"sanction"}),
    "expulsion": frozenset({"expulsion", "expel"}),
    "arrest": frozenset({"arrest", "detention", "detain"}),
    "detention": frozenset({"detention", "arrest", "detain"}),
}
# Verbs that tell of the act only with an object of a kind: "sent troops" is a deployment,
# "sent a letter" is not.
_ONLY_WITH: dict[str, frozenset[str]] = {
    "send": frozenset({"troop", "soldier", "force", "unit", "warship", "fighter", "personnel"}),
    "dispatch": frozenset({"troop", "soldier", "force", "unit", "warship", "fighter"}),
}
_WINDOW = 8  # sentences


def _tells_of(tok: Token, same: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in same or tok.pos_ not in ("VERB", "NOUN"):
        return False
    kinds = _ONLY_WITH.get(lemma)
    if kinds is None:
        return True
    objects = passives.logical_objects(tok)  # "sent thousands of soldiers": the "of" phrase too
    return any(o.lemma_.lower() in kinds for o in objects + arg.prep_objects(objects, ("of",)))


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _doers(tok: Token, index: ActorIndex) -> list[Ref]:
    """Who did an earlier reported event: a verb's subject, a noun's owner or light verb's."""
    if tok.pos_ == "VERB":
        subjects = passives.logical_source(tok)
        return [r for s in subjects for r in index.refs(s)]
    owners = [
        r for c in tok.children if c.dep_ in ("poss", "compound", "amod") for r in index.refs(c)
    ]
    if owners:
        return owners
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        # "Iran fired missiles in its first direct assault": the clause's subject is its owner
        governed = governing_verb(tok)
        return [r for s in governed[1] for r in index.refs(s)] if governed is not None else []
    lv = light_verb(tok)
    return [r for s in passives.logical_source(lv) for r in index.refs(s)] if lv is not None else []


def event_owners(noun: Token, index: ActorIndex, *, named: bool = False) -> list[Ref]:
    """The actor of the earlier event a definite event noun refers back to, or [].
    `named`: the noun is what a speaker called the event ("what he called a heinous attack"),
    which refers back whatever its article."""
    same = _SAME_EVENT.get(noun.lemma_.lower())
    if same is None or not (named or _definite(noun)):
        return []
    doc = noun.doc
    start = noun.sent.start
    for _ in range(_WINDOW):
        if start > 0:
            start = doc[start - 1].sent.start
    lede = doc[index.dateline_end].sent if len(doc) > index.dateline_end else None
    earlier = list(reversed(doc[start : noun.i]))
    if lede is not None and lede.end <= start:
        earlier += reversed(lede)  # the story's own event, however far back the lede is
    for tok in earlier:
        if _tells_of(tok, same):
            doers = _doers(tok, index)
            if doers:
                return doers
    return []
