"""What the load-test clients observed, and how it is judged: 5xx, leaks, lost updates.

Each client keeps a `Tally`; every write goes to the shared `Ledger` with its outcome, which
`lost_updates` compares with the register's final state; `Report` gives the figures that
`benchmarks/soak.py` prints and the test asserts.
"""

from __future__ import annotations

import statistics
import threading
from collections import Counter
from dataclasses import dataclass, field

ACK, REFUSED, REJECTED, UNKNOWN = "acknowledged", "refused", "rejected", "unknown"


@dataclass
class Tally:
    """What the clients observed; each client keeps its own and `merge` adds them up."""

    requests: int = 0
    latencies: list[float] = field(default_factory=list)
    by_route: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    transport_errors: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    own_markers_seen: Counter = field(default_factory=Counter)
    writes: Counter = field(default_factory=Counter)
    rejected: list[str] = field(default_factory=list)

    def merge(self, other: Tally) -> None:
        self.requests += other.requests
        self.latencies += other.latencies
        for route, seconds in other.by_route.items():
            self.by_route.setdefault(route, []).extend(seconds)
        self.statuses += other.statuses
        self.server_errors += other.server_errors
        self.transport_errors += other.transport_errors
        self.leaks += other.leaks
        self.own_markers_seen += other.own_markers_seen
        self.writes += other.writes
        self.rejected += other.rejected


class Ledger:
    """Every write sent, per (kind, id, field) and in order, with its outcome.

    Each (record, field) has one writing client, so the order is that client's order. An
    update is lost when the final value is neither the last acknowledged one nor one sent
    after it whose outcome is unknown (no answer, or a 5xx).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.entries: dict[tuple[str, int, str], list[tuple[str, str]]] = {}

    def record(self, key: tuple[str, int, str], value: str, outcome: str) -> None:
        with self._lock:
            self.entries.setdefault(key, []).append((value, outcome))

    def lost_updates(self, final: dict[tuple[str, int, str], str]) -> list[str]:
        lost = []
        for key, sent in self.entries.items():
            acked = [i for i, (_, outcome) in enumerate(sent) if outcome == ACK]
            if not acked:
                continue
            last = acked[-1]
            allowed = {sent[last][0]} | {v for v, o in sent[last + 1 :] if o == UNKNOWN}
            if final.get(key) not in allowed:
                lost.append(f"{key}: final {final.get(key)!r}, last acknowledged {sent[last][0]!r}")
        return lost


@dataclass
class Report:
    """The figures `benchmarks/soak.py` prints and the test asserts."""

    vendor: str
    clients: int
    seconds: float
    tally: Tally
    lost: list[str]

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.tally.statuses.items() if status >= 500)

    def percentile(self, q: int) -> float:
        if len(self.tally.latencies) < 2:
            return 0.0
        return statistics.quantiles(self.tally.latencies, n=100)[q - 1] * 1000

    def slowest_routes(self, count: int = 5) -> list[str]:
        """The routes with the highest median latency, to say where the time goes."""
        medians = {
            route: statistics.median(seconds) * 1000
            for route, seconds in self.tally.by_route.items()
        }
        slowest = sorted(medians.items(), key=lambda item: -item[1])[:count]
        return [
            f"{route}: median {ms:.0f} ms over {len(self.tally.by_route[route])}"
            for route, ms in slowest
        ]

    def lines(self) -> list[str]:
        t = self.tally
        return [
            f"{self.vendor}, {self.clients} clients, {self.seconds:.1f} s: "
            f"{t.requests} requests, {t.requests / self.seconds:.1f} requests/s",
            f"latency p50 {self.percentile(50):.0f} ms, p95 {self.percentile(95):.0f} ms",
            f"statuses: {dict(sorted(t.statuses.items()))}",
            f"5xx: {self.server_errors}; no answer: {len(t.transport_errors)}",
            f"markers leaked: {len(t.leaks)}; own markers seen: {dict(t.own_markers_seen)}",
            f"writes: {dict(t.writes)}; updates lost: {len(self.lost)}",
        ]
