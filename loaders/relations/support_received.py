"""Support told from the receiving end, or as the purpose of an act: the giver is a "from" or an
"of", not the subject.

- received: "Ukraine has received military aid from Germany", "Kyiv secured new air defences
  from Washington" -> the giver supported the receiver (the subject);
- help that made an act possible: "With support from the United States, Israel intercepted the
  missiles" -> the helper supported the clause's subject; after the verb only "backing" or
  "support" of a done act on no actor ("has weathered the pressure with backing from Russia");
- acting in support: "Spain came out in support of Morocco's plan", "voted in support of
  Ukraine's bid" -> the subject supported the one named (or the owner of what is named);
- arms passed on, named as a noun: "Germany approved the delivery of Leopard tanks to Ukraine",
  "announced the sale of F-16s to Turkey" -> who approves or announces it supplies them; the
  owner of a supply ("over Iran's supply of drones to Russia") supplied them.
Negation, refusal and hypotheticals are read on the clause's verb (modality.verb_status):
"Kyiv has not received the jets from Washington" gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import ARMS, Frame, words
from loaders.relations.modality import combine, noun_status, verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.actors_at import Ref

_GIFTS = ARMS | words("support backing help funding financing loan grant")
_RECEIVING = words("receive get secure obtain win accept")
_HELP = words("support backing help assistance")
# Said after the verb, only these name a backer: "took office with Hezbollah's backing"
_BACKING = words("support backing")
_TRANSFERS = words("delivery transfer shipment supply sale")
# Named with its giver as owner, these say the arms went: "its supply of drones to Russia" (not
# "sale": "Germany's sale of tanks to Kyiv" may be a plan the verb around it decides on).
_SUPPLYING = words("delivery transfer shipment supply")
_ENABLING = words(
    "approve announce authorize authorise clear complete begin start resume confirm finalize "
    "finalise speed accelerate make"
)
_STRENGTH = 0.7


def _received(noun: Token, index: ActorIndex) -> tuple[Token, list[Ref], list[Ref]] | None:
    """ "received military aid from Germany": (verb, givers, receivers)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING:
        return None
    givers = arg.prep_objects([verb, noun], ("from",))
    receivers = passives.logical_source(verb)
    return verb, _actors(givers, index), _actors(receivers, index)


def _with_help(noun: Token, index: ActorIndex) -> tuple[Token, list[Ref], list[Ref]] | None:
    """ "With support from the United States, Israel intercepted ...": (verb, helpers, helped)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or noun.lemma_.lower() not in _HELP:
        return None
    verb = _helped_clause(prep)
    if verb is None:
        return None
    done = verb.pos_ == "VERB" and verb.tag_ != "VB"
    if prep.i > verb.i and (noun.lemma_.lower() not in _BACKING or not done):
        # after the verb only backing, of an act that happened: "met Lavrov with help from
        # aides" is no aid; "was close to a deal, with support from Qatar" is no act backed
        return None
    if prep.i > verb.i and _acts_on_an_actor(verb, index):
        return None  # "met Putin's envoy with backing from Germany": backing for the meeting
    helpers = arg.prep_objects([noun], ("from", "of"))
    helpers += [c for c in noun.children if c.dep_ == "poss"]
    return verb, _actors(helpers, index), _actors(passives.logical_source(verb), index)


def _helped_clause(prep: Token) -> Token | None:
    """The verb a "with support" adjunct belongs to: its head, or the verb whose object the
    parser hung it on ("weathered the pressure with backing from Russia")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and prep.i > head.i:
        return verb
    return None


def _acts_on_an_actor(verb: Token, index: ActorIndex) -> bool:
    """The clause's object is an actor: what backing comes after it backs that act."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(index.refs(o, possessor=True) for o in objects)


def _in_support(noun: Token, index: ActorIndex) -> tuple[Token, list[Ref], list[Ref]] | None:
    """ "came out in support of Morocco's plan": (verb, supporters, supported)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() != "support":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    named = arg.prep_objects([noun], ("of",))
    supported = [r for t in named for r in index.refs(t, possessor=True)]
    return verb, _actors(passives.logical_source(verb), index), supported


def _transfer(noun: Token, index: ActorIndex) -> tuple[Token, list[Ref], list[Ref]] | None:
    """ "approved the delivery of tanks to Ukraine", "its supply of drones to Russia": (verb,
    suppliers, receivers)."""
    if noun.lemma_.lower() not in _TRANSFERS:
        return None
    if not any(t.lemma_.lower() in ARMS for t in arg.prep_objects([noun], ("of",))):
        return None
    verb = noun.head
    owners = [c for c in noun.children if c.dep_ == "poss"]
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if owners and clause is not None and noun.lemma_.lower() in _SUPPLYING:
        # "over Iran's supply of drones to Russia": the owner sent them
        return clause, _actors(owners, index), _actors(_sent_to(noun), index)
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _ENABLING:
        return None  # "blocked the delivery of missiles" gives none
    receivers = arg.prep_objects([noun, verb], ("to",))
    return verb, _actors(passives.logical_source(verb), index), _actors(receivers, index)


def _sent_to(noun: Token) -> list[Token]:
    """Where the arms went: "to" on the noun or its "of" object, or the "to" right after them
    that the parser hung on the verb ("soured over Iran's supply of drones to Russia")."""
    arms = arg.prep_objects([noun], ("of",))
    found = arg.prep_objects([noun, *arms], ("to",))
    after = noun.right_edge.i + 1
    if found or after >= len(noun.doc) or noun.doc[after].lower_ != "to":
        return found
    prep = noun.doc[after]
    return [c for c in prep.children if c.dep_ == "pobj"] if prep.head in noun.ancestors else []


def _actors(toks: list[Token], index: ActorIndex) -> list[Ref]:
    return [r for t in toks for r in index.refs(t)]


def support_received(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """Support read from the receiver, the helped act, or "in support of" (module docstring)."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _GIFTS | _TRANSFERS:
                continue
            found = _received(noun, index) or _with_help(noun, index) or _in_support(noun, index)
            found = found or _transfer(noun, index)
            if found is None:
                continue
            verb, givers, receivers = found
            status = combine(noun_status(noun), verb_status(verb))
            if status is None:
                continue
            frame = Frame(RelationType.SUPPORTED, noun.lemma_.lower(), "NOUN", ())
            reading = Reading(frame, noun, (noun, verb), status, _STRENGTH, offset=offset)
            kind = RelationType.SUPPORTED
            out += facts_between(givers, kind, receivers, status, _STRENGTH, reading)
    return out
