"""`import kg` stays light: heavy libraries load only when used."""

from __future__ import annotations

import subprocess
import sys


def test_import_kg_is_light() -> None:
    code = ("import sys, kg; heavy = [m for m in ('spacy', 'pyvis', 'pyshacl', 'owlrl', 'pyoxigraph', "
            "'trafilatura', 'networkx', 'rdflib') if m in sys.modules]; print(','.join(heavy))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
