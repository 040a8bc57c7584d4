"""States told by their kind instead of their name: "the island", "the island nation", "the
Pacific island nation", "the Gulf state", "the emirate".

News names a state once and goes on with what kind of state it is ("Nauru ... closing its
embassy in the island nation", "Netanyahu made a rare visit to the Gulf state"). The kind is
read from the description's words; body_descriptions resolves it to the one state of that kind
the article named before, and to nobody when two fit (Taiwan and Nauru are both islands).
A bare "the nation" or "the state" is no kind: "an address to the nation", "the state would
hold a monopoly on weapons" are the speaker's own country or the state as an institution.
"""

from __future__ import annotations

ISLANDS = frozenset({"TWN", "CUB", "CYP", "LKA", "MDG", "MLT", "ISL", "JAM", "BHR", "SGP", "HTI",
                     "GRL", "IRL", "NZL", "JPN", "PHL", "IDN", "TLS", "NRU", "FJI", "WSM", "TON",
                     "VUT", "SLB", "KIR", "TUV", "MHL", "FSM", "PLW", "MDV", "MUS", "SYC", "CPV",
                     "COM", "STP", "BRB", "BHS", "TTO", "DMA", "GRD", "LCA", "VCT", "KNA", "ATG",
                     "DOM", "BRN", "PNG"})  # fmt: skip
"""States news calls "the island" or "the island nation": islands, or on one."""
_GULF = frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"})
"""The Gulf Cooperation Council's members: "the Gulf state"."""
_EMIRATES = frozenset({"QAT", "KWT", "ARE"})
"""States ruled by an emir (or seven): "the emirate", "the Gulf emirate"."""
KIND_HEADS = frozenset({"island", "nation", "state", "emirate"})
"""Heads of a description of a state by its kind."""
QUALIFIERS = frozenset({"island", "gulf", "pacific", "caribbean", "atlantic", "indian", "ocean",
                        "mediterranean", "arab", "tiny", "small", "oil-rich", "gas-rich",
                        "wealthy"})  # fmt: skip
"""Words that may stand between "the" and the head, capitalised or not ("the Gulf state")."""


def kind_states(words: str) -> frozenset[str] | None:
    """The ISO3 codes of the states a description of that kind fits ("island nation": the
    islands), or None when the words name no kind of state ("the nation", "the state")."""
    tokens = words.split()
    head, mods = tokens[-1], set(tokens[:-1])
    if head == "emirate":
        return _EMIRATES
    if head == "island" or "island" in mods:
        return ISLANDS
    if "gulf" in mods:
        return _GULF
    return None
