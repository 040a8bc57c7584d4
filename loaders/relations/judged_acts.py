"""Who did the act a condemnation names through a hedge: "what she called attacks by X".

A speaker who condemns an act often names it in a free relative ("condemned what she called
illegal attacks by Azerbaijan", "criticised what he called the hysterical reaction of Poland",
"denounced what it called a cowardly attack by the Pakistani regime"). Condemning the act
condemns its doer, and the doer sits inside the named act's own phrase:

- its by-phrase, on the noun or hung by the parser on the hedging verb ("called"), which is
  active, so "by" there is never that verb's agent;
- its of-phrase, only for nouns of conduct or stance, whose "of" names who behaves ("the
  reaction of Poland", "the policy of Washington"); an act done to someone ("the killing of
  X", "the invasion of Ukraine") names its victim there, never its doer.

The same holds for an act whose doer a clause on the noun names: "condemned the sanctions
Washington had imposed", "the attacks that Iran launched", "the sanctions imposed by
Washington" (the subject of a relative clause whose gap is the act, or a participle's agent).

A possessor or a demonym ("Beijing's bullying", "American interference") is read by the
condemnation frame itself (`refs` with possessors); this module adds only what it misses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.evaluations import aimed_at
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Nouns of conduct or stance whose of-phrase names who behaves, not who suffers.
BEHAVIOUR_NOUNS = words(
    "reaction response behaviour behavior conduct policy policies stance position attitude "
    "interference meddling aggression provocation provocations rhetoric hypocrisy intransigence "
    "unilateralism hostility actions action moves decision decisions approach"
)


def named_act_doers(named: list[Token], verb: Token, index: ActorIndex) -> list[Ref]:
    """The doers inside the phrases of acts a speaker named in a free relative: by-phrases
    (on the noun, or on the active hedging verb) and of-phrases of conduct nouns; never the
    reacting side (`aimed_at`)."""
    out: list[Ref] = []
    for act in named:
        out.extend(aimed_at(_inner_doers(act, index), act, verb, index))
    return out


def _inner_doers(act: Token, index: ActorIndex) -> list[Ref]:
    if index.refs(act):
        return []  # an actor itself: read by the frame
    doers = arg.prep_objects([act], ("by",))
    hedge = act.head
    if act.dep_ in ("oprd", "attr") and not passives.is_passive(hedge):
        doers += arg.prep_objects([hedge], ("by",))  # "called attacks by X" hung on "called"
    if act.lemma_.lower() in BEHAVIOUR_NOUNS or act.lower_ in BEHAVIOUR_NOUNS:
        doers += arg.prep_objects([act], ("of",))
    return [r for doer in doers for r in index.refs(doer)]


# Verbs of a relative clause that say or judge rather than do: "the attacks Kyiv described",
# "the sanctions the EU condemned" name who spoke of the act, not who did it.
_NOT_DOING = words(
    "call describe say claim report term deny condemn denounce criticise criticize welcome "
    "support back oppose reject dismiss see view consider fear allege blame"
)
_RELATIVE_WORDS = words("that which who whom")


def relative_doers(acts: list[Token], verb: Token, index: ActorIndex) -> list[Ref]:
    """ "condemned the sanctions Washington had imposed", "the attacks that Iran launched",
    "the sanctions imposed by Washington": the doer a clause on the act noun names, when it
    is a clause of doing, not negated, and the doer is not the reacting side."""
    out: list[Ref] = []
    for act in acts:
        if index.refs(act):
            continue
        doers: list[Token] = []
        for clause in act.children:
            if clause.lemma_.lower() in _NOT_DOING or any(c.dep_ == "neg" for c in clause.children):
                continue
            if clause.dep_ == "relcl" and not passives.is_passive(clause):
                doers += [
                    s
                    for s in clause.children
                    if s.dep_ == "nsubj" and s.lower_ not in _RELATIVE_WORDS
                ]
            elif clause.dep_ == "acl" and clause.tag_ == "VBN":
                doers += passives.agents(clause)
        found = [r for d in doers for r in index.refs(d)]
        out.extend(aimed_at(found, act, verb, index))
    return out
