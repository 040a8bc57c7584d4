"""Releases told as letting someone go: "set free seven Americans", "let Brittney Griner go",
"allowed Kovrig and Spavor to fly home".

The verb of release is "set", "let" or "allow", and what makes it one is a word the parser hangs
elsewhere: "free" as a modifier of the object or a clause of the verb, or an infinitive of going
home whose subject is the person let go. Only people are released (ANNOTATION.md); letting
someone leave a country they were merely in ("allowed the diplomats to leave") is no release,
so "leave" counts only with a place of custody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_FRAME = Frame(RelationType.RELEASED, "let", "VERB", ("dobj",), strength=0.8)
_GOING = words("go return fly walk")
_HOME = words("home")
_WHERE_TO = words("to toward towards into abroad ahead")
_CUSTODY = words("prison jail custody detention captivity")


def _set_free(verb: Token) -> list[Token]:
    """ "set free seven Americans", "set seven Americans free": the objects."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    free_here = any(c.lower_ == "free" and c.dep_ != "dobj" for c in verb.children)
    free_on_object = any(c.lower_ == "free" for o in objects for c in o.children)
    return objects if free_here or free_on_object else []


def _let_go(verb: Token) -> list[Token]:
    """ "let Griner go", "allowed Kovrig and Spavor to fly home", "let him leave prison"."""
    out: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        lemma = clause.lemma_.lower()
        home = any(c.lower_ in _HOME for c in clause.children)
        custody = any(c.dep_ == "dobj" and c.lemma_.lower() in _CUSTODY for c in clause.children)
        bare = not any(c.lower_ in _WHERE_TO or c.dep_ == "dobj" for c in clause.children)
        going = lemma in _GOING and (home or (lemma == "go" and bare))  # not "go to Beijing"
        if not (going or (lemma == "leave" and custody)):
            continue
        out += [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        out += [o for o in verb.children if o.dep_ == "dobj"]  # "allowed him to go"
    return out


def let_go(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ("set", "let", "allow", "permit"):
            continue
        freed = _set_free(verb) if lemma == "set" else _let_go(verb)
        freed = [t for tok in freed for t in arg.with_conjuncts(tok)]
        people = [r for t in freed for r in index.refs(t) if index.kind(r.actor_id) == "PERSON"]
        if not people:
            continue
        status = verb_status(verb)
        if status is None:
            continue
        sources = [r for t in passives.logical_source(verb) for r in index.refs(t)]
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength, sources, people)
        out += facts_between(sources, RelationType.RELEASED, people, status, 0.8, reading)
    return out
