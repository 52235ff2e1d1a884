"""Remove repeated inline rows from a data migration, before a unique constraint
that would refuse them is added.

Wagtail's autosave racing a Publish could post new inline rows twice
(wagtail#14568, wagtail#14359, modelcluster#211); each app that then constrains its
rows to be unique per page removes the copies first with `remove_duplicate_rows`.
It reads the historical models the migration is given, never the app's models,
so it runs on any database at any point of the migration history.
"""


def remove_duplicate_rows(app_label: str, rows: list[tuple[str, str]]):
    """A RunPython function keeping the first row (by sort order, then id) of each
    repeated key per page.

    Args:
        app_label: the app whose rows are cleaned.
        rows: (model name, key column) pairs, e.g. ("flagshipcontact", "contact_id").
    """

    def remove(apps, schema_editor) -> None:
        for model_name, key in rows:
            model = apps.get_model(app_label, model_name)
            seen = set()
            extra = []
            ordered = model.objects.order_by("page_id", "sort_order", "pk").values_list("pk", "page_id", key)
            for pk, page_id, value in ordered:
                if (page_id, value) in seen:
                    extra.append(pk)
                seen.add((page_id, value))
            model.objects.filter(pk__in=extra).delete()

    remove.__name__ = f"remove_duplicate_{app_label}_rows"
    return remove
