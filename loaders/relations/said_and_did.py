""" "Kanaani said the decision was ill-considered and dismissed Albania's accusation": the parser
hangs the speaker's second act on the verb of the clause he said, so the act would inherit that
clause's subject ("the decision dismissed ..."). When that clause only judges a thing (a copula
with a common noun for subject: "the decision was", "the vote was"), the coordinated act is the
speaker's, not the thing's.

The same holds for an answer tacked on with a participle: "Sogavare told parliament that his
government had signed the pact, rejecting warnings from Canberra" -- the parser hangs
"rejecting" on the verb of the reported clause, but who rejects the warnings is the one telling
it (`speaker_of_answer`). Only verbs of answering a claim (reject, deny, dismiss, brush aside):
"said Kyiv had shelled the plant, killing three" stays with the reported clause's doer. A
participle labelling "it" is the teller's too: "said Iran had attacked the ship, calling it a
deliberate strike" (the doer does not call its own act a strike). An accusation tacked on after
a named person's report of his own side's step is his as well ("Trump announced that the United
States would quit the treaty, accusing Russia of ..."); after anyone else's report it stays with
the side told of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_SAYING = words("say tell add state insist argue declare write")
_ANSWERING = words("reject deny dismiss refute rebuff brush shrug")
# "said Kyiv had shelled the plant, calling it a war crime": the teller labels the act
_LABELLING = words("call describe brand label term dub")
# "announced that the United States would quit the treaty, accusing Russia of violating it":
# the teller blames; the clause told is his side's step, not an accusation
_ACCUSING = words("accuse blame")
_ANNOUNCING = words("announce")
_SUBJ = ("nsubj", "nsubjpass")
# acts of pressing someone, which a thing a clause reports on cannot do
_URGING = words("urge press demand appeal")
_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})
# "urged both", "urged all sides", "called on all parties": every side a clause named
_EVERY_SIDE_PRONOUNS = frozenset({"both"})
_EVERY = frozenset({"both", "all", "each"})
_SIDES = words("side party country nation")


def speaker_of_second_act(verb: Token) -> Token | None:
    """The verb of saying whose subject a coordinated act shares, when the parser joined the
    act to a judging clause the speaker said ("said the X was Y and rejected Z"), else None."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ in ("xcomp", "acomp") and head.head.dep_ == "ccomp":
        # "said Iran was to blame and called on it": joined to "blame"; "said the hunger was
        # man-made and blamed the government": joined to the judging adjective
        head = head.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp":
        return None
    saying = head.head
    if saying.lemma_.lower() not in _SAYING or saying.i > head.i:
        return None
    if _outside_modal(verb, head):
        return saying  # "said Riyadh should be punished and called on Washington to act"
    if head.lemma_.lower() != "be" and not _urging(verb):
        return None
    subjects = [c for c in head.children if c.dep_ in _SUBJ]
    if subjects and _urging(verb) and (_urges_pronoun(verb) or _urges_every_side(verb)):
        return saying  # "said Iran was to blame and called on it": it is Iran, not the caller
    if not subjects or any(s.pos_ != "NOUN" for s in subjects):
        return None  # "said Moscow was isolated and rejected ...": Moscow may be the one
    return saying


def _outside_modal(verb: Token, head: Token) -> bool:
    """A finite past or present verb joined to a clause whose verb stands under a modal
    ("should be punished and called on", "could worsen and urged"): it cannot share the
    modal, so it is not that clause's second verb but the speaker's second act."""
    if verb.tag_ not in ("VBD", "VBZ") or head.tag_ not in ("VB", "VBN"):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _urges_pronoun(verb: Token) -> bool:
    """The one urged is "it", "him" or "her": someone named before, so not the urging verb's
    own subject (that would be "itself"): the said clause's subject is who is urged."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
    return any(o.dep_ in ("dobj", "pobj") and o.lower_ in _OBJECT_PRONOUNS for o in objects)


def _urges_every_side(verb: Token) -> bool:
    """The ones urged are "both", "all sides", "all parties": the sides the said clause named
    ("said X and Y were close to a deal and urged both to meet"), whom they cannot urge
    themselves, so the urging is the speaker's."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
    return any(
        o.dep_ in ("dobj", "pobj")
        and (
            o.lower_ in _EVERY_SIDE_PRONOUNS
            or (
                o.lemma_.lower() in _SIDES
                and any(c.dep_ in ("det", "predet") and c.lower_ in _EVERY for c in o.children)
            )
        )
        for o in objects
    )


def _urging(verb: Token) -> bool:
    """A verb of pressing someone: "urged", "pressed", "demanded", "called on"."""
    lemma = verb.lemma_.lower()
    if lemma in _URGING:
        return True
    return lemma == "call" and any(
        c.lower_ == "on" for c in verb.children if c.dep_ in ("prep", "prt")
    )


def speaker_of_answer(verb: Token) -> Token | None:
    """The verb of saying whose subject a participle of answering after a comma belongs to,
    when the parser hung it on the clause that was said ("told X that Y had signed ...,
    rejecting ..."), else None."""
    head = verb.head
    accusing = verb.lemma_.lower() in _ACCUSING
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not (_answering(verb) or accusing):
        return None
    if verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    if head.dep_ != "ccomp" or head.i > verb.i:
        return None
    saying = head.head
    # "said it was highly likely that Iran had attacked the ship, calling it ...": the clause
    # said may sit under a judgement of how likely it is
    if saying.dep_ == "acomp" and saying.head.dep_ == "ccomp" and saying.head.lemma_ == "be":
        saying = saying.head.head
    if saying.i > head.i:
        return None
    if accusing:
        return saying if _named_teller_of_own_side(saying, head) else None
    return saying if saying.lemma_.lower() in _SAYING else None


def _named_teller_of_own_side(saying: Token, told: Token) -> bool:
    """ "Trump announced that the United States would quit the treaty, accusing Russia of ...",
    "Foreign Minister X said Kigali had evacuated its diplomat, accusing Y of ...": a named
    person tells of a step his side took and gives the reason, so the accusation is his. Only
    for a person named by the parser's PERSON tag telling of a side named by a proper noun:
    "he said he would sign an order, accusing ..." already shares its subject, and "officials
    said Russia had expelled two diplomats, accusing them of spying" is Russia's accusation."""
    if saying.lemma_.lower() not in _SAYING and saying.lemma_.lower() not in _ANNOUNCING:
        return False
    tellers = [c for c in saying.children if c.dep_ == "nsubj"]
    told_subjects = [c for c in told.children if c.dep_ in _SUBJ]
    if not tellers or not told_subjects:
        return False
    teller, side = tellers[0], told_subjects[0]
    return (
        teller.ent_type_ == "PERSON"
        and side.pos_ == "PROPN"
        and side.ent_type_ in ("GPE", "ORG", "NORP")
        and not side.conjuncts
    )


def _answering(verb: Token) -> bool:
    """A verb of answering a claim, or of labelling "it" (the act the said clause tells of)."""
    if verb.lemma_.lower() in _ANSWERING:
        return True
    return verb.lemma_.lower() in _LABELLING and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )


def participle_partner(verb: Token) -> Token | None:
    """The participle a coordinated participle really pairs with, when the parser hung it on
    the verb of the clause the first one reports: "hit back, saying Moscow would not bow to
    pressure and accusing Washington of meddling". "accusing" cannot be coordinated with "bow"
    (an infinitive under "would", or a finite verb); it is the speaker's second act, joined to
    "saying". Climbs the clause chain to the nearest -ing verb, or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ not in _NOT_PARTICIPLES:
        return None
    return clause_above(head, "VBG")


def clause_above(start: Token, tag: str) -> Token | None:
    """The nearest verb of `tag` up the chain of clauses above `start` (complements, adverbial
    clauses, conjuncts, a gerund's preposition; four steps at most), or None."""
    tok = start
    for _ in range(4):
        # "accused Israel of committing crimes and called on it": up through "of committing"
        if tok.dep_ not in ("ccomp", "advcl", "conj", "xcomp", "pcomp", "prep"):
            return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.tag_ == tag:
            return tok
    return None


_NOT_PARTICIPLES = frozenset({"VB", "VBD", "VBZ", "VBP"})
