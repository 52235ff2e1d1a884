"""The items of a brief or a newsletter issue: links to pages, never copies of them.

An item points at the page it is about (a flagship, a donation project, a story,
an event, a publication) and keeps only what the page does not hold: why it is
in this issue (its source key), the figures as they were when the brief was
composed, and the editor's note. Titles, texts and URLs are read from the linked
page in the reader's language when the issue is shown, so nobody retypes them
and translators translate only the editor's words.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Section(models.TextChoices):
    COMPLETED = "completed", pgettext_lazy("brief section", "Completed")
    DEVELOPMENT = "development", _("Major developments")
    PROJECT = "project", _("Donation projects")
    STORY = "story", _("Impact stories")
    PUBLICATION = "publication", pgettext_lazy("brief section", "Publications")
    EVENT = "event", _("Coming up next month")


class IssueItem(TranslatableMixin, Orderable):
    """Fields shared by brief and newsletter items. Translatable itself, so that
    wagtail-localize offers the note to translators and maps the contact to the
    target language's contact; the rest is synchronised from the source."""

    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    linked_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # What the composer proposed this item for ("update:<key>", "story:<key>" ...);
    # blank for items an editor added by hand. Never shown, never translated.
    source_key = models.CharField(max_length=120, blank=True, editable=False)
    # The flagship update this item reports (its translation key, the same in every language).
    update_key = models.UUIDField(null=True, blank=True, editable=False)
    happened_on = models.DateField(_("date"), null=True, blank=True)
    note = models.TextField(
        _("editor's note"), blank=True, help_text=_("Optional: a sentence on why this matters to Member States.")
    )

    panels = [FieldPanel("section"), FieldPanel("linked_page"), FieldPanel("happened_on"), FieldPanel("note")]
    # The composer's part of the item: written by the composer only, never in the edit form.
    composed_fields = ("source_key", "update_key", "translation_key")
    translatable_fields = [
        SynchronizedField("section"),
        SynchronizedField("linked_page"),
        SynchronizedField("source_key"),
        SynchronizedField("update_key"),
        SynchronizedField("happened_on"),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]


class BriefItem(IssueItem):
    page = ParentalKey("briefs.MonthlyBriefPage", related_name="items", on_delete=models.CASCADE)
    project_status = models.CharField(max_length=10, blank=True, editable=False)
    contact = models.ForeignKey(
        "home.Contact",
        verbose_name=_("focal point"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # [{"kind": "budget", "amount": "12500000.00", "currency": "USD", "valid_on": "2024-05-31"}]:
    # the figures when the brief was composed, so a sent brief keeps saying what it said.
    figures = models.JSONField(default=list, blank=True, editable=False)

    panels = IssueItem.panels[:3] + [FieldPanel("contact"), FieldPanel("note")]
    composed_fields = IssueItem.composed_fields + ("project_status", "figures")
    translatable_fields = IssueItem.translatable_fields + [
        SynchronizedField("project_status"),
        SynchronizedField("figures"),
        TranslatableField("contact"),
    ]

    class Meta(IssueItem.Meta):
        verbose_name = _("brief item")
        verbose_name_plural = _("brief items")


class NewsletterItem(IssueItem):
    page = ParentalKey("briefs.NewsletterIssuePage", related_name="items", on_delete=models.CASCADE)

    class Meta(IssueItem.Meta):
        verbose_name = _("newsletter item")
        verbose_name_plural = _("newsletter items")


def keep_composed_part(rows, previous_rows) -> None:
    """Give back to re-made rows the composer's part the edit form does not carry.

    A row that exists only in a revision (no id: composed into a live issue, not
    published yet) cannot be posted back by its id, so every form save makes it
    anew from the visible fields: no source key, no figures, no update, a new
    translation key. Each such row takes the composed part of the previous
    revision's id-less composed row that shows the same thing (same section, page
    and date; failing that, the same page), each previous row given once, in order.
    Rows the editor pointed at another page stay the editor's.
    """
    remade = [row for row in rows if row.pk is None and not row.source_key]
    sources = [row for row in previous_rows if row.pk is None and row.source_key]
    taken = {row.source_key for row in rows if row.source_key}
    sources = [row for row in sources if row.source_key not in taken]
    if not remade or not sources:
        return
    for same in (
        lambda a, b: (a.section, a.linked_page_id, a.happened_on) == (b.section, b.linked_page_id, b.happened_on),
        lambda a, b: a.linked_page_id is not None and a.linked_page_id == b.linked_page_id,
    ):
        for row in list(remade):
            source = next((candidate for candidate in sources if same(row, candidate)), None)
            if source is None:
                continue
            for name in row.composed_fields:
                setattr(row, name, getattr(source, name))
            remade.remove(row)
            sources.remove(source)
