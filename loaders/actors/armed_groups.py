"""Armed groups, movements and peace missions that recur in diplomatic news.

ANNOTATION.md counts armed groups and movements as actors (Hamas, TPLF, Wagner); the small NER
model misses many of them or tags their acronyms as anything but a body, so, like the actor
dictionaries of PETRARCH and NGEC, the well-known ones are listed. Acronyms that name other
things too ("SDF", "ADF", "AES") are left out; their full names are kept. `country` is the
state a group belongs to where it is one state's (a militia of Iraq), None when it is no
state's or fights one (ANNOTATION.md: null for disputed authorities).
"""

from __future__ import annotations

from loaders.actors.known_org import KnownOrg

ARMED_GROUPS = (
    KnownOrg("Hamas", ("Hamas",), None),
    KnownOrg(
        "Izz ad-Din al-Qassam Brigades",
        ("Qassam Brigades", "al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades"),
    ),
    KnownOrg("Hezbollah", ("Hezbollah", "Hizbollah"), None),
    KnownOrg("Houthis", ("Houthis", "Houthi", "Houthi movement", "Ansar Allah", "Huthis"), None),
    KnownOrg("Taliban", ("Taliban",), "AFG"),
    KnownOrg(
        "Tehrik-i-Taliban Pakistan",
        ("TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban"),
    ),
    KnownOrg("Haqqani network", ("Haqqani network", "Haqqani Network")),
    KnownOrg("Islamic State", ("Islamic State", "ISIS", "ISIL", "Daesh")),
    KnownOrg(
        "Islamic State Khorasan Province",
        ("ISIS-K", "IS-K", "ISKP", "Islamic State Khorasan", "Islamic State Khorasan Province"),
    ),
    KnownOrg("Islamic State West Africa Province", ("ISWAP", "Islamic State West Africa Province")),
    KnownOrg("al-Qaeda", ("al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda")),
    KnownOrg("al-Shabaab", ("al-Shabaab", "al Shabaab", "Al-Shabaab")),
    KnownOrg("Boko Haram", ("Boko Haram",)),
    KnownOrg("JNIM", ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")),
    KnownOrg("Hayat Tahrir al-Sham", ("Hayat Tahrir al-Sham", "HTS", "Hayat Tahrir al Sham")),
    KnownOrg("Syrian Democratic Forces", ("Syrian Democratic Forces",)),
    KnownOrg("YPG", ("YPG", "People's Protection Units")),
    KnownOrg("PKK", ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"), None),
    KnownOrg(
        "Kataib Hezbollah", ("Kataib Hezbollah", "Kata'ib Hezbollah", "Kataeb Hezbollah"), "IRQ"
    ),
    KnownOrg(
        "Popular Mobilization Forces",
        ("Popular Mobilization Forces", "Popular Mobilisation Forces", "Hashd al-Shaabi"),
        "IRQ",
    ),
    KnownOrg("Islamic Jihad", ("Islamic Jihad", "Palestinian Islamic Jihad"), None),
    KnownOrg(
        "Popular Front for the Liberation of Palestine",
        ("PFLP", "Popular Front for the Liberation of Palestine"),
    ),
    KnownOrg("Fatah", ("Fatah",)),
    KnownOrg("Wagner Group", ("Wagner", "Wagner Group", "Wagner group", "Wagner PMC"), "RUS"),
    KnownOrg("Rapid Support Forces", ("Rapid Support Forces", "RSF"), "SDN"),
    KnownOrg("Sudanese Armed Forces", ("Sudanese Armed Forces", "SAF"), "SDN"),
    KnownOrg(
        "Tigray People's Liberation Front",
        ("TPLF", "Tigray People's Liberation Front", "Tigrayan People's Liberation Front"),
        "ETH",
    ),
    KnownOrg("Oromo Liberation Army", ("Oromo Liberation Army",)),
    KnownOrg("Fano", ("Fano",)),
    KnownOrg("M23", ("M23", "March 23 Movement"), "COD"),
    KnownOrg(
        "FDLR",
        (
            "FDLR",
            "Democratic Forces for the Liberation of Rwanda",
            "Forces Democratiques de Liberation du Rwanda",
        ),
    ),
    KnownOrg("Allied Democratic Forces", ("Allied Democratic Forces",)),
    KnownOrg("Polisario Front", ("Polisario Front", "Polisario", "POLISARIO")),
    KnownOrg(
        "Balochistan Liberation Army", ("Balochistan Liberation Army", "Baloch Liberation Army")
    ),
    KnownOrg("Jaish al-Adl", ("Jaish al-Adl", "Jaish al Adl", "Jaish ul-Adl")),
    KnownOrg("Lashkar-e-Taiba", ("Lashkar-e-Taiba", "Lashkar-e-Toiba")),
    KnownOrg("Jaish-e-Mohammed", ("Jaish-e-Mohammed", "Jaish-e-Muhammad")),
    KnownOrg("Arakan Army", ("Arakan Army",), "MMR"),
    KnownOrg("Kachin Independence Army", ("Kachin Independence Army",), "MMR"),
    KnownOrg("National Unity Government", ("National Unity Government",), "MMR"),
    KnownOrg("Libyan National Army", ("Libyan National Army",), "LBY"),
    KnownOrg("ELN", ("ELN",), "COL"),
    KnownOrg("FARC", ("FARC", "Revolutionary Armed Forces of Colombia"), "COL"),
    KnownOrg("Abu Sayyaf", ("Abu Sayyaf",), "PHL"),
    KnownOrg("New People's Army", ("New People's Army",), "PHL"),
    KnownOrg("Muslim Brotherhood", ("Muslim Brotherhood",)),
)

PEACE_MISSIONS = (
    KnownOrg("KFOR", ("KFOR", "Kosovo Force")),
    KnownOrg("EULEX", ("EULEX",)),
    KnownOrg("MINUSMA", ("MINUSMA",)),
    KnownOrg("MONUSCO", ("MONUSCO",)),
    KnownOrg("MINUSCA", ("MINUSCA",)),
    KnownOrg("UNMISS", ("UNMISS",)),
    KnownOrg("UNIFIL", ("UNIFIL", "United Nations Interim Force in Lebanon")),
    KnownOrg("UNAMA", ("UNAMA",)),
    KnownOrg("ATMIS", ("ATMIS", "AMISOM")),
)
