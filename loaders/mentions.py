"""What the actor stage hands to the relation stage: each place in a Doc that names an actor.

The actor component (loaders/actors*) sets `doc._.actors` and `doc._.mentions`; the relation
component reads them. Pronouns, surnames, titles, capitals and demonyms resolved to an actor are
mentions too, so the relation stage never resolves names itself.

Contract: mentions are sorted by start and do not overlap, with one exception. A plural
description of a pair named before ("the two leaders", "both countries", "the pair") refers to
several actors at once; a Mention carries one actor, so such a span gets one Mention per member,
all with the same start and end and how="group" (the members in the order the text named them).
A consumer that keeps one actor per token still works (it sees one member); one that wants the
whole group collects every Mention over the span. No other mentions share tokens with a group.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    """First token index of the mention in the Doc."""
    end: int
    """Token index one past the mention's last token."""
    actor_id: str
    how: str = "name"
    """How it was resolved: name, alias, surname, title, pronoun, capital, demonym, seat, group
    (one of several Mentions over the same span, one per member of the group)."""
