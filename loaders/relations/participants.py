"""Who took part in a deal, a truce or talks that someone mediated: the mediated parties.

Mediation is mostly reported through the thing mediated: "a truce mediated by Qatar and Egypt",
"a deal brokered by Lukashenko", "talks that Stoltenberg chaired with Erdogan and Kristersson",
"U.S.-brokered agreements". The mediator is then the agent of a participle, and the parties are
named around the thing, not as the verb's objects:
- on the thing itself: "between X and Y", "with X and Y" (who the talks were chaired with);
- by the clause the thing is an adjunct of: "Prigozhin called off his revolt under a deal
  brokered by ...", "X and Y normalised relations with Z in U.S.-brokered agreements";
- by the deal or swap the same sentence reports: "X and Y signed ..., after talks mediated by",
  "Hamas freed ... under a truce mediated by ..., and Israel released ... in return";
- else by the story: one side named and the story's pair holds it, or its one partner in the
  article's deals; "brokered the deal" with no side named: the article's two signatories.
Mediators may be named through their state ("Erdogan, whose government brokered ...") and with
a co-mediator ("together with the UN"). Chairing talks with two parties, or bringing two
together, mediates between them; hosting alone never does (ANNOTATION.md). A subject that
struck the deal "with" the only side named ("the U.S. brokered a deal with Russia") is that
deal's other side, not its mediator; a release won by mediation has the freed foreigners' state
as a side ("after months of mediation by Togo, Mali pardoned the Ivorian soldiers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex, Ref
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading, read_verb
from loaders.relations.lexicon import AGREEMENT_NOUNS, MEASURE_NOUNS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from loaders.relations.the_deal import signatories_of_the_deal
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_MEDIATED_THINGS = AGREEMENT_NOUNS | words(
    "talk negotiation dialogue meeting process summit session"
)
# The preposition a deal or talks noun hangs on when it frames the clause's act ("met at a
# session mediated by X").
_FRAMING = words("under in after through following as with via at")
# What the parties of a deal do under it: "agreed ... under", "called off his revolt under".
_FRAMED_VERBS = words(
    "sign agree conclude reach seal ink free release swap exchange normalise normalize restore "
    "establish accept meet talk negotiate call end halt stop lay pardon"
)
_STRENGTH = 0.7
# Releases whose freed foreigners name the other side: "pardoned the Ivorian soldiers".
_RELEASING = words("free release pardon")


def _mediated_things(trigger: Token) -> list[Token]:
    """The deal or talks a mediation verb is about: its object, or the noun it modifies."""
    things = passives.logical_objects(trigger)
    # "mediated several rounds of talks", "facilitated four days of negotiations"
    things += arg.prep_objects([t for t in things if t.lemma_.lower() in MEASURE_NOUNS], ("of",))
    clause = trigger.head if trigger.dep_ == "conj" else trigger  # "hosted and chaired"
    if clause.dep_ == "relcl" and clause.head.lemma_.lower() in _MEDIATED_THINGS:
        things = [clause.head, *things]  # "talks that Stoltenberg chaired with ..."
    elif clause.dep_ == "relcl" and (talks := _talks_of_party(clause.head)) is not None:
        things = [talks, *things]  # "talks between A and B that were facilitated by X"
    elif clause.dep_ in ("advcl", "acl") and (talks := _talks_just_before(clause)) is not None:
        things = [talks, *things]  # "after talks between A and B, chaired by X,"
    return [t for t in things if t.lemma_.lower() in _MEDIATED_THINGS]


def _talks_of_party(noun: Token) -> Token | None:
    """ "talks between A and B that were facilitated by X": the parser hangs the relative clause
    on the last party named; the talks the parties are "between" are what it says was
    mediated."""
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in ("between", "among"):
        return None
    talks = prep.head
    if talks.dep_ == "pobj" and talks.head.lower_ in ("in", "at"):
        talks = talks.head.head  # "talks in Prague between A and B": hung on the place
    return talks if talks.lemma_.lower() in _MEDIATED_THINGS else None


def _talks_just_before(participle: Token) -> Token | None:
    """ "agreed after talks between A and B, chaired by X": the parser hangs the participle on
    the main verb, yet it follows the last party at once (a comma, or the "co-" of "co-chaired",
    between them), so it says who ran the talks between A and B."""
    if not any(c.dep_ == "agent" for c in participle.children):
        return None
    i = participle.i - 1
    doc = participle.doc
    while i >= 0 and (doc[i].is_punct or doc[i].lower_ == "co") and doc[i].head.i != participle.i:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[i]
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    return _talks_of_party(noun)


def _on_the_thing(thing: Token, trigger: Token, index: ActorIndex) -> list[Ref]:
    # "talks in Prague between A and B": the parser may hang "between" on the place
    found = arg.between_objects([thing, trigger, *arg.prep_objects([thing], ("in", "at"))])
    found += arg.prep_objects([trigger], ("with",))
    return [r for t in found for r in index.refs(t)]


def _framed_clause(thing: Token, index: ActorIndex) -> list[Ref]:
    """Who does what the deal frames: "X and Y agreed ... under a ceasefire brokered by"; the
    subjects of that verb, and who they did it with ("normalised relations with Israel"); for a
    release, also the state of the foreigners freed ("freed the Ivorian soldiers")."""
    thing = _measured(thing)  # "after months of mediation by Togo, Mali pardoned ..."
    prep = thing.head
    if thing.dep_ != "pobj" or prep.lower_ not in _FRAMING:
        return []
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb_status(verb.head) is not None:
        verb = verb.head  # "normalised relations with Z in U.S.-brokered agreements"
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.lemma_.lower() not in _FRAMED_VERBS:
        # "The Emirati agreement was announced after talks brokered by X": the deal's owners
        deals = [t for t in passives.logical_objects(verb) if t.lemma_.lower() in AGREEMENT_NOUNS]
        owners = [c for d in deals for c in d.children if c.dep_ in ("amod", "compound", "poss")]
        return [r for t in owners for r in index.refs(t)]
    found = passives.logical_source(verb)
    objects = passives.logical_objects(verb)
    found += arg.prep_objects([verb, *objects], ("with",))
    refs = [r for t in found for r in index.refs(t)]
    if verb.lemma_.lower() in _RELEASING:
        refs += _captives_states(objects, index)
    return refs


def _captives_states(captives: list[Token], index: ActorIndex) -> list[Ref]:
    """ "freed the 46 Ivorian soldiers", "released two French nationals": the state the freed
    belong to is the other side of the release the mediation won."""
    marks = [c for o in captives for c in o.children if c.dep_ in ("amod", "compound")]
    marks += [o for o in captives if o.pos_ in ("NOUN", "PROPN")]  # "the two Frenchmen"
    refs = [r for t in marks for r in index.refs(t)]
    return [r for r in refs if index.kind(r.actor_id) == "COUNTRY"]


def _facts_of_sentence(facts: list[Fact], reading: Reading) -> set[str]:
    """The signatories of deals the mediation's sentence reports."""
    here = reading.evidence()
    return {
        end
        for f in facts
        if f.type is RelationType.SIGNED_AGREEMENT_WITH and f.reading.evidence() == here
        for end in (f.source, f.target)
    }


def _only_partner(party: str, facts: list[Fact], mediators: set[str]) -> list[str]:
    """The one actor the article says the party signed with: the deal's other side."""
    partners = {
        end
        for f in facts
        if f.type is RelationType.SIGNED_AGREEMENT_WITH and party in (f.source, f.target)
        for end in (f.source, f.target)
        if end != party and end not in mediators
    }
    return sorted(partners) if len(partners) == 1 else []


def _measured(thing: Token) -> Token:
    """ "months of negotiations": the measure noun the talks hang on by "of"."""
    of = thing.head
    if thing.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in MEASURE_NOUNS:
        return of.head
    return thing


def _framed_deals(verb: Token) -> list[Token]:
    """What the talks framed: "The agreement, concluded after talks": the participle's noun
    (the parser may tag "concluded" as a past tense, which hides the passive)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]  # or its subject
    return passives.logical_objects(verb) + subjects + ([verb.head] if verb.dep_ == "acl" else [])


def _the_deal(trigger: Token) -> bool:
    """ "brokered the deal", "the truce, brokered by X,": a deal the article already reported;
    "The agreement, concluded after talks mediated by X,": the talks of that deal."""
    things = _mediated_things(trigger)
    # "after months of negotiations": the measure stands where the talks would
    spans = [_measured(t) for t in things]
    framed = [
        d
        for t in spans
        if t.dep_ == "pobj" and t.head.lower_ in _FRAMING
        for d in _framed_deals(t.head.head)
        if d.lemma_.lower() in AGREEMENT_NOUNS
    ]
    return any(c.lower_ in ("the", "this", "that") for t in things + framed for c in t.children)


def mediation_sources(reading: Reading, index: ActorIndex) -> list[Ref]:
    """The mediators: the reading's sources, or "mediation by X" for a noun with no owner."""
    trigger = reading.trigger
    if trigger.pos_ != "VERB":
        # "after months of mediation by Togo": the parser may hang "by" on the measure noun
        carriers = list(dict.fromkeys([trigger, _measured(trigger)]))
        found = reading.sources or [
            r for t in arg.prep_objects(carriers, ("by",)) for r in index.refs(t)
        ]
        return found
    found = reading.sources or _whose_state(trigger, index)
    together = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"]
    together = [c for c in together if any(a.lower_ == "together" for a in c.children)]
    return found + [
        r for t in arg.prep_objects([trigger], ("with",)) if together for r in index.refs(t)
    ]


def _whose_state(verb: Token, index: ActorIndex) -> list[Ref]:
    """ "Erdogan, whose government brokered the deal": the state of the one named."""
    if verb.dep_ != "relcl":
        return []
    owned = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and any(p.lower_ == "whose" for p in c.children)
    ]
    if not owned:
        return []
    states = {index.country(a): a for a in index.actors if index.kind(a) == "COUNTRY"}
    people = [r for r in index.refs(verb.head) if index.kind(r.actor_id) == "PERSON"]
    found = [states.get(index.country(r.actor_id)) for r in people]
    return [Ref(a, "proxy", verb.head.i) for a in found if a is not None]


def mediated_parties(readings: list[Reading], facts: list[Fact], story: list[str]) -> list[Fact]:
    """Mediators of a deal or talks, with the parties named around the thing mediated.

    Where the sentence names only one of the story's two sides, the other is the story's.
    """
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.MEDIATED or len(reading.pairwise) >= 2:
            continue
        index = ActorIndex(reading.trigger.doc)
        sources = mediation_sources(reading, index)
        mediators = {s.actor_id for s in sources}
        if not sources or reading.status is None:
            continue
        chaired = reading.frame is _CHAIRING
        parties: list[str] = []
        for thing in _mediated_things(reading.trigger) or [reading.trigger]:
            refs = _on_the_thing(thing, reading.trigger, index)
            refs += [] if chaired else _framed_clause(thing, index)
            parties += [r.actor_id for r in refs]
        if not chaired:
            parties += sorted(_facts_of_sentence(facts, reading))
        if _dealt_with_itself(reading, sources, parties, index, story):
            continue
        # a mediator is no party, nor is his own state ("Turkey hosted talks, with its minister
        # shuttling between the delegations": Turkey is the mediator's side)
        own = {index.country(m) for m in mediators} | _hosts(reading.trigger, index)
        own.discard(None)
        parties = [
            p
            for p in dict.fromkeys(parties)
            if p not in mediators and (index.kind(p) == "PERSON" or index.country(p) not in own)
        ]
        if len(parties) == 1 and parties[0] in story and not chaired:
            parties = [p for p in story if p not in mediators]
        elif len(parties) == 1 and not chaired:
            parties += _only_partner(parties[0], facts, mediators)
        elif not parties and not story and not chaired and _the_deal(reading.trigger):
            parties = signatories_of_the_deal(facts, mediators, index)
        for source in sources:
            conf = confidence(reading.strength - 0.2, source)
            out += [
                Fact(source.actor_id, RelationType.MEDIATED, p, reading.status, conf, reading)
                for p in parties
            ]
    return out


# Verbs whose "with" names the mediator's go-between role, not its counterpart: "Qatar mediated
# talks with the Taliban" (for the U.S.) still mediates.
_GO_BETWEEN_VERBS = words("mediate facilitate shuttle")
# "brokered the swap with Iran" may be a mediator's work with one side: read as the subject's
# own deal only when the subject (or its state) is one of the story's two sides.
_BROKERING = words("broker")
# Verbs by which one side strikes its own deal "with" the other.
_DEAL_MAKING = words("broker negotiate secure clinch arrange engineer")


def _dealt_with_itself(
    reading: Reading, sources: list[Ref], parties: list[str], index: ActorIndex, story: list[str]
) -> bool:
    """ "The agency that negotiated the swap with Moscow", "Washington brokered the deal with
    Moscow" in a story of the two: when the only side named is who the subject struck the deal
    "with", the subject is the other side of its own deal, not a mediator (parties never mediate
    their own talks)."""
    trigger = reading.trigger
    if trigger.pos_ != "VERB" or passives.is_passive(trigger) or not sources:
        return False
    lemma = trigger.lemma_.lower()
    if lemma in _GO_BETWEEN_VERBS or lemma not in _DEAL_MAKING:
        return False  # "chaired talks with A and B": the chair's "with" names the parties
    sides = set(story) | {index.country(s) for s in story}
    if lemma in _BROKERING and not any(
        s.actor_id in sides or index.country(s.actor_id) in sides for s in sources
    ):
        return False
    with_preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"]
    if any(a.lower_ in ("together", "along", "jointly") for p in with_preps for a in p.children):
        return False  # "brokered it together with the UN": a co-mediator
    withs = arg.prep_objects([trigger], ("with",))
    counterparts = {r.actor_id for t in withs for r in index.refs(t)}
    return bool(counterparts) and set(parties) <= counterparts


def _hosts(trigger: Token, index: ActorIndex) -> set[str | None]:
    """The states of the clause a mediation hangs on by "with": "Turkey hosted talks, with its
    minister shuttling between the delegations" (the minister is on the host's side)."""
    tok, through_with = trigger, False
    for _ in range(4):
        if tok.dep_ not in ("pcomp", "pobj", "prep", "acl") or tok.head.i == tok.i:
            return set()
        tok = tok.head
        through_with = through_with or tok.lower_ == "with"
        if tok.pos_ in ("VERB", "AUX"):
            if not through_with:
                return set()
            subjects = grammatical_subjects(tok)
            return {index.country(r.actor_id) for t in subjects for r in index.refs(t)}
    return set()


_CHAIRING = Frame(RelationType.MEDIATED, "chair", "VERB", ("between",))


def chairings(sentences: list[tuple[Span, int]]) -> list[Reading]:
    """Talks chaired with or between the parties: "talks that X chaired with A and B". Chairing
    alone (a summit, a council) is no mediation; `mediated_parties` asks for the parties."""
    out: list[Reading] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("chair", "co-chair"):
                continue
            if not _mediated_things(tok):
                continue
            reading = read_verb(_CHAIRING, tok, index)
            if reading is not None and not reading.sources and _talks_just_before(tok):
                # "talks between A and B, chaired by X": a participle the parser hung on the
                # main verb, its "by" still the chair
                reading.sources = [r for t in passives.agents(tok) for r in index.refs(t)]
            if reading is not None and reading.sources:
                reading.offset = offset
                out.append(reading)
    return out


def brought_together(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """ "then brought the two together for a joint session": who brings two parties together
    mediates between them (a summit that brings many together is no mediation)."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() != "bring":
                continue
            if "together" not in {c.lower_ for c in verb.children}:
                continue
            reading = read_verb(_BRINGING, verb, index)
            if reading is None or not reading.sources:
                continue
            reading.offset = offset
            objects = passives.logical_objects(verb)
            parties = [r.actor_id for t in objects for r in index.refs(t)]
            parties += _counted(objects)
            ids = list(dict.fromkeys(parties))
            if len(ids) != 2:
                continue
            for source in reading.sources:
                conf = confidence(reading.strength - 0.2, source)
                out += [
                    Fact(source.actor_id, RelationType.MEDIATED, p, reading.status, conf, reading)
                    for p in ids
                    if p != source.actor_id
                ]
    return out


def _counted(tokens: list[Token]) -> list[str]:
    """Everyone a counted group ("the two") stands for: the actor stage gives it one mention
    per member."""
    mentions = tokens[0].doc._.mentions or [] if tokens else []
    return [m.actor_id for t in tokens for m in mentions if m.start <= t.i < m.end]


_BRINGING = Frame(RelationType.MEDIATED, "bring", "VERB", ())


def mediated_states(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """A person mediated with stands for their state too (the level ANNOTATION.md allows):
    "chaired talks with Erdogan and Kristersson" mediated between Turkey and Sweden."""
    states = {index.country(a): a for a in index.actors if index.kind(a) == "COUNTRY"}
    out: list[Fact] = []
    for fact in facts:
        if fact.type is not RelationType.MEDIATED or index.kind(fact.target) != "PERSON":
            continue
        if _leaders_met_in_person(fact, facts, index):
            continue
        state = states.get(index.country(fact.target))
        if (
            state is None
            or state == fact.source
            or index.country(fact.source) == index.country(state)
        ):
            continue
        conf = round(fact.confidence - 0.1, 2)
        out.append(Fact(fact.source, fact.type, state, fact.status, conf, fact.reading))
    return out


def _subject_in(person: str, sentence: Span) -> bool:
    """The person is named in the sentence as one who holds the talks, a subject ("Tshisekedi
    and Kagame met", "where Putin and Zelenskiy held talks"), not as one a mediator chaired
    talks with or brought together ("chaired talks with Erdogan and Kristersson")."""
    doc = sentence.doc
    for m in doc._.mentions or []:
        if (
            m.actor_id != person
            or m.how == "pronoun"
            or not sentence.start <= m.start < sentence.end
        ):
            continue
        head = doc[m.start : m.end].root
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ == "nsubj":
            return True
    return False


def _leaders_met_in_person(fact: Fact, facts: list[Fact], index: ActorIndex) -> bool:
    """Two people of different states named as the ones who met or talked, with a mediator in
    the same sentence ("Tshisekedi and Kagame met under the mediation of Lourenco"), are the
    parties themselves: the talks are theirs, so their states are not added beside them.
    A mediator who chaired talks with them or brought them together still stands between
    their states."""
    sentence = fact.reading.trigger.sent
    others = {
        f.target
        for f in facts
        if f.type is RelationType.MEDIATED
        and f.source == fact.source
        and f.reading.trigger.sent == sentence
        and f.target != fact.target
        and index.kind(f.target) == "PERSON"
        and index.country(f.target) not in (None, index.country(fact.target))
    }
    return _subject_in(fact.target, sentence) and any(_subject_in(o, sentence) for o in others)
