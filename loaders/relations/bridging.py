"""Whose launch did Seoul and Tokyo condemn? The one the story told of before.

A condemnation's target is often a definite event noun with no owner ("the launch", "the
offensive", "the assault"). It refers back to the latest earlier report of that event ("North
Korea fired an ICBM", "Azerbaijan launched a military offensive", "in its first direct assault"),
whose actor is the one condemned. Only event nouns, only with "the"/"this", only backwards:
within a few sentences, or in the lede (the story's own event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.modality import CONDITION_MARKS, is_question, noun_status, verb_status
from loaders.relations.noun_verbs import governing_verb, light_verb
from loaders.relations.own_side import state_and_its_own

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex

# not "vote": "condemned the vote" on a board's resolution is no act of those who voted against
_BALLOT = frozenset({"election", "reelection", "re-election", "poll", "win"})
# An event noun, and the words an earlier report of the same event may use.
_SAME_EVENT: dict[str, frozenset[str]] = {
    "launch": frozenset({"launch", "fire", "test"}),
    "test": frozenset({"test", "fire", "launch"}),
    "offensive": frozenset({"offensive", "attack", "operation", "assault"}),
    # "Israeli forces intercepted the boats ... described the operation as an act of terrorism"
    "operation": frozenset(
        {"operation", "offensive", "attack", "strike", "raid", "pound", "intercept", "board"}
    ),
    "interception": frozenset({"interception", "intercept", "board"}),
    # "Iran launched missiles at ...; Islamabad condemned the strike": a strike told as launched
    "attack": frozenset({"attack", "strike", "assault", "offensive", "launch", "fire"}),
    "strike": frozenset({"strike", "attack", "airstrike", "launch", "fire"}),
    "assault": frozenset({"assault", "attack", "fire"}),
    "invasion": frozenset({"invasion", "invade"}),
    "incursion": frozenset({"incursion"}),
    "bombing": frozenset({"bombing", "bomb"}),
    "annexation": frozenset({"annexation", "annex"}),
    "drill": frozenset({"drill", "exercise"}),
    "killing": frozenset({"killing", "kill", "assassination", "execution", "execute"}),
    # "police forced their way into the embassy": a raid, a storming
    "raid": frozenset({"raid", "strike", "attack", "pound", "storm", "force"}),
    "storming": frozenset({"storming", "storm", "raid", "force"}),
    "airstrike": frozenset({"airstrike", "strike"}),
    # a plane forced down: the one who forced it, not the plane ("forced a jet to land")
    "landing": frozenset({"force"}),
    "diversion": frozenset({"divert", "force"}),
    "targeting": frozenset({"target", "strike", "attack"}),
    "shelling": frozenset({"shelling", "shell"}),
    "seizure": frozenset({"seizure", "seize"}),
    # acts named by their nominalisation: "Iran executed X ... condemned the execution"
    "execution": frozenset({"execution", "execute", "hanging", "hang"}),
    "hanging": frozenset({"hanging", "hang", "execution", "execute"}),
    "deployment": frozenset({"deployment", "deploy", "send", "dispatch"}),
    "order": frozenset({"order"}),
    "sanction": frozenset({"sanction"}),
    "expulsion": frozenset({"expulsion", "expel"}),
    "arrest": frozenset({"arrest", "detention", "detain"}),
    "detention": frozenset({"detention", "arrest", "detain"}),
    # "the government had decided to end relations ... called the decision ill-considered":
    # the decision of whoever last decided (not of whoever last announced or ordered: a story
    # tells of many announcements, and its lede's act, story_act.py, is the better guess)
    "decision": frozenset({"decision", "decide"}),
    "ban": frozenset({"ban"}),
    # "Russia vetoed the draft ... condemned the veto"
    "veto": frozenset({"veto"}),
    # "the army seized power ... condemned the takeover", "denounced the coup"
    "takeover": frozenset({"takeover", "coup", "topple", "oust", "overthrow"}),
    "coup": frozenset({"coup", "takeover", "topple", "oust", "overthrow"}),
    "putsch": frozenset({"putsch", "coup", "takeover", "topple", "oust", "overthrow"}),
    # "soldiers mutinied and detained the president ... France condemned the mutiny"
    "mutiny": frozenset({"mutiny", "coup", "takeover", "topple", "oust", "overthrow"}),
    # "Russian troops detained the mayor ... Kyiv denounced the abduction": the victim's side
    # names a detention an abduction
    "abduction": frozenset({"abduction", "kidnapping", "abduct", "kidnap", "detain"}),
    "kidnapping": frozenset({"kidnapping", "abduction", "kidnap", "abduct", "detain"}),
    # "the bloc imposed sanctions ... the junta condemned the measures"
    "measure": frozenset({"measure", "sanction", "tariff", "impose"}),
    # "Maduro won a second term ... called the election a sham": an election is the act of
    # the one who won it or whose it was ("his disputed re-election")
    "election": _BALLOT,
    "reelection": _BALLOT,
    "poll": _BALLOT,
}
# Verbs that tell of the act only with an object of a kind: "sent troops" is a deployment,
# "sent a letter" is not.
_ONLY_WITH: dict[str, frozenset[str]] = {
    "send": frozenset({"troop", "soldier", "force", "unit", "warship", "fighter", "personnel"}),
    "dispatch": frozenset({"troop", "soldier", "force", "unit", "warship", "fighter"}),
}
# What is fired, not who fires: "Missiles struck cities" names no other doer of the strike.
_INSTRUMENTS = frozenset(
    {"missile", "rocket", "drone", "shell", "bomb", "projectile", "munition", "warhead"}
)
# Machines of war a state's adjective may own: "an Israeli tank fired", "Russian jets struck".
_WAR_MACHINES = _INSTRUMENTS | frozenset(
    {"tank", "jet", "warplane", "aircraft", "helicopter", "warship", "gunboat", "artillery"}
)
# Acts done to a person, whose owner without an "of" phrase is the one it was done to:
# "Akbari's execution", "Navalny's arrest", "the Khashoggi killing" (not "Iran's execution of").
_DONE_TO = frozenset(
    {
        "execution",
        "hanging",
        "killing",
        "assassination",
        "arrest",
        "detention",
        "abduction",
        "kidnapping",
        "expulsion",
    }
)
_WINDOW = 8  # sentences
_ANSWERING = frozenset({"retaliation", "response", "revenge", "reprisal"})


def _nobody(_actor_id: str) -> bool:
    return False


_PENDING_AUX = frozenset({"will", "would", "'ll", "may", "might", "could", "should", "must"})


def _decision_pending(tok: Token) -> bool:
    """ "judges will now decide whether to issue the warrants": a decision still to be taken
    is no earlier report of "the decision"."""
    return tok.lemma_.lower() == "decide" and any(
        (c.dep_ == "aux" and c.lower_ in _PENDING_AUX)
        or any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
        or c.lower_ == "whether"
        for c in tok.children
    )


def _tells_of(tok: Token, same: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in same or tok.pos_ not in ("VERB", "NOUN") or _decision_pending(tok):
        return False
    kinds = _ONLY_WITH.get(lemma)
    if kinds is None:
        return True
    objects = passives.logical_objects(tok)  # "sent thousands of soldiers": the "of" phrase too
    return any(o.lemma_.lower() in kinds for o in objects + arg.prep_objects(objects, ("of",)))


def event_word(noun: Token) -> str:
    """The event noun's word: its lemma, or for a gerund the parser tagged as a verb ("called
    the hanging a cowardly act": "hanging" a VBG with "the") the "-ing" noun itself."""
    if noun.tag_ == "VBG" and any(c.dep_ == "det" for c in noun.children):
        return noun.lower_
    return noun.lemma_.lower()


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _doers(tok: Token, index: ActorIndex) -> list[Ref]:
    """Who did an earlier reported event: a verb's subject, a noun's owner or light verb's."""
    if tok.pos_ == "VERB":
        subjects = passives.logical_source(tok)
        return [r for s in subjects for r in index.refs(s) or _armed_by(s, index)]
    owners = [
        r for c in tok.children if c.dep_ in ("poss", "compound", "amod") for r in index.refs(c)
    ]
    if _done_to_owner(tok):
        owners = [r for r in owners if index.kind(r.actor_id) != "PERSON"]
    owners += [r for p in arg.prep_objects([tok], ("by",)) for r in index.refs(p)]
    if owners:
        return owners
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        # "Iran fired missiles in its first direct assault": the clause's subject is its owner
        governed = governing_verb(tok)
        return [r for s in governed[1] for r in index.refs(s)] if governed is not None else []
    lv = light_verb(tok)
    return [r for s in passives.logical_source(lv) for r in index.refs(s)] if lv is not None else []


def _done_to_owner(noun: Token) -> bool:
    """A person owning an act done to people, with no "of" phrase saying to whom, is the one it
    was done to: "Akbari's execution" tells of Iran's act, not of Akbari's."""
    return noun.lemma_.lower() in _DONE_TO and not arg.prep_objects([noun], ("of",))


def _armed_by(subject: Token, index: ActorIndex) -> list[Ref]:
    """The state a machine of war belongs to, told by its modifier: "an Israeli tank fired at
    the tower" is Israel's fire. A machine with no owner named names no doer."""
    if subject.lemma_.lower() not in _WAR_MACHINES:
        return []
    owners = [c for c in subject.children if c.dep_ in ("amod", "compound", "poss")]
    found = [r for c in owners for r in index.refs(c)]
    states = {index.demonym_state(c) for c in owners if c.pos_ == "ADJ"}
    return found or [Ref(s, "demonym", subject.i) for s in sorted(x for x in states if x)]


def told_as_fact(tok: Token) -> bool:
    """A report of the act, not a question or a hypothetical: "asked whether he would back an
    Israeli strike" tells of no strike, so it is no earlier report of "the attack"."""
    if tok.pos_ == "VERB":
        return verb_status(tok) is not None
    if noun_status(tok) is None:
        return False
    verb = arg.clause_verb(tok)  # "could not condemn Iran's attack" still tells of the attack
    return verb is None or not _hypothetical(verb)


def _hypothetical(verb: Token) -> bool:
    """The clause, or one it hangs in, is a condition, a question or a "would"."""
    tok = verb
    for _ in range(4):
        if is_question(tok) or any(
            (c.dep_ == "mark" and c.lower_ in CONDITION_MARKS)
            or (c.dep_ == "aux" and c.lower_ in ("would", "'d"))
            for c in tok.children
        ):
            return True
        if tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or tok.head is tok:
            return False
        tok = tok.head
    return False


def background(tok: Token) -> bool:
    """A report told as the background of another: in a relative clause ("who died in an
    Israeli strike") or as what an act answers ("in retaliation for American strikes")."""
    return any(a.dep_ == "relcl" or a.lemma_.lower() in _ANSWERING for a in (tok, *tok.ancestors))


def _names_someone_else(tok: Token) -> bool:
    """A verb report whose doer is named but is no actor ("gunmen attacked a convoy"): the
    latest act of that kind is someone we cannot name, so no earlier act stands in for it. A
    weapon or machine of war told as the subject ("missiles struck the city", "a tank fired")
    names no doer at all."""
    if tok.pos_ != "VERB":
        return False
    subjects = passives.logical_source(tok)
    return any(s.lemma_.lower() not in _WAR_MACHINES for s in subjects)


def _reports(noun: Token, index: ActorIndex) -> list[Token]:
    """The tokens before `noun` that may tell of its event, latest first: the window's, then the
    lede's (the story's own event, however far back the lede is)."""
    same = _SAME_EVENT[event_word(noun)]
    doc = noun.doc
    start = noun.sent.start
    for _ in range(_WINDOW):
        if start > 0:
            start = doc[start - 1].sent.start
    lede = doc[index.dateline_end].sent if len(doc) > index.dateline_end else None
    earlier = list(reversed(doc[start : noun.i]))
    if lede is not None and lede.end <= start:
        earlier += reversed(lede)
    return [t for t in earlier if _tells_of(t, same) and told_as_fact(t)]


def _own_phrase_doers(noun: Token) -> bool:
    """ "the airstrikes by Syria", "the strikes carried out by the rebels": the noun names its
    doers itself, whoever they are."""
    described = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    return bool(arg.prep_objects([noun, *described], ("by",)))


def _a_coup(noun: Token) -> bool:
    """ "the coup", "the takeover", "the seizure of power": in a story of a coup, the act of the
    military that seized power (loaders/actors/coup_militaries), however the parse hung the
    lede's "seized power"."""
    lemma = noun.lemma_.lower()
    if lemma == "seizure":
        return any(o.lemma_.lower() == "power" for o in arg.prep_objects([noun], ("of",)))
    return lemma in ("coup", "takeover", "putsch", "mutiny")


def _bridge(
    noun: Token, index: ActorIndex, named: bool, own: Callable[[str], bool]
) -> list[Ref] | None:
    """The doers of the one earlier act `noun` takes up; [] when none is told; None when the
    story does not say which: two doers of that kind of act, or the latest one unnamed."""
    if event_word(noun) not in _SAME_EVENT or not (named or _definite(noun)):
        return []
    if _own_phrase_doers(noun):
        return None
    if index.ruling_militaries and _a_coup(noun):
        return [Ref(body, "proxy", noun.i) for body in index.ruling_militaries.values()]
    reports = _reports(noun, index)
    found = _pick([t for t in reports if not background(t)], noun, index, own)
    if found == []:  # only a background report: "the U.S., which struck Syria, ..."
        return _pick([t for t in reports if background(t)], noun, index, own)
    return found


def _pick(
    reports: list[Token], noun: Token, index: ActorIndex, own: Callable[[str], bool]
) -> list[Ref] | None:
    """The doers of the latest report, unless another report names a different doer."""
    chosen: list[Ref] = []
    told_at: Token | None = None
    for tok in reports:
        doers = [d for d in _doers(tok, index) if not own(d.actor_id)]
        if not doers:
            if told_at is None and _names_someone_else(tok) and not _doers(tok, index):
                return None
            continue
        if told_at is None:
            chosen, told_at = doers, tok
            continue
        if _one_side(doers, chosen, index):
            continue
        if noun.tag_ == "NNS" and tok.sent.start == told_at.sent.start:
            chosen = chosen + doers
            continue
        return None  # another doer of the same kind of act: which one is meant?
    return chosen


def _one_side(doers: list[Ref], chosen: list[Ref], index: ActorIndex) -> bool:
    """Two reports name the same doer, or a state and its own person or body: "Iran's
    Revolutionary Guards seized a tanker ... Iran's seizure", "Russia launched missiles ...
    Putin ordered the strikes" tell of one side's act, so they leave no doubt whose it is."""
    return any(
        d.actor_id == c.actor_id or state_and_its_own(index, d.actor_id, c.actor_id)
        for d in doers
        for c in chosen
    )


def event_owners(
    noun: Token, index: ActorIndex, *, named: bool = False, own: Callable[[str], bool] = _nobody
) -> list[Ref]:
    """The actor of the earlier event a definite event noun refers back to, or [].
    `named`: the noun is what a speaker called the event ("what he called a heinous attack"),
    which refers back whatever its article. `own`: the reacting side, whose own acts are not
    the ones it condemns.

    Only an unambiguous story answers: the latest report of that kind of act names its doer,
    and no other report in reach names a different doer ("Russian police detained activists;
    Belarusian police detained a journalist. Blinken condemned the detention": whose?); a state
    and its own leader or body are one doer ("Russia fired missiles ... Putin ordered the
    strikes"), and the latest report names it. A
    plural noun takes up several acts told in one sentence ("Israel struck Damascus and
    Turkey shelled Afrin. Egypt condemned the strikes": both)."""
    return _bridge(noun, index, named, own) or []


def undecided(
    noun: Token, index: ActorIndex, *, named: bool = False, own: Callable[[str], bool] = _nobody
) -> bool:
    """The story tells of several doers of the act `noun` takes up, or of one it does not name:
    no fallback (the lede's act, story_act.py) may answer for it either."""
    return _bridge(noun, index, named, own) is None
