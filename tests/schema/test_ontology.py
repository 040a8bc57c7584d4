"""The ontology is the graph's meaning: every type carries its event-data codes."""

from __future__ import annotations

from schema.ontology import NODE_LABELS, RELATION_SPECS, EventType, RelationType


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


def test_event_labels_are_cypher_labels() -> None:
    assert EventType.MEETING.label == "Meeting"
    assert all(label.isidentifier() for label in NODE_LABELS)
