"""Sanctions named through a clause the lexicon's frames do not see.

- A contact relative clause on the sanctions noun: "in revenge for sanctions the bloc imposed on
  him and his officials". The parser often hangs "imposed" on "the bloc" (as if the bloc were
  qualified), so the clause is read from its words: a sanctions noun, right after it the doer,
  then "imposed/slapped on" the target, with no object of the verb's own.
- sanctions that "target" or "hit" someone: "The measures, adopted by the bloc's foreign
  ministers, target X; Y; and Z": the adopters sanctioned each (nobody if nobody adopted them).
- "target" as a sanctions verb: "The US and the EU imposed sanctions on X, and Washington and
  London have also targeted Y". Only when coordinated with a clause that imposes sanctions:
  anywhere else "targeted" is a strike, or nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading, refs, refs_of
from loaders.relations.lexicon import SANCTION_NOUNS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.persona_non_grata import announcers, states_named_by
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_IMPOSING = words("impose slap level")
_AIMING = words("target hit")
_ORDERS = words("order decree")
"""What a leader signs that targets with measures, never with strikes."""
# What sanctions are called when they are the subject: "the measures target ..."
_MEASURES = SANCTION_NOUNS | words("measure penalty listing designation")
CLAUSE_FRAME = Frame(RelationType.SANCTIONED, "impose", "VERB", ("prep:on",), strength=0.75)
"""Sanctions a clause on the sanctions noun imposes ("sanctions [that] the bloc imposed on X")."""
_TARGET_FRAME = Frame(RelationType.SANCTIONED, "target", "VERB", ("dobj",), strength=0.75)


def _doer_after_sanctions(verb: Token) -> list[Token]:
    """The doer of "sanctions [the bloc] imposed on", if the words run that way."""
    if verb.dep_ == "acl":
        doer = verb.head
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ != "relcl" or not subjects:
            return []
        doer = subjects[0]
    start = doer.left_edge.i
    if start == 0 or doer.i > verb.i:
        return []
    before = verb.doc[start - 1]
    return [doer] if before.lemma_.lower() in SANCTION_NOUNS and before.pos_ == "NOUN" else []


def _owned_by_pronoun(tok: Token) -> bool:
    """ "his officials": whose they are is a guess the text leaves to the reader; not ours."""
    if tok.dep_ == "poss" and tok.pos_ == "PRON":
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _facts(reading: Reading) -> list[Fact]:
    out: list[Fact] = []
    for source in reading.sources:
        for target in reading.targets:
            if source.actor_id == target.actor_id:
                continue
            conf = confidence(reading.strength, source, target)
            kind = RelationType.SANCTIONED
            out.append(Fact(source.actor_id, kind, target.actor_id, reading.status, conf, reading))
    return out


def _reading(frame: Frame, verb: Token, sources: list[Ref], targets: list[Ref]) -> Reading | None:
    status = verb_status(verb)
    if status is None or not sources or not targets:
        return None
    return Reading(frame, verb, (verb,), status, frame.strength, sources, targets)


def _imposes_sanctions(verb: Token) -> bool:
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in SANCTION_NOUNS
        for c in verb.children
        if verb.lemma_.lower() in _IMPOSING
    )


def _measures_subject(verb: Token) -> Token | None:
    """ "The measures, adopted by X, target Y", "the sanctions hit Y": the sanctions noun that
    is the subject (the parser may hang the verb on it as a clause of the noun)."""
    if verb.dep_ == "acl" and verb.i > verb.head.i:
        subject: Token | None = verb.head
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _MEASURES:
        return None
    return subject


def _issuers(measures: Token) -> list[Token]:
    """Who adopted the measures: "adopted/issued/imposed by X"."""
    return [a for c in measures.children if c.dep_ in ("acl", "relcl") for a in passives.agents(c)]


def targeted_by_sanctions(verb: Token) -> bool:
    """ "imposed sanctions on X, and ... have also targeted Y": "targeted" in a sanctions sense
    (and so no strike)."""
    if verb.lemma_.lower() != "target" or verb.pos_ != "VERB":
        return False
    if _on_order(verb):
        return True  # "signed an executive order targeting Iran's metals sector"
    if any(a.lemma_.lower() in SANCTION_NOUNS for a in passives.agents(verb)):
        return True  # "the most senior official ever targeted by U.S. sanctions"
    partners = [verb.head] if verb.dep_ == "conj" else []
    partners += [c for c in verb.children if c.dep_ == "conj"]
    return any(_imposes_sanctions(p) for p in partners)


def _on_order(verb: Token) -> bool:
    """ "an executive order targeting X": the verb describes an order or decree."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in _ORDERS


def _order_signer(verb: Token) -> Token | None:
    """ "signed an executive order targeting X": the verb by which the order was signed or
    issued, whose subject is who sanctioned."""
    if not _on_order(verb) or verb.head.dep_ != "dobj":
        return None
    return verb.head.head


def sanction_clauses(doc: Doc, index: ActorIndex) -> list[Fact]:
    """Sanctions read from a contact relative clause, and "also targeted" beside sanctions."""
    out: list[Fact] = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        reading: Reading | None = None
        if lemma in _IMPOSING and not any(c.dep_ == "dobj" for c in verb.children):
            doers = _doer_after_sanctions(verb)
            if doers:
                named = [t for t in arg.prep_objects([verb], ("on",)) if not _owned_by_pronoun(t)]
                targets = [r for r in refs_of(index, named) if not _owned_by_pronoun(doc[r.token])]
                reading = _reading(CLAUSE_FRAME, verb, refs_of(index, doers), targets)
        elif lemma in _AIMING and (measures := _measures_subject(verb)) is not None:
            # "adopted by the bloc's foreign ministers": the bloc
            sources = [r for t in _issuers(measures) for r in index.refs(t, possessor=True)]
            targets = refs_of(index, passives.logical_objects(verb))
            reading = _reading(_TARGET_FRAME, verb, sources, targets)
        elif lemma == "target" and (signer := _order_signer(verb)) is not None:
            # "Iran's steel sector": the owner of what the order hits is the one sanctioned
            sources = refs_of(index, passives.logical_source(signer))
            aimed = passives.logical_objects(verb)
            reading = _reading(_TARGET_FRAME, verb, sources, refs(index, aimed, True))
        elif lemma == "target" and targeted_by_sanctions(verb):
            sources = refs_of(index, passives.logical_source(verb))
            reading = _reading(
                _TARGET_FRAME, verb, sources, refs_of(index, passives.logical_objects(verb))
            )
        if reading is not None:
            out.extend(_facts(reading))
    return out


_TARGET_PREPS = ("on", "against", "to", "from")


# Words of an amount of goods: "$200 billion of Chinese goods", "hundreds of billions of dollars
# of Chinese imports"; the goods are after the last "of".
_AMOUNT_WORDS = words("hundred thousand million billion trillion dollar euro yuan pound worth")


def _past_amount(tok: Token) -> Token:
    """ "tariffs on $200 billion of Chinese goods": the parser makes the amount the object; the
    goods whose maker the tariffs hit are at the end of its "of" chain."""
    for _ in range(4):
        if tok.tag_ != "CD" and tok.lemma_.lower() not in _AMOUNT_WORDS:
            break
        goods = arg.prep_objects([tok], ("of",))
        if not goods:
            break
        tok = goods[0]
    return tok


def _sold_goods(fillers: list[Token]) -> list[Token]:
    """ "a ban on U.S. imports of crude oil": the state on the imports is the buyer, whom the ban
    binds, not its target; what the ban hits is the goods ("of Russian oil"), whose seller is
    (arguments.bought_goods)."""
    out: list[Token] = []
    for tok in map(_past_amount, fillers):
        goods = arg.bought_goods(tok)
        out += goods if goods is not None else [tok]
    return out


def _amounts(trigger: Token) -> list[Token]:
    """ "tariffs of 25 percent on Chinese steel", "duties of the same size on American goods":
    the parser hangs what they fall on on the amount the sanctions noun is "of"."""
    if trigger.pos_ != "NOUN":
        return []
    return arg.prep_objects([trigger], ("of",))


def _origins(hosts: list[Token], index: ActorIndex) -> list[Ref]:
    """ "imposed tariffs on steel and aluminium from the EU and Japan": the makers of the goods
    are what the tariffs hit, whether the parser hangs "from" on the verb or on the goods."""
    return [r for t in arg.prep_objects(hosts, ("from",)) for r in index.refs(t)]


def sanctions_on_demonym_goods(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """ "slapped tariffs on Australian barley and wine": the state a demonym names on what the
    sanctions hit, when the actor stage made no mention of the demonym; a passive sanction
    without a doer is who announced it."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.SANCTIONED:
            continue
        measures = _amounts(reading.trigger)
        hosts = [reading.trigger, *reading.anchors, *measures]
        fillers = arg.prep_objects(hosts, _TARGET_PREPS)
        if reading.trigger.pos_ == "VERB":
            fillers += passives.logical_objects(reading.trigger)
        reading_targets = (
            reading.targets
            or states_named_by(_sold_goods(fillers), index)
            or _origins([*hosts, *fillers], index)
            or refs_of(index, arg.prep_objects(measures, ("on",)))
        )
        sources = reading.sources
        if not sources and reading.trigger.pos_ == "VERB" and passives.is_passive(reading.trigger):
            sources = announcers(reading.trigger, index)  # "Biden announced that ... be closed"
        if sources is reading.sources and reading_targets is reading.targets:
            continue
        for source in sources:
            for target in reading_targets:
                if source.actor_id == target.actor_id:
                    continue
                conf = confidence(reading.strength - 0.1, source, target)
                kind, status = RelationType.SANCTIONED, reading.status
                out.append(Fact(source.actor_id, kind, target.actor_id, status, conf, reading))
    return out
