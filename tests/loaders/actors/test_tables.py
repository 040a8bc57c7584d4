"""The gazetteers: every state by its names, variants, capitals and demonyms."""

from __future__ import annotations

from loaders.actors.demonyms import demonym_table
from loaders.actors.gazetteer import SEATS, capitals, countries, country_by_regex, country_names
from loaders.actors.organizations import is_media, known_orgs


def test_country_names_cover_informal_variants() -> None:
    names = country_names()
    assert names["the U.S."] == "USA"
    assert names["Britain"] == "GBR"
    assert names["DPRK"] == "PRK"
    assert names["Türkiye"] == "TUR"
    assert names["Kosovo"] == "XKX"
    assert "us" not in names  # case matters: the pronoun is no state


def test_variant_regexes_but_not_cities() -> None:
    assert country_by_regex("Republic of Korea") == "KOR"
    assert country_by_regex("Turkiye") == "TUR"
    assert country_by_regex("Gaza") is None  # a city, though the Palestine regex matches it


def test_canonical_names_are_what_news_uses() -> None:
    assert countries()["USA"].name == "United States"
    assert countries()["TUR"].name == "Turkey"
    assert "Türkiye" in countries()["TUR"].forms


def test_capitals_and_seats() -> None:
    assert capitals()["Kyiv"] == "UKR"
    assert capitals()["Kiev"] == "UKR"
    assert capitals()["Washington"] == "USA"
    assert "Brussels" not in capitals()  # the EU's seat more often than Belgium's capital
    assert SEATS["Kremlin"] == "RUS"
    assert SEATS["Downing Street"] == "GBR"


def test_demonyms_singular_and_plural() -> None:
    table = demonym_table()
    assert table["Russian"] == table["Russians"] == "RUS"
    assert table["Chinese"] == "CHN"
    assert "Chineses" not in table
    assert table["Kosovar"] == "XKX"
    assert table["Nigerien"] == "NER" and table["Nigerian"] == "NGA"


def test_organizations_and_media() -> None:
    assert known_orgs()["U.N. Security Council"].name == "UN Security Council"
    assert known_orgs()["RSF"].country == "SDN"
    assert known_orgs()["NATO"].country is None
    assert is_media("KCNA") and is_media("The Wall Street Journal")
    assert not is_media("Rapid Support Forces")
