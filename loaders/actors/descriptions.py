"""Definite descriptions of people: "the Russian leader", "the U.S. president", "Russia's
president", "the foreign minister", resolved to the person the article named before.

A description is a mention of the person, never of the state in it: "Trump greeted the Russian
leader" says nothing about Russia as an actor. Resolving one also tells the person's state when
the article gave none ("President Vladimir Putin ... the Russian leader"), which is the main
source of a person's `country` for names that came with a bare title.

Candidates are the people named in the description's sentence or the three before whose title
fits (or who have no title, for top posts described with a state), whose state is the
description's or still unknown, and who are not another argument of the description's own verb
("Trump greeted the Russian leader" is not Trump). A candidate whose state is known to match wins;
otherwise a single candidate of unknown state wins; failing both, the only person of the article
so far whose title fits, however far back. Descriptions left with several candidates are
retried after the others are resolved: once "the Russian leader" is Putin, "the U.S. president"
in a story about Trump and Putin can only be Trump. Who holds which post comes from the text,
and for well-known office-holders from the curated table (known_people), filled in before this.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.actors.body_descriptions import OF_VERBS
from loaders.actors.title_anaphors import (
    SYNONYMS,
    before_age,
    extra_fits,
    needs_unique,
    posted_abroad,
    secretary_general,
)
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.actors.matcher import Hit
    from loaders.actors.table import Draft

_WINDOW = 3
_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "leader", "king",
                  "emir", "sultan", "supreme")  # fmt: skip
DESCRIBED = frozenset({"leader", "president", "minister", "premier", "chancellor", "secretary",
                       "spokesman", "spokeswoman", "envoy", "diplomat", "king",
                       "emir", "general", "counterpart", *SYNONYMS})  # fmt: skip
"""Heads of descriptions that can stand for one named person (title_anaphors adds the ranks)."""
_TOP_POSTS = frozenset({"leader", "president", "premier", "chancellor", "prime minister"})
"""(Royals are named with their title: "the Jordanian king" never describes a bare name.)"""
"""Heads that may describe a person the article named with no title at all."""
_CIVIL_GENERALS = frozenset({"secretary", "attorney", "director", "inspector", "solicitor",
                             "governor", "consul", "surgeon", "auditor"})  # fmt: skip
"""Posts named "... General" that are no military rank."""
_STATE_KINDS = ("COUNTRY", "DEMONYM", "CAPITAL", "SEAT")
_POSSESSIVE = ("'s", "’s")
_OWNERS = ("his", "her", "their")
"""Owners of "counterpart": "his Chinese counterpart" is the person of that state in that post."""
_DET = ("the", "a", "an")


@dataclass(frozen=True, slots=True)
class Description:
    start: int
    head: int
    state: str | None
    """ISO3 of the state the description names ("Russian", "the U.S.", "Russia's"), if any."""
    words: str
    """Its lower-case words without the state: "foreign minister"."""


def find_descriptions(doc: Doc, hits: list[Hit], taken: set[int]) -> list[Description]:
    """Every "the [state] [modifiers] head" and "State's [modifiers] head" outside names."""
    hit_end = {h.end - 1: h for h in hits if h.kind in _STATE_KINDS}
    found = []
    for tok in doc:
        if tok.lower_ not in DESCRIBED or not tok.is_lower or tok.i in taken:
            continue
        if tok.dep_ in ("amod", "compound"):
            continue  # "the general public", "the president's office": a modifier, no person
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.i in taken or nxt.is_title or _naming_of(tok, nxt)):
            continue  # a title before a name, or "the president of ...": not this rule
        start, state, ages = secretary_general(doc, tok.i) or tok.i, None, set[int]()
        while start > 0:
            prev = doc[start - 1]
            hit = hit_end.get(start - 1)
            if (age := before_age(doc, start)) < start:
                ages.update(range(age, start))  # "the 84-year-old pontiff"
                start = age
            elif hit is not None and state is None:
                start, state = hit.start, hit.key
            elif prev.is_lower and prev.dep_ in ("amod", "compound") and prev.lower_ not in _DET:
                start -= 1
            else:
                break
        if start in taken:
            continue
        before = doc[start - 1] if start > 0 else None
        if before is None:
            continue
        if tok.lower_ == "counterpart":
            if state is None or before.lower_ not in _OWNERS:
                continue  # "his Chinese counterpart": only with a state and a pronoun owner
        elif before.lower_ != "the":
            owner = hit_end.get(start - 2) if before.text in _POSSESSIVE else None
            if owner is None or state is not None:
                continue
            start, state = owner.start, owner.key  # "Russia's president"
        words = " ".join(
            t.lower_
            for t in doc[start : tok.i + 1]
            if t.is_lower and t.text not in _POSSESSIVE and t.i not in ages
        )
        found.append(Description(start, tok.i, state, words))
    return found


def _naming_of(head: Token, nxt: Token) -> bool:
    """Does "of" after the head name whose post it is ("the president of Kenya")? Not after a
    verb whose "of" is its own: "accusing the Greek leader of lobbying" is the leader accused
    of an act, however the parser attaches the "of"."""
    if nxt.lower_ != "of":
        return False
    return not (head.dep_ == "dobj" and head.head.lemma_.lower() in OF_VERBS)


class DescriptionResolver:
    """Resolves descriptions to people, filling in the states they reveal."""

    def __init__(self, doc: Doc, person_mentions: list[Mention], drafts: dict[str, Draft]):
        self.doc, self.drafts = doc, drafts
        self.sent_of = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
        self.people = sorted(person_mentions, key=lambda m: m.start, reverse=True)

    def resolve(self, descriptions: list[Description]) -> list[Mention]:
        pending, found = list(descriptions), []
        progress = True
        while pending and progress:
            progress = False
            for desc in list(pending):
                person = self._pick(desc)
                if person is None:
                    continue
                pending.remove(desc)
                progress = True
                draft = self.drafts[person]
                if desc.state is not None and draft.country is None:
                    draft.country = desc.state
                found.append(Mention(desc.start, desc.head + 1, person, "title"))
        return found

    def _pick(self, desc: Description) -> str | None:
        head = self.doc[desc.head]
        if head.dep_ == "appos":  # "Wang Yi, China's top diplomat"
            owner = self._person_at(head.head.i)
            if owner is not None and self._state_fits(owner, desc.state):
                return owner
        arguments = {m.actor_id for m in self.people if self._co_argument(m, head)}
        if needs_unique(desc.words, head.lower_):
            return self._only_fit(desc, arguments)
        known: str | None = None
        unknown: list[str] = []
        titled: set[str] = set()
        for m in self.people:
            if m.end > desc.start or m.actor_id not in self.drafts or m.actor_id in arguments:
                continue
            draft = self.drafts[m.actor_id]
            if not self._title_fits(draft, desc):
                continue
            if draft.title is not None and self._state_fits(m.actor_id, desc.state):
                titled.add(m.actor_id)
            near = self.sent_of[desc.start] - self.sent_of[m.start] <= _WINDOW
            if desc.state is not None and draft.country == desc.state:
                known = known or m.actor_id  # state and post agree: anywhere before
            elif desc.state is None and near:
                known = known or m.actor_id
            elif near and desc.state and draft.country is None and m.actor_id not in unknown:
                unknown.append(m.actor_id)
        if known is not None:
            return known
        if len(unknown) == 1:
            return unknown[0]
        # "Senior General Min Aung Hlaing ... (ten sentences on) ... the general": the only one
        # the article titled so, however far back
        if len(titled) == 1 and not unknown:
            return next(iter(titled))
        return None if unknown or titled else self._named_after(desc, arguments)

    def _only_fit(self, desc: Description, arguments: set[str]) -> str | None:
        """ "Pope Francis ... the pontiff": the one person named before whose title fits (and
        whose state, if known, is the description's); two popes named, neither is meant."""
        fitting = {
            m.actor_id
            for m in self.people
            if m.end <= desc.start
            and m.actor_id in self.drafts
            and m.actor_id not in arguments
            and self.drafts[m.actor_id].title is not None
            and self._title_fits(self.drafts[m.actor_id], desc)
            and self._state_fits(m.actor_id, desc.state)
        }
        return next(iter(fitting)) if len(fitting) == 1 else None

    def _named_after(self, desc: Description, arguments: set[str]) -> str | None:
        """A lede describes before it names: "France's foreign minister accused Australia ...
        'There has been lying,' Jean-Yves Le Drian told France 2". Only with a state, and only
        the first person named in the next sentences whose state and post the article (or the
        office-holder table) gives as the description's: a guess would make someone else speak.
        """
        if desc.state is None:
            return None
        for m in reversed(self.people):  # in text order
            if m.start <= desc.head or m.actor_id not in self.drafts or m.actor_id in arguments:
                continue
            if self.sent_of[m.start] - self.sent_of[desc.start] > _WINDOW:
                return None
            draft = self.drafts[m.actor_id]
            if (
                draft.title is not None
                and draft.country == desc.state
                and self._title_fits(draft, desc)
            ):
                return m.actor_id
        return None

    def _person_at(self, i: int) -> str | None:
        for m in self.people:
            if m.start <= i < m.end and m.actor_id in self.drafts:
                return m.actor_id
        return None

    def _state_fits(self, person: str, state: str | None) -> bool:
        country = self.drafts[person].country
        return state is None or country is None or country == state

    def _title_fits(self, draft: Draft, desc: Description) -> bool:
        if draft.title is None:
            # "Donald Trump ... the U.S. president": a top post with its state may describe a
            # person named bare; a bare "the minister" needs the title to say so.
            return desc.state is not None and desc.words in (*_TOP_POSTS, "counterpart")
        if desc.state is not None and posted_abroad(draft.title.lower()):
            return False
        return fits(desc.words, self.doc[desc.head].lower_, draft.title.lower())

    def _co_argument(self, mention: Mention, head: Token) -> bool:
        """Is the person another argument of the verb the description belongs to?"""
        if self.sent_of[mention.start] != self.sent_of[head.i]:
            return False
        root = self.doc[mention.start : mention.end].root
        own, *above = _subjectless_chain(_clause(head))
        if _clause(root) == own:
            return not _inside_a_noun(root)
        return root.dep_ in ("nsubj", "nsubjpass") and root.head in above


def _inside_a_noun(tok: Token) -> bool:
    """ "In his meeting with Erdogan, Khamenei urged the Turkish leader": a name inside a noun's
    phrase (the meeting's) is no argument of the verb, and may well be the one described."""
    while tok.dep_ == "conj":
        tok = tok.head
    tok = tok.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        if tok.pos_ in ("NOUN", "PROPN"):
            return True
        tok = tok.head
    return False


def _clause(tok: Token) -> Token:
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok and seen < 12:
        tok = tok.head
        seen += 1
    return tok


def _subjectless_chain(verb: Token) -> list[Token]:
    """The verb and, while it has no subject of its own, the verbs whose subject it shares:
    "Putin welcomed Modi, bestowing an honour on the Indian leader" (bestowing is Putin's)."""
    chain = [verb]
    while (
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and verb.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
        and verb.head != verb
        and len(chain) < 6
    ):
        verb = _clause(verb.head)
        chain.append(verb)
    return chain


def fits(words: str, head: str, title: str) -> bool:
    """ "leader" fits any head of state or government; otherwise every word must be in the title
    ("the foreign minister" fits "Foreign Minister", not "Prime Minister")."""
    extra = extra_fits(words, head, title)
    if extra is not None:
        return extra
    mods = words.split()[:-1]
    if head == "counterpart":  # whatever the owner's post is: any title
        return not mods
    if head == "general":  # a rank ("Senior General"), not "Secretary-General", "Attorney General"
        ranks = title.split()
        return "general" in ranks and not _CIVIL_GENERALS.intersection(ranks) and not mods
    if head == "leader":
        return any(t in title for t in _LEADER_TITLES) and not mods
    return head in title and all(w in title for w in mods)
