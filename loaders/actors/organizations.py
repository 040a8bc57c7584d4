"""International bodies, armed groups and news media: the organizations news names by heart.

IGO names and acronyms have no kept library (pycountry covers states only), so this is a compact
hand table. `country` is None for international bodies (ANNOTATION.md) and the state an armed
group or agency belongs to otherwise.
"""

from __future__ import annotations

from functools import cache

from loaders.actors.armed_groups import ARMED_GROUPS, PEACE_MISSIONS
from loaders.actors.known_org import KnownOrg
from loaders.actors.state_agencies import STATE_AGENCIES

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
        anaphors=("council",),
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
        anaphors=("assembly",),
    ),
    KnownOrg(
        "UN Human Rights Council",
        ("UN Human Rights Council", "U.N. Human Rights Council", "Human Rights Council"),
        anaphors=("council",),
    ),
    KnownOrg(
        "NATO", ("NATO", "North Atlantic Treaty Organization", "Nato"), anaphors=("alliance",)
    ),
    KnownOrg("European Union", ("EU", "E.U.", "European Union"), anaphors=("bloc",)),
    KnownOrg("European Commission", ("European Commission",)),
    KnownOrg("European Council", ("European Council",), anaphors=("council",)),
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
    KnownOrg("UNRWA", ("UNRWA", "United Nations Relief and Works Agency")),
    KnownOrg("World Food Programme", ("WFP", "World Food Programme", "World Food Program")),
    KnownOrg(
        "OPCW",
        (
            "OPCW",
            "Organisation for the Prohibition of Chemical Weapons",
            "Organization for the Prohibition of Chemical Weapons",
        ),
    ),
    KnownOrg("UNESCO", ("UNESCO",)),
    KnownOrg(
        "UN human rights office",
        ("OHCHR", "UN human rights office", "U.N. human rights office", "UN Human Rights Office"),
    ),
    KnownOrg(
        "International Organization for Migration", ("International Organization for Migration",)
    ),
    KnownOrg(
        "International Civil Aviation Organization",
        ("ICAO", "International Civil Aviation Organization"),
    ),
    KnownOrg("Interpol", ("Interpol", "INTERPOL")),
    KnownOrg("Europol", ("Europol",)),
    KnownOrg("Frontex", ("Frontex",)),
    KnownOrg("Financial Action Task Force", ("FATF", "Financial Action Task Force")),
    KnownOrg("Organization of American States", ("OAS", "Organization of American States")),
    KnownOrg("CELAC", ("CELAC", "Community of Latin American and Caribbean States")),
    KnownOrg("Mercosur", ("Mercosur", "MERCOSUR")),
    KnownOrg("CARICOM", ("CARICOM", "Caricom", "Caribbean Community")),
    KnownOrg("SADC", ("SADC", "Southern African Development Community")),
    KnownOrg("East African Community", ("East African Community",)),
    KnownOrg("ECCAS", ("ECCAS", "Economic Community of Central African States")),
    KnownOrg("Alliance of Sahel States", ("Alliance of Sahel States",)),
    KnownOrg("Pacific Islands Forum", ("Pacific Islands Forum",)),
    KnownOrg("APEC", ("APEC", "Asia-Pacific Economic Cooperation")),
    KnownOrg("Commonwealth of Independent States", ("Commonwealth of Independent States",)),
    KnownOrg("Eurasian Economic Union", ("Eurasian Economic Union", "EAEU")),
    KnownOrg("Organization of Turkic States", ("Organization of Turkic States",)),
    KnownOrg("Non-Aligned Movement", ("Non-Aligned Movement",)),
    KnownOrg("Arctic Council", ("Arctic Council",)),
    KnownOrg("New Development Bank", ("New Development Bank",)),
    KnownOrg("OSCE Minsk Group", ("OSCE Minsk Group", "Minsk Group")),
    KnownOrg("Human Rights Watch", ("Human Rights Watch", "HRW")),
    KnownOrg("Amnesty International", ("Amnesty International",)),
    *ARMED_GROUPS,
    *PEACE_MISSIONS,
    *STATE_AGENCIES,
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
