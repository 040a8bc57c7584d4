"""The subject of a verb, read from the dependency parse: its own, or inherited through
coordination, control and participles; a relative pronoun's antecedent ("Stoltenberg, who
received Niinisto"); subjects a dateline or an opening time phrase swallowed ("On Friday evening
Zelensky, Macron and Starmer spoke").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.among import among_those
from loaders.relations.arguments import (
    REL_PRONOUNS,
    TIME_MEASURES,
    comma_spliced,
    dateline_end,
    joined_with,
    misread_as_modifier,
    opening_comma,
    predicate_after_apposition,
    second_subject,
    with_conjuncts,
)
from loaders.relations.decided_acts import decision_doers, decision_of_another
from loaders.relations.joined_in import joined_doers
from loaders.relations.modality import summons_purpose
from loaders.relations.said_and_did import (
    clause_above,
    participle_partner,
    speaker_of_answer,
    speaker_of_second_act,
)
from loaders.relations.titled_subjects import name_ending_title, titled_after_opening
from loaders.relations.urging_errands import urging_errand
from loaders.relations.used_for import used_for
from loaders.relations.which_antecedent import which_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJ = ("nsubj", "nsubjpass", "csubj")
# What someone says things in: "in a combative speech that accused Washington" -> the speaker.
_SPEECH_NOUNS = frozenset(
    {"speech", "statement", "address", "letter", "remarks", "communique", "interview", "post"}
)


def _after_dateline(verb: Token) -> list[Token]:
    """The real subject of a first sentence whose parse swallowed it into the dateline."""
    end = dateline_end(verb.doc)
    span = verb.doc[end : verb.i]
    roots = [t for t in span if not (end <= t.head.i < verb.i) and t.dep_ != "punct"]
    return with_conjuncts(roots[0]) if roots else []


def grammatical_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, inherited through coordination, control and participles."""
    for child in verb.children:
        if child.dep_ in _SUBJ:
            if child.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                antecedent = _antecedent(verb.head, child.lower_)
                among = among_those(verb.head)
                restricted = _restricted_conjunct(antecedent, verb)
                return _speaker(antecedent, depth) or among or restricted
            if child.i < dateline_end(verb.doc) < verb.i:
                return _after_dateline(verb)
            if _whose_office(child, verb):
                return with_conjuncts(verb.head)
            if child.lower_ in ("which", "who") and (noun := _misattached_relative(child)):
                return [noun]
            return (
                _stranded_subject(child)
                + with_conjuncts(child)
                + name_ending_title(child)
                + second_subject(child)
                + _list_in_apposition(child)
                + _named_after_description(child)
                + _joined_subjects(child, verb)
            )
    # "said it was mediating": the parser may hang the subject on the auxiliary
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
        hung = [c for c in aux.children if c.dep_ in _SUBJ]
        if hung:
            return with_conjuncts(hung[0])
    if verb.dep_ == "ROOT":
        found = titled_after_opening(verb) or _swallowed_subjects(verb)
        return found or _listed_predicate(verb) or _subjects_after_opening(verb)
    if predicate_after_apposition(verb):
        return with_conjuncts(verb.head)
    if misread_as_modifier(verb):  # "Turkey mediated talks": "mediated" read as an adjective
        return [c for c in verb.children if c.dep_ in ("npadvmod", "nsubj")]
    if verb.dep_ == "conj" and (own := _swallowed_by_own_prep(verb)):
        return own  # "..., and in March Tshisekedi and Kagame held their first meeting"
    if verb.dep_ == "conj" and (own := _subject_read_as_time_object(verb)):
        return own  # "came two days after Witkoff, Trump's envoy, met Putin"
    if depth > 4:
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return grammatical_subjects(_conj_partner(verb), depth + 1)
    if verb.dep_ == "conj" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
        # "said he was deeply disappointed and urged Beijing to reconsider"
        return grammatical_subjects(head.head, depth + 1)
    if verb.dep_ == "acomp":
        return grammatical_subjects(head, depth + 1)
    if summons_purpose(verb):  # "summoned the envoy to protest": the summoner protests
        return grammatical_subjects(head, depth + 1)
    if urging_errand(verb):  # "met Putin to press him to ...": the visitor presses
        return grammatical_subjects(head, depth + 1)
    if used_for(verb):  # "used drones to strike Kyiv": the user strikes, not the drones
        return grammatical_subjects(head, depth + 1)
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return with_conjuncts(objs[0]) if objs else grammatical_subjects(head, depth + 1)
    if (saying := speaker_of_answer(verb)) is not None:
        return grammatical_subjects(saying, depth + 1)  # "told X that Y had ..., rejecting Z"
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN", "VB"):
        return grammatical_subjects(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if (clause := _free_adjunct_clause(verb)) is not None:
            return grammatical_subjects(clause, depth + 1)
        if head.lemma_.lower() in _ISSUED_TEXTS and head.dep_ == "dobj" and _issuing(head.head):
            # "passed a resolution calling on Iran to ...": the text speaks for who issued it
            return grammatical_subjects(head.head, depth + 1)
        return with_conjuncts(head)
    if decided := decision_doers(verb):  # "Canada's decision to impose sanctions"
        return [t for d in decided for t in with_conjuncts(d)]
    if decision_of_another(verb):  # "condemned the decision to arrest X": not the condemner's
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VB" and head.dep_ == "dobj":
        return grammatical_subjects(head.head, depth + 1)  # "accepted an invitation to visit"
    if first_to(verb):  # "became the first Western leader to speak to Lukashenko"
        return grammatical_subjects(head.head, depth + 1)
    if comma_spliced(verb) or (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ")):
        # a finite verb hung on a noun is a parse error for ", called on Baku ...": climb to
        # the clause's verb and share its subject
        clause = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return grammatical_subjects(clause, depth + 1) if clause is not None else []
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        objs = [c for c in head.head.children if c.dep_ == "dobj"]
        if objs and head.lower_ in ("for", "of"):
            return with_conjuncts(objs[0])  # "thanked Qatar for helping", "accused X of doing"
        return grammatical_subjects(head.head, depth + 1) + joined_doers(verb)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and _time_measure(head.head):
        # "held talks on Thursday, a day after meeting Rouhani": the measure of time hangs
        # on the clause's verb, whose subject did it
        return grammatical_subjects(head.head.head, depth + 1)
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return []
    return []


_OWN_OFFICES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson"})


def _whose_office(subject: Token, verb: Token) -> bool:
    """ "Attorney General X, whose office accuses Y of fraud": an official's office or
    spokesman speaks for the official the relative clause is hung on."""
    return (
        verb.dep_ == "relcl"
        and subject.lemma_.lower() in _OWN_OFFICES
        and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)
    )


def _time_measure(noun: Token) -> bool:
    """ "a day (after)", "two weeks (before)", "hours (after)": a span of time on a verb."""
    return (
        noun.dep_ == "npadvmod"
        and noun.lemma_.lower() in TIME_MEASURES
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _free_adjunct_clause(participle: Token) -> Token | None:
    """ "Erdogan phoned Putin and then Zelensky, pressing both to ...": a participle set off by a
    comma after the clause's object tells what the clause's subject did while doing it; the
    parser may hang it on the last object, which would make Zelensky the one pressing. Returns
    the clause's verb when the participle's noun is its object (or one of a list of them)."""
    if participle.i < 1 or participle.doc[participle.i - 1].text != ",":
        return None
    noun = participle.head
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    clause = noun.head
    if noun.dep_ not in ("dobj", "dative", "prep") or clause.pos_ not in ("VERB", "AUX"):
        return None
    return clause


def _misattached_relative(pronoun: Token) -> Token | None:
    """ "solidarity with the Community of West African States (ECOWAS), which on Jan. 9
    closed ...": the parser may hang a non-restrictive relative clause on the main verb; its
    "which" is still the name right before the comma."""
    doc = pronoun.doc
    i = pronoun.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    while i > 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if doc[i].pos_ == "PROPN" else None


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _stranded_subject(subject: Token) -> list[Token]:
    """The first of coordinated subjects that the parser swallowed into an opening time phrase:
    "On Friday evening Zelensky, Macron and Starmer spoke", "Late on Thursday Biden and Harris
    greeted" (the parser reads "on Friday evening Zelensky" as one phrase). Only a name right
    before the subject (but for "," or "and"), inside a sentence-opening phrase of time."""
    doc, sent = subject.doc, subject.sent
    j = subject.left_edge.i - 1
    while j > sent.start and doc[j].text in (",", "and"):
        j -= 1
    name = doc[j]
    if j == subject.left_edge.i - 1 or name.pos_ != "PROPN" or name.ent_type_ in _TIME_ENTS:
        return []
    opening = doc[sent.start : name.i]
    if not opening or opening[0].pos_ not in ("ADP", "ADV") or name.dep_ not in ("pobj", "conj"):
        return []
    if not any(t.ent_type_ in _TIME_ENTS for t in opening):
        return []
    return [name]


def _list_in_apposition(subject: Token) -> list[Token]:
    """The rest of a list of names the parser hung on an apposition of the first: "Saudi
    Arabia, the United Arab Emirates, Qatar and Jordan issued statements" (the Emirates read as
    an apposition of Saudi Arabia, Qatar and Jordan as its conjuncts). Only names: "Blinken,
    the top U.S. diplomat and a veteran of talks," is one person described."""
    if subject.pos_ != "PROPN":
        return []
    for appos in (c for c in subject.children if c.dep_ == "appos" and c.i > subject.i):
        listed = [appos, *appos.conjuncts]
        if len(listed) > 1 and all(t.pos_ == "PROPN" for t in listed):
            return listed
    return []


def _named_after_description(subject: Token) -> list[Token]:
    """A second subject the parser hung as an apposition of the first when the first has a
    description between commas: "Billingslea, Trump's envoy for arms control, and Russian
    Deputy Foreign Minister Sergei Ryabkov met" (Ryabkov read as another name for
    Billingslea, or as a conjunct of the description). Only a name right after ", and" that
    follows the description, so "Blinken, the top U.S. diplomat and a veteran of talks" stays
    one person."""
    if subject.pos_ != "PROPN":
        return []
    doc = subject.doc
    appositions = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    descriptions = [a for a in appositions if a.pos_ == "NOUN"]
    return [
        a
        for a in appositions + [c for d in descriptions for c in d.conjuncts]
        if descriptions
        and a.pos_ == "PROPN"
        and a.left_edge.i >= 2
        and doc[a.left_edge.i - 1].lower_ == "and"
        and doc[a.left_edge.i - 2].text == ","
    ]


_ISSUED_TEXTS = frozenset(
    {"resolution", "statement", "communique", "declaration", "letter", "motion", "text", "order",
     "decree", "indictment", "complaint", "warrant"}
)  # fmt: skip
"""Texts issued in one's own name, whose "calling on X to ..." is the issuer's call and whose
"imposing tariffs on ..." the issuer's act ("signed an order imposing tariffs on Mexico"); so
too the charging papers of a prosecutor or court ("unsealed an indictment charging X with ...",
"issued a warrant accusing him of ..."): whoever files them accuses."""

_ISSUING = frozenset(
    {"pass", "adopt", "issue", "sign", "release", "publish", "approve", "send", "write", "draft",
     "circulate", "table", "unveil", "unseal", "file", "lodge"}
)  # fmt: skip
"""Verbs by which one puts out a text as one's own ("blocked a statement endorsing X" is not)."""


def _issuing(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ISSUING


_TIME_SUBORDINATORS = frozenset({"after", "before", "since", "until", "when"})


def _subject_read_as_time_object(verb: Token) -> list[Token]:
    """The subject of a clause after "after"/"before" that the parser read as the
    preposition's object, making the clause's verb a conjunct of the main one: "The strike
    came two days after Steve Witkoff, Trump's envoy, met Putin" ("after Witkoff" a phrase,
    "met" joined to "came"). Only when the name's phrase ends right before the verb (a comma
    between at most, or a date: "after Russia on Feb. 25 vetoed a draft"), so "came after the
    talks and met Putin" keeps its own subject."""
    head = verb.head
    for prep in (c for c in head.children if c.dep_ == "prep" and head.i < c.i < verb.i):
        if prep.lower_ not in _TIME_SUBORDINATORS:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            gap = verb.doc[pobj.right_edge.i + 1 : verb.i]
            if pobj.pos_ == "PROPN" and all(t.text == "," or _dated(t) for t in gap):
                return with_conjuncts(pobj)
    return []


def _dated(tok: Token) -> bool:
    """A word of a date between a clause's subject and its verb ("after Russia on Feb. 25
    vetoed"): the date, or the "on" that opens it."""
    if tok.ent_type_ == "DATE":
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "on" and nxt is not None and nxt.ent_type_ == "DATE"


def _joined_subjects(subject: Token, verb: Token) -> list[Token]:
    """Partners "along with" / "together with" joins to the subject: "Britain, along with
    Canada, sanctioned X" (hung on the subject, or on the verb before it), "the two delegations
    met, along with Algeria and Mauritania, in Geneva" (after a verb with no object). After an
    object the partner is the object's (joined_objects.py): "met Xi along with his ministers"."""
    partners = joined_with(subject)
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    partners += [t for t in joined_with(verb) if t.i < verb.i or not has_object]
    return [t for t in partners if t is not subject]


def _swallowed_subjects(verb: Token) -> list[Token]:
    """A main verb with no subject whose subjects the opening time phrase swallowed: "Late on
    Monday Biden and Blinken greeted ..." (read as "on Monday Biden and Blinken").

    Not arguments.opening_comma, which _subjects_after_opening and titled_after_opening share:
    this opening has no comma to end it. It ends where the parser made a name the object of
    the time phrase, and that name, the first subject, is inside the opening with its
    conjuncts; after an opening's comma every subject is outside it. (_stranded_subject reads
    the same swallowing when the parser gave the verb the rest of the list.)"""
    opening = verb.doc[verb.sent.start : verb.i]
    for tok in opening:
        if tok.pos_ in ("VERB", "AUX"):
            return []  # a clause of its own before: "London suspended talks with Israel, ..."
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.ent_type_ not in _TIME_ENTS:
            if any(t.ent_type_ in _TIME_ENTS for t in opening[: tok.i - opening.start]):
                return with_conjuncts(tok)
            return []
    return []


def _subjects_after_opening(verb: Token) -> list[Token]:
    """ "At a summit of the African Union, Ethiopia and Kenya signed ...": the parser may list
    the subjects with the opening phrase's last name (arguments.opening_comma, which also ends
    the opening for titled_after_opening: there a title names one subject, here every name
    listed after the comma is one). ("in Addis Ababa, Ethiopia and Kenya signed" stays unread:
    the actor stage takes "Addis Ababa, Ethiopia" for a city and its country, which a reader
    cannot tell from a list either.)"""
    comma = opening_comma(verb)
    if comma is None:
        return []
    span = verb.doc[comma + 1 : verb.i]
    names = [t for t in span if t.pos_ == "PROPN" and t.dep_ == "conj" and t.head.i < verb.i]
    if not names or names[0].head.i > comma:
        return []
    return names


def _listed_predicate(verb: Token) -> list[Token]:
    """ "London suspended talks with Israel, summoned its ambassador and sanctioned ...": the
    parser may make the first predicate of a list a clause of the second, which then has no
    subject; the first one's subject is the whole list's."""
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if first is None or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return []
    subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    return with_conjuncts(subjects[0]) if len(subjects) == 1 else []


def _swallowed_by_own_prep(verb: Token) -> list[Token]:
    """A coordinated verb's own subjects read as the object of its opening time phrase."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            timed = any(t.ent_type_ in _TIME_ENTS for t in pobj.lefts)
            if pobj.pos_ == "PROPN" and pobj.ent_type_ not in _TIME_ENTS and timed:
                return with_conjuncts(pobj)
    return []


def _speaker(noun: Token, depth: int) -> list[Token]:
    """The one who made the speech a relative clause is about, if the speech is an adjunct:
    the subject of the verb of saying it hangs under, else of its nearest verb."""
    if noun.lemma_.lower() not in _SPEECH_NOUNS or noun.dep_ != "pobj":
        return []
    if noun.head.lower_ not in ("in", "during", "with"):
        return []
    verbs = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")]
    saying = [v for v in verbs if v.lemma_.lower() in _SAYING]
    chosen = saying[:1] or verbs[:1]
    return grammatical_subjects(chosen[0], depth + 1) if chosen else []


_SAYING = frozenset({"say", "tell", "speak", "declare", "announce", "address", "argue", "warn"})


def _antecedent(head: Token, pronoun: str) -> Token:
    """Who "who" is: the parser may hang "Lajcak, the EU's envoy for the dialogue, who has
    mediated" on "dialogue"; a person pronoun climbs out of prepositional phrases of things."""
    if pronoun == "which":
        return which_antecedent(head)  # "the Council, chaired by Tebboune, which accused"
    tok = head
    while pronoun == "who" and tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        tok = tok.head.head
    return tok


def _restricted_conjunct(antecedent: Token, relative: Token) -> list[Token]:
    """ "thanked Trump, Witkoff and lawmakers who had campaigned for him": a relative clause
    with no comma before it, on a common noun closing a list, restricts that noun alone (the
    names before it need no restricting); otherwise it speaks of the whole list."""
    members = with_conjuncts(antecedent)
    first = relative.left_edge
    comma = first.i > 0 and first.nbor(-1).lower_ == ","
    # the parser may hang the clause on a name before "and lawmakers who ...": it is the noun
    # right before "who" that it restricts
    adjoining = first.nbor(-1) if first.i > 0 else antecedent
    if adjoining.i != antecedent.i and any(m.i == adjoining.i for m in members):
        antecedent = adjoining
    last = antecedent.dep_ == "conj" and all(m.i <= antecedent.i for m in members)
    if antecedent.pos_ == "NOUN" and last and not comma:
        return [antecedent]
    return members


def _conj_partner(verb: Token) -> Token:
    """The verb a coordinated verb really shares its subject with.

    The parser often hangs ", and called on the EU" on the last verb of a subordinate clause
    ("complaining that the Serbian side was dodging ..."); a finite verb coordinated with a
    progressive one is climbed up to the nearest verb of its own form.
    """
    head = verb.head
    if (saying := speaker_of_second_act(verb)) is not None:
        return saying  # "said the decision was rash and dismissed the charge"
    if (partner := participle_partner(verb)) is not None:
        return partner  # "saying X would not bow and accusing Y of ..."
    if (listed := _verb_list_of_subordinate(verb)) is not None:
        return listed
    if verb.tag_ == head.tag_ or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return head
    return clause_above(head, verb.tag_) or head


def _verb_list_of_subordinate(verb: Token) -> Token | None:
    """ "came a day after N flew to Moscow, attended the parade and held talks": a verb joined
    by a bare comma to the main verb, past a subordinate clause with its own subject and the
    same verb form, continues that clause's list of acts (a second act of the main clause
    would come after ", and")."""
    head = verb.head
    if verb.i < 1 or verb.doc[verb.i - 1].lower_ != ",":
        return None
    for clause in head.children:
        if clause.dep_ != "advcl" or not head.i < clause.i < verb.i or clause.tag_ != verb.tag_:
            continue
        if clause.right_edge.i in (verb.i - 2, verb.i - 1) and any(
            c.dep_ in _SUBJ for c in clause.children
        ):
            return clause
    return None


def first_to(verb: Token) -> bool:
    """An infinitive on the noun a copula gives its subject: "X became the first leader to
    speak to Y", "X is the only minister to have visited Y": X did it."""
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in _SUBJ for c in verb.children)
        and head.dep_ == "attr"
        and head.head.lemma_.lower() in ("be", "become")
    )
