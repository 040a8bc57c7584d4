"""URGED readings that name no urging by their subject.

"had called off military strikes on Iran", "called up reservists on the border": a phrasal
"call" (a particle on the verb) is no "call on"; the "on" hangs on the verb only by the parse.

"abstained in a General Assembly vote demanding that Russia withdraw", "backed a resolution
on Friday urging Israel to": the one demanding is the vote or the text, not those who voted on
it (ANNOTATION.md: URGED is the source's own call). The parser hangs such a gerund on the
clause's verb, so the voter is read as its subject; the gerund right after a text names that
text's demand. A body that adopts the text makes the demand its own ("the Council adopted a
resolution demanding").

"said it would ask the WTO to rule", "Pakistan will urge the Taliban to negotiate": an urging
only announced is an intention, not a call anyone has heard yet; it is never a firmly
scheduled event (ANNOTATION.md records no hopes or intentions). Only the urging verb's own
"will" or "would": "would keep pressing Tehran" goes on pressing, already begun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.facts import Fact

_PARTICLES = words("off up out back in down")
# What is voted on, adopted or issued and may itself demand: "a vote demanding", "a resolution
# calling on".
_TEXTS = words("vote resolution motion draft text bill")
# A body that adopts or passes the text makes its demand its own: "the Council adopted a
# resolution demanding".
_ADOPTED = words("adopt pass approve issue")
_SKIPPED_DEPS = frozenset({"punct", "det", "amod", "compound", "nummod", "prep"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
# The verbs of urging themselves; "would lift sanctions at the urging of X" puts off the
# lifting, not the urging.
_URGING = words("urge press ask call demand tell appeal implore exhort push advise")


def _announced(trigger: Token) -> bool:
    """ "would ask", "will urge": the urging verb itself is put off to the future."""
    return trigger.lemma_.lower() in _URGING and any(
        c.dep_ == "aux" and c.lower_ in _FUTURE for c in trigger.children
    )


def _phrasal_call(trigger: Token) -> bool:
    """ "called off the strikes": a particle turns "call" into another verb."""
    return trigger.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ in _PARTICLES for c in trigger.children
    )


def _text_before(trigger: Token) -> bool:
    """ "a vote last week demanding": the nearest noun before the gerund, passing over dates
    ("last week", "on Friday"), is a text that is voted on or issued."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    verb = arg.clause_verb(trigger)
    if verb is not None and verb.lemma_.lower() in _ADOPTED:
        return False
    for tok in reversed(trigger.doc[trigger.sent.start : trigger.i]):
        if tok.ent_type_ in ("DATE", "TIME") or tok.dep_ in _SKIPPED_DEPS:
            continue
        if tok.lower_ in ("on", "this", "last") or tok.dep_ == "npadvmod":
            continue
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in _TEXTS
    return False


def without_unurged(facts: list[Fact]) -> list[Fact]:
    """Every fact but the URGED ones read from a phrasal "call" or from a text's demand, or
    only announced for later."""
    return [
        f
        for f in facts
        if f.type is not RelationType.URGED
        or not (
            (f.status is Status.PLANNED and _announced(f.reading.trigger))
            or _phrasal_call(f.reading.trigger)
            or _text_before(f.reading.trigger)
        )
    ]
