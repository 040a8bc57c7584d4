"""Who a reaction is aimed at when the text names an act, a deal or a claim instead of its doer.

A condemnation of "the move", "the strike" or "the agreement" reaches the act's doer through a
back-reference (story_act, bridging, said_before). Those readers find who did the act; this
module decides whether the reacting side can be aimed at them:

- nobody condemns their own side through a back-reference: "Ali denounced the moves" after a
  lede in which Venezuela and Guyana both acted condemns Venezuela, not Ali's own Guyana (a
  dissident condemning his own state is read where the text names it: "Navalny accused Russia");
- nobody is condemned for an act the label makes them the victim of: "denounced the moves as a
  threat to Guyana's territorial integrity" does not condemn Guyana, whoever the moves' doers;
- a deal's parties are condemned with the deal only when the text blames them, by a pejorative
  label ("denounced the two deals as a betrayal"): the opposition leader who "denounced the
  agreement" his government made with a neighbour condemns a policy, not the neighbour.

An act may also be named by "it"/"that": "The storming of the embassy drew criticism. Brazil
condemned it" (act_doers: the previous sentence's act, see rebukes.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.act_agents import conjoined_act, garbled_subject
from loaders.relations.actors_at import Ref
from loaders.relations.bridging import event_owners, undecided
from loaders.relations.charged_before import issuers_before
from loaders.relations.labels import labelled
from loaders.relations.lexicon import words
from loaders.relations.said_before import SAYING_NOUNS, earlier_speakers
from loaders.relations.story_act import story_doers
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex

DEAL_NOUNS = words("deal agreement pact accord treaty")
# What an actor does by being somewhere or taking part, named with "of" the actor: "denounced
# the presence of Wagner fighters", "condemned the involvement of Iran". (Not nouns of what is
# done to someone: "the killing of X" names the victim.)
CONDUCT_NOUNS = words(
    "presence involvement interference meddling deployment activity conduct behaviour behavior "
    "role participation"
)
# Heads of a body's name that "the X" takes up when the article names one such body only.
BODY_HEADS = words("court tribunal council assembly commission agency parliament")
_LABEL_DEPS = ("oprd", "attr", "npadvmod", "appos")
_HARMED_BY = frozenset({"to", "of", "against", "on", "upon"})
_ANAPHORS = frozenset({"that", "this", "it"})
_MAIN = ("ROOT", "conj")


def reacting_sides(verb: Token, index: ActorIndex) -> set[str]:
    """The reacting actors and the states they belong to ("Ali" -> Ali and Guyana)."""
    out: set[str] = set()
    for source in passives.logical_source(verb):
        for ref in index.refs(source):
            out.add(ref.actor_id)
            country = index.country(ref.actor_id)
            if country is not None:
                out.add(country)
    return out


def _on_side(index: ActorIndex, sides: set[str], actor_id: str) -> bool:
    """The doer is one of the sides, or the state of a reacting actor ("Ali" -> Guyana).

    Not own_side.state_and_its_own: the sides mix the reacting actors, their states' codes and
    the victims a label names (whose states are not added), and only a doer that is a state is
    matched through its code, so a person or body of the reacting state stays a possible doer.
    Widening it to state_and_its_own would change what is found; kept as it is, unmeasured."""
    if actor_id in sides:
        return True
    country = index.country(actor_id)
    return index.kind(actor_id) == "COUNTRY" and country is not None and country in sides


def told_doers(noun: Token, verb: Token, index: ActorIndex, *, named: bool = False) -> list[Ref]:
    """Who did the act a reaction at `verb` takes up by `noun` (bridging.event_owners): an
    earlier act of the reacting side is not the one it reacts to."""
    sides = reacting_sides(verb, index)
    owners = event_owners(noun, index, named=named, own=lambda a: _on_side(index, sides, a))
    return aimed_at(owners, noun, verb, index)


def lede_doers(noun: Token, verb: Token, index: ActorIndex, *, named: bool = False) -> list[Ref]:
    """The doers of the story's own act (story_act.py), unless the acts told before `noun`
    leave it open whose act it is (bridging.undecided): the lede is no tie-breaker."""
    sides = reacting_sides(verb, index)
    if undecided(noun, index, named=named, own=lambda a: _on_side(index, sides, a)):
        return []
    return aimed_at(story_doers(noun, index, named=named), noun, verb, index)


def _labels(verb: Token) -> list[Token]:
    """What the reaction calls the act: "as a threat", "a flagrant violation"."""
    out = [p for c in verb.children if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    return out + [c for c in verb.children if c.dep_ in _LABEL_DEPS and c.pos_ == "NOUN"]


def victims(verb: Token, index: ActorIndex) -> set[str]:
    """Actors a label names as harmed: "a threat to Guyana", "a violation of Mexico's
    sovereignty" (an owner inside a to/of/against phrase, or its object). A doer named by a
    modifier of the label itself ("an act of Russian aggression") is no victim."""
    out: set[str] = set()
    for label in _labels(verb):
        for prep in (t for t in label.subtree if t.dep_ == "prep" and t.lower_ in _HARMED_BY):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                harmed = [pobj, *(c for c in pobj.children if c.dep_ == "poss")]
                out.update(r.actor_id for h in harmed if index.direct(h) for r in index.refs(h))
    return out


def aimed_at(doers: list[Ref], referring: Token, verb: Token, index: ActorIndex) -> list[Ref]:
    """The doers a reaction at `verb` to the act named by `referring` is aimed at: none of the
    reacting side, and no party at all of a deal the reacting side is party to."""
    if not doers or garbled_subject(verb):  # a reacting side the parse lost: no guess
        return []
    if referring.lemma_.lower() in DEAL_NOUNS and referring.i not in {t.i for t in labelled(verb)}:
        return []
    sides = reacting_sides(verb, index) | victims(verb, index)
    return [d for d in doers if not _on_side(index, sides, d.actor_id)]


def _previous_sentence(tok: Token) -> list[Token]:
    start = tok.sent.start
    return list(tok.doc[tok.doc[start - 1].sent.start : start]) if start > 0 else []


def _clause_subject(sent: list[Token], index: ActorIndex) -> list[Ref]:
    """The subject of the previous sentence's last main clause, when it names an actor: the
    act "that" takes up is the latest one told."""
    mains = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ in _MAIN]
    for verb in reversed(mains):
        subjects = grammatical_subjects(verb)
        if subjects:
            return [r for s in subjects for r in index.refs(s)]
    return []


def _act_subject(sent: list[Token]) -> Token | None:
    """The noun subject of the previous sentence's main verb ("The storming ... drew")."""
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.pos_ == "NOUN":
            return tok
    return None


def act_doers(act: Token, reacting: Token, index: ActorIndex) -> list[Ref]:
    """Who did the act a token names: an actor-owned noun, an event noun told of before, or a
    "that"/"this"/"it" taking up the previous sentence. Never the reacting side."""
    if index.refs(act):
        return []  # an actor itself: read by the verb's own frame
    if act.lower_ not in _ANAPHORS:
        owners = [r for c in act.children if c.dep_ == "poss" for r in index.refs(c)]
        if owners:
            return aimed_at(owners, act, reacting, index)
        return told_doers(act, reacting, index)
    previous = _previous_sentence(act)
    noun = _act_subject(previous)
    sides = reacting_sides(reacting, index)
    if noun is not None and not index.refs(noun):
        found = event_owners(noun, index, own=lambda a: _on_side(index, sides, a))
        found = found or [r for c in noun.children if c.dep_ == "poss" for r in index.refs(c)]
    else:
        found = _clause_subject(previous, index)
    return aimed_at(found, act, reacting, index)


def conduct_doers(objects: list[Token], index: ActorIndex) -> list[Ref]:
    """ "denounced the presence in Mali of fighters from the Wagner group": the one whose
    presence or conduct is condemned (a conduct noun's "of" phrase, skipping its place)."""
    conduct = [o for o in objects if o.lemma_.lower() in CONDUCT_NOUNS and not index.refs(o)]
    places = arg.prep_objects(conduct, ("in", "at"))  # "of" may hang on the place
    return [r for p in arg.prep_objects(conduct + places, ("of",)) for r in index.refs(p)]


def sole_body(objects: list[Token], index: ActorIndex) -> list[Ref]:
    """ "derided the court", "criticised the court's decision": the one body of that kind the
    article names ("the International Court of Justice"), when the noun has no modifier of its
    own ("the Russian court" may be another) and the article names no second such body."""
    out: list[Ref] = []
    for obj in objects:
        for noun in (obj, *(c for c in obj.children if c.dep_ == "poss")):
            head = noun.lemma_.lower()
            if head not in BODY_HEADS:
                continue
            if [c for c in noun.children if c.dep_ != "case"] != [noun.doc[noun.i - 1]]:
                continue  # only "the court": no "Russian", "appeals", "its"
            if noun.doc[noun.i - 1].lower_ != "the":
                continue
            bodies = [
                a
                for a, actor in index.actors.items()
                if actor.kind == "ORGANIZATION" and head in actor.name.lower().split()
            ]
            # the actor stage may have read "the court" as that body already (body_descriptions):
            # the same reading; a court it read as another actor is no longer "the one court"
            if len(bodies) == 1 and all(r.actor_id == bodies[0] for r in index.refs(noun)):
                out.append(Ref(bodies[0], "proxy", noun.i))
    return out


def acts_condemned(
    named: list[Token], unowned: list[Token], verb: Token, index: ActorIndex, *, found: bool
) -> list[Ref]:
    """The doers of what a condemnation names by its act, not its doer: what the speaker called
    it ("what he called a heinous attack"), an event told before ("the launch"), remarks made
    before ("the comments"), a conduct ("the presence of Wagner fighters"), the one court
    ("derided the court"), a trial ("denounced the trial"), an act taken up by "it"; failing
    all (and `found` nothing else), the story's own act ("Beijing condemned the plan")."""
    out: list[Ref] = []
    for what in named:  # "condemned what he called a heinous attack"
        out.extend(told_doers(what, verb, index, named=True))
        out.extend(lede_doers(what, verb, index, named=True) if not (out or found) else [])
    for o in unowned:
        out.extend(told_doers(o, verb, index))
        out.extend(aimed_at(issuers_before(o, index), o, verb, index))
        if o.lemma_.lower() in SAYING_NOUNS:  # "condemned the comments": who made them before
            out.extend(earlier_speakers(o, verb, index))
        # "called the execution a scandal and condemned it": the act the first verb took
        out.extend(act_doers(conjoined_act(o) or o, verb, index) if o.pos_ == "PRON" else [])
    out.extend(conduct_doers(unowned, index))
    out.extend(sole_body(unowned, index))
    if not (out or found):
        out.extend(r for o in unowned for r in lede_doers(o, verb, index))
    return out
