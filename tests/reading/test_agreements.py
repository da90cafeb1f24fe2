"""Agreements: one item per agreement the text identifies, with its sides and sectors."""

from __future__ import annotations

from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str = "fr", **kw):
    ctx = context(text, lang, **kw)
    found, total = agreements.extract(ctx)
    for a in found:  # every evidence is copied from the text
        assert a.evidence in text
    return found, total


def test_an_enumeration_of_domains_is_one_agreement_a_sector():
    found, _ = read(
        "Le Niger et le Tchad ont signé des accords dans les domaines de l'énergie, "
        "de la santé et du transport."
    )
    assert [a.sectors for a in found] == [["energy"], ["health"], ["transport"]]
    assert all(sorted(a.parties) == ["NER", "TCD"] for a in found)


def test_one_agreement_keeps_all_its_sectors():
    found, _ = read("Le Ghana et le Togo ont conclu un accord sur la pêche et la recherche.")
    assert [(a.kind, a.sectors, a.status) for a in found] == [
        ("agreement", ["agriculture", "research"], "signed")
    ]


def test_a_list_under_a_header_is_one_agreement_an_item():
    text = (
        "Le Niger et le Bénin ont signé trois conventions.\n"
        "Les trois conventions concernent :\n"
        "- l'extradition ;\n"
        "- l'entraide judiciaire en matière pénale ;\n"
        "- le transfèrement des détenus.\n"
    )
    found, total = read(text)
    assert [(a.kind, a.sectors) for a in found] == [("convention", ["justice"])] * 3
    assert found[0].evidence == "l'extradition ;"
    assert total == 3


def test_a_list_of_bare_lines_after_a_header():
    text = (
        "Le Niger et le Bénin ont signé des accords.\n"
        "Les accords signés concernent les domaines suivants :\n"
        "l'énergie\n"
        "l'élevage\n"
        "\n"
        "Les deux ministres se sont félicités de la qualité des échanges.\n"
    )
    found, _ = read(text)
    assert [(a.evidence, a.sectors) for a in found] == [
        ("l'énergie", ["energy"]),
        ("l'élevage", ["agriculture"]),
    ]


def test_a_bare_count_only_sets_the_total():
    assert read("Au total, douze accords ont été signés par les deux pays.") == ([], 12)
    assert read("Ghana and Togo signed eleven agreements on Monday.", "en") == ([], 11)
    assert read("Россия и Египет подписали три соглашения.", "ru") == ([], 3)


def test_counts_said_with_a_signing_verb_win_and_coordinated_counts_add_up():
    text = (
        "Les experts avaient examiné 30 projets d'accords. "
        "Les ministres ont signé cinq accords, quatre conventions et deux mémorandums."
    )
    assert read(text)[1] == 11


def test_an_alliance_binds_its_member_states_and_a_company_signs_as_itself():
    [aes], _ = read("L'AES et la Russie ont signé un mémorandum d'entente sur la sécurité.")
    assert (aes.kind, sorted(aes.parties), aes.sectors) == (
        "memorandum",
        ["BFA", "MLI", "NER", "RUS"],
        ["security"],
    )
    [company], _ = read("Le Mali a signé avec Rosatom un contrat sur l'énergie nucléaire.")
    assert (company.kind, sorted(company.parties)) == ("contract", ["MLI", "Rosatom"])


def test_unnamed_sides_are_the_two_leading_states_or_three_when_the_text_says_so():
    story = (
        "Le Mali, le Burkina Faso et le Niger se sont réunis à Niamey. Le Mali et le Niger "
        "ont présidé. Le Mali a parlé. "
    )
    [two], _ = read(story + "Un accord sur la santé a été signé.")
    assert sorted(two.parties) == ["MLI", "NER"]
    [three], _ = read(story + "Les trois pays ont signé un accord sur la santé.")
    assert sorted(three.parties) == ["BFA", "MLI", "NER"]


def test_status_date_and_signatories():
    text = (
        "Le 12 mai 2024, le Togo et le Bénin ont signé un accord sur le commerce, "
        "signé par Aminata Koné."
    )
    [found], _ = read(text, people=["Aminata Koné"])
    assert (found.status, found.date, found.signatories) == (
        "signed",
        "2024-05-12",
        ["Aminata Koné"],
    )
    [planned], _ = read("Le Togo et le Bénin prévoient de signer un accord sur la pêche.")
    assert planned.status == "planned"
    [initialled], _ = read("Le Togo et le Bénin ont paraphé un protocole sur les douanes.")
    assert (initialled.kind, initialled.status, initialled.sectors) == (
        "protocol",
        "initialled",
        ["trade"],
    )


def test_an_agreement_without_its_own_date_takes_the_day_of_the_event():
    text = (
        "Les travaux ont pris fin le vendredi 5 avril 2024 à Lomé. "
        "Les délégations du Togo et du Bénin ont signé un accord sur la pêche. "
        "Elles signeront un accord sur les mines en juin."
    )
    signed, planned = read(text, published="2024-04-06")[0]
    assert (signed.date, signed.status) == ("2024-04-05", "signed")
    # its own sentence dates a planned text: the month it is to be signed (as the shared
    # dev's gold dates «подписание соглашений … в июне»)
    assert (planned.date, planned.status) == ("2024-06", "planned")


def test_titles_keep_the_words_that_qualify_them():
    [found], _ = read("Ghana and Togo signed a technical cooperation agreement on water.", "en")
    assert found.title == "technical cooperation agreement on water"


def test_an_agreement_named_again_is_not_a_second_one():
    found, _ = read(
        "Le Sénégal et la Gambie ont signé un accord sur la santé. "
        "L'accord a été salué par les deux ministres."
    )
    assert len(found) == 1


def test_a_framework_agreement_without_domain_is_general():
    [found], _ = read("La Guinée et le Mali ont signé un accord-cadre de coopération.")
    assert (found.kind, found.sectors, found.title) == (
        "framework",
        ["general"],
        "accord-cadre de coopération",
    )


def test_words_that_are_not_agreements():
    assert read("Aucun accord n'a été signé lors de la visite du Togo au Bénin.") == ([], None)
    assert read("Les deux pays sont d'accord pour se revoir.") == ([], None)
    assert read("La lettre traite des relations entre le Togo et le Bénin.") == ([], None)


def test_russian_and_english_agreements():
    [ru], _ = read(
        "Россия и Египет подписали соглашение о сотрудничестве в области здравоохранения.", "ru"
    )
    assert (ru.kind, ru.sectors, sorted(ru.parties)) == ("agreement", ["health"], ["EGY", "RUS"])
    [en], _ = read("Ghana and Togo signed a memorandum of understanding on customs.", "en")
    assert (en.kind, en.sectors) == ("memorandum", ["trade"])


def test_russian_plural_and_genitive_forms_of_agreement():
    plural, _ = read(
        "Россия и Египет подписали соглашения о сотрудничестве в сфере энергетики и туризма.", "ru"
    )
    assert [a.sectors for a in plural] == [["energy"], ["culture"]]
    one, _ = read(
        "Россия и Египет одобрили текст соглашения о сотрудничестве в сфере энергетики и туризма.",
        "ru",
    )
    assert [a.sectors for a in one] == [["energy", "culture"]]


def test_empty_text():
    assert read("") == ([], None)


def test_a_title_ends_before_an_auxiliary_and_its_adverb():
    """'a également été signé' ends the title in French; the English article 'a' does not."""
    found, _ = read(
        "La Guinée et le Sénégal ont signé un accord de pêche. Un accord relatif à la "
        "protection des données personnelles a également été signé."
    )
    assert "accord relatif à la protection des données personnelles" in [a.title for a in found]
    found, _ = read(
        "Ghana and Togo signed an agreement on a settlement of border disputes.", lang="en"
    )
    assert [a.title for a in found] == ["agreement on a settlement of border disputes"]
