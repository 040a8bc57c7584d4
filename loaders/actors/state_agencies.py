"""State bodies that act in their own name in diplomatic news: intelligence and security
services, police and coast guards.

ANNOTATION.md counts "state bodies that act in their own name (a security service, a court, a
ministry when the text makes it the actor)" as organizations of their state, apart from the
state. Their acronyms (FSB, SBU, GRU) are tagged as anything by the small NER model, so the
services news names most are listed, each with its state.
"""

from __future__ import annotations

from loaders.actors.known_org import KnownOrg

STATE_AGENCIES = (
    KnownOrg("FSB", ("FSB", "Federal Security Service"), "RUS"),
    # news names the GRU by its description as often as by its acronym
    KnownOrg(
        "GRU",
        ("GRU", "Russian military intelligence", "Main Intelligence Directorate"),
        "RUS",
    ),
    KnownOrg("SVR", ("SVR", "Foreign Intelligence Service of Russia"), "RUS"),
    KnownOrg("SBU", ("SBU", "Security Service of Ukraine"), "UKR"),
    KnownOrg("Mossad", ("Mossad",), "ISR"),
    KnownOrg("Shin Bet", ("Shin Bet", "Shabak"), "ISR"),
    KnownOrg(
        "Islamic Revolutionary Guard Corps",
        (
            "IRGC",
            "Revolutionary Guards",
            "Islamic Revolutionary Guard Corps",
            "Revolutionary Guard",
        ),
        "IRN",
        anaphors=("guards",),  # "the Guards said": the corps named before
    ),
    KnownOrg("Quds Force", ("Quds Force",), "IRN"),
    KnownOrg("CIA", ("CIA", "Central Intelligence Agency"), "USA"),
    KnownOrg("FBI", ("FBI", "Federal Bureau of Investigation"), "USA"),
    KnownOrg("Drug Enforcement Administration", ("Drug Enforcement Administration", "DEA"), "USA"),
    KnownOrg("MI6", ("MI6", "Secret Intelligence Service"), "GBR"),
    KnownOrg("MI5", ("MI5",), "GBR"),
    KnownOrg("Inter-Services Intelligence", ("Inter-Services Intelligence", "ISI"), "PAK"),
    KnownOrg(
        "National Intelligence Organization",
        ("National Intelligence Organisation", "National Intelligence Organization"),
        "TUR",
    ),
    KnownOrg("China Coast Guard", ("China Coast Guard", "CCG"), "CHN"),
    KnownOrg("Philippine Coast Guard", ("Philippine Coast Guard", "PCG"), "PHL"),
)
