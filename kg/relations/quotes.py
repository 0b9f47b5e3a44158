"""Who said what: quotations attributed in the text ("'...,' said Maud Ellingsen", "'...,' she said")."""

from __future__ import annotations

import re

from kg.nlp.document import Doc
from kg.nlp.mentions import Mention
from kg.relations.base import Fact

_QUOTE = re.compile(r"[“\"]([^”\"]{12,}?)[,.!?]?[”\"]")
_SPEECH = r"(?:said|says|added|adds|wrote|writes|told|argued|explained|noted|warned|stated)"
_AFTER = re.compile(rf"^\s*,?\s*(?:{_SPEECH}\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}})"
                    rf"|(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|he|she)\s+{_SPEECH})")


def extract(doc: Doc) -> list[Fact]:
    """Quotation records: subject = the speaker, value = the quoted text."""
    out: list[Fact] = []
    last_person: Mention | None = None
    for s in doc.sentences:
        if s.chrome or s.index in doc.other_stories:  # a roundup's other stories
            continue
        people = doc.in_sentence(s.index, "PERSON")
        for match in _QUOTE.finditer(s.text):
            tail = _AFTER.match(s.text[match.end():])
            speaker: Mention | None = None
            if tail:
                name = tail.group("name") or tail.group("who")
                if name and name.lower() in ("he", "she"):
                    speaker = last_person
                else:
                    speaker = next((p for p in people if p.text.startswith(name or "\0") or
                                    (name or "\0") in p.text), None)
            elif last_person is not None and re.match(r"^\s*$", s.text[match.end():]) and s.text.startswith(("“", '"')):
                speaker = None
            if speaker is not None:
                out.append(Fact("quotation", speaker.key, None, s, "quote.attributed", 0.8, speaker.text,
                                anaphoric=speaker.sentence != s.index, value={"text": match.group(1).strip()}))
        if people:
            last_person = people[-1]
    return out
