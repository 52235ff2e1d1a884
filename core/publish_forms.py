"""The page form's side of the publish checks: their messages on the fields.

The rules are the checks registered with `core.publish_checks` (run on every
path to live by `core.publish_paths`); a page form only shows their refusal on
the fields the editor is looking at, before Wagtail saves the revision.
"""

import re

from django.core.exceptions import NON_FIELD_ERRORS

from .publish_checks import publish_errors

# The edit view's POST names of the actions that make content live or ask for it
# to be (Wagtail validates the form fully for these; "Save draft" and autosave
# defer required fields and are never checked).
CHECKED_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class PublishChecksFormMixin:
    """Run the page type's registered publish checks on what the editor is about
    to publish, inline rows included, and show each refusal on its field.

    Drafts and autosaves (deferred validation) are not checked, so a draft with a
    title saves; nor are "Request changes" and "Cancel workflow", which must work
    whatever the content.
    """

    def publish_is_requested(self) -> bool:
        if getattr(self, "is_deferred_validation", False) or not self.is_bound:
            return False
        data = self.data
        if any(data.get(name) for name in CHECKED_ACTIONS):
            return True
        if data.get("action-workflow-action"):
            return data.get("workflow-action-name") == "approve"
        # A bound form with no action named (tests, the admin API) publishes or submits.
        return not data.get("action-cancel-workflow")

    def _post_clean(self):
        super()._post_clean()
        if self.errors or not self.publish_is_requested():
            return
        formsets = getattr(self, "formsets", {})
        if not all(formset.is_valid() for formset in formsets.values()):
            return  # the rows' own errors come first
        for formset in formsets.values():
            formset.instance = self.instance
            formset.save(commit=False)  # in memory only: the relation the checks read
        error = publish_errors(self.instance)
        if error is None:
            return
        for field, messages in error.error_dict.items():
            target = field if field in self.fields and field != NON_FIELD_ERRORS else None
            for message in messages:
                if target is not None:
                    message = without_label(message, self.fields[target].label or target)
                self.add_error(target, message)


def without_label(message, label) -> str:
    """The check's message without its leading "Label: " when it sits on that field.

    Check messages name their field ("Abstract: it has 3 words…"), which bulk
    publishing and the other paths need; on the field itself Wagtail's error
    summary prefixes the label again ("Abstract: Abstract: …"), so it goes."""
    text = " ".join(str(part) for part in getattr(message, "messages", [message]))
    # The label as each language writes it before a colon: "Abstract: ", "Résumé : " (French
    # spacing, often a no-break space), "摘要：" (a full-width colon).
    prefix = re.match(rf"\s*{re.escape(str(label))}\s*[:：]\s*", text, flags=re.IGNORECASE)
    if prefix:
        return text[prefix.end() :]  # read after the field's label: "Abstract" … "it has 3 words"
    return text


class UniqueRowsFormMixin:
    """Map an incoming inline row without an id onto the saved row it repeats.

    Wagtail's autosave saves new inline rows of a draft and sends their ids back
    to the browser; a Publish (or a second autosave) sent before the browser has
    applied them posts the same rows again without ids, and they were inserted
    twice (wagtail#14568, wagtail#14359, modelcluster#211): an allocation counted
    twice, a report or an update listed twice. Every inline relation of the page
    is protected. A relation declared in `unique_rows` as {relation: key field},
    e.g. {"documents": "document"}, maps a row onto the saved row with the same
    key (its other fields may have been edited since); any other relation maps a
    row onto a saved row the browser has not claimed whose content is the same.
    The rewritten POST moves the mapped rows among the formset's initial forms,
    so Django updates them instead of inserting copies. A repeated key within the
    same POST is left to the publish check that refuses duplicates.
    """

    unique_rows: dict[str, str] = {}

    def __init__(self, data=None, *args, **kwargs):
        instance = kwargs.get("instance")
        if hasattr(data, "getlist") and instance is not None and instance.pk:
            data = data.copy()
            for relation, formset_class in type(self).formsets.items():
                if not hasattr(instance, relation):
                    continue  # Wagtail's comments formset: not one of the page's own rows
                key = self.unique_rows.get(relation)
                matches = _same_key(key) if key else _same_content(formset_class.form, kwargs.get("for_user"))
                _map_rows_onto_saved(data, instance, relation, matches)
        super().__init__(data, *args, **kwargs)


def _same_key(key: str):
    def matches(saved_row, data, prefix: str, index: int) -> bool:
        value = data.get(f"{prefix}-{index}-{key}", "")
        return value.isdigit() and getattr(saved_row, f"{key}_id") == int(value)

    return matches


def _same_content(form_class, user):
    def matches(saved_row, data, prefix: str, index: int) -> bool:
        # The row's own form decides, with the field types' own comparison
        # (dates, decimals and rich text as the browser sends them).
        form = form_class(data=data, prefix=f"{prefix}-{index}", instance=saved_row, for_user=user)
        return not form.has_changed()

    return matches


def _row_keys(data, prefix: str, index: int) -> dict:
    start = f"{prefix}-{index}-"
    return {name[len(start) :]: data.getlist(name) for name in list(data.keys()) if name.startswith(start)}


def _has_id(row: dict) -> bool:
    return bool(row.get("id") and row["id"][0])


def _map_rows_onto_saved(data, instance, relation: str, matches) -> None:
    prefix = relation
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS", ""))
    except ValueError:
        return  # the formset reports its own broken management form
    if total <= 0 or total > 1000:
        return
    rows = [_row_keys(data, prefix, index) for index in range(total)]
    claimed = {row["id"][0] for row in rows if _has_id(row)}
    # The rows the form was built with (a revision's rows, in memory) that the
    # browser does not know: the ones an autosave it has not heard back from saved.
    unclaimed = [row for row in getattr(instance, relation).all() if row.pk is not None and str(row.pk) not in claimed]
    if not unclaimed:
        return
    changed = False
    for index, row in enumerate(rows):
        if _has_id(row) or (row.get("DELETE") or [""])[0]:
            continue
        for saved_row in unclaimed:
            if matches(saved_row, data, prefix, index):
                row["id"] = [str(saved_row.pk)]
                unclaimed.remove(saved_row)
                changed = True
                break
    if not changed:
        return
    # Rows with an id first: Django looks up only the first INITIAL_FORMS rows by id.
    ordered = [row for row in rows if _has_id(row)] + [row for row in rows if not _has_id(row)]
    for index in range(total):
        for name in [name for name in data if name.startswith(f"{prefix}-{index}-")]:
            del data[name]
    for index, row in enumerate(ordered):
        for name, values in row.items():
            data.setlist(f"{prefix}-{index}-{name}", values)
    data[f"{prefix}-INITIAL_FORMS"] = str(sum(1 for row in ordered if _has_id(row)))
