"""What every public page type shares: its text through the one rendering path,
its translations, and how the reference pages and the API address it."""

from collections.abc import Callable
from functools import cached_property

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale

from core.delivery import public_pages
from core.embeds import embed_values, prime_embeds
from core.headings import normalise_headings
from core.models import DraftShareLink
from core.page_types import public_type_name
from core.rendering import RenderedText, db_sources, render_many, render_text
from core.rich_text_links import links_batch

# builder(page, request) -> what the page adds to its template context.
PageContextBuilder = Callable[[object, object], dict]

_context_builders: dict[type, PageContextBuilder] = {}
_page_views: dict[tuple[type, str], Callable] = {}


def register_page_context(model: type, builder: PageContextBuilder) -> None:
    """Let `builder` fill the template context of `model`'s pages.

    Each app keeps its builders in `page_context.py` and registers them from its
    `AppConfig.ready()`. The builders read through the app's selectors, which
    import the models; if the models imported the builders, every app would have
    a cycle models -> page_context -> selectors -> models. Registering again
    replaces the earlier builder (idempotent across reloads).
    """
    _context_builders[model] = builder


def register_page_view(model: type, name: str, view: Callable) -> None:
    """A view a routable page serves under one of its own routes (a feed), kept
    out of the models for the same reason as the context builders."""
    _page_views[(model, name)] = view


def page_view(page, name: str) -> Callable:
    for klass in type(page).__mro__:
        view = _page_views.get((klass, name))
        if view is not None:
            return view
    raise LookupError(f"No view {name!r} registered for {type(page).__name__}")


def _with_heading_levels(page, rendered: RenderedText) -> RenderedText:
    for name, level in page.heading_levels.items():
        if name in rendered.fragments:
            rendered.fragments[name] = mark_safe(normalise_headings(rendered.fragments[name], level))
    return rendered


def rendered_pages(pages) -> list[RenderedText]:
    """What `page.rendered` answers, for many pages at once: their text rendered
    before is read from the store in one cache read (core.rendering.render_many),
    so a listing that embeds bodies renders each text once per glossary version."""
    pages = list(pages)
    rendered = render_many([(page.text_fragments(), page.locale) for page in pages])
    return [_with_heading_levels(page, text) for page, text in zip(pages, rendered, strict=True)]


class PublicPageMixin:
    """Mixed into every page type visitors see.

    Subclasses list their visitor text in `text_fragments()`, in display order
    (the abstract or summary first), and name their typed API endpoint in
    `api_detail_route`.
    """

    api_detail_route: str | None = None

    def text_fragments(self) -> list[tuple[str, object]]:
        return []

    # {fragment name: the level its highest heading takes} (core/headings.py):
    # a body sits right under the page's h1 unless its template heads it.
    heading_levels: dict[str, int] = {"body": 2}

    def _loaded_text_fields(self) -> list:
        """The values of the page's rich-text and StreamField fields already loaded."""
        return [
            getattr(self, model_field.attname)
            for model_field in self._meta.concrete_fields
            if isinstance(model_field, RichTextField | StreamField) and model_field.attname in self.__dict__
        ]

    @cached_property
    def rendered(self) -> RenderedText:
        # A body's blocks render one by one (text_fragments() may do it): the
        # links of all its rich text and its stored video embeds are fetched
        # first, together, so a long body costs no more queries than a short one.
        values = self._loaded_text_fields()
        prime_embeds(embed for value in values for embed in embed_values(value))
        with links_batch(source for value in values for source in db_sources(value)):
            rendered = render_text(self.text_fragments(), self.locale)
        return _with_heading_levels(self, rendered)

    def public_translations(self):
        """This page's published, public translations, this one included."""
        return public_pages().filter(translation_key=self.translation_key).select_related("locale")

    def get_api_url(self, locale_code: str | None = None) -> str | None:
        """The detail endpoint answering for this page in `locale_code` (the
        page's own language by default). A listing in French gives an English
        stand-in the French `?locale=`: following it answers the French fallback
        (links, notices and `translations` in French), not the English page."""
        if not self.api_detail_route:
            return None
        path = reverse(f"api-1.0.0:{self.api_detail_route}", kwargs=self.api_detail_kwargs())
        return f"{path}?{urlencode({'locale': locale_code or self.locale.language_code})}"

    def api_detail_kwargs(self) -> dict:
        return {"page_id": self.pk}

    def route(self, request, path_components):
        """Fall back to the default-locale page where this locale has no translation.

        /fr/publications/x/ then serves the English publication (with a notice in
        the visitor's language) instead of a 404, as the API does with
        `translated: false`.
        """
        try:
            return super().route(request, path_components)
        except Http404:
            default = Locale.get_default()
            if not path_components or self.locale_id == default.pk:
                raise
            source = self.get_translation_or_none(default)
            if source is None or not source.live:
                raise
            return source.specific.route(request, path_components)

    def serve_preview(self, request, mode_name):
        """With a headless front end configured, hand the editor's preview to it:
        store what is being previewed under a short-lived token and send the
        preview pane to the front end, which reads it from /api/v1/preview/<token>."""
        client_url = settings.HEADLESS_PREVIEW_CLIENT_URL
        if not client_url or self.pk is None:  # a page not yet created has nothing to point a token at
            return super().serve_preview(request, mode_name)
        link = DraftShareLink.create_preview(self, request.user, settings.HEADLESS_PREVIEW_MINUTES)
        query = urlencode(
            {
                "token": link.token,
                "locale": self.locale.language_code,
                "type": public_type_name(self),
                # wagtail-headless-preview's name for the type, so its front-end helpers work unchanged.
                "content_type": f"{self._meta.app_label}.{self._meta.model_name}",
            }
        )
        return HttpResponseRedirect(f"{client_url}?{query}")

    def untranslated_share(self) -> int:
        """How many of this translation's text segments still show the source
        language (0 for a source page or a complete translation); one query."""
        if self.locale_id == Locale.get_default().pk:
            return 0
        from wagtail_localize.models import Translation

        translation = (
            Translation.objects.filter(source__object_id=self.translation_key, target_locale_id=self.locale_id)
            .select_related("source")
            .first()
        )
        if translation is None:
            return 0
        total, done = translation.get_progress()
        return total - done

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rendered"] = self.rendered
        context["alternates"] = self.public_translations()
        for klass in type(self).__mro__:
            builder = _context_builders.get(klass)
            if builder is not None:
                context.update(builder(self, request))
                break
        # A translation published with segments left in the source language says so.
        context["untranslated_segments"] = self.untranslated_share()
        return context
