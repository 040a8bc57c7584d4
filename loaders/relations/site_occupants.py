"""Whose a struck site is, when a participle after it says so.

News names the side a strike hit through the site it fell on and who was there: "fired
missiles at two bases housing U.S. troops", "hit a border post used by groups including Kataib
Hezbollah", "struck sites belonging to Hamas". The site's host state may be someone else
entirely (the bases are Iraqi); the side the strike was aimed at is the one whose troops the
site houses or who uses it. A reader of the news takes the strike as an attack on that side.

Only participles that bind a site to its occupant count: "housing"/"hosting"/"stationing"
troops (not "housing refugees": only armed personnel make a site a side's), "used"/"operated"/
"run"/"controlled" by a side, "belonging to" a side. The strike itself must already have been
read (strikes_on.site_owners calls this for a strike's sites), so a threat gets nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words
from loaders.relations.persona_non_grata import states_named_by

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# "bases housing U.S. troops", "a base hosting American forces"
_HOUSING = words("house host station shelter")
# Only armed people make a site a side's: "housing U.S. troops", not "housing refugees".
_TROOPS = words("troop force soldier personnel serviceman servicemember marine")
# "a post used by the militia", "camps run by Hamas", "sites controlled by Russian forces"
_USERS = words("use operate run control man occupy")
_GROUPS = words("group militia movement faction")


def _armed_owners(troops: list[Token], index: ActorIndex) -> list[Ref]:
    """The sides whose troops these are: "U.S. troops", "American forces"."""
    armed = [t for t in troops if t.lemma_.lower() in _TROOPS]
    out: list[Ref] = []
    for tok in armed:
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        out += [r for m in mods if (r := index.direct(m)) is not None]
    return out + (states_named_by(armed, index) if armed and not out else [])


def _users(agents: list[Token], index: ActorIndex) -> list[Ref]:
    """Who a "used by" phrase names: the agents themselves and the members an "including"
    lists ("groups including Kataib Hezbollah")."""
    found = [*agents, *arg.prep_objects(agents, ("including",))]
    found += [
        c for a in agents if a.lemma_.lower() in _GROUPS for c in a.children if c.dep_ == "appos"
    ]
    return [r for t in found for r in index.refs(t)]


def site_occupants(site: Token, index: ActorIndex) -> list[Ref]:
    """The sides a participle after a struck site names as its occupants or users."""
    out: list[Ref] = []
    for part in (c for c in site.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        lemma = part.lemma_.lower()
        if lemma in _HOUSING and part.tag_ == "VBG":
            objects = [c for c in part.children if c.dep_ == "dobj"]
            out += _armed_owners([t for o in objects for t in arg.with_conjuncts(o)], index)
        elif lemma in _USERS and part.tag_ == "VBN":
            out += _users(arg.prep_objects([part], ("by",)), index)
        elif lemma == "belong" and part.tag_ == "VBG":
            out += _users(arg.prep_objects([part], ("to",)), index)
    return [r for r in out if index.kind(r.actor_id) != "PERSON"]
