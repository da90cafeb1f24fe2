"""Keep the article, drop the page around it.

HTML goes through trafilatura after the obvious boilerplate blocks (menus,
comments, share bars, sidebars) are cut from the tree; crawl text and plain text
are cut line by line: the body starts at the first real paragraph and stops at
"Lire aussi", tags or comments. Bylines before the body and signatures after it
are kept aside for the metadata stage.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from suivi.reading.formats import Source

# Where the article is over: related links, tags, comments (fr, en, ru).
_CUTOFF = re.compile(
    r"^\W*(?:à |a )?(?:lire aussi|lisez aussi|read also|read more|see also|related\b|"
    r"articles? (?:liés|connexes)\s*:?\s*$|voir aussi|more stories|more on this|"
    r"см\. также|похожие (?:статьи|новости|материалы)|другие новости|"
    r"articles similaires|sur le même sujet|dans la même rubrique|vous aimerez aussi|"
    r"читайте также|по теме|смотрите также|mots[- ]clés|tags?\s*:|теги|étiquettes|"
    r"commentaires?\b|\d+\s+(?:réactions?|commentaires?)|vos réactions|réagi(?:r|ssez)|"
    r"laisser un commentaire|ajouter un commentaire|комментари|оставить комментарий|"
    r"leave a (?:reply|comment)|comments?\b|partager cet article"
    # a press release's note about the company that issues it, after the news («Справка.
    # ПАО «X» — российская компания …», "Notes to editors", "À propos de X" as a heading):
    # who the issuer is, not what it did
    r"|справк[аи]\s*[.:]|справочн(?:о|ая информация)\s*[.:]?|о компании\s*:?\s*$"
    r"|notes? (?:to|for) editors\b|notes? aux r[ée]dactions?\b"
    # a press release's contacts for journalists, after the news: "Contact presse :",
    # "Media contacts:", «Контакты для СМИ:» as a heading line (who answers the press, no one
    # of the story; "Media contact: X" inside the article is a credit, `people._CREDIT`)
    r"|(?:contacts?\s+(?:presse|m[ée]dias?)|(?:media|press)\s+contacts?"
    r"|контакт\w*\s+для\s+(?:прессы|сми))\s*:?\s*$"
    # (the issuer by its name: "About the project", a section of the article, goes on)
    r"|(?:about|à propos d[e'’]|a propos d[e'’])\s*(?!(?:the|this|our|la|le|les|l['’]|ce|cet"
    r"|cette|ces)\b)(?-i:[A-ZÀ-ÝА-ЯЁ«\"])[^.!?:]{0,60}:?\s*$)",
    re.I,
)
# A link to another article inside this one ("Lire aussi : TITLE"): skipped when the
# article goes on after it (SPEC), the article's end when nothing but furniture follows.
_LINK_LINE = re.compile(
    r"^\W*(?:à |a )?(?:lire aussi|lisez aussi|read also|also read|read more|see also|voir aussi"
    r"|related(?=\s*:)|читайте также|см\. также|смотрите также)\s*[:：–—-]?\s*[«\"“‘']?\w",
    re.I,
)
# Lines that are never article text: share bars, credits, advertising, reading aids.
_NOISE = re.compile(
    r"^\W*(?:tweet(?:er)?|partager|share|поделиться|j'aime|imprimer|envoyer|écouter|"
    r"suivez-nous|follow us|publicité|bannière|annonce|flash info|temps de lecture|"
    r"taille du texte|шрифт|версия для печати|реклама|advertisement|photo\s*:|crédit"
    # a wire's credits: "(Reporting by X; Editing by Y)", «Редактор: X»
    r"|(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\b|редактор\s*:)",
    re.I,
)
_BYLINE = re.compile(
    # "Par Moussa Traoré", not "Par ailleurs, l'Agence ..." (a sentence of the article)
    r"^(?:Par|By|PAR|BY)\s+(?:[A-ZÀ-ÝА-ЯЁ]|(?i:la rédaction|notre|our|staff))"
    # "Published 12 May", "Last updated: …", "Rubrique | Mis à jour le …": the page's date
    # opens its line or a piece of it between bars, where a sentence of the article uses
    # the same words as a verb or an adjective ("approved an updated roadmap")
    r"|(?:^|[|·•–—]\s*)(?i:(?:last\s+|dernière\s+)?(?:publié le|mis à jour|published|updated"
    r"|auteur\s*:|автор|опубликовано))"
)


def _is_byline(line: str) -> bool:
    """A byline line: "By X" alone, or a strip of short pieces between bars of which one is
    "By X" ("Daily Review | Energy | By X", "Le Soleil · Économie · Par X"): the page's
    credits set between two paragraphs, no article text."""
    if _BYLINE.match(line) and _words(line) <= 8:
        return True
    pieces = [piece.strip() for piece in re.split(r"\s[|·•]\s", line)]
    return (
        len(pieces) >= 2
        and all(piece and _words(piece) <= 6 for piece in pieces)
        and any(re.match(r"(?:Par|By|PAR|BY)\s+[A-ZÀ-ÝА-ЯЁ]", piece) for piece in pieces)
    )


_LIST_ITEM = re.compile(r"^(?:[-–•·*→]|\(?[ivxlcdm]+\)|\(?\d{1,2}[.)]|[a-z]\))\s+")
_SENTENCE_END = re.compile(r"[.!?…»”\"')]\s*$")
_SEPARATORS = re.compile(r"\s[|·•>]\s|\s{3,}")
_BOILERPLATE_CLASS = re.compile(
    r"^(?:[a-z]+[-_])?(?:comments?|commentaires?|partage|share|sharedaddy|sharing|social|"
    r"sidebar|widget|menu|nav|navigation|breadcrumbs?|related|colonne-droite|cookies?|"
    r"newsletter|tags-links|ads?|pub|publicite|signature)(?:[-_][a-z]+)*$",
    re.I,
)
# A line announcing a list ("... signed 11 documents:") followed by no list item.
_LOST_LIST = re.compile(r":[ \t]*\n(?![ \t]*(?:[-–•·*→]|\(?[ivxlcdm]+\)|\(?\d{1,2}[.)]|[a-z]\)))")
_BOILERPLATE_TAGS = ("nav", "aside", "footer", "form", "script", "style", "noscript", "iframe")


@dataclass
class Cleaned:
    """The article text, and the lines around it that may carry a byline or a signature."""

    text: str
    header: list[str] = field(default_factory=list)
    trailer: list[str] = field(default_factory=list)
    html_meta: dict[str, Any] = field(default_factory=dict)


def _words(line: str) -> int:
    return len(line.split())


def is_noise(line: str) -> bool:
    """A line that is never article text: a share bar, a credit, a menu of three bars or more."""
    return bool(_NOISE.match(line) or "©" in line or len(_SEPARATORS.findall(line)) >= 3)


def _owner_words(lines: list[str]) -> list[list[str]]:
    """The words of the page's copyright lines ("© 2025 Центразия-Инфо. Все права
    защищены."), lower case, letters only: the outlet that owns the page names itself there."""
    return [re.findall(r"[^\W\d_]+", line.lower()) for line in lines if "©" in line]


def _is_masthead(line: str, owners: list[list[str]]) -> bool:
    """A short line that is the outlet's own name as its copyright line spells it
    («ЦЕНТРАЗИЯ-ИНФО» above the article, "© 2025 Центразия-Инфо" below it): the page's
    masthead, not a sentence of the article. Its section may follow it after a bar
    ("Caribbean Media Corporation | Regional News", "Le Soleil | Politique"): the outlet's
    name before the bar is the masthead all the same."""
    words = re.findall(r"[^\W\d_]+", re.split(r"\s+[|·]\s+", line, maxsplit=1)[0].lower())
    if not words or len(words) > 4 or _SENTENCE_END.search(line):
        return False
    n = len(words)
    return any(owner[i : i + n] == words for owner in owners for i in range(len(owner)))


def _starts_body(line: str) -> bool:
    return (
        _words(line) >= 15
        and bool(_SENTENCE_END.search(line))
        and not is_noise(line)
        and not _BYLINE.search(line)
    )


def _with_list_above(lines: list[str], start: int) -> int:
    """Move the body's start up over a list that opens it ("were signed:" then "(i) ...;")."""
    i = start
    while True:
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        if j < 0 or is_noise(lines[j]) or _BYLINE.search(lines[j]):
            return i
        line = lines[j]
        if (
            _LIST_ITEM.match(line)
            or line.endswith(";")
            or (line.endswith(":") and _words(line) >= 5)
        ):
            i = j
        else:
            return i


def _next_line(lines: list[str], i: int) -> str:
    return next((line for line in lines[i + 1 :] if line), "")


def _goes_on(line: str) -> bool:
    """A line of the article after a link line: a sentence, if short ("The commission's next
    meeting will be held in Mendoza in 2025."), not a linked title without a full stop."""
    return _words(line) >= 8 and bool(_SENTENCE_END.search(line)) and not is_noise(line)


# A link heading alone on its line ("Lire aussi", «Читайте также»), its linked title below it
_LINK_HEADING = re.compile(
    r"^\W*(?:à |a )?(?:lire aussi|lisez aussi|read also|also read|see also|voir aussi"
    r"|читайте также|см\. также|смотрите также)\s*[:：]?\s*$",
    re.I,
)


def _linked_title(lines: list[str], i: int, following: int) -> int | None:
    """The line of the one title a bare link heading announces ("Lire aussi" then "Sécheresse
    : l'ONU appelle les donateurs" then the article's next paragraph): the heading and its
    title are skipped where a sentence of the article comes right after the title; a heading
    over a list of titles, or over nothing but furniture, ends the article."""
    if not _LINK_HEADING.match(lines[i]):
        return None
    rest = [j for j in range(i + 1, following) if lines[j]]
    if len(rest) < 2:
        return None
    title, after = rest[0], rest[1]
    if _goes_on(lines[title]) or _words(lines[title]) > 20 or not _goes_on(lines[after]):
        return None
    return title


def _article_end(lines: list[str], start: int) -> tuple[int, set[int]]:
    """Where the article stops, and the link lines inside it that are skipped."""
    cutoffs = [i for i in range(start + 1, len(lines)) if _CUTOFF.match(lines[i])]
    links: set[int] = set()
    for n, i in enumerate(cutoffs):
        following = cutoffs[n + 1] if n + 1 < len(cutoffs) else len(lines)
        if _LINK_LINE.match(lines[i]) and any(map(_goes_on, lines[i + 1 : following])):
            links.add(i)
            continue
        title = _linked_title(lines, i, following)
        if title is not None:
            links |= {i, title}
            continue
        return i, links
    return len(lines), links


def _lead_start(lines: list[str], lead: str | None, start: int | None) -> int | None:
    """The body starts at the crawl's glued first paragraph when only a byline or page
    furniture stands between it and the body found below ("date … PARAGRAPH" then "By X")."""
    if not lead or not lines or lines[0] != lead.strip() or start is None or start == 0:
        return start
    between = [line for line in lines[1:start] if line]
    if all(_BYLINE.search(line) or is_noise(line) for line in between):
        return 0
    return start


# A line above a byline is a headline or a subtitle ("The rivers have changed; the texts have
# not."), unless it is as long as no headline is: a lead of 25 words or more ("В преддверии
# второго заседания … корреспондент побеседовал с …", then "Автор: X") is the article's first
# paragraph, set above its byline.
_LEAD_WORDS = 25


def clean_lines(text: str, title: str | None = None, lead: str | None = None) -> Cleaned:
    """Cut crawl or plain text to its article; header and trailer lines kept aside.

    `lead` is a crawl's first paragraph glued to its date line: article text by SPEC, even
    where a byline follows it (a line before a byline is otherwise a headline)."""
    lines = [line.strip() for line in text.splitlines()]
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if _starts_body(line)
            and line != title
            and (not _BYLINE.search(_next_line(lines, i)) or _words(line) >= _LEAD_WORDS)
        ),
        None,
    )
    if start is None:  # a short note: keep every line that is not page furniture
        kept = [line for line in lines if line and not is_noise(line)]
        return Cleaned("\n".join(kept))
    start = _with_list_above(lines, start)
    body_start = start
    start = _lead_start(lines, lead, start)
    head = _page_head_below_lead(lines, lead, start)
    end, links = _article_end(lines, start)
    owners = _owner_words(lines)
    # a byline below a lead that opens the body ("By X" two lines under it) is no article text
    bylines = {i for i in range(start, end) if _is_byline(lines[i])}
    body = [
        line
        for i, line in enumerate(lines[start:end], start)
        if i not in links | bylines | head
        and not is_noise(line)
        and not (0 < i < body_start)
        and not _is_masthead(line, owners)
    ]
    last = max(
        (i for i, line in enumerate(body) if _words(line) >= 8 or _SENTENCE_END.search(line)),
        default=len(body) - 1,
    )
    trailer = [line for line in body[last + 1 :] if line]
    paragraphs = "\n".join(body[: last + 1])
    paragraphs = re.sub(r"\n{3,}", "\n\n", paragraphs).strip()
    header = [line for line in lines[:body_start] if line] + [lines[i] for i in sorted(bylines)]
    header += [lines[i] for i in sorted(head)]
    return Cleaned(paragraphs, header=header, trailer=trailer)


# A page's time stamp on a line of its own: "14.07.2026 16:42", "2026-07-14, 16:42"
_TIME_STAMP = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[\s,|–-]+\d{1,2}:\d{2})?$"
)


def _page_head_below_lead(lines: list[str], lead: str | None, start: int) -> set[int]:
    """A crawl's glued first paragraph, then the page's head before the rest of the body: the
    outlet's name, its menu, the headline and the article's time stamp ("Минфин подписал
    соглашения …" over "14.07.2026 16:42"). Lines that end no sentence with a time stamp among
    them are that head, not article text (the headline is the title)."""
    if start != 0 or not lead or not lines or lines[0] != lead.strip():
        return set()
    following = next((i for i in range(1, len(lines)) if _starts_body(lines[i])), None)
    if following is None:
        return set()
    between = [i for i in range(1, following) if lines[i]]
    if (
        not any(_TIME_STAMP.match(lines[i]) for i in between)
        or any(_SENTENCE_END.search(lines[i]) for i in between)
        or len(between) > 6
    ):
        return set()
    return set(between)


def _strip_boilerplate(tree: Any) -> None:
    """Drop menus, comments, share bars and sidebars that trafilatura may keep in old layouts."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if element.tag == "script" and element.get("type") == "application/ld+json":
            continue  # the page's metadata (author, dates) lives there
        names = [*(element.get("class") or "").split(), element.get("id") or ""]
        boilerplate = element.tag in _BOILERPLATE_TAGS or any(
            _BOILERPLATE_CLASS.match(name) for name in names if name
        )
        if boilerplate and element.tag not in ("body", "article", "main"):
            element.drop_tree()


_BLOCK_TAGS = frozenset(
    ("p", "div", "ul", "ol", "li", "table", "section", "article", "blockquote", "h1", "h2", "h3")
)


def _leaf_divs_as_paragraphs(tree: Any) -> None:
    """A lead set in a bare <div> among the article's paragraphs (`<div class="lead">`,
    `<div class="article-announce">`, a chapeau) holds its text directly, and trafilatura
    keeps only <p>: a <div> with no block inside, of a sentence's length (as `_starts_body`
    asks) and beside a <p> of its parent, is read as the paragraph it is."""
    for div in list(tree.iter("div")):
        parent = div.getparent()
        if parent is None or parent.find("p") is None:
            continue
        if any(isinstance(e.tag, str) and e.tag in _BLOCK_TAGS for e in div.iterdescendants()):
            continue
        if _starts_body(" ".join(div.text_content().split())):
            div.tag = "p"


def _tables_as_rows(tree: Any) -> None:
    """A table in an article often lists the texts signed, one a row ("Loan agreement
    (housing) | USD 50 million"); trafilatura drops tables, or keeps only their rule when they
    have a <thead>: each row becomes a paragraph of its cells (joined by semicolons, since
    `clean_lines` takes lines of bars for menus), read as a line of a list is."""
    import lxml.html

    for table in list(tree.iter("table")):
        if table.getparent() is None or table.find(".//table") is not None:
            continue  # a page laid out in tables: its cells hold paragraphs, not a row's cells
        if next(table.iterdescendants("p", "div", "ul", "ol", "li"), None) is not None:
            continue
        rows = [
            " ; ".join(" ".join(cell.text_content().split()) for cell in row.iter("td", "th"))
            for row in table.iter("tr")
            if next(row.iter("td"), None) is not None  # a header row names columns, no text
        ]
        block = lxml.html.Element("div")
        for row in rows:
            if row.strip(" ;"):
                paragraph = lxml.html.Element("p")
                paragraph.text = row
                block.append(paragraph)
        block.tail = table.tail
        table.getparent().replace(table, block)


def _tag_free(html: str) -> str:
    """Text of markup that lxml cannot build a tree of (nested beyond its limits)."""
    import html as entities

    text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]*>", " ", html, flags=re.S | re.I)
    return entities.unescape(re.sub(r"[ \t]+", " ", text))


def clean_html(html: str) -> Cleaned:
    """The article of an HTML page through trafilatura, with the page's own metadata."""
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return clean_lines(_tag_free(html))
    _strip_boilerplate(tree)
    _leaf_divs_as_paragraphs(tree)
    _tables_as_rows(tree)
    options = dict(
        fast=True,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
    )
    extracted = trafilatura.bare_extraction(copy.deepcopy(tree), **options)
    if extracted is not None and _LOST_LIST.search(extracted.text or ""):
        # trafilatura's precision mode drops some <ul> that a paragraph announces
        # ("the parties signed 11 documents:"): read the page again favouring recall
        recalled = trafilatura.bare_extraction(tree, favor_recall=True, **options)
        if recalled is not None and len(recalled.text or "") > len(extracted.text or ""):
            extracted = recalled
    html_meta = {}
    text = ""
    if extracted is not None:
        text = extracted.text or ""
        html_meta = {
            key: getattr(extracted, key, None)
            for key in ("title", "author", "date", "sitename", "hostname")
        }
    if not text.strip():
        text = tree.text_content() or _tag_free(html)
    if not text.strip():
        text = _tag_free(html)
    cleaned = clean_lines(text)
    cleaned.html_meta = html_meta
    return cleaned


def clean(source: Source) -> Cleaned:
    """Dispatch on the document's kind."""
    if source.kind == "html":
        return clean_html(source.text)
    return clean_lines(source.text, source.crawl_title, source.crawl_paragraph)
