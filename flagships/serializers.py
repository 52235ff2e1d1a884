"""What a flagship's detail adds to its summary, as API dictionaries: shared by
the detail (flagships.api) and the listing's expansions (flagships.expansions)."""

from django.utils import translation

from core.body_blocks import write_blocks
from core.serializers import absolute_file_links

from .body_blocks import BODY_BLOCKS
from .models import FlagshipUpdate

_labels: dict = {}


def label(choices, value) -> str:
    """`get_<field>_display()` without the model instance: the label of `value`
    in the active language (the value itself when it is not one of `choices`),
    the labels translated once per language."""
    language = translation.get_language()
    labels = _labels.get((choices, language))
    if labels is None:
        labels = _labels[(choices, language)] = {value: str(label) for value, label in choices.choices}
    return labels.get(value, value)


def update_out(update) -> dict:
    return {
        "date": update.date,
        "kind": update.kind,
        "kind_label": label(FlagshipUpdate.Kind, update.kind),
        "title": update.title,
        "text": update.text,
    }


def figure_out(figure) -> dict:
    return {
        "kind": figure.kind,
        "kind_label": str(figure.get_kind_display()),
        "amount": figure.amount,
        "currency": figure.currency,
        "valid_on": figure.valid_on,
    }


def detail_additions(page, rendered, context: dict, publications: list, links, requested, codes, request) -> dict:
    """The detail's fields beyond the summary, in the active (requested) language:
    `rendered` is the page's rendered text, `context` what
    `selectors.flagship_detail_context` reads (partners, updates, figures),
    `publications` the cited publications, `links` a primed link resolver."""
    return {
        "body": absolute_file_links(rendered["body"], request),
        "body_blocks": write_blocks(page, "body", BODY_BLOCKS, request),
        "partners": [{"name": partner.name, "url": partner.url} for partner in context["partners"]],
        "updates": [update_out(update) for update in context["updates"]],
        "financial_information": [figure_out(figure) for figure in context["financial_figures"]],
        "related_publications": [
            {
                "id": publication.pk,
                "title": publication.title,
                "url": links.url(publication),
                "locale": codes[publication.locale_id],
                "translated": publication.locale_id == requested.pk,
            }
            for publication in publications
        ],
        "abbreviations": rendered.abbreviations,
    }
