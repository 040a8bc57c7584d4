"""Applying one lexicon frame at one trigger: the fact's ends, its status and its anchors.

A `Reading` is everything one trigger asserts (several sources and targets when they are
coordinated); turning it into relation candidates and events happens in `facts.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.act_agents import (
    act_agents,
    claim_makers,
    conjoined_act,
    labelled_verb_act,
)
from loaders.relations.actors_at import Ref
from loaders.relations.call_lines import call_lines
from loaders.relations.charged_before import ACCUSATION_NOUNS, accusers_before, issuers_before
from loaders.relations.claimed_about import claimants_about
from loaders.relations.claims import earlier_claimant, relative_claimant, summed_up_claimant
from loaders.relations.compound_receivers import fused_receivers
from loaders.relations.evaluations import (
    acts_condemned,
    aimed_at,
    lede_doers,
    sole_body,
    told_doers,
)
from loaders.relations.joined_objects import (
    JOINED_TARGET_TYPES,
    joined_objects,
    joined_prep_objects,
)
from loaders.relations.judged_acts import named_act_doers, relative_doers
from loaders.relations.labels import labelled
from loaders.relations.law_forces import bare_law_force
from loaders.relations.led_forces import leaders_of
from loaders.relations.lexicon import (
    CLAIM_NOUNS,
    FALSITY_LABELS,
    JUDGED_NOT_DISPUTED,
    NEGATIVE_LABELS,
    PRAISE_LABELS,
    TERROR_LABELS,
    UNWISE_LABELS,
    WARRANTS,
    words,
)
from loaders.relations.mediated_nouns import purpose_between, talks_holders
from loaders.relations.mediation_efforts import effort_status
from loaders.relations.members_listed import people_of_group
from loaders.relations.modality import combine, noun_status, verb_status
from loaders.relations.named_envoys import named_envoys
from loaders.relations.obligations import obliged_subjects
from loaders.relations.offered_terms import REFUSED_THINGS, blamed_thing, offerers
from loaders.relations.onward_stops import (
    onward_destinations,
    onward_in_present,
    onward_status,
)
from loaders.relations.operation_agents import operation_doers
from loaders.relations.partitives import partitive_members
from loaders.relations.places import state_at
from loaders.relations.pledged_support import pledged_status
from loaders.relations.prison_terms import serves_a_term
from loaders.relations.proposed_before import proposers_before
from loaders.relations.reciprocal import reciprocal_parties
from loaders.relations.said_before import earlier_speakers, voices_of_one_state
from loaders.relations.story_act import what_it_was_called
from loaders.relations.subjects import first_to, grammatical_subjects
from loaders.relations.surface_lists import (
    demonym_plural,
    enumerated,
    loose_apposition,
    semicolon_items,
    surface_list,
)
from loaders.relations.told_in_person import told_in_person
from loaders.relations.unnamed_counterparts import one_delegation_with_others
from loaders.relations.verb_senses import complemented, event_object, quarrel
from loaders.relations.vetoed_drafts import forum_dropped
from loaders.relations.wanted_people import wanted_people
from loaders.relations.while_places import places_while
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.lexicon import Frame

# Types whose target may be named through its owner ("condemned Russia's invasion").
_POSSESSOR_OK = frozenset(
    {
        RelationType.CONDEMNED,
        RelationType.SUPPORTED,
        RelationType.URGED,
        RelationType.SANCTIONED,
        RelationType.EXPELLED,
        RelationType.ATTACKED,
        RelationType.VISITED,
        RelationType.ACCUSED,
    }
)
# Entity labels of a named place: what one shuttles between to visit it.
_PLACE_ENTS = frozenset({"GPE", "LOC"})
# How a third party helps a deal or talks along, never a party to them: "with Egypt's
# mediation", "with the help of Qatar".
_AIDING = words("mediation help assistance facilitation support backing blessing approval")
# Trigger nouns whose source may be the subject of the verb they are an adjunct of.


@dataclass(slots=True)
class Reading:
    frame: Frame
    trigger: Token
    anchors: tuple[Token, ...]
    status: Status
    strength: float
    sources: list[Ref] = field(default_factory=list)
    targets: list[Ref] = field(default_factory=list)
    pairwise: list[Ref] = field(default_factory=list)
    """Parties that act on one another ("talks between X and Y", "X and Y met")."""
    offset: int = 0
    """Where the Doc the trigger is in starts in the article (a lede read on its own)."""

    def evidence(self) -> tuple[int, int]:
        """Character offsets of the trigger's sentence in the article text."""
        sent = self.trigger.sent
        return sent.start_char + self.offset, sent.end_char + self.offset


def refs_of(index: ActorIndex, toks: list[Token]) -> list[Ref]:
    """Actors of slot fillers (see `refs`), neither through possessors nor roles."""
    return refs(index, toks, False)


def refs(index: ActorIndex, toks: list[Token], possessor: bool, roles: bool = False) -> list[Ref]:
    """Actors of slot fillers, with list members and appositions the parse lost (surface_lists)."""
    out: list[Ref] = []
    for tok in toks:
        # "barred Taiwan's envoy in Washington, Hsiao Bi-khim,": the person the comma names is
        # the one acted on, not the owner; an expulsion's target stays the diplomats' state
        appositive = [] if roles else _apposed_list(index, tok) or loose_apposition(index, tok)
        found = appositive or index.refs(tok, possessor=possessor, roles=roles)
        found = found or loose_apposition(index, tok) or partitive_members(index, tok)
        out.extend(found)
        # "four officials, including Chen Quanguo and Zhu Hailun": the named members too
        out.extend(r for t in arg.prep_objects([tok], ("including",)) for r in index.refs(t))
        out.extend(enumerated(index, tok))
        # "Liu He, the former vice premier who led ...": an apposition describes its name alone,
        # whatever list the name closes
        owner = index.direct(tok.head) if tok.dep_ == "appos" and tok.pos_ == "NOUN" else None
        describing = owner is not None and index.kind(owner.actor_id) == "PERSON"
        if found and index.span(tok.i) is not None and not describing:
            named = {r.actor_id for r in out} | {r.actor_id for t in toks for r in index.refs(t)}
            listed = surface_list(index, tok) + semicolon_items(index, tok)
            out.extend(r for r in listed if r.actor_id not in named)
    return out


def _apposed_list(index: ActorIndex, tok: Token) -> list[Ref]:
    """ "Their foreign ministers, X of A and Y of B, will meet": the people the apposition
    lists, when the noun itself names nobody; "rival factions Hamas and Fatah signed": any
    actors a close apposition (no comma) lists, since it names the noun's members."""
    common = tok.pos_ == "NOUN" and index.span(tok.i) is None
    if not common and not demonym_plural(index, tok):  # "two Americans, A and B, ..."
        return []
    out: list[Ref] = []
    for appos in (c for c in tok.children if c.dep_ == "appos"):
        close = appos.left_edge.i == tok.i + 1
        found = [r for t in arg.with_conjuncts(appos) for r in index.refs(t)]
        out += [r for r in found if close or index.kind(r.actor_id) == "PERSON"]
    return out or people_of_group(index, tok)


def targets_at(
    index: ActorIndex, frame: Frame, hosts: list[Token], objects: list[Token]
) -> list[Ref]:
    out = _slot_targets(index, frame, hosts, objects)
    if not out and frame.type in _PLACE_TARGETS:
        fillers = objects if "dobj" in frame.targets else []
        fillers = _visited_places(fillers) if frame.type is RelationType.VISITED else fillers
        preps = tuple(slot[5:] for slot in frame.targets if slot.startswith("prep:"))
        out = _place_states(index, fillers + arg.prep_objects(hosts, preps))
    return out


# Types whose target may be named by a place in it: "struck Kharkiv", "flew to Jeddah".
_PLACE_TARGETS = frozenset({RelationType.ATTACKED, RelationType.VISITED})


def _place_states(index: ActorIndex, places: list[Token]) -> list[Ref]:
    """The states of places that are no actors: a large city ("shelled Kharkiv"), or a site
    in one ("struck a hospital in Kyiv", "hit the port of Odesa")."""
    out: list[Ref] = []
    for place in places:
        if index.refs(place):
            continue
        inner = [place] if place.pos_ in ("PROPN", "NOUN") else []
        inner += arg.prep_objects([place], ("in", "of", "near", "outside"))
        for tok in inner:
            state = state_at(tok, index)
            if state is not None:
                out.append(Ref(state, "proxy", tok.i))
                break
    return out


def _slot_targets(
    index: ActorIndex, frame: Frame, hosts: list[Token], objects: list[Token]
) -> list[Ref]:
    poss = frame.type in _POSSESSOR_OK
    roles = frame.type is RelationType.EXPELLED or frame.roles
    out: list[Ref] = []
    for slot in frame.targets:
        if slot == "dative":  # "gave the French ambassador 72 hours to leave"
            receivers = [c for h in hosts[:1] for c in h.children if c.dep_ == "dative"]
            if not receivers:  # "handed X a sentence" parsed as two objects: the first receives
                both = [c for h in hosts[:1] for c in h.children if c.dep_ == "dobj"]
                receivers = both[:1] if len(both) == 2 else []
            if not receivers and frame.object_nouns is not None:  # "sent Ukraine tanks"
                receivers = [r for h in hosts[:1] for r in fused_receivers(h)]
            out.extend(refs(index, receivers, poss, roles))
        elif slot == "dobj":
            if frame.type is RelationType.MET_WITH:  # "received Trump's proposal": no guest
                objects = [o for o in objects if o.lemma_.lower() not in CLAIM_NOUNS]
            if frame.type is RelationType.ACCUSED and blamed_thing(hosts[0]):
                objects = []  # "the poisoning, which London blamed on the GRU": no accused
            if frame.type is RelationType.VISITED:  # "visited U.S. companies in Shanghai"
                objects = _visited_places(objects)
            out.extend(refs(index, objects, poss, roles))
            if frame.type is RelationType.MET_WITH and roles:
                out.extend(named_envoys(index, objects))  # "its envoy, X,"
            if frame.type in JOINED_TARGET_TYPES:  # "blacklisted X, along with Y and Z"
                out.extend(refs(index, joined_objects(hosts[0], objects), poss, roles))
            if frame.type is RelationType.CONDEMNED:  # "condemned the launch": whose launch
                named = what_it_was_called(hosts[0]) if not objects else []
                unowned = [o for o in objects if not index.refs(o)]
                out.extend(refs(index, named, True))  # "what they described as X's mentality"
                out.extend(_by_doers(index, unowned))  # "condemned the attack by Israel"
                out.extend(named_act_doers(named, hosts[0], index))  # "what he called X by Y"
                out.extend(relative_doers(unowned, hosts[0], index))  # "sanctions X imposed"
                out.extend(act_agents(hosts[0], unowned, index))  # "Iran's execution of X"
                out.extend(acts_condemned(named, unowned, hosts[0], index, found=bool(out)))
        elif slot.startswith("prep:"):
            if (
                slot == "prep:from"
                and frame.type is RelationType.VISITED
                and onward_in_present(hosts[0])
            ):
                continue  # "From Ethiopia, he travels on to Kenya": a PLANNED leg; not the origin
            found = arg.prep_objects(hosts, (slot[5:],))
            if frame.type is RelationType.VISITED:  # "travels on to A", "and then to B"
                found += [f for h in hosts[:1] for f in onward_destinations(h, slot[5:])]
            if slot == "prep:between":  # "shuttled between Cairo and Doha", not "between the
                found = [f for f in found if f.ent_type_ in _PLACE_ENTS]  # two delegations"
            if slot == "prep:with":  # "signed a deal, with Egypt's mediation": no partner
                found = [f for f in found if f.lemma_.lower() not in _AIDING]
            if frame.type is RelationType.ACCUSED and frame.object_nouns is WARRANTS:
                found += wanted_people(found)  # "issued warrants for his arrest"
            out.extend(refs(index, found, poss, roles))
            if frame.type in JOINED_TARGET_TYPES:  # "sanctions on X, along with Y and Z"
                out.extend(refs(index, joined_prep_objects(hosts, found), poss, roles))
            if frame.type is RelationType.CONDEMNED:  # "outrage at the execution by Iran"
                out.extend(_by_doers(index, [o for o in found if not index.refs(o)]))
                out.extend(relative_doers(found, hosts[0], index))  # "protested the acts X did"
                out.extend(act_agents(hosts[0], [o for o in found if not index.refs(o)], index))
        elif slot in ("labelled", "praised"):
            bearers = labelled(hosts[0], NEGATIVE_LABELS if slot == "labelled" else PRAISE_LABELS)
            out.extend(refs(index, bearers, poss))  # "called X's move a mistake"
            out.extend(sole_body(bearers, index) if slot == "labelled" else [])  # "the court's"
            unowned = [o for o in bearers if not index.refs(o)]
            out.extend(r for o in unowned for r in told_doers(o, hosts[0], index))
            out.extend(_by_doers(index, unowned))  # "the targeting of citizens by Moscow"
            # "X condemned the Iranian rocket fire, while Y called it a provocation"
            acts = [a for o in unowned if o.pos_ == "PRON" and (a := conjoined_act(o)) is not None]
            out.extend(refs(index, acts, True))
            out.extend(r for a in acts for r in told_doers(a, hosts[0], index))
            # "said Iran had attacked the ship, calling it a deliberate strike": the attacker
            for o in (o for o in unowned if o.pos_ == "PRON"):
                act = labelled_verb_act(o)
                doers = refs_of(index, passives.logical_source(act)) if act is not None else []
                out.extend(aimed_at(doers, o, hosts[0], index))
            # "called the remark irresponsible": who made the remark just before
            for o in bearers:  # "the court found ...; X called the ruling biased": the court
                out.extend(issuers_before(o, index) or earlier_speakers(o, hosts[0], index))
            if not out:  # "called the move irresponsible": the story's own act
                out.extend(r for o in bearers for r in lede_doers(o, hosts[0], index))
        elif slot == "designated":  # "designate HTS as a terrorist organisation"
            out.extend(refs(index, labelled(hosts[0], TERROR_LABELS), False))  # not "Lebanon's"
        elif slot == "labelled-claim":  # "called South Africa's accusation outrageous"
            untrue = labelled(hosts[0], (NEGATIVE_LABELS - UNWISE_LABELS) | FALSITY_LABELS)
            claims = [
                b
                for b in untrue
                if b.lemma_.lower() in CLAIM_NOUNS - JUDGED_NOT_DISPUTED  # "called the decision"
            ]
            for c in claims:  # "said the accusations were lies": who made them just before
                made = index.claimants(c) or issuers_before(c, index)
                out.extend(made or _earlier_makers(c, hosts[0], index))
        elif slot == "clause" and frame.clause_aux is not None:  # "said ... and that X should"
            out.extend(refs(index, obliged_subjects(hosts[0], frame.clause_aux), False))
        elif slot == "clause":
            out.extend(refs(index, arg.clause_subjects(hosts[0]), False))
        elif slot == "claim":
            # "dismissed as absurd demands from the United States": the object moved after "as"
            named = what_it_was_called(hosts[0]) if not objects else []  # "what he called X"
            for obj in objects + arg.prep_objects(hosts[:1], ("as",)) + named:
                makers = index.claimants(obj) or offerers(obj, index) or _elided_claim(obj, index)
                makers = forum_dropped(hosts[0], obj, makers, index)  # "vetoed a UN resolution"
                owner = [c for c in obj.children if c.dep_ == "poss"]
                makers = makers or sole_body(owner, index)  # "the court's ruling": the one court
                if not makers and not passives.is_passive(hosts[0]):  # the parser hung "by" on
                    by = arg.prep_objects(hosts[:1], ("by",))  # the verb: "dismissed the
                    makers = refs(index, by, False)  # claims by Kyiv as propaganda"
                if (
                    not makers
                ):  # "rejecting warnings from X", "proposals set out in a letter from X"
                    makers = claim_makers(hosts[0], obj, index)
                if not makers:  # "..., a charge Beijing rejected": who made it, before the comma
                    makers = refs(index, summed_up_claimant(obj, hosts[0]), False)
                if not makers:  # "Trump unveiled a plan that the Palestinians rejected"
                    makers = refs(index, relative_claimant(obj, hosts[0]), False)
                if not makers:  # "X asked for talks, but Y turned the request down"
                    makers = refs(index, earlier_claimant(obj, hosts[0]), False)
                if not makers:  # "Trump unveiled a plan ... Hamas dismissed the proposal"
                    makers = proposers_before(obj, hosts[0], index)
                if not makers:  # "Moscow denied the charge": who made it in the story before
                    makers = issuers_before(obj, index) or _earlier_makers(obj, hosts[0], index)
                out.extend(makers)
    return out


def _earlier_makers(claim: Token, reacting: Token, index: ActorIndex) -> list[Ref]:
    """Who made the definite ownerless claim rejected, told before: "the charge" is answered
    to the one who accused the rejecter (an accusation told by its verb, further back), before
    whoever spoke last ("X said he could not confirm it. Kyiv rejected the charge" answers the
    accuser, not X); any other claim to its latest speaker. A turned-down plan answers no
    charge."""
    spoken = voices_of_one_state(claim, reacting, earlier_speakers(claim, reacting, index), index)
    if claim.lemma_.lower() in REFUSED_THINGS:
        return spoken
    if claim.lemma_.lower() in ACCUSATION_NOUNS:
        found = accusers_before(claim, reacting, index) or spoken
    else:
        found = spoken or accusers_before(claim, reacting, index)
    # "Israel said Iran had supplied the drones ... Tehran dismissed the allegations"
    return found or claimants_about(claim, reacting, index)


_HOSTING = frozenset({"host", "chair", "organise", "organize", "convene"})


def _by_doers(index: ActorIndex, acts: list[Token]) -> list[Ref]:
    """Who did an act judged, from its by-phrase: "condemned the attack by Israel"."""
    return refs(index, arg.prep_objects(acts, ("by",)), False)


def hosts_of(noun: Token) -> list[Token]:
    """Who hosted or chaired a meeting ("a meeting with business leaders hosted by X and Y",
    where the parser may hang "hosted" on a noun inside the meeting's phrase): the attendee
    met them."""
    return [a for c in hosting_participles(noun) for a in passives.agents(c)]


def hosting_participles(noun: Token) -> list[Token]:
    """The participles saying who hosted or chaired a meeting ("hosted by", "chaired by")."""
    hosting = [c for c in noun.subtree if c.dep_ == "acl" and c.lemma_.lower() in _HOSTING]
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after + 1 < len(doc) and doc[after].text == ",":
        # "talks between A and B, hosted by X": the parser hangs the participle on the verb
        participle = doc[after + 1]
        if participle.tag_ == "VBN" and participle.lemma_.lower() in _HOSTING:
            hosting.append(participle)
    if noun.dep_ == "dobj":  # "held talks in Brussels on July 15 hosted by Michel": the
        # participle hung on the date or place the verb's phrases name after the meeting
        phrases = [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
        hosting += [
            acl
            for prep in phrases
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for acl in pobj.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in _HOSTING
        ]
    return hosting


def misplaced_agents(verb: Token) -> list[Token]:
    return [
        pobj
        for c in verb.children
        if c.dep_ == "agent"
        for pobj in c.children
        if pobj.dep_ == "pobj"
    ]


def _elided_claim(tok: Token, index: ActorIndex) -> list[Ref]:
    """ "dismissed her allegation and Biden's": the owner of an elided second claim."""
    if tok.dep_ != "conj" or not any(c.dep_ == "case" for c in tok.children):
        return []
    return index.refs(tok) if index.claimants(tok.head) or tok.head.lemma_ in CLAIM_NOUNS else []


# What one demands from someone who owes it: "demanded an apology from India".
_OWED = frozenset(
    {"apology", "explanation", "assurance", "guarantee", "answer", "clarification",
     "compensation", "commitment", "reparation"}
)  # fmt: skip
# Verbs of going that take what they carry as object: "flew the prisoners to Washington" is no
# trip of the one who flew them.
_CARRYING = frozenset({"fly", "bring", "ship", "rush", "hurry", "dash"})
# Machines sent somewhere, whose owner made no visit: "Russian drones flew into Poland".
_CRAFT = words(
    "aircraft plane jet warplane fighter bomber drone helicopter ship vessel warship boat "
    "submarine missile balloon"
)
# Where one goes that is no place: "went to Ukraine's aid", "rushed to Kyiv's side".
_NO_PLACE = frozenset({"aid", "side", "defence", "defense", "rescue", "assistance", "help"})


_OPEN_WATERS = frozenset({"water", "waters", "sea", "ocean", "zone", "gulf", "strait", "bay"})
"""Where a test or drill aims ("fired missiles into the sea off Japan", "into Japan's exclusive
economic zone"): a launch into waters hits no side, whoever owns them."""


def _into_waters(verb: Token) -> bool:
    aims = arg.prep_objects(
        [verb, *passives.logical_objects(verb)], ("into", "towards", "toward", "at")
    )
    return any(a.lemma_.lower() in _OPEN_WATERS or a.lower_ in _OPEN_WATERS for a in aims)


def _object_ok(frame: Frame, verb: Token) -> bool:
    firing = frame.type is RelationType.ATTACKED and verb.lemma_.lower() in ("fire", "launch")
    if firing and _into_waters(verb):
        return False
    if frame.type is RelationType.VISITED and any(
        o.lemma_.lower() in _NO_PLACE for o in arg.prep_objects([verb], ("to",))
    ):
        return False
    if frame.type is RelationType.VISITED and any(
        s.lemma_.lower() in _CRAFT for s in grammatical_subjects(verb)
    ):
        return False  # "Chinese aircraft flew into Taiwan's air defence zone": no one's visit
    if frame.type is RelationType.VISITED and verb.lemma_.lower() in _CARRYING:
        # the cargo comes before where it went ("flew them to Washington", "flew 56 aircraft
        # into Taiwan's air defence zone"); a trip noun after a comma is the parser's
        # misreading of an apposition ("flew to X, his first trip")
        to = [c.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")]
        return not any(c.dep_ == "dobj" and to and c.i < to[0] for c in verb.children)
    if frame.object_nouns is None:
        return True
    objects = passives.logical_objects(verb)
    near = [t for c in verb.children for t in (c, *c.children)]
    near += objects + arg.prep_objects(objects + near, ("of",))  # "a clear act of provocation"
    if frame.needs == "with":  # "hit the programme with sanctions": what it is done with
        with_what = arg.prep_objects([verb, *objects], ("with",))
        # "provided Kyiv with $4 billion in military aid": a sum's "in" says what it is
        near += with_what + arg.prep_objects(with_what, ("in",))
    near = [t for t in near if t.dep_ != "prep"]  # "According to X, they agreed on ...": no accord
    return any(
        t.lemma_.lower() in frame.object_nouns or t.lower_ in frame.object_nouns for t in near
    )


_NOTHING = frozenset({"nothing", "none", "nobody", "noone"})


def _needs_met(frame: Frame, verb: Token) -> bool:
    """The particle a frame needs; "ordered dozens of diplomats out of the country": the parser
    hangs "out" on the object."""
    if frame.needs is None:
        return True
    if frame.needs in arg.particle(verb):
        # "asked Washington for nothing in return": a preposition whose object is nothing
        objects = arg.prep_objects([verb], (frame.needs,))
        return not any(o.lower_ in _NOTHING for o in objects)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "targeted Iran's drone programme with sanctions": "with" hung on the object too
    return frame.needs in ("out", "with") and any(frame.needs in arg.particle(o) for o in objects)


# Types whose object's "between" names the parties: "mediated talks between", "signed an
# accord between the two states", "held a meeting between".
_PAIRED_BY_OBJECT = frozenset(
    {RelationType.MEDIATED, RelationType.SIGNED_AGREEMENT_WITH, RelationType.MET_WITH}
)


def read_verb(frame: Frame, verb: Token, index: ActorIndex) -> Reading | None:
    if not _needs_met(frame, verb):
        return None
    if frame.xcomp is not None and not arg.has_xcomp(verb, frame.xcomp):
        return None
    if not _object_ok(frame, verb):
        return None
    if frame.bare_object and (complemented(verb) or event_object(verb)):
        return None
    if frame.in_person and not told_in_person(verb):
        return None
    if quarrel(frame, verb):
        return None
    if frame.patient_subject and not serves_a_term(verb):
        return None
    if frame.clause_aux is not None and not obliged_subjects(verb, frame.clause_aux):
        return None
    with_what = arg.prep_objects([verb, *passives.logical_objects(verb)], ("with",))
    if frame.not_with is not None and any(o.lemma_.lower() in frame.not_with for o in with_what):
        return None
    status = Status.OCCURRED if _signed_deal(frame, verb) else verb_status(verb)
    if status is None and frame.type is RelationType.MEDIATED:
        status = effort_status(verb)  # "has been working to mediate between A and B"
    if status is None and frame.type is RelationType.SUPPORTED:
        status = pledged_status(verb)  # "promised that Moscow would keep helping Mali"
    if first_to(verb):  # "hopes to become the first to visit": the copula's modality
        status = combine(status, verb_status(verb.head.head))
    objects = passives.logical_objects(verb)
    if frame.object_nouns is not None:
        for obj in objects:
            if obj.lemma_.lower() in frame.object_nouns:
                status = combine(status, noun_status(obj, of_trigger=_made_by(verb, obj)))
    if status is None:
        return None
    if frame.type is RelationType.VISITED:
        status = onward_status(verb, status)  # "travels on to Djibouti": the next leg
    reading = Reading(frame, verb, (verb,), status, frame.strength)
    if frame.patient_subject:
        reading.targets = refs(index, passives.logical_source(verb), False)
        # "served a decade of a 25-year term in the U.S.": the place may hang on the term
        reading.sources = _place_agents(verb, index, objects + arg.prep_objects(objects, ("of",)))
        return reading
    reading.sources = refs(index, passives.logical_source(verb), False)
    if not reading.sources:  # "Hamas-led gunmen attacked": the leader's force
        reading.sources = refs(index, leaders_of(passives.logical_source(verb)), False)
    if not reading.sources and frame.place_agent and passives.is_passive(verb):
        # "arrested in Liberia in an operation by U.S. agents": the operation's doer, not the place
        doers = operation_doers(verb)
        reading.sources = refs(index, doers, False) if doers else []
        if not doers:
            reading.sources = _place_agents(verb, index, preps=frame.agent_preps)
    elif not reading.sources and frame.place_agent and _by_bare_force(verb):
        # "police arrested him in Manila": the force of the state where it acts
        reading.sources = _place_agents(verb, index, preps=frame.agent_preps)
    hosts = [verb, *[o for o in objects if frame.object_nouns is not None]]
    # "signed a memorandum of understanding with Somaliland": "with" hangs on the "of" noun
    hosts += arg.prep_objects(hosts[1:], ("of",))
    if frame.type is RelationType.SIGNED_AGREEMENT_WITH:  # "a deal on trade with Y": "with" on
        hosts += arg.prep_objects(hosts, ("on",))  # the topic the deal is about
    if frame.type is RelationType.MET_WITH:  # "spoke by telephone with X": "with" on the line
        hosts += call_lines(verb)
    reading.targets = targets_at(index, frame, hosts, objects)
    if frame.clause_aux is not None:  # "Biden said the U.S. must do more": no urging of his own
        own = {index.country(r.actor_id) for r in reading.sources}
        doc = verb.doc
        ours = [t for t in reading.targets if not _foreign(index, own, t.actor_id)]
        # "said China and France should jointly defend multilateralism": a duty the speaker's
        # own state shares with another urges neither
        shared = {c.i for t in ours for c in (doc[t.token], *doc[t.token].conjuncts)}
        reading.targets = [t for t in reading.targets if t not in ours and t.token not in shared]
    if "prep:from" in frame.targets and frame.type is RelationType.URGED:
        # "demanded an apology from India": what is owed hangs "from" on itself (not "the
        # withdrawal of troops from Ukraine", which names a place)
        owed = [o for o in objects[:1] if o.lemma_.lower() in _OWED]
        reading.targets += refs(index, arg.prep_objects(owed, ("from",)), False)
    if "prep:with" in frame.targets and frame.object_nouns is None:
        # "discussed the situation in Ukraine with Lavrov": the parser hangs "with" on the object
        reading.targets += refs(index, arg.prep_objects(objects[:1], ("with",)), False)
        # "spent four hours at the palace with Lavrov": "with" hung on the place
        places = arg.prep_objects([verb], ("at", "in"))
        reading.targets += refs(index, arg.prep_objects(places, ("with",)), False)
    # "said the deal between Israel and Hamas had been agreed": a label pins, it pairs no one
    # "shuttled between Cairo and Doha" (slot "prep:between"): the places are each the target,
    # not two parties acting on one another
    if not set(frame.targets) & (_LABEL_SLOTS | {"prep:between"}):
        # "criticised the talks between A and B": the talks' parties did nothing to each other;
        # only a deal or talks made ("mediated talks between") is theirs
        owners = [verb, *(objects if frame.type in _PAIRED_BY_OBJECT else [])]
        reading.pairwise = refs(index, arg.between_objects(owners), False)
    if frame.type is RelationType.MEDIATED and not reading.pairwise:  # "talks meant to end ..."
        reading.pairwise = refs(index, purpose_between(objects), False)
    if frame.type is RelationType.MEDIATED and not reading.pairwise:  # "X and Y held talks
        reading.pairwise = refs(index, talks_holders(objects), False)  # mediated by Z"
    if not reading.targets and (parties := reciprocal_parties(verb)):
        pair = refs(index, parties, False)
        # one subject is a pair only when it stands for two: "both sides", "each side"
        if len(parties) > 1 or len({r.actor_id for r in pair}) > 1:
            reading.pairwise, reading.sources = pair, []
            return reading
    if not reading.targets and "subjects" in frame.targets and len(reading.sources) > 1:
        travelled_together = frame.type is RelationType.MET_WITH and one_delegation_with_others(
            verb, objects, reading.sources, index
        )
        side_by_side = frame.type is RelationType.ATTACKED and _side_by_side(verb)
        if not side_by_side and not travelled_together:
            reading.pairwise = reading.sources
        reading.sources = []
        # "X, Y and Z signed the documents": maybe one deal, maybe X's with each: unsure
        several = any(o.tag_ in ("NNS", "NNPS") for o in _signed_things(verb, objects))
        if frame.type is RelationType.SIGNED_AGREEMENT_WITH and len(reading.pairwise) > 2:
            reading.pairwise = [] if several else reading.pairwise
    return reading


def _signed_deal(frame: Frame, verb: Token) -> bool:
    """ "rejected a clause of the agreement signed by X and Y", "dismissed a maritime deal
    signed by Greece and Egypt": a past participle naming a deal asserts its signing, whatever
    the clause above does with the deal (the deal noun's own status is still read)."""
    if frame.type is not RelationType.SIGNED_AGREEMENT_WITH or frame.object_nouns is None:
        return False
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if verb.head.lemma_.lower() not in frame.object_nouns:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _made_by(verb: Token, obj: Token) -> bool:
    """The object noun is the trigger's own: its object ("signed a deal"), or the noun the
    trigger describes as a participle ("dismissed a maritime agreement signed by Greece and
    Egypt"): what the clause above does with the deal does not undo its signing."""
    return obj.head.i == verb.i or (verb.dep_ == "acl" and verb.head.i == obj.i)


_LABEL_SLOTS = frozenset({"labelled", "praised", "labelled-claim", "designated"})
_ASKED = words("request behest invitation urging instigation initiative")


def _foreign(index: ActorIndex, own: set[str | None], target: str) -> bool:
    """A party other than the speaker's own state: a person, an international body, or a state
    the speaker is known not to belong to."""
    if index.kind(target) == "PERSON":
        return True
    country = index.country(target)
    if country is None:
        return index.kind(target) == "ORGANIZATION"
    return None not in own and country not in own


_VISITED_NOT_PLACES = frozenset(
    {"company", "firm", "business", "troop", "soldier", "force", "worker", "student",
     "national", "citizen", "executive", "staff", "embassy", "consulate", "mission", "base"}
)  # fmt: skip
"""What a visit to people or a post abroad calls on: "visited U.S. troops in Germany", "visited
the U.S. embassy in Kyiv" are no visit to the United States."""


def _visited_places(objects: list[Token]) -> list[Token]:
    """The places a visit's objects name: people or a post stand for where they are ("troops in
    Germany": Germany), never for their own state."""
    out: list[Token] = []
    for obj in objects:
        if obj.lemma_.lower() in _VISITED_NOT_PLACES:
            out += arg.prep_objects([obj], ("in",))
        else:
            out.append(obj)
    return out


def _signed_things(verb: Token, objects: list[Token]) -> list[Token]:
    """What was signed: "put their names to the documents" signed the documents, not names
    (three leaders' "names" are no three deals)."""
    signed = [o for o in objects if o.lemma_.lower() not in _SIGNATURES]
    return signed + arg.prep_objects([verb], ("to",))


_SIGNATURES = words("name signature")


def _side_by_side(verb: Token) -> bool:
    """ "X and Y fought together", "... alongside": allies, not foes."""
    return any(c.lower_ in ("together", "alongside", "jointly") for c in verb.subtree)


_CUSTODY_NOUNS = words("arrest detention custody")


def _custody_under(verb: Token) -> list[Token]:
    """The custody a verb of holding puts someone under: "held under house arrest"."""
    return [o for o in arg.prep_objects([verb], ("under",)) if o.lemma_.lower() in _CUSTODY_NOUNS]


def _by_bare_force(verb: Token) -> bool:
    """ "Police detained him", "authorities arrested her": an active verb whose every doer is a
    force of law that names no state of its own."""
    doers = grammatical_subjects(verb)
    return bool(doers) and all(bare_law_force(d) for d in doers)


def _place_agents(
    verb: Token,
    index: ActorIndex,
    objects: list[Token] | None = None,
    preps: tuple[str, ...] = ("in", "at"),
) -> list[Ref]:
    """The state where it was done: "jailed in Russia", "detained at Moscow's airport",
    "arrested in Yekaterinburg"."""
    found = arg.prep_objects([verb, *(objects or [])], preps)
    # "held under house arrest in Canada": the place hangs on the custody
    found += arg.prep_objects(_custody_under(verb), preps)
    # "arrested in Israel at U.S. request": who asked for it names no place and did not do it
    found = [tok for tok in found if tok.lemma_.lower() not in _ASKED]
    states = ((state_at(tok, index), tok.i) for tok in found)  # "arrested in Yekaterinburg"
    ruling = index.ruling_militaries  # "taken into custody in the capital" after a coup
    placed = [Ref(ruling.get(s, s), "proxy", i) for s, i in states if s is not None]
    if placed or not passives.is_passive(verb):
        return placed
    states = ((state_at(tok, index), tok.i) for tok in places_while(verb, preps))
    return [Ref(ruling.get(s, s), "proxy", i) for s, i in states if s is not None]
