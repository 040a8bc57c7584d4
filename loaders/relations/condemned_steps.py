""" "Peru ordered Mexico's ambassador to leave ... Lopez Obrador criticised the expulsion",
"police detained two more candidates ... Almagro denounced the detentions": a condemnation of a
definite act noun with no owner, whose doer only an earlier relation of that act's kind names.

bridging.py finds the doer in the words of an earlier report ("the launch" <- "North Korea
fired"); when the earlier report's doer is read only by another reader ("persona non grata",
"was detained at Managua airport" read as the state's detention), no word of the report names
it, and the condemnation is left without a target. Here the act noun takes up the relations
already found: an expulsion the story's EXPELLED, a detention its DETAINED, sanctions its
SANCTIONED, an attack or strike its ATTACKED, a visit its VISITED ("Azar visited Taiwan ...
China condemned the visit"), a deal its SIGNED_AGREEMENT_WITH, told before it in the lede or
within a few sentences. Only one doer side may answer (two states' strikes leave open whose
"the strikes" are); a deal is done by all its parties, so up to three sides answer ("Israel
and the UAE signed an accord ... Iran condemned the accord as a betrayal" condemns both), but
only when blamed by a label, and none of a deal the condemner is party to. Acts told as
background ("since the war began with Hamas's attack") do not count, and the condemner's own
side is never the one condemned.

A day that owns the act names which act, not its doer ("condemned Monday's attack" is "the
attack"); an act named by whom it hit ("the strikes on Abu Dhabi") is told apart by the facts
even where the words before tell of other strikes; and the story's own act, told in the lede or
the sentence after it, answers however far down the condemnation comes ("the detentions" in the
twelfth sentence of a story that opened with them).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from loaders.relations.actors_at import ActorIndex
from loaders.relations.bridging import background as told_in_background
from loaders.relations.bridging import undecided
from loaders.relations.facts import Fact, confidence
from loaders.relations.labels import labelled
from loaders.relations.lexicon import NAMING_VERBS, NEGATIVE_LABELS, PRAISE_LABELS, words
from loaders.relations.own_side import state_and_its_own
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.frames_apply import Reading

_R = RelationType
# Each act noun and the kind of relation that tells of the act it names.
_KIND_OF: tuple[tuple[frozenset[str], RelationType], ...] = (
    (words("expulsion"), _R.EXPELLED),
    (words("detention arrest jailing imprisonment sentencing"), _R.DETAINED),
    (words("sanction tariff embargo"), _R.SANCTIONED),
    (
        words(
            "attack strike airstrike raid bombing shelling assault invasion incursion bombardment"
        ),
        _R.ATTACKED,
    ),
    (words("visit trip"), _R.VISITED),
    (words("deal agreement accord pact treaty"), _R.SIGNED_AGREEMENT_WITH),
)
# Acts done together: every party of the one deal the story told of is its doer.
_JOINT = frozenset({_R.SIGNED_AGREEMENT_WITH})
_NEUTRAL = frozenset({_R.VISITED, _R.SIGNED_AGREEMENT_WITH})  # acts no wrong in themselves
_MOST_SIDES = 3  # more parties (a summit's many accords) leave "the deal" open
_DEFINITE = words("the this these")
# A day that owns the act names which one, not who did it: "Monday's attack", "last week's
# expulsions", "Friday's strikes" are as definite as "the attack".
_DAYS = words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "weekend week night morning"
)
_TOP = 1  # the story's act: told in the lede or the sentence after it, however far back
_MAKER_PREPS = frozenset({"by", "from"})
_WINDOW = 8  # sentences
_APPROVING = words("excellent good great necessary justified right honour honor success")
_AIMED_PREPS = frozenset({"on", "against"})


def _kind(noun: Token, index: ActorIndex) -> RelationType | None:
    """The kind of act a definite noun with no owner of its own names: "the expulsion", not
    "Peru's expulsion", "the strikes by Israel", "the Russian attack"."""
    if not any((c.dep_ == "det" and c.lower_ in _DEFINITE) or _a_day(c) for c in noun.children):
        return None
    for child in noun.children:
        if _a_day(child):
            continue
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in _MAKER_PREPS):
            return None
        if child.dep_ in ("acl", "relcl") or index.direct(child) is not None:
            return None
    lemma = noun.lemma_.lower()
    return next((kind for nouns, kind in _KIND_OF if lemma in nouns), None)


def _a_day(child: Token) -> bool:
    """ "Monday's", "last week's": a day or time owning the act, not a doer."""
    return child.dep_ == "poss" and child.lower_ in _DAYS and child.pos_ in ("PROPN", "NOUN")


def _condemned_nouns(verb: Token) -> list[Token]:
    """What the condemnation names: its object ("denounced the detentions") or what it labels
    ("called the expulsion reprehensible")."""
    named = labelled(verb, NEGATIVE_LABELS)
    # "called the strikes excellent" judges the act by what it calls it: praise
    if verb.lemma_.lower() in NAMING_VERBS and labelled(verb, PRAISE_LABELS | _APPROVING):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return objects + [t for t in named if t not in objects]


def _aimed_at(noun: Token, index: ActorIndex) -> list[str]:
    """Whom the noun says the act hit: "the strikes on Abu Dhabi" are the ones on the UAE."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [r.actor_id for o in objects for r in index.refs(o)]


def _hit(fact: Fact, victims: list[str], index: ActorIndex) -> bool:
    return not victims or any(
        v == fact.target or state_and_its_own(index, v, fact.target) for v in victims
    )


def _one_side(index: ActorIndex, doers: set[str]) -> bool:
    first = next(iter(doers))
    return all(d == first or state_and_its_own(index, d, first) for d in doers)


def _few_sides(index: ActorIndex, doers: set[str]) -> bool:
    """Two or three sides (a side: a state with its people and bodies, or an actor of none)."""
    return len({index.country(d) or d for d in doers}) <= _MOST_SIDES


def _ends(fact: Fact) -> tuple[str, ...]:
    """Who did the act a fact tells of: its source, or both parties of a joint act."""
    return (fact.source, fact.target) if fact.type in _JOINT else (fact.source,)


def _background(trigger: Token) -> bool:
    """An act told as the time or cause of another ("since the war began with Hamas's attack",
    "in retaliation for the strikes", "who died in an Israeli strike") is not the story's act."""
    chain = (trigger, *trigger.ancestors)
    return told_in_background(trigger) or any(
        a.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in a.children)
        for a in chain
    )


def _doers(
    facts: list[Fact],
    at: int,
    starts: list[int],
    lede: int | None,
    mine: list[str],
    index: ActorIndex,
) -> set[str]:
    """Who did the acts told before char `at`, in the lede or within a few sentences (the
    caller decides whether they are few enough sides to answer)."""
    here = bisect_right(starts, at) - 1
    doers: set[str] = set()
    for fact in facts:
        trigger = fact.reading.trigger
        if trigger.idx + fact.reading.offset >= at or _background(trigger):
            continue
        ends = _ends(fact)
        # the condemner's own deal, or its own act, is not the one it condemns
        if any(m == e or state_and_its_own(index, m, e) for m in mine for e in ends):
            continue
        told = bisect_right(starts, trigger.idx + fact.reading.offset) - 1
        top = lede is not None and lede <= told <= lede + _TOP
        if top or here - told <= _WINDOW:
            doers.update(ends)
    return doers


def condemned_steps(
    readings: list[Reading], facts: list[Fact], doc: Doc, index: ActorIndex
) -> list[Fact]:
    """CONDEMNED facts: a condemnation of "the expulsion", "the detentions", "the strike" with
    no target of its own is aimed at the one side the story's relation of that kind names."""
    starts = [s.start_char for s in doc.sents]
    lede = (
        bisect_right(starts, doc[index.dateline_end].idx) - 1
        if len(doc) > index.dateline_end
        else None
    )
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not _R.CONDEMNED or reading.targets or not reading.sources:
            continue
        mine = [r.actor_id for r in reading.sources]
        own_index = ActorIndex(reading.trigger.doc)  # a lede is read as its own Doc
        for noun in _condemned_nouns(reading.trigger):
            kind = _kind(noun, own_index)
            if kind is None:
                continue
            victims = _aimed_at(noun, own_index)
            # the words before tell of two doers of the act, or of one no actor names; an act
            # named by whom it hit ("the strikes on Abu Dhabi") is told apart by the facts
            if not victims and undecided(noun, own_index, own=set(mine).__contains__):
                continue
            # a deal condemns its parties only when blamed ("denounced the pact as a betrayal"):
            # an opposition that "denounced the agreement" condemns a policy (evaluations.py)
            if kind in _JOINT and noun not in labelled(reading.trigger):
                continue
            # a visit is no wrong in itself: naming it condemns only with a word of blame
            # ("called the trip a provocation", not "described the visit as a strong boost")
            naming = reading.trigger.lemma_.lower() in NAMING_VERBS
            if kind in _NEUTRAL and naming and noun not in labelled(reading.trigger):
                continue
            told = [
                f
                for f in facts
                if f.type is kind and f.status is Status.OCCURRED and _hit(f, victims, index)
            ]
            at = noun.idx + reading.offset
            doers = _doers(told, at, starts, lede, mine, index)
            # one doer side answers; a deal's two or three parties answer together
            answers = _few_sides if kind in _JOINT else _one_side
            if not doers or not answers(index, doers):
                continue
            for doer in sorted(doers):
                for source in reading.sources:
                    conf = confidence(reading.strength - 0.2, source)
                    out.append(
                        Fact(source.actor_id, _R.CONDEMNED, doer, reading.status, conf, reading)
                    )
    return out
