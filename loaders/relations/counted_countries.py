"""What "the two countries" / "the three nations" may stand for: countries only, and, when no
list or meeting fits, the countries its own sentence has named before it.

"Turkey dropped its objections to Finland and Sweden joining NATO, after the three countries
signed a memorandum": a count of countries is a count of states, never an alliance or a body
(NATO is no country), and the story often names the states one by one in the same sentence
rather than as a list ("Canada arrested X and China detained Y; relations between the two
countries sank"). When exactly as many different states as the count says are named before
the reference in its sentence, they are the group; any other number, and it stands for nobody
we know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Token

COUNTRY_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "democracy"})
"""Group nouns that count states alone; "sides", "governments", "powers" may be bodies too."""


class Named(Protocol):
    """What this module asks of the actor index (relations/actors_at.ActorIndex)."""

    def group_refs(self, tok: Token) -> list[tuple[str, str]]: ...


def counts_countries(tok: Token) -> bool:
    """A group noun that counts states only: "the three countries", "both nations"."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in COUNTRY_NOUNS


def countries_named_before(
    tok: Token, count: int, index: Named, doers: frozenset[str] = frozenset()
) -> list[str]:
    """The `count` different countries named before `tok` in its sentence, or [] when the
    sentence names another number of them (or names them only inside quotes).

    `doers` are the states doing the act the group undergoes, left out of the count: "Beijing
    denounced the pact Australia made with the United States and Britain, accusing the three
    countries of ...": one accuses others, so the accuser is none of the three."""
    found: list[str] = []
    for word in tok.sent:
        if word.i >= tok.i:
            break
        if word.is_quote:
            return []  # a quoted speaker's states are the speaker's business
        if word.pos_ != "PROPN":
            continue  # "Chinese troops", "its neighbours": only the states named outright
        for actor_id, kind in index.group_refs(word):
            if kind == "COUNTRY" and actor_id not in found and actor_id not in doers:
                found.append(actor_id)
    return found if len(found) == count else []
