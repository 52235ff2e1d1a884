"""What hangs off a publication page: thematic areas, keywords, documents."""

import hashlib

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from publications.files import declared_language, extension_of, format_label, human_size, language_name, site_language


class PublicationPageThematicArea(TranslatableMixin, Orderable):
    """Translatable itself, because wagtail-localize remaps foreign keys to
    translatable snippets only in translatable inline rows: the French copy of
    a publication then points at the French thematic areas."""

    page = ParentalKey("publications.PublicationPage", related_name="thematic_area_rows", on_delete=models.CASCADE)
    # PROTECT, as on every row pointing at a thematic area (home.ThematicAreaRow):
    # an area in use is not deleted, and the admin names what uses it.
    thematic_area = models.ForeignKey(
        "home.ThematicArea", verbose_name=_("thematic area"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("thematic_area")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("thematic area")
        constraints = [
            # Deferred to the commit on PostgreSQL: modelcluster updates rows in place,
            # so swapping two rows' areas passes through a moment with both the same.
            # (SQLite cannot defer; Django creates no constraint there.)
            models.UniqueConstraint(
                fields=["page", "thematic_area"],
                name="publication_thematic_area_once",
                deferrable=models.Deferrable.DEFERRED,
            )
        ]


class PublicationPageTag(TaggedItemBase):
    """Keywords are copied to translations unchanged (taggit tags are not
    translated), which keeps one keyword filter working in every language."""

    content_object = ParentalKey("publications.PublicationPage", related_name="tagged_items", on_delete=models.CASCADE)


class PublicationDocument(Orderable):
    """One downloadable file of a publication.

    Format, size and language are read from the file when the row is saved,
    never typed, so the download link cannot claim what the file is not. The
    language is the one the file declares (PDF /Lang, Office dc:language);
    files that declare none take the language of the page they were attached to.
    """

    page = ParentalKey("publications.PublicationPage", related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.PROTECT, related_name="+"
    )
    file_format = models.CharField(_("format"), max_length=10, editable=False, blank=True)
    file_size = models.PositiveBigIntegerField(_("size (bytes)"), editable=False, null=True)
    language = models.CharField(_("language"), max_length=20, editable=False, blank=True)
    # The file these figures were read from; a replaced file is read again.
    source_hash = models.CharField(max_length=40, editable=False, blank=True)

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            # Deferred on PostgreSQL, as for thematic areas: swapping two rows' documents must save.
            models.UniqueConstraint(
                fields=["page", "document"], name="publication_document_once", deferrable=models.Deferrable.DEFERRED
            )
        ]

    def save(self, *args, **kwargs):
        self.read_file_metadata()
        super().save(*args, **kwargs)

    def read_file_metadata(self) -> None:
        document = self.document
        # Wagtail's SHA-1 of the file; a document without one is known by its id and
        # file name, hashed the same way so the fingerprint fits the 40-character column.
        fingerprint = document.file_hash or hashlib.sha1(f"id:{document.pk}:{document.file.name}".encode()).hexdigest()
        if self.source_hash == fingerprint and self.file_format:
            return
        extension = extension_of(document.file.name)
        self.file_format = extension
        self.file_size = document.get_file_size()
        tag = None
        try:
            with document.open_file() as handle:
                tag = declared_language(handle, extension)
        except OSError:
            tag = None
        self.language = site_language(tag) or self.page.locale.language_code
        self.source_hash = fingerprint

    @property
    def download_url(self) -> str:
        """The counted download of this row; a row built in memory (an admin preview,
        such as wagtail-localize's "Preview in <language>") has no id yet, so its
        link is the document's own URL, which counts nothing."""
        if self.pk is None:
            return self.document.url
        return reverse("publications:download", args=[self.pk])

    @property
    def format_label(self) -> str:
        return format_label(self.file_format)

    @property
    def size_label(self) -> str:
        return human_size(self.file_size)

    @property
    def language_label(self) -> str:
        return language_name(self.language) if self.language else ""
