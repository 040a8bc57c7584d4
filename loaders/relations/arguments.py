"""Who acts and who is acted on, read from the dependency parse around one trigger.

Handles the places the field measured actor/recipient swaps: passive voice ("was detained by the
FSB"), reduced relatives ("Americans released by Iran"), relative pronouns ("Stoltenberg, who
received Niinisto"), shared subjects of coordinated and participial verbs ("condemned ... and
called on"), possessives and light verbs ("X's talks with Y", "X held talks with Y").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.among import among_those
from loaders.relations.lexicon import LIGHT_VERBS
from loaders.relations.which_antecedent import which_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJ = ("nsubj", "nsubjpass", "csubj")
# What someone says things in: "in a combative speech that accused Washington" -> the speaker.
_SPEECH_NOUNS = frozenset(
    {"speech", "statement", "address", "letter", "remarks", "communique", "interview", "post"}
)
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom"})


_DASHES = frozenset({"-", "—", "–", "--"})


def dateline_end(doc: Doc) -> int:
    """Where a dateline ("VOSTOCHNY COSMODROME, Russia, Sept 13 - ") ends; 0 if there is none.

    A dateline names no actor, and the parser often makes it the subject of the first sentence.
    """
    cached = doc.user_data.get("diplograph_dateline")
    if isinstance(cached, int):
        return cached
    end = 0
    for tok in doc[:20]:
        # a dateline's dash stands between spaces; "in-person" and "U.S.-led" are no datelines
        prev = doc[tok.i - 1] if tok.i > 0 else tok
        spaced = tok.i > 0 and bool(prev.whitespace_) and bool(tok.whitespace_)
        spaced = spaced or (tok.text in ("—", "--") and (prev.is_upper or prev.text == ")"))
        if tok.text in _DASHES and spaced:
            before = doc[: tok.i]
            if any(t.is_upper and t.is_alpha and len(t) > 2 for t in before) or any(
                e.label_ == "DATE" and e.end <= tok.i for e in doc.ents
            ):
                end = tok.i + 1
            break
    doc.user_data["diplograph_dateline"] = end
    return end


def _after_dateline(verb: Token) -> list[Token]:
    """The real subject of a first sentence whose parse swallowed it into the dateline."""
    end = dateline_end(verb.doc)
    span = verb.doc[end : verb.i]
    roots = [t for t in span if not (end <= t.head.i < verb.i) and t.dep_ != "punct"]
    return with_conjuncts(roots[0]) if roots else []


def with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def listed(tok: Token) -> list[Token]:
    """A slot filler with the rest of its list, which the parser may hang on an apposition or
    inside a name: "visiting Egypt, the Republic of the Congo, Uganda and Ethiopia"."""
    members = with_conjuncts(tok)
    members += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    for member in list(members):
        for sub in member.subtree:
            inside_name = sub.head.dep_ == "pobj" and sub.head.head.lower_ == "of"
            if sub.dep_ == "conj" and inside_name:
                members += [t for t in (sub, *sub.conjuncts) if t not in members]
    return members


def comma_spliced(verb: Token) -> bool:
    """A second verb after a comma ("condemned the offensive in the strongest terms, called on
    Baku ..."), which the parser hangs on the last noun as a participle: a coordinated verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.i == 0:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.doc[verb.i - 1].text == "," and verb.head.dep_ == "pobj"


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if predicate_after_apposition(verb):
        return False
    if _joined_participle(verb) or _stative_participle(verb):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not comma_spliced(verb)


_LINKING = frozenset({"remain", "stay", "be", "become"})


def _stative_participle(verb: Token) -> bool:
    """ "remain jailed in Russia", "stayed detained": the participle of a linking verb is a
    passive of that verb's subject."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in _LINKING


_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})


def _joined_passive(verb: Token) -> bool:
    """ "was arrested in 2022 and was later tried": a passive joined to a passive, with no
    subject of its own, is said of the first one's subject."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" for c in verb.head.children)


def _passive_after_active(verb: Token) -> bool:
    """ "flew to Brasilia and was received by Lula": a passive with its own auxiliary joined to
    an active verb, with no subject of its own, is said of the active verb's subject."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.head.children
    )


def _joined_participle(verb: Token) -> bool:
    """ "was arrested in March and accused of spying": a bare participle joined to a passive
    shares its auxiliary and its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in _OWN_CLAUSE for c in verb.children):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def agents(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(with_conjuncts(pobj))
    return out


def grammatical_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, inherited through coordination, control and participles."""
    for child in verb.children:
        if child.dep_ in _SUBJ:
            if child.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                antecedent = _antecedent(verb.head, child.lower_)
                among = among_those(verb.head)
                restricted = _restricted_conjunct(antecedent, verb)
                return _speaker(antecedent, depth) or among or restricted
            if child.i < dateline_end(verb.doc) < verb.i:
                return _after_dateline(verb)
            if child.lower_ in ("which", "who") and (noun := _misattached_relative(child)):
                return [noun]
            return _stranded_subject(child) + with_conjuncts(child)
    # "said it was mediating": the parser may hang the subject on the auxiliary
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
        hung = [c for c in aux.children if c.dep_ in _SUBJ]
        if hung:
            return with_conjuncts(hung[0])
    if verb.dep_ == "ROOT":
        return _swallowed_subjects(verb)
    if predicate_after_apposition(verb):
        return with_conjuncts(verb.head)
    if _misread_as_modifier(verb):  # "Turkey mediated talks": "mediated" read as an adjective
        return [c for c in verb.children if c.dep_ in ("npadvmod", "nsubj")]
    if verb.dep_ == "conj" and (own := _swallowed_by_own_prep(verb)):
        return own  # "..., and in March Tshisekedi and Kagame held their first meeting"
    if depth > 4:
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return grammatical_subjects(_conj_partner(verb), depth + 1)
    if verb.dep_ == "acomp":
        return grammatical_subjects(head, depth + 1)
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return with_conjuncts(objs[0]) if objs else grammatical_subjects(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN", "VB"):
        return grammatical_subjects(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return with_conjuncts(head)
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
        return grammatical_subjects(head.head, depth + 1)
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return []
    return []


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


def _swallowed_subjects(verb: Token) -> list[Token]:
    """A main verb with no subject whose subjects the opening time phrase swallowed: "Late on
    Monday Biden and Blinken greeted ..." (read as "on Monday Biden and Blinken")."""
    opening = verb.doc[verb.sent.start : verb.i]
    for tok in opening:
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.ent_type_ not in _TIME_ENTS:
            if any(t.ent_type_ in _TIME_ENTS for t in opening[: tok.i - opening.start]):
                return with_conjuncts(tok)
            return []
    return []


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
    if verb.tag_ == head.tag_ or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return head
    tok = head
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or tok.head.i == tok.i:
            return head
        tok = tok.head
        if tok.tag_ == verb.tag_:
            return tok
    return head


def logical_source(verb: Token) -> list[Token]:
    """Who does it: the agent of a passive, else the (inherited) subject."""
    if verb.dep_ == "amod" and misread_light_verb(verb.head) is not None:
        return [t for c in _misread_subjects(verb.head) for t in with_conjuncts(c)]
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


def predicate_after_apposition(verb: Token) -> bool:
    """ "The U.N. rights chief, Volker Turk, called on Washington to ...": the parser, having
    no verb for the sentence, makes the noun its root and the real predicate a modifier of it;
    the named apposition between them shows the noun is the subject."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    named = [c for c in head.children if c.dep_ == "appos" and head.i < c.i < verb.i]
    return bool(named) and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _misread_as_modifier(verb: Token) -> bool:
    """A finite past verb read as an adjective of its object, its subject hung on it as an
    adverbial: "Turkey mediated talks between ..."."""
    return (
        verb.dep_ == "amod"
        and verb.tag_ == "VBD"
        and verb.head.i > verb.i
        and any(c.dep_ in ("npadvmod", "nsubj") and c.pos_ == "PROPN" for c in verb.children)
    )


def logical_objects(verb: Token) -> list[Token]:
    """What it is done to: the passive subject (or the noun a reduced relative hangs on)."""
    if hyphen_agents(verb) or _misread_as_modifier(verb):
        return with_conjuncts(verb.head)
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                if child.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                    return with_conjuncts(verb.head)
                return with_conjuncts(child)
        if verb.dep_ in ("acl", "relcl"):
            return _among(verb) or with_conjuncts(verb.head)
        if _stative_participle(verb):
            return [t for c in verb.head.children if c.dep_ == "nsubj" for t in listed(c)]
        if _joined_participle(verb) or _joined_passive(verb):
            return logical_objects(verb.head)
        if _passive_after_active(verb):  # "Lavrov flew to Brasilia and was received by Lula"
            return grammatical_subjects(verb.head)
        return _parenthesis_subject(verb)
    for child in verb.children:
        if child.dep_ == "dobj":
            if child.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                return _among(verb) or with_conjuncts(verb.head)
            return listed(child)
    if verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ not in _REL_PRONOUNS for c in verb.children
    ):
        # "an offer ECOWAS dismissed as unacceptable"; "among the prisoners Iran freed were X"
        return _among(verb) or with_conjuncts(verb.head)
    return []


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
    as an adjective of the noun and hang the subject on the noun. A past participle of a light
    verb in front of a noun that has a subject of its own is that sentence's verb."""
    if not _misread_subjects(noun):
        return None
    for child in noun.children:
        verbal = child.dep_ == "amod" and child.tag_ in ("VBN", "VBD") and child.i < noun.i
        if verbal and child.lemma_.lower() in LIGHT_VERBS:
            return child
    return None


def _misread_subjects(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("nsubj", "nmod") and c.i < noun.i]


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


def prep_objects(tokens: list[Token], preps: tuple[str, ...]) -> list[Token]:
    """Objects of the named prepositions on any of the tokens ("sanctions on X and on Y")."""
    out: list[Token] = []
    for tok in tokens:
        for child in tok.children:
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps:
                for prep in with_conjuncts(child):
                    for pobj in prep.children:
                        if pobj.dep_ in ("pobj", "pcomp"):
                            out.extend(listed(pobj))
    return out


def asking_verb(noun: Token, asking: frozenset[str], asking_for: frozenset[str]) -> Token | None:
    """The verb that asks for what a noun names: its object ("demanded his release",
    "requested a session") or its "for" ("called for the release", "asked for a meeting")."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in asking:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in asking_for:
        return prep.head
    return None


def particle(tok: Token) -> set[str]:
    """Particles, prepositions and (for nouns) modifiers a frame may need: "out", "joint"."""
    return {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod", "amod")}


def has_xcomp(verb: Token, lemma: str) -> bool:
    """An infinitive complement, any ("*"), of one verb ("ordered X to leave"), or of any verb
    but some ("!leave depart": "ordered Israel to take measures" urges, "to leave" expels), or
    hung on the verb's object ("gave him 72 hours to leave")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl")
        and c.tag_ == "VB"
        and _infinitive_fits(lemma, c.lemma_.lower())
        and (c.dep_ in ("xcomp", "ccomp") or c.head.i != verb.i or _to_infinitive(c))
        and not _finite_clause(c)
        for c in [*verb.children, *(g for o in objects for g in o.children)]
    )


def _finite_clause(verb: Token) -> bool:
    """ "told him that Russia would not revive the deal": a base form after a modal or a
    "that" is a statement's verb, not an infinitive of what the hearer is to do."""
    return any(
        c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in ("that", "whether", "if"))
        for c in verb.children
    )


def _infinitive_fits(wanted: str, lemma: str) -> bool:
    if wanted.startswith("!"):
        return lemma not in wanted[1:].split()
    return wanted in ("*", lemma)


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def clause_subjects(verb: Token) -> list[Token]:
    """The subject of a verb's that-clause: "demanded that Washington stop"; or of a noun's:
    "his charge that Putin was responsible"."""
    for child in verb.children:
        that = child.dep_ == "acl" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        )
        if child.dep_ == "ccomp" or that:
            for sub in child.children:
                if sub.dep_ == "nsubj":  # "demanded that Bazoum be reinstated" urges nobody
                    return with_conjuncts(sub)
    return []
