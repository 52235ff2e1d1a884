import factory
import wagtail_factories


class ImageFactory(wagtail_factories.ImageFactory):
    """An image with alternative text (its description), as a cover needs to be published."""

    description = factory.Sequence(lambda n: f"A street in a growing city, photograph {n}")
