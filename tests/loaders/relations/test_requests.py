"""Asking a body to meet urges it (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("Tehran asked for an urgent meeting of NATO on Friday.", "Iran"),
        ("Egypt requested a special session of NATO.", "Egypt"),
        ("NATO met on Monday at the request of Kyiv.", "Ukraine"),
        ("NATO was to meet late on Friday at Qatar's request.", "Qatar"),
    ],
)
def test_asking_a_body_to_meet_urges_it(read: Reader, text: str, asker: str) -> None:
    assert (asker, "URGED", "NATO") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tehran did not ask for a meeting of NATO.",
        "Tehran may ask for a meeting of NATO.",
        "NATO was not to meet at Qatar's request.",
        "NATO met on Monday at the invitation of Qatar.",
        "Biden asked for a meeting of Putin and Zelensky.",
    ],
)
def test_no_request_or_no_body_urges_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "URGED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biden appealed for Putin to free Berg.", ("Joe Biden", "Vladimir Putin")),
        ("Stoltenberg called for Tehran to halt the shipments.", ("Jens Stoltenberg", "Iran")),
    ],
)
def test_calling_for_someone_to_act_urges_them(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "URGED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Stoltenberg did not call for Tehran to halt the shipments.",
        "Stoltenberg may call for Tehran to halt the shipments.",
        "Stoltenberg waited for Tehran to halt the shipments.",
    ],
)
def test_no_call_for_someone_to_act_urges_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "URGED" for _, kind, _ in triples(read(text)))
