"""The demo's cover images are drawn when the demo loads: one per page, shared by
its translations, with alternative text and a credit in each page's language."""

import pytest
from django.core.management import call_command

from core import demo_images
from flagships.models import FlagshipPage
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

pytestmark = pytest.mark.django_db


def test_a_drawn_cover_is_a_large_jpeg_with_alt_text():
    image = demo_images.draw_cover("Water for all", "seed-1", "basic-services")
    assert (image.width, image.height) == (demo_images.WIDTH, demo_images.HEIGHT)
    assert image.file.name.endswith(".jpg") and image.description.startswith("Abstract illustration")


def test_the_same_page_draws_the_same_picture():
    first = demo_images.draw_cover("A", "same-seed", "housing")
    second = demo_images.draw_cover("A", "same-seed", "housing")
    first.file.open()
    second.file.open()
    assert first.file.read() == second.file.read()


def test_every_copy_of_a_page_gets_the_cover_in_its_language_once(home, locales, translate):
    flagship = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), title="Resilient cities", contacts=1)
    french, _ = translate(flagship, locales["fr"], {"Resilient cities": "Villes résilientes"})
    # As the demo does: the locales' translator and reviewer groups on each home page,
    # whose reviewer confirms the half-done French copy's untranslated parts.
    call_command("sync_translation_groups", verbosity=0)
    messages = []
    demo_images.load(messages.append)
    english, french = FlagshipPage.objects.get(pk=flagship.pk), FlagshipPage.objects.get(pk=french.pk)
    assert english.cover_image_id and english.cover_image_id == french.cover_image_id
    assert english.live and french.live and not french.has_unpublished_changes
    assert english.cover_image_alt.startswith("Abstract illustration")
    assert french.cover_image_alt.startswith("Illustration abstraite")
    assert french.cover_image_credit.startswith("Illustration générée")

    demo_images.load(messages.append)  # a second run changes nothing
    assert messages[-1] == "cover images: 0 drawn, 0 pages given one"
    assert FlagshipPage.objects.get(pk=flagship.pk).cover_image_id == english.cover_image_id
