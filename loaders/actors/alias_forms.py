"""Which surface words may stay as a state's alias: names, not plain mentions.

A state or body is read from many surfaces: "Moscow", "the Kremlin", "Russian government", but
also "the government", "the ministry", "Afghan soldiers", "Afghan central bank assets". The
mention over those words is right (the state acts through them), yet an alias is what a search
of the graph matches and what names the node across articles: "the government" as an alias
makes every state a hit for that search. So an alias is kept only when it reads as a name: it
has a capitalised word ("mainland China" too), and any lower-case words after the first such
name an institution of the state ("Russian government", "Chinese foreign ministry"), not its
people, its acts or its things.
"""

from __future__ import annotations

INSTITUTION_WORDS = frozenset(
    {
        "government", "administration", "authorities", "authority", "regime", "leadership",
        "presidency", "junta", "ministry", "foreign", "defence", "defense", "interior", "finance",
        "justice", "economy", "trade", "commerce", "intelligence", "security", "office",
        "embassy", "consulate", "military", "army", "navy", "forces", "armed", "air", "force",
        "coast", "guard", "police", "parliament", "cabinet", "judiciary", "court", "state",
        "department", "mission", "delegation", "central", "bank", "federal", "national",
        # a state's named forces and services ("Niger's presidential guard", "the Iranian
        # Revolutionary Guards", "Russian peacekeepers", "Belgian prosecutors")
        "presidential", "republican", "revolutionary", "royal", "border", "service", "services",
        "agency", "prosecutor", "prosecutors", "prosecution", "guards", "peacekeepers",
        "peacekeeping",
    }
)  # fmt: skip
"""Lower-case words of a state's institution as news names it beside the state's own words."""

_JOINERS = frozenset({"of", "and", "for", "the", "de", "du", "des", "la", "le", "al", "el"})
"""Lower-case words inside proper names: "Ministry of Foreign Affairs", "Côte d'Ivoire"."""


def name_like(form: str) -> bool:
    """Whether `form` reads as a name of a state or body rather than a plain mention of it."""
    words = form.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if first is None:
        return False  # "the government", "the ministry", "government forces"
    for word in words[first + 1 :]:
        bare = word.strip(".,'’()-").lower()
        if not word[:1].islower() or bare in _JOINERS or "'" in word or "’" in word:
            continue
        if bare not in INSTITUTION_WORDS:
            return False  # "Afghan soldiers", "Israeli strikes", "Afghan central bank assets"
    return True
