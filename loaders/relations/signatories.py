"""Who signed with whom when the signing sentence names them indirectly.

- "Moscow and Kyiv refused to sign the same text: each signed a separate accord with Turkey and
  the UN": "each" (or "both") as a subject stands for the coordinated subject before it; each of
  them signed with the named partners, and not with one another.
- "A signed for Addis Ababa, while B signed for the Tigrayan side"; "A signed for the army and B
  for the RSF": envoys signing one text for two sides signed it with each other.
- "The accord was concluded after talks between A and B": a deal no party of which the sentence
  names was made by those who negotiated it.
- "Israel signed agreements establishing relations with the UAE and Bahrain": who the deal sets
  up ties with is a party to it; "X signed one with Y" (one of the deals just named) too.
- "Russian and Ukrainian negotiators agreed to swap 1,000 prisoners each", "X and Y agreed a
  ceasefire", "X and Y held a summit, emerging with agreements": two parties agreeing on a
  deal, or on an act only a deal makes (a swap, restoring ties), concluded one. Agreeing to
  talk, or on how to proceed, is no deal.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, confidence, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import AGREEMENT_NOUNS, Frame, words
from loaders.relations.modality import noun_status, verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.actors_at import Ref

_SIGNED = RelationType.SIGNED_AGREEMENT_WITH
_DISTRIBUTIVE = frozenset({"each", "both"})
# What "each" as a subject does to every one of the parties before it.
_EACH_TYPES = frozenset({_SIGNED, RelationType.MET_WITH})
_TALKS = words("talk negotiation")
_STRENGTH = 0.7
# What only a deal makes: "agreed to swap prisoners", "agreed to restore ties".
_DEAL_ACTS = words(
    "swap exchange release free restore normalise normalize establish extend end cease halt "
    "withdraw reopen"
)

# What two sides agree to do that is no deal yet, only more talking: "agreed to hold talks".
_MORE_TALK = words(
    "meet talk hold discuss negotiate continue consider study explore examine disagree work "
    "keep stay seek look try"
)


def _each_antecedent(subject: Token, index: ActorIndex) -> list[Ref]:
    """The coordinated subject "each" refers back to: the nearest one before it, in its
    sentence or the one before."""
    doc = subject.doc
    start = doc[subject.sent.start - 1].sent.start if subject.sent.start > 0 else 0
    for tok in reversed(doc[start : subject.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.conjuncts:
            refs = [r for t in arg.with_conjuncts(tok) for r in index.refs(t)]
            if len({r.actor_id for r in refs}) >= 2:
                return refs
    return []


def each_of_them(readings: list[Reading]) -> list[Fact]:
    """ "each signed an accord with X", "each met Xi separately": every one of the parties
    before signed with, or met, X."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type not in _EACH_TYPES or reading.sources or not reading.targets:
            continue
        verb = reading.trigger
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.pos_ != "VERB" or not subjects or subjects[0].lower_ not in _DISTRIBUTIVE:
            continue
        index, kind = ActorIndex(verb.doc), reading.frame.type
        for party in _each_antecedent(subjects[0], index):
            for target in reading.targets:
                if party.actor_id == target.actor_id:
                    continue
                conf = confidence(reading.strength - 0.15, party, target)
                out.append(
                    Fact(party.actor_id, kind, target.actor_id, reading.status, conf, reading)
                )
    return out


def _signing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    names = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "name"]
    return verb.pos_ == "VERB" and (lemma == "sign" or (lemma == "put" and bool(names)))


def _fors(verb: Token) -> list[Token]:
    """The "for" phrases of a signing verb, or of what it put a name to ("the text for X")."""
    hosts = [verb, *arg.prep_objects([verb], ("to",))]
    return [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]


def _signers(verb: Token, index: ActorIndex) -> list[str]:
    """People who sign with a verb: its subject, and (gapped: "A signed for X and B for Y")
    people named as its other arguments."""
    found = [r for t in grammatical_subjects(verb) for r in index.refs(t)]
    if len(_fors(verb)) > 1:
        others = [c for c in verb.children if c.dep_ in ("dobj", "conj")]
        others += [c for f in _fors(verb) for p in f.children for c in p.conjuncts]
        found += [r for t in others for r in index.refs(t)]
    return [r.actor_id for r in found if index.kind(r.actor_id) == "PERSON"]


def signed_for_sides(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """Two envoys who each signed one text for a side signed it with each other."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        verbs = [v for v in sent if _signing(v) and _fors(v)]
        if sum(len(_fors(v)) for v in verbs) < 2:
            continue
        statuses = [verb_status(v) for v in verbs]
        signers = list(dict.fromkeys(s for v in verbs for s in _signers(v, index)))
        if len(signers) != 2 or any(s is None for s in statuses):
            continue
        status = statuses[0]
        if status is None:
            continue
        frame = Frame(_SIGNED, "sign", "VERB", ())
        reading = Reading(frame, verbs[0], tuple(verbs), status, _STRENGTH, offset=offset)
        a, b = signers
        out.append(Fact(a, _SIGNED, b, status, round(_STRENGTH - 0.1, 2), reading))
    return out


def negotiators_of_deals(readings: list[Reading]) -> list[Fact]:
    """A deal concluded "after talks between A and B", naming no party itself: A and B."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not _SIGNED or reading.sources or reading.targets:
            continue
        if reading.pairwise:
            continue
        index = ActorIndex(reading.trigger.doc)
        talks = arg.prep_objects(list(reading.anchors), ("after", "following"))
        talks += arg.prep_objects(talks, ("of",))  # "after four days of talks"
        talks = [t for t in talks if t.lemma_.lower() in _TALKS]
        talks += arg.prep_objects(talks, ("in",))  # "talks in the capital between": misparsed
        parties = [r for t in arg.between_objects(talks) for r in index.refs(t)]
        ids = list(dict.fromkeys(r.actor_id for r in parties))
        if len(ids) != 2:
            continue
        for a, b in itertools.combinations(ids, 2):
            conf = round(reading.strength - 0.2, 2)
            out.append(Fact(a, _SIGNED, b, reading.status, conf, reading))
    return out


def _agreed_on_a_deal(verb: Token) -> bool:
    """ "agreed to swap prisoners", "agreed to send their ambassadors back", "agreed on a deal";
    not an agreement to talk more ("agreed to hold talks") nor about others ("agreed that ...")."""
    acts = [c for c in verb.children if c.dep_ == "xcomp" and _deal_act(c)]
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += arg.prep_objects([verb], ("on", "to"))
    return bool(acts) or any(t.lemma_.lower() in AGREEMENT_NOUNS for t in things)


def _deal_act(act: Token) -> bool:
    if act.lemma_.lower() in _DEAL_ACTS:
        return True
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
    return to and act.lemma_.lower() not in _MORE_TALK


_EMERGING = words("emerge come walk")


def _came_away_with_a_deal(verb: Token) -> bool:
    """ "X and Y held a summit, emerging with agreements to ...": they made them."""
    if verb.lemma_.lower() not in _EMERGING:
        return False
    deals = [t for t in arg.prep_objects([verb], ("with",)) if t.lemma_.lower() in AGREEMENT_NOUNS]
    return any(noun_status(t) is not None for t in deals)  # not "with no agreements"


def agreed_deals(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """Two or more parties who agreed on a deal, or to swap, release, restore ..., made one."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for verb in sent:
            if verb.pos_ != "VERB":
                continue
            if verb.lemma_.lower() == "agree" and _agreed_on_a_deal(verb):
                named = grammatical_subjects(verb) + arg.prep_objects([verb], ("with",))
            elif _came_away_with_a_deal(verb):
                named = grammatical_subjects(verb)
            else:
                continue
            status = verb_status(verb)
            parties = [r for t in named for r in index.refs(t)]  # "X agreed with Y to swap"
            ids = list(dict.fromkeys(r.actor_id for r in parties))
            if status is None or len(ids) < 2:
                continue
            frame = Frame(_SIGNED, "agree", "VERB", ())
            reading = Reading(frame, verb, (verb,), status, _STRENGTH, offset=offset)
            conf = round(_STRENGTH - 0.1, 2)
            out += [
                Fact(a, _SIGNED, b, status, conf, reading)
                for a, b in itertools.combinations(ids, 2)
            ]
    return out


_TIES = words("establish normalise normalize restore resume open reopen")
_ONE = frozenset({"one", "another"})


def _ties_partners(deal: Token) -> list[Token]:
    """ "agreements establishing relations with X": X."""
    acts = [c for c in deal.children if c.dep_ == "acl" and c.lemma_.lower() in _TIES]
    ties = [o for a in acts for o in passives.logical_objects(a)]
    return arg.prep_objects(acts + ties, ("with",))


def _deal_named_before(verb: Token) -> bool:
    """A deal noun in the sentence before, or earlier in this one: what "one" stands for."""
    doc = verb.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
    return any(t.lemma_.lower() in AGREEMENT_NOUNS for t in doc[start : verb.i])


def _swallowed_signer(verb: Token, index: ActorIndex) -> list[Ref]:
    """ "At a ceremony presided over by Erdogan, Ukraine's minister Kubrakov signed one": the
    parser hangs the subject on the opening phrase; the name right before the verb is it."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    if before.dep_ not in ("appos", "conj", "pobj") or before.head.i > verb.i:
        return []
    return index.refs(before)


def deal_partners(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """The signer and who the deal sets up ties with, or who "one" of the deals is with."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() != "sign":
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            partners = [t for o in objects for t in _ties_partners(o)]
            if any(o.lower_ in _ONE for o in objects) and _deal_named_before(verb):
                partners += arg.prep_objects([verb, *objects], ("with",))
            status = verb_status(verb)
            if not partners or status is None:
                continue
            signers = [r for t in passives.logical_source(verb) for r in index.refs(t)]
            signers = signers or _swallowed_signer(verb, index)
            targets = [r for t in partners for r in index.refs(t)]
            frame = Frame(_SIGNED, "sign", "VERB", ())
            reading = Reading(frame, verb, (verb,), status, _STRENGTH, offset=offset)
            out += facts_between(signers, _SIGNED, targets, status, _STRENGTH, reading)
    return out
