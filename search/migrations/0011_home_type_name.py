"""The home page's search documents are of type `home`, the public type name the
rest of the API uses (they were `page`, outside the OpenAPI enum)."""

from django.db import migrations


def rename(apps, schema_editor, old, new):
    apps.get_model("site_search", "SearchDocument").objects.filter(content_type=old).update(content_type=new)


class Migration(migrations.Migration):
    dependencies = [("site_search", "0010_arabic_light_prefixes")]

    operations = [
        migrations.RunPython(
            lambda apps, editor: rename(apps, editor, "page", "home"),
            lambda apps, editor: rename(apps, editor, "home", "page"),
        )
    ]
