"""Did it happen, is it firmly scheduled, or neither? One decision, kept apart from the patterns.

`verb_status` reads the clause a trigger verb (or the light verb of a trigger noun) sits in;
`noun_status` reads what a trigger noun says about itself ("no agreements", "a possible deal").
Both answer OCCURRED, PLANNED, or None: negated, refused, threatened, conditional, hoped-for,
questioned and merely-claimed facts are not recorded at all (over-generation is the classic
failure of event coders).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import to_infinitive
from loaders.relations.decided_acts import DECISIONS, decision_taken
from loaders.relations.lexicon import DENYING, LIGHT_VERBS, words
from loaders.relations.pressed_acts import pressed_act
from loaders.relations.said_and_did import (
    participle_partner,
    speaker_of_answer,
    speaker_of_second_act,
)
from loaders.relations.urging_errands import urging_errand
from loaders.relations.used_for import used_for
from schema.ontology import Status

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "shall", "'ll"})
UNREAL_AUX = frozenset({"could", "may", "might", "should", "must", "can", "ought", "'d"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest", "once"})
DOUBT_ADVERBS = frozenset(
    {
        "never",
        "possibly",
        "perhaps",
        "maybe",
        "probably",
        "likely",
        "allegedly",
        "supposedly",
        "hardly",
        "not",
    }
)
# A summons whose purpose infinitive is a protest: the protest is made at the summons, so it
# took place when the summons did ("summoned the ambassador to protest against the raid").
SUMMONING = frozenset({"summon"})
PROTESTING = frozenset({"protest", "complain", "object", "condemn", "denounce"})
_CALLING = frozenset({"call", "phone", "telephone", "ring", "speak", "talk"})
# What a call is made to say, and says: "phoned Zelensky to thank him", "spoke to Maduro to
# express support for him" (a stance voiced is voiced in the call that was made for it).
_GREETING = frozenset({"congratulate", "thank", "praise", "express", "voice", "reaffirm"})
# Governors of an infinitive that make it a firm schedule, or keep it a plain fact.
SCHEDULE = frozenset({"due", "set", "schedule", "slate", "agree", "accept", "go"})
IMPLICATIVE = frozenset(
    {
        "manage",
        "begin",
        "start",
        "continue",
        "proceed",
        "keep",
        "resume",
        "go",
        "become",
        "be",
        "help",
        # "prompting Moscow to expel two Germans", "forced the jet to land": it was done
        "prompt",
        "force",
        "compel",
        "lead",
        "vote",  # "the Assembly voted to reprimand Russia": the vote is the reprimand
        "decide",  # "Canada decided to impose sanctions": decided is done
    }
)
# Verbs whose clausal complement is not asserted by the text.
NON_FACTIVE = words(
    "hope fear believe think expect predict speculate suggest doubt wonder suspect allege claim "
    "accuse blame deny hint rumour rumor estimate assume imagine want wish consider propose warn "
    "threaten vow pledge promise plan intend seek try attempt aim prepare offer invite ask urge "
    "encourage "
    "call press push demand request refuse decline fail avoid reject rule hesitate dismiss "
    "question insist argue worry caution signal discuss explore weigh mull debate negotiate "
    "need require stop cease quit postpone delay cancel suspend sure confident certain "
    "convinced likely unlikely ready willing able eager keen"
)
REPORTING = words(
    "say tell add announce state confirm report note stress emphasise emphasize explain "
    "disclose reveal write recall acknowledge admit"
)
SPECULATORS = words("analyst expert observer critic commentator pundit")
UNREAL_NOUNS = words(
    "threat possibility prospect risk hope fear idea plan proposal chance danger prospects "
    "option offer invitation call demand request bid attempt effort willingness readiness "
    "power authority warning"
)
_ANY = frozenset({"any", "whatever", "whichever"})
"""Determiners of a noun whose relative clause is only supposed: "any deal he signs"."""
_BARRING = words("bar ban prevent prohibit forbid block stop restrict deter discourage dissuade")
"""Verbs whose "from"-gerund is what someone is kept from doing, so it did not happen."""
_WANTING = UNREAL_NOUNS | words("interest desire intention")
"""Nouns of a wish or an offer whose gerund ("interest in freeing X") is not asserted."""
UNREAL_ADJECTIVES = words(
    "possible potential proposed hypothetical alleged rumoured rumored prospective would-be "
    "future eventual likely unlikely expected promised threatened"
)
NEGATIVE_DETS = frozenset({"no", "neither", "nor"})
_COMPARATIVES = frozenset({"fewer", "less", "more", "longer"})  # "no fewer than ten states"


def doubted_in_itself(verb: Token, unreal: frozenset[str] = UNREAL_AUX) -> bool:
    """The clause's own "not", doubt adverb, condition mark or auxiliary in `unreal` ("had not
    violated", "may have", "if ..."): a clause read for one relation, without the climb to the
    clauses above it that `verb_status` makes."""
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in DOUBT_ADVERBS):
            return True
        if child.dep_ == "mark" and low in CONDITION_MARKS:
            return True
        if child.dep_ in ("aux", "auxpass") and low in unreal:
            return True
    return False


def is_question(tok: Token) -> bool:
    return tok.sent.text.rstrip().rstrip("\"'”’ ").endswith("?")


def _own_mood(verb: Token) -> str | None:
    """'neg', 'unreal', 'future', 'would' or None, from the verb's own auxiliaries and adverbs."""
    mood = None
    if _subjunctive(verb):
        return "unreal"
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in DOUBT_ADVERBS):
            return "neg"
        if child.dep_ in ("preconj", "cc") and low in ("neither", "nor"):
            return "neg"  # "has neither confirmed nor denied it": neither verb holds
        if child.dep_ == "mark" and low in CONDITION_MARKS:
            return "unreal"
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in child.children
        ):
            return "unreal"  # "would expel the ambassador if the attacks continued"
        if child.dep_ in ("aux", "auxpass"):
            if low in UNREAL_AUX:
                return "unreal"
            if low in FUTURE_AUX:
                mood = "future"
            elif low == "would" and mood is None:
                mood = "would"
        if child.dep_ == "nsubj" and low in ("nobody", "nothing", "none", "neither"):
            return "neg"
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            g.dep_ == "det"
            and g.lower_ == "no"
            and (g.i + 1 == len(g.doc) or g.nbor(1).lower_ not in _COMPARATIVES)
            for g in child.children
        ):
            return "neg"  # "no Hungarian official met them", "no country has condemned it"
    return mood


def _subjunctive(verb: Token) -> bool:
    """ "demands that Sharmahd be released", "insisted that he be freed": a bare "be" after its
    subject, with no modal or "to", asks for the act and asserts nothing."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    bare_be = any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes)
    return has_subject and bare_be and len(auxes) == 1


def summons_purpose(verb: Token) -> bool:
    """ "summoned the ambassador to protest against X": a protest the summons was made for
    (parsed as an adverbial or an object-controlled infinitive), done by the summoner; so is a
    greeting a call was made for."""
    if verb.dep_ not in ("advcl", "xcomp") or not to_infinitive(verb):
        return False
    lemma, head = verb.lemma_.lower(), verb.head
    if lemma in PROTESTING and head.lemma_.lower() in SUMMONING:
        return True
    # "called Trump to congratulate him", "phoned Zelensky to thank him", "spoke to Maduro to
    # express support": the call was made for it, and made it (not "called on X to ...", an
    # urging)
    calling = head.lemma_.lower() in _CALLING and not any(
        c.dep_ in ("prep", "prt") and c.lower_ == "on" and not _dated(c) for c in head.children
    )
    return calling and lemma in _GREETING


def _dated(prep: Token) -> bool:
    """ "phoned him on Thursday": an "on" of time, not the "on" of "called on X to"."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _first_of_kind(verb: Token) -> bool:
    """An infinitive stating a fact: "the first president in 12 years to travel to Japan"."""
    return any(
        c.dep_ in ("attr", "dobj")
        and any(a.lower_ in ("first", "last", "only") for a in c.children)
        for c in verb.children
    )


_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _step(tok: Token) -> tuple[str, Token] | None:
    """One step up the clause chain: the link and the governor, or None at the top."""
    if tok.dep_ == "conj" and tok.tag_ in _FINITE and tok.head.tag_ == "VBG":
        # "denies blocking shipments and blames Kyiv": a finite verb joined to a gerund is
        # coordinated with the gerund's governor, not denied with it
        gerund = tok.head
        if gerund.dep_ == "xcomp":
            return "conj", gerund.head
        if (
            gerund.dep_ == "pcomp"
            and gerund.head.dep_ == "prep"
            and gerund.head.head.tag_ == tok.tag_
        ):
            # "accused Israel of committing crimes and called on it": joined to "accused"
            return "conj", gerund.head.head
    if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == "VB":
        # "urged the rebels to halt and called on Rwanda to ...": a past or third-person verb
        # cannot be a second infinitive; it is coordinated with the infinitive's governor
        infinitive = tok.head
        if infinitive.dep_ == "xcomp":
            return "conj", infinitive.head
        if infinitive.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lemma_ == "do" for c in infinitive.children
        ):
            # "said the challenges did not come from China and called on the EU to ...": the
            # finite verb is no second verb under "did not"; it is the speaker's second act
            return "conj", infinitive.head
    if (partner := participle_partner(tok)) is not None:
        return "conj", partner  # "saying X would not bow and accusing Y": not under "would not"
    # "Iran blamed Israel; Israel denies the charge": a clause before a semicolon stands alone
    if (
        tok.dep_ == "ccomp"
        and tok.i < tok.head.i
        and any(t.text == ";" for t in tok.doc[tok.i : tok.head.i])
    ):
        return None
    if tok.dep_ == "ccomp" and _sums_up(tok):
        return None
    if tok.dep_ == "ccomp" and tok.i < tok.head.i and _afterthought_between(tok, tok.head):
        return None  # "X accuses Y of ..., a charge Kigali denies": the parser's root is the tail
    if tok.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "pcomp", "csubj", "acomp"):
        return tok.dep_, tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return "pobj", tok.head
    if tok.dep_ == "prep":
        return "prep", tok.head
    return None


_SUMMING_CLAIMS = frozenset({"charge", "accusation", "allegation", "claim"})


def _afterthought_between(clause: Token, head: Token) -> bool:
    """A comma, then a claim noun, between a clause and the verb it is hung under."""
    between = list(clause.doc[clause.i : head.i])
    commas = [t.i for t in between if t.text == ","]
    return bool(commas) and any(
        t.lemma_.lower() in _SUMMING_CLAIMS and t.i > commas[-1] for t in between
    )


def _sums_up(verb: Token) -> bool:
    """ "X accused Y of ..., a charge Tehran denies": the parser may hang the afterthought on the
    accusation as its complement, but it is the text's own statement, not the accuser's."""
    doc = verb.doc
    for obj in verb.children:
        start = obj.left_edge.i
        if obj.dep_ != "dobj" or obj.i > verb.i or start < 2:
            continue
        if doc[start - 1].text == "," and doc[start].lower_ in ("a", "an"):
            return True
    return False


def dated_expectation(clause: Token, expected: Token) -> bool:
    """ "Sharaa is expected to travel to Turkey on Tuesday": a passive expectation with a date
    is how wire copy announces a schedule. "He expected to speak with Putin" (a hope of his
    own), "is expected to visit at some point" (no date) and "had been expected to visit" (a
    plan the story has overtaken) are not."""
    passive = any(c.dep_ == "auxpass" for c in expected.children)
    had = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in expected.children)
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)
    return passive and not had and dated


_STANDING_SAYING = words("say maintain contend")
"""Verbs whose present tense gives a party's standing position, not a told event."""


def standing_claim(saying: Token) -> bool:
    """ "Washington says X was detained by the Taliban", "Israel says it killed Deif", "Iran,
    which Washington says has supplied Moscow with drones": news English puts a party's
    disputed position in the simple present (a told event is past: "said"). What it says is
    the party's claim, which the text reports and does not adopt (ANNOTATION.md), whether the
    act is another's or its own. Only one party's ("Turkish officials say" is a plural source
    the story mostly goes on to rely on)."""
    return saying.lemma_.lower() in _STANDING_SAYING and saying.tag_ == "VBZ"


def _link_verdict(link: str, tok: Token, gov: Token) -> str | None:
    """What a governor does to the fact below it: 'stop', 'planned', 'keep' or None (go on)."""
    lemma = gov.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prt" for c in gov.children):
        lemma = "call off"  # "called off his revolt under a deal ...": done, not a call for it
    if link == "acl" and _claim_content(tok, gov):
        return "stop"
    if link == "acl" and lemma in DECISIONS and to_infinitive(tok):  # "Moscow's decision to free X"
        return None if decision_taken(gov, NON_FACTIVE | UNREAL_NOUNS) else "stop"
    if link == "xcomp" or (link in ("advcl", "acl") and to_infinitive(tok)):
        if lemma in SCHEDULE and (lemma != "go" or gov.tag_ == "VBG"):
            return "planned"
        scheduled = any(c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULE for c in gov.children)
        if lemma == "be" and scheduled:  # "is due on Monday to meet": "to meet" hung on "is"
            had = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in gov.children)
            return "stop" if had else "planned"  # "had been due to host": it did not happen
        if lemma in IMPLICATIVE and (lemma != "be" or _first_of_kind(gov)):
            return None
        if lemma == "move" and gov.tag_ in ("VBD", "VBN"):
            return None  # "the US moved to expel 12 diplomats": the step was taken
        if used_for(tok):
            return None  # "Russia used drones to strike Kyiv": the use was the strike
        if summons_purpose(tok):
            return None  # "summoned the envoy to protest": the summons delivered the protest
        if urging_errand(tok):
            return None  # "flew to Sochi to press Putin to ...": pressed on the trip
        if link == "advcl" and _first_of_kind(gov):
            return None
        if lemma == "invitation" and gov.head.lemma_.lower() == "accept":
            return "planned"
        if lemma == "expect" and dated_expectation(tok, gov):
            return "planned"
        return "stop"
    if link in ("ccomp", "xcomp", "pcomp", "csubj") and lemma in NON_FACTIVE:
        return "stop"  # complements only: an adverbial clause of "negotiated" is still asserted
    if link == "prep" and (
        tok.lower_ in ("without", "instead", "rather", "against")
        or (lemma in NON_FACTIVE and tok.lower_ not in _PAST_TIME_PREPS)
    ):
        return "stop"
    if link == "pobj" and lemma in ("of", "for") and gov.head.lemma_.lower() in UNREAL_NOUNS:
        return "stop"
    if link == "pcomp" and lemma == "from" and gov.head.lemma_.lower() in _BARRING:
        return "stop"  # "barred its citizens from travelling to Lebanon": kept from doing it
    if link == "pcomp" and lemma in ("of", "for", "in") and gov.head.lemma_.lower() in _WANTING:
        return "stop"  # "spoke of their interest in freeing X", "hopes of securing": no act
    if link == "ccomp" and lemma in REPORTING:
        subj = [c for c in gov.children if c.dep_ == "nsubj"]
        if subj and subj[0].lemma_.lower() in SPECULATORS and subj[0].ent_type_ == "":
            return "stop"
    if link == "relcl" or (link == "advcl" and presupposed(tok)):
        return "keep"
    return None


CLAIM_NOUNS = words(
    "report claim allegation rumour rumor speculation suggestion assertion accusation charge "
    "suspicion evidence"
)
"""Nouns whose that-clause the text reports, not asserts; "evidence that X armed Y" is what a
finding holds, as disputable as the finding itself."""
_WORRY_NOUNS = words("concern worry alarm")
"""Nouns whose that-clause is what someone worries about ("voiced concern that X had used
spyware to target Y"): held, not asserted by the text."""
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "prove"})


def _claim_content(clause: Token, noun: Token) -> bool:
    """ "Reports that Russia attacked Poland were false", "allegations that China sanctioned
    X surfaced": what a report or claim says is not asserted by the text, unless the text
    confirms the report ("the report that ... was confirmed")."""
    if noun.lemma_.lower() not in CLAIM_NOUNS | _WORRY_NOUNS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if _gapped_denial(clause):
        return False
    verb = noun.head
    confirmed = verb.lemma_.lower() in _CONFIRMING and _own_mood(verb) != "neg"
    return not confirmed


def _gapped_denial(clause: Token) -> bool:
    """ "on espionage charges that he rejects as false": the parser may take "that" for the
    mark of a content clause, but a verb of denial with no object of its own cannot be the
    charge's content (it would deny nothing); its object is the charge itself, so "that" is a
    relative pronoun and the denial is told as a fact."""
    if clause.lemma_.lower() not in DENYING:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in clause.children)


# "After hosting Fidan in Moscow, Lavrov dismissed ...": a time already past on a verb of
# refusal dates it; the hosting is asserted whatever the refusal does to its own object
_PAST_TIME_PREPS = frozenset({"after", "since", "following", "during", "while"})
_TEMPORAL_MARKS = frozenset({"after", "since", "because", "when", "as", "before", "while"})
# "did not support a ceasefire, though it has pushed Israel to ...": a concession is asserted
_CONCESSIVE_MARKS = frozenset({"though", "although", "whereas"})


def presupposed(verb: Token) -> bool:
    """ "Russia ordered Czech diplomats to leave, a day after Prague expelled 18 Russians": a
    past clause of time, cause or concession is a fact whatever the main clause does with its
    own verb. "when" opens such a clause as its adverb ("told Putin not to meddle when the two
    met": the parser makes it an advmod, not a mark)."""
    opening_when = [
        c
        for c in verb.children
        if c.dep_ == "advmod" and c.lower_ == "when" and c.i == verb.left_edge.i
    ]
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"] + [c.lower_ for c in opening_when]
    if not marks or marks[0] not in _TEMPORAL_MARKS | _CONCESSIVE_MARKS:
        return False
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children)
    return has_subject and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect))


def _said_of_others(verb: Token) -> bool:
    """ "blacklisted companies it said supported the military": the parser joins the claimed
    verb to the main one with no "and"; it is what "it said" claims of the companies."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else verb
    return (
        verb.dep_ == "conj"
        and prev.dep_ == "relcl"
        and prev.lemma_.lower() in REPORTING
        and not any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i)
    )


def verb_status(verb: Token) -> Status | None:
    """The status of the fact a verb asserts, read up its clause chain."""
    if is_question(verb) or _said_of_others(verb):
        return None
    if (saying := speaker_of_answer(verb)) is not None:
        # "said it was highly likely that Iran had attacked the ship, calling it ...": the
        # teller's answer or label is as sure as the telling, not as the act told
        return verb_status(saying)
    if (saying := speaker_of_second_act(verb)) is not None:
        # "said cooperation could not be separated ... and urged Washington to": the speaker's
        # second act is as sure as the saying, not as the clause said (its own "not" still holds)
        return None if _own_mood(verb) in ("neg", "unreal") else verb_status(saying)
    future = would = loose = False
    tok, inherit_aux, contrasted = verb, True, False
    for _ in range(8):
        mood = _own_mood(tok) if inherit_aux else None
        if contrasted and mood == "neg":
            mood = None  # "did not respond, but thanked Lula": the contrast asserts the second
        if mood in ("neg", "unreal"):
            return None
        future = future or mood == "future"
        would = would or mood == "would"
        if _supposed_relative(tok):
            return None
        step = _step(tok)
        if step is None:
            break
        link, gov = step
        verdict = _link_verdict(link, tok, gov)
        if verdict == "stop":
            return None
        if verdict == "planned":
            future = True
        if verdict == "keep":
            break
        # A coordinated verb shares its head's auxiliaries only when it has none of its own.
        inherit_aux = link != "conj" or not (
            any(c.dep_ in ("aux", "nsubj", "neg") for c in tok.children) or _own_tense(tok)
        )
        contrasted = link == "conj" and _but_between(gov, tok)
        if link == "ccomp" and not loose and standing_claim(gov):
            return None
        # A conjunct or adverbial clause inside the claim may be the speaker's own act or the
        # text's ("says it returned them and accuses Armenia of ..."), not the claimed one.
        loose = loose or link in ("conj", "advcl")
        if link in ("ccomp",) and gov.lemma_.lower() in REPORTING:
            if _own_mood(gov) in ("neg", "unreal"):
                return None
            if would:
                future = True
                would = False
            inherit_aux = False
        tok = gov
    if would:
        return None
    return Status.PLANNED if future else Status.OCCURRED


def _but_between(head: Token, conjunct: Token) -> bool:
    """ "X did not respond to the criticism, but thanked Lula": a verb joined by "but" to a
    negated one is what was done instead; it shares the head's tense and modal, not its "not"."""
    return any(
        c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < conjunct.i for c in head.children
    )


def _supposed_relative(verb: Token) -> bool:
    """ "warned that any deals he signed would not be recognised": a relative clause on "any"
    (or "whatever") noun supposes the act, it does not say it took place."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ in _ANY for c in verb.head.children
    )


def _own_tense(verb: Token) -> bool:
    """ "does not recognise X and backs Y": a conjunct in the present third person ("backs")
    cannot share the head's "does" and its negation. (A past conjunct after "did not" can't
    either, but the parser tags many participles VBD, so it is left to share.)"""
    return verb.tag_ == "VBZ"


# "denied U.S. accusations that ...", "the allegations were rejected by Kyiv": disputing a claim
# denies what it says, never that it was made; the accusing happened.
_MADE_CLAIMS = frozenset({"accusation", "allegation", "charge"})
_DISPUTING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"})


_ENDING = words("end withdraw halt cut terminate")
_LASTING = words("support backing")
"""A standing backing a verb ends: the sentence reports its end, not the support."""
_TOPIC_PREPS = frozenset({"on", "over", "about", "toward", "towards"})
_NEGOTIATING = words("talk talks negotiation negotiations negotiate discuss discussion")
_ONSETS = words("start beginning launch resumption restart opening revival")
"""Nouns of an event's onset: "called for the resumption of talks" wants the talks as much as
"called for talks", so the onset's own standing is the event's."""


def noun_status(noun: Token, *, of_trigger: bool = False) -> Status | None:
    """What a trigger noun says of itself: "no agreements", "a possible deal", "planned visit".
    `of_trigger`: the noun is the object a trigger verb needs ("suspended imports"), so its verb
    is the fact itself, not a governor that may deny it."""
    if is_question(noun):
        return None
    planned = False
    for child in noun.children:
        low = child.lower_
        if child.dep_ in ("det", "neg") and low in NEGATIVE_DETS:
            return None
        if child.dep_ in ("amod", "compound"):
            if low in UNREAL_ADJECTIVES:
                return None
            if low in ("planned", "upcoming", "scheduled", "forthcoming"):
                planned = True
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ("of", "for")
        and head.head.lemma_.lower() in (UNREAL_NOUNS)
    ):
        return None
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CLAIM_NOUNS:
        return None  # "claims of Iranian attacks on Qatar": the claimant's word, not a fact
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _ONSETS:
        return combine(noun_status(head.head), Status.PLANNED if planned else Status.OCCURRED)
    lemma = head.lemma_.lower()
    labelled = any(c.dep_ == "oprd" for c in head.children)  # "called his mediation a miracle"
    if (
        noun.dep_ in ("dobj", "nsubjpass")
        and lemma in NON_FACTIVE
        and lemma not in LIGHT_VERBS
        and not of_trigger
        and not labelled
        and not (noun.lemma_.lower() in _MADE_CLAIMS and lemma in _DISPUTING)
        and pressed_act(noun) is None  # "pressed its offensive": it goes on
    ):
        return None
    if noun.dep_ == "pobj" and head.lower_ in ("without", "instead", "against"):
        return None
    if noun.dep_ == "dobj" and lemma in _ENDING and noun.lemma_.lower() in _LASTING:
        return None  # "Biden ended U.S. support for the coalition": support withdrawn, not given
    # "talks on a deal between X and Y", "negotiations over a truce": still being worked out
    if (
        noun.dep_ == "pobj"
        and head.lower_ in _TOPIC_PREPS
        and head.head.lemma_.lower() in _NEGOTIATING
    ):
        return None
    # "asked for Putin's mediation", "warned of sanctions" (not "in a call with X he urged")
    governor = head.head
    wanted = noun.dep_ == "pobj" and head.lower_ in ("for", "of", "about")
    if wanted and governor.pos_ == "VERB" and governor.lemma_.lower() in NON_FACTIVE:
        return None
    # "leaving room for talks with X": the parser hangs "for" on the verb, beside its object
    if wanted and any(c.dep_ == "dobj" and c.lower_ == "room" for c in governor.children):
        return None
    return Status.PLANNED if planned else Status.OCCURRED


def combine(*statuses: Status | None) -> Status | None:
    """All must allow the fact; any PLANNED makes it planned."""
    if any(s is None for s in statuses):
        return None
    return Status.PLANNED if Status.PLANNED in statuses else Status.OCCURRED
