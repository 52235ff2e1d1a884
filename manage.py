#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # `config` is the folder site/ (see pyproject.toml: the stdlib owns the name `site`).
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
