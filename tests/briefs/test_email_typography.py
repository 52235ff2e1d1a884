"""What a representative reads in the brief's emails, in their language: labelled
numbers (QA F5), French spacing before a colon and Arabic commas (QA F17), and
one newsletter issue a day (QA F17)."""

import re

import pytest

from briefs.emails import render_issue_email
from briefs.models import MonthlyBriefPage, NewsletterIssuePage
from briefs.services import CompositionError, compose_newsletter
from tests.briefs.test_email_rendering import brief  # noqa: F401 (the published May brief)

pytestmark = pytest.mark.django_db


def test_the_plain_text_funding_lines_say_what_the_count_is(brief):  # noqa: F811
    text = render_issue_email(brief).text
    assert re.search(r"^- Basic services: \d+ projects? · Goal ", text, flags=re.MULTILINE), text


def test_french_puts_a_no_break_space_before_each_colon(brief, translate, locales):  # noqa: F811
    french, _ = translate(brief, locales["fr"], {"Monthly brief: May 2024": "Note mensuelle : mai 2024"})
    email = render_issue_email(MonthlyBriefPage.objects.get(pk=french.pk))
    assert "Budget\u00a0: " in email.text and "Point focal\u00a0: Lucas Ferreira" in email.text
    assert "Lire dans votre navigateur\u00a0: http" in email.text
    assert not re.search(r"\w: ", email.text.replace("http:", "").replace("https:", ""))
    assert "Point focal\u00a0: <strong>" in email.html


def test_arabic_joins_with_the_arabic_comma(brief, translate, locales):  # noqa: F811
    arabic, _ = translate(brief, locales["ar"], {"Monthly brief: May 2024": "الموجز الشهري: مايو 2024"})
    email = render_issue_email(MonthlyBriefPage.objects.get(pk=arabic.pk))
    assert "Lucas Ferreira، Programme manager" in email.text
    assert "Lucas Ferreira</strong>، Programme manager" in email.html
    assert "Lucas Ferreira, " not in email.text


def test_a_second_newsletter_the_same_day_is_refused_with_the_way_forward(may, admin_client):
    first, _ = compose_newsletter(6)
    with pytest.raises(CompositionError, match="already an issue dated"):
        compose_newsletter(6)
    response = admin_client.post(f"/admin/briefs/newsletter/{may.index.pk}/", {"weeks": "6"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is already an issue dated June 3, 2024" in page and first.title in page
    assert NewsletterIssuePage.objects.count() == 1
