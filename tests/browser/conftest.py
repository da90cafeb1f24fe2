"""Fixtures for browser tests: a served demo register and Debian's Chromium under Playwright."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Screenshots a person can look at after a run.
ARTIFACTS = Path(os.environ.get("SUIVI_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


LOGIN = re.compile(r"(?:login|connexion|вход)\s*:\s+(\S+) / (\S+)")


def sign_in(page, url: str, username: str, password: str) -> None:
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(url)


def serving(arguments: list[str], deadline: float, log: Path | None = None):
    """Start `suivi <arguments>`; without a `log` file to write to, read up to its login line."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("SUIVI_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "suivi", *arguments],
        stdout=log.open("w") if log else subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines, login = [], None
    while not log and time.monotonic() < deadline and login is None:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        match = LOGIN.search(line)
        if match:
            login = match.groups()
    return process, lines, login


def wait_for_port(process: subprocess.Popen, port: int, deadline: float, log=None) -> None:
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    assert process.poll() is None, log.read_text() if log else process.stdout.read()


def stop(process: subprocess.Popen) -> None:
    """SIGTERM stops the server; a minute, as gunicorn's graceful stop took over 20 s under load."""
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise


@pytest.fixture
def demo_command(tmp_path):
    """`suivi demo` itself on a fresh folder, served: (url, login, what it printed)."""
    port = free_port()
    # Start-up, not a bound under test: on a loaded two-core machine the demo has needed over
    # five minutes to migrate and read its samples before it prints the login line.
    deadline = time.monotonic() + 900
    arguments = ["demo", "--data-dir", str(tmp_path / "demo"), "--port", str(port)]
    process, lines, login = serving([*arguments, "--workers", "1"], deadline)
    assert login, "".join(lines)
    url = f"http://127.0.0.1:{port}/"
    wait_for_port(process, port, deadline)
    yield url, login, "".join(lines)
    stop(process)


@pytest.fixture
def demo_dir(tmp_path) -> Path:
    """The data folder of this test's copy of the demo (`demo` serves it)."""
    return tmp_path / "demo"


@pytest.fixture
def demo(tmp_path, demo_dir, registers):
    """A copy of the demo register for this test alone, served by `suivi serve`.

    Filling the demo (migrations, then reading the sample articles) is done once per run
    (tests/registers.py); each test still writes to its own copy of it.
    """
    output = registers.demo_output()
    match = LOGIN.search(output)
    assert match, output
    data = registers.copy_demo(demo_dir)
    port = free_port()
    deadline = time.monotonic() + 240
    arguments = ["serve", "--data-dir", str(data), "--port", str(port), "--workers", "1"]
    log = tmp_path / "serve.log"
    process, _lines, _login = serving(arguments, deadline, log)
    wait_for_port(process, port, deadline, log)
    yield f"http://127.0.0.1:{port}/", match.groups(), output
    stop(process)


@pytest.fixture
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("SUIVI_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
