"""The source stage: files, folders, globs, URLs and feeds in; `Article`s (or reasons) out.

from loaders.sources import load
for item in load(["corpus/", "https://example.org/feed.xml"]):
    ...  # an Article, or a SourceError saying which input failed and why
"""

from __future__ import annotations

from loaders.sources.direct import article_from_text
from loaders.sources.load import load, load_one
from loaders.sources.web import Limits

__all__ = ["Limits", "article_from_text", "load", "load_one"]
