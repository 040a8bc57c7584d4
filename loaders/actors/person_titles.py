"""The post a named person holds and the state or body it serves, from the words around the name.

News gives a post in a few shapes: a title run before the name ("Russian Foreign Minister Sergey
Lavrov"), an apposition after it ("Nasser Kanaani, a spokesman for Iran's foreign ministry"), or
a post before a comma ("China's top diplomat, Wang Yi"). Reading them is apart from deciding who
is who (people.py): this only fills the person's draft (roles, country) and, for a post before a
comma, adds that post as a mention of the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.person_cues import state_after, state_before
from loaders.actors.state_agencies import STATE_AGENCIES
from loaders.actors.titles import APPOSITION_HEADS, clean_title, is_title_word
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.actors.matcher import Hit
    from loaders.actors.people import Occurrence, Person
    from loaders.actors.table import ActorTable

_WHERE = frozenset({"in", "at", "near", "from", "inside"})

_OWN_BODIES = frozenset(
    {"ministry", "government", "cabinet", "embassy", "presidency", "parliament", "delegation"}
)
"""Bodies of a state that make "a post in <State>'s <body>" a post serving that state ("a
principal secretary in Kenya's foreign ministry"), unlike a place ("an aid worker in Syria's
north")."""

_POSTINGS = frozenset({"ambassador", "envoy", "consul", "charge"})
"""Posts sent abroad: the state after "to" is where the post is, not whom it serves."""

_OWNER_MARKS = frozenset({"'s", "’s", "his", "her", "their"})
"""Words that give a post an owner ("Trump's envoy", "his envoy"): a state after "for"/"to" is
then where the post is, not whom it serves."""


_AGENCY_STATES = {agency.name: agency.country for agency in STATE_AGENCIES}


def _agency_state(key: str) -> str | None:
    """The state a state agency in a title run serves ("CIA Director William Burns",
    "Revolutionary Guards commander X"): its officer serves that state too. Armed groups and
    international bodies give none."""
    return _AGENCY_STATES.get(key)


_BODY_HEADS = frozenset(
    {"ministry", "ministries", "office", "department", "council", "cabinet", "government"}
)
"""Heads of a body, not of a post: "Iran's foreign ministry, Araghchi" is the ministry and then
the man, and "the head of Australia's foreign affairs department, X" holds no post named
"foreign affairs department" (a title word run may hold them: "Foreign Ministry spokesman")."""


class TitleReader:
    """Reads titles in one Doc, with the People's gazetteer hits by start and by last token."""

    def __init__(
        self, doc: Doc, hit_at: dict[int, Hit], hit_end: dict[int, Hit], table: ActorTable
    ) -> None:
        self.doc, self.hit_at, self.hit_end, self.table = doc, hit_at, hit_end, table

    def read(self, occ: Occurrence, person: Person) -> None:
        """The post and state of `person` from the words around this occurrence."""
        words: list[str] = []
        serving: str | None = None
        country: str | None = None
        i = occ.start
        while i < occ.name_start:
            hit = self.hit_at.get(i)
            if hit is not None and hit.kind != "ORG" and self._field_of_post(hit, occ):
                i = hit.end  # "U.S. special envoy for Iran", "Trump's Ukraine envoy"
                continue
            if hit is not None:
                surface = self.doc[hit.start : hit.end].text
                if hit.kind == "ORG":
                    words.append(surface)
                    serving = f"org:{hit.key}"
                    country = country or _agency_state(hit.key)
                else:
                    serving = self.table.country(hit.key, surface)
                    country = hit.key
                i = hit.end
                continue
            if self.doc[i].text not in ("'s", "’s", "-"):
                words.append(self.doc[i].text)
            i += 1
        title = clean_title(words)
        if title is None:
            title, serving2, country2 = self._apposition(occ)
            if title is None and country2 is None:
                title, serving2, country2 = self._post_before_comma(occ, person)
            serving, country = serving or serving2, country or country2
        elif serving is None and country is None:
            # "the Vatican's ambassador, Archbishop X": the rank before the name serves no one,
            # the post before the comma names the state; the post is the person's title.
            post, serving2, country2 = self._post_before_comma(occ, person)
            if post is not None and country2 is not None:
                person.draft.add_role(post, serving2)
                country = country2
            else:
                # "Colonel Amadou Abdramane, spokesman for Niger's military government": a rank
                # before the name, the post and its state in the apposition after it
                post, serving2, country2 = self._apposition(occ)
                if post is not None and country2 is not None:
                    person.draft.add_role(post, serving2)
                    country = country2
        if title is not None and country is None:
            country = state_after(self.doc, occ.name_end, self.hit_at)
            if country is not None:
                hit = self.hit_at[occ.name_end + 1]
                self.table.country(country, self.doc[hit.start : hit.end].text)
        if country is None and serving is None:
            country = state_before(self.doc, occ.start, self.hit_end)
        if country is None and title is None:
            country = self._listed_state(occ)
        if title is not None:
            person.draft.add_role(title, serving)
        if country and person.draft.country is None:
            person.draft.country = country

    def _field_of_post(self, hit: Hit, occ: Occurrence) -> bool:
        """A state in a title run that the post deals with, not the one it serves: after "for"
        or "to" inside the run ("U.S. special envoy for Iran Robert Malley"), or right after a
        person owner's "'s" ("Trump's Ukraine envoy Keith Kellogg": the envoy is Trump's)."""
        before = hit.start - 1
        if before < 0:
            return False
        word = self.doc[before].lower_
        if word in ("for", "to"):
            return before >= occ.start
        return word in ("'s", "’s") and before == occ.start - 1

    def _post_before_comma(
        self, occ: Occurrence, person: Person
    ) -> tuple[str | None, str | None, str | None]:
        """The post before a comma, and its mention: the described post refers to the person."""
        title, serving, country = self._title_before_comma(occ.start)
        # "China's envoy in the capital, X" gives the state only: a post closing on its place
        # stays the state's mention ("Japan expelled China's envoy in the capital, X")
        if country is not None and self._place_tail(occ.start - 1) == occ.start - 2:
            start = self._post_start(occ)
            person.mentions.append(Mention(start, occ.start - 1, person.draft.id, "title"))
            if title is not None:  # "his Chinese counterpart" names nobody elsewhere
                person.draft.add_alias(self.doc[start : occ.start - 1].text)
        return title, serving, country

    def _post_start(self, occ: Occurrence) -> int:
        j, _ = self._post_run(occ.start - 1)
        if self.doc[j].text in ("'s", "’s"):
            j -= 1
        hit = self.hit_end.get(j)
        return hit.start if hit is not None else j + 1

    def _post_run(self, comma: int) -> tuple[int, list[str]]:
        """The index just before a post that ends at `comma`, and the post's words. The post may
        close on where it sits ("China's ambassador in London", "Pakistan's top diplomat in the
        capital", "Peru's envoy to the U.N."), name a field ("U.S. assistant secretary of state
        for African affairs") or hold a body between its state and its head ("Russian U.N.
        ambassador"): the state before them still owns the post."""
        doc = self.doc
        j = self._place_tail(comma)
        end = j + 1
        while j >= 0:
            if doc[j].lower_ == "affairs":
                field = next(
                    (k for k in range(j - 1, max(j - 5, 0), -1) if doc[k].lower_ == "for"), None
                )
                if field is not None:
                    j = field - 1  # "for East Asian affairs": a field, whatever its words
                    continue
            hit = self.hit_end.get(j)
            if hit is not None:
                if hit.kind == "ORG" and self._state_hit_before(hit.start - 1):
                    j = hit.start - 1  # "Russian U.N. ambassador": the body inside the post
                    continue
                break
            if not is_title_word(doc[j].text) and not self._body_acronym(j, end):
                break
            j -= 1
        return j, [t.text for t in doc[j + 1 : end]]

    def _body_acronym(self, j: int, end: int) -> bool:
        """ "U.N." or "NATO" inside a post ("Chilean U.N. ambassador"), when the gazetteer left
        it unread: an abbreviation in capitals between the state and the post's head."""
        letters = self.doc[j].text.replace(".", "")
        return j < end - 1 and 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()

    def _state_hit_before(self, j: int) -> bool:
        hit = self.hit_end.get(j)
        return hit is not None and hit.kind != "ORG"

    def _place_tail(self, comma: int) -> int:
        """The index before a closing "in London", "in the capital" or "to the U.N." of a post
        ending at `comma`, else the index before the comma."""
        doc, last = self.doc, comma - 1
        hit = self.hit_end.get(last)
        if hit is not None:
            k = hit.start - 1
        elif doc[last].lower_ == "capital":
            k = last - 1
        else:
            return last
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 1 and doc[k].lower_ in ("in", "to", "at") and is_title_word(doc[k - 1].text):
            return k - 1
        return last

    def _title_before_comma(self, start: int) -> tuple[str | None, str | None, str | None]:
        """ "China's top diplomat, Wang Yi": a post and its state just before the name that
        starts at `start`."""
        doc, i = self.doc, start - 1
        if i < 2 or doc[i].text != ",":
            return None, None, None
        j, words = self._post_run(i)
        if doc[j].text in ("'s", "’s"):
            j -= 1
        hit = self.hit_end.get(j)
        title = clean_title(words)
        counterpart = any(w.lower() in ("counterpart", "counterparts") for w in words)
        if hit is None or hit.kind == "ORG" or (title is None and not counterpart):
            return None, None, None  # ("his Chinese counterpart, Wang Yi": a state, no post)
        if words and words[-1].lower() in _BODY_HEADS:
            return None, None, None  # "According to Iran's foreign ministry, Araghchi told"
        if self._shared_post(hit):
            return None, None, None
        surface = doc[hit.start : hit.end].text
        return title, self.table.country(hit.key, surface), hit.key

    def _listed_state(self, occ: Occurrence) -> str | None:
        """ "two Israeli cabinet ministers, Itamar Ben-Gvir and Bezalel Smotrich": the last
        name of a list after a plural post holds that post too, and serves its state (a post in
        the singular is the first name's only: "Israel's defence minister, X and Y")."""
        doc, j = self.doc, occ.start - 1
        if j < 3 or doc[j].lower_ != "and":
            return None
        k = j - 1
        while k >= 0 and doc[k].ent_type_ == "PERSON":
            k -= 1
        if k == j - 1 or doc[k].text != "," or doc[k - 1].tag_ not in ("NNS", "NNPS"):
            return None
        title, _, country = self._title_before_comma(k + 1)
        return country if title is not None else None

    def _shared_post(self, hit: Hit) -> bool:
        """ "the Armenian and Azerbaijani foreign ministers, Ararat Mirzoyan and Jeyhun
        Bayramov": a post of several coordinated states is no post of the last one only, and
        the name after the comma is no mention of it."""
        joiner = hit.start - 1
        if joiner < 1 or self.doc[joiner].lower_ not in ("and", "or", ","):
            return False
        before = self.hit_end.get(joiner - 1)
        return before is not None and before.kind != "ORG"

    def _demonym_description(self, hit: Hit) -> bool:
        """ "X, an Australian economist who ...": a demonym and a plain lower-case description
        closing the apposition give the person's nationality, as "Australian economist X" does
        before the name (not "an Iranian-American", a dual origin)."""
        doc = self.doc
        if hit.kind != "DEMONYM" or doc[hit.start - 1].lower_ not in ("a", "an"):
            return False
        j = hit.end
        while j < len(doc) and j < hit.end + 3 and doc[j].is_lower and doc[j].is_alpha:
            if doc[j].lower_ in ("who", "whose"):
                break
            j += 1
        if j == hit.end or j >= len(doc) or doc[j - 1].pos_ != "NOUN":
            return False
        return doc[j].text in (",", ".", ";") or doc[j].lower_ in ("who", "whose")

    def _own_body_after(self, hit: Hit) -> bool:
        """ "in Kenya's foreign ministry": the state's "'s", then one of its bodies."""
        doc, end = self.doc, hit.end
        if end >= len(doc) or doc[end].text not in ("'s", "’s"):
            return False
        return any(t.lower_ in _OWN_BODIES for t in doc[end + 1 : end + 4])

    def _apposition(self, occ: Occurrence) -> tuple[str | None, str | None, str | None]:
        """ "Nasser Kanaani, a spokesman for Iran's foreign ministry": title and whom it serves."""
        doc, i = self.doc, occ.name_end
        if i >= len(doc) or doc[i].text != ",":
            return None, None, None
        words: list[str] = []
        j = i + 1
        while j < len(doc) and j < i + 12 and doc[j].text not in (",", ".", ";"):
            hit = self.hit_at.get(j)
            if hit is not None and not words and hit.kind != "ORG":
                # "Kaja Kallas, Estonia's prime minister": the state, then the post
                rest = [t.text for t in doc[hit.end : hit.end + 6] if t.text not in ("'s", "’s")]
                post = []
                for word in rest:
                    if word.lower() not in APPOSITION_HEADS and not is_title_word(word):
                        break
                    post.append(word)
                after = rest[len(post)] if len(post) < len(rest) else ","
                if after[:1].isupper():
                    return None, None, None  # "Zelensky, French President Emmanuel Macron"
                if any(w.lower() in APPOSITION_HEADS for w in post):
                    surface = doc[hit.start : hit.end].text
                    return clean_title(post), self.table.country(hit.key, surface), hit.key
                if self._demonym_description(hit):
                    return None, None, hit.key  # "Sean Turnell, an Australian economist"
                return None, None, None
            if hit is not None:
                if not any(w.lower() in APPOSITION_HEADS for w in words) or (
                    words[-1].lower() in _WHERE and not self._own_body_after(hit)
                ):
                    return None, None, None  # "an adviser in Syria" serves no Syria
                owned = any(w.lower() in _OWNER_MARKS for w in words)
                posted = words[-1].lower() == "to" and _POSTINGS.intersection(
                    w.lower() for w in words
                )
                if posted or (owned and words[-1].lower() in ("for", "to")):
                    # "a former ambassador to Russia": the state posted to, not the one served;
                    # "Trump's envoy for Ukraine", "his envoy to Kyiv": the owner's post, and
                    # the state where it is posted
                    return clean_title(words), None, None
                surface = doc[hit.start : hit.end].text
                if hit.kind == "ORG":
                    return clean_title([*words, surface]), f"org:{hit.key}", _agency_state(hit.key)
                if words[-1].lower() in _WHERE:  # "a secretary in Kenya's foreign ministry"
                    words = words[:-1]
                return clean_title(words), self.table.country(hit.key, surface), hit.key
            if doc[j].ent_type_ == "PERSON" and not is_title_word(doc[j].text):
                return None, None, None  # "Netanyahu, his defence minister Yoav Gallant": a list
            if doc[j].lower_ not in ("a", "an", "the"):
                words.append(doc[j].text)
            j += 1
        if any(w.lower() in APPOSITION_HEADS for w in words) and len(words) <= 5:
            return clean_title(words), None, None
        return None, None, None
