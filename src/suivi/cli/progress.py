"""Progress of a long command: documents done, their rate and the time left.

On a terminal a bar is redrawn in place; otherwise (a log, cron, a pipe) one plain
line is written every `every` documents, so a log stays readable.
"""

from __future__ import annotations

import sys
import time

WIDTH = 24
REDRAW = 0.25  # seconds between two redraws of the bar


class Progress:
    """Counts documents as they are done and reports on `stream` (standard error)."""

    def __init__(self, total: int | None = None, every: int = 1000, stream=None) -> None:
        self.total = total
        self.every = max(1, every)
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty()
        self.done = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def advance(self, count: int = 1) -> None:
        before, self.done = self.done, self.done + count
        if self.terminal:
            now = time.monotonic()
            if now - self._drawn >= REDRAW or self.done == self.total:
                self._drawn = now
                self._write("\r" + self.bar() + "\x1b[K")
        elif self.done // self.every > before // self.every:
            self._write(self.line() + "\n")

    def close(self) -> None:
        """The last state of the bar, and the cursor back at the start of a line."""
        if self.terminal and self.done:
            self._write("\r" + self.bar() + "\x1b[K\n")

    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.started, 1e-6)

    def left(self) -> str:
        """Time left at the present rate, in words; empty while the total is unknown."""
        from django.utils.translation import gettext as _

        if not self.total or not self.done:
            return ""
        seconds = max(0, round((self.total - self.done) / self.rate()))
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return _("reste %(h)d h %(m)02d min") % {"h": hours, "m": minutes}
        if minutes:
            return _("reste %(m)d min %(s)02d s") % {"m": minutes, "s": seconds}
        return _("reste %(s)d s") % {"s": seconds}

    def bar(self) -> str:
        from django.utils.translation import gettext as _

        rate = _("%(rate).1f documents/s") % {"rate": self.rate()}
        if not self.total:
            return f"{self.done} · {rate}"
        filled = min(WIDTH, WIDTH * self.done // self.total)
        percent = min(100, 100 * self.done // self.total)
        bar = "#" * filled + "-" * (WIDTH - filled)
        return f"[{bar}] {self.done}/{self.total} {percent} % · {rate} · {self.left()}"

    def line(self) -> str:
        from django.utils.translation import gettext as _

        text = _("%(done)d documents traités (%(rate).1f/s)") % {
            "done": self.done,
            "rate": self.rate(),
        }
        if self.total:
            text += f" / {self.total} · {self.left()}"
        return text

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
