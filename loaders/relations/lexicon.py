"""The ways English says each relation type, as data: one table per type.

A `Frame` names a trigger word (verb or noun lemma), the dependency slots its target may fill,
and what else the trigger needs (a particle, a preposition, a kind of object). The rest of the
stage only reads these tables, so adding a verb never means adding an `if`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schema.ontology import RelationType as R

# Slots: "dobj" (direct object), "dative" ("offered Beijing ..."), "prep:X" (object of
# preposition X on the trigger), "between" (each conjunct of "between X and Y"),
# "subjects" (the conjoined subjects with one another: "X and Y met"), "labelled" (the one a
# pejorative label is pinned on: "called Putin a dictator"), "praised" (the one a label of
# praise is pinned on: "called Biden a statesman"), "designated" (the one listed as a terrorist:
# "designate HTS as a terrorist organisation").


@dataclass(frozen=True, slots=True)
class Frame:
    type: R
    lemma: str
    pos: str
    """VERB or NOUN."""
    targets: tuple[str, ...]
    needs: str | None = None
    """A particle or preposition child the trigger must have: "on" in "called on"."""
    object_nouns: frozenset[str] | None = None
    """The direct object must be one of these lemmas ("signed a deal", "imposed sanctions")."""
    target_kind: str | None = None
    """The target must be an actor of this kind (PERSON, COUNTRY)."""
    xcomp: str | None = None
    """An infinitive the verb needs: "*" any ("asked X to ..."), a lemma ("ordered X to
    leave"), or "!" and the lemmas it must not be ("ordered X to act", not "to leave")."""
    strength: float = 0.9
    place_agent: bool = False
    foreign_only: bool = False
    """Only a party of another state: "Rubio joined Trump at the table" is one delegation."""
    roles: bool = False
    """An unnamed office holder stands for the state ("summoned the Japanese ambassador")."""
    agent_preps: tuple[str, ...] = ("in", "at")
    """Where the place of a `place_agent` passive is named: "jailed in", "summoned to"."""
    """A passive without "by": the country it happened in did it ("jailed in Russia")."""
    patient_subject: bool = False
    """The subject undergoes it, the place does it: "serving a 25-year term in the U.S."."""
    clause_aux: frozenset[str] | None = None
    """Auxiliaries the verb's that-clause must carry: "said India should cooperate" urges."""
    not_with: frozenset[str] | None = None
    """Nouns of a "with" phrase that give the verb another sense: "hit China with tariffs"."""
    quarrel_preps: tuple[str, ...] = ()
    """Prepositions of a topic that make the act a quarrel: "clashed over the missile deal"."""
    source_kind: str | None = None
    """The source must be an actor of this kind: "India told Wang Yi" names no one who spoke."""
    in_person: bool = False
    """A verb of saying that is a meeting only when said to the object itself ("told Putin
    that", not "told her to leave" or "told Macron in a letter"): told_in_person.py."""
    bare_object: bool = False
    """The sense needs the object alone: "called Netanyahu on Sunday" is a phone call, "called
    Putin a killer" (a complement after the object) is a label."""


def words(text: str) -> frozenset[str]:
    """A word list written as one string, so tables read like the dictionary they are."""
    return frozenset(text.split())


def _verbs(kind: R, targets: tuple[str, ...], lemmas: str, **kw: Any) -> list[Frame]:
    return [Frame(kind, lemma, "VERB", targets, **kw) for lemma in sorted(words(lemmas))]


def _nouns(kind: R, targets: tuple[str, ...], lemmas: str, **kw: Any) -> list[Frame]:
    return [Frame(kind, lemma, "NOUN", targets, **kw) for lemma in sorted(words(lemmas))]


AGREEMENT_NOUNS = words(
    "deal agreement accord treaty pact swap exchange statement declaration memorandum "
    "ceasefire truce protocol communique charter roadmap"
)
# People held by another side: "the two prisoners", "hostages".
CAPTIVES = words("prisoner detainee captive hostage")
# Who is handed over in a swap: "exchanged prisoners", "swapped the bodies of soldiers".
SWAPPED = CAPTIVES | words("pow pows body")

# What one signs that is a deal only when signed: "signed the seven-point document".
SIGNED_THINGS = AGREEMENT_NOUNS | words("document text version loan contract convention")
HONOURS = words("award order medal honour honor prize decoration")
SANCTION_NOUNS = words(
    "sanction tariff embargo control curb restriction ban freeze blacklist levy duty"
)
# What is given to a side at war, or in aid: "sent tanks to Kyiv", "provided Ukraine with jets".
ARMS = words(
    "weapon arm ammunition munition tank artillery howitzer jet drone missile aid equipment "
    "vehicle system battery shell aircraft fighter helicopter rocket interceptor assistance bomb"
)
# What is fired or launched at a side: "fired rockets at", "launched drones towards".
PROJECTILES = words(
    "missile rocket drone shell mortar projectile bomb salvo barrage round grenade torpedo"
)
# Verbs that name someone or something as what they call it: "called the move reckless",
# "described it as a breach", "branded him a traitor".
NAMING_VERBS = words("call describe term brand label dub")
NEGATIVE_LABELS = words(
    "bullying blackmail meddling hegemonism piracy propaganda apartheid genocide "
    "dictator tyrant criminal aggressor terrorist murderer liar thug butcher killer "
    "threat menace warmonger fascist nazi mistake provocation aggression barbarism disgrace "
    "blunder farce sham crime irresponsible unacceptable reckless egregious dangerous "
    "provocative illegal absurd outrageous shameful unjustified illegitimate hostile "
    "destabilising destabilizing imperial imperialist colonial colonialist neocolonial "
    "aggressive rogue pariah hypocrite hypocritical racist genocidal barbaric brutal "
    "terrorism atrocity disrespectful cowardly inhumane unconscionable cynical heinous "
    "despicable deplorable abhorrent appalling monstrous blackmail hijacking piracy manipulation "
    "hysterical irrational betrayal sellout capitulation humiliation violation breach flagrant "
    "biased bloodthirsty brutality cruelty savagery surrender "
    # judged out of measure or manners: "called Kigali's move disproportionate"
    "disproportionate excessive arrogant repugnant unreliable unjust "
    # judged as wrongs: "called the executions reprehensible", "the step unfriendly"
    "reprehensible disastrous cruel regressive unfriendly humiliating intolerable disgraceful "
    "scandalous "
    # plain words of disapproval: "called the refusal nasty", "called her role evil",
    # "called the launch a brazen violation", "an attempt at intimidation", "called the U.S.
    # attitude regrettable"
    "nasty brazen evil intimidation regrettable "
    # insults and words of displeasure: "a stone cold loser", "an unwelcome step"
    "loser unwelcome idiot moron clown incompetent pathetic disgusting "
    # names for a person that brand them: "branded him a putschist", "a diehard separatist"
    "traitor putschist usurper separatist puppet "
    # words of disapproval a spokesman gives a step or a remark: "said the raid was vile";
    # not "bad", "terrible", "horrible" (lemma of "worse" and "worst", and said as often of
    # a plight: "the world's worst humanitarian crisis")
    "shameless vile unlawful belligerent escalatory treacherous "
    # wrongs a step is named as: "called the arrests lawlessness", "denounced the raid as a
    # massacre", "called the visit interference", "called the trial a mockery of justice";
    # not "murder", said of the victim's plight ("the victim of an attempted murder")
    "massacre lawlessness repression oppression persecution kidnapping abduction "
    "interference treachery hypocrisy mockery parody outrage insult"
)
UNWISE_LABELS = words(
    "rude senseless misguided wrongheaded wrong-headed unwise foolish rash hasty shortsighted "
    "short-sighted ill-considered ill-advised ill-judged heavy-handed high-handed "
    "counterproductive counter-productive unhelpful selfish unworkable unethical immoral "
    "incomprehensible unfair insulting offensive unprofessional inappropriate unjustifiable "
    "indefensible divisive inflammatory undemocratic repressive corrupt opportunism "
    "opportunistic affront travesty fiasco disappointing deplorable ludicrous preposterous "
    "wrong"
)
"""Verdicts on a decision or act as unwise, harmful or improper ("called the move rude and
senseless", "said the decision was ill-considered"): they condemn its maker (so are part of
NEGATIVE_LABELS) but deny nothing, so a claim or proposal so labelled is not REJECTED."""
NEGATIVE_LABELS = NEGATIVE_LABELS | UNWISE_LABELS
# What a claim is called when it is rejected, not its maker condemned: "called the charge
# baseless", "said the accusations were lies", "called the decision null and void".
FALSITY_LABELS = words(
    "baseless groundless unfounded false untrue fabricated fake lie lies fabrication nonsense "
    "slander smear fiction invention null void invalid meaningless ridiculous meritless "
    "unsubstantiated"
)
# Labels of praise: "called Biden an experienced statesman", "called X's mediation a miracle".
TERROR_LABELS = words("terrorist terror terrorism")
"""What a listing names one as that makes it a sanction ("a state sponsor of terrorism")."""
PRAISE_LABELS = words(
    "statesman friend hero miracle visionary champion genius peacemaker brave courageous wise "
    "outstanding remarkable wonderful extraordinary brilliant heroic legitimate rightful"
)

MET_WITH: list[Frame] = [
    *_verbs(R.MET_WITH, ("dobj", "prep:with", "subjects"), "meet"),
    *_verbs(R.MET_WITH, ("prep:with", "prep:to"), "speak"),
    # "Putin and Erdogan spoke by phone": the two subjects talked to each other
    *_verbs(R.MET_WITH, ("subjects",), "speak", needs="by"),
    *_verbs(R.MET_WITH, ("prep:with",), "consult"),
    # "raised the matter with Netanyahu by telephone": a call (not "raised it with Beijing")
    *_verbs(R.MET_WITH, ("prep:with",), "raise", needs="by", target_kind="PERSON"),
    # "raised the detention with Erdogan at a meeting in Varna", "... during talks": in person
    *_verbs(R.MET_WITH, ("prep:with",), "raise", needs="at", target_kind="PERSON", strength=0.75),
    *_verbs(
        R.MET_WITH, ("prep:with",), "raise", needs="during", target_kind="PERSON", strength=0.75
    ),
    # "joined Trump at the table", "joined the Chinese leader for a three-way meeting",
    # "joined Motegi and Payne at the foreign ministry"
    *_verbs(
        R.MET_WITH,
        ("dobj",),
        "join",
        object_nouns=words(
            "table meeting talks dinner lunch breakfast summit session discussion ministry "
            "office palace residence headquarters"
        ),
        target_kind="PERSON",
        strength=0.75,
        foreign_only=True,
    ),
    *_verbs(R.MET_WITH, ("prep:with", "subjects"), "confer negotiate discuss"),
    *_verbs(R.MET_WITH, ("prep:with", "prep:to", "subjects"), "talk"),  # "talked to Biden"
    # "Biden called Erdogan on Tuesday": a phone call (ANNOTATION.md counts calls as meetings)
    # "called in British Ambassador Rob Macaire": summoned him (the parser hangs the envoy on
    # "in" as on a preposition)
    *_verbs(R.MET_WITH, ("dobj", "prep:in"), "call", target_kind="PERSON", bare_object=True),
    *_verbs(R.MET_WITH, ("prep:with",), "sit", needs="down"),
    *_verbs(R.MET_WITH, ("prep:with",), "huddle", strength=0.8),
    *_verbs(R.MET_WITH, ("dobj",), "host receive welcome greet", target_kind="PERSON"),
    # "was embraced on the tarmac by Meloni": a returning prisoner or a guest received in person
    *_verbs(R.MET_WITH, ("dobj",), "embrace hug", target_kind="PERSON", strength=0.8),
    *_verbs(R.MET_WITH, ("dobj",), "see", target_kind="PERSON", strength=0.7),
    *_verbs(R.MET_WITH, ("prep:with",), "spend", target_kind="PERSON", strength=0.7),
    *_verbs(R.MET_WITH, ("dobj",), "phone telephone"),
    # "briefed Ghani on the draft in Kabul": a report given to a leader, in person or by phone
    *_verbs(R.MET_WITH, ("dobj",), "brief", target_kind="PERSON", strength=0.75),
    # "Putin told Erdogan on Monday that ...": said to a leader, face to face or on the phone
    *_verbs(
        R.MET_WITH,
        ("dobj",),
        "tell",
        target_kind="PERSON",
        source_kind="PERSON",
        strength=0.7,
        in_person=True,
    ),
    # "presented the report to Kishida in Tokyo", "handed the letter to the envoy": in person
    *_verbs(
        R.MET_WITH,
        ("prep:to",),
        "present hand",
        object_nouns=words("report letter message credential plan proposal note copy gift"),
        target_kind="PERSON",
        strength=0.7,
    ),
    # "the ambassador was summoned to the Russian foreign ministry": the ministry's state
    *_verbs(R.MET_WITH, ("dobj",), "summon", place_agent=True, agent_preps=("to",), roles=True),
    *_nouns(
        R.MET_WITH,
        ("prep:with", "between"),
        "talk meeting call conversation summit negotiation discussion consultation "
        "videoconference audience session encounter",
        strength=0.8,
    ),
    # "a dinner with Trump at Mar-a-Lago"; a meal merely attended ("shook hands at a dinner")
    # seats many at one table and is no meeting of any two of them
    *_nouns(R.MET_WITH, ("prep:with",), "dinner lunch luncheon breakfast", strength=0.8),
    *_nouns(R.MET_WITH, ("prep:of",), "reception", target_kind="PERSON", strength=0.7),
]
# What one attends in person where it is held: "attended the summit in Jakarta".
GATHERINGS = words(
    "summit meeting talks conference ceremony forum session assembly funeral inauguration "
    "gathering celebration parade"
)

VISITED: list[Frame] = [
    *_verbs(
        R.VISITED,
        ("prep:in", "prep:at"),
        "attend",
        object_nouns=GATHERINGS,
        target_kind="COUNTRY",
        strength=0.7,
    ),
    *_verbs(R.VISITED, ("dobj",), "visit tour", target_kind="COUNTRY"),
    *_verbs(R.VISITED, ("prep:to",), "go head journey", target_kind="COUNTRY"),
    # "shuttled between Cairo and Doha": each capital of the round is visited in turn
    *_verbs(R.VISITED, ("prep:between",), "shuttle", target_kind="COUNTRY", strength=0.8),
    # "rushed to Suva for talks", "stopped in Cairo on his way to Kampala"
    *_verbs(R.VISITED, ("prep:to",), "rush hurry dash", target_kind="COUNTRY", strength=0.8),
    *_verbs(R.VISITED, ("prep:in", "prep:at"), "stop", target_kind="COUNTRY", strength=0.75),
    *_nouns(R.VISITED, ("prep:in", "prep:at"), "stopover", target_kind="COUNTRY", strength=0.75),
    # "flew from Kyiv to Warsaw", "arrived in Hiroshima from Jeddah": where one came from too;
    # "flew into Bamako"
    *_verbs(R.VISITED, ("prep:to", "prep:into", "prep:from"), "travel fly", target_kind="COUNTRY"),
    *_verbs(R.VISITED, ("prep:in", "prep:at", "prep:from"), "arrive", target_kind="COUNTRY"),
    *_verbs(R.VISITED, ("prep:in", "prep:at"), "land", target_kind="COUNTRY"),
    *_verbs(R.VISITED, ("prep:for",), "leave depart", target_kind="COUNTRY"),
    # "touched down in Delhi", "returned from Ankara on Friday"
    *_verbs(R.VISITED, ("prep:in", "prep:at"), "touch", needs="down", target_kind="COUNTRY"),
    *_verbs(R.VISITED, ("prep:from",), "return", target_kind="COUNTRY", strength=0.8),
    *_nouns(R.VISITED, ("prep:to",), "visit trip journey", target_kind="COUNTRY", strength=0.8),
    *_nouns(R.VISITED, ("prep:of",), "tour", target_kind="COUNTRY", strength=0.8),
]
SIGNED_AGREEMENT_WITH: list[Frame] = [
    *_verbs(
        R.SIGNED_AGREEMENT_WITH,
        ("prep:with", "subjects"),
        "sign conclude ink seal initial",
        object_nouns=SIGNED_THINGS,
    ),
    # "agreed a ceasefire with Hamas", "a swap was agreed between X and Y", "the deal X struck
    # with Y": the deal noun is the verb's object, so only the verb can say who made it with whom
    *_verbs(
        R.SIGNED_AGREEMENT_WITH,
        ("prep:with", "subjects"),
        "agree strike",
        object_nouns=AGREEMENT_NOUNS,
        strength=0.8,
    ),
    # "Jordan, which made peace with Israel in 1994": a peace is concluded, as a treaty is
    *_verbs(
        R.SIGNED_AGREEMENT_WITH,
        ("prep:with", "subjects"),
        "make",
        object_nouns=words("peace"),
        strength=0.8,
    ),
    # "Russia and Ukraine exchanged 95 prisoners each", "swapped prisoners with Kyiv": a swap
    # is concluded between those who hand prisoners over (ANNOTATION.md)
    *_verbs(
        R.SIGNED_AGREEMENT_WITH,
        ("prep:with", "subjects"),
        "exchange swap trade",
        object_nouns=SWAPPED,
        strength=0.8,
    ),
    # "X, Y and Z put their names to the documents"
    *_verbs(
        R.SIGNED_AGREEMENT_WITH,
        ("prep:with", "subjects"),
        "put",
        needs="to",
        object_nouns=words("name signature"),
        strength=0.8,
    ),
    *_nouns(
        R.SIGNED_AGREEMENT_WITH,
        ("prep:with", "between"),
        " ".join(sorted(AGREEMENT_NOUNS - {"statement", "declaration", "exchange"})),
        strength=0.7,
    ),
    *_nouns(
        R.SIGNED_AGREEMENT_WITH,
        ("prep:with", "between"),
        "statement declaration communique",
        needs="joint",
        strength=0.7,
    ),
]
CONDEMNED: list[Frame] = [
    *_verbs(
        R.CONDEMNED,
        ("dobj",),
        "condemn denounce criticise criticize slam blast lambast lambaste rebuke decry "
        "castigate censure deplore assail berate excoriate vilify mock ridicule deride scold "
        "chide reprimand admonish",
    ),
    *_verbs(R.CONDEMNED, ("prep:at",), "lash hit", needs="out"),
    # "likened Ortega's government to Hitler's regime": a comparison news reports as a slur
    # (not "compare": "compared its economy to Japan's" judges nothing)
    *_verbs(R.CONDEMNED, ("dobj",), "liken", needs="to", strength=0.75),
    *_verbs(R.CONDEMNED, ("prep:to",), "object"),  # "objected to Beijing's aggressive actions"
    *_verbs(R.CONDEMNED, ("dobj", "prep:against"), "protest"),  # "protested China's decision"
    # "protested to Tokyo over the visit": the state a protest is lodged with is its target, as
    # with the noun ("lodged a protest with X"); not a body it is taken to ("to the U.N.")
    *_verbs(R.CONDEMNED, ("prep:to",), "protest", needs="to", target_kind="COUNTRY"),
    # "called Putin a war criminal", "considers Russia an imperial power": see labels.py
    *_verbs(R.CONDEMNED, ("labelled",), "call brand label describe consider deem dub term"),
    # "said Putin was a killer", "said the strike was Russian barbarism"
    *_verbs(R.CONDEMNED, ("labelled",), "say add agree declare insist tell write", strength=0.8),
    *_verbs(R.CONDEMNED, ("labelled",), "retort reply", strength=0.8),
    *_verbs(R.CONDEMNED, ("labelled",), "shoot fire", needs="back", strength=0.8),
    *_nouns(R.CONDEMNED, ("prep:of",), "condemnation criticism denunciation", strength=0.7),
    # "voiced outrage at Iran's execution of the protesters", "anger over the raid by X"
    # "voiced shock at remarks by X", "dismay over the ruling by Y"
    *_nouns(
        R.CONDEMNED,
        ("prep:at", "prep:over"),
        "outrage anger indignation shock dismay",
        strength=0.7,
    ),
    *_nouns(R.CONDEMNED, ("prep:with", "prep:to", "prep:against"), "protest", strength=0.7),
    # "lodged stern representations with Washington": the diplomatic word for a protest
    *_nouns(R.CONDEMNED, ("prep:with", "prep:to"), "representation", strength=0.7),
    # "derogatory posts about Modi by three Maldivian ministers": abuse named as a noun
    *(
        frame
        for slur in sorted(words("derogatory insulting abusive offensive"))
        for frame in _nouns(
            R.CONDEMNED,
            ("prep:about", "prep:against", "prep:towards", "prep:toward"),
            "remark comment post tweet",
            needs=slur,
            strength=0.7,
        )
    ),
]
# What one blames on someone: "blamed the attack on Russia".
BLAMED_THINGS = words(
    "attack strike blast explosion bombing killing murder death assassination shooting "
    "poisoning sabotage incident violence unrest fire crash hack cyberattack leak"
)
# What a court issues or a prosecutor seeks against someone: "an arrest warrant for Putin".
WARRANTS = words("warrant")
ACCUSED: list[Frame] = [
    *_verbs(R.ACCUSED, ("dobj",), "accuse", needs=None),
    # "was charged with treason in Ukraine", "were indicted in Iran": a charge with no named
    # doer is laid by the state where it was brought, as an arrest is (`place_agent`)
    *_verbs(R.ACCUSED, ("dobj",), "charge indict prosecute", needs=None, place_agent=True),
    *_verbs(R.ACCUSED, ("dobj", "prep:on"), "blame"),
    *_verbs(R.ACCUSED, ("clause",), "allege"),  # "alleged that Russian troops had executed"
    *_verbs(R.ACCUSED, ("dobj",), "suspect", needs="of"),  # "suspects Russia of sabotage"
    # "attributed the sabotage to Russian intelligence"
    *_verbs(
        R.ACCUSED,
        ("prep:to",),
        "attribute ascribe",
        object_nouns=words(
            "attack sabotage blast explosion bombing hack cyberattack killing assassination "
            "poisoning fire strike leak interference"
        ),
    ),
    # "pointed the finger at Belarus for the crisis"
    *_verbs(R.ACCUSED, ("prep:at",), "point", object_nouns=frozenset({"finger"})),
    # "blamed the blast on Moscow": the parser hangs "on" on the thing blamed
    *_verbs(R.ACCUSED, ("prep:on",), "blame", object_nouns=BLAMED_THINGS),
    # "opened a criminal case against him", "filed a lawsuit against Iran"
    *_nouns(R.ACCUSED, ("prep:against",), "case", needs="criminal", strength=0.75),
    *_nouns(R.ACCUSED, ("prep:against",), "lawsuit indictment", strength=0.75),
    # "was tried on charges of spying", "tried him for treason"
    *_verbs(R.ACCUSED, ("dobj",), "try", needs="on", target_kind="PERSON", strength=0.8),
    *_verbs(R.ACCUSED, ("dobj",), "try", needs="for", target_kind="PERSON", strength=0.8),
    *_nouns(R.ACCUSED, ("prep:against", "clause"), "accusation allegation charge", strength=0.7),
    # "issued an arrest warrant for Putin", "is seeking warrants for Netanyahu": a court's or a
    # prosecutor's charge, whether or not anyone is ever arrested on it (no custody: DETAINED)
    *_verbs(R.ACCUSED, ("prep:for",), "issue seek request", object_nouns=WARRANTS),
]
DETAINED: list[Frame] = [
    *_verbs(
        R.DETAINED,
        ("dobj",),
        "arrest detain jail imprison sentence abduct kidnap seize capture convict",
        target_kind="PERSON",
        place_agent=True,
    ),
    # "held him for ten weeks", "held her hostage"; "held the officers responsible for the coup"
    # is blame (reported.py), no custody: a complement after the object gives the other sense
    *_verbs(
        R.DETAINED, ("dobj",), "hold", target_kind="PERSON", place_agent=True, bare_object=True
    ),
    # "the detention of Paul Whelan by Russia", "Russia's jailing of the reporter"
    *_nouns(
        R.DETAINED,
        ("prep:of",),
        "detention arrest imprisonment jailing abduction kidnapping",
        target_kind="PERSON",
        strength=0.75,
    ),
    # "took the reporter into custody", "was taken into custody in Yekaterinburg"
    *_verbs(
        R.DETAINED,
        ("dobj",),
        "take",
        needs="into",
        object_nouns=words("custody detention"),
        target_kind="PERSON",
        place_agent=True,
    ),
    # "handed the writer a suspended death sentence"
    *_verbs(
        R.DETAINED,
        ("dative",),
        "hand give",
        object_nouns=words("sentence term"),
        target_kind="PERSON",
        strength=0.8,
    ),
    *_verbs(
        R.DETAINED,
        (),
        "serve receive",  # "is serving 25 years", "received six years for ..."
        object_nouns=words("sentence term year"),
        target_kind="PERSON",
        patient_subject=True,
        strength=0.8,
    ),
]
FREEING_VERBS = words("free release")
"""Letting a held person go. Readers that also count a pardon, or a swap that frees by
exchange, add those words to this core."""
PARDONING_VERBS = FREEING_VERBS | {"pardon"}
RELEASED: list[Frame] = [
    *_verbs(R.RELEASED, ("dobj",), " ".join(PARDONING_VERBS), target_kind="PERSON"),
    *_verbs(R.RELEASED, ("dobj",), "hand", needs="over", target_kind="PERSON"),
    # "captured the pilot and handed him back to India two days later"
    *_verbs(R.RELEASED, ("dobj",), "hand", needs="back", target_kind="PERSON"),
    *_nouns(R.RELEASED, ("prep:to",), "clemency pardon amnesty", target_kind="PERSON"),
]
SUPPORTED: list[Frame] = [
    *_verbs(
        R.SUPPORTED,
        ("dobj",),
        "praise thank endorse back support hail commend applaud laud defend arm congratulate",
    ),
    # "said it appreciated Trump's efforts", "saluted Zelensky's courage"
    *_verbs(R.SUPPORTED, ("dobj",), "appreciate salute", strength=0.8),
    *_verbs(R.SUPPORTED, ("prep:with", "prep:by"), "stand"),  # "stood firmly by Manila"
    *_verbs(R.SUPPORTED, ("prep:with",), "side"),
    # "would keep helping Ukraine", "had helped Albania investigate the intrusion" (the one
    # helped is the subject of the bare infinitive the parser hangs on "help" as a clause)
    *_verbs(R.SUPPORTED, ("dobj", "clause"), "help", strength=0.8),
    # "propped up Assad with advisers", "propped up Pakistan's finances"
    *_verbs(R.SUPPORTED, ("dobj",), "prop", needs="up", strength=0.8),
    # "recognise Guaido as the legitimate president": recognition backs the one recognised
    # (as its rightful ruler, not "recognised Hamas as a terrorist group")
    *_verbs(
        R.SUPPORTED,
        ("dobj",),
        "recognise recognize",
        needs="as",
        object_nouns=words("president leader government representative ruler head authority"),
        strength=0.8,
    ),
    # "the United States recognised Guaido on Jan. 23": a person recognised is recognised as a
    # ruler (a body or a claim is not, without "as")
    *_verbs(R.SUPPORTED, ("dobj",), "recognise recognize", target_kind="PERSON", strength=0.8),
    # "recognised Moroccan sovereignty over Western Sahara", "will recognise a Palestinian
    # state", "recognised the independence of X": the state whose claim is recognised is backed
    *_verbs(
        R.SUPPORTED,
        ("dobj",),
        "recognise recognize",
        object_nouns=words("sovereignty independence statehood state"),
        strength=0.8,
    ),
    # "threw its weight behind Moldova", "threw its support behind Argentina's bid"
    *_verbs(R.SUPPORTED, ("prep:behind",), "throw put", object_nouns=words("weight support")),
    # "welcomed Ukraine's bid to join": the bidder is backed ("welcomed the deal" is allowed);
    # "approved/ratified Sweden's membership": a member's assent backs the one entering
    *_verbs(
        R.SUPPORTED,
        ("dobj",),
        "welcome approve ratify",
        object_nouns=words("bid application candidacy accession membership"),
        strength=0.75,
    ),
    # "provided Ukraine with fighter jets", "equipped Kyiv with air defences"
    # "provided Ukraine with support", "with 7 billion euros in military support"
    *_verbs(
        R.SUPPORTED,
        ("dobj",),
        "provide supply equip",
        needs="with",
        object_nouns=ARMS | words("support"),
    ),
    # "has given Kyiv more than $12 billion", "granted Egypt a $3 billion loan"
    *_verbs(
        R.SUPPORTED,
        ("dative",),
        "give grant lend",
        object_nouns=ARMS | words("billion million dollar euro loan grant $"),
        strength=0.8,
    ),
    # "gave Finland and Sweden his full backing", "gave the plan its blessing"
    *_verbs(
        R.SUPPORTED,
        ("dative",),
        "give lend",
        object_nouns=words("backing support blessing endorsement"),
        strength=0.8,
    ),
    *_verbs(R.SUPPORTED, ("praised",), "call describe", strength=0.8),  # see labels.py
    # "said Guaido was the legitimate interim leader", "said Biden was a true friend"
    *_verbs(R.SUPPORTED, ("praised",), "say add declare", strength=0.75),
    # honours: "honoured her with an award", "presented X with the Order of ..."
    *_verbs(R.SUPPORTED, ("dobj",), "honour honor decorate", target_kind="PERSON"),
    *_verbs(R.SUPPORTED, ("dobj",), "present", object_nouns=HONOURS, target_kind="PERSON"),
    *_verbs(R.SUPPORTED, ("prep:on",), "bestow confer", object_nouns=HONOURS),
    *_verbs(R.SUPPORTED, ("dobj",), "nominate", object_nouns=HONOURS, target_kind="PERSON"),
    *_verbs(R.SUPPORTED, ("prep:to",), "supply", strength=0.8),
    # "sent weapons to Somalia", "delivered tanks and ammunition to Kyiv", "has sold drones to
    # Kyiv" (arms sold are arms supplied); the receiver as indirect object: "sent Ukraine dozens
    # of tanks", "shipped Russia drones"
    *_verbs(
        R.SUPPORTED,
        ("prep:to", "dative"),
        "send ship deliver transfer provide give sell",
        object_nouns=ARMS,
        strength=0.8,
    ),
    # "praise for Kyiv's courage"; "heaped praise on Theresa May", "lavished praise on X"
    *_nouns(R.SUPPORTED, ("prep:for", "prep:on"), "praise", strength=0.8),
    *_nouns(R.SUPPORTED, ("prep:for", "prep:to"), "support backing", strength=0.8),
    *_nouns(R.SUPPORTED, ("prep:for", "prep:with"), "solidarity", strength=0.8),  # "with X"
    *_nouns(R.SUPPORTED, ("prep:to",), "commitment", strength=0.7),
    *_nouns(R.SUPPORTED, ("prep:to", "prep:for"), "aid assistance", strength=0.7),
    *_nouns(R.SUPPORTED, ("prep:to", "prep:for"), "loan grant funding financing", strength=0.7),
    *_nouns(R.SUPPORTED, ("prep:to",), "appreciation gratitude thanks", strength=0.7),
]
URGED: list[Frame] = [
    *_verbs(R.URGED, ("prep:on", "prep:upon"), "call"),
    *_verbs(R.URGED, ("dobj",), "urge press implore exhort"),
    *_verbs(R.URGED, ("prep:to",), "appeal"),
    *_verbs(R.URGED, ("dobj",), "warn", needs="against"),  # "warned China against arming Russia"
    # "advised Orban against the meeting", "advised Kyiv to accept": counsel to act or not act
    *_verbs(R.URGED, ("dobj",), "advise", needs="against"),
    *_verbs(R.URGED, ("dobj",), "advise", xcomp="!leave depart quit exit"),
    # "told the consul to leave by Friday" is an expulsion order (EXPELLED), no urging
    *_verbs(R.URGED, ("dobj",), "ask push tell", xcomp="!leave depart quit exit"),
    # "asked the alliance for help", "asked Washington for more air defences": a request of it
    *_verbs(R.URGED, ("dobj",), "ask", needs="for"),
    # "the court ordered Israel to take all measures": an order to act (to leave: EXPELLED)
    *_verbs(
        R.URGED,
        ("dobj",),
        "order instruct",
        xcomp="!leave depart quit exit go",
        foreign_only=True,
        strength=0.8,
    ),
    *_verbs(R.URGED, ("prep:of", "prep:from", "clause"), "demand"),
    # "said India should cooperate with the investigation", "insisted Moscow must withdraw"
    *_verbs(
        R.URGED,
        ("clause",),
        "say add insist stress tell warn argue write",
        clause_aux=words("should must"),
        strength=0.75,
    ),
    *_nouns(R.URGED, ("prep:to",), "appeal plea", strength=0.7),
]
SANCTIONED: list[Frame] = [
    # "sanctioned Iran's defence minister": an unnamed office holder stands for the state
    *_verbs(R.SANCTIONED, ("dobj",), "sanction blacklist embargo", roles=True),
    # "hit Belarus with new sanctions", "targeted Iran's drone programme with fresh tariffs"
    *_verbs(
        R.SANCTIONED,
        ("dobj",),
        "hit target",
        needs="with",
        object_nouns=SANCTION_NOUNS | words("measure"),
        roles=True,
    ),
    *_verbs(R.SANCTIONED, ("dobj",), "bar ban", needs="from", strength=0.75),
    # "the US and the EU designate HTS as a terrorist organisation": a terror listing is a
    # sanction on the one listed
    *_verbs(R.SANCTIONED, ("designated",), "designate list", strength=0.8),
    # "put Lukashenko himself under sanctions"
    *_verbs(R.SANCTIONED, ("dobj",), "put place", needs="under", object_nouns=SANCTION_NOUNS),
    # "placed sanctions on three Iranian officials", "put an embargo on Myanmar"
    *_verbs(
        R.SANCTIONED,
        ("prep:on", "prep:against"),
        "put place",
        object_nouns=SANCTION_NOUNS,
        strength=0.8,
    ),
    # "suspended imports from X", "halted shipments to X", "cut off trade with X": trade cut off
    # from a state
    *_verbs(
        R.SANCTIONED,
        ("dobj", "prep:to", "prep:from", "prep:with"),
        "suspend halt block ban restrict curb cut freeze",
        object_nouns=words("import export shipment trade purchase sale delivery transaction"),
        target_kind="COUNTRY",
        strength=0.75,
    ),
    # "cut off aid to South Africa", "suspended military assistance to Islamabad": help withheld
    # from a state as a penalty
    *_verbs(
        R.SANCTIONED,
        ("dobj", "prep:to", "prep:for"),
        "suspend halt cut freeze withhold",
        object_nouns=words("aid assistance funding"),
        target_kind="COUNTRY",
        strength=0.75,
    ),
    # "cut Russian banks off from SWIFT", "disconnected Iran from the payments system"
    *_verbs(R.SANCTIONED, ("dobj",), "cut disconnect", needs="from", strength=0.75),
    # a bloc shutting a member out: "suspended Niger from the bloc", "suspended Syria's
    # membership" (ANNOTATION counts the suspension as a measure against the state)
    *_verbs(R.SANCTIONED, ("dobj",), "suspend", needs="from", target_kind="COUNTRY", strength=0.75),
    *_verbs(R.SANCTIONED, ("dobj",), "suspend", object_nouns=words("membership"), strength=0.75),
    # "withdrew Pakistan's most-favoured-nation status": trade terms taken from a state
    *_verbs(
        R.SANCTIONED,
        ("dobj",),
        "withdraw revoke strip suspend cancel",
        object_nouns=words("status"),
        target_kind="COUNTRY",
        strength=0.75,
    ),
    # "froze Iran's assets", "froze the assets of its central bank": the owner is the target
    *_verbs(R.SANCTIONED, ("dobj",), "freeze seize", object_nouns=words("asset fund reserve")),
    # "closed its airspace to Russian flights", "shut its ports to Iranian ships"
    *_verbs(
        R.SANCTIONED,
        ("prep:to", "prep:with"),
        "close shut",
        object_nouns=words("airspace port border"),
        strength=0.75,
    ),
    # "adopted new measures against Russia", "unveiled countermeasures against Washington"
    *_nouns(R.SANCTIONED, ("prep:against",), "measure countermeasure", strength=0.7),
    *_nouns(
        R.SANCTIONED,
        ("prep:on", "prep:against", "prep:to"),
        " ".join(sorted(SANCTION_NOUNS)),
        strength=0.8,
    ),
]
EXPELLED: list[Frame] = [
    *_verbs(R.EXPELLED, ("dobj",), "expel"),  # not "oust": a coup ousts a leader
    *_verbs(R.EXPELLED, ("dobj",), "order tell instruct", xcomp="leave"),
    *_verbs(R.EXPELLED, ("dobj",), "order kick throw", needs="out"),
    # "gave the French ambassador 72 hours to leave"
    *_verbs(R.EXPELLED, ("dative",), "give", object_nouns=words("hour day week"), xcomp="leave"),
    *_verbs(R.EXPELLED, ("dobj",), "declare", object_nouns=frozenset({"grata", "gratae"})),
    # "announced the expulsion of ten Russian diplomats", "Poland's expulsion of the consul"
    *_nouns(R.EXPELLED, ("prep:of",), "expulsion", strength=0.75),
]
ATTACKED: list[Frame] = [
    *_verbs(
        R.ATTACKED,
        ("dobj",),
        "attack strike shell bomb invade bombard raid storm occupy assault pound overrun",
    ),
    *_verbs(R.ATTACKED, ("dobj",), "target", not_with=SANCTION_NOUNS | words("measure")),
    # "warplanes hit Hamas targets"; "hit Chinese goods with tariffs" is a sanction, read there
    *_verbs(R.ATTACKED, ("dobj",), "hit", not_with=SANCTION_NOUNS | words("measure"), strength=0.8),
    # "X and Y fought wars", "fought against Russian forces"
    *_verbs(R.ATTACKED, ("dobj", "subjects", "prep:against"), "fight", strength=0.7),
    # "rebels who have been battling the army": the war verb that takes its enemy as object
    *_verbs(R.ATTACKED, ("dobj", "prep:against"), "battle", strength=0.7),
    # "fired rockets towards Israel": the aim named by its direction
    *_verbs(R.ATTACKED, ("prep:at", "prep:on", "prep:towards", "prep:toward"), "fire"),
    # "launched 100 drones towards Israel", "fired rockets into southern Israel": the aim
    # hangs on the projectile as often as on the verb, so the projectile hosts it too
    *_verbs(
        R.ATTACKED,
        ("prep:at", "prep:towards", "prep:toward", "prep:into"),
        "fire launch",
        object_nouns=PROJECTILES,
        strength=0.8,
    ),
    # "opened fire on two Ukrainian boats"
    *_verbs(R.ATTACKED, ("prep:on", "prep:at"), "open", object_nouns=words("fire"), strength=0.8),
    # coast guards at sea: "rammed a Philippine boat", "turned water cannon on Vietnamese boats"
    *_verbs(R.ATTACKED, ("dobj",), "ram", strength=0.8),
    *_verbs(R.ATTACKED, ("prep:on", "prep:against"), "turn use", object_nouns=words("cannon")),
    *_verbs(
        R.ATTACKED,
        ("prep:at", "prep:against", "prep:towards", "prep:toward"),
        "launch",
        strength=0.8,
    ),
    *_verbs(R.ATTACKED, ("prep:with", "subjects"), "clash", quarrel_preps=("over", "about")),
    # "X and Y exchanged fire", "traded artillery fire with Y": each side fired on the other
    *_verbs(
        R.ATTACKED,
        ("prep:with", "subjects"),
        "exchange trade",
        object_nouns=words("fire gunfire shot salvo strike airstrike shelling barrage"),
        strength=0.8,
    ),
    # "downed a Ukrainian drone", "shot down a Russian warplane"
    *_verbs(R.ATTACKED, ("dobj",), "down", strength=0.8),
    *_verbs(R.ATTACKED, ("dobj",), "shoot", needs="down", strength=0.8),
    # "drove the militants out of Mosul", "routed the rebels out of the town": a side forced
    # off ground it held. Not "pushed out" or "forced out": those are as often a party pushed
    # out of a body or a market as troops out of a town.
    *_verbs(R.ATTACKED, ("dobj",), "drive rout flush", needs="out", strength=0.75),
    # "clashes between Indian and Chinese troops": each side fought the other
    # (only "between": "ending hostilities" by "the two sides" is a pledge, not a clash)
    *_nouns(R.ATTACKED, ("between",), "clash skirmish", strength=0.7),
    *_nouns(
        R.ATTACKED,
        # "strikes inside Iran": the state whose soil was hit
        ("prep:on", "prep:against", "prep:inside"),
        "attack strike airstrike offensive raid assault aggression",
        strength=0.75,
    ),
    # "the bombardment of Kharkiv" names what was hit ("the attack of" would name who hit)
    *_nouns(
        R.ATTACKED,
        ("prep:on", "prep:against", "prep:inside", "prep:of"),
        "bombardment",
        strength=0.75,
    ),
    *_nouns(R.ATTACKED, ("prep:of",), "invasion bombing shelling occupation", strength=0.75),
    # "captured the Ukrainian town of Avdiivka", "seized territory in Ukraine's east"
    *_verbs(
        R.ATTACKED,
        ("dobj",),
        "capture seize",
        object_nouns=words("town city village territory region land area"),
        strength=0.75,
    ),
    *_nouns(R.ATTACKED, ("prep:on", "prep:against", "prep:in"), "war", strength=0.7),
    *_nouns(R.ATTACKED, ("prep:against",), "insurgency", strength=0.7),
    *_nouns(R.ATTACKED, ("prep:into", "prep:against"), "incursion", strength=0.7),
    # "launched a counteroffensive against Russian forces"
    *_nouns(R.ATTACKED, ("prep:against",), "counteroffensive", strength=0.7),
]
# What a go-between settles for two other parties.
_SETTLED = words(
    "ceasefire truce deal agreement accord pact exchange swap settlement peace rapprochement"
)
MEDIATED: list[Frame] = [
    *_verbs(R.MEDIATED, ("between",), "broker mediate facilitate"),
    # "the envoy who had shuttled between the two sides": shuttle diplomacy carries the talks
    *_verbs(R.MEDIATED, ("between",), "shuttle", strength=0.8),
    *_nouns(R.MEDIATED, ("between",), "mediation", strength=0.7),
    # "will open negotiations, with Turkey's facilitation": the parties are the talks'
    *_nouns(R.MEDIATED, ("between",), "facilitation", strength=0.7),
    # "negotiated a ceasefire between Israel and Lebanon": a deal struck for two other parties
    *_verbs(
        R.MEDIATED,
        ("between",),
        "negotiate secure clinch arrange engineer",
        object_nouns=_SETTLED,
        strength=0.8,
    ),
    *_verbs(
        R.MEDIATED, ("between",), "hammer work", needs="out", object_nouns=_SETTLED, strength=0.8
    ),
    # "led the negotiations between Addis Ababa and the TPLF", "passed messages between"
    *_verbs(
        R.MEDIATED,
        ("between",),
        "lead chair convene",
        object_nouns=words("talk negotiation dialogue"),
        strength=0.75,
    ),
    *_verbs(
        R.MEDIATED, ("between",), "pass relay carry", object_nouns=words("message"), strength=0.75
    ),
]
REJECTED: list[Frame] = [
    *_verbs(R.REJECTED, ("claim",), "reject deny dismiss refute veto"),
    *_verbs(R.REJECTED, ("claim",), "turn", needs="down"),
    # "Erdogan called for a ceasefire, but Putin rebuffed him": the one rebuffed is the one who
    # asked; rebuffing is always of an approach, so a person or state object is its maker
    *_verbs(R.REJECTED, ("claim", "dobj"), "rebuff"),
    # "declined Kyiv's requests": the object names the asking ("declined to comment" has none)
    *_verbs(R.REJECTED, ("claim",), "decline", strength=0.75),
    # "called South Africa's genocide accusation outrageous": a claim labelled false or worse
    *_verbs(R.REJECTED, ("labelled-claim",), "call describe brand label dub term", strength=0.8),
    # "said the accusations were baseless"
    *_verbs(R.REJECTED, ("labelled-claim",), "say insist add", strength=0.75),
    *_verbs(R.REJECTED, ("claim",), "brush wave", needs="aside"),
    *_verbs(R.REJECTED, ("claim",), "brush shrug", needs="off"),  # "brushed off the warning"
    # "blocked a statement drafted by Britain": a draft stopped is its sponsor's turned down
    # ("blocked the bank", "blocked the road" name no draft and stay silent)
    *_verbs(
        R.REJECTED,
        ("claim",),
        "block",
        object_nouns=words("resolution draft text statement proposal motion"),
        strength=0.8,
    ),
]

# Nouns that sum up a claim just reported, and that the one answering disputes: "a charge Moscow
# rejects", "an allegation the Kremlin called groundless", "an accusation levelled by France".
# Only the first three accuse: "a claim Beijing rejects" is a rejection alone.
ACCUSING_NOUNS = words("charge accusation allegation")
DISPUTED_CLAIMS = ACCUSING_NOUNS | words("claim assertion")
# Verbs of denial, by lemma ("Ankara denied sending fighters") and by surface: after a name the
# parser takes a present tense for a plural noun ("charges Kigali rejects"), so a tail matches
# the word as written.
DENYING = words("deny reject dismiss refute")
DENIAL_FORMS = words(
    "denies denied rejects rejected dismisses dismissed disputes disputed refutes refuted"
)

# What a detention "on charges of" or "for" names is an accusation by the detainer too.
CHARGE_NOUNS = words("charge suspicion accusation allegation count")
CRIME_NOUNS = words(
    "espionage spying treason terrorism smuggling fraud murder extremism sabotage corruption "
    "sedition subversion trafficking"
)

FRAMES: tuple[Frame, ...] = (
    *MET_WITH,
    *VISITED,
    *SIGNED_AGREEMENT_WITH,
    *CONDEMNED,
    *ACCUSED,
    *DETAINED,
    *RELEASED,
    *SUPPORTED,
    *URGED,
    *SANCTIONED,
    *EXPELLED,
    *ATTACKED,
    *MEDIATED,
    *REJECTED,
)

# Nouns a trigger noun needs a verb for ("held talks", "imposed sanctions"): the verb's subject is
# the source and its modality is the fact's. Trigger verbs are never light verbs.
LIGHT_VERBS = words(
    "hold have conduct sign conclude reach seal ink strike impose slap announce launch carry "
    "make pay begin start open reopen restart renew wage wag mount stage continue resume extend "
    "provide give grant "
    "express reaffirm voice pledge send deliver lodge file level unveil end wrap cap "
    "complete issue adopt attend tighten approve pass raise hike increase double triple quadruple "
    "expand lend "
    "signal order agree lead heap lavish shower "
    # "stepped up drone attacks on", "intensified its strikes on": who steps an act up does it
    "step intensify escalate "
    # "before reimposing sanctions on Iran": imposing them again is imposing them
    "reimpose reinstate"
)
# "held more than seven hours of talks": the measure the trigger noun hangs on.
MEASURE_NOUNS = words(
    "hour day week month round series couple minute session year package wave set raft batch"
)
# What a stance is voiced in: "issued statements of solidarity with", "sent a message of support
# to"; the stance is the carrier's, and so is the verb that carries it.
STANCE_CARRIERS = words("statement message expression show gesture declaration letter")

# Nouns that stand for an actor through a modifier: "Russian diplomats", "the government of
# Switzerland", "representatives of the Karabakh Armenians".
GROUP_NOUNS = words(
    "government authority leader leadership official representative delegation delegate envoy "
    "diplomat ambassador force troop army military people regime embassy ministry side "
    "administration cabinet negotiator spokesman spokeswoman spokesperson police court "
    "service guard agent investigator prosecutor judge navy aircraft warplane jet drone missile "
    "warship ship soldier fighter artillery target position base facility staff employee "
    "personnel attache consul panel team mission mediator gunman militant officer "
    # armed groups named by their members: "M23 rebels seized Goma", "Houthi insurgents"
    "rebel insurgent guerrilla militia militiaman jihadist"
)

# Nouns that stand for the place they are in or come from: "sanctions on targets in Russia",
# "a tariff on goods from India"; "dozens of Russian diplomats".
THROUGH_PREP: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(words("target entity individual company firm bank"), ("in",)),
    **dict.fromkeys(words("good import export product"), ("from", "of")),
    **dict.fromkeys(words("asset fund reserve"), ("of",)),
    # whose idea it is: "backed the proposal by Egypt", "rejected a plan from Washington"
    **dict.fromkeys(words("proposal plan initiative bid"), ("by", "from")),
    # whose doing it is: "condemned the hostile actions of the M23", "the conduct of Moscow"
    **dict.fromkeys(
        words("action conduct behaviour behavior aggression provocation"), ("of", "by")
    ),
    **dict.fromkeys(words("dozen number group hundred score handful some several all"), ("of",)),
    # the seat of power a state's own bodies sit in: "the foreign ministry in Beijing"
    **dict.fromkeys(words("ministry government authority leadership"), ("in",)),
    # a state's courts and prosecutors where they sit: "a court in Tehran sentenced him"
    **dict.fromkeys(words("court prosecutor judge"), ("in",)),
}

# Nouns for what an actor does, named by a relative clause: "the steps Azerbaijan had taken".
ACTION_NOUNS = words(
    "step measure action move decision policy effort plan position stance initiative proposal"
)

# What someone does or holds that backing or praising it backs or praises them: "supported the
# independence of the court", "praised the work of the ambassador", "the role of Qatar". Read
# through "of" only where the slot takes an owner (a possessor would be read there too).
OWNED_DOINGS = words("work effort role independence leadership courage contribution mission")

# Nouns naming one person by office: "the Ukrainian president" is a person, not Ukraine.
ROLE_NOUNS = words(
    "president leader minister premier chancellor king queen emir sultan prince monarch envoy "
    "ambassador spokesman spokeswoman spokesperson secretary chief counterpart diplomat "
    "commander general admiral head speaker adviser advisor"
)

# Nouns whose owner is the one it was done to: condemning "his detention" condemns the jailer.
PATIENT_NOUNS = words(
    "detention arrest imprisonment jailing killing murder death sentencing release expulsion "
    "abduction kidnapping execution poisoning assassination treatment persecution "
    "extradition deportation"
)
# Nouns of a tie to their owner: "one of America's allies" is not America, nor "its neighbour"
# the one who owns it (bound_its reads the latter's owner).
RELATIONAL_NOUNS = words("neighbour neighbor ally partner rival enemy foe adversary")
# (Relatives named through whom they belong to - "sanctions on Ortega's daughter" fall on the
# daughter, never on Ortega - are KIN_NOUNS in loaders/words.py, shared with the actor stage.)

# Trade whose "of" names the goods: then the demonym on the noun is the buyer ("a ban on U.S.
# imports of Russian oil" hits Russia); without "of" it is the origin ("on Chinese imports").
BOUGHT_NOUNS = words("import purchase")

# What one rejects or denies, and whose it is: "rejected Baku's assertion", "accusations from".
CLAIM_NOUNS = words(
    "accusation claim assertion allegation charge demand proposal offer account report "
    "criticism statement request call plan idea suggestion ultimatum version narrative "
    "condition terms remark comment draft resolution motion ruling verdict judgment submission "
    "complaint reading interpretation characterisation characterization assessment warning "
    "order description appeal plea assurance bid explanation invitation communique finding "
    "decision "
    # how a state portrays a situation: "rejected the picture painted by Pakistan"
    "picture portrayal depiction "
    # the case made for a step, which is its maker's: "rejected the grounds given by Moscow"
    "ground reason justification argument rationale pretext"
)
# A decision is rejected ("rejected the U.S. decision") but, called dangerous, judged rather than
# disputed: "called the decision dangerous" condemns, and is no labelled claim.
JUDGED_NOT_DISPUTED = words("decision")
