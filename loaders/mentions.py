"""What the actor stage hands to the relation stage: each place in a Doc that names an actor.

The actor component (loaders/actors*) sets `doc._.actors` and `doc._.mentions`; the relation
component reads them. Pronouns, surnames, titles, capitals and demonyms resolved to an actor are
mentions too, so the relation stage never resolves names itself.
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
    """How it was resolved: name, alias, surname, title, pronoun, capital, demonym, seat."""
