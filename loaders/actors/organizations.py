"""International bodies, armed groups and news media: the organizations news names by heart.

IGO names and acronyms have no kept library (pycountry covers states only), so this is a compact
hand table. `country` is None for international bodies (ANNOTATION.md) and the state an armed
group or agency belongs to otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class KnownOrg:
    name: str
    forms: tuple[str, ...]
    country: str | None = None
    anaphors: tuple[str, ...] = ()
    """Definite descriptions that refer back to it once named: "the alliance", "the bloc"."""


_ORGS = (
    KnownOrg("United Nations", ("UN", "U.N.", "United Nations", "the UN", "the U.N.")),
    KnownOrg(
        "UN Security Council",
        (
            "UN Security Council",
            "U.N. Security Council",
            "United Nations Security Council",
            "Security Council",
            "UNSC",
        ),
    ),
    KnownOrg(
        "UN General Assembly",
        (
            "UN General Assembly",
            "U.N. General Assembly",
            "United Nations General Assembly",
            "General Assembly",
            "UNGA",
        ),
    ),
    KnownOrg(
        "UN Human Rights Council",
        ("UN Human Rights Council", "U.N. Human Rights Council", "Human Rights Council"),
    ),
    KnownOrg(
        "NATO", ("NATO", "North Atlantic Treaty Organization", "Nato"), anaphors=("alliance",)
    ),
    KnownOrg("European Union", ("EU", "E.U.", "European Union"), anaphors=("bloc",)),
    KnownOrg("European Commission", ("European Commission",)),
    KnownOrg("European Council", ("European Council",)),
    KnownOrg("European Parliament", ("European Parliament",)),
    KnownOrg("African Union", ("African Union", "AU")),
    KnownOrg("ECOWAS", ("ECOWAS", "Economic Community of West African States"), anaphors=("bloc",)),
    KnownOrg("ASEAN", ("ASEAN", "Association of Southeast Asian Nations"), anaphors=("bloc",)),
    KnownOrg("Arab League", ("Arab League", "League of Arab States")),
    KnownOrg("Gulf Cooperation Council", ("Gulf Cooperation Council", "GCC")),
    KnownOrg(
        "OSCE",
        (
            "OSCE",
            "Organization for Security and Co-operation in Europe",
            "Organization for Security and Cooperation in Europe",
        ),
    ),
    KnownOrg("Council of Europe", ("Council of Europe",)),
    KnownOrg("IAEA", ("IAEA", "International Atomic Energy Agency")),
    KnownOrg("World Health Organization", ("WHO", "World Health Organization")),
    KnownOrg("World Trade Organization", ("WTO", "World Trade Organization")),
    KnownOrg("International Monetary Fund", ("IMF", "International Monetary Fund")),
    KnownOrg("World Bank", ("World Bank",)),
    KnownOrg("International Criminal Court", ("ICC", "International Criminal Court")),
    KnownOrg(
        "International Court of Justice", ("ICJ", "International Court of Justice", "World Court")
    ),
    KnownOrg("OPEC", ("OPEC", "OPEC+", "Organization of the Petroleum Exporting Countries")),
    KnownOrg(
        "Shanghai Cooperation Organisation",
        ("SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
    ),
    KnownOrg(
        "Collective Security Treaty Organization",
        ("CSTO", "Collective Security Treaty Organization"),
    ),
    KnownOrg(
        "Organisation of Islamic Cooperation",
        ("OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"),
    ),
    KnownOrg("Red Cross", ("ICRC", "International Committee of the Red Cross", "Red Cross")),
    KnownOrg("UNHCR", ("UNHCR", "UN refugee agency", "U.N. refugee agency")),
    KnownOrg("UNICEF", ("UNICEF",)),
    KnownOrg("IGAD", ("IGAD", "Intergovernmental Authority on Development")),
    KnownOrg("Group of Seven", ("G7", "G-7", "Group of Seven")),
    KnownOrg("Group of 20", ("G20", "G-20", "Group of 20", "Group of Twenty")),
    KnownOrg("BRICS", ("BRICS",)),
    KnownOrg("Hamas", ("Hamas",), None),
    KnownOrg("Hezbollah", ("Hezbollah", "Hizbollah"), None),
    KnownOrg("Houthis", ("Houthis", "Houthi", "Houthi movement", "Ansar Allah", "Huthis"), None),
    KnownOrg("Taliban", ("Taliban",), "AFG"),
    KnownOrg("Islamic State", ("Islamic State", "ISIS", "ISIL", "Daesh")),
    KnownOrg("al-Qaeda", ("al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda")),
    KnownOrg("al-Shabaab", ("al-Shabaab", "al Shabaab", "Al-Shabaab")),
    KnownOrg("Wagner Group", ("Wagner", "Wagner Group", "Wagner group", "Wagner PMC"), "RUS"),
    KnownOrg("Rapid Support Forces", ("Rapid Support Forces", "RSF"), "SDN"),
    KnownOrg("Sudanese Armed Forces", ("Sudanese Armed Forces", "SAF"), "SDN"),
    KnownOrg(
        "Tigray People's Liberation Front",
        ("TPLF", "Tigray People's Liberation Front", "Tigrayan People's Liberation Front"),
        "ETH",
    ),
    KnownOrg("M23", ("M23", "March 23 Movement"), "COD"),
    KnownOrg("PKK", ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"), None),
    KnownOrg("Islamic Jihad", ("Islamic Jihad", "Palestinian Islamic Jihad"), None),
    KnownOrg(
        "Islamic Revolutionary Guard Corps",
        (
            "IRGC",
            "Revolutionary Guards",
            "Islamic Revolutionary Guard Corps",
            "Revolutionary Guard",
        ),
        "IRN",
    ),
    KnownOrg("FSB", ("FSB", "Federal Security Service"), "RUS"),
    KnownOrg("Mossad", ("Mossad",), "ISR"),
)

# News agencies and outlets: an outlet cited as a source is no actor; acting, it is one.
MEDIA_WORDS = frozenset(
    {
        "Reuters",
        "AFP",
        "AP",
        "Associated Press",
        "Agence France-Presse",
        "Bloomberg",
        "Xinhua",
        "TASS",
        "Tass",
        "RIA",
        "RIA Novosti",
        "Interfax",
        "KCNA",
        "Yonhap",
        "Kyodo",
        "IRNA",
        "Anadolu",
        "BBC",
        "CNN",
        "Al Jazeera",
        "Fox News",
        "NHK",
        "Ukrinform",
        "Getty Images",
        "Fars",
        "Tasnim",
    }
)
MEDIA_HEADS = frozenset(
    {
        "agency",
        "news",
        "journal",
        "times",
        "post",
        "television",
        "tv",
        "radio",
        "newspaper",
        "broadcaster",
        "daily",
        "gazette",
        "press",
        "media",
        "outlet",
        "magazine",
        "channel",
        "images",
        "photos",
    }
)


@cache
def known_orgs() -> dict[str, KnownOrg]:
    """Surface form -> organization."""
    table: dict[str, KnownOrg] = {}
    for org in _ORGS:
        for form in (org.name, *org.forms):
            table.setdefault(form, org)
    return table


def anaphor_orgs() -> dict[str, tuple[KnownOrg, ...]]:
    """Head noun of a definite description -> organizations it may refer back to."""
    table: dict[str, list[KnownOrg]] = {}
    for org in _ORGS:
        for word in org.anaphors:
            table.setdefault(word, []).append(org)
    return {word: tuple(orgs) for word, orgs in table.items()}


def is_media(text: str) -> bool:
    words = text.replace("The ", "").split()
    return (
        text in MEDIA_WORDS
        or any(w in MEDIA_WORDS for w in words)
        or (bool(words) and words[-1].lower() in MEDIA_HEADS)
    )
