"""Local files of every format, folders, globs, and every kind of bad input, named and explained."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from loaders.errors import (
    BinarySourceError,
    EmptySourceError,
    EncodingError,
    ParseError,
    SourceError,
    TooLargeError,
    UnsupportedSourceError,
)
from loaders.sources import Limits, load, load_one
from schema.ids import article_id
from schema.models import Article

DATA = Path(__file__).parent / "data"
STORY = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday at the "
    "Vostochny cosmodrome.\n\nThe two leaders held talks for more than four hours."
)


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _articles(items: list[Article | SourceError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _errors(items: list[Article | SourceError]) -> list[SourceError]:
    return [i for i in items if isinstance(i, SourceError)]


def test_plain_text_with_title_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "kim.txt", f"Putin meets Kim at spaceport\n\n{STORY}\n")
    article = load_one(str(path))
    assert article.title == "Putin meets Kim at spaceport"
    assert article.text == STORY
    assert article.id == article_id(None, article.title, article.text)


def test_same_text_gives_same_id_twice(tmp_path: Path) -> None:
    a = _write(tmp_path, "a/kim.txt", STORY)
    b = _write(tmp_path, "b/kim.txt", STORY)
    assert load_one(str(a)).id == load_one(str(b)).id


def test_markdown_markup_is_stripped(tmp_path: Path) -> None:
    md = (
        "---\ntitle: From front matter\ndate: 2023-09-13\nurl: https://example.org/kim\n---\n"
        "# Putin meets *Kim* at spaceport\n\n"
        "Russian President **Vladimir Putin** met [Kim Jong Un](https://example.org/kim) on "
        "Wednesday at the `Vostochny` cosmodrome.\n\n"
        "![a photo](photo.jpg)\n\n"
        "- Kim invited Putin to visit North Korea, state media said on Thursday.\n"
        "- The Kremlin said no agreements on arms were signed at the meeting.\n\n"
        "```\ncode block text\n```\n"
    )
    article = load_one(str(_write(tmp_path, "kim.md", md)))
    assert article.title == "Putin meets Kim at spaceport"
    assert article.published == date(2023, 9, 13)
    assert article.url == "https://example.org/kim"
    assert "Russian President Vladimir Putin met Kim Jong Un on Wednesday" in article.text
    assert "- Kim invited Putin to visit North Korea" in article.text
    for markup in ["**", "](", "`", "#", "photo", "code block"]:
        assert markup not in article.text


def test_json_case_file_extra_keys_ignored(tmp_path: Path) -> None:
    case = {
        "id": "d01-putin-kim",
        "title": "Kim meets Putin",
        "published": "2023-09-13",
        "url": None,
        "text": STORY,
        "actors": [{"name": "Vladimir Putin"}],
        "relations": [],
    }
    article = load_one(str(_write(tmp_path, "case.json", json.dumps(case))))
    assert article == Article(
        id="d01-putin-kim", title="Kim meets Putin", published=date(2023, 9, 13), text=STORY
    )


def test_json_without_id_gets_a_derived_one(tmp_path: Path) -> None:
    obj = {"title": "Kim meets Putin", "url": "https://example.org/kim", "text": STORY}
    article = load_one(str(_write(tmp_path, "a.json", json.dumps(obj))))
    assert article.id == article_id("https://example.org/kim", "Kim meets Putin", STORY)
    assert article.published is None


def test_json_with_only_html_reads_the_page(tmp_path: Path) -> None:
    obj = {"id": "d05", "html": (DATA / "d05_page.html").read_text()}
    article = load_one(str(_write(tmp_path, "page.json", json.dumps(obj))))
    assert article.id == "d05"
    assert article.title == "Finland becomes NATO's 31st member as Russia warns of countermeasures"
    assert "Kuleba" not in article.text


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.json", '{\n  "title": "x",\n  "text": "y"\n  "url": 1\n}')
    with pytest.raises(
        ParseError, match=r"bad\.json: invalid JSON at line 4, column 3: Expecting ','"
    ):
        load_one(str(path))


def test_json_that_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"num\.json: invalid article: expected an object"):
        load_one(str(_write(tmp_path, "num.json", "42")))
    with pytest.raises(EmptySourceError, match=r"notext\.json: no article text"):
        load_one(str(_write(tmp_path, "notext.json", '{"title": "only a title"}')))


def test_jsonl_bad_line_is_skipped_with_its_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "one", "text": STORY}),
        "",
        '{"id": "two", "text": ',
        json.dumps({"id": "three", "text": "Blinken met Wang Yi in Beijing on Sunday."}),
        json.dumps({"id": "four"}),
    ]
    items = list(load([str(_write(tmp_path, "many.jsonl", "\n".join(lines)))]))
    assert [a.id for a in _articles(items)] == ["one", "three"]
    errors = _errors(items)
    assert [e.source for e in errors] == [f"{tmp_path}/many.jsonl:3", f"{tmp_path}/many.jsonl:5"]
    assert "invalid JSON at line 3" in str(errors[0])
    assert "no article text" in str(errors[1])


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        ("empty.txt", "", EmptySourceError, "empty file"),
        ("blank.md", "  \n\n \t\n", EmptySourceError, "empty file"),
        (
            "doc.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            BinarySourceError,
            r"binary content \(PDF\)",
        ),
        ("nul.txt", b"abc\x00\x01\x02def", BinarySourceError, "binary content, not text"),
        (
            "latin.txt",
            "Orbán met Lavrov in Budapest.".encode("latin-1"),
            EncodingError,
            "not valid UTF-8",
        ),
        ("empty.jsonl", "\n\n", EmptySourceError, "empty file"),
        ("report.docx", b"PK\x03\x04", UnsupportedSourceError, "unsupported file type '.docx'"),
    ],
)
def test_bad_files_are_reported_by_name(
    tmp_path: Path, name: str, content: str | bytes, error: type[SourceError], message: str
) -> None:
    path = _write(tmp_path, name, content)
    items = list(load([str(path)]))
    assert len(items) == 1
    assert isinstance(items[0], error)
    assert items[0].source == str(path)
    assert re.search(message, str(items[0])), str(items[0])


def test_too_large_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", STORY * 20)
    with pytest.raises(TooLargeError, match=r"big\.txt: too large \(3\.\d kB > limit 1\.0 kB\)"):
        load_one(str(path), Limits(max_file_bytes=1000))


def test_folder_is_read_recursively_by_known_extension(tmp_path: Path) -> None:
    _write(tmp_path, "corpus/a.txt", STORY)
    _write(tmp_path, "corpus/sub/b.json", json.dumps({"id": "b", "text": STORY}))
    _write(tmp_path, "corpus/sub/deeper/c.md", "# C\n\nBlinken met Wang Yi in Beijing on Sunday.")
    _write(tmp_path, "corpus/notes.csv", "a,b")
    _write(tmp_path, "corpus/.hidden/d.txt", "A hidden draft about Macron meeting Xi in Beijing.")
    _write(tmp_path, "corpus/bad.json", "{")
    items = list(load([str(tmp_path / "corpus")]))
    articles = _articles(items)
    assert len(articles) == 3
    assert {a.text for a in articles} == {STORY, "Blinken met Wang Yi in Beijing on Sunday."}
    assert {a.id for a in articles} >= {"b"}
    assert "C" in {a.title for a in articles}
    assert [Path(e.source).name for e in _errors(items)] == ["bad.json"]


def test_globs_urls_and_missing_paths_expand(tmp_path: Path) -> None:
    _write(tmp_path, "x/one.txt", STORY)
    _write(tmp_path, "x/two.txt", "Blinken met Wang Yi in Beijing on Sunday.")
    items = list(
        load(
            [
                str(tmp_path / "x" / "*.txt"),
                str(tmp_path / "x" / "one.txt"),
                "missing.txt",
                "nothing*.md",
            ]
        )
    )
    assert len(_articles(items)) == 2  # one.txt named twice is read once
    assert [str(e) for e in _errors(items)] == [
        "missing.txt: no such file or folder",
        "nothing*.md: no file matches this pattern",
    ]


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "void").mkdir()
    (items,) = list(load([str(tmp_path / "void")]))
    assert isinstance(items, EmptySourceError)
    assert "folder holds no readable files" in str(items)


def test_markdown_page_with_teasers_keeps_only_its_story(tmp_path: Path) -> None:
    md = (
        "[Home](/) [World](/world)\n\n"
        "# Putin meets Kim at spaceport\n\n"
        f"{STORY}\n\n"
        "## Rubio backs Kurdistan Region in May speech\n\n"
        "Secretary of State Marco Rubio declared that a strong Kurdistan Region is a "
        "fundamental component of U.S. policy.\n\n"
        "[keep reading](/kurdistan)\n"
    )
    article = load_one(str(_write(tmp_path, "page.md", md)))
    assert article.title == "Putin meets Kim at spaceport"
    assert article.text == STORY
