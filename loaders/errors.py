"""Errors of the loaders layer. Each names the input it is about and what went wrong.

    DiplographError                  (schema.errors)
    └── SourceError                  an input could not be turned into an article
        ├── EmptySourceError         nothing in it (empty file, blank text, empty feed)
        ├── BinarySourceError        not text at all (PDF, image, archive)
        ├── EncodingError            text that is not UTF-8 and declares no charset
        ├── ParseError               broken JSON/HTML/feed; names line and column when known
        ├── UnsupportedSourceError   a file type or content type we do not read
        ├── TooLargeError            over the size limit
        └── FetchError               a URL that failed (HTTP status, network, timeout)
            └── FetchTimeoutError

Readers raise these; the loading loop turns them into skips so one bad input never stops the
others (see `loaders.sources.load`).
"""

from __future__ import annotations

from schema.errors import DiplographError


class SourceError(DiplographError):
    """An input (file, URL, feed entry, JSONL line) that yields no article, and why."""

    def __init__(self, source: str, problem: str, hint: str | None = None) -> None:
        message = f"{source}: {problem}"
        super().__init__(f"{message} ({hint})" if hint else message)
        self.source, self.problem, self.hint = source, problem, hint

    @property
    def reason(self) -> str:
        """The problem without the input's name, for reports that show the name in a column."""
        return f"{self.problem} ({self.hint})" if self.hint else self.problem

    def at(self, source: str) -> SourceError:
        """The same problem reported under another name (a feed entry rather than its page)."""
        clone = type(self).__new__(type(self))  # no __init__: subclasses build messages differently
        clone.__dict__.update(self.__dict__)
        clone.source = source
        clone.args = (f"{source}: {self.reason}",)
        return clone


class EmptySourceError(SourceError):
    def __init__(self, source: str, what: str = "empty file") -> None:
        super().__init__(source, what)


class BinarySourceError(SourceError):
    def __init__(self, source: str, kind: str | None = None) -> None:
        what = f"binary content ({kind})" if kind else "binary content, not text"
        super().__init__(
            source, what, "diplograph reads text, Markdown, HTML, JSON, JSONL and RSS/Atom"
        )


class EncodingError(SourceError):
    def __init__(self, source: str, position: int, charset: str = "UTF-8") -> None:
        super().__init__(
            source,
            f"not valid {charset} (first bad byte at offset {position})",
            "re-save it as UTF-8, or declare its charset in the HTML",
        )


class ParseError(SourceError):
    def __init__(
        self,
        source: str,
        what: str,
        detail: str,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        where = ""
        if line is not None:
            where = f" at line {line}" + (f", column {column}" if column is not None else "")
        super().__init__(source, f"invalid {what}{where}: {detail}")
        self.line, self.column = line, column


class UnsupportedSourceError(SourceError):
    def __init__(self, source: str, what: str, known: str) -> None:
        super().__init__(source, f"unsupported {what}", f"known: {known}")


class TooLargeError(SourceError):
    def __init__(self, source: str, size: int, limit: int) -> None:
        super().__init__(
            source,
            f"too large ({_human(size)} > limit {_human(limit)})",
            "split it or raise the limit",
        )


class FetchError(SourceError):
    """A URL that could not be read. Never an HTTP error of ours: loaders do not speak HTTP back."""


class FetchTimeoutError(FetchError):
    def __init__(self, source: str, seconds: float) -> None:
        super().__init__(source, f"timed out after {seconds:g} s", "try again or raise --timeout")


def _human(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"
