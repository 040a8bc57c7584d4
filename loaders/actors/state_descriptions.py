"""Bare descriptions of a state's organs named before: "the government", "the authorities",
"the administration", "the army", "the military", "the delegation".

News names a state's government once with its owner ("Mali's government", "the government of
Niger", "Iranian authorities") and then drops the owner ("... the government suspended
broadcasts"); unread, every relation on the bare noun is lost. The owner is the reader's one
antecedent only when the article named exactly one owner for that kind of organ before:

- a government word is the one state (or body: "the Taliban government") whose government,
  authorities, administration or regime the article named;
- an army word is the one state whose army, military or armed forces the article named, or the
  one named military body ("the Sudanese Armed Forces"); a named force and a state's army both
  named is two candidates, and nothing;
- "government forces", "federal troops", "pro-government soldiers" (with or without "the") are
  the armed men of the one state whose government or army the article named: the writer sets
  them against rebels, and the state they fight for is the one whose government the story is
  about ("Ethiopia's government ... federal troops attacked the TPLF");
- "the delegation" is the one sender whose delegation the article named ("a delegation from
  the Houthis", "the Russian delegation").

Two owners named give nothing, and so does no owner: the writer's own government is never
assumed. The description must be free: "the government of national unity" (a name), "the
government's critics" (someone else), "the army chief" (a person), "a government" (any), and a
description inside a quotation (the speaker's own government, often) are no anaphors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.body_descriptions import OF_VERBS, claim_sole
from loaders.actors.home_state import home_state
from loaders.actors.quotes import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.actors.claims import Claims

_ORGANS = {"government": "gov", "authorities": "gov", "regime": "gov", "cabinet": "gov",
           "leadership": "gov", "junta": "gov", "rulers": "gov", "administration": "admin",
           "army": "army", "military": "army", "troops": "troops", "soldiers": "troops",
           "forces": "troops", "delegation": "delegation", "ministry": "ministry"}  # fmt: skip
"""Organ nouns an owner is named with, by kind: "the administration" follows only a named
administration (a US-style executive), never "Iraqi authorities"; "the army" a named army,
never "French troops" sent abroad."""
_ANAPHORS = {"government": "gov", "authorities": "gov", "regime": "gov",
             "administration": "admin", "army": "army", "military": "army", "forces": "army",
             "troops": "troops", "delegation": "delegation", "ministry": "ministry"}  # fmt: skip
"""Bare heads read as an anaphor, with the kind of organ their antecedent must have named."""
_FILLERS = frozenset({"transitional", "interim", "federal", "central", "national", "military",
                      "new", "current", "ruling", "caretaker", "civilian", "armed",
                      "military-led", "military-backed"})  # fmt: skip
"""Words that may stand between "the" and the head: "the transitional authorities"."""
_PORTFOLIOS = frozenset({"foreign", "defence", "defense", "interior", "finance", "justice",
                         "economy", "trade", "commerce", "intelligence", "security"})  # fmt: skip
"""Words that name which ministry: "the foreign ministry" follows only a named foreign ministry
("Iran's foreign ministry"); a bare "the ministry" follows the one state any ministry was named
of. (A health ministry is often a territory's, "Gaza's health ministry", no state's: unread.)"""
_NEEDS_FILLER = frozenset({"forces"})
"""Heads that are an anaphor only with a filler: "the armed forces", never bare "the forces"
(anyone's)."""
_MILITARY_NAMES = ("army", "military", "armed forces", "defence forces", "defense forces")
"""Words in a body's name that make it a military body."""
_NAMING_PREPS = frozenset({"of", "in"})
"""Prepositions that make the description a naming: "the government of national unity", "the
government in Tripoli" (one of two rivals)."""
_INSTITUTION_VERBS = frozenset({"oust", "overthrow", "topple", "depose", "unseat", "dissolve",
                                "form", "join", "quit", "lead", "head", "reshuffle", "replace",
                                "serve", "install", "sack", "dismiss", "bring"})  # fmt: skip
"""Verbs whose object "the government" is the people in office, no state acting: "the Houthis
ousted the government from Sanaa", "he joined the government"."""
_SPEECH = frozenset({"say", "tell", "add", "state", "write", "insist", "argue", "conclude"})


_FORCE_HEADS = frozenset({"forces", "troops", "soldiers"})
_GOVERNMENT_SIDE = frozenset({"government", "federal", "pro-government"})
"""Words that make a force the government's own: "government forces", "federal troops"; not
"government-backed forces" (often a militia) nor "security forces" (police or army, anyone's)."""
_FORCE_OWNER_KINDS = frozenset({"gov", "admin", "army", "troops"})


def claim_state_descriptions(claims: Claims) -> None:
    """Resolve each free bare description of a state organ to the one owner named before."""
    owners = _owners(claims)
    home: str | None = None
    for tok in claims.doc:
        force = _government_force(claims, tok)
        if force is not None:
            named = {ident for at, k, ident in owners if k in _FORCE_OWNER_KINDS and at < tok.i}
            claim_sole(claims, tok, force, named)
            continue
        located = _located_ministry(claims, tok)
        if located is not None:
            claim_sole(claims, tok, "ministry", {located})
            continue
        words = _description(claims, tok)
        if words is None:
            continue
        kind = _ANAPHORS[tok.lower_]
        if kind == "ministry":
            kind = _ministry_kind(claims.doc[tok.i - 1])
        named = {ident for at, k, ident in owners if k == kind and at < tok.i}
        if not named and kind == "gov" and tok.dep_ in ("nsubj", "nsubjpass"):
            # "BAMAKO - Mali ordered ... The government accused France": no owner named at all,
            # the story's home state acting (home_state.py)
            if home is None:
                home = home_state(claims.doc, claims.mentions) or ""
            named = {home} if home and not any(k == "gov" for _, k, _ in owners) else set()
            if named and _reported_by_other(claims, tok, home):
                named = set()
        claim_sole(claims, tok, words, named)


def _description(claims: Claims, tok: Token) -> str | None:
    """The lower-case words of "the [fillers] head" ending at `tok`, if free."""
    doc = claims.doc
    if tok.lower_ not in _ANAPHORS or not tok.is_lower or tok.i in claims.claimed:
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    det = next((c for c in tok.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ == "poss" for c in tok.lefts):
        return None
    between = doc[det.i + 1 : tok.i]
    fillers = _PORTFOLIOS if tok.lower_ == "ministry" else _FILLERS
    if len(between) > 1 and tok.lower_ == "ministry":
        return None
    if any(t.lower_ not in fillers or t.i in claims.claimed for t in between):
        return None  # "the Iranian government" is read elsewhere; "the rival government" not
    if tok.lower_ in _NEEDS_FILLER and not len(between):
        return None
    of_frame = tok.dep_ == "dobj" and tok.head.lemma_.lower() in OF_VERBS
    if not of_frame and any(c.dep_ == "prep" and c.lower_ in _NAMING_PREPS for c in tok.rights):
        return None  # "the government of national unity", a naming
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and (after.is_title or after.i in claims.claimed):
        return None  # "the army General Staff", "the delegation Russia sent"
    if tok.lower_ == "delegation" and any(
        c.dep_ in ("relcl", "acl") or c.lower_ == "including" for c in tok.children
    ):
        return None  # "the delegation that included X": its members (delegations.py)
    if tok.dep_ in ("compound", "poss", "appos", "attr", "nmod"):
        return None  # "the army chief", "the government's critics", "X, the government"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _INSTITUTION_VERBS:
        return None  # "ousted the government": the men in office, not the state
    if inside_quotes(tok):
        return None  # a speaker's "the government" is, as often as not, the speaker's own
    return " ".join(t.lower_ for t in doc[det.i + 1 : tok.i + 1])


def _government_force(claims: Claims, tok: Token) -> str | None:
    """The words of "[the] government forces" / "federal troops" ending at `tok`, if free: the
    government word right before the plural head, and nothing before it but "the" or a word
    that names no one ("Ethiopian federal forces" is read as Ethiopia elsewhere)."""
    doc = claims.doc
    if tok.lower_ not in _FORCE_HEADS or not tok.is_lower or tok.i in claims.claimed:
        return None
    if tok.pos_ != "NOUN" or tok.i == 0 or tok.dep_ in ("compound", "poss", "nmod"):
        return None  # "government forces commander": a person
    side = doc[tok.i - 1]
    if side.lower_ not in _GOVERNMENT_SIDE or side.i in claims.claimed:
        return None
    if any(c.dep_ == "poss" for c in tok.lefts):
        return None  # "Abiy's federal forces": read with their owner
    before = doc[side.i - 1] if side.i > 0 else None
    if (
        before is not None
        and before.head.i in (tok.i, side.i)
        and (before.i in claims.claimed or before.pos_ in ("ADJ", "PROPN"))
    ):
        return None  # "Ethiopian federal forces", "rival government forces": not bare
    if any(c.dep_ == "prep" and c.lower_ in _NAMING_PREPS for c in tok.rights):
        return None  # "government forces in Tripoli": one of two rivals
    return f"{side.lower_} {tok.lower_}"


def _owners(claims: Claims) -> list[tuple[int, str, str]]:
    """(token index, organ kind, owner) for each organ the text names with its owner: "Mali's
    government", "the government of Niger", "Iranian authorities", "the Taliban government",
    "his government" (the person's state), "a delegation from Hamas", and each named military
    body ("the Sudanese Armed Forces"). A government named in someone's reported speech also
    names the speaker's own state's as a rival ("the Russian government must answer, she said":
    the writer's next "the government" may be hers)."""
    doc = claims.doc
    found: list[tuple[int, str, str]] = []
    for m in claims.mentions:
        span = doc[m.start : m.end]
        owner: str | None = m.actor_id
        if m.actor_id.startswith("person:"):
            draft = claims.table.drafts.get(m.actor_id)
            owner = f"country:{draft.country}" if draft is not None and draft.country else None
        elif m.actor_id.startswith("organization:"):
            draft = claims.table.drafts.get(m.actor_id)
            name = draft.name.lower() if draft is not None else ""
            if any(w in name for w in _MILITARY_NAMES):
                found.append((m.start, "army", m.actor_id))
                continue
        noun = _organ(span)
        kind = _ORGANS.get(noun.lower_) if noun is not None else None
        if noun is None or kind is None or owner is None:
            continue
        if noun.lower_ == "forces" and any(c.lower_ == "armed" for c in noun.lefts):
            kind = "army"
        if kind == "ministry":
            if owner.startswith("country:"):
                found.append((noun.i, "ministry", owner))
                found.append((noun.i, _ministry_kind(doc[noun.i - 1]), owner))
            continue
        if m.actor_id.startswith("person:") and kind not in ("gov", "admin"):
            continue  # "Abiy's troops" are his state's, but named so rarely to stand alone
        if not owner.startswith("country:") and kind in ("army", "troops"):
            continue
        found.append((noun.i, kind, owner))
        speaker = _speaker_state(claims, noun)
        if kind in ("gov", "admin") and speaker is not None and speaker != owner:
            found.append((noun.i, kind, speaker))
    return found


def _located_ministry(claims: Claims, tok: Token) -> str | None:
    """ "the foreign ministry in Beijing", "In Moscow, the defence ministry said": a ministry
    placed in a state's capital is that state's, whatever was named before."""
    if tok.lower_ != "ministry" or not tok.is_lower or tok.i in claims.claimed:
        return None
    det = next((c for c in tok.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or tok.i - det.i > 2 or inside_quotes(tok):
        return None
    if tok.i - det.i == 2 and claims.doc[tok.i - 1].lower_ not in _PORTFOLIOS:
        return None
    preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"]
    if tok.dep_ == "nsubj":  # "In Moscow, the ministry said": the fronted place of its verb
        preps += [c for c in tok.head.lefts if c.dep_ == "prep" and c.lower_ == "in"]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            hit = next((h for h in claims.hits if h.start <= obj.i < h.end), None)
            if hit is not None and hit.kind == "CAPITAL":
                return claims.table.country(hit.key)
    return None


def _ministry_kind(before: Token) -> str:
    """ "ministry:foreign" after a portfolio word ("foreign ministry"), else plain "ministry"."""
    if before.lower_ in _PORTFOLIOS:
        return f"ministry:{before.lower_}"
    return "ministry"


def _speaker_state(claims: Claims, noun: Token) -> str | None:
    """The state of who reports the clause `noun` stands in ("..., she told reporters")."""
    tok = noun
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in _SPEECH:
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            for m in claims.mentions:
                if subjects and m.start <= subjects[0].i < m.end:
                    if m.actor_id.startswith("country:"):
                        return m.actor_id
                    draft = claims.table.drafts.get(m.actor_id)
                    if draft is not None and draft.country:
                        return f"country:{draft.country}"
            return None
        tok = tok.head
    return None


def _organ(span: Span) -> Token | None:
    """The organ noun a mention names the owner of: its own head ("Iranian authorities"), the
    noun it owns or modifies ("Mali's government"), or the noun whose "of"/"from" it follows
    ("the government of Niger", "a delegation from Hamas")."""
    root = span.root
    if root.lower_ in _ORGANS:
        return root
    if root.dep_ in ("poss", "compound", "amod"):
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.dep_ == "prep":
        return prep.head
    return None


def _reported_by_other(claims: Claims, tok: Token, home: str) -> bool:
    """ "British Home Secretary X told parliament that the government was expelling ...": a
    government word in the words a speaker reports is the speaker's own as often as the story's
    home state; any named speaker not of the home state leaves it unread."""
    for verb in tok.ancestors:
        if verb.lemma_.lower() not in _SPEECH:
            continue
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for m in claims.mentions:
                if m.start <= child.i < m.end:
                    draft = claims.table.drafts.get(m.actor_id)
                    state = f"country:{draft.country}" if draft and draft.country else m.actor_id
                    if state != home:
                        return True
    return False
