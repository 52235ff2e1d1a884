import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.models import PublishableTranslatableSnippet

from .tokens import is_single_token

# "<" followed by a tag name, "/" or "!": markup, not a "less than" in prose.
_HTML = re.compile(r"<\s*[A-Za-z/!?]")
_VARIANT_SEPARATOR = re.compile(r"[,;\n]")


class Abbreviation(index.Indexed, PublishableTranslatableSnippet):
    """One entry of a locale's glossary.

    Each locale has its own glossary: the French copy of "SDG" is "ODD", linked
    to the English entry by `translation_key` through wagtail-localize. Only live
    entries are ever used on the public side, so an untranslated copy (still in
    English) never reaches French visitors.
    """

    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=60,
        help_text=_('As written, capitals included: "SDG", "UN-Habitat", "COVID-19".'),
    )
    expansion = models.CharField(
        _("expansion"),
        max_length=255,
        help_text=_('What it stands for, as it should read in a sentence: "Sustainable Development Goal".'),
    )
    description = models.TextField(
        _("plain-language description"),
        blank=True,
        max_length=500,
        help_text=_("Optional. One or two sentences for the public glossary and tooltips. Plain text."),
    )
    # Free text rather than a related table so translators see and translate the
    # variants as one segment (plurals differ between languages).
    variants = models.CharField(
        _("variants"),
        max_length=255,
        blank=True,
        help_text=_('Optional. Other written forms, separated by commas: plural "SDGs", possessive forms.'),
    )

    panels = [FieldPanel("abbreviation"), FieldPanel("expansion"), FieldPanel("description"), FieldPanel("variants")]
    search_fields = [
        index.SearchField("abbreviation", boost=3),
        index.SearchField("expansion"),
        index.AutocompleteField("abbreviation"),
        index.FilterField("locale_id"),
    ]

    class Meta(PublishableTranslatableSnippet.Meta):
        verbose_name = _("abbreviation")
        verbose_name_plural = _("abbreviations")
        ordering = ["abbreviation"]
        constraints = [
            models.UniqueConstraint(
                fields=["abbreviation", "locale"],
                name="unique_abbreviation_per_locale",
                violation_error_message=_("This abbreviation is already in the glossary for this language."),
            ),
        ]

    def __str__(self):
        return f"{self.abbreviation}: {self.expansion}"

    @staticmethod
    def parse_variants(value: str) -> list[str]:
        forms = [part.strip() for part in _VARIANT_SEPARATOR.split(value or "")]
        return list(dict.fromkeys(form for form in forms if form))

    @property
    def variant_list(self) -> list[str]:
        return [form for form in self.parse_variants(self.variants) if form != self.abbreviation]

    def clean(self):
        super().clean()
        self.abbreviation = (self.abbreviation or "").strip()
        self.expansion = (self.expansion or "").strip()
        self.description = (self.description or "").strip()
        errors: dict[str, list] = {}
        for name in ("abbreviation", "expansion", "description", "variants"):
            if _HTML.search(getattr(self, name) or ""):
                errors.setdefault(name, []).append(_("HTML is not allowed here: write plain text without tags."))
        if not self.expansion:
            errors.setdefault("expansion", []).append(_("Write what the abbreviation stands for."))
        elif self.expansion.casefold() == self.abbreviation.casefold():
            errors.setdefault("expansion", []).append(
                _("The expansion repeats the abbreviation: write what it stands for, in words.")
            )
        if self.abbreviation and "abbreviation" not in errors and not is_single_token(self.abbreviation):
            errors.setdefault("abbreviation", []).append(
                _(
                    "Use one word of one script: letters, digits and inner hyphens, no spaces "
                    '(e.g. "SDG", "UN-Habitat", "COVID-19").'
                )
            )
        bad = [form for form in self.variant_list if not is_single_token(form)]
        if bad and "variants" not in errors:
            errors.setdefault("variants", []).append(
                _("Each variant is one word without spaces, separated by commas. Check: %(forms)s")
                % {"forms": ", ".join(bad)}
            )
        if self.locale_id and self.abbreviation and "abbreviation" not in errors:
            self._check_unique_in_locale(errors)
        if errors:
            raise ValidationError(errors)

    def _check_unique_in_locale(self, errors: dict) -> None:
        # The admin form does not include `locale`, so Django skips the unique
        # constraint in form validation; without this check a duplicate would
        # surface as a database error instead of a message.
        others = Abbreviation.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if others.filter(abbreviation=self.abbreviation).exists():
            errors.setdefault("abbreviation", []).append(
                _("%(abbreviation)s is already in the glossary for this language: edit that entry instead.")
                % {"abbreviation": self.abbreviation}
            )
        taken = set(others.filter(abbreviation__in=self.variant_list).values_list("abbreviation", flat=True))
        if taken:
            errors.setdefault("variants", []).append(
                _("These variants are glossary entries of their own: %(forms)s. Remove them here.")
                % {"forms": ", ".join(sorted(taken))}
            )
