"""Strikes read past a hedge and onto the soil they fell on.

News English keeps its distance from a strike's target ("launched missiles at what it said were
bases of group X", "hit what the military called hideouts of separatist groups, including Y") and
names where it fell by its owner ("in Pakistan's Balochistan province", "on Syrian territory").
The strike itself is asserted by the text; only the label of its target is the striker's. So:

- the target is read through the free relative "what X said were N" / "what X called N": N, the
  owner of N ("bases of group X") and the members it lists ("including Y");
- a strike in a region a state's possessive or demonym names is a strike on that state: bombing
  another state's soil is the attack on it a reader of the news takes it for;
- a strike on a site a participle gives an occupant ("bases housing U.S. troops", "a post
  used by group X") is a strike on that occupant (site_occupants.py);
- a strike on sites nobody is named as holding ("struck military targets in Iran", "hit several
  bases inside Syria") falls on the state named as their place: the sites are that state's;
- a strike on sites, posts or troops a demonym or a name marks as a side's ("struck three
  Iranian nuclear sites", "rocket fire hit Thai villages", "attacked Moroccan positions",
  "strikes on Hezbollah targets") is a strike on that side; only such nouns count ("hit Chinese
  goods" is trade, and trade is no strike).

Both only extend a strike the lexicon already read (with its doer and modality): a threat or a
hypothetical strike has no reading and gets nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import words
from loaders.relations.persona_non_grata import states_named_by
from loaders.relations.site_occupants import site_occupants
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import Ref
    from loaders.relations.frames_apply import Reading

# Verbs that hedge a label in a free relative: "what it said were", "what the army called".
_HEDGES = words("say call describe claim term describe identify")
# Regions of a state: "in Pakistan's Balochistan province", "on Syrian territory".
_SOIL = words(
    "province region territory soil area district state county border borderland airspace "
    "village town city countryside north south east west northeast northwest southeast southwest"
)
_WHERE = ("in", "on", "inside", "into", "across")
_GROUPS = words("group militia movement organisation organization faction network")
# What a strike hits that belongs to a side: "Iranian nuclear sites", "Moroccan positions".
_SITES = words(
    "site target position base post outpost village town city facility installation "
    "infrastructure depot airport airfield port ship vessel warship tanker boat troop soldier "
    "force army military convoy patrol headquarters camp stronghold hideout territory soil "
    "embassy consulate plant refinery border"
)
# Where a strike's sites are named besides its object: "fired missiles at", "attacks on".
_AIMED = ("at", "on", "against", "into")


def _named_by_hedge(what: Token) -> list[Token]:
    """The noun a free relative introduces: "what it said were bases" -> bases; "what the
    military called hideouts" -> hideouts."""
    if what.lower_ != "what":
        return []
    for verb in (what.head, what.head.head):
        if verb.lemma_.lower() in _HEDGES:  # "what the military called hideouts"
            named = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c is not what]
            if named:
                return named
        for comp in (c for c in verb.children if c.dep_ == "ccomp"):  # "... said were bases"
            named = [c for c in comp.children if c.dep_ == "attr"]
            if named and verb.lemma_.lower() in _HEDGES:
                return named
    return []


def hedged_targets(verb: Token) -> list[Token]:
    """The nouns a strike verb's hedged object names: its own object ("hit what ... called N")
    or that of its "at"/"on" phrase ("launched missiles at what it said were N")."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            found += _named_by_hedge(child)
        elif child.dep_ == "prep" and child.lower_ in ("at", "on", "against"):
            for comp in child.children:
                if comp.dep_ == "pcomp" and comp.lemma_.lower() in _HEDGES:
                    whats = [t for t in comp.subtree if t.lower_ == "what"]
                    found += [n for w in whats[:1] for n in _named_by_hedge(w)]
                elif comp.dep_ == "pobj":
                    found += _named_by_hedge(comp)
        elif child.dep_ == "ccomp" and child.lemma_.lower() in _HEDGES:  # "hit what X called N"
            found += [n for w in child.children if w.dep_ == "dobj" for n in _named_by_hedge(w)]
    return found


def _owners_and_members(noun: Token, index: ActorIndex) -> list[Ref]:
    """Who a target noun stands for: itself, the owner "of" it ("bases of group X", "hideouts
    of separatist groups, including Y") and the members an "including" phrase names. A name in
    apposition to "group" is a group, whatever kind the actor stage gave it."""
    out = [r for r in index.refs(noun, possessor=True) if index.kind(r.actor_id) != "PERSON"]
    for owner in [noun, *arg.prep_objects([noun], ("of",))]:
        if owner is not noun:
            out += [r for r in index.refs(owner) if index.kind(r.actor_id) != "PERSON"]
            if owner.lemma_.lower() in _GROUPS:  # "the militant group Jaish al-Adl"
                out += [r for c in owner.children if c.dep_ == "appos" for r in index.refs(c)]
        listed = arg.prep_objects([owner], ("including",))
        out += [r for t in listed for r in index.refs(t) if index.kind(r.actor_id) != "PERSON"]
    return out


def soil_states(tokens: list[Token], index: ActorIndex) -> list[Ref]:
    """States whose region a strike fell in: "in Pakistan's Balochistan province", "on Syrian
    territory". The region must be named as the state's (a possessive or a demonym)."""
    out: list[Ref] = []
    for place in arg.prep_objects(tokens, _WHERE):
        if place.lemma_.lower() not in _SOIL:
            continue
        for child in place.children:
            if child.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            ref = index.direct(child)
            if ref is not None and index.kind(ref.actor_id) == "COUNTRY":
                out.append(ref)
    return out


def _is_site(tok: Token) -> bool:
    """A site a strike hits; "bases" counts though the tagger lemmatises it as "basis"."""
    return tok.lemma_.lower() in _SITES or tok.lower_ == "bases"


def _hyphen_bound(tok: Token) -> bool:
    """ "Iranian-backed", "Russian-held": the demonym qualifies a participle, not the site."""
    after = tok.i + 1
    return after < len(tok.doc) and tok.doc[after].text == "-"


def site_owners(trigger: Token, index: ActorIndex) -> list[Ref]:
    """The sides a strike's sites are marked as belonging to: "struck Iranian nuclear sites",
    "the Azerbaijani city of Ganja", "attacks on Hezbollah positions"."""
    hit = arg.prep_objects([trigger], _AIMED)
    if trigger.pos_ == "VERB":
        hit += passives.logical_objects(trigger)
    groups = [arg.with_conjuncts(h) for h in hit]
    sites = [t for g in groups for t in g if _is_site(t)]
    # "two sites in Syria and one in Iraq used by X": the participle may hang on a conjunct
    out = [r for g in groups if set(g) & set(sites) for t in g for r in site_occupants(t, index)]
    for site in sites:
        mods = [c for c in site.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        named = [r for m in mods if not _hyphen_bound(m) and (r := index.direct(m)) is not None]
        unmarked = [m for m in mods if _hyphen_bound(m)] == []
        named += states_named_by([site], index) if unmarked and not named else []
        out += [r for r in named if index.kind(r.actor_id) != "PERSON"]
    return out


# Words that describe a site without naming whose it is: "military targets", "nuclear sites".
_NEUTRAL = words(
    "military nuclear missile air defence defense energy strategic key several many dozen "
    "government army naval weapon weapons production manufacturing"
)


def _unowned_site(tok: Token) -> bool:
    """A site whose modifiers say only what kind it is ("military targets", "several bases"),
    so that the place named after it is whose it is; "rebel positions in Syria" is the
    rebels', not Syria's."""
    if not _is_site(tok):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "det")]
    return all(m.pos_ in ("DET", "NUM") or m.lemma_.lower() in _NEUTRAL for m in mods)


def countries_of_sites(trigger: Token, index: ActorIndex) -> list[Ref]:
    """States a strike verb's unowned sites are placed in: "struck military targets in Iran",
    "hit several bases inside Syria". Only a state named directly counts (a city is a place
    that may be anyone's)."""
    if trigger.pos_ != "VERB":
        return []
    sites = [t for o in passives.logical_objects(trigger) for t in arg.with_conjuncts(o)]
    sites = [t for t in sites if _unowned_site(t)]
    if not sites:
        return []
    places = arg.prep_objects([*sites, trigger], ("in", "inside", "across"))
    refs = [r for p in places if (r := index.direct(p)) is not None]
    return [r for r in refs if index.kind(r.actor_id) == "COUNTRY"]


def strikes_on(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """The hedged targets of each strike and the states on whose soil it fell."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.ATTACKED or not reading.sources:
            continue
        trigger = reading.trigger
        named = hedged_targets(trigger) if trigger.pos_ == "VERB" else []
        targets = [r for n in named for r in _owners_and_members(n, index)]
        hedges = [t.head for n in named for t in (n, n.head) if t.head.lemma_.lower() in _HEDGES]
        inside = [t for n in named for t in n.subtree if t.pos_ in ("NOUN", "PROPN")]
        sites = [trigger, *inside, *hedges, *passives.logical_objects(trigger)]
        targets += soil_states(sites, index)
        targets += site_owners(trigger, ActorIndex(trigger.doc))
        targets += countries_of_sites(trigger, index)
        for source in reading.sources:
            for target in targets:
                if source.actor_id == target.actor_id:
                    continue
                conf = confidence(reading.strength - 0.1, source, target)
                out.append(
                    Fact(
                        source.actor_id,
                        RelationType.ATTACKED,
                        target.actor_id,
                        reading.status,
                        conf,
                        reading,
                    )
                )
    return out
