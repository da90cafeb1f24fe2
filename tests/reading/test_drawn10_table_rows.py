"""A table of the texts signed in an HTML article is read row by row (session 20, drawE20).

Invented pages: trafilatura drops an article's tables (or keeps only their rule when they
have a <thead>), so a page that lists its texts in a table ("Agreement | Amount | Project")
read as none; each row of a data table now becomes a line of its cells, read as a line of a
list is, its header row left out. A page laid out in tables (cells holding paragraphs) keeps
its paragraphs.
"""

from __future__ import annotations

from suivi.reading.clean import clean_html
from suivi.reading.pipeline import read

_PAGE = """<html><head><title>Ghana secures two loans</title></head><body><article>
<h1>Ghana secures two loans from the Kuwait Fund</h1>
<p>Ghana has secured USD 60 million from the Kuwait Fund for Arab Economic Development for
two projects, the finance ministry said on Friday.</p>
<p>The finance minister and the fund's director general inked the two loan agreements in
Kuwait City on Thursday.</p>
<table><thead><tr><th>Text</th><th>Amount</th><th>Project</th></tr></thead><tbody>
<tr><td>Loan agreement (rural roads)</td><td>USD 40 million</td><td>Feeder roads in the north</td></tr>
<tr><td>Loan agreement (irrigation)</td><td>USD 20 million</td><td>Irrigation of rice fields</td></tr>
</tbody></table>
<p>Both loans carry a 25-year repayment period, the ministry added.</p>
</article></body></html>"""


def test_each_row_of_a_table_of_texts_is_read() -> None:
    reading = read(_PAGE, "page.html")
    assert len(reading.agreements) == 2
    assert all("GHA" in a.parties for a in reading.agreements)
    assert "Loan agreement (rural roads)" in reading.document.text
    assert "Text ; Amount" not in reading.document.text


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs() -> None:
    page = (
        "<html><body><table><tr><td><p>Ghana and Togo signed a customs agreement in Lome on "
        "Monday, the two governments said in a joint statement issued after the talks.</p>"
        "<p>The agreement will speed up trade at the Aflao border post, officials said on "
        "the occasion of the signing.</p></td></tr></table></body></html>"
    )
    lines = [line for line in clean_html(page).text.splitlines() if line.strip()]
    assert len(lines) == 2
