"""Who acts and who is acted on once voice is undone: passives ("was detained by the FSB"),
reduced relatives ("Americans released by Iran"), participles joined to passives or read as
adjectives ("Iran-backed rebels", "Turkey mediated talks"), and elided comparisons ("as did
Qatar").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import (
    REL_PRONOUNS,
    comma_spliced,
    listed,
    misread_as_modifier,
    predicate_after_apposition,
    with_conjuncts,
)
from loaders.relations.lexicon import LIGHT_VERBS
from loaders.relations.name_objects import misparsed_object
from loaders.relations.relative_gaps import (
    person_relative_noun,
    shared_relative_noun,
    stray_relative_noun,
)
from loaders.relations.subjects import grammatical_subjects
from loaders.relations.time_objects import object_behind_time
from loaders.relations.used_for import used_for

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if predicate_after_apposition(verb):
        return False
    if _joined_participle(verb) or _stative_participle(verb):
        return True
    # "evidence that troops had carried out attacks": a clause with its own active subject
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not comma_spliced(verb)
        and not any(c.dep_ == "nsubj" for c in verb.children)
    )


_LINKING = frozenset({"remain", "stay", "be", "become"})


def _linking_aux(verb: Token) -> bool:
    """ "remains held": the small parser may take "remains" for the passive's auxiliary and
    leave its subject an active one."""
    return any(c.dep_ == "auxpass" and c.lower_ in _LINKING_FORMS for c in verb.children)


_LINKING_FORMS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
"""Forms, not lemmas: read as an auxiliary, "remains" keeps itself as its lemma."""


def _stative_participle(verb: Token) -> bool:
    """ "remain jailed in Russia", "stayed detained": the participle of a linking verb is a
    passive of that verb's subject."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in _LINKING


_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})


def _subjectless_conj(verb: Token) -> bool:
    """A verb joined to another verb with no subject or object of its own."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def _joined_passive(verb: Token) -> bool:
    """ "was arrested in 2022 and was later tried": a passive joined to a passive, with no
    subject of its own, is said of the first one's subject."""
    return _subjectless_conj(verb) and any(c.dep_ == "nsubjpass" for c in verb.head.children)


def _passive_after_active(verb: Token) -> bool:
    """ "flew to Brasilia and was received by Lula": a passive with its own auxiliary joined to
    an active verb, with no subject of its own, is said of the active verb's subject."""
    return (
        _subjectless_conj(verb)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.head.children)
    )


def _joined_participle(verb: Token) -> bool:
    """ "was arrested in March and accused of spying": a bare participle joined to a passive
    shares its auxiliary and its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in _OWN_CLAUSE for c in verb.children) or _calls_on_someone(verb):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def _calls_on_someone(verb: Token) -> bool:
    """ "should be punished and called on Washington to act": "call on" with its object after
    "on" is active; the passive strands the particle ("was called on to act")."""
    if verb.lemma_.lower() != "call":
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("on", "upon")
        and any(o.dep_ == "pobj" for o in p.children)
        for p in verb.children
    )


def agents(verb: Token) -> list[Token]:
    out: list[Token] = []
    preps = [c for c in verb.children if c.dep_ == "agent"]
    if preps:
        # "brokered by X, ..., and by Y": the parser makes the second "by" a conjunct of the
        # verb or of the first "by"
        seconds = [c for p in [verb, *preps] for c in p.children if c.dep_ == "conj"]
        preps += [c for c in seconds if c.lower_ == "by" and c.pos_ == "ADP"]
    for prep in preps:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                out.extend(with_conjuncts(pobj))
    return out


def logical_source(verb: Token) -> list[Token]:
    """Who does it: the agent of a passive, else the (inherited) subject."""
    if verb.dep_ == "amod" and misread_light_verb(verb.head) is not None:
        subjects = _misread_subjects(verb.head) or _own_subjects(verb)
        return [t for c in subjects for t in with_conjuncts(c)]
    if hyphen_agents(verb):
        return hyphen_agents(verb)
    if is_passive(verb):
        return agents(verb)
    return grammatical_subjects(verb) + as_did_subjects(verb)


def as_did_subjects(verb: Token) -> list[Token]:
    """Who did the same, in an elided comparison: "Egypt condemned the strike, as did Qatar"."""
    return [
        subj
        for c in verb.children
        if c.dep_ == "advcl"
        and c.lemma_.lower() in ("do", "have")
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        and not any(o.dep_ in ("dobj", "ccomp", "xcomp") for o in c.children)
        for n in c.children
        if n.dep_ == "nsubj"
        for subj in with_conjuncts(n)
    ]


def hyphen_agents(verb: Token) -> list[Token]:
    """The doer named in front of a participle: "EU-mediated talks", "Iran-backed rebels"."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i < 2:
        return []
    if verb.doc[verb.i - 1].text != "-":
        return []
    before = verb.doc[verb.i - 2]
    ok = before.head.i == verb.i and before.dep_ in ("npadvmod", "compound", "nmod", "amod")
    return [before] if ok and before.pos_ in ("PROPN", "ADJ") else []  # "Qatari-mediated"


def logical_objects(verb: Token) -> list[Token]:
    """What it is done to: the passive subject (or the noun a reduced relative hangs on)."""
    if hyphen_agents(verb):  # "troops and Iran-backed militias": the militias alone
        return [verb.head]
    if misread_as_modifier(verb):
        return with_conjuncts(verb.head)
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                if child.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                    return with_conjuncts(person_relative_noun(verb, child))
                return with_conjuncts(child)
        if verb.dep_ in ("acl", "relcl"):
            return _among(verb) or with_conjuncts(verb.head)
        if _linking_aux(verb):  # "X remains held in Russia": X, hung on "remains" or "held"
            heads = [verb, *(c for c in verb.children if c.dep_ == "auxpass")]
            return [t for h in heads for c in h.children if c.dep_ == "nsubj" for t in listed(c)]
        if _stative_participle(verb):
            return [t for c in verb.head.children if c.dep_ == "nsubj" for t in listed(c)]
        if _joined_participle(verb) or _joined_passive(verb):
            return logical_objects(verb.head)
        if _passive_after_active(verb):  # "Lavrov flew to Brasilia and was received by Lula"
            return grammatical_subjects(verb.head)
        return _parenthesis_subject(verb)
    behind = object_behind_time(verb)
    if behind is not None:  # "sanctioned Chong the following month"
        return listed(behind)
    labelled = _labelled_names(verb)
    if labelled:  # "accused rivals Carlos Mesa and ...": the label and the names it labels
        return labelled
    for child in verb.children:
        if child.dep_ == "dobj":
            if used_for(verb) and child.lower_ in REL_PRONOUNS and child.i < verb.head.i:
                continue  # "drones which Moscow used to strike X": the thing used, not hit
            if child.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return _among(verb) or with_conjuncts(person_relative_noun(verb, child))
            stray = stray_relative_noun(verb, child)  # "the FDLR, which it accuses" (advcl)
            return listed(stray if stray is not None else child)
    misparsed = misparsed_object(verb)  # "which has strongly backed Azerbaijan" (npadvmod)
    if misparsed is not None:
        return listed(misparsed)
    joined = shared_relative_noun(verb)  # "a group that X classifies as Y and has blamed for"
    if joined is not None:
        return with_conjuncts(joined)
    if (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ not in REL_PRONOUNS for c in verb.children)
        and not _relative_elsewhere(verb)
    ):
        # "an offer ECOWAS dismissed as unacceptable"; "among the prisoners Iran freed were X"
        return _among(verb) or with_conjuncts(verb.head)
    shared = _raised_object(verb)
    return listed(shared) if shared is not None else []


_RELATIVE_ADVERBS = frozenset({"where", "when"})


def _relative_elsewhere(verb: Token) -> bool:
    """A relative clause whose noun is no object of its verb: a place or time ("the United
    States, where the FBI had helped"), or the object of an infinitive after it ("Islamic State,
    which the alliance helped to drive out": driven out, not helped)."""
    if any(c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS for c in verb.children):
        return True
    return any(
        o.dep_ == "dobj" and o.lower_ in REL_PRONOUNS
        for c in verb.children
        if c.dep_ == "xcomp"
        for o in c.children
    )


def _raised_object(verb: Token) -> Token | None:
    """The object two joined verbs share, written once after the second: "has armed and
    trained the Houthis" (the parser gives it to "trained" alone). Only verbs side by side
    ("armed and trained"), the second with no subject of its own."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or"):
        return None
    second = doc[verb.i + 2]
    if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return None
    return next((c for c in second.children if c.dep_ == "dobj"), None)


def _labelled_names(verb: Token) -> list[Token]:
    """ "accused rivals Carlos Mesa, ..., and Luis Camacho of ...": the parser splits a bare
    plural label from the names right after it into two objects; both are the object."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 2 or objs[0].pos_ != "NOUN" or objs[1].pos_ != "PROPN":
        return []
    label, names = objs
    if names.left_edge.i != label.i + 1 or any(c.dep_ == "det" for c in label.children):
        return []
    return [*listed(label), *listed(names)]


def _parenthesis_subject(verb: Token) -> list[Token]:
    """ "Bout, once dubbed the merchant of death, was arrested": the parser makes the passive a
    complement of the parenthetical participle and gives it the participle's subject."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ != "VBN" or head.i > verb.i:
        return []
    if not any(t.text == "," for t in verb.doc[head.i : verb.i]):
        return []
    return [t for c in head.children if c.dep_ == "nsubj" for t in with_conjuncts(c)]


def _among(verb: Token) -> list[Token]:
    """Who is one of the group: "X and Y were among 16 prisoners released by Russia". With
    several doers ("released by Russia and Belarus") who did it to whom is unsaid: nobody."""
    noun, prep = verb.head, verb.head.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    doers = agents(verb) + [t for c in subjects for t in with_conjuncts(c)]
    if len(doers) > 1:
        return []
    return [t for c in prep.head.children if c.dep_ == "nsubj" for t in with_conjuncts(c)]


def misread_light_verb(noun: Token) -> Token | None:
    """ "Russia and Ukraine each signed agreements with Turkey": the parser may read the verb
    as an adjective of the noun and hang the subject on the noun, or on that adjective-read verb
    itself ("On Friday, Trump held talks with Putin"). A past participle of a light verb in
    front of a noun, with a subject on the noun or on itself, is that sentence's verb."""
    on_noun = bool(_misread_subjects(noun))
    for child in noun.children:
        verbal = child.dep_ == "amod" and child.tag_ in ("VBN", "VBD") and child.i < noun.i
        if not verbal or child.lemma_.lower() not in LIGHT_VERBS:
            continue
        if on_noun or _own_subjects(child):
            return child
    return None


def _own_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]


def _misread_subjects(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("nsubj", "nmod") and c.i < noun.i]
