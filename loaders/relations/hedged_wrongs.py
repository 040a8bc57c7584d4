""" "sanctions imposed over what it says is Moscow's meddling": a wrong told as a speaker's claim.

News English gives the grounds of a measure as its maker's claim, in a free relative: "imposed
sanctions over what it says is Moscow's meddling in U.S. elections", "a tariff imposed over what
he says is Beijing's failure to stop the flow of fentanyl". The speaker of that hedge charges the
owner of the wrong: an accusation (ANNOTATION.md: "accused of a specific act"). The parser reads
the free relative in many ways ("what" a subject, "is" a clause of the outer verb), so the shape
is read from its surface: "what", a speaker (an actor or a pronoun for one), a verb of saying,
a copula, then the owner's possessive and a noun of wrongdoing.

Only a wrong that has an owner counts ("over what it says are unfriendly actions" names no
one), never the speaker's own side, and never a hedge that is denied or asked ("what it does
not say is ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.reported import WRONG_NOUNS
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.facts import Fact

_SAYING = words("say claim allege contend insist")
_COPULAS = words("be")
# Wrongs a hedge names beside WRONG_NOUNS: "Beijing's failure to stop", "Iran's role in".
_MORE_WRONGS = words("failure involvement role campaign support backing")
_FRAME = Frame(RelationType.ACCUSED, "say", "VERB", (), strength=0.7)
_SPAN = 5  # tokens a speaker may take between "what" and the verb of saying


def _speaker_and_verb(what: Token, index: ActorIndex) -> tuple[list[Ref], Token] | None:
    doc = what.doc
    for tok in doc[what.i + 1 : min(len(doc), what.i + 2 + _SPAN)]:
        if tok.lemma_.lower() in _SAYING and tok.pos_ in ("VERB", "AUX"):
            speakers = [r for t in doc[what.i + 1 : tok.i] for r in index.refs(t)]
            return (_unique(speakers), tok) if speakers else None
        if tok.is_punct or tok.lower_ in ("not", "n't"):
            return None
    return None


def _owned_wrong(after: Token, index: ActorIndex) -> list[Ref]:
    """The owners of "Moscow's meddling" right after the copula, or []."""
    doc = after.doc
    for tok in doc[after.i : min(len(doc), after.i + 6)]:
        if tok.lemma_.lower() in WRONG_NOUNS | _MORE_WRONGS and tok.pos_ == "NOUN":
            owners = [c for c in tok.children if c.dep_ == "poss"]
            return [r for o in owners for r in index.refs(o)]
        if tok.is_punct:
            return []
    return []


def _unique(refs: list[Ref]) -> list[Ref]:
    return list({r.actor_id: r for r in reversed(refs)}.values())[::-1]


def hedged_wrongs(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ACCUSED facts: the speaker of "what X says is Y's wrong" accuses Y."""
    out: list[Fact] = []
    for what in doc[index.dateline_end :]:
        if what.lower_ != "what":
            continue
        found = _speaker_and_verb(what, index)
        if found is None:
            continue
        speakers, verb = found
        nxt = verb.i + 1
        if nxt >= len(doc) or doc[nxt].lemma_.lower() not in _COPULAS:
            continue
        owners = _owned_wrong(doc[nxt], index)
        if not owners:
            continue
        reading = Reading(_FRAME, verb, (verb,), Status.OCCURRED, 0.7, speakers, owners)
        out += facts_between(speakers, RelationType.ACCUSED, owners, Status.OCCURRED, 0.7, reading)
    return out
