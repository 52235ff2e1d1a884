"""Email-ready versions of an issue: HTML with inline styles and no scripts, and
plain text, every link and image absolute.

An issue is rendered once per language and sending replaces the unsubscribe
placeholder per recipient, so 5,000 emails cost six renderings, not 5,000.
"""

from dataclasses import dataclass
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.absolute_urls import base_url as one_base_url

from .selectors import donation_reports_url, funding_lines, issue_sections

UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/UNSUBSCRIBE-LINK"
# Attributes that hold URLs mail clients follow or load.
_URL_ATTRIBUTES = {"a": "href", "img": "src", "link": "href", "area": "href"}
_DANGEROUS_TAGS = ("script", "iframe", "object", "embed", "form", "input", "button", "style", "noscript")


@dataclass(frozen=True)
class EmailContent:
    subject: str
    html: str
    text: str
    language: str


def site_base_url() -> str:
    """The public site's address when no request is at hand (the sending worker):
    the one base of every absolute URL (core/absolute_urls.py)."""
    return one_base_url()


def make_email_safe(html: str, base_url: str) -> str:
    """Absolute URLs everywhere, no scripts, frames, forms or event handlers, and
    no `javascript:` links: what a mail client shows is what we meant."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DANGEROUS_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        for attribute in list(tag.attrs):
            if attribute.lower().startswith("on"):
                del tag.attrs[attribute]
        attribute = _URL_ATTRIBUTES.get(tag.name)
        if attribute and tag.get(attribute):
            url = tag[attribute].strip()
            if url.lower().startswith(("javascript:", "data:", "vbscript:")):
                del tag.attrs[attribute]
            elif not url.lower().startswith(("mailto:", "tel:", "#")):
                tag[attribute] = urljoin(base_url, url)
    return str(soup)


def html_to_text(html: str) -> str:
    """Readable plain text: paragraphs kept, list items dashed, links as "text <url>"."""
    soup = BeautifulSoup(html or "", "html.parser")
    for link in soup.find_all("a"):
        href = link.get("href", "")
        label = link.get_text(" ", strip=True)
        link.replace_with(f"{label} <{href}>" if href and href != label else label)
    for abbr in soup.find_all("abbr"):
        abbr.replace_with(abbr.get_text())
    for item in soup.find_all("li"):
        item.insert_before("\n- ")
    for block in soup.find_all(["p", "div", "br", "ul", "ol", "h2", "h3", "h4"]):
        block.insert_after("\n\n")
    lines = [" ".join(line.split()) for line in soup.get_text().splitlines()]
    text, blank = [], False
    for line in lines:
        if line:
            text.append(line)
            blank = False
        elif not blank and text:
            text.append("")
            blank = True
    return "\n".join(text).strip()


def subscribe_url(language_code: str, base_url: str) -> str:
    with translation.override(language_code):
        return urljoin(base_url, reverse("briefs:subscribe"))


def render_issue_email(page, *, for_web: bool = False, base_url: str | None = None) -> EmailContent:
    """The issue as an email in the page's language.

    Args:
        page: a MonthlyBriefPage or NewsletterIssuePage (specific).
        for_web: the "view in the browser" version, with the sign-up page in place
            of the recipient's own unsubscribe link.
        base_url: the site's address (the default Site's by default).
    """
    base_url = base_url or site_base_url()
    language = page.locale.language_code
    with translation.override(language):
        sections = issue_sections(page)
        rendered = page.rendered
        unsubscribe = subscribe_url(language, base_url) if for_web else UNSUBSCRIBE_PLACEHOLDER
        context = {
            "page": page,
            "language": language,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
            "introduction": rendered["introduction"],
            "sections": sections,
            "funding": funding_lines(page),
            "reports_url": urljoin(base_url, reports) if (reports := donation_reports_url(page.locale)) else None,
            "page_url": urljoin(base_url, page.get_url() or "/"),
            "unsubscribe_url": unsubscribe,
            "subscribe_url": subscribe_url(language, base_url),
        }
        html = make_email_safe(render_to_string("briefs/email/issue.html", context), base_url)

        def plain(fragment) -> str:
            return html_to_text(make_email_safe(fragment, base_url))

        context["introduction_text"] = plain(rendered["introduction"])
        for section in sections:
            for entry in section.entries:
                entry.plain_text = plain(entry.text)
                entry.plain_note = plain(entry.note)
                entry.absolute_url = urljoin(base_url, entry.url or "/")
        text = render_to_string("briefs/email/issue.txt", context)
        subject = page.seo_title or page.title
    return EmailContent(subject=subject, html=html, text=text, language=language)
