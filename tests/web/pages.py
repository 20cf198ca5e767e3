"""Read pages the way a person does: the visible text, the fields, the forms."""

from __future__ import annotations

import re
from html.parser import HTMLParser

INVISIBLE = {"script", "style", "head", "template", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.by_id: dict[str, list[str]] = {}
        self.open_ids: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if tag in VOID:
            return
        self.stack.append(tag)
        if "id" in values:
            self.open_ids.append((len(self.stack), values["id"]))
            self.by_id[values["id"]] = []

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            depth = len(self.stack)
            self.open_ids = [(d, i) for d, i in self.open_ids if d < depth]
            if self.stack.pop() == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(tag in INVISIBLE for tag in self.stack):
            return
        self.text.append(data)
        for _, ident in self.open_ids:
            self.by_id[ident].append(data)


def _squash(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


class Page:
    """A parsed page: ``text`` is what a reader sees; ``text_of(id)`` one element's text."""

    def __init__(self, html: str) -> None:
        parser = _Page()
        parser.feed(html)
        self.html = html
        self.text = _squash(parser.text)
        self.tags = parser.tags
        self._by_id = parser.by_id

    def text_of(self, ident: str) -> str:
        """The visible text inside the element with this id."""
        return _squash(self._by_id[ident])

    def has_id(self, ident: str) -> bool:
        """Whether an element has this id."""
        return ident in self._by_id or any(a.get("id") == ident for _, a in self.tags)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        """Every ``tag`` element whose attributes include these."""
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]

    def field(self, name: str) -> dict[str, str]:
        """The input, textarea or select with this name."""
        for tag, attrs in self.tags:
            if tag in ("input", "textarea", "select") and attrs.get("name") == name:
                return attrs
        raise KeyError(name)

    def csrf_token(self) -> str:
        """The page's CSRF token, as app.js reads it."""
        return self.find("meta", name="csrf-token")[0]["content"]
