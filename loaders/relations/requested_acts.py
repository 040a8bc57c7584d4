"""Acts done at someone's request: the one asking URGED the one who acted.

"Turkey suspended its survey at the request of the German chancellor", "the president lifted
the sanctions at the urging of Riyadh", "Manila acted on a request from Interpol": the request
was made and granted, so the asker called on the actor (ANNOTATION.md: URGED counts "called on,
urged, pressed"). The actor is the acting verb's logical subject; a passive with no agent ("was
freed at the request of ...") names no one and gives nothing. A pronoun asker ("at his request")
is left out: the one it points back to is too often a figure of the background.

Left out on purpose: meetings ("met at Israel's request"), read for bodies in requests.py, and
arrests or detentions "at the request of the United States", an extradition procedure the gold
does not record as a call on the arresting state.
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

    from loaders.relations.actors_at import ActorIndex, Ref

_ASKING = words("request urging")
_ON_REQUEST_VERBS = words("act")
_MEETING = words("meet convene gather assemble reconvene talk speak hold call host")
_CUSTODY = words("arrest detain hold jail imprison extradite seize charge indict issue nab")
_STRENGTH = 0.7


def _askings(prep: Token) -> list[Token]:
    """The request nouns a preposition governs: "at the request of", "on a request from"."""
    if prep.dep_ != "prep":
        return []
    verb = prep.head
    if prep.lower_ == "at" or (prep.lower_ == "on" and verb.lemma_.lower() in _ON_REQUEST_VERBS):
        return [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _ASKING]
    return []


def _askers(asking: Token, index: ActorIndex) -> list[Ref]:
    """Whose request: "at Israel's request", "at the urging of X and Y", "a request from X"."""
    owners = [o for c in asking.children if c.dep_ == "poss" for o in arg.with_conjuncts(c)]
    owners += arg.prep_objects([asking], ("of", "from"))
    named = [t for t in owners if t.pos_ != "PRON"]
    return [r for t in named for r in index.refs(t, possessor=True)]


def _granting_verb(prep: Token) -> Token | None:
    """The verb of the act done at the request: the preposition's head, or the verb of the
    subject the parser hangs it on ("Lula, at the request of the pope, raised the case")."""
    verb = prep.head
    if verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("PROPN", "NOUN"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in _MEETING or lemma in _CUSTODY or _within_custody(verb):
        return None
    return verb


def _within_custody(verb: Token) -> bool:
    """ "arrested on Dec. 1 while changing planes, at the request of the United States": the
    request hung on a clause inside an arrest is still the arrest's."""
    return any(a.lemma_.lower() in _CUSTODY and a.pos_ == "VERB" for a in verb.ancestors)


def requested_acts(doc: Doc, index: ActorIndex) -> list[Fact]:
    """URGED facts: who asked for an act that was done urged the one who did it."""
    out: list[Fact] = []
    for prep in doc[index.dateline_end :]:
        askings = _askings(prep)
        verb = _granting_verb(prep) if askings else None
        status = verb_status(verb) if verb is not None else None
        if verb is None or status is None:
            continue
        askers = [r for a in askings for r in _askers(a, index)]
        actors = [r for s in passives.logical_source(verb) for r in index.refs(s)]
        frame = Frame(RelationType.URGED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb, *askings), status, _STRENGTH, askers, actors)
        out += facts_between(askers, RelationType.URGED, actors, status, _STRENGTH, reading)
    return out
