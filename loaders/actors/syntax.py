"""Syntactic tests that decide whether a name is an actor or only a place.

A capital is its state only when the sentence makes it act or be acted on ("Moscow said",
"sanctions on Tehran", "talks with Beijing"); "in Beijing" is a location (ANNOTATION.md).
The test reads spaCy's dependency labels (ClearNLP style, as en_core_web_sm assigns them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "iobj", "csubj", "oprd"}
)
_ACTOR_PREPS = frozenset(
    {
        "with",
        "against",
        "on",
        "to",
        "by",
        "for",
        "toward",
        "towards",
        "between",
        "upon",
        "among",
    }
)
# Heads of noun phrases that make a demonym or a possessive state name the state itself:
# "Chinese officials", "Russia's foreign ministry", "Azerbaijani troops".
STATE_NOUNS = frozenset(
    {
        "government",
        "governments",
        "administration",
        "official",
        "officials",
        "authorities",
        "authority",
        "ministry",
        "ministries",
        "forces",
        "force",
        "troops",
        "army",
        "military",
        "navy",
        "soldiers",
        "peacekeepers",
        "diplomats",
        "diplomat",
        "embassy",
        "delegation",
        "side",
        "leadership",
        "regime",
        "negotiators",
        "cabinet",
        "state",
        "presidency",
        "mission",
        "envoys",
        "envoy",
        "rulers",
        "counterparts",
        "counterpart",
        "warplanes",
        "jets",
        "warships",
        "drones",
        "missiles",
        "strikes",
        "artillery",
        "units",
        "contingent",
        "coast",
        "guard",
        "police",
        "prosecutors",
        "intelligence",
        "junta",
        "juntas",
        "leaders",
    }
)
# Nouns a state's demonym names but its possessive does not: "its Philippine ally" is the
# Philippines; "Russia's ally" is another state.
OTHER_THAN_OWNER = frozenset(
    {"ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors"}
)
STATE_NOUNS = STATE_NOUNS | {
    "ambassador", "ambassadors", "charge", "chargé", "affaires", "d'affaires", "consulate",
    "consul", "capital",
    "president", "minister", "chancellor", "premier", "king", "presidency", "leader",
    # the plural sides of talks between states: "Armenian and Azerbaijani foreign ministers",
    # "Israeli and Sudanese delegations", "the Thai and Cambodian prime ministers"
    "delegations", "ministers", "presidents", "premiers", "chancellors", "representatives",
    # what a state's armed forces do or fly: "Israeli strikes", "an Israeli air strike"
    "aircraft", "defences", "defenses", "strike", "airstrike", "airstrikes", "attack", "attacks",
    "offensive", "retaliation", "bombardment", "raid", "raids", "shelling", "blockade",
    "invasion", "occupation", "operation", "operations", "incursion", "incursions", "assault",
    "bombing", "bombings", "crackdown", "annexation",
    # what its forces fire, launch or seize: "the Iranian rocket fire", "a North Korean launch"
    "fire", "launch", "launches", "seizure", "takeover", "capture",
    # its hostile acts as such: "condemned blatant Israeli aggression", "Chinese provocations"
    "aggression", "provocation", "provocations", "intervention", "bombardments",
    # what a state's forces hold and what its courts and services are: "Ukrainian positions",
    # "a German court", "Czech intelligence officers"
    "positions", "bases", "targets", "court", "courts", "officers", "agents", "bombers",
    "staff", "personnel", "employees",
    # its secret services and their people: "Russian intelligence services were behind it"
    "services", "agencies", "spies", "operatives",
    # its ships and its soil: "fired water cannon at a Philippine supply boat", "Ukrainian cities"
    "boat", "boats", "ship", "ships", "vessel", "vessels", "frigate", "destroyer", "patrol",
    "cities", "towns", "villages", "territory", "soil", "embassy",
    # one craft or site hit or shot down: "downed a Ukrainian drone", "a Russian refinery"
    "warplane", "jet", "drone", "missile", "plane", "planes", "helicopter", "helicopters",
    "warship", "refinery", "refineries", "airfield", "airfields", "base", "port", "ports",
    # what a trade measure falls on: "imports of Japanese seafood", "Belarusian airlines"
    "goods", "imports", "exports", "products", "seafood", "airlines", "carriers", "flights",
    "assets", "oil", "gas", "crude",
    # who mediates for a state: "Egyptian and Qatari mediators", "with Chinese mediation"
    "mediator", "mediators", "mediation", "facilitator", "facilitators", "facilitation",
    # what a state gives or imposes: "American military aid", "Chinese backing", "banks"
    "aid", "assistance", "backing", "sanctions", "tariffs", "entities", "banks",
    # the state an ally is: "its Philippine ally" (not "Russia's ally": see OTHER_THAN_OWNER)
    *OTHER_THAN_OWNER,
    # what a state puts forward for others to take or refuse: "turned down the Israeli offer"
    "offer", "proposal", "proposals", "demands", "ultimatum",
    # what a state asserts for others to deny: "rejected the Russian claim as unfounded"
    "claim", "claims", "accusation", "accusations", "allegation", "allegations", "assertion",
    "assertions", "account", "version", "suggestion", "suggestions", "description", "statement",
    "statements", "bid", "appeal", "appeals", "request", "requests", "criticism", "remarks",
    "explanation", "assurances", "plan", "draft",
    # what a state is said to do to others: "denounced American interference"
    "interference", "meddling",
    # what a state decides and does: "called the Swedish decision unacceptable"
    "decision", "decisions", "move", "moves", "policy", "policies", "actions", "behaviour",
    "behavior", "conduct",
    # where a state holds its prisoners: "in Iranian custody", "a Russian prison"
    "custody", "prison", "prisons", "jail", "jails", "captivity",
}  # fmt: skip
# Nouns that make a name before them an event, not an actor: "the G20 summit".
EVENT_NOUNS = frozenset(
    {
        "summit",
        "meeting",
        "meetings",
        "talks",
        "conference",
        "ceremony",
        "session",
        "gathering",
        "forum",
        "visit",
        "trip",
        "event",
        "dinner",
    }
)
# Post nouns whose "of"/"for" object is the body served ("a commander of the Quds Force"), and
# the people a body sends, who act for it ("the delegations of the Government of ...").
ROLE_NOUNS = frozenset(
    {
        "member",
        "members",
        "commander",
        "leader",
        "head",
        "chief",
        "founder",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "deputy",
        "chairman",
        "chair",
        "director",
        "envoy",
        "representative",
        "official",
        "officials",
        "president",
        "secretary",
        "minister",
        "general",
        "fighters",
        "delegation",
        "delegations",
        "negotiators",
        "forces",
        "troops",
    }
)


def governing_token(token: Token) -> Token:
    """The token whose relation to the sentence decides: through conjunctions and appositions."""
    seen = 0
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token and seen < 8:
        if token.dep_ == "compound" and token.head.pos_ != "PROPN":
            break
        token = token.head
        seen += 1
    return token


def is_argument(span: Span) -> bool:
    """True when the span acts or is acted on: subject, object, possessor, agent, partner."""
    token = governing_token(span.root)
    if token.dep_ in _ARGUMENT_DEPS:
        return True
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return False
        noun = prep.head
        if prep.lower_ in ("of", "for", "from") and ROLE_NOUNS & {noun.lower_, noun.lemma_.lower()}:
            return True
        if prep.lower_ == "from" and _claimed(noun):
            return True  # "brushed aside the appeals from Washington": who made them
        if prep.lower_ in _LISTING_PREPS and prep.head.pos_ in ("NOUN", "PROPN"):
            return _listed_in_argument(prep.head)
        return prep.lower_ in _ACTOR_PREPS
    return False


# What one says or asks of others, whose "from X" names who said or asked it ("calls from
# Washington and Berlin"), not where it came from.
_CLAIMED_FROM = frozenset({"appeal", "call", "plea", "request", "demand", "offer", "proposal",
                           "criticism", "warning", "accusation", "allegation", "claim",
                           "complaint", "protest", "objection", "ultimatum", "suggestion",
                           "condemnation", "invitation", "pressure"})  # fmt: skip


def _claimed(noun: Token) -> bool:
    """A call or claim, or what it calls for when the parser hangs "from X" there: "calls for
    talks from Washington"."""
    if noun.lemma_.lower() in _CLAIMED_FROM:
        return True
    asked = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    return asked is not None and asked.head.lemma_.lower() in _CLAIMED_FROM


# "hideouts of separatist groups, including the Balochistan Liberation Army": a member named
# in a list hung on a noun is as much an argument as the noun it is listed under.
_LISTING_PREPS = frozenset({"including", "among", "like"})


# What a body owns, is made of or does, whose "of X" makes X a party when it is acted on or
# acts: "froze the assets of X", "hacked computers of X", "condemned the conduct of X".
# Not "the ruins of X", "the annexation of X", "the sidelines of X": places, events, things;
# nor "a meeting of X", whose convened council the annotation mostly leaves out, nor "vessels
# of X", whose attackers the annotation sets against the flag state.
_OWNED_BY_BODY = frozenset({"asset", "account", "fund", "property", "convoy", "computer",
                            "server", "network", "branch", "unit", "command", "country",
                            "state", "behaviour", "behavior", "conduct", "headquarters",
                            "office", "facility", "staff", "personnel", "employee"})  # fmt: skip


def is_owning_body(span: Span) -> bool:
    """ "froze the assets of Sberbank", "intercepted vessels of the flotilla": a body whose
    property, branch or meeting is acted on or acts is a party itself. Only for organizations
    the NER found: a place after "of" ("the capital of Syria") is no owner."""
    token = governing_token(span.root)
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    noun = token.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _OWNED_BY_BODY:
        return False
    return _listed_in_argument(noun)


def _listed_in_argument(noun: Token) -> bool:
    for _ in range(3):  # through "of" chains: "hideouts of groups, including ..."
        if noun.dep_ in _ARGUMENT_DEPS:
            return True
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ in _ACTOR_PREPS:
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = prep.head
    return False


_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout",
                          "outside"})  # fmt: skip


# Words whose "in X" makes the state X a party, not a place: acts only its own authorities
# perform where they rule ("arrested in the Czech Republic" names the arresting state).
_STATE_HOSTS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict", "try",
                         "prosecute", "charge", "hold", "execute", "extradite", "expel", "deport",
                         "ban", "outlaw", "custody", "detention", "prison", "captivity", "court",
                         # war waged on the state: "Moscow's war in Ukraine"
                         "war", "invasion", "offensive", "incursion", "intervention",
                         # bodies under its jurisdiction: "sanctions on companies in China"
                         "company", "firm", "entity", "bank",
                         # what is struck there is the state's: "strikes on bases in Pakistan"
                         "target", "base", "position", "hideout", "camp", "facility", "site",
                         "strike", "airstrike", "attack", "raid", "bomb", "shell",
                         # its infrastructure, struck there: "a refinery deep inside Russia"
                         "refinery", "plant", "depot", "airfield", "airbase", "terminal",
                         "infrastructure", "pipeline", "arsenal", "warehouse"})  # fmt: skip


def _where_prep(span: Span) -> Token | None:
    """The "in"/"at"/... whose object the span is, through its list or apposition, or None."""
    token = governing_token(span.root)
    if token.dep_ != "pobj" or token.head.lower_ not in _WHERE_PREPS:
        return None
    return token.head


def is_state_act_place(span: Span) -> bool:
    """ "was detained in Moscow", "strikes on bases in Pakistan": the place of an act only the
    state there performs or suffers, so the state is a party."""
    prep = _where_prep(span)
    return prep is not None and prep.head.lemma_.lower() in _STATE_HOSTS


def is_location(span: Span) -> bool:
    """ "talks in Syria", "treated in Germany": the name only says where something happened.
    Not where the state itself acts: "the juntas in Mali", "was arrested in Poland"."""
    prep = _where_prep(span)
    if prep is None:
        return False
    if prep.lower_ == "at" and span.text[:1].isupper():
        return False  # a state is hardly ever "at": "lashed out at Finland", "fired at Israel"
    host = prep.head
    return host.lower_ not in STATE_NOUNS and host.lemma_.lower() not in _STATE_HOSTS


def is_event_modifier(span: Span) -> bool:
    """ "the G20 summit", "a White House ceremony": the name only qualifies an event."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in EVENT_NOUNS


def is_cited_source(span: Span) -> bool:
    """ "according to Reuters", "KCNA reported", "told Reuters", "in an interview with the BBC":
    an outlet only quoted or spoken to."""
    token = governing_token(span.root)
    if token.dep_ in ("dobj", "dative") and token.head.lemma_ in ("tell", "say", "interview"):
        return True
    if token.dep_ == "pobj" and (
        token.head.head.lemma_ in ("interview", "tell", "say", "speak", "comment", "statement")
    ):
        return True
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in ("to", "by")
        and token.head.head.lower_
        in (
            "according",
            "reported",
            "published",
            "cited",
            "quoted",
        )
    ):
        return True
    if token.dep_ in ("nsubj", "nsubjpass"):
        return token.head.lemma_ in ("report", "quote", "cite", "publish", "carry")
    return token.dep_ in ("ROOT", "npadvmod", "appos") and span.root.head.lemma_ == "report"


_MODIFYING = ("amod", "compound", "nmod")
"""How the first of coordinated demonyms hangs on their noun: "Thai and Cambodian troops" makes
"Thai" an nmod as often as an amod."""


def state_noun_head(span: Span) -> Token | None:
    """ "Chinese (foreign ministry) officials", "Russia's (defence) ministry": the state noun."""
    token = span[-1]
    if span[-1].dep_ == "case" and len(span) > 1:
        token = span[-2]
    if token.dep_ == "conj" and token.head.i < token.i and token.head.dep_ in _MODIFYING:
        token = token.head  # "American and British warplanes": both modify the one noun
    head = token.head
    if token.dep_ not in ("amod", "compound", "poss", "nmod") or head.i <= token.i:
        return None
    # Walk over modifiers up to the noun phrase's head ("foreign ministry spokesman" stops early).
    while head.dep_ == "compound" and head.head.i > head.i and head.lower_ not in STATE_NOUNS:
        head = head.head
    if token.dep_ == "poss" and head.lower_ in OTHER_THAN_OWNER:
        return None
    if head.lower_ in STATE_NOUNS and head.is_lower and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None
