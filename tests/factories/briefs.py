import wagtail_factories

from briefs.models import BriefIndexPage, Subscriber
from tests.factories.home import DefaultLocale


class BriefIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BriefIndexPage

    title = "Updates for Member States"
    slug = "updates"
    introduction = "The monthly brief and the Urban Impact newsletter."
    locale = DefaultLocale()


def subscriber(email, language="en", brief=True, newsletter=False, status=Subscriber.Status.CONFIRMED):
    return Subscriber.objects.create(
        email=email, language=language, wants_brief=brief, wants_newsletter=newsletter, status=status
    )
