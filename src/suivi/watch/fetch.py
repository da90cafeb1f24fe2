"""Polite downloads: robots.txt obeyed, one request at a time per site, conditional GET,
a timeout, a size limit and a redirect limit per page. The only module of the watch that
touches the network.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from suivi import __version__
from suivi.watch.problems import Problem, WatchError

ROBOTS_AGENT = "suivi"  # the token robots.txt rules name
MAX_ROBOTS_BYTES = 500_000  # Google reads the first 500 KiB of a robots.txt
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass
class Page:
    """One answer: 200 with its body, or 304 (unchanged since the validators sent)."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str = ""
    last_modified: str = ""


def user_agent(contact: str = "") -> str:
    """A User-Agent that names suivi and, when configured, whom a webmaster can write to."""
    return f"{ROBOTS_AGENT}/{__version__} (press watch; +{contact or 'https://pypi.org/project/suivi/'})"


class Fetcher:
    """Downloads for one run; remembers each site's robots.txt and when it was last asked."""

    def __init__(
        self,
        *,
        contact: str = "",
        timeout: float = 20.0,
        max_redirects: int = 5,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.agent = user_agent(contact)
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.clock, self.sleep = clock, sleep
        self.client = httpx.Client(
            headers={"User-Agent": self.agent},
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
        )
        self._robots: dict[str, Protego | WatchError | None] = {}
        self._last: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        delay: float,
        max_bytes: int,
        etag: str = "",
        last_modified: str = "",
    ) -> Page:
        """GET `url` through its redirects; every failure is a WatchError saying which."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visited = {url}
        for _hop in range(self.max_redirects + 1):
            self._check_robots(url, delay)
            page, location = self._request(url, headers, delay, max_bytes)
            if location is None:
                return page
            url, headers = urljoin(url, location), {}
            if url in visited:
                raise WatchError(Problem.REDIRECT_LOOP, url)
            if urlsplit(url).scheme not in ("http", "https"):
                raise WatchError(Problem.NETWORK, url)
            visited.add(url)
        raise WatchError(Problem.TOO_MANY_REDIRECTS, str(self.max_redirects))

    def _request(
        self, url: str, headers: dict, delay: float, max_bytes: int
    ) -> tuple[Page, str | None]:
        host = urlsplit(url).netloc.lower()
        self._wait(host, delay)
        started = self.clock()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code in REDIRECTS and response.headers.get("location"):
                    return Page(url, response.status_code), response.headers["location"]
                if response.status_code == 304:
                    return Page(url, 304), None
                if response.status_code != 200:
                    detail = f"{response.status_code} {response.reason_phrase}".strip()
                    raise WatchError(Problem.HTTP, detail)
                body = self._body(response, max_bytes, started)
                content_type = response.headers.get("content-type", "")
                return (
                    Page(
                        url,
                        200,
                        body,
                        content_type.split(";")[0].strip().lower(),
                        response.charset_encoding,
                        response.headers.get("etag", ""),
                        response.headers.get("last-modified", ""),
                    ),
                    None,
                )
        except httpx.TimeoutException:
            raise WatchError(Problem.TIMEOUT, f"{self.timeout:g} s") from None
        except httpx.DecodingError:
            raise WatchError(Problem.UNREADABLE, "Content-Encoding") from None
        except httpx.HTTPError as error:
            raise WatchError(Problem.NETWORK, type(error).__name__) from None
        finally:
            self._last[host] = self.clock()

    def _body(self, response: httpx.Response, max_bytes: int, started: float) -> bytes:
        """The body, streamed and given up at `max_bytes` (decompressed) or past the timeout."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise WatchError(Problem.TOO_LARGE, _size(int(declared), max_bytes))
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise WatchError(Problem.TOO_LARGE, _size(size, max_bytes, more=True))
            if self.clock() - started > self.timeout:
                raise httpx.ReadTimeout("page too slow")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, host: str, delay: float) -> None:
        """Leave at least `delay` seconds (or the site's Crawl-delay) between two requests."""
        robots = self._robots.get(host)
        crawl_delay = robots.crawl_delay(ROBOTS_AGENT) if isinstance(robots, Protego) else None
        pause = max(delay, float(crawl_delay or 0))
        last = self._last.get(host)
        if last is not None and pause > 0:
            remaining = last + pause - self.clock()
            if remaining > 0:
                self.sleep(remaining)

    def _check_robots(self, url: str, delay: float) -> None:
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if host not in self._robots:
            try:
                self._robots[host] = self._read_robots(f"{parts.scheme}://{parts.netloc}", delay)
            except WatchError as error:  # a site that is down is not asked again this run
                self._robots[host] = error
        robots = self._robots[host]
        if isinstance(robots, WatchError):
            raise WatchError(robots.problem, robots.detail)
        if robots is not None and not robots.can_fetch(url, ROBOTS_AGENT):
            raise WatchError(Problem.ROBOTS, url)

    def _read_robots(self, origin: str, delay: float) -> Protego | None:
        """The site's rules; none when it has no robots.txt (RFC 9309: everything allowed).

        A server error on robots.txt means the site may not be crawled for now (RFC 9309).
        """
        address = f"{origin}/robots.txt"
        try:
            page, location = self._request(address, {}, delay, MAX_ROBOTS_BYTES)
            if location is not None:
                page, _ = self._request(urljoin(address, location), {}, delay, MAX_ROBOTS_BYTES)
        except WatchError as error:
            if error.problem == Problem.HTTP and not error.detail.startswith("5"):
                return None
            raise WatchError(error.problem, f"robots.txt: {error.detail}") from None
        if page.status != 200:
            return None
        return Protego.parse(page.body.decode("utf-8", errors="replace"))


def _size(size: int, limit: int, more: bool = False) -> str:
    prefix = "> " if more else ""
    return f"{prefix}{_mb(size)} / {_mb(limit)}"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"
