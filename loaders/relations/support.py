"""Support whose recipient the sentence names only by where it happens or what it praises.

- Aid or support pledged with no "to"/"for": it goes to the country the giver is in. "made a
  trip to Kyiv, where he met Zelenskiy and pledged Tokyo's continued support"; "made a visit to
  Kyiv ..., promising half a billion dollars in military aid". The place is read up the clause
  chain of the giving verb: a "where" clause's place, the destination of a visit or trip the
  clause is about, or the verb's own "in"/"to" place. The giver's own country is no recipient.
- A decision praised after a comma: "Riyadh said it would open its airspace, a decision Biden
  praised" -> Biden supported whoever decided, the doer of the clause before the comma.
- A supporter named: "Poland has been one of Kyiv's most steadfast supporters", "X, a staunch
  backer of Y", "X is among Y's backers", "X, which is Y's main backer", "X, one of Y's main
  arms suppliers" -> X supported Y (a supplier only of arms: a gas supplier sells).
- Support for an operation the story told of: "X provided support for the operation" -> X
  supported whoever carried it out (bridging.event_owners).
- A speaker voicing his state's support: "Biden said Washington's support for Israel was rock
  solid", "Niinisto said Finland would keep backing Sweden's bid" -> the speaker supported
  them; pledging it ("pledging that Washington would stand with Ukraine") commits the state too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.bridging import event_owners
from loaders.relations.claims import before_the_comma
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import ACTION_NOUNS, ARMS, Frame, words
from loaders.relations.modality import (
    CONDITION_MARKS,
    DOUBT_ADVERBS,
    UNREAL_AUX,
    combine,
    noun_status,
    verb_status,
)
from loaders.relations.noun_verbs import light_verb
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.actors_at import Ref

_SUPPORT_NOUNS = words("support aid assistance backing solidarity")
_GIVING = words(
    "pledge promise provide offer send announce give deliver reaffirm express extend grant "
    "approve unveil"
)
_MONEY = words("dollar euro pound million billion package tranche")
_TRIPS = words("visit trip journey tour")
_SUPPORTERS = words("supporter backer")
_SUPPLIERS = words("supplier provider")
_MILITARY = ARMS | words("military defence defense security")
_RELATIVES = frozenset({"which", "who", "that"})
_STRENGTH = 0.7


def _giving_verb(noun: Token) -> Token | None:
    """ "pledged support", "promised $500 million in military aid": the verb that gives."""
    lv = light_verb(noun)
    if lv is not None:
        return lv if lv.lemma_.lower() in _GIVING else None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "of"):
        return None
    money = prep.head
    if money.lemma_.lower() not in _MONEY and money.tag_ != "$":
        return None
    verb = money.head
    ok = money.dep_ == "dobj" and verb.lemma_.lower() in _GIVING
    return verb if ok else None


def _countries(tokens: list[Token], index: ActorIndex) -> list[str]:
    return [
        r.actor_id
        for t in tokens
        for r in index.refs(t, possessor=True)
        if index.kind(r.actor_id) == "COUNTRY"
    ]


def _place(verb: Token, index: ActorIndex) -> list[str]:
    """The country where the clause of a verb takes place, up its clause chain."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
            return _countries([tok.head], index)
        trips = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _TRIPS]
        found = _countries(arg.prep_objects(trips, ("to",)), index)
        found = found or _countries(arg.prep_objects([tok], ("in", "to")), index)
        if found:
            return found
        if tok.dep_ not in ("conj", "advcl", "xcomp") or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def support_where_given(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """Aid or support pledged without a recipient goes to the country it is pledged in."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SUPPORT_NOUNS:
                continue
            if arg.prep_objects([noun], ("for", "to")):
                continue  # addressed: read by the lexicon
            verb = _giving_verb(noun)
            if verb is None:
                continue
            status = combine(noun_status(noun), verb_status(verb))
            places = _place(verb, index)
            if status is None or len(set(places)) != 1:
                continue
            givers = _givers(verb, index)
            owners = [r for c in noun.children if c.dep_ == "poss" for r in index.refs(c)]
            givers += [r for r in owners if index.kind(r.actor_id) == "COUNTRY"]
            frame = Frame(RelationType.SUPPORTED, noun.lemma_.lower(), "NOUN", ())
            reading = Reading(frame, noun, (noun, verb), status, _STRENGTH, offset=offset)
            out += _facts(givers, places[0], reading, index)
    return out


def _givers(verb: Token, index: ActorIndex) -> list[Ref]:
    """Who gives; "walking through Kyiv as sirens sounded and promising aid": the parser joins
    the participle to the nearest verb, whose subject is no giver; the participle before is."""
    found = [r for t in passives.logical_source(verb) for r in index.refs(t)]
    if found or verb.tag_ != "VBG":
        return found
    earlier = next((a for a in verb.ancestors if a.tag_ == "VBG"), None)
    if earlier is None:
        return []
    return [r for t in passives.logical_source(earlier) for r in index.refs(t)]


def _facts(givers: list[Ref], target: str, reading: Reading, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for giver in givers:
        if giver.actor_id == target or index.country(giver.actor_id) == index.country(target):
            continue
        conf = confidence(reading.strength - 0.1, giver)
        out.append(
            Fact(giver.actor_id, RelationType.SUPPORTED, target, reading.status, conf, reading)
        )
    return out


def _summed_up_doers(noun: Token, index: ActorIndex) -> list[Ref]:
    """Who did what an ownerless ", a decision ..." sums up: the nearest clause before the
    comma whose subject is an actor."""
    if noun.lemma_.lower() not in ACTION_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return []
    tok = before_the_comma(noun)
    for _ in range(10):
        if tok is None:
            return []
        if tok.pos_ in ("VERB", "AUX"):
            doers = [r for t in grammatical_subjects(tok) for r in index.refs(t)]
            if doers:
                return doers
        tok = tok.head if tok.head.i != tok.i else None
    return []


def praised_decisions(readings: list[Reading]) -> list[Fact]:
    """ "..., a decision Biden praised as historic": the praiser supports the decider."""
    out: list[Fact] = []
    for reading in readings:
        own = {r.actor_id for r in reading.sources}  # "a decision X praised": X's own act?
        if reading.frame.type is not RelationType.SUPPORTED:
            continue
        if any(t.actor_id not in own for t in reading.targets):
            continue
        if "dobj" not in reading.frame.targets:
            continue  # "a policy Xi described as ...": describing is no praise
        if reading.trigger.pos_ != "VERB" or reading.trigger.dep_ != "relcl":
            continue
        index = ActorIndex(reading.trigger.doc)
        for doer in _summed_up_doers(reading.trigger.head, index):
            out += _facts(reading.sources, doer.actor_id, reading, index)
    return out


def support_for_operations(readings: list[Reading]) -> list[Fact]:
    """ "provided support for the operation": the doers of the operation reported before."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.SUPPORTED or reading.targets:
            continue
        index = ActorIndex(reading.trigger.doc)
        for event in arg.prep_objects(list(reading.anchors), ("for",)):
            for doer in event_owners(event, index):
                out += _facts(reading.sources, doer.actor_id, reading, index)
    return out


def _is_supporter(noun: Token) -> bool:
    """A backer or supporter; a supplier only of arms ("Kyiv's main arms suppliers")."""
    lemma = noun.lemma_.lower()
    if lemma in _SUPPORTERS:
        return True
    return lemma in _SUPPLIERS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MILITARY for c in noun.children
    )


def _subjects(copula: Token) -> list[Token]:
    """The subjects of a copula with their conjuncts; a relative "which"/"who" stands for the
    noun its clause hangs on ("Moscow, which is Assad's main backer")."""
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if copula.dep_ == "relcl":
        subjects = [copula.head if s.lower_ in _RELATIVES else s for s in subjects]
    return [m for s in subjects for m in arg.with_conjuncts(s)]


def _bearer(noun: Token) -> tuple[list[Token], Token | None]:
    """Who is called a supporter, and the copula that says so: the subject of "is (one of)
    ..." or "is among ...", or the head of an apposition."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ == "be":
        return _subjects(tok.head.head), tok.head.head  # "Estonia is among Kyiv's backers"
    if tok.dep_ == "attr":  # "Russia and Iran are the main backers of Assad": both are
        return _subjects(tok.head), tok.head
    if tok.dep_ == "appos":
        return [_appositive_of(tok)], None
    return [], None


def _appositive_of(appos: Token) -> Token:
    """The noun an apposition describes. "went through Moscow, Assad's main backer": the parser
    may hang the apposition on the subject; the name just before its comma is the one meant."""
    start = appos.left_edge.i
    doc = appos.doc
    if appos.head.pos_ == "PROPN" or start < 2 or doc[start - 1].text != ",":
        return appos.head
    named = doc[start - 2]
    return named if named.pos_ == "PROPN" and named.i > appos.head.i else appos.head


def named_supporters(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """ "Poland has been one of Kyiv's most steadfast supporters" -> Poland supported Ukraine."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for noun in sent:
            if noun.pos_ != "NOUN" or not _is_supporter(noun):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += arg.prep_objects([noun], ("of",))
            targets = [r for t in owners for r in index.refs(t)]
            named, copula = _bearer(noun)
            bearers = [r for t in named for r in index.refs(t)]
            status = noun_status(noun) if copula is None else verb_status(copula)
            if status is None or not targets:
                continue
            frame = Frame(RelationType.SUPPORTED, noun.lemma_.lower(), "NOUN", ())
            reading = Reading(frame, noun, (noun,), status, _STRENGTH, offset=offset)
            for target in targets:
                out += _facts(bearers, target.actor_id, reading, index)
    return out


_SAYING = words("say tell add declare stress assure pledge promise vow reaffirm")
_PLEDGING = words("pledge promise vow assure reaffirm")


def _asserted_in_itself(verb: Token) -> bool:
    """No negation, condition or modal of possibility on the clause itself ("would" is fine:
    reported future)."""
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in DOUBT_ADVERBS):
            return False
        if (child.dep_ == "mark" and low in CONDITION_MARKS) or low in UNREAL_AUX:
            return False
    return True


def _saying_verb(clause: Token) -> Token | None:
    """The verb of saying or pledging whose complement the clause is."""
    tok = clause
    for _ in range(3):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _SAYING:
            return tok.head
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def speakers_support(readings: list[Reading]) -> list[Fact]:
    """A person who says (or pledges) his state supports someone supports them too."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.SUPPORTED or not reading.targets:
            continue
        anchor = reading.anchors[-1]
        clause = anchor if anchor.pos_ in ("VERB", "AUX") else arg.clause_verb(anchor, steps=3)
        saying = _saying_verb(clause) if clause is not None else None
        if clause is None or saying is None or not _asserted_in_itself(clause):
            continue
        status = verb_status(saying)
        if status is None:
            continue
        index = ActorIndex(saying.doc)
        states = {index.country(r.actor_id) for r in reading.sources}
        speakers = [
            r
            for t in grammatical_subjects(saying)
            for r in index.refs(t)
            if index.kind(r.actor_id) == "PERSON" and index.country(r.actor_id) in states
        ]
        givers = speakers + (reading.sources if saying.lemma_.lower() in _PLEDGING else [])
        said = Reading(reading.frame, saying, (saying,), status, _STRENGTH, offset=reading.offset)
        for target in reading.targets:
            out += _facts(givers, target.actor_id, said, index)
    return out
