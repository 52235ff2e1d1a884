"""The brief as an email: parsed back, it has no scripts and every link and image is absolute."""

import re

import pytest
from bs4 import BeautifulSoup

from briefs.emails import html_to_text, make_email_safe, render_issue_email
from briefs.models import MonthlyBriefPage
from briefs.services import compose_monthly_brief
from core.demo_support import publish_latest
from tests.briefs.conftest import MAY

pytestmark = pytest.mark.django_db
ABSOLUTE = re.compile(r"^(https?://[^/]+/|mailto:)")


@pytest.fixture
def brief(may, editor):
    page = compose_monthly_brief(MAY).page
    draft = page.get_latest_revision_as_object()
    flagship = may.flagships["coastal"]
    draft.introduction = (
        f'<p>Read about <a linktype="page" id="{flagship.pk}">the coastal programme</a> '
        'and <a href="/donate/">where donations go</a>.</p>'
    )
    item = next(item for item in draft.items.all() if item.section == "development")
    item.note = "Watch this <script>alert(1)</script> space."
    draft.save_revision(user=editor)
    return publish_latest(MonthlyBriefPage.objects.get(pk=page.pk))


def test_the_html_has_no_script_and_only_absolute_links(brief):
    email = render_issue_email(brief)
    soup = BeautifulSoup(email.html, "html.parser")

    assert soup.find_all(["script", "iframe", "form", "object", "embed"]) == []
    assert not [tag for tag in soup.find_all(True) for name in tag.attrs if name.lower().startswith("on")]
    hrefs = [link["href"] for link in soup.find_all("a")]
    assert hrefs and all(ABSOLUTE.match(href) for href in hrefs), hrefs
    assert "http://localhost/flagships/" in " ".join(hrefs)  # the rich-text page link, made absolute
    assert "http://localhost/donate/" in hrefs
    assert all(ABSOLUTE.match(image["src"]) for image in soup.find_all("img"))
    # The editor's note is text: the would-be script is shown, never run.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in email.html


def test_the_html_uses_inline_styles_and_says_its_language(brief):
    email = render_issue_email(brief)
    soup = BeautifulSoup(email.html, "html.parser")
    assert soup.find("style") is None and not soup.find_all("link")
    assert soup.html["lang"] == "en" and soup.html["dir"] == "ltr"
    assert all(table.get("style") for table in soup.find_all("table", attrs={"role": "presentation"}))
    assert email.subject == "Monthly brief: May 2024"


def test_figures_and_focal_points_are_in_the_email(brief, may):
    email = render_issue_email(brief)
    assert "$12,500,000.00" in email.html and "$2,700,000.00" in email.html
    assert "Lucas Ferreira" in email.html and may.contacts["coastal"].email in email.html
    assert "Drainage finished in Beira" in email.html and "Resilient coastal cities" in email.html


def test_the_plain_text_version_has_absolute_links_and_no_markup(brief):
    text = render_issue_email(brief).text
    assert not re.search(r"</?(p|a|div|table|tr|td|span|strong|h\d|ul|li|abbr)\b", text)
    assert "Watch this <script>alert(1)</script> space." in text  # the editor's words, as plain text
    assert "the coastal programme <http://localhost/flagships/" in text
    urls = re.findall(r"https?://\S+", text)
    assert urls and all(url.startswith("http://localhost/") or "unsubscribe.invalid" in url for url in urls)
    assert "Drainage finished in Beira" in text and "$12,500,000.00" in text


def test_the_french_translation_formats_figures_the_french_way(brief, translate, locales):
    french, _ = translate(brief, locales["fr"], {"Monthly brief: May 2024": "Note mensuelle : mai 2024"})
    email = render_issue_email(MonthlyBriefPage.objects.get(pk=french.pk))
    soup = BeautifulSoup(email.html, "html.parser")
    assert soup.html["lang"] == "fr"
    text = soup.get_text().replace("\u202f", " ").replace("\xa0", " ")
    assert "12 500 000,00 $US" in text
    # The interface of the email is French too: section names, labels, the footer.
    assert "Achevés" in text and "Avancées majeures" in text and "Point focal" in text
    assert "Se désabonner" in text and email.subject == "Note mensuelle : mai 2024"


def test_the_web_preview_and_text_routes_serve_the_email(client, brief):
    html = client.get(brief.url + "email/")
    text = client.get(brief.url + "email/text/")
    assert html.status_code == 200 and html["Content-Type"].startswith("text/html")
    assert text.status_code == 200 and text["Content-Type"].startswith("text/plain")
    assert "unsubscribe.invalid" not in html.content.decode()  # the web copy points at the sign-up page
    assert "http://localhost/subscriptions/" in html.content.decode()


def test_the_email_filter_removes_what_mail_clients_must_not_run():
    dirty = (
        '<p onclick="steal()">Hi <a href="javascript:alert(1)">x</a> <a href="/fr/page/">y</a>'
        '<img src="/media/a.png" onerror="x()"><script>bad()</script><iframe src="//evil"></iframe></p>'
    )
    clean = BeautifulSoup(make_email_safe(dirty, "https://example.org/"), "html.parser")
    assert clean.find("script") is None and clean.find("iframe") is None
    assert clean.p.get("onclick") is None and clean.img.get("onerror") is None
    links = clean.find_all("a")
    assert links[0].get("href") is None and links[1]["href"] == "https://example.org/fr/page/"
    assert clean.img["src"] == "https://example.org/media/a.png"


def test_html_to_text_keeps_paragraphs_lists_and_links():
    text = html_to_text('<p>One <a href="https://x.org/a">link</a>.</p><ul><li>first</li><li>second</li></ul>')
    assert text.splitlines() == ["One link <https://x.org/a>.", "", "- first", "- second"]
