"""The cover image a page type shows on its cards, at the top of its page, in
shares (`og:image`) and in the API.

The image's own `description` (Wagtail 8) is its alternative text in the
language it was written in; a page may say it again in its own language
(`cover_image_alt`, a translatable segment for wagtail-localize), or mark the
image decorative. The publish check below refuses a cover image that has no
alternative text and is not marked decorative, on every path to live.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


@dataclass(frozen=True)
class Cover:
    """A page's cover image and what this page says about it."""

    image: object
    alt: str  # empty when decorative
    alt_language: str | None  # the alternative text's language when not the page's own
    credit: str = ""
    decorative: bool = False


class CoverImageMixin(models.Model):
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("cover image: alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it, in this page's language. "
            "Leave blank to use the image's own description."
        ),
    )
    cover_image_decorative = models.BooleanField(
        _("cover image is decorative"),
        default=False,
        help_text=_("Tick only when the image says nothing the text does not; screen readers then skip it."),
    )
    cover_image_credit = models.CharField(
        _("cover image: credit"), max_length=200, blank=True, help_text=_("Who took or owns the image.")
    )

    class Meta:
        abstract = True

    @classmethod
    def cover_image_panel(cls) -> MultiFieldPanel:
        return MultiFieldPanel(
            [
                FieldPanel("cover_image"),
                FieldPanel("cover_image_alt"),
                FieldPanel("cover_image_decorative"),
                FieldPanel("cover_image_credit"),
            ],
            heading=_("Cover image"),
        )

    @property
    def cover_alt(self) -> tuple[str, str | None]:
        """(alternative text, its language code when it is not the page's own).

        Empty for a decorative image. The image's description is written in
        the default language (the image library is shared by every locale)."""
        if self.cover_image_decorative or self.cover_image is None:
            return "", None
        own = (self.cover_image_alt or "").strip()
        if own:
            return own, None
        description = (self.cover_image.description or "").strip()
        return description, settings.LANGUAGE_CODE

    def cover(self) -> Cover | None:
        if self.cover_image is None:
            return None
        alt, alt_language = self.cover_alt
        return Cover(self.cover_image, alt, alt_language, self.cover_image_credit, self.cover_image_decorative)


def cover_image_has_alt_text(page) -> None:
    """A cover image needs alternative text (the page's or the image's
    description) unless the editor marked it decorative."""
    if not page.cover_image_id or page.cover_image_decorative:
        return
    if (page.cover_image_alt or "").strip() or (page.cover_image.description or "").strip():
        return
    raise ValidationError(
        {
            "cover_image_alt": _(
                "Alternative text: say what the cover image shows, for people who cannot see it "
                "(or give the image a description, or mark it decorative)."
            )
        }
    )
