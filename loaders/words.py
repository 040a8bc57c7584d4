"""Word lists that both stages read.

The actor stage (loaders/actors) never imports the relation stage, whose tables live in
loaders/relations/lexicon.py; a list both stages need lives here, once, so the two readings of
one word cannot drift apart. Each stage adds its own words where its question differs.
"""

from __future__ import annotations

KIN_NOUNS = frozenset({"wife", "husband", "spouse", "son", "daughter", "child", "mother",
                       "father", "brother", "sister", "sibling", "relative", "nephew", "niece",
                       "cousin", "grandson", "granddaughter", "family"})  # fmt: skip
"""Relatives, who are people of their own and not the one they are named through: sanctions on
"Ortega's daughter" fall on the daughter (relations), and "Putin's brother said he" is not
Putin's "he" (actors)."""
