"""Well-known office-holders named bare in an article get their state and post from the table.

"Erdogan hosted Abiy in Ankara" says nothing of whom Abiy serves; a reader knows he is
Ethiopia's prime minister, and so does `officeholders.csv`. What the article itself says wins:
a state or title read from the text is never replaced, only a missing one is filled, and the
post is the one held on the article's date. The table's spelling of the name is kept as an
alias, so articles that spell a name differently still meet in the graph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.officeholders import lookup, lookup_surname

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from loaders.actors.table import Draft


def fill_known_people(people: Iterable[Draft], published: date | None) -> None:
    for draft in people:
        if draft.country is not None and draft.title is not None:
            continue
        holder = next(
            (h for form in (draft.name, *draft.aliases) if (h := lookup(form, published))),
            None,
        )
        if holder is None and " " not in draft.name:  # "Erdogan hosted the talks"
            holder = lookup_surname(draft.name, published)
        if holder is None:
            continue
        serves_body = any(role.organization_id for role in draft.roles)
        if draft.country is None and holder.country is not None and not serves_body:
            draft.country = holder.country
        if draft.title is None and published is not None and holder.holds_on(published):
            draft.add_role(holder.office, None)
        draft.add_alias(holder.name)
