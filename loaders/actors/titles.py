"""Titles and honorifics around a person's name: "Russian Foreign Minister Sergey Lavrov".

A title run is the words right before a name that belong to a post (president, foreign minister,
spokesman, ...), optionally preceded by who the post serves: a demonym ("Russian"), a state or
its seat ("U.S.", "Kremlin"), a possessive ("Kosovo's") or an organization ("NATO").
"""

from __future__ import annotations

TITLE_WORDS = frozenset(
    {
        "president", "presidents", "prime", "minister", "ministers", "premier", "chancellor",
        "secretary", "general", "secretary-general", "foreign", "defence", "defense", "interior",
        "finance", "economy", "economic", "trade", "justice", "home", "affairs", "state",
        "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "chairman", "chairwoman",
        "chair", "head", "ambassador", "envoy", "special", "representative", "high", "deputy",
        "vice", "former", "then", "acting", "senior", "top", "adviser", "advisor", "national",
        "security", "king", "queen", "emir", "sultan", "sheikh", "crown", "prince", "princess",
        "emperor", "pope", "cardinal", "commander", "admiral", "rear", "brigadier", "colonel",
        "captain", "lieutenant", "major", "gen.", "lt.", "col.", "adm.", "sgt.", "director",
        "governor", "mayor", "senator", "sen.", "rep.", "congressman",
        "congresswoman", "lawmaker", "speaker", "judge", "attorney", "diplomat",
        "policy", "opposition", "supreme", "ayatollah", "grand", "mufti", "mr.", "mrs.", "ms.",
        "dr.", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "president-elect", "first",
        "chief-of-staff", "staff", "foreign-policy", "deputy-prime", "nuclear",
        "negotiator", "negotiators", "mediator", "coordinator", "commissioner", "undersecretary",
        "under-secretary", "assistant", "ambassador-at-large", "cabinet", "military", "army",
        "navy", "air", "force", "intelligence", "white", "house", "kremlin", "ministry", "office",
        "department", "council", "of", "for", "the", "and", "tsar", "czar", "official",
        "officer", "delegate", "consul", "counsellor", "counselor", "marine", "counterpart",
        "journalist", "press",
        "reporter", "correspondent", "activist", "businessman", "dissident", "lawyer",
        # church ranks: "Roman Catholic Bishop Rolando Alvarez", "Archbishop Paul Gallagher"
        "bishop", "archbishop", "patriarch", "imam", "rabbi",
        # epithets written as titles: "Dictator Maduro", "Strongman Daniel Ortega"
        "dictator", "strongman", "autocrat", "warlord", "tyrant",
        # a title shared by a list ("Senators Ann Lee and Bo Kim") is plural; the second word
        # of a two-word post ("Chief Executive", "Field Marshal") and clerical ranks
        "senators", "representatives", "congressmen", "congresswomen", "lawmakers",
        "commissioners", "governors", "ambassadors", "envoys", "generals", "executive",
        "marshal", "field", "mullah", "maulana", "cleric",
        # the head of an agency ("NASA Administrator Bill Nelson") and the abbreviated rank
        # "Brig. Gen. Pat Ryder"; a camp named like a title ("Hardliner Ebrahim Raisi")
        "administrator", "brig", "brig.", "hardliner",
        # legal posts ("ICC Prosecutor Karim Khan", "Special Counsel Robert Mueller"), the
        # academic title ("Prof Sean Turnell") and the Shi'ite honorific ("Sayyed Hassan ...")
        "prosecutor", "counsel", "prof", "prof.", "professor", "sayyed", "sayyid",
        # military ranks abbreviated without a full stop ("Maj Gen Zaw Min Tun")
        "maj", "maj.", "gen", "lt", "adm", "sgt",
    }
)  # fmt: skip

EPITHETS = frozenset({"dictator", "strongman", "autocrat", "warlord", "tyrant", "hardliner"})
"""Words a writer puts before a name like a title to judge the person: no post they hold, so
they are read past to the name and never become the person's title."""

# Words that may not end a title run (they join two title parts: "Secretary of State").
_JOINERS = frozenset({"of", "for", "the", "and"})

# Honorifics that are part of the form of address, not the post: stripped from names.
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "lady",
        "dame",
        "sheikh",
        "gen",
        "lt",
        "col",
        "adm",
        "sgt",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "gen.",
        "lt.",
        "col.",
        "adm.",
        "sgt.",
        "president",
        "king",
        "queen",
        "emir",
        "sultan",
        "prince",
        "princess",
        "general",
        "admiral",
        "rear",
        "brigadier",
        "colonel",
        "captain",
        "lieutenant",
        "major",
        "pope",
        "ayatollah",
        "chancellor",
        "premier",
        "senator",
        "sen.",
        "rep.",
        "minister",
        "secretary",
        "former",
        "then",
        "crown",
    }
)

# Lower-case words that mark the start of a post name in apposition: "X, a spokesman for ...".
APPOSITION_HEADS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "envoy",
        "ambassador",
        "adviser",
        "advisor",
        "leader",
        "chief",
        "head",
        "director",
        "secretary",
        "commander",
        "official",
        "diplomat",
        "chairman",
        "negotiator",
        "representative",
        "analyst",
        "professor",
        "researcher",
        "fellow",
        "expert",
    }
)


def is_title_word(text: str) -> bool:
    return text.lower() in TITLE_WORDS


# Words that place a person (and so give their state) without being a post.
_NOT_POSTS = EPITHETS | frozenset({"counterpart", "counterparts", "mr", "mr.", "mrs", "mrs.",
                                   "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady",
                                   "sheikh"})  # fmt: skip


def clean_title(words: list[str]) -> str | None:
    """Drop joiners at the ends and forms of address; None when nothing post-like is left."""
    words = [w for w in words if w.lower() not in _NOT_POSTS]
    while words and words[-1].lower() in _JOINERS:
        words = words[:-1]
    while words and words[0].lower() in _JOINERS:
        words = words[1:]
    if not any(w.lower() not in _JOINERS for w in words):
        return None
    return " ".join(words)
