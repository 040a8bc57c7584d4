"""First-person words in a quote that runs over sentences: '"We will respond," Biden said.
"We condemn the attack."' and '"We warned them. They did not listen," Biden said.'

quotes.py gives "I" and "we" to the speaker of a quote whose sentence names that speaker; a
sentence that only continues the quote names nobody, so its "we" stayed unresolved and what
it says ("We condemn ...") had no author. The sentence that names the speaker is
loaders/quote_marks.py's; the speaker is read from it as quotes.py reads one (a single actor,
the subject of a verb of saying outside the quote).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.quotes import _FIRST_PERSON, _actor_at, _speaker
from loaders.mentions import Mention
from loaders.quote_marks import attributed_by

if TYPE_CHECKING:
    from spacy.tokens import Span


def continued_first_person(sents: list[Span], mentions: list[Mention]) -> list[Mention]:
    """Mentions (how="pronoun") for I/we/my/our in quoted sentences that continue a quote."""
    actor_at = _actor_at(mentions)
    found: list[Mention] = []
    for n in range(len(sents)):
        attributed = attributed_by(sents, n)
        if attributed is None:
            continue
        sent, quoted = attributed
        speaker = _speaker(sent, quoted, actor_at)
        if speaker is None:
            continue
        doc = sent.doc
        words = (doc[i] for i in sorted(quoted))
        found += [
            Mention(t.i, t.i + 1, speaker, "pronoun")
            for t in words
            if t.lower_ in _FIRST_PERSON and t.i not in actor_at
        ]
    return found
