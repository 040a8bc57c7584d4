"""The ontology is the graph's meaning: every type carries its event-data codes."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from schema.models import Event, Participation
from schema.ontology import (
    NODE_LABELS,
    RELATION_SPECS,
    EventType,
    ParticipantRole,
    QuadClass,
    RelationType,
    Status,
)


def test_all_fourteen_relation_types_have_a_spec() -> None:
    assert len(RelationType) == 14
    assert set(RELATION_SPECS) == set(RelationType)


def test_only_meetings_and_agreements_are_symmetric() -> None:
    symmetric = {t for t in RelationType if t.symmetric}
    assert symmetric == {RelationType.MET_WITH, RelationType.SIGNED_AGREEMENT_WITH}


def test_codes_follow_cameo_and_plover() -> None:
    assert RelationType.DETAINED.spec.cameo == ("173",)
    assert RelationType.EXPELLED.spec.plover == "SANCTION"
    assert RelationType.RELEASED.spec.cameo == ("0841",)
    assert all(code.isdigit() for spec in RELATION_SPECS.values() for code in spec.cameo)


def test_each_type_weighs_on_the_goldstein_scale_as_in_gdelt() -> None:
    """Cooperation above zero, conflict below, in GDELT's four quad classes."""
    assert RelationType.SIGNED_AGREEMENT_WITH.spec.goldstein == 8.0
    assert RelationType.ATTACKED.spec.goldstein == -10.0
    assert RelationType.MET_WITH.spec.quad_class is QuadClass.VERBAL_COOPERATION
    assert RelationType.RELEASED.spec.quad_class is QuadClass.MATERIAL_COOPERATION
    assert RelationType.REJECTED.spec.quad_class is QuadClass.VERBAL_CONFLICT
    assert RelationType.SANCTIONED.spec.quad_class is QuadClass.MATERIAL_CONFLICT
    for spec in RELATION_SPECS.values():
        cooperative = spec.quad_class in (
            QuadClass.VERBAL_COOPERATION,
            QuadClass.MATERIAL_COOPERATION,
        )
        assert (spec.goldstein > 0) == cooperative, spec.meaning


def test_event_labels_are_cypher_labels() -> None:
    assert EventType.MEETING.label == "Meeting"
    assert all(label.isidentifier() for label in NODE_LABELS)


def test_every_type_that_makes_an_event_names_both_sides_roles() -> None:
    for rtype, spec in RELATION_SPECS.items():
        assert (spec.event_type is None) == (spec.roles is None), rtype
        if spec.symmetric and spec.roles is not None:
            source, target = spec.roles
            assert source == target, rtype  # either side of a meeting is a participant
    assert RelationType.VISITED.spec.roles == (ParticipantRole.VISITOR, ParticipantRole.HOST)


def test_an_event_gives_roles_only_to_its_participants() -> None:
    with pytest.raises(ValidationError, match="no participants"):
        Event(
            id="e",
            type=EventType.VISIT,
            status=Status.OCCURRED,
            participant_ids=("person:a",),
            participations=(Participation(actor_id="person:b", role=ParticipantRole.HOST),),
        )
