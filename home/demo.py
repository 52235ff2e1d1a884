"""Demo content of the home app: locales, thematic areas, contacts, home pages."""

from io import StringIO

from django.core.management import call_command
from wagtail.models import Page, Site

from core.demo_support import locales, publish, translate, translate_everywhere

from .demo_data import CONTACT_TRANSLATIONS, CONTACTS, HOME, THEMATIC_AREAS
from .models import Contact, HomePage, HomePageThematicArea, OrganisationSettings, ThematicArea


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    log(f"locales: {', '.join(all_locales)}")

    created = 0
    areas = []
    for order, entry in enumerate(THEMATIC_AREAS):
        name, description = entry["en"]
        area = ThematicArea.objects.filter(slug=entry["slug"], locale=english).first()
        if area is None:
            area = publish(
                ThematicArea.objects.create(
                    slug=entry["slug"], name=name, description=description, sort_order=order, locale=english
                )
            )
            created += 1
        areas.append(area)
        for code, locale in all_locales.items():
            if code == "en":
                continue
            strings = dict(zip(entry["en"], entry[code], strict=True))
            created += translate(area, locale, strings)[1]
    log(f"thematic areas: {len(areas)} in {len(all_locales)} languages ({created} created)")

    created = 0
    for entry in CONTACTS:
        contact = Contact.objects.filter(email=entry["email"], locale=english).first()
        if contact is None:
            contact = publish(
                Contact.objects.create(
                    name=entry["name"],
                    role=entry["roles"]["en"],
                    organisation_unit=entry["unit"],
                    email=entry["email"],
                    phone=entry["phone"],
                    locale=english,
                )
            )
            created += 1
        translations = {
            code: (name, entry["roles"][code], unit)
            for code, (name, unit) in CONTACT_TRANSLATIONS[entry["key"]].items()
        }
        created += translate_everywhere(contact, (entry["name"], entry["roles"]["en"], entry["unit"]), translations)
    log(f"contacts: {len(CONTACTS)} ({created} created)")

    home = _english_home(english, areas)
    created = 0
    for code, locale in all_locales.items():
        if code == "en":
            continue
        strings = dict(zip(HOME["en"], HOME[code], strict=True))
        created += translate(home, locale, strings)[1]
    log(f"home pages: {len(all_locales)} ({created} translations created)")

    call_command("sync_translation_groups", stdout=StringIO())
    log("translator and reviewer groups: one each per language")

    site = Site.objects.get(is_default_site=True)
    org, _ = OrganisationSettings.objects.get_or_create(site=site)
    if not org.linkedin_url:
        org.linkedin_url = "https://www.linkedin.com/company/example"
        org.save()


def _english_home(english, areas) -> HomePage:
    """The English home page, made the site's root in place of Wagtail's welcome page."""
    site = Site.objects.get(is_default_site=True)
    if isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    title, hero, intro = HOME["en"]
    welcome = site.root_page
    if welcome.slug == "home":
        # Free the slug; the welcome page is removed once the site points elsewhere.
        Page.objects.filter(pk=welcome.pk).update(slug="wagtail-welcome")
    root = Page.get_first_root_node()
    home = HomePage(title=title, slug="home", hero_text=hero, introduction=f"<p>{intro}</p>", locale=english)
    root.add_child(instance=home)
    home.featured_thematic_areas = [HomePageThematicArea(thematic_area=area) for area in areas]
    home.save()
    publish(home)
    site.root_page = home
    site.save()
    welcome.refresh_from_db()
    if welcome.specific_class is Page and not welcome.get_children().exists():
        welcome.delete()
    return home
