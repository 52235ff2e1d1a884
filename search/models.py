"""The flattened search document: one row per public page and locale.

Wagtail's search can only filter and facet on fields of the model it searches,
so a search across page types cannot facet on each type's own fields. Every
searchable page is therefore copied, when published, into this one shape, and
both backends read it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What a visitor can find of one page in one locale.

    Rows exist only for live, public pages that a registered builder knows; the
    signal handlers in `search.sync` add, refresh and remove them.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="search_document"
    )
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("locale"), on_delete=models.CASCADE)
    # Shared by a page's translations: the locale fallback looks up by it.
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    content_type = models.CharField(_("content type"), max_length=40, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    snippet = models.TextField(_("snippet"), blank=True)
    body = models.TextField(_("body"), blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, db_index=True)
    url = models.CharField(_("URL"), max_length=2048)
    # The page may still be `live` after its expiry until the scheduler runs, so
    # the expiry is copied and checked at query time.
    expire_at = models.DateTimeField(_("expiry"), null=True, blank=True)
    # The text the full-text indexes read. Chinese characters are spaced apart
    # here (see search/text.py) so that every backend can match them one by one.
    index_title = models.TextField(_("indexed title"), blank=True)
    index_text = models.TextField(_("indexed text"), blank=True)
    # Keywords and tags, weighted as the title. The `stemmed_*` columns hold the
    # Snowball stems of the three indexed texts in the row's language, which
    # SQLite's FTS5 indexes (search/stemming.py); PostgreSQL stems by itself.
    # Nullable so that adding them is a plain ADD COLUMN (NULL reads as "").
    index_keywords = models.TextField(_("indexed keywords"), null=True, blank=True)
    stemmed_title = models.TextField(_("stemmed title"), null=True, blank=True)
    stemmed_keywords = models.TextField(_("stemmed keywords"), null=True, blank=True)
    stemmed_text = models.TextField(_("stemmed text"), null=True, blank=True)
    # PostgreSQL text search configuration for this row's language; the
    # generated `search_vector` column (added by migration on PostgreSQL) uses it.
    search_config = models.CharField(_("text search configuration"), max_length=20, default="simple")
    # The thematic areas ([[slug, name], ...], in the page's order, one per slug)
    # and country codes of the document, copied onto the row so that result rows
    # and facet counts read them without a join. `SearchDocumentTag` keeps the
    # same values as rows (Elasticsearch documents, the country filter's list).
    # Nullable without a default so that adding them on SQLite is a plain ADD
    # COLUMN (a table rebuild would drop the FTS triggers); NULL reads as [].
    areas = models.JSONField(_("thematic areas"), null=True, blank=True)
    countries = models.JSONField(_("countries"), null=True, blank=True)
    # The page's cover for cards ({"id", "alt", "lang"}; alt empty when
    # decorative, lang set when the text is not in the row's language).
    cover = models.JSONField(_("cover image"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # On SQLite, a migration that alters a field here rebuilds the table and
    # drops the FTS triggers of migration 0002: recreate them in that migration.
    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [
            models.Index(fields=["locale", "content_type"], name="site_search_locale_type"),
            # The locale fallback asks "does this page have a document in locale X?".
            models.Index(fields=["translation_key", "locale"], name="site_search_key_locale"),
        ]

    def __str__(self):
        return self.title


class SearchDocumentTag(models.Model):
    """A thematic area or country of a document, in rows of their own so that
    filters and facet counts are plain indexed joins."""

    AREA = "area"
    COUNTRY = "country"
    KIND_CHOICES = [(AREA, _("thematic area")), (COUNTRY, _("country"))]

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="tags")
    kind = models.CharField(_("kind"), max_length=10, choices=KIND_CHOICES)
    slug = models.CharField(_("slug"), max_length=120)
    name = models.CharField(_("name"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("search document tag")
        ordering = ["sort_order", "pk"]
        # Facet counts also use `site_search_tag_document` (migration 0004), a
        # covering index on PostgreSQL that SQLite cannot declare.
        indexes = [models.Index(fields=["kind", "slug"], name="site_search_tag_kind_slug")]

    def __str__(self):
        return f"{self.kind}: {self.slug}"


class SearchTerm(models.Model):
    """A word of the index in one locale, with how many documents hold it: the
    vocabulary "did you mean" picks corrections from (search/vocabulary.py), so
    that a suggestion is a word the site actually uses in that language."""

    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("locale"), on_delete=models.CASCADE)
    word = models.CharField(_("word"), max_length=64)
    # The word's stem in the locale's language: a query word whose stem is known
    # needs no correction ("flooding" when only "floods" is written).
    stem = models.CharField(_("stem"), max_length=64)
    length = models.PositiveSmallIntegerField(_("length"))
    documents = models.PositiveIntegerField(_("documents"), default=0)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [models.UniqueConstraint(fields=["locale", "word"], name="site_search_term_unique")]
        indexes = [
            models.Index(fields=["locale", "stem"], name="site_search_term_stem"),
            models.Index(fields=["locale", "length"], name="site_search_term_length"),
        ]

    def __str__(self):
        return self.word


class IndexUpdate(models.Model):
    """A change the Elasticsearch index has still to hear about: an outbox row
    written in the same transaction as the documents, so publishing never waits
    on the search server and a change made while it is down is sent when it is
    back (`manage.py sync_search_index`). Sent rows are kept a week: a rebuild
    re-sends what changed while it ran from them."""

    DOCUMENTS = "documents"
    GLOSSARY = "glossary"
    KIND_CHOICES = [(DOCUMENTS, _("documents")), (GLOSSARY, _("glossary"))]

    kind = models.CharField(_("kind"), max_length=10, choices=KIND_CHOICES, default=DOCUMENTS)
    # Pages whose documents were written or removed (all their translations are
    # re-sent: `available_locales` changes with them), and pages with none left.
    translation_keys = models.JSONField(_("translation keys"), default=list, blank=True)
    removed_page_ids = models.JSONField(_("removed page ids"), default=list, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("search index update")
        verbose_name_plural = _("search index updates")
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"], name="site_search_update_due")]

    def __str__(self):
        return f"{self.kind} #{self.pk}"

    @property
    def status(self) -> str:
        if self.sent_at:
            return _("sent")
        return _("failing") if self.attempts else _("pending")

    @property
    def pages(self) -> int:
        """How many pages the change concerns (a glossary update: none)."""
        return len(self.translation_keys or []) + len(self.removed_page_ids or [])


class IndexBuild(models.Model):
    """One Elasticsearch rebuild: when it started (changes from then on are sent
    to the new index before and after the alias moves), how it ended."""

    alias = models.CharField(_("alias"), max_length=255)
    index = models.CharField(_("index"), max_length=255)
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    documents = models.PositiveIntegerField(_("documents"), default=0)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("search index build")
        verbose_name_plural = _("search index builds")
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return self.index
