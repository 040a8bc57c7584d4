"""Co-subjects of one state meeting someone else travelled together; they did not meet.

"He and the defence secretary held talks with their Japanese counterparts": the two subjects are
one delegation, the other side is the people after "with", who here name no actor. Subjects of
different states who jointly hold talks with a third side sat together ("Lavrov and his Turkish
counterpart held talks with each delegation"), and subjects of talks with no other side met
("Blinken and Lavrov held talks"; "met with each other" is read as reciprocal before this).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.titles import is_title_word
from loaders.relations import arguments as arg
from loaders.relations.one_delegation import same_state_people

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# People and groups that can be the other side of talks without naming an actor.
_PARTY_NOUNS = frozenset(
    {
        "counterpart", "delegation", "delegate", "leader", "official", "representative",
        "envoy", "negotiator", "minister", "diplomat", "host", "team", "side", "group",
        "commander", "chief", "head", "president", "ambassador", "member",
    }
)  # fmt: skip
_RECIPROCAL = frozenset({"other", "another", "themselves", "each"})


def _is_party(tok: Token) -> bool:
    if tok.lower_ in _RECIPROCAL or tok.lemma_.lower() in _RECIPROCAL:
        return False
    if tok.pos_ == "PRON":
        return True
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _PARTY_NOUNS or is_title_word(tok.lower_))


def other_side_unnamed(verb: Token, objects: list[Token]) -> bool:
    """The meeting at `verb` (or its object "talks") is held with people named by no actor:
    "held talks with their counterparts", "met with officials"."""
    # the noun "talks" read as the trigger: "with" hangs on the verb that holds it
    holder = [verb.head] if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else []
    places = [verb, *objects[:1], *holder]
    return any(_is_party(t) for t in arg.prep_objects(places, ("with",)))


def one_delegation_with_others(
    verb: Token, objects: list[Token], parties: list[Ref], index: ActorIndex
) -> bool:
    """People of one state who held the meeting at `verb` with an unnamed other side."""
    ids = {r.actor_id for r in parties}
    return same_state_people(index, ids) is not None and other_side_unnamed(verb, objects)
