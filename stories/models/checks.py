"""What a story must satisfy before it goes live, on every path to live.

Registered with `core.publish_checks`, so the edit form, bulk publish, workflows,
scheduled publishing, wagtail-localize and `revision.publish()` give the same
messages. Inline rows are read through the relation (in memory on
`revision.as_object()`), never with a query on the row model.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.geography import COUNTRY_CODES
from core.publish_checks import inline_rows_check, register_publish_check
from publications.validation import measure_abstract

# A standfirst is one or two sentences; Chinese counts characters (about two per word).
STANDFIRST_WORDS = (20, 80)
STANDFIRST_CHARACTERS = (40, 160)


def standfirst_problem(text: str, language_code: str) -> str | None:
    """A message naming the count and the fix, or None when the length is right."""
    if not (text or "").strip():
        return str(_("Standfirst: write 20 to 80 words on what changed, for whom and where; it is shown first."))
    length = measure_abstract(text, language_code)
    low, high = STANDFIRST_WORDS if length.unit == "words" else STANDFIRST_CHARACTERS
    if low <= length.count <= high:
        return None
    if length.unit == "words":
        return str(
            _("Standfirst: it has %(count)d words; write %(low)d to %(high)d.")
            % {"count": length.count, "low": low, "high": high}
        )
    return str(
        _("Standfirst: it has %(count)d characters; in Chinese write %(low)d to %(high)d.")
        % {"count": length.count, "low": low, "high": high}
    )


def standfirst_is_written(page) -> None:
    problem = standfirst_problem(page.standfirst, page.locale.language_code if page.locale_id else "en")
    if problem:
        raise ValidationError({"standfirst": problem})


def lead_image_is_credited(page) -> None:
    errors = {}
    if not page.lead_image_id:
        errors["lead_image"] = _("Lead image: choose a photograph; a story opens with one.")
    if not (page.lead_image_alt or "").strip():
        errors["lead_image_alt"] = _("Alternative text: say what the lead image shows, for people who cannot see it.")
    if not (page.lead_image_credit or "").strip():
        errors["lead_image_credit"] = _("Credit: name who took or owns the lead image.")
    if errors:
        raise ValidationError(errors)


def place_is_given(page) -> None:
    if not page.region:
        raise ValidationError({"region": _("Region: choose where the story happened (or Global).")})
    if page.country and page.country not in COUNTRY_CODES:
        raise ValidationError({"country": _("Country: use an ISO 3166-1 code in two letters such as ke, fr or br.")})


has_thematic_area = inline_rows_check(
    "thematic_areas",
    "thematic_area",
    missing=_("Thematic areas: choose at least one, so people find the story under its themes."),
    repeated=_("Thematic areas: %(names)s is listed more than once; remove the extra row."),
)


def has_body(page) -> None:
    if not page.body:
        raise ValidationError({"body": _("Body: tell the story; a standfirst alone is not a story.")})


def register() -> None:
    from .pages import StoryPage

    for check in (standfirst_is_written, lead_image_is_credited, place_is_given, has_thematic_area, has_body):
        register_publish_check(StoryPage, check)
