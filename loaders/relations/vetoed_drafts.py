"""Who a veto answers: the draft's sponsor, never the body the draft was put to.

"The United States vetoed a U.N. Security Council resolution" names the council only as the
forum: a vetoed draft was never the council's own (it failed), so the council proposed nothing
the vetoing state rejected. The body named in front of the draft ("a Security Council
resolution", "a UN draft") is therefore dropped as its maker when the verb is "veto"; a state
named there ("a U.S. draft", "an Algerian-drafted text") is the sponsor and stays. "Blocked a
Security Council statement" is read the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

_DRAFTS = frozenset({"resolution", "draft", "text", "motion", "measure", "proposal", "statement"})


def forum_dropped(verb: Token, obj: Token, makers: list[Ref], index: ActorIndex) -> list[Ref]:
    """`makers` without an organisation named in front of a vetoed draft ("vetoed a U.N.
    Security Council resolution": the council is where it was voted, not who wrote it)."""
    if verb.lemma_.lower() not in ("veto", "block") or obj.lemma_.lower() not in _DRAFTS:
        return makers
    front = {t.i for c in obj.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree}
    return [
        m for m in makers if not (m.token in front and index.kind(m.actor_id) == "ORGANIZATION")
    ]
