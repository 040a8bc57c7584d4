"""Meetings held over a screen are no visits.

A visit is derived from a meeting held in the host's country or from a host receiving a guest
(derive.py, visits.py). "Biden hosted the virtual meeting from the White House with Modi",
"Xi greeted Biden as an old friend" in a story about a video summit: nobody travelled, and
ANNOTATION.md counts no call as a visit. The medium is named in the meeting's own sentence, or
for a reception that names no place, once where the story opens ("The virtual meeting lasted
three hours"); a meeting placed in a city keeps its visit unless its own sentence says video.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_REMOTE = words("virtual virtually video videoconference teleconference videolink online")
_GATHERINGS = words("meeting summit talk talks call conference session encounter")
_OPENING = 4
"""Sentences where a story sets out what kind of meeting it reports."""


def _names_remote_meeting(sent: Span, trigger: Token | None = None) -> bool:
    """ "a virtual meeting", "a video call", and said of the trigger itself "met virtually",
    "talked by video link" (not "with Merkel joining by video link": she alone was remote)."""
    for tok in sent:
        if tok.lower_ not in _REMOTE:
            continue
        if tok.head.lemma_.lower() in _GATHERINGS:
            return True
        if trigger is None:
            continue
        if tok.lower_ == "virtually" and tok.head.i == trigger.i:
            return True
        link = tok.head
        if link.lower_ == "link" and link.head.lower_ == "by" and link.head.head.i == trigger.i:
            return True
    return False


def remote_here(trigger: Token) -> bool:
    """The meeting's own sentence says it was held by video ("hosted the virtual meeting")."""
    return _names_remote_meeting(trigger.sent, trigger)


def held_remotely(trigger: Token) -> bool:
    """A reception with no place of its own ("Xi greeted Biden") in a story that opens on a
    meeting held by video: the greeting was on screen too."""
    return remote_here(trigger) or any(
        _names_remote_meeting(s) for s in islice(trigger.doc.sents, _OPENING)
    )
