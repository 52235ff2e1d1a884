"""Demo updates for Member States: the index in every language, the briefs of the
last two complete months composed from the demo's flagships, projects and stories
(with an editor's introduction, translated), one newsletter issue of the last
eight weeks, and a few subscribers."""

from datetime import date, timedelta

from django.utils import timezone

from core.demo_support import locales, publish_latest, section_index, translate

from .demo_data import BRIEF_INTRODUCTION, INDEX, NEWSLETTER_INTRODUCTION, SUBSCRIBERS
from .models import BriefIndexPage, MonthlyBriefPage, NewsletterIssuePage, Subscriber
from .services import brief_title, compose_monthly_brief, compose_newsletter, newsletter_title


def _previous_months(today: date, count: int) -> list[date]:
    months, first = [], today.replace(day=1)
    for _ in range(count):
        first = (first.replace(day=1) - timedelta(days=1)).replace(day=1)
        months.append(first)
    return list(reversed(months))


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    _index, created = section_index(BriefIndexPage, "updates", INDEX)
    log(f"updates index: {len(all_locales)} languages ({created} translations created)")

    for month in _previous_months(timezone.localdate(), 2):
        brief = MonthlyBriefPage.objects.filter(month=month, locale=english).first()
        if brief is None:
            result = compose_monthly_brief(month)
            draft = result.page.get_latest_revision_as_object()
            draft.introduction = f"<p>{BRIEF_INTRODUCTION['en']}</p>"
            draft.save_revision()
            brief = publish_latest(MonthlyBriefPage.objects.get(pk=result.page.pk))
            log(f"brief {month:%Y-%m}: {result.added} items")
        for code, locale in all_locales.items():
            if code != "en":
                strings = {brief.title: brief_title(month, code), BRIEF_INTRODUCTION["en"]: BRIEF_INTRODUCTION[code]}
                translate(brief, locale, strings, complete=True)

    issue = NewsletterIssuePage.objects.filter(locale=english).first()
    if issue is None:
        issue, added = compose_newsletter(8)
        draft = issue.get_latest_revision_as_object()
        draft.introduction = f"<p>{NEWSLETTER_INTRODUCTION['en']}</p>"
        draft.save_revision()
        issue = publish_latest(NewsletterIssuePage.objects.get(pk=issue.pk))
        log(f"newsletter issue: {added} items")
    for code, locale in all_locales.items():
        if code != "en":
            strings = {
                issue.title: newsletter_title(issue.issue_date, code),
                NEWSLETTER_INTRODUCTION["en"]: NEWSLETTER_INTRODUCTION[code],
            }
            translate(issue, locale, strings, complete=True)

    created = 0
    for email, language, brief_wanted, newsletter_wanted, status in SUBSCRIBERS:
        _subscriber, made = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "language": language,
                "wants_brief": brief_wanted,
                "wants_newsletter": newsletter_wanted,
                "status": status,
                "confirmed_at": timezone.now() if status == "confirmed" else None,
            },
        )
        created += made
    log(f"subscribers: {len(SUBSCRIBERS)} ({created} created; addresses at example.org)")
