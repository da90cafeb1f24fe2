"""Title, publisher, date and author of a document, at the precision the page gives.

The page's own byline wins ("Publié le samedi 28 juin 2025" -> 2025-06-28), then
the HTML metadata, then a dated signature line at the end of a communiqué
("Bamako, juin 2017"), then the month of the crawl header.
"""

from __future__ import annotations

import re

from suivi.reading import dates
from suivi.reading.clean import Cleaned, is_noise
from suivi.reading.formats import Source
from suivi.reading.model import Document

_PUBLISHED = re.compile(r"(?i:publié|published|mis en ligne|опубликовано|date\s*:)")
_BYLINE_AUTHOR = re.compile(
    r"(?:^|\|\s*|·\s*)(?:(?:Par|By|PAR|BY)\s+(?=[A-ZÀ-ÝА-ЯЁ])|(?:Auteur|Author|Автор|Текст)\s*:\s*)"
    r"(?P<name>[^|·,]+?)\s*(?:$|\||·|,)"
)
_NO_AUTHOR = re.compile(r"^(?:la rédaction|the editors?|editorial|редакция|staff)$", re.I)
_ARTICLE = re.compile(r"^(?:(?:Le|La|Les|The)\s+|L['’])")
_NOT_SIGNATURE = re.compile(r"[«»“”\"!?:;]|''")
# The place may carry its country in brackets: "COBIJA (Bolivie), 21 avril 2026 (ALD) -",
# "MOSUL (Iraq), May 3 -", «ДУШАНБЕ (Таджикистан), 5 мая –».
_DATELINE_PLACE = re.compile(
    r"^[A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:[ -][A-ZÀ-ÝА-ЯЁ][\w'’-]+){0,2}"
    r"(?:\s*\([A-ZÀ-ÝА-ЯЁ][\w'’ -]{1,30}\))?,\s*(?:le\s+)?"
)
_DATELINE_END = re.compile(r"\s*(?:года|г\.)?\s*[-–—.(:]")
_DATED_PLACE = re.compile(r"^(?:Fait à\s+)?[A-ZÀ-ÝА-Я][\w' –—-]+,\s*(?:le\s+)?\S")
# The closing formula of a communiqué or a treaty, however long the line that follows it.
_DONE_AT = re.compile(
    r"^\W*(?:Fait à|Done at|Signed at|Signé à|Совершено в|Подписано в)\s+[A-ZÀ-ÝА-ЯЁ][\w' -]*,"
)


def _site_key(site: str) -> str:
    return re.sub(r"\.\w+$", "", site).lower()


def _publisher(source: Source, cleaned: Cleaned) -> str | None:
    """The crawl header's site, spelled as the page spells it when it does."""
    if source.kind == "html":
        return cleaned.html_meta.get("sitename") or cleaned.html_meta.get("hostname")
    if not source.crawl_site:
        return None
    spelled = re.compile(re.escape(source.crawl_site), re.I)
    for line in [*cleaned.header, *cleaned.trailer]:
        match = spelled.search(line)
        if match and not match.group().isupper():
            return match.group()
    return source.crawl_site


def _title(source: Source, cleaned: Cleaned) -> str | None:
    if source.crawl_title:
        return source.crawl_title
    if source.kind == "html":
        title = cleaned.html_meta.get("title")
        site = cleaned.html_meta.get("sitename")
        if title and site:
            site = re.escape(site)
            title = re.sub(rf"^{site}\s*[-|–—:]\s*|\s*[-|–—]\s*{site}$", "", title)
        return title or None
    # A communiqué: the last line before the body that is not a heading in capitals, nor
    # its date or byline ("Published on 8 December 2022" names no article), nor the state's
    # motto under its name ("Fraternité - Justice - Travail", "Un Peuple – Un But – Une Foi"),
    # nor a menu ("Новости | Экономика | ЕАЭС | …": the sections, not the article's name).
    # A line in capitals as long as a sentence is the headline itself ("PHILIPPINES AND
    # INDONESIA HOLD 9TH JOINT COMMISSION, SIGN FOUR DOCUMENTS"): a letterhead names a
    # ministry or a service in fewer words.
    for line in reversed(cleaned.header):
        if (
            len(line.split()) < 4
            or (line.isupper() and len(line.split()) < _CAPITALS_HEADLINE)
            or is_noise(line)
            or _is_dated_place(line)
            or _date_alone(line)
            or _MOTTO.match(line)
        ):
            continue
        if (_PUBLISHED.search(line) and dates.find_dates(line)) or _BYLINE_AUTHOR.search(line):
            continue
        return line
    # else the body's first paragraph when it is one line that ends no sentence: the
    # communiqué's headline ("Signature de deux accords de financement entre …")
    first, _, rest = cleaned.text.partition("\n\n")
    if (
        rest
        and "\n" not in first
        and len(first.split()) >= 5
        and not first.isupper()
        and not _SENTENCE_END.search(first)
        and not _is_dated_place(first)
    ):
        return first
    return None


_CAPITALS_HEADLINE = 10  # words of a line in capitals that is a headline, at least
# A state's motto in a letterhead: three short groups of capitalised words between dashes
# ("Union – Discipline – Travail", "Un Peuple – Un But – Une Foi")
_MOTTO_GROUP = r"[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*){0,2}"
_MOTTO = re.compile(rf"^{_MOTTO_GROUP}\s*[-–—]\s*{_MOTTO_GROUP}\s*[-–—]\s*{_MOTTO_GROUP}$")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def _first_date(lines: list[str]) -> str | None:
    for line in lines:
        found = dates.find_dates(line)
        if found:
            return found[0].value
    return None


def _is_dated_place(line: str) -> bool:
    """ "Bamako, juin 2017", "Fait à Nouakchott, le 16 juin 2016, en deux exemplaires"."""
    short_place = len(line.split()) <= 8 and bool(_DATED_PLACE.match(line))
    # a wire's dateline writes no year ("Cairo, October 22, AZERTAC"): any year places the
    # day, only whether the line holds a date is asked
    return (short_place or bool(_DONE_AT.match(line))) and bool(dates.find_dates(line, _ANY_YEAR))


_ANY_YEAR = "2000-06-15"


def _date_alone(line: str) -> str | None:
    """A header line that is only a date ("14 октября 2025 года", "March 3, 2025"): the
    communiqué's own date, set under its title as ministries print it."""
    found = dates.find_dates(line)
    if len(found) != 1 or found[0].start > 1:
        return None
    rest = line[found[0].end :].strip(" .,")
    return found[0].value if rest in ("", "года", "г", "г.") else None


def _dateline(text: str, month: str | None = None) -> str | None:
    """The date of a wire dateline opening the body: "Accra, May 14, 2024 - Ghana and ...".

    A wire writes the day without its year ("LIMA, April 9 (Andes Wire) -"): under a crawl
    line that gives the month (`month`, YYYY-MM), a day of that month is the page's own."""
    head = text[:80]
    place = _DATELINE_PLACE.match(head)
    if not place:
        return None
    found = dates.find_dates(head)
    if not found and month:
        found = [d for d in dates.find_dates(head, month) if d.value.startswith(month)]
    if not found or found[0].start != place.end():
        return None
    # the date may take the dot that closes the dateline with it: «НЬЮ-ДЕЛИ, 18 ноября.
    # /ТАСС/.», "ROMA, 9 nov. (ANSA) -"
    ends = _DATELINE_END.match(head, found[0].end) or head[: found[0].end].endswith(".")
    return found[0].value if ends else None


def _published(source: Source, cleaned: Cleaned) -> str | None:
    byline = [line for line in cleaned.header if _PUBLISHED.search(line)]
    byline += [line for line in cleaned.header if _BYLINE_AUTHOR.search(line)]  # "Par X | date"
    found = _first_date(byline)
    if not found and source.kind == "html":
        found = cleaned.html_meta.get("date")
    if not found and source.kind == "crawl" and len(source.crawl_month or "") == 10:
        # the crawl line's day is the page's own; a wire dateline below it ("Doha, 11 mars
        # 2025 (ANP) –") dates the event it reports, often the day before
        found = source.crawl_month
    if not found:
        month = source.crawl_month if len(source.crawl_month or "") == 7 else None
        found = _dateline(cleaned.text, month)
    if not found:
        found = next(filter(None, map(_date_alone, cleaned.header)), None)
    if not found:
        short_header = [line for line in cleaned.header if len(line.split()) <= 8]
        found = _first_date(short_header) if source.kind == "crawl" else None
    if not found:
        lines = cleaned.text.splitlines()
        done_at = [line for line in lines if _DONE_AT.match(line)]
        around = cleaned.header + done_at + lines[-3:] + cleaned.trailer
        found = _first_date([line for line in around if _is_dated_place(line)])
    return found or source.crawl_month


def _author(source: Source, cleaned: Cleaned) -> str | None:
    for line in cleaned.header:
        match = _BYLINE_AUTHOR.search(line)
        if match:
            name = match.group("name").strip()
            return None if _NO_AUTHOR.match(name) else name
    if source.kind == "html" and cleaned.html_meta.get("author"):
        return cleaned.html_meta["author"].split(";")[0].strip()
    site = _site_key(source.crawl_site or "")
    for line in cleaned.trailer:
        if (
            (site and _site_key(line) == site)
            or dates.find_dates(line)
            or len(line.split()) > 8
            or _NOT_SIGNATURE.search(line)
        ):
            continue
        name = re.sub(r"^(?:Par|By)\s+", "", line).strip()
        if _NO_AUTHOR.match(name) or not re.search(r"\w", name):
            continue
        return _ARTICLE.sub("", name) if name[:1].isupper() else name
    return None


def extract(source: Source, cleaned: Cleaned) -> Document:
    """The document's metadata; `language` and `text` are set by later stages."""
    return Document(
        title=_title(source, cleaned),
        published=_published(source, cleaned),
        publisher=_publisher(source, cleaned),
        author=_author(source, cleaned),
        text=cleaned.text,
    )
