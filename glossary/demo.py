"""Demo content of the glossary: common abbreviations in English, translated
through wagtail-localize into the other five languages."""

from core.demo_support import locales, publish, translate

from .demo_data import ENTRIES
from .models import Abbreviation


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    created = 0
    for entry in ENTRIES:
        abbreviation, expansion, variants = entry["en"]
        source = Abbreviation.objects.filter(abbreviation=abbreviation, locale=english).first()
        if source is None:
            source = publish(
                Abbreviation.objects.create(
                    abbreviation=abbreviation, expansion=expansion, variants=variants, locale=english, live=False
                )
            )
            created += 1
        for code, locale in all_locales.items():
            if code == "en" or code not in entry:
                continue
            strings = {
                source_text: target
                for source_text, target in zip(entry["en"], entry[code], strict=True)
                if source_text and target
            }
            created += translate(source, locale, strings)[1]
    log(f"glossary: {len(ENTRIES)} abbreviations in {len(all_locales)} languages ({created} created)")
