"""Definite descriptions of a body or state named before: "the group", "the paramilitary force",
"the rebels", "the junta", "the kingdom", "the island", "the world body".

News names a body once and then describes it ("Hamas ... Israel accused the group of
stalling"); unread, every relation on the description is lost. claim_anaphors (common_noun_bodies)
reads the declared anaphors of well-known bodies ("the bloc" for the EU); this reads the rest,
in the order a reader would:

1. an explicit naming earlier in the article ties the description's head to one actor:
   "Hamas, the militant group that rules Gaza", "the RSF, a paramilitary force", "the militant
   group Hamas", "the junta, which calls itself the CNSP";
2. failing that, the kind of the head: an armed-group word ("group", "rebels", "movement") is the
   one armed group named before, a body word ("court", "council") the one body with that word in
   its name, "the kingdom" the one kingdom named before (pycountry's official names), "the
   junta" the one state whose military rule the article named ("Mali's military government");
   a body the text itself calls armed ("the FDLR, a rebel group") counts as an armed group.
Heads news uses for one another share a naming: "the FFC, the alliance that led the protests"
is "the coalition" later, "the M23, which it calls a rebel group" is "the militants" later.

Words of origin or backing may stand before the head ("the Palestinian group", "the Iran-aligned
group": no name inside), and a body word may be capitalised as news styles the one body it
stands for ("the Fund" after the International Monetary Fund). Only one candidate resolves: two
fitting actors give nothing. A description that is itself the
naming (an apposition, "the group of Arab states", "the militant group Hamas") or an indefinite
one ("a group") is no anaphor.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import pycountry

from loaders.actors.armed_groups import ARMED_GROUPS
from loaders.actors.common_noun_bodies import in_a_title
from loaders.actors.organizations import known_orgs
from loaders.actors.state_kinds import KIND_HEADS, QUALIFIERS, kind_states
from loaders.mentions import Mention
from schema.ids import name_words, slug

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.actors.claims import Claims

_ARMED_HEADS = frozenset({"group", "militants", "rebels", "insurgents", "movement", "militia",
                          "faction", "force", "outfit"})  # fmt: skip
"""Heads that stand for a non-state armed body or movement."""
_NAME_HEADS = frozenset({"court", "council", "assembly", "agency", "league", "alliance", "front",
                         "movement", "party", "commission", "committee", "tribunal",
                         "group", "bank", "fund", "forum", "union", "organisation",
                         "organization"})  # fmt: skip
"""Heads that stand for the one body named before with that word in its name ("the court":
the International Criminal Court). Not "army" or "forces": "the army" is mostly a state's."""
_KIN = {"coalition": "union", "alliance": "union", "bloc": "union",
        "rebels": "armed", "militants": "armed", "insurgents": "armed"}  # fmt: skip
"""Heads that news uses for one another: a body introduced as "the alliance that led the
protests" is later "the coalition"; "the M23, a rebel group" later "the militants"."""
_ARMED_WORDS = frozenset({"rebel", "rebels", "militant", "militants", "insurgent", "insurgents",
                          "armed", "jihadist", "separatist", "paramilitary",
                          "militia"})  # fmt: skip
"""Words that make a naming's head an armed group's: "a rebel group", "an armed movement"."""
_STATE_HEADS = frozenset({"kingdom", "sultanate", "principality", "duchy"})
"""Heads read through a state's official name ("Kingdom of Saudi Arabia")."""
_JUNTA_HEADS = frozenset({"junta", "regime", "generals"})
_MILITARY_RULE = frozenset({"junta", "military", "rulers", "ruler", "generals", "regime"})
"""Words that name a state's military rule when the state owns or modifies them: "Myanmar's
military", "Mali's military-led government", "the Malian junta" (ANNOTATION.md counts the junta
as its state when no body of its own is named)."""
_BACKING = frozenset({"backed", "aligned", "allied", "based", "linked", "supported", "funded",
                      "sponsored"})  # fmt: skip
"""Participles after a hyphen that say who backs a body or where it sits: "the Iran-backed"."""
_FAITHS = frozenset({"shi'ite", "shiite", "shia", "shi'a", "sunni", "islamist", "jihadist",
                     "salafist", "salafi", "maoist", "marxist"})  # fmt: skip
"""Creeds that describe an armed group, however tagged: "the heavily armed Shi'ite group"."""
_COMPANY_HEADS = frozenset({"company", "firm"})
"""Heads that stand for the one company named before ("Huawei Technologies ... the company")."""
_CORPORATE = frozenset({"ltd", "limited", "inc", "corp", "corporation", "llc", "plc", "holdings",
                        "company", "co", "technologies", "technology", "industries", "airlines",
                        "airways", "motors", "pharmaceuticals", "electronics"})  # fmt: skip
"""Last words of a name that make it a company's: "Shahed Aviation Industries"."""
_HEADS = _ARMED_HEADS | _NAME_HEADS | set(_KIN) | _STATE_HEADS | _JUNTA_HEADS | _COMPANY_HEADS
OF_VERBS = frozenset({"accuse", "suspect", "convict", "warn", "inform", "notify", "remind",
                       "clear", "acquit", "rid", "deprive", "assure"})  # fmt: skip
"""Verbs whose "of" belongs to them, however parsed: "accused the group of stalling" is no
"group of" name."""
_NAMING_VERBS = frozenset({"call", "name", "style", "dub"})
_UN = "organization:united-nations"


def claim_body_descriptions(claims: Claims) -> None:
    """Resolve each free definite description of a body to the one actor it can stand for."""
    namings = _namings(claims)
    armed = {f"organization:{slug(org.name)}" for org in ARMED_GROUPS}
    armed |= _named_armed(claims, namings)
    for tok in claims.doc:
        words = _description(claims, tok)
        if words is None:
            continue
        before = [m for m in claims.mentions if m.end <= tok.i]
        named = {ident for at, head, ident in namings if _kin(head, tok.lower_) and at < tok.i}
        if not named and not _other_before(claims, tok, namings):
            named = _by_kind(claims, tok, words, before, armed)
        claim_sole(claims, tok, words, named)


def claim_sole(claims: Claims, tok: Token, words: str, named: set[str]) -> None:
    """Claim `tok` for the one actor the description can stand for; two or none: nothing
    (an ambiguous description lends its relations to no one)."""
    if len(named) != 1:
        return
    ident = next(iter(named))
    claims.table.drafts[ident].add_alias(f"the {words}")
    claims.claim(Mention(tok.i, tok.i + 1, ident, "alias"))


def _description(claims: Claims, tok: Token) -> str | None:
    """The lower-case words of "the [modifiers] head" ending at `tok`, if it is a free definite
    description of a body and no part of a name."""
    doc = claims.doc
    head = tok.lower_
    world_body = head == "body" and tok.i > 0 and doc[tok.i - 1].lower_ == "world"
    titled = tok.is_title and head in _NAME_HEADS and tok.i > 0 and not tok.is_sent_start
    if not (tok.is_lower or titled) or tok.i in claims.claimed or tok.pos_ not in ("NOUN", "PROPN"):
        return None  # "the Fund", "the Court": news capitalises the one body's head word
    if not (world_body or head in KIND_HEADS or head in _HEADS):
        return None
    det = next((c for c in tok.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ == "poss" for c in tok.lefts):
        return None
    between = doc[det.i + 1 : tok.i]
    if not all(_describing(claims, t, head) for t in between):
        return None  # "the Islamic State group", "the Wagner group": a name inside
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    named_after = after is not None and (after.is_title or after.i in claims.claimed)
    of_frame = tok.dep_ == "dobj" and tok.head.lemma_.lower() in OF_VERBS
    if named_after or (any(c.lower_ == "of" for c in tok.rights) and not of_frame):
        return None  # "the group of seven", "the militant group Hamas": a naming, no anaphor
    if after is not None and after.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound":
        return None  # "the group leader": a person
    if tok.dep_ == "appos" or tok.dep_ == "attr":
        return None  # "Hamas, the militant group ...": the naming itself
    return " ".join(t.lower_ for t in doc[det.i + 1 : tok.i + 1])


def _describing(claims: Claims, tok: Token, head: str) -> bool:
    """May `tok` stand between "the" and `head` without being part of a name?"""
    if head in KIND_HEADS and tok.lower_ in QUALIFIERS:
        return True  # "the Gulf state", "the Pacific island nation"
    return (tok.is_lower and tok.i not in claims.claimed) or _of_origin(tok)


def _of_origin(tok: Token) -> bool:
    """A word before the head that tells where a body is from or who backs it, no part of its
    name: "the Palestinian group", "the Islamist movement", "the Iran-backed group"."""
    if tok.text == "-":
        return True
    doc = tok.doc
    backed = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
    if backed and doc[tok.i + 2].lower_ in _BACKING:
        return True  # "Iran" of "Iran-backed"
    if tok.lower_ in _BACKING and tok.i > 0 and doc[tok.i - 1].text == "-":
        return True
    return (tok.tag_ == "JJ" and tok.ent_type_ == "NORP") or tok.lower_ in _FAITHS


def _kin(naming: str, head: str) -> bool:
    """Does a naming with head word `naming` tie a later description with head `head`?"""
    return naming == head or (naming in _KIN and _KIN[naming] == _KIN.get(head))


def _named_armed(claims: Claims, namings: list[tuple[int, str, str]]) -> set[str]:
    """Bodies the text itself calls armed ("the FDLR, a rebel group founded by ...", "Hamas is
    a militant group"): the armed-group words stand for them as for the listed groups."""
    doc = claims.doc
    found = set()
    for at, head, ident in namings:
        if ident.startswith(("person:", "country:")):
            continue  # never a state: "the rebels" are its government's opponents
        mods = {c.lower_ for c in doc[at].children if c.dep_ in ("amod", "compound")}
        if _KIN.get(head) == "armed" or (head in _ARMED_HEADS and mods & _ARMED_WORDS):
            found.add(ident)
    return found


def _other_before(claims: Claims, tok: Token, namings: list[tuple[int, str, str]]) -> bool:
    """The same head word named something else before: "a group of settlers ... the group" is
    the settlers, whatever armed group the article also named."""
    tied = {i for i, _, _ in namings}
    return any(
        t.lower_ == tok.lower_ and t.i not in claims.claimed and t.i not in tied
        for t in claims.doc[: tok.i]
    )


def _namings(claims: Claims) -> list[tuple[int, str, str]]:
    """(token index, head word, actor) for each description the text ties to a named actor:
    an apposition either way round, a "the militant group Hamas" compound, a copula
    ("Hamas is a militant group") and "the junta, which calls itself the CNSP"."""
    doc = claims.doc
    found: list[tuple[int, str, str]] = []
    for m in claims.mentions:
        if m.actor_id.startswith("person:"):
            continue
        root = doc[m.start : m.end].root
        linked = [c for c in root.children if c.dep_ == "appos"]
        linked += [c for c in root.lefts if c.dep_ == "compound" and c.i < m.start]
        if root.dep_ in ("appos", "attr", "oprd") or root.dep_ == "compound":
            linked.append(root.head)
        if root.dep_ in ("nsubj",):
            linked += [c for c in root.head.children if c.dep_ == "attr"]
        for noun in linked:
            if noun.is_lower and not (m.start <= noun.i < m.end):
                found.append((noun.i, noun.lower_, m.actor_id))
        verb = root.head if root.dep_ in ("oprd", "xcomp", "ccomp", "dobj") else None
        if verb is not None and verb.lemma_.lower() in _NAMING_VERBS and verb.dep_ == "relcl":
            described = verb.head
            if described.is_lower and described.i not in claims.claimed:
                found.append((described.i, described.lower_, m.actor_id))
                if any(c.lower_ == "itself" for c in verb.children):
                    claims.claim(Mention(described.i, described.i + 1, m.actor_id, "alias"))
    return found


def _by_kind(claims: Claims, tok: Token, words: str, before: list[Mention],
             armed: set[str]) -> set[str]:  # fmt: skip
    """The actors named before that the head's kind fits."""
    head = tok.lower_
    ids = {m.actor_id for m in before}
    if head == "body":
        un = known_orgs()["United Nations"]
        seen = _UN in ids or in_a_title(un, claims.doc.text[: tok.idx])
        return {claims.table.organization(un.name, None)} if seen else set()
    states = {i.split(":", 1)[1] for i in ids if i.startswith("country:")}
    if head in _STATE_HEADS:
        # "Saudi Arabia's royal court said the kingdom ...": a body of the state names it too,
        # and the speaker's own kingdom goes before any other named in the article
        states |= {
            c for i in ids if i.startswith("organization:") and (c := _body_state(claims, i))
        }
        fitting = {s for s in states if head in _official_words(s)}
        speaker = _speakers_state(claims, tok)
        return {f"country:{speaker}"} if speaker in fitting else {f"country:{s}" for s in fitting}
    if head in KIND_HEADS:  # "the island nation", "the Gulf state", "the emirate"
        kind = kind_states(words)
        return {f"country:{s}" for s in states if s in kind} if kind is not None else set()
    if head in _JUNTA_HEADS:
        return {f"country:{s}" for s in _military_ruled(claims, before)}
    if head in _COMPANY_HEADS:
        return {i for i in ids if i.startswith("organization:") and _is_company(claims, i)}
    found: set[str] = set()
    if head in _ARMED_HEADS or _KIN.get(head) == "armed":
        found |= ids & armed
    if head in _NAME_HEADS or _KIN.get(head) == "union":
        for ident in ids:
            draft = claims.table.drafts.get(ident)
            if ident.startswith("organization:") and draft is not None:
                forms = (draft.name, *draft.aliases)
                if any(head.title() in f.split() for f in forms):
                    found.add(ident)
    return found


def _body_state(claims: Claims, ident: str) -> str | None:
    draft = claims.table.drafts.get(ident)
    return draft.country if draft is not None else None


def _speakers_state(claims: Claims, tok: Token) -> str | None:
    """The state of whoever says the clause `tok` stands in ("X's royal court said the kingdom
    would ..."), from the mention of the saying verb's subject."""
    clause = tok.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return claims.actor_state(subjects[0]) if subjects else None


def _is_company(claims: Claims, ident: str) -> bool:
    """Does the body's name, or one of its forms, end in a corporate word?"""
    draft = claims.table.drafts.get(ident)
    if draft is None:
        return False
    return any(
        f.split()[-1].lower().strip(".,") in _CORPORATE for f in (draft.name, *draft.aliases) if f
    )


def _military_ruled(claims: Claims, before: list[Mention]) -> set[str]:
    """States the article named as ruled by their military: "Myanmar's military", "the Malian
    junta", "Mali's military-led government", "Guinea's new military ruler"."""
    doc = claims.doc
    found = set()
    for m in before:
        if not m.actor_id.startswith("country:"):
            continue
        span = doc[m.start : m.end]
        root = span.root
        nouns = [root, root.head] if root.dep_ in ("poss", "compound", "amod") else [root]
        for noun in nouns:
            mods = {t.lower_ for t in doc[noun.left_edge.i : noun.i]}
            if noun.lower_ in _MILITARY_RULE or (
                noun.lower_ in ("government", "leaders", "authorities") and "military" in mods
            ):
                found.add(m.actor_id.split(":", 1)[1])
    return found


@cache
def _official_words(iso3: str) -> frozenset[str]:
    record = pycountry.countries.get(alpha_3=iso3)
    name = getattr(record, "official_name", "") if record is not None else ""
    return frozenset(name_words(name))
