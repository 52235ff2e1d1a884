"""The registry of publish checks merges every refusal by field, base classes first."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from core import publish_checks


class Base:
    title = ""


class Child(Base):
    abstract = ""


def needs_title(obj):
    if not obj.title:
        raise ValidationError({"title": "Write a title."})


def needs_abstract(obj):
    if not obj.abstract:
        raise ValidationError({"abstract": "Write an abstract."})


def refuses_always(obj):
    raise ValidationError("Not today.")


def test_checks_of_a_class_and_its_bases_are_merged_by_field(monkeypatch):
    monkeypatch.setattr(publish_checks, "_checks", {})
    publish_checks.register_publish_check(Base, needs_title)
    publish_checks.register_publish_check(Child, needs_abstract)
    publish_checks.register_publish_check(Child, refuses_always)
    publish_checks.register_publish_check(Child, needs_abstract)  # idempotent

    error = publish_checks.publish_errors(Child())
    assert {field: [m for e in errors for m in e.messages] for field, errors in error.error_dict.items()} == {
        "title": ["Write a title."],
        "abstract": ["Write an abstract."],
        NON_FIELD_ERRORS: ["Not today."],
    }
    assert publish_checks.publish_errors(Base()).message_dict == {"title": ["Write a title."]}


def test_an_object_that_passes_every_check_is_publishable(monkeypatch):
    monkeypatch.setattr(publish_checks, "_checks", {})
    publish_checks.register_publish_check(Base, needs_title)
    obj = Base()
    obj.title = "Cities and climate"
    assert publish_checks.publish_errors(obj) is None
    publish_checks.check_publishable(obj)
