"""Whose "move" was condemned? The story's own act, told in its first sentence.

Reactions further down a news story name the event the story is about by a bare noun: "Blinken
called the move deeply irresponsible", "Beijing condemned the plan", "the Kremlin called the
enlargement an assault". With no owner of its own, such a definite act noun refers to the act
the lede reports, and its doers are the lede's: the subject of its main verb, or, when the lede
reports a saying ("Putin said Russia was suspending ..."), of the clause said. Only act nouns,
only with "the/this/these", only outside the lede, and only for a condemnation (a welcome or a
rejection may be of anything). Nouns of acts a lede often mentions in passing ("the strikes",
"the arrests", "the ruling") take its act only when that act is one of theirs: "The US, Britain
and France pounded Syrian sites ... Putin condemned the strikes".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.bridging import told_as_fact
from loaders.relations.lexicon import words
from loaders.relations.modality import REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Nouns news English uses as often for acts the lede only mentions ("India withdrew trade
# privileges after a suicide bombing", "X freed the men held in detention"): these refer to the
# lede's act only when that act itself is of their kind ("pounded Syrian sites" -> the strikes).
_OWN_KIND_ONLY = words(
    "strike airstrike bombing shelling deployment crackdown arrest detention ruling verdict "
    "sentence veto incident"
)
ACT_NOUNS = _OWN_KIND_ONLY | words(
    "move decision step plan action announcement suspension withdrawal enlargement expansion "
    "deal agreement pact accord annexation attack assault offensive operation raid invasion"
)
# A noun of these kinds refers to the lede's act only when the lede tells of one of its kind.
_KINDS = (
    (
        words("attack assault offensive operation raid invasion strike airstrike bombing shelling"),
        words(
            "attack assault strike storm raid shell bomb invade fire pound offensive burst "
            "incursion invasion airstrike"
        ),
    ),
    (words("deal agreement pact accord"), words("sign conclude deal agreement accord pact treaty")),
    (words("deployment"), words("deploy deployment station")),
    # "condemned the arrests" / "the crackdown" after a lede that tells of detaining people
    (
        words("crackdown arrest detention"),
        words("arrest detain crack crackdown seize detention"),
    ),
    # "condemned the ruling" after "A court sentenced X ...": the court's
    (words("ruling verdict sentence"), words("sentence convict rule acquit")),
    (words("veto"), words("veto block")),
    # "Russian forces seized two boats ... called the incident an act of aggression": an
    # incident is the lede's act only when that act is a hostile one, not "approved martial law"
    (
        words("incident"),
        words(
            "attack strike fire shoot seize board intercept violate storm raid shell bomb "
            "invade detain capture ram down"
        ),
    ),
)
_DEALS = words("deal agreement pact accord")
_DEFINITE = frozenset({"the", "this", "these"})
_OWNING = ("poss", "compound", "amod", "nmod")


def _ownerless(noun: Token, index: ActorIndex, named: bool) -> bool:
    if noun.lemma_.lower() not in ACT_NOUNS:
        return False
    owners = [c for c in noun.children if c.dep_ in _OWNING]
    if any(c.pos_ in ("PROPN", "PRON") or index.direct(c) is not None for c in owners):
        return False  # "Russia's decision", "the Russian move", "its move": owned
    if any(c.dep_ in ("prep", "relcl", "acl") and not _adjunct(c) for c in noun.children):
        return False  # "the decision to ...", "the plan by ...", "the move that ...": its own
    return named or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


# How or when the act was judged, which the parser often hangs on the noun: "condemned the
# decision in the strongest terms", "criticised the move in a statement on Friday".
_MANNERS = words("term statement tweet post interview speech letter way manner")


def _adjunct(prep: Token) -> bool:
    if prep.lower_ == "as":
        return True  # "condemned the decision as illegal": what it is called, not whose it is
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ in ("in", "on") and any(
        o.lemma_.lower() in _MANNERS or o.ent_type_ in ("DATE", "TIME") for o in objects
    )


def _lede_act(lede_root: Token) -> Token:
    """The lede's act: its main verb, or the clause a main verb of saying reports."""
    if lede_root.lemma_.lower() in REPORTING:
        said = [c for c in lede_root.children if c.dep_ == "ccomp"]
        if said:
            return said[0]
    return lede_root


def story_doers(noun: Token, index: ActorIndex, *, named: bool = False) -> list[Ref]:
    """The doers of the lede's act a definite ownerless act noun refers to, or [].
    `named`: what a speaker called it ("condemned what she called a cynical move")."""
    if not _ownerless(noun, index, named):
        return []
    doc = noun.doc
    if len(doc) <= index.dateline_end:
        return []
    lede = doc[index.dateline_end].sent
    if noun.sent.start == lede.start:
        return []
    told = {t.lemma_.lower() for t in lede if told_as_fact(t)}  # not "would back a strike"
    if any(noun.lemma_.lower() in kind and not told & acts for kind, acts in _KINDS):
        return []  # "condemned the assault" after a lede that tells of no attack
    act = _lede_act(lede.root)
    if noun.lemma_.lower() in _OWN_KIND_ONLY and not _of_kind(act, noun.lemma_.lower()):
        return []
    doers = [r for s in passives.logical_source(act) for r in index.refs(s)]
    if noun.lemma_.lower() in _DEALS:  # "X signed agreements with Y and Z": all parties
        # "with" may hang deep in the object: "agreements establishing relations with Y"
        inside = [t for o in passives.logical_objects(act) for t in o.subtree]
        doers += [r for p in arg.prep_objects([act, *inside], ("with",)) for r in index.refs(p)]
    return doers


def _of_kind(act: Token, noun: str) -> bool:
    """The act, or one coordinated with it ("seized and detained"), is of the noun's kind."""
    lemmas = {t.lemma_.lower() for t in (act, *act.conjuncts) if told_as_fact(t)}
    return any(noun in kind and lemmas & acts for kind, acts in _KINDS)


def what_it_was_called(verb: Token) -> list[Token]:
    """The noun of a free relative object: "condemned what she called a cynical move" -> move;
    the parser makes "what ... called" a clause, so the act has no object of its own."""
    # "protested against what Beijing called ...": the clause hangs on the verb's preposition
    clauses = [*verb.children, *(c for p in verb.children if p.dep_ == "prep" for c in p.children)]
    for child in clauses:
        if child.dep_ not in ("ccomp", "pcomp") or not any(
            c.lower_ == "what" for c in child.children
        ):
            continue
        # "what it called blatant aggression": the parser may make the named noun a second
        # object beside "what" rather than its predicate
        named = [
            c
            for c in child.children
            if (c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and c.lower_ != "what"))
            and c.pos_ == "NOUN"
        ]
        # "criticised what they described as Washington's Cold War mentality"
        named += [
            p for c in child.children if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"
        ]
        return named
    return []
