import factory

from glossary.models import Abbreviation
from tests.factories.home import DefaultLocale


class AbbreviationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Abbreviation

    abbreviation = factory.Sequence(lambda n: f"ABR{n}")
    expansion = factory.Sequence(lambda n: f"Abbreviated term number {n}")
    description = ""
    variants = ""
    locale = DefaultLocale()
    live = True
