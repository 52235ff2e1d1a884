import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import Contact, HomePage, ThematicArea


class DefaultLocale(factory.LazyFunction):
    def __init__(self):
        super().__init__(Locale.get_default)


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThematicArea

    name = factory.Sequence(lambda n: f"Thematic area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    description = "What this area is about, in plain words."
    locale = DefaultLocale()
    live = True


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    name = factory.Sequence(lambda n: f"Focal Point {n}")
    role = "Programme officer"
    organisation_unit = "Communications"
    email = factory.Sequence(lambda n: f"focal{n}@example.org")
    phone = "+254 20 000 0000"
    internal_notes = "Prefers calls in the morning."
    locale = DefaultLocale()
    live = True


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Better cities"
    hero_text = "Plain words about what we do."
    introduction = "<p>Read our work.</p>"
