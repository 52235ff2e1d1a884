"""The shared snippets (thematic areas, focal points) as API dictionaries, for every app."""


def thematic_area_out(area, codes: dict, translated: bool | None = None) -> dict:
    return {
        "id": area.pk,
        "slug": area.slug,
        "name": area.name,
        "description": area.description,
        "locale": codes[area.locale_id],
        "translated": getattr(area, "translated", True) if translated is None else translated,
    }


def contact_out(contact, codes: dict, requested=None) -> dict:
    """A focal point; `translated` says whether it is in the `requested` locale
    (one meaning of `translated` everywhere: tests/headless/test_translated.py)."""
    translated = contact.locale_id == requested.pk if requested is not None else getattr(contact, "translated", True)
    return {
        "id": contact.pk,
        "name": contact.name,
        "role": contact.role,
        "organisation_unit": contact.organisation_unit,
        "email": contact.email,
        "phone": contact.phone,
        "locale": codes[contact.locale_id],
        "translated": translated,
    }
