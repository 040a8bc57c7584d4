"""The parties of mediated talks named past the talks' own phrase.

"Iran and the United States have held five rounds of talks mediated by Oman": the parties are
who held the talks (`talks_holders`), two or more of them.

"the EU-mediated dialogue meant to normalise relations between Serbia and Kosovo", "Qatari-
brokered talks aimed at ending the war between Israel and Hamas": the parties hang on the goal
the talks are for (a participle or infinitive clause on the noun), not on the noun itself.

Read only through a purpose participle on the noun (meant, aimed, designed, intended) and the
verb it governs, or a relative clause saying what the deal did for them ("a deal that restored
ties between X and Y") or a settling noun ("brokered the restoration of ties between X and
Y"), so "talks between the generals about a war between X and Y" stays a
topic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.lexicon import words
from loaders.relations.noun_verbs import light_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

_PURPOSE = frozenset({"mean", "aim", "design", "intend", "seek"})
_SETTLING = frozenset({"restore", "end", "normalise", "normalize", "resume", "settle", "resolve",
                       "halt", "re-establish", "reestablish", "mend", "heal"})  # fmt: skip
"""What a deal does for its parties in a relative clause: "a deal that restored ties between"."""
_SETTLING_NOUNS = words(
    "restoration resumption normalisation normalization renewal reopening re-establishment"
)
"""A settling act named as a noun, whose "of" phrase holds the parties: "the resumption of talks
between X and Y"."""


def _relative_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)


def purpose_between(nouns: list[Token]) -> list[Token]:
    """The "between" (or "among") parties of the goal of mediated talks (see the module
    docstring)."""
    out: list[Token] = []
    for noun in nouns:
        if noun.lemma_.lower() in _SETTLING_NOUNS:  # "brokered the restoration of ties between"
            out += arg.between_objects(arg.prep_objects([noun], ("of",)))
        for relcl in (c for c in noun.children if c.dep_ == "relcl"):
            # "brokered a deal that restored ties between Saudi Arabia and Iran"
            if relcl.lemma_.lower() in _SETTLING and _relative_subject(relcl):
                objects = [c for c in relcl.children if c.dep_ == "dobj"]
                out += arg.between_objects([relcl, *objects])
        for acl in (c for c in noun.children if c.dep_ == "acl"):
            if acl.lemma_.lower() not in _PURPOSE:
                continue
            goals = [c for c in acl.children if c.dep_ in ("xcomp", "prep", "advcl")]
            goals += [g for p in goals if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
            for goal in goals:
                objects = [c for c in goal.children if c.dep_ == "dobj"]
                out += arg.between_objects([goal, *objects])
    return out


_HOLDING = frozenset({"hold", "conduct", "have", "open", "resume", "begin", "start"})


def talks_holders(nouns: list[Token]) -> list[Token]:
    """Who held the mediated talks: the subjects of the verb that carries them, when they are
    several ("Iran and the United States have held talks mediated by Oman"); one holder is a
    side, not the pair."""
    for noun in nouns:
        verb = light_verb(noun)
        if verb is None or verb.lemma_.lower() not in _HOLDING:
            continue
        holders = [t for s in passives.logical_source(verb) for t in arg.with_conjuncts(s)]
        unique = list(dict.fromkeys(holders))
        if len(unique) >= 2:
            return unique
    return []
