"""Editor checks: undefined abbreviations and readability, in the page editor."""

import pytest
from django.test import override_settings
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from glossary.checks import readability, undefined_abbreviations

pytestmark = pytest.mark.django_db

ENGLISH = (
    "<p>We help cities plan for people. Good plans give families safe homes, clean water and parks. "
    "Streets are made for walking, so children can get to school. Towns that plan well grow with less waste. "
    "We share what works with mayors and with the people who live there.</p>"
)


def test_undefined_abbreviations_are_listed_in_order(glossary, locales):
    text = "<p>The NUA and the SDG, then IDPs, the UNGA, COVID-19 and the NUA again.</p>"
    assert undefined_abbreviations([text], locales["en"]) == ["NUA", "UNGA"]


def test_spelled_out_code_lowercase_and_roman_numerals_are_not_flagged(glossary, locales):
    text = (
        "<p>The New Urban Agenda (NUA), the LDC (least developed countries), Chapter IV, "
        "<code>HTTP</code>, <abbr title='Member States'>MS</abbr>, Nairobi and A4.</p>"
    )
    assert undefined_abbreviations([text], locales["en"]) == []


def test_capitals_of_other_scripts_count(glossary, locales):
    assert undefined_abbreviations(["<p>ООН и ЕС</p>"], locales["ru"]) == ["ЕС"]


def test_an_entry_in_another_locale_does_not_define_it_here(glossary, locales):
    assert undefined_abbreviations(["<p>ODD</p>"], locales["en"]) == ["ODD"]
    assert undefined_abbreviations(["<p>ODD</p>"], locales["fr"]) == []


@pytest.mark.parametrize(
    ("code", "formula"),
    [
        ("en", "Flesch reading ease"),
        ("fr", "Flesch reading ease, French (Kandel & Moles)"),
        ("es", "Fernández Huerta"),
        ("ru", "Flesch reading ease, Russian (Oborneva)"),
        ("ar", "Osman"),
    ],
)
def test_each_locale_has_its_own_named_formula(code, formula):
    result = readability([ENGLISH], code)
    assert str(result.formula) == formula
    assert 0 <= result.score <= 100
    assert "Aim for 60 or more" in str(result.advice)


def test_plain_english_scores_as_easy_and_jargon_as_difficult():
    jargon = (
        "<p>Operationalisation of multidimensional institutional capacity-strengthening interventions "
        "necessitates comprehensive intergovernmental coordination mechanisms, notwithstanding "
        "considerable heterogeneity in implementation modalities across jurisdictions, administrative "
        "configurations, programmatic prioritisation and consequential resource-mobilisation arrangements, "
        "institutionalising intersectoral accountability frameworks.</p>"
    ) * 2
    assert str(readability([ENGLISH], "en").verdict) == "Easy to read"
    assert str(readability([jargon], "en").verdict) == "Difficult"


def test_chinese_has_no_formula_and_says_so():
    result = readability(["<p>我们帮助城市为人民规划。</p>"], "zh-hans")
    assert result.score is None and result.formula is None
    assert str(result.verdict) == "No readability formula is available for this language."


def test_too_little_text_is_not_scored():
    assert readability(["<p>Short.</p>"], "en").score is None


def _edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def test_the_checks_panel_shows_readability_per_locale_and_add_links(admin_client, home, glossary, locales, translate):
    home.introduction = ENGLISH + "<p>The NUA and the SDG.</p>"
    home.save_revision().publish()
    translate(home, locales["fr"], {})
    html = admin_client.get(_edit_url(home)).content.decode()
    assert 'data-glossary-readability="en"' in html
    assert 'data-glossary-readability="fr"' in html
    assert "Flesch reading ease" in html
    assert "data-content-readability-score" not in html  # Wagtail's English-only measure is replaced
    assert "Abbreviations not in the glossary" in html
    assert "/admin/snippets/glossary/abbreviation/add/?locale=en&amp;abbreviation=NUA" in html
    assert "abbreviation=SDG" not in html


def _publish_data(page, introduction):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "hero_text": page.hero_text,
            "introduction": rich_text(introduction),
            "featured_items": inline_formset([]),
            "featured_thematic_areas": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


@override_settings(GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS=True)
def test_the_setting_blocks_publishing_with_undefined_abbreviations(admin_client, home, glossary):
    response = admin_client.post(_edit_url(home), _publish_data(home, "<p>The NUA matters.</p>"))
    assert response.status_code == 200
    assert "NUA is not in the glossary" in response.content.decode()
    home.refresh_from_db()
    assert "NUA" not in home.introduction


@override_settings(GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS=True)
def test_drafts_are_never_blocked(admin_client, home, glossary):
    data = _publish_data(home, "<p>The NUA matters.</p>")
    del data["action-publish"]
    response = admin_client.post(_edit_url(home), data)
    assert response.status_code == 302
    home = type(home).objects.get(pk=home.pk)
    assert "NUA" in home.get_latest_revision_as_object().introduction
    assert "NUA" not in home.introduction  # saved as a draft, not published


@override_settings(GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS=True)
def test_spelling_it_out_unblocks_publishing(admin_client, home, glossary):
    response = admin_client.post(_edit_url(home), _publish_data(home, "<p>The New Urban Agenda (NUA).</p>"))
    assert response.status_code == 302
    home.refresh_from_db()
    assert "(NUA)" in home.introduction


def test_by_default_undefined_abbreviations_only_warn(admin_client, home, glossary):
    response = admin_client.post(_edit_url(home), _publish_data(home, "<p>The NUA matters.</p>"))
    assert response.status_code == 302
    home.refresh_from_db()
    assert "NUA" in home.introduction


def test_checks_for_a_page_not_saved_yet(glossary, locales):
    from glossary.templatetags.glossary_admin import glossary_checks
    from home.models import HomePage

    page = HomePage(title="New", hero_text="", introduction="<p>The NUA.</p>", locale=locales["fr"])
    checks = glossary_checks({}, page)
    assert [token for token, _url in checks["undefined"]] == ["NUA"]
    assert [result.language_code for _language, result in checks["readability"]] == ["fr"]


def test_objects_without_visitor_text_keep_wagtail_own_panel(rf, admin_user, glossary):
    from django.template.loader import render_to_string

    request = rf.get("/")
    request.user = admin_user
    html = render_to_string(
        "glossary/admin/checks_panel.html", {"object": glossary["SDG"], "request": request, "axe_configuration": {}}
    )
    assert "data-content-readability-score" in html
    assert "Abbreviations not in the glossary" not in html


def test_hostile_text_is_checked_in_linear_time(glossary, locales):
    import time

    text = "<p>" + " ".join(f"Q{n}X" for n in range(20_000)) + " " + "A" * 100_000 + "</p>"
    started = time.perf_counter()
    undefined = undefined_abbreviations([text], locales["en"])
    assert len(undefined) == 20_001
    assert time.perf_counter() - started < 3


def test_russian_and_arabic_text_get_a_score():
    russian = "<p>" + "Мы помогаем городам строить дома для людей. Дети ходят в школу пешком. " * 4 + "</p>"
    arabic = "<p>" + "نساعد المدن على بناء بيوت للناس. يذهب الأطفال إلى المدرسة مشيا. " * 4 + "</p>"
    assert readability([russian], "ru").score is not None
    assert readability([arabic], "ar").score is not None
