"""Who ordered the crime? "ruling that the killing had been ordered by the Russian state", "said
nine people had been detained on suspicion of sabotage on the orders of Russian intelligence".

A court's finding, a prosecutor's argument or a minister's statement that a crime was ordered
by someone accuses that someone (ANNOTATION.md: accused of a specific act). The accusation is
the teller's: the subject of the verb of saying or finding whose clause tells of the order. Only
wrongful acts (a killing, a shooting, sabotage: the clause names one), only orders told inside a
clause of saying or finding (the narrator's own "on Putin's orders" is no one's accusation), and
never a negated order ("had not been ordered by").

A told involvement accuses the same way: "said there was well-founded suspicion that officers
of the GRU were involved in the blasts" (being responsible for or behind a wrong is read by
reported.py; involvement is neutral until the clause names a wrong, so it is read here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import facts_of
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import BLAMED_THINGS, CRIME_NOUNS, Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.facts import Fact

TELLING = words(
    "say find rule conclude argue allege establish determine state claim assert announce "
    "tell testify"
)
WRONGS = (
    BLAMED_THINGS
    | CRIME_NOUNS
    | words("shoot kill murder poison assassinate bomb attack sabotage spy")
    | words("conspiracy plot coup")  # "said he had been involved in a conspiracy"
)
_ORDER_NOUNS = words("order orders instruction instructions behest")
_ORDERING = words("order orchestrate commission mastermind direct sponsor plan")
_CLAUSE_UP = (
    *("ccomp", "conj", "xcomp", "advcl", "relcl", "acl", "prep", "pobj", "pcomp"),
    *("attr", "dobj"),  # "there was suspicion that ...", "had evidence that ..."
)
# "officers were involved in the blasts": its subject took part in what the clause names.
_INVOLVED = frozenset({"involved"})
_INVOLVED_DEPS = frozenset({"acomp", "acl", "ccomp", "ROOT", "relcl"})


def _teller(verb: Token) -> Token | None:
    """The verb of saying or finding whose clause holds `verb` ("ruled that ... was ordered")."""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in _CLAUSE_UP or tok.head.i == tok.i:
            return None
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in TELLING:
            return tok.head
        tok = tok.head
    return None


def _wrongful(verb: Token) -> bool:
    return any(t.lemma_.lower() in WRONGS or t.lower_ in WRONGS for t in verb.subtree)


def _orderers(tok: Token, index: ActorIndex) -> tuple[Token, list[Ref]] | None:
    """An order at `tok` and who gave it: "on the orders of X"; "(the killing) was ordered by X"."""
    if (
        tok.lower_ in _ORDER_NOUNS
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("on", "at", "under")
    ):
        givers = arg.prep_objects([tok], ("of", "from"))
        verb = arg.clause_verb(tok.head, steps=len(tok.doc))
    elif tok.lower_ in _INVOLVED and tok.dep_ in _INVOLVED_DEPS:
        verb = tok if tok.pos_ == "VERB" else tok.head  # "were involved" / "was involved"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        givers = [g for s in subjects for g in (s, *arg.prep_objects([s], ("of",)))]
    elif tok.lemma_.lower() in _ORDERING and tok.pos_ == "VERB" and passives.is_passive(tok):
        done = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not any(d.lemma_.lower() in WRONGS for d in done):
            return None
        givers, verb = passives.agents(tok), tok
    else:
        return None
    refs = [r for g in givers for r in index.refs(g)]
    return (verb, refs) if verb is not None and refs else None


def ordered_wrongs(doc: Doc, index: ActorIndex) -> list[Fact]:
    """The teller ACCUSED whoever a told clause says ordered a wrongful act."""
    out: list[Fact] = []
    for tok in doc:
        found = _orderers(tok, index)
        if found is None:
            continue
        verb, givers = found
        teller = _teller(verb)
        if teller is None or any(c.dep_ == "neg" for c in verb.children) or not _wrongful(verb):
            continue
        status = verb_status(teller)
        sources = [r for s in passives.logical_source(teller) for r in index.refs(s)]
        if status is None or not sources:
            continue
        frame = Frame(RelationType.ACCUSED, teller.lemma_.lower(), "VERB", ())
        reading = Reading(frame, teller, (teller,), status, 0.75, sources, givers)
        out.extend(facts_of(reading, index))
    return out
