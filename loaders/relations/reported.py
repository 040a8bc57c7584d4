"""Accusations made by reporting a wrong: "Kyiv said Russian missiles had struck the port",
"Putin said he had knowingly broken the law", "Qatar held Israel responsible for the
escalation". Saying another "made a mistake" faults no specific act: general criticism, so
CONDEMNED (ANNOTATION.md), as saying another insulted or betrayed someone is.

The one who says that another did wrong accuses them (ANNOTATION.md: "accused of a specific
act"); the wrong itself stays the speaker's claim and is never emitted from here. A clause is a
wrong by its predicate: a verb that is one whatever its object ("violated", "spied"), a verb
with an object that makes it one ("broke the law", "bore responsibility"),
or being behind, responsible for or guilty of something, a harm's author ("the blasts were
the work of GRU agents") or a spy ("said they were intelligence officers"); a told certainty
("said it was confident Iran had carried out the attack") asserts its inner clause. Its doer
must be an actor other than the speaker and the speaker's own state (self-criticism accuses
nobody). The saying must be asserted (`verb_status`) and the wrong not denied, hedged or
hypothetical in its own clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import SANCTION_NOUNS, Frame, words
from loaders.relations.modality import UNREAL_AUX, doubted_in_itself, verb_status
from loaders.relations.own_side import one_side
from loaders.relations.perpetrations import HARMS, masters, perpetrates, shown
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Verbs of saying whose that-clause is the speaker's assertion.
SAYING = words(
    "say tell add state insist argue assert write declare maintain contend charge allege claim "
    "conclude find stress note"
)
# A wrong whatever its object.
WRONGS = words(
    "violate breach spy meddle interfere sabotage hack poison torture kidnap abduct deport "
    "murder assassinate massacre orchestrate loot invade shell bomb strike attack kill hit "
    "plot provoke instigate incite rig fabricate smuggle down repress siphon conspire embezzle "
    "steal harass"
)
# Setting out to do a wrong is a wrong: "said the authorities had tried to violate her rights".
ATTEMPTING = words("try attempt seek")
# Set out to, these are harms whoever is aimed at: "said Russia was trying to destroy us". Not
# wrongs when simply reported ("said the strike destroyed a depot" tells of a thing's effect).
ATTEMPTED_HARMS = words("destroy")
# Being in a state of wrong: "said Russia had been in breach for years".
IN_WRONG = words("breach violation contravention")
# "lie" is a wrong only as deceit: "said Tehran had lied about the programme", "was lying";
# never a place or a burden ("the island lies off the coast", "the blame lies with them").
LYING_PREPS = words("about to")
# Working against someone or something: "said the diplomats had worked against Germany".
# Not "acted against" or "operated against": said of police or troops, that is enforcement.
WORKING_AGAINST = words("work")
# A wrong only with one of these objects: "broke the law", "made a fundamental error".
WRONG_WITH = {
    "break": words("law rule ceasefire truce promise agreement deal norm pledge commitment"),
    "commit": words("crime atrocity genocide murder violation abuse"),
    "bear": words("responsibility blame"),
    "cross": words("line"),
}
# Armed acts said of another: "said Israeli forces had targeted her", "had blown up the dam",
# "had opened fire on them". "target" aimed at trade ("targeted Chinese firms with tariffs")
# is a sanction, no attack.
ARMED = words("target raid storm bombard assault pound ram")
FIRING_AIMS = words("at on")
# Not doing these is a wrong: "failing to comply with the treaty".
COMPLYING = words("comply honour honor abide fulfil fulfill respect observe implement")
# Being one of these: "Russia was behind the attacks", "Tehran was responsible".
WRONG_STATES = words("responsible guilty complicit culpable")
# Wrongs named as nouns, with their doer: "war crimes by the Russian army".
WRONG_NOUNS = words(
    "crime killing murder attack sabotage violation atrocity assassination espionage spying "
    "interference meddling abuse torture aggression extortion intimidation"
)
# "evidence tying Indian agents to the killing"
TYING = words("tie link connect")
# "Qatar held Israel responsible": holding someone to blame is an accusation itself.
HOLDING = words("hold")

_FRAME = Frame(RelationType.ACCUSED, "say", "VERB", ())
# Saying another did these is abuse more than a charge: "said Zelensky had disrespected ...".
INSULTS = words("disrespect betray humiliate insult deceive")
_ABUSE = Frame(RelationType.CONDEMNED, "say", "VERB", ())
# Saying another "made a grave mistake" blames no specific act: criticism, no charge.
FAULTS = words("error mistake blunder misstep miscalculation")
_STRENGTH = 0.75


def _hedged(verb: Token) -> bool:
    """The wrong's own clause denies, doubts or supposes it: "had not violated", "may have",
    "would", or a denied object ("committed no crime")."""
    if doubted_in_itself(verb, UNREAL_AUX | {"would", "will"}):
        return True
    return any(
        child.dep_ in ("dobj", "attr")
        and any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in child.children)
        for child in verb.children
    )


def _is_wrong(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in WRONGS or (lemma == "shoot" and "down" in arg.particle(verb)):
        return True  # "said the jet had been shot down by Russia"
    if perpetrates(verb):
        return True  # "said Iran had carried out the attack"
    if lemma == "lie" and _lying(verb):
        return True
    if lemma in WORKING_AGAINST and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in verb.children
    ):
        return True
    if lemma in ATTEMPTING and any(  # "had tried to violate her rights", not "tried not to"
        c.dep_ == "xcomp"
        and (_is_wrong(c) or c.lemma_.lower() in ATTEMPTED_HARMS)
        and not _hedged(c)
        for c in verb.children
    ):
        return True
    if _done_to_wrong(verb):
        return True
    if _suspected(verb):
        return True  # "said he was suspected of espionage"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if any(o.lemma_.lower() in WRONG_WITH.get(lemma, ()) and not _duty(o) for o in objects):
        return True
    if lemma in ("fail", "refuse") and any(  # "was failing to comply with the treaty"
        c.dep_ == "xcomp" and c.lemma_.lower() in COMPLYING for c in verb.children
    ):
        return True
    if lemma == "be":
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "behind":
                return True
            if child.dep_ == "prep" and child.lower_ == "in" and _in_wrong(child):
                return True
            if child.dep_ == "acomp" and child.lemma_.lower() in WRONG_STATES:
                return True
            blame = child.dep_ == "xcomp" and child.lower_ == "blame" and arg.to_infinitive(child)
            if blame and not any(c.dep_ == "neg" for c in child.children):
                return True  # "said Iran was to blame"
        return bool(_work_of(verb)) or _spies(verb)
    return False


def _done_to_wrong(verb: Token) -> bool:
    """A means put to a wrong: "said the GRU used it to try to kill him", "said Moscow had
    chosen the hour to kill as many as possible". The act has an object and a to-infinitive of
    purpose that is a wrong. Without an object the infinitive is a wish or plan ("wanted to
    invade", "agreed to stop"), which is no deed."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and arg.to_infinitive(c) and _is_wrong(c) and not _hedged(c)
        for c in verb.children
    )


def _in_wrong(prep: Token) -> bool:
    """ "in breach", "in violation of the treaty": being in a wrong's state."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in IN_WRONG for o in prep.children)


def _lying(verb: Token) -> bool:
    """ "lie" as deceit: no phrase but "about" or "to" on it, no particle or adverb of place
    ("lies ahead", "lies at the heart of")."""
    return not any(
        (c.dep_ == "prep" and c.lower_ not in LYING_PREPS)
        or c.dep_ in ("prt", "advmod", "dobj", "attr", "acomp")
        for c in verb.children
        if c.dep_ != "advmod" or c.lower_ not in ("repeatedly", "deliberately", "openly")
    )


def _armed(verb: Token) -> bool:
    """An armed act by the clause's subject: an attack verb with its object (not aimed at trade;
    "stormed across the border" is a movement), "blew up", "opened fire", "fired at/on"."""
    lemma = verb.lemma_.lower()
    if lemma in ARMED:
        # "with export curbs" may hang on the object: any sanction noun after the verb
        trade = any(
            t.i > verb.i and t.lemma_.lower() in SANCTION_NOUNS | {"measure"} for t in verb.subtree
        )
        return any(c.dep_ == "dobj" for c in verb.children) and not trade
    if lemma == "blow":
        return "up" in arg.particle(verb)
    if lemma == "open":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
    return lemma == "fire" and bool(arg.particle(verb) & FIRING_AIMS)


def _suspected(verb: Token) -> bool:
    """ "is suspected of espionage", "was suspected of gathering state secrets": told by a
    speaker, a suspicion of a deed is the speaker's accusation of the one suspected (the
    passive's subject, `_doers`)."""
    return (
        verb.lemma_.lower() == "suspect"
        and passives.is_passive(verb)
        and bool(arg.prep_objects([verb], ("of",)) or _of_clause(verb))
    )


def _of_clause(verb: Token) -> list[Token]:
    """ "suspected of gathering secrets": the gerund the parser hangs under "of"."""
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]


# "the blasts were the work of GRU agents": a harm said to be someone's work is their deed.
WORK = words("work handiwork")


def _work_of(be: Token) -> list[Token]:
    """Whose work a harm is said to be: "the explosions were the work of GRU agents" gives the
    agents; [] unless the subject is a harmful act ("the visit was the work of ...")."""
    subjects = [c for c in be.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in HARMS for s in subjects):
        return []
    works = [c for c in be.children if c.dep_ == "attr" and c.lemma_.lower() in WORK]
    return arg.prep_objects(works, ("of",))


# Being a spy: "said the diplomats were intelligence officers", "said they were spies".
SPIES = words("spy")
SPY_POSTS = words("officer agent operative")
SECRET = words("intelligence undeclared undercover secret")


def _spies(be: Token) -> bool:
    """The clause says its subject is a spy: a spy, or an intelligence officer or agent."""
    for attr in (c for c in be.children if c.dep_ == "attr"):
        lemma = attr.lemma_.lower()
        if lemma in SPIES:
            return True
        if lemma in SPY_POSTS and any(
            m.dep_ in ("compound", "amod") and m.lemma_.lower() in SECRET for m in attr.children
        ):
            return True
    return False


def _doers(verb: Token, index: ActorIndex) -> list[Ref]:
    """Who did the wrong: the clause's subject, or a passive's agent ("hit by a Russian
    missile")."""
    if _suspected(verb):  # "said he was suspected of spying": the one suspected
        subjects = [
            s for c in verb.children if c.dep_ == "nsubjpass" for s in arg.with_conjuncts(c)
        ]
        return [r for s in subjects for r in index.refs(s, possessor=True)]
    if passives.is_passive(verb):
        return [r for a in passives.agents(verb) for r in index.refs(a, possessor=True)]
    if works := _work_of(verb):
        return [r for w in works for r in index.refs(w, possessor=True)]
    subjects = [s for c in verb.children if c.dep_ == "nsubj" for s in arg.with_conjuncts(c)]
    if not subjects and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
        subjects = [verb.head.head]  # "diplomats it said were spies": the ones the clause is on
    found = [r for s in subjects for r in index.refs(s, possessor=True)]
    return found or [r for s in subjects for m in masters(s) for r in index.refs(m)]


def own_side(index: ActorIndex, speaker: str, doer: str) -> bool:
    """The speaker and the doer are one side: the same actor, or a state and its own people or
    bodies (own_side.py names the narrower sides of mediations and meetings)."""
    return one_side(index, speaker, doer)


def _that_clauses(saying: Token) -> list[Token]:
    """The clauses a verb of saying reports. The parser may hang the clause on an adverb of
    time between ("said earlier that the arson was ordered by ..."), or make it a relative
    clause of the noun in a phrase between ("concluded in a report released in April that
    Russia interfered"): either way it is the saying's."""
    return (
        [c for c in saying.children if c.dep_ == "ccomp"]
        + [
            c
            for adverb in saying.children
            if adverb.dep_ == "advmod" and adverb.i > saying.i
            for c in adverb.children
            if c.dep_ == "ccomp"
        ]
        + [
            c
            for prep in saying.children
            if prep.dep_ == "prep" and prep.i > saying.i
            for noun in prep.children
            if noun.dep_ == "pobj"
            for c in noun.children
            if c.dep_ in ("relcl", "acl") and _complement_marked(c)
        ]
    )


def _complement_marked(clause: Token) -> bool:
    """A clause opened by the conjunction "that" with a subject of its own: a that-clause,
    whatever noun the parser hung it on ("a report that ..." is no relative "that" then)."""
    return any(
        c.lower_ == "that" and (c.dep_ == "mark" or c.pos_ == "SCONJ") for c in clause.children
    ) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _wrongs_said(saying: Token) -> list[Token]:
    """The wrongs a verb of saying reports: its that-clauses and those coordinated with them.
    An armed act counts only in a clause told after the saying ("Kyiv said Russian troops had
    fired on ..."): one the saying trails ("Russia fired missiles at Kyiv, officials said") is
    the news itself, sourced, and no accusation."""
    out: list[Token] = []
    for child in _that_clauses(saying):
        for clause in arg.with_conjuncts(child) + shown(child) + _assured(child):
            wrong = _is_wrong(clause) or (_armed(clause) and clause.i > saying.i)
            if clause.pos_ in ("VERB", "AUX") and wrong and not _hedged(clause):
                out.append(clause)
    return out


# "said it was confident Iran had carried out the attack": the speaker's certainty is the
# speaker's assertion of the inner clause. So is a told likelihood: "said it was highly likely
# that Iran had attacked the ship", "it was clear that ..." (a hedge of likelihood still charges;
# "possible" is speculation and stays out, as do "unlikely" and a negated "not clear whether").
ASSURED = words("confident certain sure convinced likely clear evident obvious apparent")
# Weakened likelihoods: "less likely", "hardly clear".
WEAKENING = words("less least hardly scarcely not")
# Held evidence asserts what it shows: "said the North had clear evidence that the South's
# military was behind the flights", "said there was solid evidence that ...", "found reasonable
# grounds to believe that ...". Only holding, finding or there being it: "demanded evidence
# that ..." asks for it and asserts nothing.
EVIDENCE = words("evidence proof ground indication")
HOLDING_EVIDENCE = words("have be find see gather collect obtain possess uncover cite")
# "no evidence", "little evidence", "insufficient proof": evidence denied.
SCANT = words("no little scant insufficient inconclusive")
# "grounds to believe that ...": the belief's clause is what the grounds show.
BELIEVING = words("believe suspect conclude")


def _assured(clause: Token) -> list[Token]:
    """The clause a told certainty, likelihood or held evidence asserts: "(said) Washington was
    confident (that) Iran had carried out the attack", "it was highly likely that Iran had
    attacked", "the North had clear evidence that the South was behind the flights" give the
    inner verb. Only when the holding clause itself is not hedged."""
    if _hedged(clause):
        return []
    lemma = clause.lemma_.lower()
    out: list[Token] = []
    if lemma == "be":
        out += [
            inner
            for adj in clause.children
            if adj.dep_ == "acomp"
            and adj.lemma_.lower() in ASSURED
            and not any(c.dep_ in ("neg", "advmod") and c.lower_ in WEAKENING for c in adj.children)
            for inner in (*adj.children, *clause.children)
            if inner.dep_ == "ccomp"
        ]
    if lemma in HOLDING_EVIDENCE:
        out += [inner for b in _grounds_to_believe(clause) for inner in _that_clauses(b)]
        out += [
            inner
            for noun in _evidence(clause)
            for inner in noun.children
            if not _believing(inner)
            and (
                inner.dep_ in ("acl", "ccomp")
                or (inner.dep_ == "relcl" and _complement_marked(inner))
            )
        ]
    return out


def _evidence(clause: Token) -> list[Token]:
    """The evidence a clause holds, not denied or called scant ("no evidence", "little proof")."""
    return [
        noun
        for noun in clause.children
        if noun.dep_ in ("dobj", "attr")
        and noun.lemma_.lower() in EVIDENCE
        and not any(c.lower_ in SCANT for c in noun.children if c.dep_ in ("det", "amod"))
    ]


def _believing(clause: Token) -> bool:
    """ "grounds to believe that ...": an unnegated belief the evidence gives reason for."""
    return (
        clause.dep_ in ("acl", "relcl", "advcl", "xcomp")
        and clause.lemma_.lower() in BELIEVING
        and arg.to_infinitive(clause)
        and not any(c.dep_ == "neg" for c in clause.children)
    )


def _grounds_to_believe(clause: Token) -> list[Token]:
    """The beliefs a clause holding evidence gives grounds for: "found reasonable grounds to
    believe that ..." gives "believe", hung on the noun or (by the parser) on the clause."""
    if clause.lemma_.lower() not in HOLDING_EVIDENCE or _hedged(clause):
        return []
    evidence = _evidence(clause)
    hosts = [*evidence, clause] if evidence else []
    return [b for host in hosts for b in host.children if _believing(b)]


def _beliefs(saying: Token) -> list[Token]:
    """The beliefs a saying's evidence gives grounds for: "said there were reasonable grounds
    to believe that ..." gives "believe", whose own clause `_mistagged_bearers` may read."""
    return [b for clause in _that_clauses(saying) for b in _grounds_to_believe(clause)]


# How the name before a mistagged "bore" hangs: as its modifier ("Kiev bore responsibility" read
# as one noun phrase) or, when "bore" kept its verb tag but became a compound, as its subject.
_BEARER_DEPS = frozenset({"compound", "amod", "nmod", "nsubj"})


def _mistagged_bearers(saying: Token) -> list[Token]:
    """Who "bore responsibility" when the tagger read "bore" as a noun: "said that Kiev bore
    responsibility" parses as one noun phrase "Kiev bore responsibility", the saying's clause
    or object, with "bore" and "Kiev" its modifiers. The name before "bore" is the one blamed."""
    out: list[Token] = []
    for noun in saying.children:
        if noun.dep_ not in ("ccomp", "dobj") or noun.pos_ != "NOUN" or noun.i < saying.i:
            continue
        if noun.lemma_.lower() not in WRONG_WITH["bear"]:
            continue
        bores = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.lower_ == "bore"]
        if not bores or any(c.lower_ in ("no", "neither", "not") for c in noun.subtree):
            continue
        if _duty(noun):
            continue
        modifiers = [*noun.children, *bores[0].children]
        out += [
            named
            for m in modifiers
            if m.dep_ in _BEARER_DEPS and m.i < bores[0].i and m.text[:1].isupper()
            for named in arg.with_conjuncts(m)  # "that Kiev and Minsk bore responsibility"
        ]
    return out


def _duty(noun: Token) -> bool:
    """Responsibility for a task, no blame: "bore responsibility for resolving the dispute".
    A "for" that takes an act ("-ing") that is no wrong names a duty."""
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and c.dep_ == "pcomp" and not _is_wrong(c)
        for p in noun.children
        for c in p.children
    )


def _named_wrongs(saying: Token, index: ActorIndex) -> list[Ref]:
    """Doers of wrongs a that-clause names as nouns: "there were clear signs of war crimes by
    the Russian army", "evidence tying Indian agents to killings"."""
    out: list[Ref] = []
    clauses = [c for child in _that_clauses(saying) for c in (child, *child.conjuncts)]
    for clause in clauses:
        if _hedged(clause):
            continue
        for tok in clause.subtree:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in WRONG_NOUNS:
                hosts = [tok]
                if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                    hosts.append(tok.head.head)  # "signs of war crimes by the army"
                doers = arg.prep_objects(hosts, ("by",))
                out += [r for d in doers for r in index.refs(d, possessor=True)]
            elif (
                tok.pos_ == "VERB"
                and lemma in TYING
                and any(t.lemma_.lower() in WRONG_NOUNS for t in arg.prep_objects([tok], ("to",)))
            ):
                objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
                out += [r for o in objects for r in index.refs(o, possessor=True)]
    return out


def _reading(
    trigger: Token, speakers: list[Ref], doers: list[Ref], frame: Frame = _FRAME
) -> Reading | None:
    status = verb_status(trigger)
    if status is None:
        return None
    return Reading(frame, trigger, (trigger,), status, _STRENGTH, speakers, doers)


def _readings(doc: Doc, index: ActorIndex) -> list[Reading]:
    out: list[Reading] = []
    for tok in doc[index.dateline_end :]:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB":
            continue
        according = _according_to(tok)
        if according and _is_wrong(tok) and not _hedged(tok):
            # "According to Kyiv, Russian forces shelled the city": the source accuses
            speakers = [r for s in according for r in index.refs(s)]
            doers = _doers(tok, index)
        elif lemma in SAYING:
            said_by = _relative_speaker(tok) or grammatical_subjects(tok)
            speakers = [r for s in said_by for r in index.refs(s)]
            doers = [d for w in _wrongs_said(tok) for d in _doers(w, index)]
            doers += _named_wrongs(tok, index)
            bearers = [b for t in (tok, *_beliefs(tok)) for b in _mistagged_bearers(t)]
            doers += [r for b in bearers for r in index.refs(b, possessor=True)]
        elif lemma in HOLDING and (blamed := _held_states(tok)):
            speakers = [r for s in passives.logical_source(tok) for r in index.refs(s)]
            held = passives.logical_objects(tok) + [
                s
                for state in blamed
                for c in state.children
                if c.dep_ == "nsubj"
                for s in arg.with_conjuncts(c)
            ]
            doers = [r for o in held for r in index.refs(o, possessor=True)]
        else:
            continue
        if speakers and doers:
            reading = _reading(tok, speakers, doers)
            if reading is not None:
                out.append(reading)
        if lemma in SAYING and speakers:
            faulted = [w for w in _said(tok, words("make")) if _made_fault(w)]
            abusers = [d for w in _said(tok, INSULTS) + faulted for d in _doers(w, index)]
            abuse = _reading(tok, speakers, abusers, _ABUSE) if abusers else None
            out += [abuse] if abuse is not None else []
    return out


def _relative_speaker(saying: Token) -> list[Token]:
    """Who "it" is in a saying on what it acted on: "expelled a diplomat it said was a spy",
    "NATO's expulsion of officials it said were intelligence officers" give the expeller."""
    if saying.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in saying.children
    ):
        return []
    noun = saying.head
    if noun.dep_ == "dobj":
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return [c for c in noun.head.head.children if c.dep_ == "poss"]
    return []


def _held_states(hold: Token) -> list[Token]:
    """The blame a "hold" puts on someone: "held Israel responsible". The parser may make the
    one held the subject of the adjective ("hold Russia responsible": Russia nsubj of a ccomp),
    so `reported_accusations` takes that subject as the one held too."""
    return [
        c
        for c in hold.subtree
        if (c.head.i == hold.i or c.head.head.i == hold.i)
        and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
        and c.lemma_.lower() in WRONG_STATES
    ]


def _according_to(verb: Token) -> list[Token]:
    """The source an "according to X" phrase on the verb names."""
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "according"
        for to in c.children
        if to.lower_ == "to"
        for p in to.children
        if p.dep_ == "pobj"
    ]


def _made_fault(verb: Token) -> bool:
    """ "had made a grave mistake": the verb's object is a fault."""
    return any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in FAULTS for c in verb.children)


def _said(saying: Token, lemmas: frozenset[str]) -> list[Token]:
    """The that-clauses of a verb of saying whose verb is one of `lemmas`, not hedged."""
    return [
        clause
        for child in _that_clauses(saying)
        for clause in arg.with_conjuncts(child)
        if clause.lemma_.lower() in lemmas and not _hedged(clause)
    ]


def reported_accusations(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ACCUSED facts: who said another did a wrong, or held them responsible for one; and
    CONDEMNED facts: who said another insulted or betrayed someone."""
    out: list[Fact] = []
    for reading in _readings(doc, index):
        for s in reading.sources:
            for t in reading.targets:
                if own_side(index, s.actor_id, t.actor_id):
                    continue
                conf = confidence(reading.strength, s, t)
                kind = reading.frame.type
                out.append(Fact(s.actor_id, kind, t.actor_id, reading.status, conf, reading))
    return out


# Faults of character or conduct, not deeds: accusing someone of them is criticism.
FAILINGS = words(
    "incompetence ineptitude weakness cowardice hypocrisy arrogance negligence failure betrayal"
)


def failings_condemned(facts: list[Fact]) -> list[Fact]:
    """ "accusing them of incompetence": a fault, not an act, so a condemnation too
    (ANNOTATION.md: general criticism is CONDEMNED)."""
    out: list[Fact] = []
    for fact in facts:
        trigger = fact.reading.trigger
        if fact.type is not RelationType.ACCUSED or trigger.lemma_.lower() != "accuse":
            continue
        if any(o.lemma_.lower() in FAILINGS for o in arg.prep_objects([trigger], ("of",))):
            kind = RelationType.CONDEMNED
            out.append(
                Fact(fact.source, kind, fact.target, fact.status, fact.confidence, fact.reading)
            )
    return out
