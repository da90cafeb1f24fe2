"""WARC archives made in the test, as a crawler writes them (warcio)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(n: int) -> bytes:
    return (
        f"<html><head><title>Note {n}</title></head><body>"
        f"<p>Note d'information n° {n} du service de presse.</p></body></html>"
    ).encode()


def write(path: Path, pages: dict[str, bytes], truncate_last: bool = False) -> Path:
    """An archive with a request and an HTML response per page, and an image in between;
    with `truncate_last` the archive stops in the middle of its last response."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for uri, html in pages.items():
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            writer.write_record(_response(writer, uri, html, "text/html; charset=utf-8"))
        writer.write_record(
            _response(writer, "http://example.org/logo.png", b"\x89PNG", "image/png")
        )
        if truncate_last:
            last = BytesIO()
            cut = WARCWriter(last, gzip=False)
            cut.write_record(_response(cut, "http://example.org/cut", page(-1) * 20, "text/html"))
            out.write(last.getvalue()[: len(last.getvalue()) // 2])
    return path


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
