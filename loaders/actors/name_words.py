"""Word lists the name finder reads: words that are never names, particles inside names, titles
royals carry with one name, descriptors before a name, words of bodies' and places' names.

Data only, kept apart from the finder (names.py) so the lists can grow without touching it.
"""

from __future__ import annotations

SHIP_PREFIXES = frozenset({"uss", "hms", "hmcs", "hmas", "hmnzs"})
"""Before a name, a naval vessel: "USS Ronald Reagan" is a ship named after a person, no actor."""
NOT_NAMES = SHIP_PREFIXES | frozenset(
    {
        "twitter",
        "telegram",
        "facebook",
        "youtube",
        "instagram",
        "tiktok",
        "wechat",
        "weibo",
        "whatsapp",
        "truth",
        "st",
        "st.",
        "saint",
        "san",
        "fort",
        "mount",
        "lake",
        "cape",
        # forms of address to a monarch or envoy ("His Majesty", "Your Excellency")
        "majesty",
        "highness",
        "excellency",
    }
)
PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "di",
        "dos",
        "das",
        "del",
        "ter",
        "ben",
    }
)
JOINING = frozenset(
    {
        "of",
        "for",
        "the",
        "and",
        "state",
        "house",
        "office",
        "department",
        "council",
        "ministry",
        "foreign",
        "defence",
        "defense",
        "national",
    }
)


CALENDAR = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)


# Titles that royals carry with a single name: "King Salman", "Emir Tamim", "Pope Francis".
ROYAL_TITLES = frozenset({"king", "queen", "emir", "sultan", "prince", "princess", "emperor",
                          "empress", "pope", "sheikh"})  # fmt: skip
REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


# Common nouns that describe a person right before their name: "the convicted assassin Vadim
# Krasikov", "teacher Ann Lee". The name after one is a person's, whatever the NER tagged it.
DESCRIPTORS = frozenset({"assassin", "journalist", "reporter", "teacher", "businessman",
                         "businesswoman", "activist", "dissident", "lawyer", "writer", "author",
                         "academic", "scholar", "student", "blogger", "pilot", "doctor", "nurse",
                         "spy", "hostage", "detainee", "prisoner", "presenter", "anchor",
                         "athlete", "player", "singer", "artist", "tourist", "citizen",
                         "worker", "officer", "soldier", "dealer", "smuggler", "hacker",
                         "photographer", "filmmaker", "priest", "missionary", "politician",
                         "rapporteur", "defendant", "engineer", "consultant", "researcher",
                         "campaigner", "d'affaires", "d’affaires"})  # fmt: skip
# Words of companies', parties' and groups' names, never of a person's.
BODY_WORDS = frozenset({"ltd", "limited", "inc", "corp", "corporation", "llc", "plc", "holdings",
                        "group", "bank", "company", "airlines", "airways", "railways", "fund",
                        "foundation", "institute", "university", "committee", "council",
                        "party", "army", "front", "movement", "brigade", "brigades",
                        "platform", "alliance", "union", "agency", "ministry", "pharma",
                        "pharmaceuticals", "industries", "technologies", "systems", "motors",
                        "energy", "petroleum", "airline", "shipping", "logistics", "mining",
                        "steel", "chemicals", "telecom", "electronics", "capital",
                        "partners", "organization", "organisation", "republic", "republics",
                        "commission", "coalition", "federation", "committees",
                        "councils"})  # fmt: skip
# Nouns for a person that are neither posts nor descriptors: "the ousted leader".
PERSON_NOUNS = frozenset({"leader", "founder", "co-founder", "chief", "head", "chairman",
                           "chairwoman", "politician", "figure", "heir", "widow", "son",
                           "daughter", "wife", "husband", "brother", "sister"})  # fmt: skip
# Family ties that bring a relative into a story: "Griner's wife, Cherelle Griner".
KIN = frozenset({"wife", "husband", "spouse", "son", "daughter", "mother", "father", "brother",
                 "sister", "cousin", "widow", "widower", "niece", "nephew", "uncle", "aunt",
                 "grandson", "granddaughter", "grandfather", "grandmother", "sibling",
                 "relative", "parents", "children"})  # fmt: skip
DASHES = frozenset({"-", "–", "—", "--"})

# Last words of place names the NER sometimes takes for people.
PLACE_WORDS = frozenset({"palace", "square", "street", "avenue", "airport", "base", "castle",
                         "cathedral", "monastery", "mosque", "church", "bridge", "station",
                         "hall", "tower", "park", "island", "river", "sea", "lake",
                         "valley"})  # fmt: skip

# Last words of the names of documents and works the NER sometimes takes for people: "Economic
# Partnership Agreement", "Nuclear Non-Proliferation Treaty", "Grand Ethiopian Renaissance Dam".
THING_WORDS = frozenset({"agreement", "treaty", "accord", "accords", "pact", "partnership",
                         "convention", "charter", "declaration", "protocol", "dam", "shoal",
                         "center", "centre", "pipeline", "corridor"})  # fmt: skip


NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW"})
