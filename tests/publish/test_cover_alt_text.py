"""A cover image goes live with alternative text, or marked decorative, on every
path to live (the check is registered once, on core.models.cover_image)."""

import pytest

from core.models.cover_image import CoverImageMixin
from core.publish_checks import checks_for
from tests.factories.images import ImageFactory

from .support import KINDS, Kind, visible_anywhere
from .test_paths_matrix import Case, bulk_publish, edit_form, revision_publish

pytestmark = pytest.mark.django_db

MESSAGE = "Alternative text: say what the cover image shows"


def _without_alt(obj):
    obj.cover_image = ImageFactory(description="")
    obj.cover_image_alt = ""
    obj.cover_image_decorative = False


def _cover_kinds():
    for kind in KINDS:
        model_label = kind.model_path.split("/")[1]
        if model_label in ("publicationpage", "flagshippage", "donationprojectpage"):
            yield Kind(f"{kind.name} cover", kind.model_path, kind.parent, kind.valid, _without_alt)


COVER_KINDS = list(_cover_kinds())


@pytest.fixture
def run_case(home, locales, admin_client, admin_user, django_capture_on_commit_callbacks):
    def run(kind, valid):
        return Case(kind, valid, home, admin_client, admin_user, locales, django_capture_on_commit_callbacks)

    return run


@pytest.mark.parametrize("path", [edit_form, bulk_publish, revision_publish], ids=lambda path: path.__name__)
@pytest.mark.parametrize("kind", COVER_KINDS, ids=str)
def test_a_cover_without_alt_text_does_not_go_live(run_case, client, kind, path):
    case = run_case(kind, valid=False)
    assert MESSAGE in case.expected
    target, said = path(case)
    target = case.reload(target)
    assert not target.live
    assert visible_anywhere(client, target) == []
    assert MESSAGE in said, said[:3000]


@pytest.mark.parametrize(
    "fix",
    [
        {"cover_image_alt": "Two engineers reading a drainage map"},
        {"cover_image_decorative": True},
    ],
    ids=["the page's alt text", "decorative"],
)
def test_alt_text_on_the_page_or_decorative_lets_it_go_live(run_case, fix):
    case = run_case(COVER_KINDS[0], valid=False)
    obj = case.page.get_latest_revision_as_object()
    for name, value in fix.items():
        setattr(obj, name, value)
    obj.save_revision().publish()
    assert case.reload().live


def test_the_images_description_is_alt_text_enough(run_case):
    case = run_case(COVER_KINDS[1], valid=False)
    obj = case.page.get_latest_revision_as_object()
    obj.cover_image.description = "A flooded street in Beira"
    obj.cover_image.save()
    obj.save_revision().publish()
    assert case.reload().live


@pytest.mark.parametrize("model", CoverImageMixin.__subclasses__(), ids=lambda model: model.__name__)
def test_every_page_type_with_a_cover_runs_the_check(model):
    assert any(check.__name__ == "cover_image_has_alt_text" for check in checks_for(model))
