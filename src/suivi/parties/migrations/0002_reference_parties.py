from django.db import migrations


def load_reference(apps, schema_editor):
    from suivi.parties import reference

    reference.load(apps.get_model("parties", "Party"), apps.get_model("core", "Sector"))


class Migration(migrations.Migration):
    dependencies = [("parties", "0001_initial"), ("core", "0001_initial")]

    operations = [migrations.RunPython(load_reference, migrations.RunPython.noop)]
