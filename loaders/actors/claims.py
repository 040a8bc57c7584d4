"""What one Doc's actor pass has settled so far: the tokens claimed and the mentions made.

Each reading step (people, gazetteer hits, NER bodies, institutions, pronouns, short forms) runs
after the stronger ones and may only name tokens none of them took, so every mention is written
through `claim` here and mentions never overlap. The steps live in their own modules and share
this one object; the order they run in is the component's (loaders/actors/component.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.syntax import state_noun_head
from loaders.actors.table import ActorTable
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.actors.matcher import Hit


class Claims:
    """The actor table, mentions and claimed tokens of one Doc, with the gazetteer hits."""

    def __init__(self, doc: Doc, hits: list[Hit]) -> None:
        self.doc, self.hits = doc, hits
        self.table = ActorTable()
        self.mentions: list[Mention] = []
        self.claimed: set[int] = set()
        self.hit_tokens = {i for h in hits for i in range(h.start, h.end)}

    def taken(self, start: int, end: int) -> bool:
        return any(i in self.claimed for i in range(start, end))

    def free(self, start: int, end: int) -> bool:
        return not self.taken(start, end)

    def claim(self, mention: Mention) -> bool:
        if self.taken(mention.start, mention.end):
            return False
        self.claimed.update(range(mention.start, mention.end))
        self.mentions.append(mention)
        return True

    def state_mention(self, span: Span, iso3: str, how: str) -> None:
        """A state named by `span`, stretched over a state noun it modifies ("U.S. officials")."""
        head = state_noun_head(span)
        end = head.i + 1 if head is not None else span.end
        root = span.root
        if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
            end = span.end  # "American and British warplanes": each state on its own word
        if any(i in self.hit_tokens for i in range(span.end, end)):
            end = span.end  # "the Swedish, Danish and Norwegian envoys": another state follows
        if self.taken(span.end, end):
            end = span.end
        ident = self.table.country(iso3, self.doc[span.start : end].text)
        self.table.country(iso3, span.text)
        self.claim(Mention(span.start, end, ident, how))

    def actor_state(self, tok: Token) -> str | None:
        """The state of the actor a mention over `tok` names: a state itself, or the state a
        person or body serves ("Saudi Arabia's royal court")."""
        for m in self.mentions:
            if m.start <= tok.i < m.end:
                return self.table.drafts[m.actor_id].country
        return None

    def person_state(self, tok: Token) -> str | None:
        """The state of the person a mention over `tok` names, if it names one."""
        for m in self.mentions:
            if m.start <= tok.i < m.end and is_person(m):
                return self.table.drafts[m.actor_id].country
        return None


def is_person(mention: Mention) -> bool:
    return mention.actor_id.startswith("person:")
