"""Small helpers shared by the readers of who acts and who is acted on: datelines, lists and
conjuncts, parses that hang a verb where it does not belong, prepositional objects, asking verbs,
particles, infinitive and that-clause complements.

The subject of a verb is read in `subjects`; voice (passives, participles, agents) and the
logical source and objects in `passives`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import BOUGHT_NOUNS, PATIENT_NOUNS
from loaders.relations.time_names import name_before_time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

REL_PRONOUNS = frozenset({"who", "which", "that", "whom"})


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
            if (
                any(t.is_upper and t.is_alpha and len(t) > 2 for t in before)
                or any(e.label_ == "DATE" and e.end <= tok.i for e in doc.ents)
                or _place_line(before)
            ):
                end = tok.i + 1
            break
    doc.user_data["diplograph_dateline"] = end
    return end


def _place_line(before: Span) -> bool:
    """ "Kabul, Afghanistan - ": a title-case dateline, names of places and commas only."""
    names = [t for t in before if t.text != ","]
    commas = len(before) - len(names)
    return 0 < commas < len(before) and all(t.pos_ == "PROPN" for t in names)


def with_conjuncts(tok: Token) -> list[Token]:
    return [
        tok,
        *(
            c
            for c in tok.conjuncts
            if not subject_of_next_clause(c) and not after_semicolon_clause(tok, c)
        ),
    ]


def second_subject(subject: Token) -> list[Token]:
    """A coordinated subject the parser hung on the verb beside the first, not as its conjunct:
    "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan held talks"
    (two nsubj; the "and" a child of the first). Only when the "and" ends the first subject and
    the second starts right after it, so two clauses' subjects are never joined."""
    last = subject.right_edge
    if last.dep_ != "cc" or last.head != subject or last.lower_ not in ("and", "or"):
        return []
    verb = subject.head
    return [
        c
        for c in verb.children
        if c.dep_ == subject.dep_ and c.left_edge.i == last.i + 1 and c.i < verb.i
    ]


def after_semicolon_clause(first: Token, item: Token) -> bool:
    """ "put forward by the United States and Albania; China, India and the UAE abstained":
    the parser joins the next clause's subjects to the list across the semicolon. An item after
    a semicolon is a new clause's subject when the list ends right before a verb without a
    subject of its own (a semicolon list of names with appositions goes on to no verb)."""
    if item.i < first.i or not any(t.text == ";" for t in item.doc[first.i : item.i]):
        return False
    last = max((first, *first.conjuncts), key=lambda t: t.i)
    after = last.right_edge.i + 1
    if after >= len(item.doc):
        return False
    verb = item.doc[after]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.pos_ == "VERB" and not has_subject


def subject_of_next_clause(tok: Token) -> bool:
    """ "imposed sanctions on six officials and the EU added ...": the parser lists the EU with
    the officials and leaves "added" without a subject; the noun right before that coordinated
    verb is its subject, not a member of the list."""
    after = tok.right_edge.i + 1
    if tok.dep_ != "conj" or after >= len(tok.doc):
        return False
    verb = tok.doc[after]
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and subjectless


# Spans of time that date one act by another: "a day after meeting X", "hours before talks with".
TIME_MEASURES = frozenset({"day", "week", "month", "year", "hour", "minute", "moment"})

# Words that join a partner to a party with "with": "together with", "along with", "jointly with".
_JOINING = frozenset({"together", "along", "jointly"})


def joined_with(tok: Token) -> list[Token]:
    """Objects of "together with", "along with", "jointly with" on the token."""
    out: list[Token] = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ == "with" and any(c.lower_ in _JOINING for c in prep.children):
            out += prep_objects([tok], ("with",))  # "together/jointly with": adverb on "with"
        elif prep.lower_ in _JOINING:
            out += prep_objects([prep], ("with",))  # "along with": "with" on "along"
    for adv in (c for c in tok.children if c.dep_ == "advmod" and c.lower_ in _JOINING):
        out += prep_objects([adv], ("with",))  # "together" heading its "with"
    return out


def first_conjunct(tok: Token, *, through_appositions: bool = False) -> Token:
    """The head of the list `tok` stands in: two tokens with one first conjunct are listed
    together. `through_appositions`: "with Putin, Zelensky and ministers", where the parser often
    hangs a listed name as an apposition of the one before (crowds.py); meeting sides do not
    follow appositions, since "between Iranian envoy Ali Bagheri and ..." hangs the list on an
    apposition of one side's object, which is that side, not a member listed beside it."""
    links = ("conj", "appos") if through_appositions else ("conj",)
    while tok.dep_ in links:
        tok = tok.head
    return tok


def listed(tok: Token) -> list[Token]:
    """A slot filler with the rest of its list, which the parser may hang on an apposition or
    inside a name: "visiting Egypt, the Republic of the Congo, Uganda and Ethiopia"; a name the
    parser hung on a time that dates the clause ("from Baku days after", time_names.py)."""
    members = with_conjuncts(name_before_time(tok) or tok)
    members += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    members += verb_hung_conjuncts(tok)
    for member in list(members):
        for sub in member.subtree:
            if _in_own_clause(sub, member):
                continue  # "flew to Tokyo, where he met the leaders of A and B": not the list
            # not after an act done to them: "the sentencing of A and B" lists the sentenced
            of = sub.head.head
            done_to = of.head.lemma_.lower() in PATIENT_NOUNS
            inside_name = sub.head.dep_ == "pobj" and of.lower_ == "of" and not done_to
            if sub.dep_ == "conj" and inside_name:
                members += [t for t in (sub, *sub.conjuncts) if t not in members]
    return members


def verb_hung_conjuncts(tok: Token) -> list[Token]:
    """ "sanctions on the head of X's Senate, A, and a former Senate leader, B, accusing ...":
    after an apposition the parser often hangs the next list member on the clause's verb, as a
    conjunct noun. A noun conjoined to a verb is no clause of its own: when ", and" is all that
    parts it from the end of the preposition's object, it is one more member of that object."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return []
    owner = tok.head.head
    verb = owner.head if owner.dep_ == "dobj" else owner
    if verb.pos_ != "VERB":
        return []
    end = tok.right_edge.i
    out: list[Token] = []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")):
        # "spoke with A, and B with C": a gapped clause repeats the preposition
        if any(c.dep_ == "prep" and c.lower_ == tok.head.lower_ for c in conj.children):
            continue
        between = tok.doc[end + 1 : conj.left_edge.i]
        if conj.i > end and between and all(t.dep_ in ("punct", "cc") for t in between):
            out += [conj, *(c for c in conj.conjuncts if c.i > conj.i)]
    return out


# Links that open a clause of its own under a noun: what it names belongs to that clause (not
# "acl": "a delegation made up of A, B and C" names the noun's own members).
_CLAUSE_LINKS = frozenset({"relcl", "advcl", "ccomp"})


def _in_own_clause(sub: Token, member: Token) -> bool:
    """Whether `sub` hangs inside a clause modifying `member` ("Tokyo, where he will meet the
    leaders of Japan and India"), whose names are that clause's, not members of the list."""
    tok = sub
    while tok.i != member.i and tok.head.i != tok.i:
        if tok.dep_ in _CLAUSE_LINKS:
            return True
        tok = tok.head
    return False


def comma_spliced(verb: Token) -> bool:
    """A second verb after a comma ("condemned the offensive in the strongest terms, called on
    Baku ..."), which the parser hangs on the last noun as a participle: a coordinated verb.
    Or a finite past verb in a list of predicates ("condemned X, called on them to stop Y and
    expressed Z") hung on the first as an adverbial clause with no subject or subordinator."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.i > 0:
        bare = not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "agent") for c in verb.children)
        return bare and verb.doc[verb.i - 1].text == "," and verb.head.i < verb.i
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.i == 0:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.doc[verb.i - 1].text == "," and verb.head.dep_ == "pobj"


def predicate_after_apposition(verb: Token) -> bool:
    """ "The U.N. rights chief, Volker Turk, called on Washington to ...": the parser, having
    no verb for the sentence, makes the noun its root and the real predicate a modifier of it;
    the named apposition between them shows the noun is the subject."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    named = [c for c in head.children if c.dep_ == "appos" and head.i < c.i < verb.i]
    return bool(named) and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def misread_as_modifier(verb: Token) -> bool:
    """A finite past verb read as an adjective of its object, its subject hung on it as an
    adverbial: "Turkey mediated talks between ..."."""
    return (
        verb.dep_ == "amod"
        and verb.tag_ == "VBD"
        and verb.head.i > verb.i
        and any(c.dep_ in ("npadvmod", "nsubj") and c.pos_ == "PROPN" for c in verb.children)
    )


_NAME_LIST = frozenset({"PROPN", "DET", "CCONJ", "PUNCT"})
_OPENING_STARTS = frozenset({"ADV", "NOUN", "DET"})
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def opening_comma(verb: Token, fits: frozenset[str] = _NAME_LIST) -> int | None:
    """The comma that ends a sentence's opening phrase when only words of the kinds `fits`
    follow it up to the subjectless main verb and its auxiliaries: "Under a deal brokered by the
    UAE, Russia, Ukraine and Belarus swapped ..." (the parser lists the subjects with the
    phrase's last name; subjects._subjects_after_opening), "Just hours before the coup, U.S.
    envoy for the Horn of Africa Jeffrey Feltman had met ..." (it reads the title as an
    apposition of the phrase's last noun; titled_subjects.titled_after_opening). The first such
    comma, so that a list of three keeps its own commas. The opening is a phrase: it starts
    with a preposition, or is a time ("Just hours before", "The day after") whose preposition
    dates the verb."""
    sent, doc = verb.sent, verb.doc
    if verb.i - sent.start < 4 or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    end = verb.i
    while end - 1 > sent.start and doc[end - 1].dep_ in _BEFORE_VERB:
        end -= 1
    for comma in (t.i for t in doc[sent.start : end] if t.text == ","):
        span = doc[comma + 1 : end]
        if span and all(t.pos_ in fits for t in span) and _fronted(doc[sent.start : comma], verb):
            return comma
    return None


def _fronted(opening: Span, verb: Token) -> bool:
    if opening and opening[0].pos_ == "ADP":
        return True
    return (
        bool(opening)
        and opening[0].pos_ in _OPENING_STARTS
        and any(t.dep_ == "prep" and t.head.i == verb.i for t in opening)
    )


# "talks among Egypt, Ethiopia and Sudan" names its parties as "between" does.
_BETWEEN = ("between", "among", "amongst")


def clause_verb(tok: Token, *, steps: int = 6) -> Token | None:
    """The verb whose clause a word stands in, through prepositions and nouns ("would back an
    Israeli strike": "back"; "talks with Qatari mediators": the verb of "talks"). A few steps
    only: further up, the verb is another clause's."""
    for _ in range(steps):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def prep_objects(tokens: list[Token], preps: tuple[str, ...]) -> list[Token]:
    """Objects of the named prepositions on any of the tokens ("sanctions on X and on Y"). A
    particle with an object is a preposition the parser misread ("called on Kyiv to", with "on"
    a particle governing "Kyiv")."""
    out: list[Token] = []
    for tok in tokens:
        for child in tok.children:
            if child.dep_ in ("prep", "dative", "agent", "prt") and child.lower_ in preps:
                out += _objects(child)
    return out


def _objects(child: Token) -> list[Token]:
    return [
        member
        for prep in with_conjuncts(child)
        for pobj in prep.children
        if pobj.dep_ in ("pobj", "pcomp")
        for member in listed(pobj)
    ]


def bought_goods(tok: Token) -> list[Token] | None:
    """The goods a trade noun's "of" names: in "a ban on U.S. imports of Russian oil" the ban
    hits the goods' seller (Russia), not the buyer the demonym on the noun names, whom it binds.
    None when `tok` is no trade noun (lexicon BOUGHT_NOUNS) with an "of": then a demonym on it
    is the origin ("tariffs on Chinese imports"). The one reading for the actors a slot stands
    for (actors_at.py) and for the states a sanction on demonym goods hits (sanction_clauses)."""
    if tok.lemma_.lower() not in BOUGHT_NOUNS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    return prep_objects([tok], ("of",))


def between_objects(tokens: list[Token]) -> list[Token]:
    """The parties named "between" or "among" on any of the tokens: "talks between Israel and
    Hamas", "talks among Egypt, Ethiopia and Sudan". The one reading of the parties of talks,
    fighting, deals and mediation, so that every reader of them takes "among" alike. An "among"
    that lists members ("the mediators, among them Qatar and Egypt,", "among others") names
    no parties: those are the noun's own members."""
    out: list[Token] = []
    for tok in tokens:
        for child in tok.children:
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ in _BETWEEN:
                out += [] if _lists_members(child) else _objects(child)
    return out


def _lists_members(prep: Token) -> bool:
    """ "among them", "among others", "among other things": a list of members or examples."""
    if prep.lower_ == "between":
        return False
    after = prep.nbor(1) if prep.i + 1 < len(prep.doc) else prep
    if after.lower_ in ("them", "others", "those", "whom", "which"):
        return True  # "among them journalist X and lawmaker Y": the parser may take X as the
    objects = [c for c in prep.children if c.dep_ == "pobj"]  # object, "them" elsewhere
    return any(
        o.pos_ == "PRON"
        or o.lemma_.lower() == "other"
        or any(c.lower_ == "other" for c in o.children)
        for o in objects
    )


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
        and (c.dep_ in ("xcomp", "ccomp") or c.head.i != verb.i or to_infinitive(c))
        and not _finite_clause(c)
        for c in [*verb.children, *(g for o in objects for g in o.children)]
    )


def _finite_clause(verb: Token) -> bool:
    """ "told him that Russia would not revive the deal": a base form after a modal or a
    "that" is a statement's verb, not an infinitive of what the hearer is to do; so is one with
    a subject of its own and no "to" ("told him he did not know of it")."""
    if not to_infinitive(verb) and any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return any(
        c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in ("that", "whether", "if"))
        for c in verb.children
    )


def _infinitive_fits(wanted: str, lemma: str) -> bool:
    if wanted.startswith("!"):
        return lemma not in wanted[1:].split()
    return wanted in ("*", lemma)


def to_infinitive(verb: Token) -> bool:
    """ "to meet", "to protest": the verb has its infinitive marker."""
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
