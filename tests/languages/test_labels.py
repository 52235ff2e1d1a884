"""The labels people read, as they read them: a French editor's edit forms carry
French field labels and help texts (the model's verbose_name and help_text), and
a visitor in each language reads the flagship's financial table in that language,
row labels included (they come from a model choice, not from a template)."""

import html
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_figure
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_editor(client, django_user_model):
    user = django_user_model.objects.create_user("redactrice", "redactrice@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(user)
    return client


def edit_form(client, page) -> str:
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_a_french_editor_reads_french_labels_on_a_publications_edit_form(french_editor, home):
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    form = edit_form(french_editor, page)
    for french in [
        "Date de publication",  # verbose_name
        "Auteurs ou unités contributrices",
        "Noms ou unités, séparés par des virgules.",  # help_text
        "Facultatif : le texte lui-même, pour que chacun puisse le lire sans télécharger un fichier lourd.",
        "À propos de cette publication",  # panel heading
        "Lire en ligne",
    ]:
        assert french in form
    for english in [
        "Publication date",
        "Authors or contributing units",
        "Names or units, separated by commas.",
        "Optional: the text itself",
        "About this publication",
        "Read online",
    ]:
        assert english not in form


def test_a_french_editor_reads_french_labels_on_a_flagships_edit_form(french_editor, home):
    page = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), contacts=1)
    add_figure(page, kind="budget")
    form = edit_form(french_editor, page)
    for french in [
        "Intervalle de révision (jours)",  # verbose_name
        "Laissez vide pour utiliser l’intervalle par défaut de l’organisation.",  # help_text
        "Pays ou région",  # inline panel
        "Donnée financière",
        "La date à laquelle ce chiffre était exact.",  # an inline row's help_text
        "Fonds reçus",  # a choice of the row's kind
    ]:
        assert french in form
    for english in [
        "Review interval (days)",
        "Leave blank to use the organisation's default interval.",
        "Country or region",
        "Financial figure",
        "The date this figure was true.",
        "Funds received",
    ]:
        assert english not in form


# (section heading, column headings, row labels: budget, received, spent)
FIGURES_TABLE = {
    "ar": ("المعلومات المالية", ["البند", "المبلغ", "بتاريخ"], ["الميزانية", "الأموال المستلمة", "الأموال المنفقة"]),
    "zh-hans": ("财务信息", ["项目", "金额", "截至"], ["预算", "已收资金", "已支出资金"]),
    "ru": (
        "Финансовая информация",
        ["Показатель", "Сумма", "По состоянию на"],
        ["Бюджет", "Полученные средства", "Израсходованные средства"],
    ),
    "es": (
        "Información financiera",
        ["Concepto", "Importe", "Vigente al"],
        ["Presupuesto", "Fondos recibidos", "Fondos gastados"],
    ),
    "fr": ("Informations financières", ["Poste", "Montant", "En date du"], ["Budget", "Fonds reçus", "Fonds dépensés"]),
}
ENGLISH = ["Financial information", "Figure", "Amount", "Valid on", "Funds received", "Funds spent"]


@pytest.mark.parametrize("code", list(FIGURES_TABLE))
def test_a_visitor_reads_the_flagship_figures_table_in_their_language(client, home, locales, translate, code):
    index = FlagshipIndexPageFactory(parent=home)
    translate(home, locales[code], {})
    translate(index, locales[code], {})
    page = FlagshipPageFactory(parent=index, title="Resilient coasts", contacts=1, start_date=date(2024, 2, 1))
    for kind, amount in [("budget", "12500000.00"), ("received", "4525.00"), ("spent", "3000.00")]:
        add_figure(page, kind=kind, amount=amount)
    translated, _ = translate(page, locales[code], {})
    document = BeautifulSoup(client.get(translated.url).content.decode(), "html.parser")
    section = document.select_one("section.flagship-finances")
    heading, columns, rows = FIGURES_TABLE[code]
    assert section.h2.get_text(strip=True) == heading
    assert [th.get_text(strip=True) for th in section.select("thead th")] == columns
    assert sorted(th.get_text(strip=True) for th in section.select("tbody th")) == sorted(rows)
    text = section.get_text(" ", strip=True)
    assert [word for word in ENGLISH if word in text] == []
    if code != "fr":  # "Budget" is French too
        assert "Budget" not in text
    # Amounts are written the reader's way, each one a bidi-isolated run.
    assert len(section.select("td bdi")) == 3
    if code == "ar":
        assert document.html["lang"] == "ar" and document.html["dir"] == "rtl"
        assert "12500000,00" not in text and "USD" not in section.select_one("td").get_text()
