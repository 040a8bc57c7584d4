"""One noun frame at one trigger noun -> a Reading: "talks between X and Y", "a visit by Xi",
"Kim pledged North Korea's support", "the detention of Whelan by Russia".

A noun has no subject of its own: the doer is its owner ("Russia's invasion"), a by-phrase, the
light verb's subject ("held talks"), or the subject of the verb it is an adjunct of ("speaking
after talks with"); the status is the noun's combined with that verb's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.amounts import amount_of
from loaders.relations.frames_apply import (
    Reading,
    hosting_participles,
    hosts_of,
    misplaced_agents,
    read_verb,
    refs,
    targets_at,
)
from loaders.relations.meeting_attendees import attendees_of
from loaders.relations.modality import combine, noun_status, verb_status
from loaders.relations.noun_clauses import (
    achieved_between,
    nested_between,
    relative_clause_parties,
)
from loaders.relations.noun_verbs import governing_verb, length_of, light_verb, stance_carrier
from loaders.relations.pledged_support import pledged_status
from loaders.relations.restated import restated_verb
from loaders.relations.split_modifiers import split_head
from loaders.relations.subjects import grammatical_subjects
from loaders.relations.unnamed_counterparts import one_delegation_with_others
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.lexicon import Frame

_ADJUNCT_NOUNS = frozenset({RelationType.MET_WITH, RelationType.VISITED})
# Nouns of acts whose doer may follow in a by-phrase: "the detention of Whelan by Russia",
# "allegations by Moscow that ..." (or from: "accusations from Baku that ...").
_BY_DOER_NOUNS = _ADJUNCT_NOUNS | {
    RelationType.DETAINED,
    RelationType.ATTACKED,
    RelationType.ACCUSED,
    RelationType.CONDEMNED,  # "derogatory posts about Modi by three ministers"
}


def _modifier_sources(noun: Token, index: ActorIndex) -> list[Ref]:
    out: list[Ref] = []
    for child in [*noun.children, *_shared_modifiers(noun)]:
        if child.dep_ == "poss":
            out.extend(index.refs(child))
        elif child.dep_ in ("compound", "amod", "nmod"):
            ref = index.direct(child)
            if ref is None and child.tag_ == "VBN" and child.lemma_.lower() == "lead":
                # "the Hamas-led attack on Israel": who leads an act does it
                led = (index.direct(g) for g in child.children if g.i < child.i)
                ref = next((r for r in led if r is not None), None)
                if ref is None:
                    continue
            if ref is None and child.tag_ == "VBN":
                continue  # "a US-brokered agreement": the participle's doer is no party
            if ref is None:
                ref = next((index.direct(g) for g in child.children if index.direct(g)), None)
            if ref is not None:
                out.append(ref)
    return out


def _shared_modifiers(noun: Token) -> list[Token]:
    """ "A Russian missile and drone attack": the parser makes "attack" a conjunct of
    "missile", which keeps the determiner and the demonym both kinds of attack share."""
    head = noun.head
    if noun.dep_ != "conj" or head.pos_ != "NOUN" or head.i > noun.i:
        return []
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return []  # "the missile and the attack": two phrases of their own
    return [c for c in head.children if c.dep_ in ("amod", "poss") and c.i < head.i]


def _by_on_its_object(noun: Token) -> list[Token]:
    """The by-phrase the parser hung elsewhere: on a name after the noun ("posts about Modi by
    X": a name has no agent), or, the noun itself an agent, as a second agent of the same
    passive ("was triggered by posts about Modi by X")."""
    names = [p for p in arg.prep_objects([noun], ("about", "of", "on", "against"))]
    agents = [a for n in names if n.pos_ == "PROPN" for a in n.children if a.lower_ == "by"]
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
        agents += [a for a in verb.children if a.dep_ == "agent" and a.i > noun.i]
    return [p for a in agents for c in a.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)]


# Nouns a trigger noun may name the kind of: "an aid package for Ukraine", "a new tranche of
# sanctions" is read as the trigger with the carrier's light verb and prepositions.
_CARRIERS = frozenset({"package", "tranche", "programme", "program", "shipment", "round"})


def _home_consultations(noun: Token) -> bool:
    """ "recalled their ambassadors for consultations": an envoy called home to talk with his
    own government, no meeting of the recalling states with anyone."""
    prep = noun.head
    return (
        noun.lemma_.lower() == "consultation"
        and noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in ("recall", "summon", "call", "bring")
    )


def read_noun(frame: Frame, noun: Token, index: ActorIndex) -> Reading | None:
    if frame.needs is not None and frame.needs not in arg.particle(noun):
        return None
    if frame.type is RelationType.MET_WITH and _home_consultations(noun):
        return None
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in _CARRIERS:
        noun = noun.head  # "a military aid package for Kyiv": read at "package"
    own = noun_status(noun)
    if own is None:
        return None
    sources = _modifier_sources(noun, index) if frame.type is not RelationType.MET_WITH else []
    if frame.type is RelationType.MET_WITH:
        sources = [r for c in noun.children if c.dep_ == "poss" for r in index.refs(c)]
    lv = light_verb(noun)
    anchors: tuple[Token, ...] = (noun,)
    status: Status | None = own
    strength = frame.strength - 0.1
    if lv is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        status = combine(own, verb_status(noun.head))  # "tried to mediate a truce between"
    if lv is not None:
        status = combine(own, verb_status(lv))
        if status is None and own is not None and frame.type is RelationType.SUPPORTED:
            status = combine(own, pledged_status(lv))  # "pledged Britain would provide aid"
        anchors = (noun, lv)
        strength = frame.strength
        # "Kim pledged North Korea's support": the one who acts, and the state he commits
        # (the other level, which ANNOTATION.md allows) when the noun names it as its owner
        actors = refs(index, passives.logical_source(lv), False)
        if actors:
            acting = {a.actor_id for a in actors}
            states = [r for r in sources if index.kind(r.actor_id) != "PERSON"]
            sources = actors + [r for r in states if r.actor_id not in acting]
    if not sources and frame.type in _BY_DOER_NOUNS:
        # also past a light verb whose subject names nobody: "the summit capped a state visit
        # to Washington by Kishida"
        preps = ("by", "from") if frame.type is RelationType.ACCUSED else ("by",)
        sources = refs(index, arg.prep_objects([noun], preps), False)  # "a visit by Xi"
        if not sources:  # "posts about Modi by three ministers": "by" hung on the name
            sources = refs(index, _by_on_its_object(noun), False)
        if not sources and noun.dep_ == "dobj" and not passives.is_passive(noun.head):
            # "followed a visit to Riyadh in May by Xi": the parser hangs "by" on the active
            # verb as its agent, which only a passive has; it is the visit's
            sources = refs(index, misplaced_agents(noun.head), False)
    if lv is None and not sources and frame.type in _ADJUNCT_NOUNS:
        governed = governing_verb(noun)
        held = refs(index, governed[1], False) if governed is not None else []
        # a length of talks read in its clause only where the clause names who held them: not
        # "the document was signed after six days of talks" (a passive's subject is what was
        # done), nor "agreed after six hours of talks between Putin and Erdogan" (the talks
        # name their own sides)
        measured = length_of(noun) is not None
        passive = governed is not None and passives.is_passive(governed[0])
        if measured and (passive or arg.between_objects([noun])):
            held = []
        if governed is not None and (held or not measured):
            gv = governed[0]
            status = combine(own, verb_status(gv))
            anchors = (noun, gv)
            sources = held
    if lv is None and not sources and frame.type is RelationType.SIGNED_AGREEMENT_WITH:
        sources, maker = _deal_parties(noun, index)
        if maker is not None:
            status, anchors = combine(own, verb_status(maker)), (noun, maker)
    if (restated := restated_verb(noun, frame.type)) is not None:
        status = combine(status, verb_status(restated))  # ", the first meeting since ..."
    if status is None:
        return None
    reading = Reading(frame, noun, anchors, status, strength, sources)
    hosts = [noun, *([lv] if lv is not None else [])]
    hosts += [h for h in (split_head(noun),) if h is not None]  # "air and ground offensive on"
    hosts += [h for h in (stance_carrier(noun),) if h is not None]  # "statements of X with Y"
    hosts += [h for h in (amount_of(noun),) if h is not None]  # "$2 billion in aid for X"
    if frame.type is RelationType.ATTACKED:  # "an attack by Hamas fighters on Israel": the
        hosts += arg.prep_objects([noun], ("by",))  # parser hangs "on" on the attackers
    reading.targets = targets_at(index, frame, hosts, [])
    named_hosts: list[Ref] = []
    if frame.type is RelationType.MET_WITH:  # "a meeting hosted by Keidanren"
        named = (index.direct(h) for h in hosts_of(noun))  # by name only: precision first
        named_hosts = [r for r in named if r is not None]
        reading.targets += named_hosts
    between = arg.between_objects(hosts) or nested_between(noun, index)
    if not between and frame.type is RelationType.MEDIATED and verb_status(noun.head):
        between = achieved_between(noun)  # "Kuwait's mediation helped end the rift between"
    reading.pairwise = refs(index, between, False)
    if named_hosts and not reading.sources and not reading.pairwise:
        # "a meeting chaired by A and attended by B and C": one table, all met all
        attending = (index.direct(a) for a in attendees_of(noun, hosting_participles(noun)))
        if attendees := [r for r in attending if r is not None]:
            reading.pairwise, reading.targets = named_hosts + attendees, []
    if reading.pairwise and named_hosts and not reading.sources:
        # "talks between Erdogan and Andersson, hosted by Stoltenberg": the host sat with both
        reading.pairwise += named_hosts
    if frame.type is RelationType.MET_WITH and not reading.sources and not reading.targets:
        hosting, partners = relative_clause_parties(noun)  # "talks that X held with Y"
        reading.sources = refs(index, hosting, False)
        reading.targets = refs(index, partners, False)
    parties = reading.sources
    attended = lv is not None and lv.lemma_.lower() == "attend"  # all at a summit: not met
    # "at an emergency meeting of the Security Council, the US and France condemned": members
    # at a body's session, not a meeting of the two
    attended = attended or _session_of_body(noun, index)
    # "X and Y held talks hosted by Z": the two who held them met too (a crowd hosted by Z is
    # no meeting of all with all)
    hosted_only = bool(named_hosts) and reading.targets == named_hosts and len(parties) == 2
    open_talks = not reading.targets or hosted_only
    # "X and his defence minister held talks with their counterparts": one delegation
    open_talks = open_talks and not one_delegation_with_others(noun, [], parties, index)
    if open_talks and "between" in frame.targets and len(parties) > 1 and not attended:
        # "X and Y held talks", "Kurti and Vucic accepted the plan at a meeting in Brussels";
        # with a host, the host sat with both as well
        reading.pairwise, reading.sources = parties + reading.targets, []
        reading.targets = []
    return reading


def _session_of_body(noun: Token, index: ActorIndex) -> bool:
    """ "a meeting of the Security Council", "a session of the AU": a body's own sitting."""
    bodies = (r for o in arg.prep_objects([noun], ("of",)) for r in index.refs(o))
    return any(index.kind(r.actor_id) == "ORGANIZATION" for r in bodies)


_AGREEING = frozenset({"agree", "sign", "conclude", "reach", "seal", "ink"})


def _deal_parties(noun: Token, index: ActorIndex) -> tuple[list[Ref], Token | None]:
    """Who made a deal the sentence names without a light verb: "a joint statement agreed by
    Ankara and Stockholm"; "Riyadh and Tehran agreed to restore ties, in a deal brokered by"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _AGREEING:
            agents = refs(index, passives.agents(child), False)
            if agents:
                return agents, child
    governed = governing_verb(noun)
    if governed is not None and noun.head.lower_ in ("in", "under"):
        gv = governed[0]
        for _ in range(3):  # "agreed to reopen their embassies, in a deal": up to "agreed"
            if gv.lemma_.lower() == "agree":
                return refs(index, grammatical_subjects(gv), False), gv
            if gv.dep_ not in ("xcomp", "conj"):
                break
            gv = gv.head
    return [], None


def read(frame: Frame, tok: Token, index: ActorIndex) -> Reading | None:
    if frame.pos == "VERB":
        return read_verb(frame, tok, index)
    return read_noun(frame, tok, index)
