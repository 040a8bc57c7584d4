"""Sanctions told by where the target stands, not by a verb of sanctioning aimed at it.

Listing: "The Commerce Department added Huawei to its entity list", "Washington put three
Iranian banks on its sanctions blacklist", "added him to its list of sanctioned individuals".
Being under: "Russia has been under EU sanctions since 2014", "Iran, which is under U.S.
sanctions", "was placed under British sanctions" (the owner of the sanctions, or the passive's
"by", is the source; with no owner named, "under Western sanctions", nothing is recorded).

Export controls and blacklists are sanctions (ANNOTATION.md); the act is putting someone on the
list, not a sanctions noun with "on". Only lists that are sanctions by their name count (an
entity list, a sanctions or terror list, a blacklist): "added Finland to the list of members"
is no sanction. The one listed is the verb's object; the lister its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.decided_acts import decision_doers, stray_decision_doers
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs, refs_of
from loaders.relations.lexicon import SANCTION_NOUNS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_LISTING = words("add put place include")
_LIST_KINDS = words("entity sanction sanctions terror terrorist blacklist export trade")
_LISTS = words("list blacklist")
_PUNISHING = words("freeze bar ban block bars bans")
_FRAME = Frame(RelationType.SANCTIONED, "add", "VERB", ("dobj",), strength=0.75)
_UNDER = Frame(RelationType.SANCTIONED, "sanction", "NOUN", (), strength=0.7)
# Verbs of standing under sanctions: "has been under", "remains under", "came under".
_STANDING = words("be remain stay come fall live")


def _sanctions_list(verb: Token) -> bool:
    """ "to its entity list", "on a trade blacklist", "to the sanctions list"."""
    for noun in arg.prep_objects([verb], ("to", "on", "onto")) + _particle_list(verb):
        lemma = noun.lemma_.lower()
        # "its 'unreliable entity' list": quotes make the parser read the kind as nmod
        kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        if lemma == "blacklist" or (lemma == "list" and kinds & _LIST_KINDS):
            return True
        if lemma == "list" and (_of_the_sanctioned(noun) or _list_that_punishes(noun)):
            return True
    return False


def _list_that_punishes(noun: Token) -> bool:
    """ "a Treasury Department list that freezes their assets": a list named by what it does."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _PUNISHING for c in noun.children)


def _list_owners(verb: Token) -> list[Token]:
    """ "was added to a Treasury list": with no "by", the list's owner put them there."""
    lists = arg.prep_objects([verb], ("to", "on", "onto"))
    return [c for n in lists for c in n.children if c.dep_ in ("compound", "poss", "nmod")]


def _particle_list(verb: Token) -> list[Token]:
    """ "the company that Washington put on a blacklist": with the object fronted as "that",
    the parser reads "put on" as a phrasal verb whose object is the list itself."""
    if not any(c.dep_ == "prt" and c.lower_ in ("on", "onto") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LISTS]


def _of_the_sanctioned(noun: Token) -> bool:
    """ "to its list of sanctioned individuals": a list named by who is on it."""
    listed = arg.prep_objects([noun], ("of",))
    return any(
        m.lower_ in ("sanctioned", "blacklisted", "designated") for o in listed for m in o.children
    )


def listed_sanctions(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LISTING:
            continue
        if not _sanctions_list(verb):
            continue
        # "Beijing's move to put X on its list": the infinitive's doer owns the move; hung
        # astray on the main verb, the move's owner does it as that verb tells it
        stray = stray_decision_doers(verb)
        status = verb_status(verb.head if stray else verb)
        if status is None:
            continue
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength)
        doers = stray or passives.logical_source(verb) or decision_doers(verb)
        sources = refs_of(index, doers)
        if not sources and passives.is_passive(verb):  # "the U.S. Treasury": its state
            sources = refs(index, _list_owners(verb), True)
        out += _facts(sources, refs_of(index, passives.logical_objects(verb)), reading)
    return out


def _facts(sources: list[Ref], targets: list[Ref], reading: Reading) -> list[Fact]:
    kind, status = RelationType.SANCTIONED, reading.status
    return facts_between(sources, kind, targets, status, reading.strength, reading)


def _whose_owner(verb: Token, stood: Token) -> Token:
    """ "Iran, whose economy is under U.S. sanctions": the one whose economy it is."""
    whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in stood.children)
    return verb.head if whose and verb.dep_ == "relcl" else stood


def under_sanctions(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ "Russia has been under EU sanctions since 2014": the owner sanctioned the subject."""
    out: list[Fact] = []
    for noun in doc:
        if noun.lemma_.lower() not in SANCTION_NOUNS or noun.dep_ != "pobj":
            continue
        prep, verb = noun.head, noun.head.head
        placed = verb.lemma_.lower() in _LISTING and passives.is_passive(verb)
        if prep.lower_ != "under" or not (placed or verb.lemma_.lower() in _STANDING):
            continue
        status = verb_status(verb)
        owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        sources = refs_of(index, [t for o in owners for t in arg.with_conjuncts(o)])
        by = passives.agents(verb) + arg.prep_objects(
            [noun], ("by",)
        )  # the parse hangs "by" on either
        sources = sources or (refs_of(index, by) if placed else [])
        # "was placed under U.S. sanctions": the one placed there is the passive's subject
        stood = grammatical_subjects(verb) if placed else passives.logical_source(verb)
        targets = refs_of(index, [_whose_owner(verb, t) for t in stood])
        if status is None:
            continue
        reading = Reading(_UNDER, noun, (noun, verb), status, _UNDER.strength)
        out += _facts(sources, targets, reading)
    return out
