"""The article addresses a feed (RSS 2.0, RSS 1.0, Atom) or a sitemap lists.

Parsed as a stream with lxml, entities and DTDs off and no network, so a hostile or huge
document costs no more than reading it; at most `limit` entries are taken.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree

from suivi.watch.problems import Problem, WatchError


@dataclass
class Listing:
    """What a feed or sitemap lists: article addresses in order, nested sitemaps, and how many
    entries were left unread past the limit."""

    links: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    entries: int = 0
    truncated: bool = False


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _entry_link(element, base: str) -> str:
    """An RSS item's <link> (or permalink guid), or an Atom entry's alternate link."""
    link = ""
    for child in element:
        name = _local(child.tag)
        if name == "link":
            href = child.get("href")
            if href is not None:  # Atom
                if child.get("rel", "alternate") == "alternate":
                    return urljoin(base, href.strip())
            elif child.text and child.text.strip():
                link = child.text.strip()
        elif name == "guid" and not link and child.get("isPermaLink", "true") == "true":
            link = (child.text or "").strip()
    if not link:
        about = element.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about", "")
        link = about.strip()
    return urljoin(base, link) if link else ""


def _loc(element) -> str:
    for child in element:
        if _local(child.tag) == "loc" and child.text:
            return child.text.strip()
    return ""


def listing(data: bytes, base: str, limit: int) -> Listing:
    """The links of a feed or sitemap; a document that is neither is a WatchError."""
    result = Listing()
    root_name = ""
    parser = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for event, element in parser:
            name = _local(element.tag)
            if event == "start":
                root_name = root_name or name
                continue
            if name not in ("item", "entry", "url", "sitemap"):
                continue
            result.entries += 1
            if result.entries > limit:
                result.truncated = True
            else:
                _take(result, name, element, base)
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    except etree.XMLSyntaxError as error:
        if not result.entries:
            raise WatchError(Problem.NOT_XML, _first_line(str(error))) from None
        result.truncated = True  # a feed cut short: its first entries are still good
    if root_name not in ("rss", "feed", "rdf", "urlset", "sitemapindex"):
        raise WatchError(Problem.NOT_A_FEED, f"<{root_name}>" if root_name else "")
    return result


def _take(result: Listing, name: str, element, base: str) -> None:
    if name == "sitemap":
        target, address = result.sitemaps, _loc(element)
    elif name == "url":
        target, address = result.links, _loc(element)
    else:
        target, address = result.links, _entry_link(element, base)
    if _web_address(address):
        target.append(address)


def _web_address(address: str) -> bool:
    parts = urlsplit(address)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _first_line(message: str) -> str:
    return message.splitlines()[0][:200] if message else ""
