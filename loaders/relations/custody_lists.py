"""The named members of a group of prisoners the text says was freed or held.

Release stories count the freed first and name them after: "Venezuela freed seven jailed
Americans ... The Americans released were A, B and C", "Egypt freed 40 political prisoners.
Among them were activists A and B", "Many of those freed, including A and B, had spent ...",
"They included A". The names sit in a clause of their own (a copula, "include", "including")
that says nothing of custody, so no verb of freeing reaches them; the group does.

A list clause ties names to a group: "<group> were/included <names>", "Among <group> were
<names>", "<group>, including <names>". The group's act is the freeing or holding that made it a
group: a participle on the group itself ("the Americans released", "those freed", "jailed
activists"), or, for "they"/"them" and "the 222 prisoners", the act on the earlier group the
pronoun or the same noun takes up. The doer is that act's state or body; an act with no doer
("those freed") is the doer of the story's latest act of the same kind on a group ("freed by
Ortega's government"). Nothing is read for a group no act names ("the victims included").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex, Ref
from loaders.relations.derive import handed_on
from loaders.relations.facts import Fact, confidence
from loaders.relations.law_forces import bare_law_force
from loaders.relations.lexicon import words
from loaders.relations.police_agents import placed_doers_state
from loaders.relations.prisoner_groups import same_noun_listed
from loaders.relations.story_jailer import lone_jailer
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.frames_apply import Reading

_LISTING = words("be include comprise")
_QUANTIFIERS = words("most many some all several dozens hundreds")
_HOLDERS = frozenset({"COUNTRY", "ORGANIZATION"})
_CUSTODY = frozenset({RelationType.RELEASED, RelationType.DETAINED})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "prep"})
_ADJUNCTS = frozenset({"prep", "agent", "advmod", "npadvmod", "mark"})
_STRENGTH = 0.6
_LISTED = frozenset({"npadvmod", "appos", "dobj", "attr", "conj", "dep"})
"""How the parse hangs the names after "among them" when the cue hangs on the verb."""
_FREED = frozenset({"freed", "released", "pardoned"})
"""Participles of freeing the parser may read as a noun after "those"."""


@dataclass(frozen=True, slots=True)
class _Act:
    """A freeing or holding whose patient is a group: "freed 40 prisoners", "those freed"."""

    reading: Reading
    group: Token
    holders: list[Ref]

    @property
    def at(self) -> int:
        """Where the group is in the article (the lede is read as a Doc of its own)."""
        return self.reading.offset + self.group.idx

    @property
    def done_at(self) -> int:
        return self.reading.offset + self.reading.trigger.idx


def _is_group(tok: Token) -> bool:
    """A plural noun of people or "those": "prisoners", "Americans", "five Britons", "those
    freed" (a counted demonym may be tagged singular)."""
    counted = tok.text.endswith("s") and any(c.dep_ == "nummod" for c in tok.children)
    return tok.tag_ in ("NNS", "NNPS") or counted or tok.lower_ == "those"


def _group_acts(readings: list[Reading], index: ActorIndex) -> list[_Act]:
    out: list[_Act] = []
    for reading in readings:
        trigger = reading.trigger
        if reading.frame.type not in _CUSTODY or trigger.pos_ != "VERB":
            continue
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if trigger.dep_ in ("acl", "amod"):
            patients.append(trigger.head)
        if trigger.dep_ == "acomp":  # "Several Americans remain jailed in Russia"
            patients += [c for c in trigger.head.children if c.dep_ == "nsubj"]
        holders = [r for r in reading.sources if index.kind(r.actor_id) in _HOLDERS]
        out += [_Act(reading, p, holders) for p in patients if _is_group(p)]
    return out


def _antecedent(group: Token) -> Token:
    """ "they", "them": the group the sentence before is about, its subject ("Most of those
    freed were ...", "The 222 prisoners landed ...") or else its object ("Cuba freed 30
    prisoners"); a quantifier's "of" object stands for it."""
    if group.lower_ not in ("they", "them"):
        return group
    doc = group.doc
    start = group.sent.start
    if start == 0:
        return group
    sentence = doc[start - 1].sent
    for deps in (("nsubj", "nsubjpass"), ("dobj",)):
        for tok in (t for t in sentence if t.dep_ in deps and t.head.dep_ == "ROOT"):
            if tok.lemma_.lower() in _QUANTIFIERS:
                tok = next((p for c in tok.children if c.lower_ == "of" for p in c.children), tok)
            if _is_group(tok):
                return tok
    return group


def _act_of(group: Token, acts: list[_Act]) -> _Act | None:
    """The act that made `group` a group: on the group itself, else the latest earlier act
    on a group of the same noun ("the 222 prisoners" after "222 prisoners freed by ...")."""
    group = _antecedent(group)
    own = [a for a in acts if a.at == group.idx]
    if own:
        return own[0]
    lemma = group.lemma_.lower()
    earlier = [a for a in acts if a.at < group.idx and a.group.lemma_.lower() == lemma]
    return earlier[-1] if earlier and lemma != "those" else None


def _freed_as_noun(group: Token, acts: list[_Act]) -> _Act | None:
    """ "Among those freed were A and B", where the parser reads "freed" as the noun "those"
    determines, so no reading of freeing stands on it: the latest earlier act on a group that
    names its doer, a freeing or else a holding ("215 prisoners held by Russia"): only the
    holder can free its prisoners."""
    if group.lower_ not in _FREED or not any(c.lower_ == "those" for c in group.lefts):
        return None
    earlier = [a for a in acts if a.holders and a.at < group.idx]
    freed = [a for a in earlier if a.reading.frame.type is RelationType.RELEASED]
    held = [a for a in earlier if a.reading.frame.type is RelationType.DETAINED]
    chosen = freed or held
    return chosen[-1] if chosen else None


def _holders(act: _Act, acts: list[_Act]) -> list[Ref]:
    """The act's state or body; for an act without a doer, the latest earlier one of the same
    kind on a group that has one. A release with no earlier freer is by whoever the story
    said held a group ("won the release of 215 prisoners held by Russia ... Among those freed
    were A and B"): only the holder can free its prisoners."""
    if act.holders:
        return act.holders
    kind = act.reading.frame.type
    earlier = [a for a in acts if a.holders and a.done_at < act.done_at]
    done = [a for a in earlier if a.reading.frame.type is kind]
    if not done and kind is RelationType.RELEASED:
        done = [a for a in earlier if a.reading.frame.type is RelationType.DETAINED]
    return done[-1].holders if done else []


def _named(head: Token, index: ActorIndex) -> list[Ref]:
    """The people a list names: every person in the phrase, not those of clauses inside it."""
    out: list[Ref] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out += [r for r in index.refs(tok) if index.kind(r.actor_id) == "PERSON"][:1]
        stack += [c for c in tok.children if c.dep_ not in _CLAUSES]
    return list({r.actor_id: r for r in reversed(out)}.values())[::-1]


def _list_clauses(doc: Doc) -> list[tuple[Token, list[Token]]]:
    """(group, phrases holding the names) of each clause naming a group's members: what
    follows "were"/"included" ("The Americans released were A, B and C", "Among them were
    activists A and B"; the parse often breaks such lists, so every phrase after the verb),
    and the objects of "including"."""
    out: list[tuple[Token, list[Token]]] = []
    for verb in doc:
        if verb.lemma_.lower() not in _LISTING or any(c.dep_ == "neg" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        among = [p for c in verb.children if c.lower_ == "among" for p in c.children]
        after = [c for c in verb.rights if c.pos_ not in ("VERB", "AUX", "PUNCT", "CCONJ")]
        after = [c for c in after if c.dep_ not in _ADJUNCTS]
        if among and subjects:  # "Among them were activists A and B"
            if among[0].i < verb.i < subjects[0].i:
                out.append((among[0], subjects[:1]))
        elif subjects and (_is_group(subjects[0]) or subjects[0].lower_ == "they"):
            out.append((subjects[0], after))  # "The Americans released were A, B"
    for prep in doc:
        if prep.lower_ == "including" and prep.dep_ == "prep":
            group = _participle_group(prep)
            if group is not None:
                out.append((group, [p for p in prep.children if p.dep_ == "pobj"]))
    return out


def _participle_group(prep: Token) -> Token | None:
    """ "those freed by the junta, including A": the group before "including" that a custody
    participle marks, in the same sentence."""
    for tok in reversed(prep.doc[prep.sent.start : prep.i]):
        if _is_group(tok) and any(c.dep_ in ("acl", "amod") for c in tok.children):
            return tok
    return None


def _among_them(doc: Doc, acts: list[_Act]) -> list[tuple[Token, list[Token]]]:
    """ "agreed to release 20 Venezuelans, among them A, a co-founder of ...", "Several
    Americans remain jailed in Russia, among them A": (the group freed or held before the cue
    in its sentence, the name the cue introduces)."""
    out: list[tuple[Token, list[Token]]] = []
    patients = {a.at for a in acts}
    for prep in doc:
        if prep.lower_ != "among" or not any(c.lower_ == "them" for c in prep.children):
            continue
        on_act = [a for a in acts if a.reading.trigger.i == prep.head.i]
        if on_act and on_act[0].reading.trigger.doc is doc:
            # "detained hundreds of politicians, among them ministers A and B": the cue hangs
            # on the verb, the names follow it
            names = [c for c in prep.head.rights if c.i > prep.i and c.dep_ in _LISTED]
            out += [(on_act[0].group, names)] if names else []
            continue
        if prep.head.pos_ != "PROPN" or prep.head.i < prep.i:
            continue  # "Among them were ...": a clause of its own (`_list_clauses`)
        groups = [t for t in doc[prep.sent.start : prep.i] if t.idx in patients]
        if groups:
            out.append((groups[-1], [prep.head]))
    return out


def _actor_of(tok: Token, index: ActorIndex) -> tuple[str, str, str] | None:
    """(actor id, kind, title) of the name at a token, as prisoner_groups reads names."""
    ref = index.direct(tok)
    if ref is None:
        return None
    return ref.actor_id, index.kind(ref.actor_id) or "", index.title(ref.actor_id)


def _counted_back(acts: list[_Act], index: ActorIndex) -> list[Fact]:
    """ "The five Citgo executives were arrested in Caracas": a counted group named earlier
    by the same noun with its members' names ("Citgo executives A, B, C, D and E")."""
    out: list[Fact] = []
    for act in acts:
        if len(act.holders) != 1:
            continue
        members = same_noun_listed(act.group, lambda t: _actor_of(t, index))
        people = [r for m in members for r in index.refs(m)[:1]]
        (holder,) = act.holders
        kind, status = act.reading.frame.type, act.reading.status
        for person in people:
            conf = confidence(_STRENGTH, person)
            out.append(Fact(holder.actor_id, kind, person.actor_id, status, conf, act.reading))
    return out


def _doerless(act: _Act) -> bool:
    """A holding that names no doer, or only a bare force of law ("those detained", "police
    detained hundreds"): the story's jailer may stand for it."""
    if act.reading.frame.type is not RelationType.DETAINED or act.reading.sources:
        return False
    if act.group.lower_ in _FREED:
        return False
    doers = passives.logical_source(act.reading.trigger)
    return all(bare_law_force(d) for d in doers)


def _placed_holder(act: _Act, index: ActorIndex) -> Ref | None:
    """ "Police in Belarus detained hundreds of people, among them A": the state a force of law
    placed in it stands for, as the holder of a group the act names no actor doing."""
    if act.reading.frame.type is not RelationType.DETAINED:
        return None
    state = placed_doers_state(act.reading.trigger)
    if state is None:
        return None
    return Ref(state, "name", passives.logical_source(act.reading.trigger)[0].i)


def listed_custody(
    readings: list[Reading], doc: Doc, index: ActorIndex, facts: list[Fact] | None = None
) -> list[Fact]:
    """RELEASED and DETAINED facts for the named members of a freed or held group. A holding
    of a group that names no doer and follows no earlier one that does ("Among those detained
    were A and B") is the story's one jailer's (`story_jailer.lone_jailer`), for each member
    the story gives no other holder."""
    acts = _group_acts(readings, index)
    out: list[Fact] = _counted_back(acts, index)
    lone = lone_jailer(readings, facts or [], index)
    for group, heads in _list_clauses(doc) + _among_them(doc, acts):
        act = _act_of(group, acts) or _freed_as_noun(group, acts)
        if act is None:
            continue
        holders = _holders(act, acts)
        placed = _placed_holder(act, index)
        if not holders and placed is not None:
            holders = [placed]
        if not holders and lone is not None and _doerless(act):
            jailer, admits = lone
            for person in [p for head in heads for p in _named(head, index)]:
                if not admits(person.actor_id):
                    continue
                conf = confidence(_STRENGTH - 0.1, person)
                fact = Fact(
                    jailer,
                    act.reading.frame.type,
                    person.actor_id,
                    act.reading.status,
                    conf,
                    act.reading,
                )
                if not handed_on(fact, index):
                    out.append(fact)
            continue
        if len(holders) != 1:
            continue  # "released by Russia and Belarus": who held whom is not said
        kind = RelationType.RELEASED if group.lower_ in _FREED else act.reading.frame.type
        for person in [p for head in heads for p in _named(head, index)]:
            for holder in holders:
                conf = confidence(_STRENGTH, person)
                status = act.reading.status
                out.append(Fact(holder.actor_id, kind, person.actor_id, status, conf, act.reading))
    return out
