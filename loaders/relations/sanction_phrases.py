"""Sanctions in two set phrases of wire copy the frames miss.

- "imposed asset freezes and travel bans on six officials, including X": the small parser
  takes "freezes" for a verb ("asset freezes" as subject and verb) and hangs "imposed" on
  "asset", so the sanctions noun has no light verb and "on" no noun. The phrase is read from its
  words: an imposing verb, then only words of the sanctions list ("asset freezes", "travel and
  visa bans", "new sanctions"), then "on" or "against" and who they fall on, with the members a
  trailing "including" names.
- "announced new sanctions targeting Russia's supply chains", "measures aimed at Iranian drone
  makers": the sanctions noun's participle names the target, whose owner (the possessor or
  demonym) is the one sanctioned; the doer is whoever announced or imposed the sanctions.
- "cut diplomatic, trade and travel ties with Qatar", "severed economic links with X": cutting
  trade with a state is an embargo (ANNOTATION.md); cutting diplomatic ties alone is not.
The modality is that of the imposing or announcing verb ("threatened to impose asset freezes on"
gives nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs
from loaders.relations.lexicon import SANCTION_NOUNS, Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_IMPOSING = words("impose slap place put announce adopt unveil approve extend")
# The words a sanctions phrase is made of, as written: "fresh asset freezes and travel bans".
_PHRASE_WORDS = words(
    "asset assets freeze freezes travel visa ban bans sanction sanctions embargo embargoes "
    "arms export import tariff tariffs restriction restrictions curb curbs new fresh further "
    "additional sweeping targeted financial economic and , of"
)
# Words that end a list of who sanctions fall on: "on X over the poisoning", "on X in May".
_LIST_ENDS = words("over for after because amid following in on as who which that since ; .")
_HEADS = words("freeze freezes ban bans sanction sanctions embargo embargoes tariffs curbs")
_AIMED = words("target aim")
_MEASURES = SANCTION_NOUNS | words("measure package")
_STRENGTH = 0.7
_CUTTING = words("cut sever suspend halt freeze")
_TIES = words("tie link relation")
_TRADE = words("trade economic commercial travel business financial")
_FRAME = Frame(RelationType.SANCTIONED, "impose", "VERB", ("prep:on",), strength=_STRENGTH)


def _imposers(verb: Token) -> list[Token]:
    """The doer, also when "imposed" was hung on "asset" as a modifier: the subject of the
    verb the parser made of "freezes"."""
    if verb.dep_ != "amod":
        return passives.logical_source(verb)
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    clause = _misread_clause(verb)
    return own or [c for c in clause.children if c.dep_ == "nsubj" and c != verb.head]


def _misread_clause(verb: Token) -> Token:
    """The verb the parser made of the phrase ("freezes"), above the misread "imposed"."""
    tok = verb
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    return tok


def _on_after_phrase(verb: Token) -> Token | None:
    """The "on"/"against" that follows the imposing verb across sanctions words only."""
    heads = 0
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        low = tok.lower_
        if low in ("on", "against"):
            return tok if heads else None
        if low not in _PHRASE_WORDS:
            return None
        heads += low in _HEADS
    return None


def _listed_after(prep: Token, index: ActorIndex) -> list[Ref]:
    """ "on several officers, leaders of the M23 group and Francis Kamanzi, the head of ...":
    the parser scatters the list; its named people and groups are read from the words up to
    the first word that ends it (a reason, a time, a clause)."""
    out: list[Ref] = []
    for tok in prep.doc[prep.i + 1 : prep.sent.end]:
        if tok.lower_ in _LIST_ENDS or tok.pos_ in ("VERB", "AUX"):
            break
        ref = index.direct(tok)
        if ref is not None and index.kind(ref.actor_id) in ("PERSON", "ORGANIZATION"):
            out.append(ref)
    return out


def _fallen_on(prep: Token, index: ActorIndex) -> list[Ref]:
    """Who the sanctions fall on, the members an "including" after them names, and the list
    the parser hung on the object's apposition."""
    objects = [t for c in prep.children if c.dep_ == "pobj" for t in arg.listed(c)]
    found = refs(index, objects, True) + _listed_after(prep, index)
    sent = prep.sent
    including = [t for t in sent if t.i > prep.i and t.lower_ == "including"]
    found += [r for t in arg.prep_objects(including, ("including",)) for r in index.refs(t)]
    found += [
        r for inc in including for c in inc.children if c.dep_ == "pobj" for r in index.refs(c)
    ]
    return list({r.actor_id: r for r in found}.values())


def _sanctioned(
    anchors: tuple[Token, ...], status: Status | None, sources: list[Ref], targets: list[Ref]
) -> list[Fact]:
    """SANCTIONED from each source to each target, when the act stands and both ends exist."""
    if status is None or not sources or not targets:
        return []
    reading = Reading(_FRAME, anchors[0], anchors, status, _STRENGTH, sources, targets)
    return facts_between(sources, RelationType.SANCTIONED, targets, status, _STRENGTH, reading)


def imposed_phrases(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SANCTIONED from whoever imposed a sanctions phrase to whom it falls on."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() not in _IMPOSING or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
            continue
        if verb.dep_ != "amod" and any(c.dep_ == "dobj" for c in verb.children):
            continue  # a well-parsed object: the frames read it
        prep = _on_after_phrase(verb)
        if prep is None:
            continue
        status = verb_status(verb if verb.dep_ != "amod" else _misread_clause(verb))
        sources = [r for t in _imposers(verb) for r in index.refs(t, possessor=True)]
        targets = _fallen_on(prep, index)
        out += _sanctioned((verb,), status, sources, targets)
    return out


def sanctions_aimed(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ "announced sanctions targeting X's oil revenues": the announcer sanctioned X."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() not in _AIMED or verb.dep_ != "acl":
            continue
        measures = verb.head
        if measures.lemma_.lower() not in _MEASURES:
            continue
        if measures.dep_ == "pobj" and measures.head.lower_ == "of":  # "dozens of sanctions"
            measures = measures.head.head
        if measures.dep_ not in ("dobj", "nsubjpass"):
            continue
        imposing = measures.head
        if imposing.lemma_.lower() not in _IMPOSING:
            continue
        status = verb_status(imposing)
        aimed = passives.logical_objects(verb) if verb.lemma_.lower() == "target" else []
        aimed += arg.prep_objects([verb], ("at",))
        aimed = [t for a in aimed for t in arg.with_conjuncts(a)]
        targets = refs(index, aimed, True)
        sources = [
            r for t in passives.logical_source(imposing) for r in index.refs(t, possessor=True)
        ]
        targets = [t for t in targets if t.actor_id not in {s.actor_id for s in sources}]
        out += _sanctioned((verb, imposing), status, sources, targets)
    return out


def _trade_marks(ties: Token) -> bool:
    """ "trade ties", "diplomatic, trade and travel ties": a trade word among the modifiers."""
    mods = [c for c in ties.children if c.dep_ in ("amod", "compound", "nmod")]
    mods += [c for m in mods for c in m.conjuncts]
    return any(m.lower_ in _TRADE for m in mods)


def trade_cut(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ "cut trade ties with Qatar": the cutters sanctioned the state they cut trade with."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CUTTING:
            continue
        ties = [o for o in passives.logical_objects(verb) if o.lemma_.lower() in _TIES]
        if not ties or not any(_trade_marks(t) for t in ties):
            continue
        status = verb_status(verb)
        sources = refs(index, passives.logical_source(verb), False)
        targets = refs(index, arg.prep_objects([verb, *ties], ("with",)), False)
        targets = [t for t in targets if index.kind(t.actor_id) == "COUNTRY"]
        out += _sanctioned((verb,), status, sources, targets)
    return out
