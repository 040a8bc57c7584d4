"""Concern voiced about another side's conduct: "raised concerns about China's actions".

ANNOTATION.md allows an expression of concern as a condemnation without requiring it; the news
reads it as one when the concern is aimed at what a named side does: "voiced serious concern
about Chinese military activity", "raised concerns about China's exports of machine tools",
"conveyed concerns about raids by Chinese authorities". The side is the owner of the act noun,
the state its demonym names, or its by-phrase. Concern about a situation, a place or a side's
own welfare ("concern about the situation", "concern over Ukraine's security") names no doer
and yields nothing: only nouns of conduct are read, and only when the doer is named on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.evaluations import CONDUCT_NOUNS
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

# Verbs that put a concern to someone: "voiced", "raised", "conveyed".
VOICING = words("voice express raise convey reiterate register share")
CONCERN_NOUNS = words("concern")
# What a side does that a concern can be aimed at (beside CONDUCT_NOUNS: "involvement").
_ACT_NOUNS = CONDUCT_NOUNS | words(
    "action actions activities behavior conduct treatment crackdown buildup build-up "
    "export exports raid raids move moves decision incursion incursions interference "
    "aggression assertiveness militarisation militarization coercion harassment intimidation "
    "repression abuse abuses violation violations detention detentions arrest arrests "
    "support alignment"
)
_ABOUT = ("about", "over", "at", "regarding")
_STRENGTH = 0.7
_AGAINST = frozenset({"anti", "counter"})


def _acts(concern: Token, verb: Token) -> list[Token]:
    """The act nouns the concern is "about" (on the noun, or on the verb where the parser
    hung it), with the ones joined to them ("about X's actions and its exports")."""
    objects = arg.prep_objects([concern, verb], _ABOUT)
    objects += [c for o in objects for c in o.conjuncts]
    return [o for o in objects if o.lemma_.lower() in _ACT_NOUNS or o.lower_ in _ACT_NOUNS]


def _prefixed_against(tok: Token) -> bool:
    """ "anti-India": the name after an "anti-" prefix (one token or split as "anti", "-")."""
    doc = tok.doc
    split = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _AGAINST
    return split or any(t.lower_.split("-")[0] in _AGAINST for t in tok.subtree)


def _doers(act: Token, index: ActorIndex) -> list[Ref]:
    """Who does the act: its owner ("China's actions"), its demonym ("Chinese activity"), its
    by-phrase ("raids by Chinese authorities")."""
    found: list[Ref] = []
    for child in act.children:
        if _prefixed_against(child):
            continue  # "anti-India activities" are aimed at India, not done by it
        if child.dep_ == "poss":
            found.extend(index.refs(child))
        elif child.dep_ in ("amod", "compound"):
            if (ref := index.direct(child)) is not None:
                found.append(ref)
            elif (state := index.demonym_state(child)) is not None:
                found.append(Ref(state, "proxy", child.i))
    found.extend(r for p in arg.prep_objects([act], ("by",)) for r in index.refs(p))
    return found


def raised_concerns(doc: Doc, index: ActorIndex) -> list[Fact]:
    """CONDEMNED from whoever voices a concern to the named doer of the conduct it is about."""
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in VOICING:
            continue
        concerns = [o for o in passives.logical_objects(verb) if o.lemma_.lower() in CONCERN_NOUNS]
        if not concerns:
            continue
        targets = [r for c in concerns for a in _acts(c, verb) for r in _doers(a, index)]
        sources = [r for s in grammatical_subjects(verb) for r in index.refs(s)]
        status = verb_status(verb)
        if not targets or not sources or status is None:
            continue
        frame = Frame(RelationType.CONDEMNED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb,), status, _STRENGTH, sources, targets)
        out.extend(facts_of(reading, index))
    return out
