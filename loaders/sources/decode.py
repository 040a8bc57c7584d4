"""Bytes to text, refusing what is not text. No guessing: a wrong guess garbles every name."""

from __future__ import annotations

import codecs
import re

from loaders.errors import BinarySourceError, EmptySourceError, EncodingError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def sniff_binary(source: str, data: bytes) -> None:
    """Raise if the bytes are a known binary format or hold NUL bytes (text never does)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinarySourceError(source, kind)
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinarySourceError(source)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP header, an XML declaration or an HTML <meta> declares, if it names a
    codec we know (the header wins, as in browsers)."""
    candidates: list[str] = []
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
        if match:
            candidates.append(match.group(1))
    for pattern in (_XML_ENCODING, _META_CHARSET):
        found = pattern.search(data[:4096])
        if found:
            candidates.append(found.group(1).decode("ascii", "replace"))
    for name in candidates:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def decode_text(source: str, data: bytes, charset: str | None = None) -> str:
    """Decode as `charset` when declared, else strict UTF-8 (a BOM is honoured and dropped)."""
    if not data.strip():
        raise EmptySourceError(source)
    sniff_binary(source, data)
    encoding = charset or "utf-8"
    if charset is None:
        for bom, name in (
            (codecs.BOM_UTF8, "utf-8-sig"),
            (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16"),
        ):
            if data.startswith(bom):
                encoding = name
                break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(source, exc.start, charset or "UTF-8") from exc
    if not text.strip():
        raise EmptySourceError(source)
    return text
