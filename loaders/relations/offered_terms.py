"""Who made the terms one turns down: "dismissed a ceasefire declared by Addis Ababa",
"rejected a truce announced by Damascus", "called null and void an accord signed by Athens and
Cairo".

A truce, a deal or an initiative is no claim noun (rejecting "the truce" alone names nobody
whose offer it was), but when a participle says who declared, signed or put it forward, that
agent made the offer the rejection answers (ANNOTATION: REJECTED, target who made the proposal).
Who brokered or mediated it did not offer it, so only verbs of making the terms count.

The same nouns tell a denial apart from a refusal: "Beijing rejected a proposal for talks"
answers no accusation reported before it (denials.bare_denials).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from loaders.relations.time_objects import is_time_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Terms one side sets out and another may turn down.
OFFERED_TERMS = words(
    "truce ceasefire cease-fire armistice agreement deal accord pact initiative roadmap "
    "framework formula"
)
# Proposals a side puts forward for others to accept: "the transition timetable put forward by
# the junta", "a draft tabled by Algeria".
PROPOSALS = words("proposal offer plan draft resolution text timetable idea terms")
# What one refuses rather than denies: the terms above and the asking nouns.
REFUSED_THINGS = (
    OFFERED_TERMS
    | PROPOSALS
    | words(
        "proposal offer plan request call demand invitation ultimatum appeal plea bid idea "
        "suggestion resolution draft motion order condition terms"
    )
)
# Participles that name who made the terms: "declared by", "signed by", "put forward by".
_MAKING = words("declare announce sign propose offer put draft unveil present table submit")


def offerers(terms: Token, index: ActorIndex) -> list[Ref]:
    """The agents of a participle of making hung on a noun of offered terms."""
    if terms.lemma_.lower() not in OFFERED_TERMS | PROPOSALS:
        return []
    found: list[Ref] = []
    for made in terms.children:
        if made.dep_ != "acl" or made.tag_ != "VBN" or made.lemma_.lower() not in _MAKING:
            continue
        for agent in (c for c in made.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                for member in (pobj, *pobj.conjuncts):
                    found.extend(index.refs(member))
    return found


def turned_down(verb: Token) -> list[Token]:
    """What a verb of rejecting turns down: its object, or the one moved after "as"
    ("dismissed as absurd the demands ...")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o for p in verb.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
    ]
    return objects


def refused_object(verb: Token) -> bool:
    """The verb's object (or the one moved after "as") is a proposal or terms, not a claim."""
    return any(o.lemma_.lower() in REFUSED_THINGS for o in turned_down(verb))


def blamed_thing(verb: Token) -> bool:
    """ "which Britain blamed on the GRU", "blamed the blast on Moscow": when "blame" has an "on"
    object, its own object (or the relative pronoun standing for it) is what was blamed, never
    the one accused. An "on" that only dates ("which Iran blamed for the strike on Monday")
    names no one blamed."""
    if verb.lemma_.lower() != "blame":
        return False
    return any(
        p.lower_ == "on" and any(o.dep_ == "pobj" and not is_time_phrase(o) for o in p.children)
        for p in verb.children
    )
