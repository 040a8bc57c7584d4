"""Bodies named only by a description (described_bodies.py): "<state>-led coalition",
"<state>-backed separatists", "Iran's morality police"; and that relations then land on
the body rather than on the state word inside it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from tests.loaders.actors.conftest import spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def full_nlp() -> Language:
    from loaders.nlp import build_pipeline

    return build_pipeline(with_relations=True)


def _triples(doc: Doc) -> set[tuple[str, str, str]]:
    names = {aid: a.name for aid, a in doc._.actors.items()}
    return {(names[r.source_id], r.type.value, names[r.target_id]) for r in doc._.relations}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Saudi-led coalition carried out air strikes on rebel positions near Hodeidah.",
            "Saudi-led coalition",
        ),
        ("Officials said the Saudi-led military coalition had intercepted a drone.",
         "Saudi-led military coalition"),
        ("Tehran condemned the U.S.-led coalition after the raid.", "U.S.-led coalition"),
        ("The rebels have been battling a Saudi-led military coalition since 2015. The "
         "coalition has since bombed their ports.", "Saudi-led military coalition"),
        ("Russian-backed separatists shelled government positions near Donetsk on Friday.",
         "Russian-backed separatists"),
        ("Kyiv accused Moscow-backed rebels of breaking the truce.", "Moscow-backed rebels"),
        ("The bloc imposed sanctions on Iran's morality police.", "Iran's morality police"),
        ("Rights groups condemned Saudi Arabia's religious police.",
         "Saudi Arabia's religious police"),
        ("Peru's judiciary sentenced the former mayor to ten years.", "Peru's judiciary"),
        ("The Ghanaian army detained the opposition leader.", "Ghanaian army"),
        ("Kenya's armed forces struck al-Shabaab positions overnight.", "Kenya's armed forces"),
        ("Washington sanctioned the Ecuadorian military over the raid.", "Ecuadorian military"),
    ],
)  # fmt: skip
def test_a_description_is_one_body(actor_nlp: Language, text: str, body: str) -> None:
    found = spans(actor_nlp(text))
    assert found.get(body, "").startswith("organization:"), found


@pytest.mark.parametrize(
    ("text", "word", "ident"),
    [
        ("France joined a Saudi-led effort to end the war.", "Saudi", "country:SAU"),
        ("Russia hosted Russian-backed talks in Minsk.", "Russia", "country:RUS"),
        ("Riyadh and Tehran back rival sides in the war, where a Saudi-led coalition has been "
         "battling the rebels for years.", "Saudi", "country:SAU"),
        ("Turkey praised the U.S.-led mission in the region.", "U.S.", "country:USA"),
        ("Israel struck Iran-backed groups in Syria overnight.", "Iran", "country:IRN"),
        ("Meng was arrested by Canadian police in Vancouver.", "Canadian police", "country:CAN"),
        ("Chinese police and troops may be deployed there.", "Chinese police", "country:CHN"),
        ("Washington sanctioned Peru's judiciary chief Ana Soto.", "Peru", "country:PER"),
        ("Israel's experts rejected the findings of the inquiry.", "Israel", "country:ISR"),
        ("Iran-backed Houthi rebels fired a missile at Israel.", "Iran", "country:IRN"),
    ],
)  # fmt: skip
def test_no_body_without_its_shape(actor_nlp: Language, text: str, word: str, ident: str) -> None:
    """An act or meeting "led" or "backed" by a state, a named group's description, experts
    who are no panel of the body: the state or body word stays what it was."""
    found = spans(actor_nlp(text))
    assert found.get(word) == ident, found
    inside = re.compile(rf"\b{re.escape(word)}\b")
    assert not any(inside.search(text) and text != word for text in found), found


def test_the_coalition_after_it_is_named(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The Saudi-led coalition struck a port in Yemen. The coalition said the port hid arms."
    )
    mentions = [(doc[m.start : m.end].text, m.actor_id) for m in doc._.mentions]
    assert ("coalition", "organization:saudi-led-coalition") in mentions, mentions


def test_the_coalition_named_by_nobody_is_no_actor(actor_nlp: Language) -> None:
    found = spans(actor_nlp("The coalition said the port hid arms."))
    assert "coalition" not in found, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The Saudi-led coalition launched air strikes on Houthi positions near Sanaa.",
            ("Saudi-led coalition", "ATTACKED", "Houthis"),
        ),
        (
            "Tehran condemned the U.S.-led coalition after the raid.",
            ("Iran", "CONDEMNED", "U.S.-led coalition"),
        ),
        (
            "The European Union imposed sanctions on Iran's morality police on Monday.",
            ("European Union", "SANCTIONED", "Iran's morality police"),
        ),
        (
            "Meng was arrested by Canadian police at Vancouver airport.",
            ("Canada", "DETAINED", "Meng"),
        ),
        (
            "Canada imposed sanctions on Iran's morality police and two senior prosecutors.",
            ("Canada", "SANCTIONED", "Iran's morality police"),
        ),
        (
            "Peru's judiciary sentenced Marco Ruiz to ten years in prison on Monday.",
            ("Peru's judiciary", "DETAINED", "Marco Ruiz"),
        ),
    ],
)
def test_relations_land_on_the_body(
    full_nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in _triples(full_nlp(text))


def test_a_refused_act_stays_unrecorded(full_nlp: Language) -> None:
    found = _triples(full_nlp("Tehran did not condemn the U.S.-led coalition after the raid."))
    assert not any(t[2] == "U.S.-led coalition" for t in found), found


@pytest.mark.parametrize(
    ("text", "words", "ident"),
    [
        (
            "Venezuelan President Nicolas Maduro spoke on Friday. Maduro's government freed "
            "the activist on Sunday.",
            "Maduro's government",
            "country:VEN",
        ),
        (
            "Kenyan President William Ruto spoke. A court blocked Ruto's government from "
            "sending officers abroad.",
            "Ruto's government",
            "country:KEN",
        ),
        (
            "Japanese Prime Minister Fumio Kishida flew home. Kishida's administration protested "
            "to Beijing.",
            "Kishida's administration",
            "country:JPN",
        ),
        (
            "Japanese Prime Minister Fumio Kishida flew home. The Kishida administration "
            "protested to Beijing.",
            "Kishida administration",
            "country:JPN",
        ),
        ("The Biden administration protested to Beijing.", "Biden administration", "country:USA"),
        (
            "Kenyan President William Ruto flew home. The government of William Ruto protested "
            "to Kampala.",
            "government of William Ruto",
            "country:KEN",
        ),
        (
            "Later the administration of President Joe Biden barred the exports.",
            "administration of President Joe Biden",
            "country:USA",
        ),
    ],
)
def test_a_leaders_government_is_the_state(
    actor_nlp: Language, text: str, words: str, ident: str
) -> None:
    assert spans(actor_nlp(text)).get(words) == ident, spans(actor_nlp(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tom Keller's government freed the activist.", "Keller"),  # no state known for him
        ("The Tom Keller government freed the activist.", "Keller"),
        ("The Keller administration freed the activist.", "Keller"),  # no leader by that name
        ("Kenyan President William Ruto praised the government's plan.", "William Ruto"),
        ("Kenyan President William Ruto said Ruto's own plan stood.", "Ruto"),
        ("The government of Tom Keller freed the activist.", "Keller"),  # no state known for him
        ("Kenyan President William Ruto met the head of William Ruto's party.", "William Ruto"),
    ],
)
def test_no_state_without_a_leaders_government(actor_nlp: Language, text: str, words: str) -> None:
    found = spans(actor_nlp(text))
    assert not any(i.startswith("country:") for t, i in found.items() if words in t), found


@pytest.mark.parametrize(
    ("text", "panel"),
    [
        ("U.N. experts said Burundi had armed the militia in the south.", "U.N. experts"),
        ("A group of United Nations experts blamed Kenya for the raid.",
         "group of United Nations experts"),
        ("The U.N. fact-finding mission faulted the navy for the killings.",
         "U.N. fact-finding mission"),
        ("UN investigators accused the border guards of abuses.", "UN investigators"),
    ],
)  # fmt: skip
def test_a_un_panel_is_a_body_of_its_own(actor_nlp: Language, text: str, panel: str) -> None:
    found = spans(actor_nlp(text))
    assert found.get(panel, "").startswith("organization:"), found


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. peacekeeping mission said the town was calm.",
        "U.N. human rights monitors said prisoners were mistreated.",
        "The U.N. special rapporteur visited the camp.",
    ],
)
def test_no_panel_beyond_its_heads(actor_nlp: Language, text: str) -> None:
    """Peacekeepers, monitors and rapporteurs are no appointed panel: nothing new is made."""
    found = spans(actor_nlp(text))
    assert not any(t.endswith(("mission", "monitors", "rapporteur")) for t in found), found


def test_a_panel_accusation_lands_on_the_panel(full_nlp: Language) -> None:
    found = _triples(full_nlp("U.N. experts accused Burundi of arming the militia last year."))
    assert ("U.N. experts", "ACCUSED", "Burundi") in found, found


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "The Rwanda Defence Force denied the claims. Uganda later accused the Rwandan army "
            "of shelling its border posts.",
            "Rwandan army",
            "organization:rwanda-defence-force",
        ),
        (
            "Rebels have fought the Sudanese Armed Forces since April. The Sudanese army "
            "refused to attend the talks in Geneva.",
            "Sudanese army",
            "organization:sudanese-armed-forces",
        ),
    ],
)
def test_a_described_army_is_the_named_military(
    actor_nlp: Language, text: str, words: str, body: str
) -> None:
    """A state's military named by its name and by a description is one body, not two."""
    assert spans(actor_nlp(text)).get(words) == body, spans(actor_nlp(text))


def test_an_armed_group_styled_forces_is_no_states_army(actor_nlp: Language) -> None:
    found = spans(
        actor_nlp(
            "Bogota met the Revolutionary Armed Forces of Colombia in Havana. The Colombian "
            "army said it had halted its raids."
        )
    )
    assert found.get("Colombian army") == "organization:colombian-army", found
