"""Markdown to plain text: markup goes, words stay, blocks become paragraphs.

markdown-it-py (CommonMark) parses; we keep inline text, drop images, code fences and HTML
blocks, and take the first heading as the title. A YAML-style front matter block may give
title, date and url. The result then goes through the text-page cleaner like any text page,
since Markdown is often a converted web page with its debris still in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*(?:\n|\Z)", re.S)


@dataclass(frozen=True, slots=True)
class MarkdownDoc:
    text: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def _front_matter(source: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, source[match.end() :]


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def markdown_to_text(source: str) -> MarkdownDoc:
    """Paragraphs, headings and list items as lines of text, in reading order."""
    meta, body = _front_matter(source)
    tokens = MarkdownIt("commonmark").parse(body)
    blocks: list[str] = []
    title: str | None = None
    in_heading: str | None = None
    list_depth = 0
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "heading_open":
            in_heading = token.tag
        elif token.type == "heading_close":
            in_heading = None
        elif token.type == "inline":  # fences, code and HTML blocks are other token types
            text = _inline_text(token)
            if not text:
                continue
            if in_heading == "h1" and title is None:
                title = text
                continue
            blocks.append(f"- {text}" if list_depth and not in_heading else text)
    return MarkdownDoc("\n\n".join(blocks), title or meta.get("title"), meta)
