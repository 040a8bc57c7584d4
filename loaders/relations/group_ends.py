"""Plural references to the parties of a meeting or a list named before: "the leaders", "the
three", "the pair", "both sides", and a sentence's "They" for the subject of the one before.

Summit stories name the parties once, often as a meeting rather than a list ("Biden hosted
Kishida and Yoon at Camp David", "Macron met Scholz in Paris"), then speak of them as a group:
"the leaders condemned ...", "The three reaffirmed their support ...", "They also condemned
...". The actor stage (actors/groups.py) and relations/groups.py read counted descriptions of a
coordinated list ("Kim and Putin ... the two men"); this module reads the rest, predictably:

- what counts as a reference: a plural noun of the group kind with only "the", "both", "all" or
  a count in front ("the leaders", "the two sides", "all three countries"; not "the leaders of
  Japan", "European leaders"), a count used as the noun ("the three", "both"), "each of them",
  and a subject "they" or object "them" whose own sentence names no plural before it
  (them_pronoun reads the rest);
- what it can stand for: a list of named actors ("X, Y and Z"), the parties of a meeting (the
  subject of "met", "hosted", "welcomed", "received", "held talks", "spoke" with its object or
  its "with" party; "was met by Kim"), for a counted pair also the two ends of a verb of
  address between people ("Xi told Albanese"), or an earlier reference of this kind;
- which one: the nearest such set in its sentence (before it) or the two sentences before, whose
  members are all of the right kind (people for leaders, states or bodies for countries, one kind
  for "the pair", "sides", "they") and as many as the count says; failing that, the subject of
  the story's first sentence ("Biden and Putin held their first summit ..."), which stays the
  story's pair throughout. "They" looks only at the subject of the sentence right before: a
  plural noun there that names nobody ("The talks lasted hours. They ...") stands for nobody,
  one that stands for one state or body ("Chinese officials said ...") for that one.

A group resolved here is each of its members: "the leaders condemned X" is each CONDEMNED X;
"the two leaders met" pairs them (frames_apply, the "subjects" slot).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from loaders.relations.arguments import dateline_end
from loaders.relations.counted_countries import countries_named_before, counts_countries
from loaders.relations.groups import count_of
from loaders.relations.name_objects import stray_both
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token

_WINDOW = 2
_THEY = frozenset({"they", "them"})
_PEOPLE = frozenset({"leader", "president", "minister", "premier", "chancellor", "man",
                     "woman", "diplomat", "envoy", "counterpart", "head"})  # fmt: skip
_STATES = frozenset({"country", "nation", "government", "state", "neighbour", "neighbor",
                     "capital", "democracy", "power", "junta"})  # fmt: skip
_EITHER = frozenset({"side", "pair", "ally", "partner", "party"})
_OFFICES = frozenset({"president", "minister", "premier", "chancellor"})
"""Offices the members must hold: "the two presidents" are no foreign ministers."""
_ANY_STATE = frozenset({"man", "woman", "pair", "diplomat", "envoy"})
"""Groups that may be of one state ("both men": Trump and his envoy); the rest are not: "the
two sides", "the leaders", "the countries" are different states."""
_FRONT = frozenset({"the", "both", "all"})
"""Words that may stand before a group noun: "the leaders", "both sides", "all three"."""
_MEETING_VERBS = frozenset({"meet", "host", "welcome", "receive", "speak", "talk"})
_ADDRESS = frozenset({"tell", "assure", "thank", "congratulate", "invite", "brief", "inform",
                      "ask", "phone", "telephone", "call"})  # fmt: skip
"""Verbs of speaking to someone face to face or by phone: "Xi told Albanese ... The two
leaders met": a counted pair may be their two ends."""
_MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "call", "conversation"})


class Members(Protocol):
    """What group resolution asks of the actor index (relations/actors_at.ActorIndex)."""

    def group_refs(self, tok: Token) -> list[tuple[str, str]]:
        """(actor id, kind) of each actor a token names (a group: each member)."""
        ...

    def country(self, actor_id: str) -> str | None: ...

    def state_of(self, actor_id: str) -> str | None:
        """The actor id of a person's state, if the article has it as an actor."""
        ...

    def title(self, actor_id: str) -> str: ...

    def times_named(self, actor_id: str) -> int:
        """How many mentions the article has of an actor, groups left out."""
        ...


@dataclass(frozen=True, slots=True)
class _Want:
    kinds: frozenset[str]
    """PERSON, BODY (a state or an organisation), or both (one of them for all members)."""
    count: int | None
    office: str | None = None
    distinct_states: bool = False
    countries: bool = False
    """Countries alone ("the two nations"), not bodies (counted_countries)."""


_EITHER_KIND = frozenset({"PERSON", "BODY"})


def group_antecedent(tok: Token, index: Members) -> list[str]:
    """Actor ids of the set a plural reference at `tok` stands for, or [] (see module doc)."""
    of = _quantified(tok)
    if of is not None:  # "met each of them", "both of the leaders": the group after "of"
        ids = list(dict.fromkeys(a for a, _ in index.group_refs(of)))
        return ids if len(ids) > 1 else []
    want = _wanted(tok)
    if want is None:
        return []
    clause = _clause_before(tok)
    if clause is not None:  # "A called B and the two agreed": A and B, or nobody we know
        named = [index.group_refs(t) for t in clause]
        found = _fitting(want, [r for refs in named for r in refs], index) if all(named) else []
        if found or not want.countries or want.count is None:
            return found
        # "A dropped its objections to B and C joining NATO after the three countries signed"
        return countries_named_before(tok, want.count, index, frozenset(_own_subject(tok, index)))
    sents = _sentences_before(tok)
    if tok.lower_ in _THEY:
        if len(sents) < 2:
            return []
        if tok.lower_ == "them":
            return _object_antecedent(tok, sents[1], index)
        if _plural_before(tok):
            return []
        return _fitting(want, _subject_set(sents[1], index), index) or _plural_body(sents[1], index)
    counted = want.count is not None  # "the two leaders" may be any verb's two ends
    candidates = [c for s in sents for c in reversed(_sets(s, tok, index, counted))]
    own = _own_subject(tok, index)
    for members in candidates:
        ids = _fitting(want, [m for m in members if m[0] not in own], index)
        if ids:
            return _principal_instead(want, ids, tok, index) or ids
    # "A lifted its veto on B and C joining NATO after the three countries signed"
    counted_states = want.countries and want.count is not None
    doers = frozenset(own)  # "X ..., accusing the three countries": X is none of them
    if counted_states and (ids := countries_named_before(tok, want.count or 0, index, doers)):
        return ids
    first = tok.doc[dateline_end(tok.doc)].sent
    if tok.i < first.end or first.start in (s.start for s in sents):
        return []
    # "Biden and Putin held their first summit ..." opens the story: "the pair", "the two
    # presidents" further down, with no other fitting set near them, are its parties
    return _fitting(want, _subject_set(first, index, counted, opening=True), index)


def _principal_instead(want: _Want, ids: list[str], tok: Token, index: Members) -> list[str]:
    """The story's principal pair for "the two leaders" whose nearest pair holds one of them and
    someone the article names only there ("Xi signed with Putin ... Xi also held talks with
    Prime Minister Mishustin. ... the two leaders criticised sanctions"): a figure named in
    passing is no party of what "the two leaders" did. The principal pair: exactly two people
    named in the story's first sentence ("Xi ended his visit after he and Putin signed")."""
    if want.count != 2 or want.kinds != frozenset({"PERSON"}):
        return []
    first = tok.doc[dateline_end(tok.doc)].sent
    if tok.i < first.end:
        return []
    lede = [a for t in first for a, kind in index.group_refs(t) if kind == "PERSON"]
    principal = list(dict.fromkeys(lede))
    shared = set(principal) & set(ids)
    if len(principal) != 2 or len(shared) != 1:
        return []
    passing = next(a for a in ids if a not in shared)
    if index.times_named(passing) != 1:
        return []
    return _fitting(want, [(a, "PERSON") for a in principal], index)


def _own_subject(tok: Token, index: Members) -> set[str]:
    """Who does the act a group is the object of: "Blinken spoke with A and with B, urging
    both": the meeting's set holds Blinken too, but one urges others."""
    if tok.dep_ not in ("dobj", "dep") or tok.head.pos_ != "VERB":
        return set()
    return {a for s in grammatical_subjects(tok.head) for a, _ in index.group_refs(s)}


def _fitting(want: _Want, members: list[tuple[str, str]], index: Members) -> list[str]:
    """The members' ids if they are the group `want` describes, or []."""
    ids = list(dict.fromkeys(a for a, _ in members))
    kinds = {_kind_class(k) for _, k in members}
    if kinds == {"PERSON"} and want.kinds == {"BODY"}:
        # "Xi met Putin ... the two countries": the leaders' states, when all are known
        states = [index.state_of(a) for a in ids]
        if any(s is None for s in states):
            return []
        ids, kinds = list(dict.fromkeys(s for s in states if s is not None)), {"BODY"}
    if len(ids) < 2 or (want.count is not None and len(ids) != want.count):
        return []
    if len(kinds) != 1 or not kinds <= want.kinds:
        return []
    if want.countries and any(k not in ("COUNTRY", "PERSON") for _, k in members):
        return []  # "the three countries" are no alliance: NATO is none of them
    if want.office and not all(want.office in index.title(a) for a in ids):
        return []
    if want.distinct_states:
        states = [index.country(a) for a in ids if index.country(a)]
        if len(set(states)) != len(states):
            return []  # "Lavrov and Ushakov" are one side, not "the two sides"
    return ids


def _charged_with(prep: Token) -> bool:
    """ "accusing the three countries of stoking an arms race": an "of" with a gerund says what
    the group is accused of (the parser hangs it on the noun), not which group it is."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    return any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in prep.children)


def _wanted(tok: Token) -> _Want | None:
    """What group a plural reference at `tok` describes, if it is one this module reads."""
    if tok.lower_ in _THEY and tok.pos_ == "PRON":
        # "They were greeted by X": a passive subject stands for the set as an active one does
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        role = subject if tok.lower_ == "they" else tok.dep_ in ("dobj", "pobj")
        return _Want(_EITHER_KIND, None) if role and not _quoted(tok) else None
    bare_both = tok.dep_ == "dep" and tok.lower_ == "both" and tok.head.pos_ == "VERB"
    bare_both = bare_both or stray_both(tok) is not None  # "urged both to heed": on "heed"
    if tok.dep_ not in ("nsubj", "nsubjpass", "conj", "pobj", "dobj") and not bare_both:
        return None  # "urging both to stop": the parser leaves the object a bare "dep"
    if _quoted(tok):
        return None
    if tok.pos_ in ("NUM", "DET", "PRON") and tok.lower_ in ("both", "two", "three", "four"):
        # "the three reaffirmed", "Both condemned": the count as the noun
        if tok.lower_ == "both" and tok.dep_ == "conj":
            return None  # "India and Pakistan both claim": it closes the list, names no one else
        front = [c for c in tok.children if c.dep_ in ("det", "predet")]
        if tok.lower_ != "both" and not any(c.lower_ in ("the", "all") for c in front):
            return None
        # "two of the men", "both of them" are read elsewhere, if at all; another preposition
        # is the parser's attachment ("complaints against all three with the WTO")
        if any(c.dep_ in ("compound", "amod") or _of(c) for c in tok.children):
            return None
        return _Want(_EITHER_KIND, count_of(tok.lower_))
    if tok.tag_ != "NNS" and tok.lower_ != "pair":
        return None
    lemma = tok.lemma_.lower()
    if lemma in _PEOPLE:
        kinds = frozenset({"PERSON"})
    elif lemma in _STATES:
        kinds = frozenset({"BODY"})
    elif lemma in _EITHER:
        kinds = _EITHER_KIND
    else:
        return None
    front = [c for c in tok.children if c.i < tok.i and not _region_of_counted(tok, c)]
    if not front or any(c.dep_ not in ("det", "predet", "nummod") for c in front):
        return None  # "European leaders", "the leaders' statement", "their allies"
    if not any(c.lower_ in _FRONT for c in front):
        return None  # "two leaders" introduces people; "these leaders" points elsewhere
    after = [c for c in tok.children if c.i > tok.i and not _charged_with(c)]
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in after):
        return None  # "the leaders of Japan", "the leaders who ...": named by what follows
    counts = [n for c in front if (n := count_of(c.lower_)) is not None]
    count = 2 if lemma == "pair" else next(iter(counts), None)
    office = lemma if lemma in _OFFICES else None
    return _Want(kinds, count, office, lemma not in _ANY_STATE, counts_countries(tok))


def _of(child: Token) -> bool:
    """An "of" phrase: "two of the men" picks some of a group, not all of one."""
    return child.dep_ == "prep" and child.lower_ == "of"


def _region_of_counted(tok: Token, modifier: Token) -> bool:
    """ "the three North African countries", "the two Gulf states": a region's word between
    the count and a noun that counts states only says where the states lie, not which group
    (the count still picks the states named before); "the Russian diplomats" stays unread.
    Any counted group may carry a proper word between count and noun ("the three European
    powers", "the two EU leaders"): it says where the members come from, and the count still
    picks the set; uncounted ("the European powers") it may mean others, and stays unread."""
    if modifier.dep_ not in ("amod", "compound"):
        return False
    if not counts_countries(tok) and not _proper_word(modifier):
        return False
    counts = [c for c in tok.children if c.dep_ == "nummod" and count_of(c.lower_) is not None]
    return any(c.i < modifier.i for c in counts)


def _proper_word(modifier: Token) -> bool:
    """ "European", "EU", "Gulf", "Western": a capitalised adjective or name, not "rival"."""
    return modifier.text[:1].isupper() and modifier.pos_ in ("ADJ", "PROPN")


def _clause_before(tok: Token) -> list[Token] | None:
    """The subject and object of the clause a subject's clause is joined to ("X called Y and
    the two agreed", "when they met"), if it has both."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("conj", "advcl"):
        return None
    main = verb.head
    if main.i > tok.i or main.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [t for c in main.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    objects = [t for c in main.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    # "held talks with Y": the meeting noun stands for the one it was with
    talks = [o for o in objects if o.lemma_.lower() in _MEETING_NOUNS]
    objects = [o for o in objects if o not in talks]
    withs = [
        c for x in (main, *talks) for c in x.children if c.dep_ == "prep" and c.lower_ == "with"
    ]
    objects += [t for w in withs for t in _filler(w)]
    return [*subjects, *objects] if subjects and objects else None


def _quantified(tok: Token) -> Token | None:
    """ "each of them", "both of the leaders", "all of them": the phrase after "of"."""
    if tok.lower_ not in ("each", "both", "all") or tok.pos_ not in ("DET", "PRON", "NOUN"):
        return None
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    pobjs = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return pobjs[0] if len(pobjs) == 1 else None


def _kind_class(kind: str) -> str:
    return "PERSON" if kind == "PERSON" else "BODY"


def _quoted(tok: Token) -> bool:
    """Inside quotation marks in its sentence: a speaker's "they" is the speaker's business."""
    marks = [t for t in tok.sent if t.i < tok.i and t.is_quote]
    return len(marks) % 2 == 1


def _plural_before(tok: Token, skipped: frozenset[int] = frozenset()) -> bool:
    return any(
        (t.tag_ in ("NNS", "NNPS") or t.dep_ == "conj") and t.i not in skipped
        for t in tok.sent
        if t.i < tok.i
    )


def _object_antecedent(tok: Token, before: Span, index: Members) -> list[str]:
    """An object "them" whose sentence names no plural before it but its own verb's subject
    ("Police arrested A and B. Prosecutors accused them"; an object is never its verb's own
    subject, that would be "themselves"): the last list of named actors of one kind in the
    sentence before, wherever it stands ("Among those held were A, B and C"), or its subject."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "handed them over to", "took custody of them"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    skipped = frozenset(t.i for s in subjects for t in s.subtree)
    if _plural_before(tok, skipped):
        return []
    want = _Want(_EITHER_KIND, None)
    own = _own_subject(tok, index)
    for members in reversed(_sets(before, before[-1], index, any_verb=False)):
        if ids := _fitting(want, [m for m in members if m[0] not in own], index):
            return ids
    return _fitting(want, _subject_set(before, index), index)


def _sentences_before(tok: Token) -> list[Span]:
    """Its own sentence, then up to _WINDOW sentences before it, nearest first."""
    out = [tok.sent]
    while len(out) <= _WINDOW and out[-1].start > 0:
        out.append(tok.doc[out[-1].start - 1].sent)
    return out


def _sets(sent: Span, before: Token, index: Members, any_verb: bool) -> list[list[tuple[str, str]]]:
    """Candidate sets of a sentence, in text order (by their last token), before `before`."""
    found: list[tuple[int, list[tuple[str, str]]]] = []
    for tok in sent:
        if tok.i >= before.i:
            break
        if tok.pos_ in ("VERB", "NOUN") and (party := _meeting(tok, index, any_verb)):
            found.append(party)
        if tok.dep_ in ("conj", "appos"):
            continue
        members = [tok, *tok.conjuncts]
        if len(members) > 1 and tok.dep_ == "nsubj":  # "A and B arrived and were joined by C"
            joined = [j for j in _joined_by(tok.head) if j.i < before.i]
            members += joined if joined and joined[-1].sent == tok.sent else []
        if len(members) > 1:
            named = [index.group_refs(m) for m in members]
            if all(named):
                found.append((max(m.i for m in members), [r for refs in named for r in refs]))
        elif _wanted(tok) is not None and (group := index.group_refs(tok)):
            found.append((tok.i, group))  # an earlier reference of this kind, resolved
    found.sort(key=lambda pair: (pair[0], len(pair[1])))  # a meeting before its guest list
    return [members for _, members in found]


def _subject_set(
    sent: Span, index: Members, any_verb: bool = False, *, opening: bool = False
) -> list[tuple[str, str]]:
    """The subject of a sentence's main verb as a set: a list, a group, or a meeting's parties.
    `opening`: the story's first sentence, whose subject and "with" party are the story's pair
    whatever the verb ("Britain signed a deal with Rwanda")."""
    root = sent.root
    objects = [c for c in root.children if c.dep_ == "dobj"]
    for head in (root, *objects):  # "Macron met Scholz", "Merkel held a call with Lukashenko"
        party = _meeting(head, index, any_verb, opening)
        if party is not None:
            return party[1]
    start = dateline_end(sent.doc)  # "GENEVA, June 17 - Biden and ...": "June" is no subject
    subjects = [m for m in grammatical_subjects(root) if m.i >= start]
    named = [_folded(m, index) for m in [*subjects, *_joined_by(root)]]
    return [r for refs in named for r in refs] if subjects and all(named) else []


def _joined_by(verb: Token) -> list[Token]:
    """Who "were joined by" the subjects of `verb` or of a verb coordinated with it: "A, B and
    C arrived by train and were joined by D. They then met E": D is one of them."""
    out: list[Token] = []
    for joined in (verb, *verb.conjuncts):
        if joined.lemma_.lower() != "join" or not any(c.dep_ == "auxpass" for c in joined.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children) and joined is not verb:
            continue  # "..., and B was joined by C": a clause of its own
        out += [t for c in joined.children if c.dep_ == "agent" for t in _filler(c)]
    return out


def _plural_body(sent: Span, index: Members) -> list[str]:
    """ "Chinese officials said ...", "The EU's leaders condemned ...": a plural subject that
    stands for one state or body is what a next sentence's "They" stands for."""
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ not in ("NNS", "NNPS") or subjects[0].conjuncts:
        return []
    found = {a: kind for a, kind in index.group_refs(subjects[0])}
    return list(found) if len(found) == 1 and "PERSON" not in found.values() else []


def _meeting(
    tok: Token, index: Members, any_verb: bool = False, opening: bool = False
) -> tuple[int, list[tuple[str, str]]] | None:
    """(last token, parties) of a meeting verb or noun with a named subject and a named party:
    "Biden hosted Kishida and Yoon", "Macron held talks with Scholz", "Putin was met by Kim".
    `any_verb`: also a verb of address ("Xi told Albanese ... the two leaders")."""
    lemma = tok.lemma_.lower()
    meets = lemma in _MEETING_VERBS or (any_verb and lemma in _ADDRESS)
    if tok.pos_ == "VERB" and meets:
        verb, hosts = tok, [tok]
    elif tok.pos_ == "NOUN" and (lemma in _MEETING_NOUNS or opening) and tok.dep_ == "dobj":
        verb, hosts = tok.head, [tok.head, tok]  # "held talks with Scholz"
    elif opening and tok.pos_ == "VERB":
        verb, hosts = tok, [tok]
    else:
        return None
    agents = [c for c in verb.children if c.dep_ == "agent"]
    subject_deps = ("nsubj", "nsubjpass") if agents else ("nsubj",)
    subjects = [t for c in verb.children if c.dep_ in subject_deps for t in (c, *c.conjuncts)]
    if not agents and (not subjects or subjects[0].i < dateline_end(verb.doc)):
        start = dateline_end(verb.doc)  # a dateline swallowed it; "arrived and met"
        subjects = [t for t in grammatical_subjects(verb) if t.i >= start]
    objects = ("dobj", "dative") if any_verb else ("dobj",)
    others = [c for c in verb.children if c.dep_ in objects and verb is tok and meets]
    others += agents
    others += [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    # "welcomed Kishida and Yoon ..., the first leaders he hosted": a second, unnamed object
    # adds nobody; a list with an unnamed member is no list of parties
    parties = [fillers for o in others if (fillers := list(_filler(o)))]
    named_parties = [[_folded(t, index) for t in fillers] for fillers in parties]
    named_parties = [n for n in named_parties if any(n)]
    subject_refs = [_folded(t, index) for t in subjects]
    if not subjects or not all(subject_refs) or not named_parties:
        return None
    if not all(all(n) for n in named_parties):
        return None
    people = [*subjects, *(t for fillers in parties for t in fillers)]
    refs = [r for refs in subject_refs for r in refs]
    refs += [r for n in named_parties for refs in n for r in refs]
    addressed = verb is tok and lemma in _ADDRESS and lemma not in _MEETING_VERBS
    if addressed and not opening and any(k != "PERSON" for _, k in refs):
        return None  # "officials thanked Qatar": speaking to a state is no pair of people
    return max(t.i for t in people), refs


def _folded(tok: Token, index: Members) -> list[tuple[str, str]]:
    """The actors a filler names, with the names the parser folded into it: "Prime Minister
    Fumio Kishida and President Yoon Suk Yeol" may come as one phrase headed by "Yeol". Names
    behind a preposition or an owner ("Kishida of Japan", "Japan's Kishida") are not parties."""
    found = list(index.group_refs(tok))
    kinds = {k for _, k in found}  # "President Vucic and Kosovo Prime Minister Kurti": people
    for t in tok.subtree:
        if t.pos_ != "PROPN" or t is tok:
            continue
        path = [a for a in t.ancestors if a.i != tok.i and tok in a.ancestors]
        if any(a.dep_ not in ("nmod", "compound", "conj", "appos") for a in (t, *path)):
            continue
        found += [r for r in index.group_refs(t) if r not in found and r[1] in kinds]
    return found


_JOINING = frozenset({"join", "attend", "participate"})
"""Verbs of taking part in "with X joining by video link": X is one more party."""


def _joining(pcomp: Token) -> Iterator[Token]:
    """The subject of "with Merkel joining by video link" (a "with" clause of a meeting): one
    more of its parties. Not "with Russia pressing its offensive": that is no party."""
    if pcomp.dep_ != "pcomp" or pcomp.lemma_.lower() not in _JOINING or pcomp.tag_ != "VBG":
        return
    for child in pcomp.children:
        if child.dep_ == "nsubj":
            yield child
            yield from child.conjuncts


def _filler(tok: Token) -> Iterator[Token]:
    """The conjoined fillers of an object, or of a preposition's object."""
    if tok.dep_ in ("prep", "agent"):  # "with Putin and with Zelensky": both preps
        for prep in (tok, *(c for c in tok.conjuncts if c.dep_ in ("prep", "agent", "conj"))):
            for child in prep.children:
                if child.dep_ == "pobj":
                    yield child
                    yield from child.conjuncts
                yield from _joining(child)
        return
    yield tok
    yield from tok.conjuncts
