"""What every public page type shares: its text through the one rendering path,
its translations, and how the reference pages and the API address it."""

from functools import cached_property

from django.urls import reverse
from django.utils.http import urlencode

from home.delivery import public_pages
from home.rendering import RenderedText, render_text


class PublicPageMixin:
    """Mixed into every page type visitors see.

    Subclasses list their visitor text in `text_fragments()`, in display order
    (the abstract or summary first), and name their typed API endpoint in
    `api_detail_route`.
    """

    api_detail_route: str | None = None

    def text_fragments(self) -> list[tuple[str, object]]:
        return []

    @cached_property
    def rendered(self) -> RenderedText:
        return render_text(self.text_fragments(), self.locale)

    def public_translations(self):
        """This page's published, public translations, this one included."""
        return public_pages().filter(translation_key=self.translation_key).select_related("locale")

    def get_api_url(self) -> str | None:
        if not self.api_detail_route:
            return None
        path = reverse(f"api-1.0.0:{self.api_detail_route}", kwargs=self.api_detail_kwargs())
        return f"{path}?{urlencode({'locale': self.locale.language_code})}"

    def api_detail_kwargs(self) -> dict:
        return {"page_id": self.pk}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rendered"] = self.rendered
        context["alternates"] = self.public_translations()
        return context
