"""Bodies named only by a description: "the Saudi-led coalition", "Russian-backed separatists",
"Iran's morality police".

No NER tag and no gazetteer entry covers them, so the state or body word inside them was read
as that state ("Saudi" -> Saudi Arabia) and the body itself, which is what acts, was lost with
every relation on it. Each shape is read by its head noun and what is glued to it:

- "<state>-led coalition": a body of several states; "a Saudi-led effort" is an act, no body;
  "a Saudi-led coalition" named once in passing is the leading state's war, but one the story
  goes on to follow ("The coalition has since stepped up air strikes") is the body;
- "<state>-backed separatists/rebels": an armed group no name gives; "Russian-backed talks" none;
- "Iran's judiciary", "the Congolese army", "Venezuela's armed forces", "Iran's morality
  police": a state's force or judiciary, a state body acting in its own name
  (ANNOTATION.md: it arrests, sentences, attacks); cases that read the words as the state list
  them among its aliases, which the body's name matches;
- "U.N. experts", "a group of U.N. experts", "the U.N. fact-finding mission", "a U.N. commission
  of inquiry": a panel the UN appoints reports and accuses in its own name, not the UN's
  members or its Secretariat.

A later bare "the coalition" or "the separatists" is the one body of that head named before.
"Maduro's government" is no body of its own but the leader's state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.actors.claims import is_person
from loaders.actors.coup_militaries import reports_coup
from loaders.actors.officeholders import lookup_surname
from loaders.actors.syntax import is_argument
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.actors.claims import Claims

_LED = frozenset({"coalition"})
"""Heads that "<state>-led" makes a body of: "-led forces/talks/invasion" name acts or troops."""
_BACKED = frozenset({"separatists", "rebels"})
"""Heads that "<state>-backed" makes a body of; "-backed group/militias" stands for a named one."""
_GLUE = {"led": _LED, "backed": _BACKED, "supported": _BACKED}
_POLICE_KINDS = frozenset({"morality", "religious", "secret"})
"""Kinds of police that may stand between the state's word and "police"."""
_FORCES = frozenset({"army", "military", "judiciary"})
"""Heads of a state's own force or judiciary ("armed forces" is read on its two words). Plain
"Canadian police" stays the state: cases list it as the state as often as a body, and only the
state carries the relations they record ("arrested by Canadian police")."""
_GOVERNMENTS = frozenset({"government", "administration"})
_FILLERS = frozenset({"military", "international", "arab", "western"})
"""Words that may stand between the glued word and the head: "Saudi-led military coalition"."""


def claim_described_bodies(claims: Claims) -> None:
    """Read each description into its own body, taking over the state word inside it."""
    found: dict[str, list[str]] = {}
    coup = reports_coup(claims.doc)
    for tok in claims.doc:
        span = _glued(claims, tok) or _state_force(claims, tok, coup) or _un_panel(claims, tok)
        if span is None:
            continue
        start, country = span
        text = claims.doc[start : tok.i + 1].text
        if not is_argument(claims.doc[start : tok.i + 1]):
            continue
        _release(claims, start, tok.i + 1)
        if claims.taken(start, tok.i + 1):
            continue
        ident = _named_military(claims, tok, country)
        if ident is not None:
            claims.table.drafts[ident].add_alias(text)
        else:
            ident = claims.table.organization(text, country, text)
        claims.claim(Mention(start, tok.i + 1, ident, "name"))
        found.setdefault(tok.lower_, []).append(ident)
    _claim_anaphors(claims, found)


_STATE_MILITARY = re.compile(r"\b(Armed Forces|Defen[cs]e Forces?)\b")
"""Names of a state's whole military: "Sudanese Armed Forces", "Rwanda Defence Force"."""
_REBEL_NAMES = re.compile(r"\b(Revolutionary|Liberation|Rebel|Popular|Patriotic)\b")
"""Words in the name of an armed group styled as forces ("Revolutionary Armed Forces of
Colombia"): no state's military."""


def _named_military(claims: Claims, head: Token, country: str | None) -> str | None:
    """The body the article names as the state's military ("the Rwanda Defence Force", "the
    Sudanese Armed Forces (SAF)"), for "the Rwandan army", "Sudan's military": news names the
    force once by its name and otherwise by its description, and both are one body."""
    if country is None or head.lower_ not in ("army", "military", "forces"):
        return None
    found = set()
    for m in claims.mentions:
        draft = claims.table.drafts.get(m.actor_id)
        if draft is None or not m.actor_id.startswith("organization:") or draft.country != country:
            continue
        if _STATE_MILITARY.search(draft.name) and not _REBEL_NAMES.search(draft.name):
            found.add(m.actor_id)
    return next(iter(found)) if len(found) == 1 else None


def _glued(claims: Claims, head: Token) -> tuple[int, str | None] | None:
    """ "Saudi-led coalition", "Russian-backed separatists": start of the description."""
    doc = claims.doc
    i = head.i - 1
    while i >= 0 and doc[i].lower_ in _FILLERS and doc[i].is_lower:
        i -= 1
    if i < 2 or doc[i].lower_ not in _GLUE or head.lower_ not in _GLUE[doc[i].lower_]:
        return None
    if doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    if head.dep_ in ("compound", "amod"):
        return None  # "Iran's judiciary chief", "Russian military equipment": a modifier
    if any(c.dep_ == "conj" and not any(c.lefts) for c in head.children):
        return None  # "Chinese police and troops": the state's word is the troops' too
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
        return None  # "Iran-backed rebels Houthi ...": the group has its own name
    if _indefinite(head) and not _named_again(head):
        return None  # "where a Saudi-led coalition has fought since 2015": the state's war
    owner = _mention_ending_at(claims, i - 1)
    if owner is not None and owner.actor_id.startswith(("country:", "organization:")):
        return owner.start, None
    for hit in claims.hits:  # "Moscow-backed": a seat of power, read as its state only later
        if hit.end == i - 1:
            return hit.start, None
    return None


def _indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _named_again(head: Token) -> bool:
    """ "a Saudi-led coalition ... The coalition has since stepped up strikes": a body the story
    introduces and then follows acts in it; named once in passing, it is its leader's war."""
    doc = head.doc
    return any(
        tok.lower_ == head.lower_ and doc[tok.i - 1].lower_ == "the" for tok in doc[head.i + 1 :]
    )


def _state_force(claims: Claims, head: Token, coup: bool) -> tuple[int, str | None] | None:
    """ "Iran's judiciary", "the Congolese army", "Venezuela's armed forces", "Iran's morality
    police": a state's force or judiciary, read as the state, is a body of it. ANNOTATION.md
    counts a state body that acts in its own name (it arrests, sentences, attacks, is
    sanctioned) as an organization; cases that count the words as the
    state instead list them among the state's aliases, which the body's name then matches.
    Only a state word right before the head (or before a kind of police) makes the body:
    "the army" alone stays whoever the story's other readers make it. In a story whose lede
    reports a coup, the army is the one that seized power, read by coup_militaries.py."""
    doc = claims.doc
    if head.pos_ not in ("NOUN", "PROPN") or head.i == 0:
        return None
    word = head.lower_
    if word == "forces":
        if head.i < 2 or doc[head.i - 1].lower_ != "armed":
            return None
        before = head.i - 1  # "Venezuela's armed forces"
    elif word == "police":
        if doc[head.i - 1].lower_ not in _POLICE_KINDS:
            return None  # "Canadian police": cases count it as the state as often as a body
        before = head.i - 1  # "Iran's morality police"
    elif word in _FORCES:
        before = head.i
    else:
        return None
    if coup and word in ("army", "military", "forces"):
        return None
    if head.dep_ in ("compound", "amod"):
        return None  # "Iran's judiciary chief", "Russian military equipment": a modifier
    if any(c.dep_ == "conj" and not any(c.lefts) for c in head.children):
        return None  # "Chinese police and troops": the state's word is the troops' too
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
        return None  # "the Syrian army's Tiger Forces", "Nigerian army chief Yahaya"
    for m in claims.mentions:
        if not m.actor_id.startswith("country:") or m.start >= before:
            continue
        owns = m.end == before or (
            m.end == before - 1 and doc[m.end].lower_ in ("'s", "’s")
        )  # "Iran's judiciary"
        inside = m.end in (head.i, head.i + 1) and m.start < before  # "Czech police" as one
        if not (owns or inside):
            continue
        if m.end == head.i and claims.taken(head.i, head.i + 1):
            return None
        if any(doc[k].pos_ not in ("PROPN", "PART", "ADJ", "NOUN") for k in range(m.start, before)):
            return None
        return m.start, m.actor_id.split(":", 1)[1]
    return None


_UN = "organization:united-nations"
_PANEL_HEADS = frozenset({"experts", "investigators", "mission", "inquiry"})
"""Heads of a panel the UN appoints; "mission" only as a fact-finding one (not peacekeepers),
"inquiry" only as a commission of inquiry (not "a U.N. inquiry", the act).
Not "monitors" or "rapporteur": cases count those as the UN itself or as a person."""
_PANEL_GROUPS = frozenset({"group", "panel"})


def _un_panel(claims: Claims, head: Token) -> tuple[int, str | None] | None:
    """ "U.N. experts", "United Nations investigators", "U.N. fact-finding mission", "a group of
    U.N. experts", "the U.N. group of experts", "a U.N. commission of inquiry": start of the
    panel's description."""
    if head.lower_ not in _PANEL_HEADS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = claims.doc
    i = head.i
    if head.lower_ == "mission":
        if i < 2 or doc[i - 1].lower_ != "finding" or doc[i - 2].text != "-":
            return None
        i -= 3  # "fact"
    if head.lower_ == "inquiry":
        if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ != "commission":
            return None
        i -= 2  # "the U.N. commission of inquiry"
    elif i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PANEL_GROUPS:
        i -= 2  # "the U.N. group of experts"
    owner = _mention_ending_at(claims, i)
    if owner is None or owner.actor_id != _UN:
        return None
    start = owner.start
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _PANEL_GROUPS:
        start -= 2  # "a group of U.N. experts"
    return start, None


def _mention_ending_at(claims: Claims, end: int) -> Mention | None:
    for m in claims.mentions:
        if m.end == end:
            return m
    return None


def _release(claims: Claims, start: int, end: int) -> None:
    """Take back the state or body mentions inside the description: the body acts, not they."""
    doc = claims.doc
    for m in list(claims.mentions):
        if start <= m.start and m.end <= end and not m.actor_id.startswith("person:"):
            claims.mentions.remove(m)
            claims.claimed.difference_update(range(m.start, m.end))
            _drop_alias(claims, m.actor_id, doc[m.start : m.end].text)


def _drop_alias(claims: Claims, ident: str, form: str) -> None:
    """ "Estonian police" read first as Estonia left the words among the state's aliases; once
    they name the body, the state keeps them only if another of its mentions still uses them."""
    form = " ".join(form.split())
    draft = claims.table.drafts.get(ident)
    if draft is None or form not in draft.aliases:
        return
    doc = claims.doc
    if any(m.actor_id == ident and doc[m.start : m.end].text == form for m in claims.mentions):
        return
    draft.aliases.remove(form)


def _claim_anaphors(claims: Claims, found: dict[str, list[str]]) -> None:
    """ "the coalition", "the separatists" after the one such body named before."""
    doc = claims.doc
    for tok in doc:
        idents = found.get(tok.lower_, [])
        if len(set(idents)) != 1 or tok.i in claims.claimed or tok.i == 0:
            continue
        if doc[tok.i - 1].lower_ != "the" or tok.lower_ == "police":
            continue
        if not any(m.actor_id == idents[0] and m.end <= tok.i for m in claims.mentions):
            continue
        claims.table.drafts[idents[0]].add_alias(doc[tok.i - 1 : tok.i + 1].text)
        claims.claim(Mention(tok.i, tok.i + 1, idents[0], "alias"))


def claim_leaders_governments(claims: Claims) -> None:
    """ "Maduro's government", "Ruto's administration", "the Biden administration": the
    government a leader heads is his state (cases list the words as the state's alias), not the
    leader in person."""
    doc = claims.doc
    for tok in doc:
        if tok.lower_ not in _GOVERNMENTS or not tok.is_lower:
            continue
        owner = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
        if owner is None:
            _claim_government_of(claims, tok)
            continue
        if _unnamed_leaders_administration(claims, tok, owner):
            continue
        for m in list(claims.mentions):
            if not (m.start <= owner.i < m.end and is_person(m)) or m.end > tok.i:
                continue
            iso3 = claims.table.drafts[m.actor_id].country
            if iso3 is None:
                break
            claims.mentions.remove(m)
            claims.claimed.difference_update(range(m.start, m.end))
            if claims.taken(m.start, tok.i + 1):
                claims.claim(m)
                break
            span = doc[m.start : tok.i + 1]
            ident = claims.table.country(iso3, span.text)
            claims.claim(Mention(m.start, tok.i + 1, ident, "alias"))
            break


def _claim_government_of(claims: Claims, tok: Token) -> None:
    """ "the administration of Donald Trump", "the government of President Luis Arce": the
    leader named after "of" heads the government, which stands for his state as the possessive
    form does; the whole phrase becomes the state's alias, not the leader in person."""
    doc = claims.doc
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return
    leader = next((c for c in of.children if c.dep_ == "pobj"), None)
    if leader is None:
        return
    for m in list(claims.mentions):
        if not (m.start <= leader.i < m.end and is_person(m)) or m.start <= tok.i:
            continue
        if any(t.pos_ not in ("PROPN", "DET") for t in doc[of.i + 1 : m.start]):
            return  # "the government of a country led by X": not X's own government
        iso3 = claims.table.drafts[m.actor_id].country
        if iso3 is None:
            return
        claims.mentions.remove(m)
        claims.claimed.difference_update(range(m.start, m.end))
        if claims.taken(tok.i, m.end):
            claims.claim(m)
            return
        span = doc[tok.i : m.end]
        claims.claim(Mention(tok.i, m.end, claims.table.country(iso3, span.text), "alias"))
        return


def _unnamed_leaders_administration(claims: Claims, tok: Token, owner: Token) -> bool:
    """ "The Obama administration imposed ...", its leader named nowhere else: a surname the
    office-holder table knows for one person only stands for that person's state. Claims it and
    says so; False when the words are taken or the name is not a known leader's."""
    if tok.lower_ != "administration" or owner.dep_ != "compound" or owner.pos_ != "PROPN":
        return False
    if owner.i != tok.i - 1 or claims.taken(owner.i, tok.i + 1):
        return False
    row = lookup_surname(owner.text, claims.doc._.published)
    if row is None or row.country is None:
        return False
    span = claims.doc[owner.i : tok.i + 1]
    ident = claims.table.country(row.country, span.text)
    return claims.claim(Mention(owner.i, tok.i + 1, ident, "alias"))
