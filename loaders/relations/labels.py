"""Who a speaker gave a pejorative label: "called Putin a war criminal", "considers Russia an
imperial colonial power", "described Moscow as a terrorist state".

Calling or considering someone a dictator is a condemnation (ANNOTATION.md), but only the one
the label is pinned on is condemned, and only when the label is pejorative: "called Kishida a
friend" or "considers China a partner" condemn nobody. The parser gives these small clauses
several shapes (object + predicate, dative + object, a clause with its own subject, "as"), so
each shape is matched explicitly and anything else yields nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import NEGATIVE_LABELS, PATIENT_NOUNS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

_PREDICATES = ("oprd", "ccomp", "xcomp", "attr", "acomp")
_MODIFIERS = ("amod", "compound", "acomp", "npadvmod", "appos")
_NOMINAL = ("NOUN", "PROPN", "ADJ")
_DUMMY = frozenset({"it", "this", "that", "there", "what", "which"})
"""Subjects that are no bearer: "said it was a mistake to ...", "there was an aggressor"."""
_GROUNDS = words("justification excuse")
"""What a step is denied when its judge says it has none: "there was no justification for"."""


def is_pejorative(label: Token, lexicon: frozenset[str] = NEGATIVE_LABELS) -> bool:
    """The label's head, a modifier of it, or what it is "an act of" is a pejorative word (or,
    given the words of praise, a laudatory one); for a list of labels ("a paper tiger and a
    hypocrite"), any of them."""
    heads = [label, *(c for c in label.conjuncts if c.pos_ in _NOMINAL)]  # not a clause
    # "npadvmod"/"appos": the parser's split of "called the move a huge mistake" (move + mistake)
    mods = [c for h in heads for c in h.children if c.dep_ in _MODIFIERS]
    mods += [m for c in mods for m in c.conjuncts]  # "wrong and irresponsible manipulation"
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
    words = heads + mods + [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return any(
        w.lemma_.lower() in lexicon or w.lower_ in lexicon or _hyphened(w) in lexicon for w in words
    )


def _hyphened(word: Token) -> str:
    """The word with the one before a hyphen: "ill-considered", "short-sighted" are three tokens
    to the parser, the last (the head) no judgement on its own."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_:
        return f"{doc[word.i - 2].lower_}-{word.lower_}"
    return word.lower_


def _named_in(label: Token, lexicon: frozenset[str] = NEGATIVE_LABELS) -> list[Token]:
    """A bearer named inside the label: "Russian barbarism", "an aggressor, Russia", or the
    owner of the pejorative noun it is "of": "a horrific reminder of Russia's brutality"."""
    found = [c for c in label.children if c.dep_ in ("amod", "compound", "poss", "appos")]
    of = [p for c in label.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    bad = [p for p in of if p.lemma_.lower() in lexicon or p.lower_ in lexicon]
    return found + [c for p in bad for c in p.children if c.dep_ == "poss"]


def _label_of_clause(pred: Token) -> Token | None:
    """The label of a predicate: itself, or what "to be" attributes ("X to be an aggressor")."""
    if pred.pos_ in _NOMINAL or (pred.tag_ == "VBN" and pred.dep_ == "oprd"):
        return pred  # "called the ruling biased": a participle as the label
    if (
        pred.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in pred.children)
        and not any(c.dep_ == "agent" for c in pred.children)
    ):
        return pred  # "said the move was misguided": the parser's passive of a participle label
    if pred.lemma_ == "be":
        return next((c for c in pred.children if c.dep_ in ("attr", "acomp")), None)
    return None


def _without_grounds(pred: Token) -> list[Token]:
    """The step a clause denies any grounds: "there was no justification for Washington's
    decision" (what "for" names), "the strike had no justification" (the subject). Saying a
    move has no justification condemns it as surely as calling it unjustified; only "no"
    counts ("there was some justification for" judges nothing)."""
    if pred.lemma_ not in ("be", "have"):
        return []
    for word in pred.children:
        if word.dep_ not in ("attr", "dobj") or word.lemma_.lower() not in _GROUNDS:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
            continue
        if pred.lemma_ == "have":
            return [c for c in pred.children if c.dep_ == "nsubj" and c.lower_ not in _DUMMY]
        return [
            p
            for c in word.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    return []


def labelled(verb: Token, lexicon: frozenset[str] = NEGATIVE_LABELS) -> list[Token]:
    """The tokens a verb of calling or considering pins a pejorative label on, or [] (or a label
    of praise, given its words: "called Biden an experienced statesman")."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    found: list[Token] = []
    for child in children:
        if child.dep_ in _PREDICATES:
            if any(c.dep_ == "neg" for c in child.children):
                continue  # "said Maduro was not the legitimate president": no label pinned
            if lexicon is NEGATIVE_LABELS and (steps := _without_grounds(child)):
                found += steps  # "said there was no justification for X's decision"
                continue
            label = _label_of_clause(child)
            if label is None or not is_pejorative(label, lexicon):
                continue
            subjects = [
                c
                for c in child.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _DUMMY
            ]
            # "it was disrespectful of Zelensky to ...": the one the label is "of"
            of = [
                p
                for c in label.children
                if c.dep_ == "prep" and c.lower_ == "of" and label.pos_ == "ADJ"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN"
            ]
            found += subjects or of or [o for o in objects if o.i != label.i]
            found += _named_in(label, lexicon)
        elif child.dep_ == "advcl" and child.pos_ == "ADJ" and is_pejorative(child, lexicon):
            # "described the junta as illegitimate": the parser makes "as ADJ" a clause
            if any(c.lower_ == "as" for c in child.children):
                found += [o for o in objects if o.dep_ == "dobj"]
        elif child.dep_ == "advcl" and _bare_label(child) and is_pejorative(child, lexicon):
            # "called the incursion \"unprecedentedly brazen\"": a quoted label the parser
            # made a clause of its own, with nothing but a degree word
            found += [o for o in objects if o.dep_ == "dobj"]
        elif child.dep_ == "prep" and child.lower_ == "as":
            # "described Moscow as illegitimate": the parser may hang the adjective as amod
            labels = [p for p in child.children if p.dep_ in ("pobj", "pcomp", "amod", "acomp")]
            if any(is_pejorative(p, lexicon) for p in labels):
                found += [o for o in objects if o.dep_ == "dobj"]
    # "described the move as reckless": the parser may hang "as" on the object, not the verb
    found += [
        o
        for o in objects
        if o.dep_ == "dobj"
        and any(
            is_pejorative(p, lexicon)
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children
            if p.dep_ in ("pobj", "pcomp", "amod", "acomp")
        )
    ]
    # "called Russia's decision unconscionable": an adjective after its noun is no attribute
    # but the label, which the parser hung on the object
    found += [
        o
        for o in objects
        if any(c.dep_ == "amod" and c.i > o.i and is_pejorative(c, lexicon) for c in o.children)
    ]
    # "called X's refusal of the offer \"nasty\"": a label after a phrase on the object, hung
    # by the parser on that phrase's last noun (the object may be made the predicate then)
    hosts = objects or [c for c in children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    found += [o for o in hosts if _label_in_tail(o, lexicon)]
    # "called the court's willingness to hear it a disgrace": the label hung on the object's verb
    found += [
        o
        for o in objects
        if o.dep_ == "dobj"
        for v in o.children
        if v.dep_ == "acl"
        and any(
            c.dep_ == "npadvmod" and c.pos_ == "NOUN" and is_pejorative(c, lexicon)
            for c in v.children
        )
    ]
    # "branded NATO an aggressive bloc": the parser makes the bearer a dative or a first object
    pairs = [(d, o) for d in objects for o in objects if o.dep_ == "dobj" and d.i < o.i]
    found += [d for d, o in pairs if is_pejorative(o, lexicon)]
    # "called Mali's decision a disgrace", "calling X's move a surrender", "called the U.S. move
    # an unfriendly act": the parser hangs the label on the object (or on "move" read as a verb)
    found += _split_labels(children, lexicon)
    # "called Russia's strike a war crime": the parser hangs the label on the object as appos
    found += [
        o
        for o in objects
        if any(c.dep_ == "appos" and is_pejorative(c, lexicon) for c in o.children)
    ]
    # "said China's treatment of the journalist was unacceptable": the act's owner bears the
    # label with it; not the owner of what was done to them ("the reporter's detention"),
    # unless the act names its patient apart ("Russia's detention of Whelan")
    found += [
        c
        for o in found
        if o.lemma_.lower() not in PATIENT_NOUNS or any(p.lower_ == "of" for p in o.children)
        for c in o.children
        if c.dep_ == "poss" and c.lower_ not in _DUMMY
    ]
    return [t for tok in _unique(found) for t in (tok, *tok.conjuncts)]


def _split_labels(children: list[Token], lexicon: frozenset[str]) -> list[Token]:
    """Bearers of a label the parser hung on the object phrase instead of the verb: a noun
    with "a"/"an" after the object ("Mali's decision a disgrace": npadvmod; "La Paz's move a
    surrender": the object made a clause with the label its object). Where the parser made the
    act noun a verb of its own ("the U.S. move an unfriendly act"), the object before it bears
    the label. Only an indefinite noun right after the object phrase: "called X's move a day
    later" has no pejorative word, "called the move the first step" no article "a"."""
    found: list[Token] = []
    for obj in children:
        hosts_label = obj.dep_ in ("dobj", "ccomp") and obj.pos_ == "NOUN"
        verb_noun = obj.dep_ == "oprd" and obj.tag_ == "VB" and obj.lower_ in _ACT_VERBS_AS_NOUNS
        if not (hosts_label or verb_noun):
            continue
        labels = [
            c
            for c in obj.children
            if c.dep_ in ("dobj", "npadvmod")
            and c.pos_ == "NOUN"
            and c.i > obj.i
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
            and is_pejorative(c, lexicon)
        ]
        if not labels:
            continue
        if hosts_label:
            found.append(obj)
        else:
            found += [c for c in children if c.dep_ == "dobj" and c.i < obj.i]
    return found


# Act nouns the parser may read as verbs before a label: "called the U.S. move an unfriendly act".
_ACT_VERBS_AS_NOUNS = frozenset({"move", "step", "decision", "ban", "attack", "strike", "raid"})


def _bare_label(word: Token) -> bool:
    """A word the parser made a clause of that has no clause in it: no subject, no verb, only
    degree words and quotes ("\"unprecedentedly brazen\""), so it can be nothing but a label."""
    return word.pos_ in _NOMINAL and all(
        c.dep_ in ("advmod", "punct") or c.is_punct for c in word.children
    )


def _label_in_tail(obj: Token, lexicon: frozenset[str]) -> bool:
    """The object phrase ends in a pejorative adjective the parser hung after its noun, inside
    a prepositional phrase of the object: English puts no attribute after its noun there."""
    words = [t for t in obj.subtree if not t.is_punct]
    last = words[-1] if words else obj
    return (
        last.dep_ == "amod"
        and last.pos_ == "ADJ"
        and last.i > last.head.i
        and last.head.dep_ == "pobj"
        and last.head.i != obj.i
        and is_pejorative(last, lexicon)
    )


def _unique(tokens: list[Token]) -> list[Token]:
    seen: set[int] = set()
    out: list[Token] = []
    for tok in tokens:
        if tok.i not in seen:
            seen.add(tok.i)
            out.append(tok)
    return out
