"""A small web site on 127.0.0.1 for the watch tests: feeds, sitemaps, articles, and the
ways real sites misbehave (slow, huge, looping, lying about their encoding)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


@dataclass
class Answer:
    """What the site answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""  # answered 304 when the client sends it back
    delay: float = 0.0  # seconds before the headers
    streamed: bool = False  # sent without Content-Length, in chunks


def article(n: int, title: str = "Coopération") -> bytes:
    """A French article page about a signed agreement, distinct for each `n`."""
    text = (
        f"Bamako, le {n % 27 + 1} mars 2025. Le Mali et la Russie ont signé un accord de "
        f"coopération n° {n} dans le domaine de l'énergie. Le ministre a salué « une étape "
        f"importante » pour les deux pays, dont la commission mixte se réunira en juin."
    )
    return (
        f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title} {n}</title>"
        f"</head><body><article><h1>{title} {n}</h1><p>{text}</p></article></body></html>"
    ).encode()


def rss(links: list[str]) -> bytes:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Presse</title>'
        f"{items}</channel></rss>"
    ).encode()


class Site:
    """The site's pages (path -> Answer) and every request it received (path, headers)."""

    def __init__(self) -> None:
        self.pages: dict[str, Answer | Callable[[], Answer]] = {
            "/robots.txt": Answer(ROBOTS, content_type="text/plain")
        }
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, prefix: str) -> list[str]:
        return [path for path, _ in self.requests if path.startswith(prefix)]

    def start(self) -> Site:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                site.requests.append((self.path, dict(self.headers)))
                answer = site.pages.get(self.path)
                if callable(answer):
                    answer = answer()
                if answer is None:
                    answer = Answer(b"not found", status=404, content_type="text/plain")
                time.sleep(answer.delay)
                # The client may give up (size limit, timeout), as on a real site.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._send(answer)

            def _send(self, answer: Answer) -> None:
                if answer.etag and self.headers.get("If-None-Match") == answer.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                if answer.etag:
                    self.send_header("ETag", answer.etag)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if not answer.streamed:
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                    return
                self.send_header("Connection", "close")
                self.end_headers()
                for start in range(0, len(answer.body), 65536):
                    self.wfile.write(answer.body[start : start + 65536])

        return Handler
