"""The titles a description may use for a person besides the words of the title itself.

News names a person once with the title ("Pope Francis", "King Charles", "Saudi Crown Prince
Mohammed bin Salman", "Ambassador Daniel Kriener") and goes on with the bare office: "the
pontiff", "the monarch", "the crown prince", "the envoy". descriptions.py finds and resolves
such descriptions; this module says which heads can stand for a person, which title words each
head fits (its synonyms: a pontiff is a pope, a monarch a king or a queen, a premier a prime
minister), and reads the age that may stand before the head ("the 84-year-old pontiff").

The heads added here are ranks a story rarely gives two people of (popes, monarchs, princes,
ambassadors); still, a guess would make the wrong person act, so they resolve only to the one
person named before whose title fits (descriptions.DescriptionResolver asks `needs_unique`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

SYNONYMS: dict[str, frozenset[str]] = {
    "pope": frozenset({"pope", "pontiff"}),
    "pontiff": frozenset({"pope", "pontiff"}),
    "monarch": frozenset({"king", "queen", "monarch", "emperor", "sultan", "emir"}),
    "king": frozenset({"king"}),
    "queen": frozenset({"queen"}),
    "prince": frozenset({"prince"}),
    "princess": frozenset({"princess"}),
    "sultan": frozenset({"sultan"}),
    "emperor": frozenset({"emperor"}),
    "ambassador": frozenset({"ambassador"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "senator": frozenset({"senator", "sen."}),
    "cardinal": frozenset({"cardinal"}),
    "ayatollah": frozenset({"ayatollah"}),
    "consul": frozenset({"consul"}),
    "premier": frozenset({"premier", "prime"}),
}
"""Head of a description -> the title words it fits ("prime": the premier is the Prime Minister).
A head missing here fits by its own word (descriptions.fits)."""

UNIQUE_HEADS = frozenset(SYNONYMS) - {"envoy", "premier", "king"}
"""Heads this module added: resolved only when exactly one person named before fits. ("envoy",
"premier" and "king" resolved before this module, to the nearest fit; they keep that.)"""

PRIME_MINISTER = "prime minister"
_POSTED = frozenset({"ambassador", "consul"})


def posted_abroad(title: str) -> bool:
    """Is the title a post a state fills in many capitals at once? "Tehran's ambassador" in a
    story whose named ambassador is another state's, or Moscow's man in another capital, is
    not that person: a description with a state never resolves to an ambassador or a consul
    (the state it names stays the actor, as before)."""
    return bool(_POSTED & set(title.split()))


def extra_fits(words: str, head: str, title: str) -> bool | None:
    """Does a description ("crown prince", "pontiff", "secretary general") fit the title of a
    person ("Crown Prince", "Pope", "UN Secretary General")? None when the head is not one this
    module reads (descriptions.fits decides)."""
    ranks = set(title.replace("-", " ").split())
    mods = words.split()[:-1]
    if words == "secretary general":
        return {"secretary", "general"} <= ranks
    if words == PRIME_MINISTER:  # "Premier Li Qiang ... the prime minister"
        return None if "premier" not in ranks else True
    names = SYNONYMS.get(head)
    if names is None:
        return None
    return bool(names & ranks) and all(w in ranks for w in mods)


def needs_unique(words: str, head: str) -> bool:
    return head in UNIQUE_HEADS or words == "secretary general"


def before_age(doc: Doc, start: int) -> int:
    """The first token of an age standing before `start` ("84 - year - old" before "pontiff"),
    or `start` itself: an age describes the person without narrowing the title."""
    age = [t.lower_ for t in doc[start - 4 : start]] if start >= 5 else []
    return start - 5 if age == ["-", "year", "-", "old"] and doc[start - 5].like_num else start


def secretary_general(doc: Doc, i: int) -> int | None:
    """ "the secretary-general": the first token of the compound title ending at `i`."""
    if i >= 2 and doc[i].lower_ == "general" and doc[i - 1].text == "-":
        return i - 2 if doc[i - 2].lower_ == "secretary" else None
    return None
