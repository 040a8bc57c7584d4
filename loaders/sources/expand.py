"""PATH arguments to inputs: files, folders (recursive, known extensions), globs and URLs.

Each argument that names nothing readable becomes a SourceError of its own, so a typo in one
argument is reported beside the articles the others gave.
"""

from __future__ import annotations

import glob
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.errors import EmptySourceError, SourceError
from loaders.sources.readers import EXTENSIONS, KNOWN

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_GLOB_CHARS = frozenset("*?[")


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _folder(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in EXTENSIONS and not _hidden(p, folder)
    )


def expand(targets: Iterable[str]) -> Iterator[Path | str | SourceError]:
    """Each readable input once, in argument order: a Path for a local file, a str for a URL."""
    seen: set[Path | str] = set()

    def once(item: Path | str) -> Iterator[Path | str]:
        key = item.resolve() if isinstance(item, Path) else item
        if key not in seen:
            seen.add(key)
            yield item

    for target in targets:
        if is_url(target):
            yield from once(target)
            continue
        path = Path(target).expanduser()
        if path.is_file():
            yield from once(path)
        elif path.is_dir():
            files = _folder(path)
            if not files:
                yield EmptySourceError(target, f"folder holds no readable files (known: {KNOWN})")
            for file in files:
                yield from once(file)
        elif _GLOB_CHARS & set(target):
            matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
            files = [f for m in matches for f in ([m] if m.is_file() else _folder(m))]
            if not files:
                yield SourceError(target, "no file matches this pattern")
            for file in files:
                yield from once(file)
        else:
            yield SourceError(target, "no such file or folder")
