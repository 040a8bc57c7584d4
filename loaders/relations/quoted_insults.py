""" "called him an \"offended liverwurst\"", "calling him a \"race-baiting politician\"": a person
given a name of the speaker's own coining, quoted.

Calling someone names is a condemnation (ANNOTATION.md: "called someone a dictator"), but an
insult coined for the occasion is in no lexicon (labels.py reads only known pejorative words).
What marks it is the quotation: a reporter quotes the exact name a speaker pinned on a person
("called him an \"anti-Israel secretary-general\"") because it is the speaker's barb. The
words are read in order, not by the parse, which garbles such coinages (a quoted "liverwurst"
becomes a verb): a verb of calling, the person right after it (a pronoun or a name the article
knows as a PERSON; a state "branded a \"decisive enabler\"" is a stance, not an insult), an
optional article, then a quoted phrase. A quoted label of praise ("a \"true friend\"") or one
with a word of praise stays silent, as does a calling the modality filter denies or hedges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import PRAISE_LABELS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.reported import own_side
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_CALLING = words("call brand dub label")
_PERSON_PRONOUNS = frozenset({"him", "her"})
_ARTICLES = frozenset({"a", "an", "the"})
_OPENING = frozenset({'"', "“"})
_CLOSING = frozenset({'"', "”"})
_MAX_LABEL = 6
_NAME_POS = frozenset({"PROPN", "ADJ"})
_FRAME = Frame(RelationType.CONDEMNED, "call", "VERB", (), strength=0.7)
# Words of praise beside PRAISE_LABELS that a quoted name of a person may carry.
_PRAISE = PRAISE_LABELS | words("great greatest best good dear true partner ally brother")


def _bearer(verb: Token, index: ActorIndex) -> tuple[list[Ref], int] | None:
    """The persons right after the verb and the index of the token after them: "him", a name
    ("Scholz", "Chancellor Olaf Scholz") the article knows as a PERSON, or a list of such names
    ("called Trump, French President Emmanuel Macron and Theresa May \"criminals\""): a name
    of the list that is no known person leaves the whole list unread."""
    doc = verb.doc
    i = verb.i + 1
    if i >= len(doc):
        return None
    if doc[i].lower_ in _PERSON_PRONOUNS:
        refs = [r for r in index.refs(doc[i]) if index.kind(r.actor_id) == "PERSON"]
        return (refs, i + 1) if refs else None
    found: list[Ref] = []
    while True:
        named = _person_at(doc, i, index)
        if named is None:
            return None
        found += named[0]
        i = named[1]
        j = i + (i < len(doc) and doc[i].text == ",")
        j += j < len(doc) and doc[j].lower_ == "and"
        if j == i or j >= len(doc) or doc[j].pos_ not in _NAME_POS:
            return found, i
        i = j


def _person_at(doc: Doc, i: int, index: ActorIndex) -> tuple[list[Ref], int] | None:
    """The person a name from `i` on stands for and the index after the name; the name may
    open with a demonym ("French President Emmanuel Macron")."""
    j = i
    while j + 1 < len(doc) and doc[j].pos_ == "ADJ" and doc[j + 1].pos_ == "PROPN":
        j += 1
    start = j
    while j < len(doc) and doc[j].pos_ == "PROPN":
        j += 1
    if j == start:
        return None
    refs = [r for r in index.refs(doc[j - 1]) if index.kind(r.actor_id) == "PERSON"]
    return (refs, j) if refs else None


def _quoted_label(doc: Doc, start: int) -> list[Token] | None:
    """The quoted phrase from `start` on, after an optional article: its words, or None."""
    i = start + (start < len(doc) and doc[start].lower_ in _ARTICLES)
    if i >= len(doc) or doc[i].text not in _OPENING:
        return None
    for j in range(i + 1, min(len(doc), i + 2 + _MAX_LABEL)):
        if doc[j].text in _CLOSING:
            label = [t for t in doc[i + 1 : j] if not t.is_punct]
            return label or None
    return None


def _speakers(verb: Token, index: ActorIndex) -> list[Ref]:
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    found = [r for s in own or grammatical_subjects(verb) for r in index.refs(s)]
    head = verb.head
    if not found and verb.dep_ == "acl" and head.pos_ == "PROPN" and head.i == verb.i - 1:
        # "Khamenei called Trump \"a criminal\"": the parser may read the calling as a participle
        # on the name before it ("Khamenei, called ..."), which no known actor is ever named
        found = index.refs(head)
    return found


def quoted_insults(doc: Doc, index: ActorIndex) -> list[Fact]:
    """CONDEMNED facts: who calls a person a quoted name not of praise condemns them."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALLING:
            continue
        found = _bearer(verb, index)
        label = _quoted_label(doc, found[1]) if found is not None else None
        if found is None or label is None:
            continue
        if any(t.lemma_.lower() in _PRAISE or t.lower_ in _PRAISE for t in label):
            continue
        status = verb_status(verb)
        speakers = _speakers(verb, index) if status is not None else []
        if status is None or not speakers:
            continue
        reading = Reading(_FRAME, verb, (verb, *label), status, _FRAME.strength, speakers, found[0])
        for s in speakers:
            for t in found[0]:
                if s.actor_id == t.actor_id or own_side(index, s.actor_id, t.actor_id):
                    continue
                conf = confidence(_FRAME.strength, s, t)
                out.append(Fact(s.actor_id, _FRAME.type, t.actor_id, status, conf, reading))
    return out
