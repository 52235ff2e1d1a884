"""Demo impact stories: an index in every language and twelve stories across the
regions and thematic areas, each translated into the five other languages
through wagtail-localize, with a generated lead image (no photograph ships with
the demo)."""

import io
import json
from datetime import datetime, time, timedelta

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from core.demo_support import child_page, locales, section_index, slug_rows, translate_everywhere
from flagships.models import FlagshipPage
from home.models import Contact, ThematicArea

from .demo_data import CREDITS, INDEX, STORIES, TRANSLATION_GAPS
from .models import StoryIndexPage, StoryPage, StoryThematicArea


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    index, created = section_index(StoryIndexPage, "stories", INDEX)
    log(f"story index: {len(all_locales)} languages ({created} translations created)")

    created = translated = 0
    for entry in STORIES:
        story, new = child_page(index, StoryPage, entry["slug"], lambda entry=entry: _story(entry, english))
        if new:
            _date_first_publication(story, entry)
        created += new
        translations = {code: (*entry[code], CREDITS[code]) for code in all_locales if code != "en" and code in entry}
        english_texts = (*entry["en"], CREDITS["en"])
        translated += translate_everywhere(story, english_texts, translations, TRANSLATION_GAPS.get(entry["slug"]))
    log(f"stories: {len(STORIES)} ({created} created, {translated} translations)")


def lead_image(entry):
    """A plain illustration in the story's colour, made on the fly."""
    picture = PillowImage.new("RGB", (1200, 750), entry["colour"])
    draw = ImageDraw.Draw(picture)
    red, green, blue = entry["colour"]
    for band in range(6):
        shade = (min(red + band * 18, 255), min(green + band * 18, 255), min(blue + band * 18, 255))
        draw.rectangle([0, 750 - (band + 1) * 90, 1200, 750 - band * 90], fill=shade)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = get_image_model()(title=entry["en"][0], description=entry["en"][3])
    image.file = ImageFile(buffer, name=f"{entry['slug']}.png")
    image.save()
    return image


def _story(entry, english) -> StoryPage:
    day = timezone.localdate() - timedelta(days=entry["days_ago"])
    title, standfirst, body, alt = entry["en"]
    story = StoryPage(
        title=title,
        slug=entry["slug"],
        standfirst=standfirst,
        date=day,
        lead_image=lead_image(entry),
        lead_image_alt=alt,
        lead_image_credit=CREDITS["en"],
        body=json.dumps([{"type": "text", "value": f"<p>{body}</p>"}]),
        region=entry["region"],
        country=entry["country"],
        related_flagship=FlagshipPage.objects.filter(slug=entry["flagship"], locale=english).first(),
        contact=Contact.objects.filter(email=entry["contact"], locale=english).first(),
        locale=english,
    )
    story.thematic_areas = slug_rows(
        StoryThematicArea, "thematic_area", ThematicArea.objects.filter(locale=english), entry["areas"]
    )
    return story


def _date_first_publication(story, entry) -> None:
    day = timezone.localdate() - timedelta(days=entry["days_ago"])
    # The demo tells a story of the past months: date its first publication on its day,
    # so the demo's monthly briefs and newsletter find it where a real one would.
    published = timezone.make_aware(datetime.combine(day, time(9)))
    StoryPage.objects.filter(pk=story.pk).update(first_published_at=published, last_published_at=published)
