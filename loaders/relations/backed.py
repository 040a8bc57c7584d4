"""Support named as a participle on the one supported: "the Iran-backed Houthis", "the rebels,
backed by Rwanda,", "Polisario, which Algeria arms".

News English says who backs a group far more often in passing than in a clause of its own:
a hyphened doer in front ("the Algerian-backed Polisario Front", "Kremlin-funded media") or a
reduced relative behind ("M23, backed by Rwanda, seized Goma"). The participle hangs on the
supported noun, so the frame readers, which start from the verb's object, never see it. The
supported must be an actor named in that noun (a bare "the group" is left alone: who it is
needs coreference), and the backer another actor. A negated or hypothetical clause around it
gives nothing ("denies the rebels are Rwandan-backed" is read by modality as a denial).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_BACKING = words("back support arm fund finance sponsor bankroll equip")
# What a group is called once named: "Hezbollah ... The Iran-backed group said".
_GROUP_WORDS = words("group movement militia faction organisation organization")
_LOOKBACK = 3


def _named_elsewhere(noun: Token) -> list[Ref]:
    """ "the Algeria-backed Polisario Front": the hyphened prefix can cost the name its mention;
    the same words named as an actor elsewhere in the article are that actor."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if noun.pos_ != "PROPN" or not names:
        return []
    text = noun.doc[names[0].i : noun.i + 1].text
    mentions = noun.doc._.mentions or []
    found = {m.actor_id for m in mentions if noun.doc[m.start : m.end].text == text}
    return [Ref(a, "name", noun.i) for a in sorted(found)][:1] if len(found) == 1 else []


def _the_group(noun: Token, index: ActorIndex) -> list[Ref]:
    """ "The Iran-backed group": the organization named last in the sentences just before (not
    in its own sentence: "the UN said the Russian-backed group" is no UN)."""
    if noun.lemma_.lower() not in _GROUP_WORDS or not any(c.lower_ == "the" for c in noun.children):
        return []
    sents = [s for s in noun.doc.sents if s.end <= noun.sent.start][-_LOOKBACK:]
    for sent in reversed(sents):
        for tok in reversed(list(sent)):
            refs = index.refs(tok)
            if refs and index.kind(refs[0].actor_id) == "ORGANIZATION":
                return refs[:1]
    return []


_STRENGTH = 0.7


def _backers(verb: Token) -> list[Token]:
    """ "Iran-backed" (the hyphened doer) or "backed by Rwanda" (the agent)."""
    hyphened = passives.hyphen_agents(verb)
    if hyphened:
        return hyphened
    if verb.dep_ != "acl" and not _free_participle(verb):
        return []
    return [t for b in arg.prep_objects([verb], ("by",)) for t in arg.with_conjuncts(b)]


def _free_participle(verb: Token) -> bool:
    """ "Maduro has held on, backed by allies including Russia": a participle set off by a
    comma as an adverbial clause, with no subject, auxiliary or conjunction ("if backed by")
    of its own, says its backing of the main clause's subject ("Backed by Iran, the Houthis
    seized the ship")."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    # set off by a comma, or opening the sentence ("Backed by Iran, the Houthis ...")
    return verb.i == verb.sent.start or (verb.i > 0 and verb.doc[verb.i - 1].text == ",")


def _status_of(verb: Token) -> Status | None:
    """The clause the supported noun is in decides: "said the Iran-backed group fired" holds,
    "would arm the Iran-backed group" is the clause's own modality."""
    clause = verb.head
    for _ in range(6):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    return verb_status(clause) if clause.pos_ in ("VERB", "AUX") else verb_status(verb)


def backed_groups(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SUPPORTED from the backer a participle names to the actor the participle describes."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in _BACKING:
            continue
        if verb.dep_ not in ("amod", "acl") and not _free_participle(verb):
            continue
        status = _status_of(verb)
        if status is None:
            continue
        # "backed by allies including Russia and Cuba": the members the list names
        backers = refs(index, _backers(verb), False)
        # "Russian-backed separatists": a participle in front backs its own noun, not the noun
        # it is listed with ("government forces and Russian-backed separatists"); one behind
        # may describe the whole list ("M23 and its allies, backed by Rwanda")
        supported = [verb.head] if verb.dep_ == "amod" else arg.with_conjuncts(verb.head)
        if verb.dep_ == "advcl":
            supported = grammatical_subjects(verb.head)
        backed = [r for t in supported for r in index.refs(t)]
        backed = backed or _named_elsewhere(verb.head) or _the_group(verb.head, index)
        backed = [r for r in backed if r.actor_id not in {b.actor_id for b in backers}]
        if not backers or not backed:
            continue
        frame = Frame(RelationType.SUPPORTED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb,), status, _STRENGTH, backers, backed)
        kind = RelationType.SUPPORTED
        out += facts_between(backers, kind, backed, status, _STRENGTH, reading)
    return out
