"""Optional statistical NER: a spaCy pipeline the user installed (``kg build --model NAME``).

The default loader needs no model. With one, names the rules leave untyped are typed by the
model's ORG and PERSON entities, and names the rules missed are added. Nothing is downloaded:
NAME is an installed package or a folder, exactly as ``spacy.load`` takes it.
"""

from __future__ import annotations

import functools
from typing import Any

from kg.errors import InputError
from kg.nlp.mentions import Mention
from kg.nlp.segment import Sentence

_KINDS = {"ORG": ("ORG", "Company"), "PERSON": ("PERSON", "Person"), "PER": ("PERSON", "Person")}


@functools.lru_cache(maxsize=2)
def load_model(name: str) -> Any:
    """Load an installed spaCy pipeline (package name or path); a clear error when there is none."""
    try:
        import spacy
    except ImportError:
        raise InputError("--model needs spaCy: pip install 'accord-kg[nlp]'") from None
    try:
        nlp = spacy.load(name)
    except OSError:
        raise InputError(f"spaCy model {name!r} is not installed (install it with pip, or give a folder)") from None
    if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
        raise InputError(f"spaCy model {name!r} has no named-entity recogniser")
    return nlp


def add_model_mentions(nlp: Any, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Type untyped names with the model's entities; add ORG/PERSON names no rule found."""
    doc = nlp(sentence.text)
    out = list(mentions)
    for ent in doc.ents:
        if ent.label_ not in _KINDS:
            continue
        kind, cls = _KINDS[ent.label_]
        start, end = sentence.start + ent.start_char, sentence.start + ent.end_char
        overlapping = [m for m in out if m.start < end and start < m.end]
        if not overlapping:
            out.append(Mention(start, end, ent.text, kind, sentence.index, cls=cls))
        for m in overlapping:
            if m.kind == "NAME" and m.start == start and m.end == end:
                m.kind, m.cls = kind, cls
    return sorted(out, key=lambda m: m.start)
