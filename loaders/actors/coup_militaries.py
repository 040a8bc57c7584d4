"""The military that has just seized power, as a body of its own: "Myanmar's military seized
power on Monday ... Blinken called on the military to release all detained leaders".

Elsewhere a state's army stands for its state ("Russian forces", "the Israeli military": the
state acts through them). A story whose lede reports a coup is different: the state's
government is the military's victim, the world condemns and urges the military, and the
military is the actor (ANNOTATION.md's "state bodies that act in their own name"). Once the
junta has ruled for a while and the story is about what it does as the government (expelling an
envoy, signing a deal), the news and the guideline treat it as the state again; so only a coup
the lede reports, and not dated a year or more back ("nearly two years after the army seized
power"), makes the military a body.

Every mention of that state's military ("Myanmar's military", "the Malian army", "the junta",
"the generals", "Mali's new military rulers") then names one organization: the junta's own
name when the article gives one ("the junta, which calls itself the CNSP"), else "<state>
military". The state keeps every other mention: "sanctions on Mali" still fall on Mali.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import dateparser

from loaders.actors.quotes import inside_quotes
from loaders.mentions import Mention
from schema.ids import country_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.actors.claims import Claims

_ARMY_HEADS = frozenset({"military", "army", "junta", "generals", "mutineers", "putschists"})
"""Heads that name a state's military whatever stands before them."""
_RULE_HEADS = frozenset({"rulers", "leaders", "leadership", "government", "authorities",
                         "administration", "regime", "council", "forces", "soldiers"})  # fmt: skip
"""Heads that name the military only with a military word before them: "Mali's new military
rulers", "the military-led administration", "the armed forces", "mutinous soldiers"."""
_MILITARY_WORDS = frozenset({"military", "military-led", "armed", "mutinous", "coup", "army"})
_OFFICERS = frozenset({"general", "colonel", "lieutenant", "captain", "major", "junta"})
_COUP_NOUNS = frozenset({"coup", "putsch", "takeover", "mutiny"})
_COUP_VERBS = frozenset({"overthrow", "topple", "oust", "depose", "mutiny"})
_POWER_VERBS = frozenset({"seize", "take", "grab", "assume"})
_SEATS_OF_POWER = frozenset({"power", "government", "state", "country", "parliament", "presidency"})
"""What a coup takes over: "a military takeover of the government"."""
_OLD = re.compile(r"\b(years?|decades?)\b", re.I)
_BACK_WORDS = frozenset({"ago", "after", "since", "earlier", "last", "before", "previously"})
"""Words that date a span of years back: "two years ago", "a year after the coup"."""
_SPAN_WORDS = frozenset({"within", "for", "next", "coming", "more", "to", "until", "by", "of"})
"""Words that make a span of years a length or a deadline ahead: "within a year", "up to
three years", "for five more years", "a transition of three years"."""
_RECENT_DAYS = 183
"""How far back a dated coup still counts as the story's own news."""


def reports_coup(doc: Doc) -> bool:
    """The lede reports a coup: the military that seized power is read here, not by the
    readers of a state's army in other stories."""
    return any(_reports_coup(sent) for sent in _lede(doc))


def claim_coup_militaries(claims: Claims) -> None:
    """Move the mentions of a state's military to a body of its own when the lede reports a
    recent coup by it; nothing when no coup, or when the coup's state is not clear."""
    doc = claims.doc
    coup = [sent for sent in _lede(doc) if _reports_coup(sent)]
    if not coup:
        return
    ends = {
        m: end
        for m in claims.mentions
        if m.actor_id.startswith("country:") and (end := _army(doc, m)) is not None
    }
    body = _coup_body(claims, ends, coup)
    if body is None:
        return
    for tok in doc:
        if tok.i not in claims.claimed and _bare_military(tok):
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "coup" else tok.i
            claims.table.drafts[body].add_alias(doc[start : tok.i + 1].text)
            claims.claim(Mention(start, tok.i + 1, body, "alias"))


def _coup_body(claims: Claims, ends: dict[Mention, int], coup: list[Span]) -> str | None:
    """The body that seized power, its state's military mentions moved to it: the junta the
    article names, else a "<state> military" of the coup's state; None when neither is clear."""
    junta = _named_junta(claims)
    state = _coup_state(claims, list(ends), coup)
    if state is None and junta is not None:
        iso3 = claims.table.drafts[junta].country
        state = country_id(iso3) if iso3 else None
    if state is None:
        return junta
    body = junta or _military_body(claims, state, list(ends))
    claims.doc._.ruling_militaries = {state: body}
    for m in [m for m in ends if m.actor_id == state]:
        _repoint(claims, m, ends[m], state, body)
    return body


def _coup_state(claims: Claims, armies: list[Mention], coup: list[Span]) -> str | None:
    """The state whose military seized power: the one whose military the text names (of two,
    the one the coup's sentences name), else the one that owns the coup ("Myanmar's military
    coup"), else the one state the coup's sentences name."""
    doc = claims.doc
    named = {
        m.actor_id
        for m in claims.mentions
        if m.actor_id.startswith("country:") and any(_within(m, s) for s in coup)
    }
    states = {m.actor_id for m in armies}
    if len(states) > 1:
        states &= named
    if not states:
        states = {m.actor_id for m in claims.mentions if m.actor_id in named and _owns_coup(doc, m)}
    if not states:
        states = named | _officers_states(claims, coup)
    return next(iter(states)) if len(states) == 1 else None


def _officers_states(claims: Claims, coup: list[Span]) -> set[str]:
    """The states of the officers the coup's sentences name with their rank or command
    ("Sudan's military leader General Abdel Fattah al-Burhan", "coup leader Assimi Goita")."""
    found = set()
    for m in claims.mentions:
        words = {t.lower_ for t in claims.doc[m.start : m.end]}
        if m.actor_id.startswith("person:") and any(_within(m, s) for s in coup):
            draft = claims.table.drafts[m.actor_id]
            state = country_id(draft.country) if draft.country else ""
            if state and state in claims.table and words & (_MILITARY_WORDS | _OFFICERS):
                found.add(state)  # only a state the article names: no actor is invented
    return found


def _owns_coup(doc: Doc, m: Mention) -> bool:
    """ "Myanmar's military coup", "Guinea's coup": the state whose coup it is."""
    run = _noun_run(doc, m.end)
    return bool(run) and run[-1].lemma_.lower() in _COUP_NOUNS


def _lede(doc: Doc) -> list[Span]:
    """The first two sentences of some length (a dateline fragment does not count)."""
    found: list[Span] = []
    for sent in doc.sents:
        found.append(sent)
        if sum(1 for s in found if len(s) >= 8) >= 2:
            break
    return found


def _reports_coup(sent: Span) -> bool:
    """The sentence tells of a coup and does not date it a year or more back."""
    told = False
    for tok in sent:
        lemma = tok.lemma_.lower()
        if (
            (lemma in _COUP_NOUNS and tok.pos_ == "NOUN" and not _of_something_else(tok))
            or lemma in _COUP_VERBS
            or tok.lower_ in ("mutinous", "ousted")
            or (lemma in _POWER_VERBS and any(c.lower_ == "power" for c in tok.children))
        ):
            told = True
    return told and not _dated_back(sent)


def _of_something_else(noun: Token) -> bool:
    """ "the Israeli takeover of the Rafah crossing": a place or thing seized, not a state's
    government ("a takeover of the government", "of power", or no "of" at all)."""
    seized = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() not in _SEATS_OF_POWER for o in seized)


def _dated_back(sent: Span) -> bool:
    """A date in the sentence a year or more before publication: the coup is background."""
    published = sent.doc._.published
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if _OLD.search(ent.text) and _looks_back(ent):
            return True
        if published is None or not re.search(r"\b(1[89]|20)\d\d\b", ent.text):
            continue
        base = dt.datetime(published.year, published.month, published.day)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        text = re.sub(r"^(in|on|since|from)\s+", "", ent.text, flags=re.I)
        when = dateparser.parse(text, languages=["en"], settings=settings)
        if when is not None and (base - when) > dt.timedelta(days=_RECENT_DAYS):
            return True
    return False


def _looks_back(ent: Span) -> bool:
    """ "nearly two years after the army seized power", "a year ago", "since last year": a span
    of years that reaches back from the story. Not "this year", and not a span ahead or a
    length of time: "hold elections within a year", "a transition of up to three years",
    "for five more years"."""
    if re.search(r"\bthis\s+year\b", ent.text, re.I):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    words = {t.lower_ for t in ent}
    if words & _BACK_WORDS or after in _BACK_WORDS:
        return True
    return before not in _SPAN_WORDS and not words & _SPAN_WORDS


def _within(m: Mention, sent: Span) -> bool:
    return sent.start <= m.start < sent.end


def _army(doc: Doc, m: Mention) -> int | None:
    """Where the military phrase ends, if the mention names the state by its military:
    "Myanmar's military", "the Malian junta", "Mali's new military rulers", or a bare "the
    army" resolved to the state."""
    if inside_quotes(doc[m.start]):
        return None
    if m.end - m.start == 1 and m.how != "name" and doc[m.start].lower_ in _ARMY_HEADS:
        return m.end  # "the army", resolved to its state by the description readers
    words = _noun_run(doc, m.end)
    if not words and doc[m.end - 1].is_lower:
        words = [t for t in doc[m.start : m.end] if t.is_lower]  # stretched: "Myanmar's army"
    if not words or not _military_words([t.lower_ for t in words]):
        return None
    return max(m.end, words[-1].i + 1)


def _noun_run(doc: Doc, start: int) -> list[Token]:
    """The lower-case modifiers and noun after an owner ("Mali's | new military rulers have"),
    read on the surface: the small parser often hangs "military" on the verb that follows."""
    i = start + 1 if start < len(doc) and doc[start].lower_ in ("'s", "’s", "'") else start
    run = []
    for tok in doc[i : i + 4]:
        if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        run.append(tok)
    return run


def _military_words(words: list[str]) -> bool:
    """The phrase's last word is the military ("military", "junta") or a ruling word with a
    military word before it ("military rulers", "armed forces", "mutinous soldiers")."""
    head, mods = words[-1], set(words[:-1])
    if head in _ARMY_HEADS:
        return True
    if head not in _RULE_HEADS:
        return False
    return bool(mods & _MILITARY_WORDS) and not (head == "forces" and "armed" not in mods)


def _bare_military(tok: Token) -> bool:
    """A free "the military", "the junta", "the generals", "the coup leaders"."""
    if not tok.is_lower or tok.pos_ not in ("NOUN", "PROPN") or inside_quotes(tok):
        return False
    if tok.dep_ in ("compound", "amod", "poss") or any(c.dep_ == "poss" for c in tok.lefts):
        return False  # "the army chief", "the military's statement" is read by its owner
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.is_title:
        return False  # "junta leader Min Aung Hlaing", "the Army Ministry"
    if tok.lower_ == "leaders" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "coup":
        return True  # "the coup leaders" (one "coup leader" is a person's title)
    return tok.lower_ in _ARMY_HEADS and any(c.lower_ == "the" for c in tok.lefts)


def _named_junta(claims: Claims) -> str | None:
    """The body the article names as the junta ("the junta, which calls itself the CNSP")."""
    doc = claims.doc
    named = {
        m.actor_id
        for m in claims.mentions
        if m.actor_id.startswith("organization:")
        and _military_words([t.lower_ for t in doc[m.start : m.end]])
    }
    return next(iter(named)) if len(named) == 1 else None


def _military_body(claims: Claims, state: str, moved: list[Mention]) -> str:
    """The "<state> military" organization, named after the first way the text owns it."""
    doc = claims.doc
    iso3 = state.split(":", 1)[1]
    owner = claims.table.drafts[state].name
    for m in moved:
        first = doc[m.start]  # "the Malian junta": "Malian military"; "Myanmar's army": "Myanmar"
        if m.actor_id == state and m.end - m.start > 1 and (first.tag_ == "JJ" or first.is_title):
            owner = first.text
            break
    return claims.table.organization(f"{owner} military", iso3)


def _repoint(claims: Claims, m: Mention, end: int, state: str, body: str) -> None:
    """The mention now names the body; its military phrase ("Myanmar's military") is the
    body's alias, and the mention's own words are no longer the state's."""
    doc = claims.doc
    text = doc[m.start : m.end].text
    index = claims.mentions.index(m)
    claims.mentions[index] = Mention(m.start, m.end, body, "alias")
    claims.table.drafts[body].add_alias(doc[m.start : end].text)
    draft = claims.table.drafts[state]
    still = any(x.actor_id == state and doc[x.start : x.end].text == text for x in claims.mentions)
    for form in (text, f"the {text}"):
        if not still and form in draft.aliases:
            draft.aliases.remove(form)
