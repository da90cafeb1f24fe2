"""A secretariat's day in Chromium, clicked and typed as a user would (no record ids typed,
no request sent by hand): an article uploaded and its agreement edited, the next session's
file downloaded in Russian, and a party's note kept from the other party's delegate.

Each step's page is saved under `SUIVI_ARTIFACTS` (default test-artifacts/screenshots).
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdfium2
import pytest

from tests.browser.conftest import ARTIFACTS, sign_in
from tests.conftest import run_suivi

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ISO_DATE = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")
ARTICLE = """\
Burkina Faso et Russie : un accord de coopération agricole signé à Ouagadougou

Publié le mardi 14 octobre 2025 | Sidwaya

Le Burkina Faso et la Fédération de Russie ont signé à Ouagadougou un accord de coopération \
dans le domaine de l'agriculture et de l'irrigation. Le texte a été signé par le ministre de \
l'Agriculture et l'ambassadeur de Russie.

« Cet accord ouvre une nouvelle étape pour nos agriculteurs », a déclaré le ministre.
"""
TITLE = "accord de coopération dans le domaine de l'agriculture et de l'irrigation"
# The word that names the Malian delegation's note, looked for wherever Russia's delegate goes.
MARKER = "Kobalt"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"day-{name}.png"), full_page=True)


def file_text(path: Path) -> str:
    """The words of a downloaded session file, DOCX (paragraphs and tables) or PDF."""
    head = path.read_bytes()[:5]
    if head == b"%PDF-":
        pdf = pypdfium2.PdfDocument(path)
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    assert head[:2] == b"PK", head  # a DOCX is a zip
    document = docx.Document(path)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def download_session_file(page, fmt: str, language: str) -> str:
    """On a session page: choose the format and the language, download, read the file."""
    page.select_option("#file-format", fmt)
    page.select_option("select[name=lang]", language)
    with page.expect_download() as info:
        page.click("main form button:has-text('Télécharger')")
    download = info.value
    assert download.suggested_filename.endswith(f"-{language}.{fmt}")
    return file_text(Path(download.path()))


def wrapped_dates(page) -> list[str]:
    """The dates in the page's tables that a wide screen shows on more than one line."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main .date')].filter(element => {
            const range = document.createRange();
            range.selectNodeContents(element);
            return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
        }).map(element => element.innerText)"""
    )


def prepare_next_session(page) -> None:
    """From the home page: the Russo-Malian commission's next session, in Moscow."""
    page.click("nav >> text=Commissions")
    page.click("main >> text=russo-malienne")
    page.click("text=Préparer la prochaine session")
    page.fill("#id_place", "Moscou")
    page.click("main button[type=submit]:has-text('Enregistrer')")
    page.wait_for_url("**/sessions/2/")


def test_upload_an_article_then_edit_the_agreement_it_read(demo, browser, tmp_path):
    url, (username, password), _ = demo
    page = browser.new_page(locale="fr-FR", viewport={"width": 1280, "height": 900})
    sign_in(page, url, username, password)
    article = tmp_path / "sidwaya-accord-agricole.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    page.click("nav >> text=À relire")
    page.click("main a:has-text('Déposer un document')")
    page.set_input_files("input[type=file]", article)
    page.click("main button:has-text('Lire et enregistrer')")
    page.wait_for_url(re.compile(r"/sources/\d+/$"))
    shot(page, "1-source")
    assert "constats à relire" in page.inner_text(".messages, main")
    # What was read, in the register's words (not only the passage): the agreement, its title,
    # its parties by name and code, its sectors by their labels; each party too.
    row = page.locator("main table tr", has_text=TITLE)
    assert "En attente" in row.inner_text()
    assert "Burkina Faso (BFA), Fédération de Russie (RUS)" in row.inner_text()
    assert "Agriculture et élevage" in row.inner_text()
    assert page.locator("main table tr", has_text="Burkina Faso (BFA)").count() >= 2
    quote = page.locator("main table tr", has_text="nouvelle étape").inner_text()
    assert quote.count("nouvelle étape") == 1, quote  # a quote's fact is its passage: once
    source_url = page.url
    row.locator("a").first.click()
    page.click("main button:text-is('Accepter')")
    assert "Constat accepté" in page.inner_text("main")
    # The quote is not for the register: rejected through a form laid out like the others.
    page.goto(source_url)
    page.locator("main table tr", has_text="nouvelle étape").locator("a").first.click()
    page.click("summary:has-text('Fusionner')")
    page.click("summary:has-text('Rejeter')")
    reason = page.locator("textarea[name=reason]")
    width = page.locator("form:has(input[name=q]) input[name=q]").bounding_box()["width"]
    assert reason.bounding_box()["width"] == pytest.approx(width, abs=2)
    reason.fill("Une déclaration, pas un fait du registre.")
    shot(page, "1-claim-reject")
    page.click("form:has(textarea[name=reason]) button:has-text('Rejeter')")
    page.goto(source_url)
    assert "Rejeté" in page.locator("main table tr", has_text="nouvelle étape").inner_text()

    page.click("nav >> text=Accords")
    page.fill("main input[name=q]", "cooperation irrigation")  # no accents: found all the same
    page.click("main button:has-text('Rechercher')")
    # The status filter and the status column use one word.
    filters = page.locator("main form").first.inner_text()
    assert re.search(r"^Statut$", filters, re.M) and not re.search(r"^État$", filters, re.M)
    page.locator("main").get_by_role("link", name=TITLE, exact=False).click()
    facts = page.locator("dl.facts")
    assert "Signé" in facts.inner_text() and "Commerce" not in facts.inner_text()
    page.click("main a:text-is('Modifier')")
    page.select_option("select[name=status]", label="En vigueur")
    page.check("label:has-text('Commerce') input")
    page.fill("input[name=in_force_on]", "2026-01-15")  # a date input takes ISO from a script
    shot(page, "2-agreement-edit")
    page.click("main button:has-text('Enregistrer')")
    page.wait_for_url(re.compile(r"/agreements/\d+/$"))
    shot(page, "2-agreement")
    facts = page.locator("dl.facts").inner_text()
    assert "En vigueur" in facts and "15 janvier 2026" in facts
    assert "Agriculture et élevage, Commerce, Eau" in facts
    # One save, one entry in the history: who, and each field changed.
    entries = page.locator("main table", has_text="Changements").locator("tbody tr")
    assert entries.count() == 2, entries.all_inner_texts()  # created, then this edit
    edit = entries.first.inner_text()
    assert re.search(r"Statut\s*:\s*Signé\s*→\s*En vigueur", edit), edit
    assert re.search(r"Secteurs\s*:.*Commerce", edit) and username in edit
    assert not ISO_DATE.search(page.inner_text("main"))


def test_prepare_the_next_session_and_download_its_file_in_russian(demo, browser):
    url, (username, password), _ = demo
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, url, username, password)
    # The home page says what is due: the Russo-Malian commission is late, no session planned.
    due = page.locator("main table tr", has_text="russo-malienne")
    assert "En retard" in due.inner_text() and "aucune prévue" in due.inner_text()
    prepare_next_session(page)
    shot(page, "3-session")
    agenda = page.locator("ol.agenda > li strong").all_inner_texts()
    assert len(agenda) >= 2, agenda
    for fmt in ("docx", "pdf"):
        text = download_session_file(page, fmt, "ru")
        assert "Повестка дня" in text and "Заседание № 2" in text, text
        # The agenda points the register wrote are in Russian too, and so are the dates.
        assert "Поручение заседания № 1" in text and "Просрочено: срок" in text, text
        assert re.search(r"\b\d{1,2} [а-я]+ 20\d\d\sг\.", text), text
        assert not ISO_DATE.search(text), ISO_DATE.search(text)
        assert "Ordre du jour" not in text and "Néant" not in text
    page.click("header a.brand")
    planned = page.locator("main table tr", has_text="russo-malienne").first.inner_text()
    assert "session 2" in planned and "Moscou" in planned, planned
    context.close()


def add_delegate(demo_dir: Path, name: str, party: str, commission: str) -> str:
    password = f"{name}-mot-de-passe-de-test"
    secret = demo_dir.parent / f"{name}.password"
    secret.write_text(password + "\n")
    arguments = ["--role", "delegate", "--party", party, "--commission", commission]
    done = run_suivi(
        "user", "add", name, *arguments, "--password-file", str(secret),
        "--data-dir", str(demo_dir), env={"SUIVI_DATABASE_URL": ""},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return password


def test_a_delegate_does_not_see_the_other_partys_note(demo, demo_dir, browser):
    url, (username, password), _ = demo
    page = browser.new_page(locale="fr-FR", viewport={"width": 1280, "height": 900})
    sign_in(page, url, username, password)
    # The secretariat writes down a decision kept to Mali's delegation, at session 1 ...
    page.click("nav >> text=Commissions")
    page.click("main >> text=russo-malienne")
    commission_url = page.url
    commission = re.search(r"/commissions/(\d+)/$", commission_url)[1]
    page.click("main a[href$='/sessions/1/']")
    session_url = page.url
    page.click("summary:has-text('Ajouter une décision')")
    form = page.locator("details[open] form")
    form.locator("textarea[name=text]").fill(f"Note {MARKER} : la position malienne sur la dette")
    form.locator("select[name=confidentiality]").select_option(value="party")
    form.locator("select[name=restricted_to]").select_option(label="Mali")
    form.locator("button:has-text('Ajouter')").click()
    page.wait_for_url(session_url)
    assert MARKER in page.inner_text("main")
    # ... and an agreement kept to Mali, then prepares session 2, whose file recalls session 1.
    page.click("nav >> text=Accords")
    page.click("main a:text-is('Nouveau')")
    page.select_option("select[name=kind]", label="Mémorandum d'entente")
    page.fill("input[name=title_fr]", f"Mémorandum {MARKER} sur la dette")
    page.check("label:has-text('Mali') input")
    page.check("label:has-text('Fédération de Russie') input")
    page.select_option("select[name=confidentiality]", value="party")
    page.fill("input[name=restricted_to]", "Mali")
    page.click("main button:has-text('Enregistrer')")
    page.wait_for_url(re.compile(r"/agreements/\d+/$"))
    agreement_url = page.url
    assert "Mali" in page.locator("dl.facts").inner_text()
    page.goto(url)
    prepare_next_session(page)
    next_session_url = page.url

    passwords = {
        party: add_delegate(demo_dir, name, party, commission)
        for name, party in (("delegue-mli", "MLI"), ("delegue-rus", "RUS"))
    }
    # Mali's delegate reads the note: the check below could fail.
    mali = browser.new_context(locale="fr-FR", accept_downloads=True)
    page = mali.new_page()
    sign_in(page, url, "delegue-mli", passwords["MLI"])
    assert page.goto(agreement_url).status == 200
    page.goto(next_session_url)
    assert MARKER in download_session_file(page, "docx", "fr")
    mali.close()

    russia = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = russia.new_page()
    sign_in(page, url, "delegue-rus", passwords["RUS"])
    response = page.goto(agreement_url)  # a link passed on: the page is not found for Russia
    assert response.status == 404
    assert page.locator("header nav").count() == 1  # the register's own page, styled
    assert "Page introuvable" in page.inner_text("main")
    shot(page, "4-restricted-404")
    seen = {}
    page.goto(url)
    seen["home"] = page.inner_text("main")
    # After each click, the page read is the one it led to (the old one lingers until then).
    page.click("nav >> text=Accords")
    page.wait_for_url(re.compile(r"/agreements/$"))
    seen["agreements"] = page.inner_text("main")
    page.fill("main input[name=q]", MARKER.lower())
    page.click("main button:has-text('Rechercher')")
    page.wait_for_url(re.compile(r"\?.*q="))
    seen["search"] = page.inner_text("main")
    shot(page, "4-search")
    page.goto(commission_url)
    seen["commission"] = page.inner_text("main")
    page.click("main a[href$='/sessions/1/']")
    page.wait_for_url(re.compile(r"/sessions/1/$"))
    seen["session 1"] = page.inner_text("main")
    shot(page, "4-session-1")
    assert page.locator("main .date").count() >= 3 and wrapped_dates(page) == []
    page.goto(commission_url)
    page.click("main a[href$='/sessions/2/']")
    page.wait_for_url(re.compile(r"/sessions/2/$"))
    seen["session 2"] = page.inner_text("main")
    for fmt in ("docx", "pdf"):
        seen[f"session 2 file ({fmt})"] = download_session_file(page, fmt, "fr")
    page.goto(url + "commissions/decisions/")
    seen["decisions"] = page.inner_text("main")
    assert "dette" not in seen["session 1"]
    assert [name for name, text in seen.items() if MARKER.lower() in text.lower()] == []
    russia.close()
