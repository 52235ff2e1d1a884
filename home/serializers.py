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


def contact_out(contact, codes: dict) -> dict:
    return {
        "id": contact.pk,
        "name": contact.name,
        "role": contact.role,
        "organisation_unit": contact.organisation_unit,
        "email": contact.email,
        "phone": contact.phone,
        "locale": codes[contact.locale_id],
        "translated": getattr(contact, "translated", True),
    }
