"""Mediation said through the mediator as a noun: who the mediators are, and whom they dealt with.

Wire copy names mediators far more often than it uses "mediated" with its parties:
- by demonym or owner: "Egyptian and Qatari mediators met Hamas officials", "handed its response
  to Qatari mediators", "talks with Qatari mediators on a deal with Hamas";
- as a frame of the parties' act: "X and Y signed a deal under the auspices of the AU", "held
  talks under EU auspices", "restored ties with Chinese mediation";
- as a role: "acted as a mediator between X and Y", "played a mediating role between X and Y";
- as efforts someone leads: "has led mediation efforts between X and Y", "mediation efforts by
  Qatar", "the mediation team was led by X" (the story's two sides when none is named),
  "the mediators, Egypt, Qatar and the United States, presented a proposal to Hamas";
- as a description of an actor: "Qatar, a key mediator, said ..." mediates between the story's
  two sides (derive.story_parties), when the sentence names no party.
The parties are the ones named "between" or "among" on the noun (arguments.between_objects),
else the other ends of the clause the noun is in: its subjects (when the mediators are an
object) or its objects (when they are the subject), and who a deal or talks of that clause are
"with". A mediator's own state is no party, nor the place a clause's subject visits with the
mediators. A mediator's title on a named person ("X, the bloc's mediator for Y,") makes him the
mediator and the clause his own act: only sides named "between" are then parties.
Hosting alone is no mediation (ANNOTATION.md); a hypothetical role ("offered to act as mediator")
is filtered by the clause's modality.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import AGREEMENT_NOUNS, Frame, words
from loaders.relations.modality import combine, noun_status, verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.actors_at import Ref

_MEDIATOR_NOUNS = words(
    "mediator mediation auspices auspex intermediary facilitator facilitation go-between"
)
# "a mediating role", "a key mediation role"
_ROLE_MARKS = words("mediating mediation mediator brokering")
# Nouns whose "with" names the other side: "talks with Qatari mediators on a deal with Hamas".
_THINGS = AGREEMENT_NOUNS | words("talk negotiation dialogue meeting")
# "acted as a mediator", "joined Qatari officials as a mediator": verbs through whose "as" the
# subject is the mediator.
_AS_VERBS = words("act serve position emerge work join")
# Nouns "mediation" is a modifier of that carry its parties: "mediation efforts between".
_CARRIERS = words("effort role process initiative track talk push team mission panel")
# Verbs whose subject does the mediation they govern: "has led mediation efforts between".
_LEADING = words("lead head spearhead conduct steer pursue continue resume undertake intensify")
# What mediators pass on: "presented a new proposal to Hamas", "handed the draft to Israel".
_PASSED = words("proposal plan offer draft text response reply message framework")
# Verbs whose object is where the clause's subject went, not whom it dealt with.
_TRAVEL = words("visit tour reach enter")
_STRENGTH = 0.65


def _is_mediator_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _MEDIATOR_NOUNS or _go_between(noun):
        return True
    return lemma == "role" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _ROLE_MARKS for c in noun.children
    )


def _go_between(noun: Token) -> bool:
    """ "a go-between": the tokenizer splits it, leaving "between" as the noun."""
    return noun.lower_ == "between" and any(c.lower_ == "go" for c in noun.children)


def _carrier(noun: Token) -> Token:
    """ "mediation efforts": the noun "mediation" modifies, which the parties hang on."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in _CARRIERS:
        return head
    return noun


def _owners(nouns: list[Token], index: ActorIndex) -> list[Ref]:
    """ "Qatari mediators", "Egypt's mediation", "the auspices of the AU", "mediation by X",
    "the mediators, Egypt and Qatar,"."""
    toks = [
        t
        for n in nouns
        for c in n.children
        if c.dep_ in ("amod", "compound", "poss", "appos") and c.lower_ not in _ROLE_MARKS
        for t in arg.with_conjuncts(c)
    ]
    toks += arg.prep_objects(nouns, ("of", "by"))
    toks += [n.head for n in nouns if _first_of_listed_owners(n)]
    return [r for t in toks for r in index.refs(t) if t not in nouns]


def _first_of_listed_owners(noun: Token) -> bool:
    """ "credited U.S., Arab and Turkish mediation": the parser may make the noun a conjunct of
    the list's first name; all between them are the noun's own modifiers and the list's marks."""
    first = noun.head
    if noun.dep_ != "conj" or first.i >= noun.i or first.pos_ not in ("PROPN", "ADJ"):
        return False
    between = noun.doc[first.i + 1 : noun.i]
    return (
        len(between) > 0
        and between[0].text == ","
        and all(t.is_punct or t.dep_ == "cc" or noun in t.ancestors for t in between)
    )


def _described(noun: Token, index: ActorIndex) -> list[Ref]:
    """ "Qatar, a key mediator, said": the actor the noun is an apposition of."""
    if noun.dep_ != "appos":
        return []
    return index.refs(noun.head)


def _title_holder(noun: Token, index: ActorIndex) -> list[Ref]:
    """ "Goodluck Jonathan, the mediator for ECOWAS, flew into Bamako", "the bloc's mediator for
    Mali, Goodluck Jonathan, travelled to Bamako": the noun is a named person's title. He holds
    it, not the body that appointed him, and what the clause tells (a trip, a meeting with one
    side, attending a summit) is his own act, not the mediation: its other ends are no parties."""
    if noun.dep_ == "appos":
        toks = [noun.head]
    else:
        # the parser may hang the name on the title's last word: "mediator for Mali, Jonathan,"
        titled = [noun, *arg.prep_objects([noun], ("for", "of"))]
        toks = [c for t in titled for c in t.children if c.dep_ == "appos"]
    return [r for t in toks for r in index.refs(t) if index.kind(r.actor_id) == "PERSON"]


def _leaders(carrier: Token, verb: Token, index: ActorIndex) -> list[Ref]:
    """ "has led mediation efforts", "the mediation team was led by X": who leads the mediation
    is the mediator."""
    led = carrier.dep_ == "dobj" or (carrier.dep_ == "nsubjpass" and passives.is_passive(verb))
    if not led or carrier.head != verb or verb.lemma_.lower() not in _LEADING:
        return []
    return [r for t in passives.logical_source(verb) for r in index.refs(t)]


def _as_role(noun: Token, verb: Token) -> bool:
    """ "acted as a mediator", "played a mediating role": the subject is the mediator."""
    if noun.dep_ == "dobj" and noun.head == verb and verb.lemma_.lower() == "play":
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "as" and verb.lemma_.lower() in _AS_VERBS


def _as_verb_before(noun: Token) -> Token | None:
    """ "who has acted as the AU's mediator between X and Y": the parser may take "as" for a
    clause mark and hang the noun elsewhere; the words still say the verb's subject mediates."""
    start = noun.left_edge.i
    doc = noun.doc
    if start < 2 or doc[start - 1].lower_ != "as":
        return None
    verb = doc[start - 2]
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _AS_VERBS else None


def _with_things(verb: Token) -> list[Token]:
    """Who the clause's deal or talks are "with" ("talks ... on a deal with Hamas")."""
    nouns = [t for t in verb.subtree if t.lemma_.lower() in _THINGS]
    return arg.prep_objects(nouns, ("with",))


def _talks_under(noun: Token) -> list[Token]:
    """ "welcomed talks between X and Y under U.S. auspices": the talks the mediator's phrase
    hangs on, whose own sides are the parties (not the clause's subject, who only welcomed
    or hosted them)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in _THINGS:
        return []
    return [prep.head]


def _parties(noun: Token, verb: Token, role: bool, index: ActorIndex) -> list[Ref]:
    # "efforts by Oman between Iran and the US": the parser may hang "between" on the mediator
    owned = arg.prep_objects([noun], ("by", "of"))
    between = arg.between_objects([noun, *owned, *_talks_under(noun)])
    if role and not between:  # "acted as a go-between for Iran and the United States"
        sides = arg.prep_objects([noun], ("for",))
        between = sides if sides and sides[0].conjuncts else []
    if between or role:
        return [r for t in between for r in index.refs(t)]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head == verb:
        toks = passives.logical_objects(verb) + arg.prep_objects([verb], ("with",))
        passed = [o for o in passives.logical_objects(verb) if o.lemma_.lower() in _PASSED]
        toks += arg.prep_objects([verb, *passed], ("to",)) if passed else []
    else:
        toks = passives.logical_source(verb)
        # "A and B met under the mediation of X": the parser may give the verb two subjects
        toks += [c for c in verb.children if c.dep_ == "nsubj" and c not in toks]
        # "a delegation visited Sanaa with Omani mediators": the place they went to is no party
        if verb.lemma_.lower() not in _TRAVEL:
            toks += [t for t in passives.logical_objects(verb) if t.lemma_.lower() not in _THINGS]
        toks = [t for t in toks if not _inside(t, noun)]
        # "Talks between A and B took place with Chinese facilitation": the parties of the
        # clause's talks
        toks += arg.between_objects([t for t in toks if t.lemma_.lower() in _THINGS])
    toks += _with_things(verb)
    return [r for t in toks for r in index.refs(t) if not _inside(t, noun)]


def _inside(tok: Token, noun: Token) -> bool:
    return noun.left_edge.i <= tok.i <= noun.right_edge.i


def _host_for_own_party(sources: list[Ref], verb: Token, index: ActorIndex) -> list[Ref]:
    """ "A and B held talks with C, their second meeting under his auspices": a mediator is never
    a party of the talks it mediates, so a pronoun owner read as one of the clause's subjects,
    who held talks "with" someone else, is misread: the one they were held with is meant.
    "Qatar pursued its mediation" (no talks with anyone) and "X thanked Y for his mediation" (Y
    is no subject) keep their owner."""
    subjects = {r.actor_id for t in passives.logical_source(verb) for r in index.refs(t)}
    hosts = [r for t in _with_things(verb) for r in index.refs(t) if r.actor_id not in subjects]
    misread = any(s.how == "pronoun" and s.actor_id in subjects for s in sources)
    return hosts if misread and hosts else sources


def named_mediators(sentences: list[tuple[Span, int]], story: list[str]) -> list[Fact]:
    """Mediators named as such, with the parties they dealt with (see the module docstring)."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for noun in sent:
            if noun.pos_ not in ("NOUN", "PROPN") or not _is_mediator_noun(noun):
                continue
            carrier = _carrier(noun)
            verb = _as_verb_before(carrier) or arg.clause_verb(carrier, steps=5)
            if verb is None:
                continue
            role = _as_role(carrier, verb) or verb == _as_verb_before(carrier)
            sources = (
                [r for t in passives.logical_source(verb) for r in index.refs(t)] if role else []
            )
            described = _described(noun, index)
            holder = [] if role else _title_holder(noun, index)
            sources = sources or holder or _owners([noun, carrier], index) or described
            # "the AU mediation team was led by X": the body and the one leading its team
            leaders = [] if role or holder else _leaders(carrier, verb, index)
            sources = sources + [r for r in leaders if r not in sources]
            talks = [noun_status(t) for t in _talks_under(noun)]
            status = combine(noun_status(carrier), verb_status(verb), *talks)
            if not sources or status is None:
                continue
            if holder:
                between = arg.between_objects([noun])
                found = [r.actor_id for t in between for r in index.refs(t)]
            else:
                found = [p.actor_id for p in _parties(carrier, verb, role, index)]
            sources = _host_for_own_party(sources, verb, index)
            mediators = {s.actor_id for s in sources}
            own = {index.country(m) for m in mediators} - {None}
            parties = [
                p
                for p in found
                if p not in mediators and (index.kind(p) == "PERSON" or index.country(p) not in own)
            ]
            if (
                not parties
                and (described or role or leaders)
                and not holder
                and len(story) == 2
                and not mediators & set(story)
            ):
                # "Qatar, a key mediator, said", "X joined them as a mediator": the story's sides
                parties = list(story)
            frame = Frame(RelationType.MEDIATED, noun.lemma_.lower(), "NOUN", ())
            reading = Reading(frame, noun, (noun,), status, _STRENGTH, offset=offset)
            for source in sources:
                conf = confidence(_STRENGTH, source)
                out += [
                    Fact(source.actor_id, RelationType.MEDIATED, p, status, conf, reading)
                    for p in dict.fromkeys(parties)
                ]
    return out
