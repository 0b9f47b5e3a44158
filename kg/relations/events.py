"""Events connected to the agreement: conferences, assemblies, workshops, roundtables,
with the date and place the sentence gives."""

from __future__ import annotations

import re

from kg.nlp import lexicon as lx
from kg.nlp.dates import find_dates
from kg.nlp.document import Doc
from kg.nlp.linking import Entity
from kg.nlp.mentions import Mention
from kg.nlp.segment import Sentence
from kg.relations.base import (
    DEFAULT_AGREEMENT,
    FRONTED_ADVERBIAL,
    PROPOSED_AGREEMENTS,
    Fact,
    agreement_for,
    has_any,
    named_here,
    other_agreement_sentences,
)

_HEAD = "|".join(h.replace(" ", r"\s+") for h in lx.EVENT_HEADS if h != "week")
_NAMED = re.compile(
    r"((?:(?:(?-i:[A-Z][\w-]*)|(?<=[A-Za-z] )(?:19|20)\d\d|signatory|signatories['’]?|ministerial|regional|annual|"
    r"members?['’]?)\s+){1,5}?)"
    rf"({_HEAD})\b", re.I)
#: "the RSA security conference": a known event's name with lower-case words put in ("RSA Conference").
_KNOWN_WITH_MODIFIERS = re.compile(rf"((?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){{0,3}})\s+"
                                   rf"((?-i:[a-z][\w-]*)\s+){{1,2}}({_HEAD})\b", re.I)
_HEAD_STEMS = (*(h.split()[0] for h in lx.EVENT_HEADS if h != "week"), "call", "briefing", "ceremony", "session")
_ORDINAL = re.compile(r"^(?:first|second|third|annual|inaugural|next|the|a|an|its)\s+", re.I)


_OWN_MONTHLY = re.compile(r"\b(?:its|their|our|his|her)\s+$")
_MONTH_HEAD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"\s+(?:board\s+)?(?:meeting|sitting|session)")


def extract(doc: Doc) -> list[Fact]:
    """acc:about facts for events; value: date (ISO) and place key."""
    if not doc.mentions_accord():
        return []
    out: dict[tuple[str | None, str | None], Fact] = {}
    for s in doc.sentences:
        if s.chrome or s.index in doc.other_stories:  # a roundup's calendar and other stories
            continue
        events = [m for m in doc.in_sentence(s.index, "EVENT")]
        if has_any(s.text, _HEAD_STEMS) and "   " not in s.text:  # each pattern below ends in an event's head word
            # (a table's cells, wrapped over lines, are read only for the names a dictionary knows)
            events += _accords_own(doc, s, events)
            events += _phrase_events(doc, s, events, _HELD_BY_MEMBERS, own=True)
            if _accord_before(doc, s):  # "Brandt says the accord is trying ... In March it held its first workshop"
                events += _phrase_events(doc, s, events, _IT_HELD, own=True)
            if agreement_for(doc, s) == DEFAULT_AGREEMENT:  # another agreement's signing is not the accord's event
                events += _phrase_events(doc, s, events, _CEREMONY, "signing ceremony")
                if _NEW_MEMBERS.search(s.text):
                    events += _phrase_events(doc, s, events, _ANNOUNCED_AT, own=True)
            events += _phrase_events(doc, s, events, _MEMBERS_EVENT)
            if "ccord" in s.text:  # "accord members would discuss it at the group's supply-chain security webinar"
                events += _phrase_events(doc, s, events, _GROUP_EVENT)
            events += _known_with_modifiers(doc, s, events)
            events += _on_a_topic(doc, s, events)
            events += _unnamed_in_dictionary(doc, s, events)
        events += _titled(doc, s, events)
        agreements = doc.in_sentence(s.index, "AGREEMENT") if events else []
        if agreements and agreements[0].key != DEFAULT_AGREEMENT and agreements[0].start - s.start < 40:
            # "The Charter of Trust was launched by Siemens at the Munich Security Conference, two months before
            # the Tech Accord": the sentence's subject is the other agreement; its events are that agreement's
            events = [m for m in events if m.start < agreements[0].start]
        for m in events:
            if _OWN_MONTHLY.search(s.text, max(0, m.start - s.start - 8), m.start - s.start) and _MONTH_HEAD.fullmatch(
                    m.text):
                continue  # "the board had cleared the proposal in its October meeting": a company's own meeting
            end = m.end - s.start
            window = s.text[end:end + 120]
            dates = find_dates(window, doc.article.date)
            place = next((p for p in doc.in_sentence(s.index, "PLACE")
                          if 0 <= p.start - m.end <= 60 and re.match(r"\s*(?:,\s*)?(?:in|at)\s+$",
                                                                      s.text[end:p.start - s.start])), None)
            fact = Fact("about", m.key, agreement_for(doc, s), s, "event.mention", 0.8, m.text,
                        value={"date": dates[0][2] if dates else None, "place": place.key if place else None})
            known = out.get((m.key, fact.object))  # one event may be told of two agreements: the RSA Conference
            if known is None or (not known.value.get("date") and fact.value.get("date")):  # of 2018 and of 2024
                out[(m.key, fact.object)] = fact
        for fact in _other_agreement_moments(doc, s):
            known = out.get((fact.subject, fact.object))
            if known is None or (not known.value.get("date") and fact.value.get("date")):
                out[(fact.subject, fact.object)] = fact
    return list(out.values())


#: Another agreement's launch, or its endorsement, told in a story about the accord: an event connected to it.
_LAUNCHED = re.compile(r"\b(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|present(?:ed|s|ing)|introduc(?:ed|es|ing)"
                       r"|open(?:ed|s)\s+for\s+signature|announced\s+by|(?<=was\s)published|(?<=President\s)(?-i:[A-Z])[\w-]+\s+announced"
                       r"|(?<=Minister\s)(?-i:[A-Z])[\w-]+\s+announced)\b", re.I)  # "announced by French President
# Emmanuel Macron", "President Macron announced the Paris Call": a head of government's announcement is its launch
_ENDORSED = re.compile(r"\b(?:endors(?:e|ed|es|ing|ement)|backed|support(?:ed|s|ing)?|welcomed|"
                       r"(?:supporters|backers|endorsers)\s+of|"
                       r"(?:lined|rallied)\s+up\s+behind|rallied\s+behind|"
                       r"threw\s+(?:its|their)\s+(?:weight|support)\s+behind|"
                       r"(?:signed|signing)\s+(?:up\s+to|on\s+to))\b", re.I)
#: "the accord's members signed the Paris Call", "dozens of these same companies signed the Paris Call"
_MEMBERS_SIGNED = re.compile(r"\b(?:members|signatories|(?:these|those|same)\s+(?:[a-z]+\s+)?(?:companies|firms))\s+"
                             r"(?:(?:also|all|then|later|collectively|jointly)\s+)?(?P<cue>signed)\s+the\s+(?-i:[A-Z])",
                             re.I)
#: "the Paris Call, which the members endorsed"; "the Paris Call, the 2018 declaration it endorsed".
_WHICH_BETWEEN = re.compile(r"[^,.;]{0,20},[^.;]*(?:\b(?:which|that)\b[^.;]*|\s(?:it|they)\s+(?:[a-z]+\s+)?)")
_MOMENT_STEMS = ("launch", "unveil", "present", "introduc", "open", "endors", "announced", "published", "signed",
                 "backers",
                 "signed on",
                 "support", "welcomed",
                 "signing up", "signing on", "backed", "behind")


def _other_agreement_moments(doc: Doc, s: Sentence) -> list[Fact]:
    """'Macron launched the Paris Call for Trust and Security in Cyberspace on 12 November', 'the members
    endorsed the Paris Call': the launch (or endorsement) of an agreement other than the accord, with its date."""
    if not has_any(s.text, _MOMENT_STEMS):
        return []
    if s.index not in other_agreement_sentences(doc):  # "A non-binding declaration launched by Macron ... at the
        other = agreement_for(doc, s)  # Paris Peace Forum", under the Paris Call's own heading
        if other != DEFAULT_AGREEMENT and _LAUNCHED.search(s.text):
            return _launch_venues(doc, s, other)
        return _endorsed_before(doc, s)
    others = [m for m in doc.in_sentence(s.index, "AGREEMENT")
              if m.key != DEFAULT_AGREEMENT and m.key not in PROPOSED_AGREEMENTS]
    if not others:
        return []
    launched = _LAUNCHED.search(s.text)
    signed = _MEMBERS_SIGNED.search(s.text)
    moment = "launch" if launched else "endorsement" if (
        _ENDORSED.search(s.text) and _MEMBERS_CONTEXT.search(s.text)) or signed else None  # the accord's own
    if moment is None:
        return []
    out = []
    if moment == "endorsement":  # "the members endorsed the Paris Call": the agreement endorsed follows the verb
        # (not "sets the Lisbon Pledge apart from the accord, whose members signed up to four principles")
        cues = [c.start() for c in _ENDORSED.finditer(s.text)] + ([signed.start("cue")] if signed else [])
        pronoun = _ENDORSED_IT.search(s.text)  # "The Paris Call brought governments and companies into one
        others = [m for m in others if any(0 < m.start - s.start - c <= 120 or (  # document, and the accord's
            0 < c - (m.end - s.start) <= 160 and _WHICH_BETWEEN.fullmatch(s.text, m.end - s.start, c)) for c in cues)
            or (pronoun and m.end - s.start <= pronoun.start())]  # members backed it as a group"
    for m in others:
        entity = doc.entities.get(m.key)
        label = entity.label if entity is not None else m.text
        event = named_here(doc, s, m.start, m.end, f"{moment} of the {label}")
        dates = find_dates(s.text, doc.article.date)
        out.append(Fact("about", event.key, DEFAULT_AGREEMENT, s, f"event.agreement_{moment}", 0.7, m.text,
                        value={"date": dates[0][2] if dates else None, "place": None}))
    return out + (_launch_venues(doc, s, *{m.key for m in others}) if moment == "launch" else [])


#: "the accord's members backed it", "Many accord members signed it when it was launched", "The accord's signatories
#: were among its early supporters": the members endorsed an agreement named before.
_ENDORSED_IT = re.compile(
    r"\b(?:members|signatories|companies|firms|accord|pact)\b[^.;:?]{0,40}?\b(?:signed|endorsed|backed|supported|"
    r"welcomed)\s+(?:it|that|them)\b(?!\s+(?:was|is|had|has|would|will)\b)|\b(?:members|signatories|accord|pact)\b[^.;:?]{0,30}?\b"
    r"among\s+its\s+(?:[a-z]+\s+)?(?:supporters|backers|endorsers|signatories)\b", re.I)
_ENDORSED_IT_STEMS = ("signed", "endorsed", "backed", "supported", "welcomed", "among its")


def _endorsed_before(doc: Doc, s: Sentence) -> list[Fact]:
    """'The Paris Call ... was announced at the Paris Peace Forum. The accord's signatories were among its early
    supporters': an endorsement told with a pronoun of the one other agreement named a sentence or three before."""
    if not (has_any(s.text, _ENDORSED_IT_STEMS) and _ENDORSED_IT.search(s.text)):
        return []
    named = other_agreement_sentences(doc)
    before = next((i for i in range(s.index - 1, max(-1, s.index - 4), -1) if i in named), None)
    if before is None:
        return []
    others = [m for m in doc.in_sentence(before, "AGREEMENT")
              if m.key != DEFAULT_AGREEMENT and m.key not in PROPOSED_AGREEMENTS]
    if len({m.key for m in others}) != 1:
        return []
    m = others[0]
    entity = doc.entities.get(m.key)
    where = doc.sentences[before]
    event = named_here(doc, where, m.start, m.end, f"endorsement of the {entity.label if entity else m.text}")
    dates = find_dates(where.text, doc.article.date)
    return [Fact("about", event.key, DEFAULT_AGREEMENT, s, "event.agreement_endorsement", 0.6, m.text,
                 value={"date": dates[0][2] if dates else None, "place": None})]


def _launch_venues(doc: Doc, s: Sentence, *agreements: str) -> list[Fact]:
    """'Macron launched the Paris Call ... at the Paris Peace Forum': where an agreement the accord endorsed was
    launched is part of the accord's story (not so the Charter of Trust's Munich launch, told only to compare)."""
    if not set(agreements) <= _endorsed_by_accord(doc):
        return []
    return [Fact("about", e.key, DEFAULT_AGREEMENT, s, "event.agreement_launch_venue", 0.6, e.text)
            for e in doc.in_sentence(s.index, "EVENT") if e.key]


def _endorsed_by_accord(doc: Doc) -> set[str]:
    """The agreements the text says the accord or its members endorsed: 'The Tech Accord endorsed the Paris Call',
    or 'The accord endorses it' right after a sentence naming it."""
    cached = doc.cache.get("endorsed_by_accord")
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: set[str] = set()
    named = {m.key for m in doc.mentions if m.kind == "AGREEMENT" and m.key != DEFAULT_AGREEMENT
             and m.key not in PROPOSED_AGREEMENTS}
    for s in doc.sentences:
        if not (has_any(s.text, _MOMENT_STEMS) and ((_ENDORSED.search(s.text) and _MEMBERS_CONTEXT.search(s.text))
                                                     or _MEMBERS_SIGNED.search(s.text))):
            continue
        here = {m.key for m in doc.in_sentence(s.index, "AGREEMENT")} & named
        before = {m.key for m in doc.in_sentence(s.index - 1, "AGREEMENT")} & named if s.index else set()
        found |= here or before or (named if len(named) == 1 else set())  # "... endorsed the Paris text"
    doc.cache["endorsed_by_accord"] = found
    return found


#: "the accord's maritime security workshop", "the accord's spring members' call", "its first ICS/OT workshop".
_ACCORDS_OWN = re.compile(
    rf"\b(?:the\s+)?(?:accord|pact|Accord)['’]s\s+(?:(?:first|second|third|next|upcoming|latest)\s+)?"
    rf"((?:(?:[a-z][\w/'’-]*|[A-Z]{{2,}}(?:/[A-Z]{{2,}})?|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s+){{1,3}}?(?:{_HEAD}|call))\b"
    rf"|\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+((?:Cybersecurity\s+)?Tech\s+Accord\s+(?:(?!(?:at|in|on|a|an|the|by|for|with|to|and)\b)[a-z][\w/-]*\s+){{1,3}}?(?:{_HEAD}))\b")
#: ^ "a Tech Accord maritime security workshop in Copenhagen"


_TOPIC_TAIL = re.compile(rf"\s+on\s+(?!{lx.TIME_WORD}|\d)[a-z][\w-]*"
                         r"(?:\s+(?:and\s+)?(?!on\b|in\b|at\b|for\b)(?:[a-z][\w-]*|[A-Z]{2,}(?:/[A-Z]{2,})?)){0,4}"
                         r"(?=\s+(?:on|in|at|next|this|later|for|held|hosted|organi[sz]ed|scheduled|planned)\b"
                         r"|\s*[,.;])")  # "a Tech Accord workshop on connected-vehicle security held in Berlin"


def _accords_own(doc: Doc, s: Sentence, already: list[Mention]) -> list[Mention]:
    """An event the text gives as the accord's own, named by lower-case words: 'the accord's maritime security
    workshop in Antwerp on 17 September'."""
    out = []
    for match in _ACCORDS_OWN.finditer(s.text):
        group = 1 if match.group(1) else 2
        name = match.group(group).replace("’", "'")
        start = s.start + match.start(group)
        if any(m.start <= start < m.end for m in already) or name.split()[0] in ("own", "new", "other", "working"):
            continue
        end = match.end(group)
        topic = _TOPIC_TAIL.match(s.text, end)  # "the accord's online workshop on payroll fraud on July 14"
        if topic:
            name, end = f"{name} {topic.group(0).strip()}", topic.end()
        label = _own_label(doc, s, name if group == 1 else "", end) or name
        out.append(named_here(doc, s, start, s.start + end, label))
    return out


#: "Signatories held an emergency briefing by video on March 8": a gathering the members held, named by lower-case
#: words.
_HELD_BY_MEMBERS = re.compile(
    r"\b(?:[Ss]ignatories|[Mm]embers|[Tt]he\s+(?:accord|(?:Cybersecurity\s+)?Tech\s+Accord)(?:['’]s\s+secretariat)?"
    r"|[Tt]he\s+pact)\s+(?:(?:also\s+)?(?:held|hosted|convened|organi[sz]ed|ran|staged|holds|hosts|convenes|"
    r"organi[sz]es|runs|stages|plans|planned|is\s+planning|will\s+(?:hold|host|run|stage))\s+(?:an?|its|their)"
    r"|(?:(?!\b(?:said|says|added|told|noted)\b)[^.;:\"“]){0,160}?\b(?:at|in|during|join)\s+(?:an?|its|their))\s+"
    # (not "joined the accord in February, said the decision was made in a single board meeting": a quoted clause's)
    rf"((?:(?!on\b|in\b|at\b|by\b|the\b)(?:[a-z]|[A-Z](?=[a-z]))[\w'’-]*\s+){{1,4}}?"
    rf"(?:{_HEAD}|briefing|call|session))\b")  # "its first Africa capacity-building workshop"


#: "host an accord members' roundtable in Seoul"; "lead a workshop for Latin American members in Bogota".
_MEMBERS_EVENT = re.compile(
    rf"\b(?:an?|the|its)\s+((?:accord|pact)\s+(?:members['’]|signatories['’]|signatory|member)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{_HEAD})|(?:{_HEAD})\s+for\s+(?:[A-Z][\w-]*\s+){{1,3}}(?:members|signatories))\b")
_GROUP_EVENT = re.compile(rf"\bthe\s+group['’]s\s+((?:[a-z][\w-]*\s+){{1,3}}?(?:{_HEAD}))\b")
#: "In March it held its first regional capacity-building workshop": "it" the accord, named in the sentence before.
_IT_OPENS = rf"^\W*{FRONTED_ADVERBIAL}?it\s"
_IT_HELD = re.compile(
    _IT_OPENS + r"+(?:also\s+)?(?:held|hosted|convened|"
    r"organi[sz]ed|ran|staged)\s+(?:an?|its)\s+(?:(?:first|second|third|latest)\s+)?"
    rf"((?:(?!on\b|in\b|at\b|by\b|the\b)[a-z][\w-]*\s+){{0,3}}(?:{_HEAD}))\b")


def _accord_before(doc: Doc, s: Sentence) -> bool:
    """Whether the sentence before ``s`` names the accord and no organisation "it" could stand for instead."""
    if s.index == 0 or not re.match(_IT_OPENS, s.text):
        return False
    before = doc.sentences[s.index - 1]
    return bool(re.search(r"\bthe\s+(?:Cybersecurity\s+)?(?:Tech\s+)?[Aa]ccord\b", before.text)) \
        and agreement_for(doc, before) == DEFAULT_AGREEMENT and not doc.in_sentence(before.index, "ORG")


def _phrase_events(doc: Doc, s: Sentence, already: list[Mention], pattern: re.Pattern[str],
                   name: str | None = None, *, own: bool = False) -> list[Mention]:
    """The events ``pattern`` finds in group 1 (named by those words, or by ``name``), where no mention is yet:
    'Signatories held an emergency briefing'; 'joined the accord in a single ceremony' (a signing ceremony).
    An ``own`` event (the accord's) is named for the accord and for the place right after it: "its annual
    members' forum in Lisbon" is the "Tech Accord annual members' forum in Lisbon"."""
    out = []
    for match in pattern.finditer(s.text):
        start = s.start + match.start(1)
        if any(m.start <= start < m.end for m in already):
            continue
        label = (_own_label(doc, s, match.group(1), match.end(1)) if own else None) or name or match.group(1)
        out.append(named_here(doc, s, start, s.start + match.end(1), label))
    return out


def _own_label(doc: Doc, s: Sentence, words: str, end: int) -> str | None:
    """The label of an event of the accord's own told by lower-case ``words`` (ending at ``end`` in the sentence):
    named for the accord and for the place right after it, "its annual members' forum in Lisbon" the "Tech Accord
    annual members' forum in Lisbon"."""
    if not words:
        return None
    topic = _TOPIC_TAIL.match(s.text, end)  # "a signatories' workshop on securing AI systems in Washington"
    if topic and not words.endswith(topic.group(0).strip()):
        words, end = f"{words} {topic.group(0).strip()}", topic.end()
    place = next((p for p in doc.in_sentence(s.index, "PLACE") if _IN_PLACE.fullmatch(s.text, end, p.start - s.start)),
                 None)
    return f"Tech Accord {words}{f' in {place.text}' if place else ''}"


_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?")


#: "The new signatories ... were announced at an anniversary roundtable at the Hotel Whitcombe": the accord's own.
_NEW_MEMBERS = re.compile(r"\b(?:signatories|members|joiners|newcomers|signers)\b", re.I)
_ANNOUNCED_AT = re.compile(r"\b(?:were|was|been|be)\s+(?:formally\s+)?(?:announced|welcomed|unveiled|introduced|"
                           r"presented)\b[^.;]{0,60}?\b(?:at|during)\s+(?:an?|the|its)\s+"
                           rf"((?:(?!on\b|in\b|at\b|by\b|the\b)[a-z][\w'’-]*\s+){{1,2}}(?:{_HEAD}))\b")


#: "joined the accord on Monday in a single ceremony": the signing is an event.
_CEREMONY = re.compile(r"\b(?:signed|joined|signing|joining)\b[^.;]{0,110}?\b(?:at|in|during)\s+(?:a|an|the)\s+"
                       r"(?:(?!on\b|in\b|at\b|by\b)[a-z][\w-]*\s+){0,2}(ceremony)\b")


_ON_TOPIC = re.compile(
    rf"\b(?:a|an|the|its|their)\s+((?:[a-z][\w-]*\s+)?(?:{_HEAD})\s+on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}?)"
    r"(?=\s+(?:in|at|on|next|this|later|for|that|which)\b|[,.;])")  # "... disclosure that the accord is holding"
_MEMBERS_CONTEXT = re.compile(r"\b(?i:accord|signatories|members|pact|group)\b|^\W*(?:It|They)\s")


#: 'held a hearing on Wednesday titled "Private Pledges, Public Risks"': an event named by its title.
_TITLED = re.compile(r"\b(?:hearing|panel|session|roundtable|webinar|debate|workshop|symposium|discussion)\s+"
                     r"(?:(?:on|this|last|next)\s+(?:[A-Z][a-z]+\s+)?)?(?:[a-z]+\s+){0,2}?(?:titled|entitled|called|"
                     r"dubbed),?\s+[\"“]([A-Z][^\"”]{2,100}?)[.,]?[\"”]"
                     r"|\b(?:session|panel|webinar|roundtable|workshop),\s+[\"“]([A-Z][^\"”]{0,40}?\b(?i:accord)\b"
                     r"[^\"”]{0,40}?)[.,]?[\"”]")  # 'a virtual anniversary session, "Tech Accord at Three",'


def _titled(doc: Doc, s: Sentence, already: list[Mention]) -> list[Mention]:
    if "titled" not in s.text and "called" not in s.text and "dubbed" not in s.text and ", \"" not in s.text \
            and ", “" not in s.text:
        return []
    out = []
    for m in _TITLED.finditer(s.text):
        group = 1 if m.group(1) else 2
        if not any(e.start <= s.start + m.start(group) < e.end for e in already):
            out.append(named_here(doc, s, s.start + m.start(group), s.start + m.end(group),
                                  m.group(group).rstrip(" .,")))
    return out


def _on_a_topic(doc: Doc, s: Sentence, already: list[Mention]) -> list[Mention]:
    """'The accord's next gathering is a workshop on election security in Washington'."""
    if not _MEMBERS_CONTEXT.search(s.text):
        return []
    out = []
    for match in _ON_TOPIC.finditer(s.text):
        name = match.group(1)
        if any(m.start <= s.start + match.start(1) < m.end for m in already):
            continue
        out.append(named_here(doc, s, s.start + match.start(1), s.start + match.end(1), name))
    return out


def _known_with_modifiers(doc: Doc, s: Sentence, already: list[Mention]) -> list[Mention]:
    from kg.nlp.gazetteer import load

    out = []
    for match in _KNOWN_WITH_MODIFIERS.finditer(s.text):
        entry = load().lookup(f"{match.group(1)} {match.group(3)}")
        if entry is None or entry.kind != "EVENT" or any(m.key == entry.key for m in already):
            continue
        entity = doc.entities.get(entry.key)
        if entity is None:
            entity = doc.entities[entry.key] = Entity(entry.key, "EVENT", entry.cls, entry.label, entry)
        mention = Mention(s.start + match.start(), s.start + match.end(), match.group(0), "EVENT", s.index,
                          entry=entry, cls=entry.cls, key=entry.key)
        entity.names.add(entry.label)
        entity.mentions.append(mention)
        out.append(mention)
    return out


_SAYS = re.compile(r"\s+(?:says|said|reported|reports|told)\b")
_LONGER_NAME = re.compile(rf"\s+(?:on|of|for)\s+(?:the\s+)?(?!{lx.TIME_WORD})[A-Z]")


def _place_of_named_event(doc: Doc, s: Sentence, words: str) -> bool:
    """Whether ``words`` is a place the text named, up to sentence ``s``, beside an event it named."""
    if not any(m.text == words for m in doc.in_sentence(s.index, "PLACE")):
        return False
    return any(any(p.text == words for p in doc.in_sentence(i, "PLACE")) and any(
        m.entry is not None for m in doc.in_sentence(i, "EVENT")) for i in range(s.index + 1))


def _unnamed_in_dictionary(doc: Doc, s: object, already: list[Mention]) -> list[Mention]:
    """Events with lower-case heads the mention finder leaves alone: 'Asia-Pacific signatory workshop'."""
    from kg.nlp.segment import Sentence

    assert isinstance(s, Sentence)
    out = []
    for match in _NAMED.finditer(s.text):
        words = _ORDINAL.sub("", match.group(1)).strip()
        if not words or (not re.search(r"[A-Z]", words) and "signatory" not in words.lower()):
            continue
        start = s.start + match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
        name = f"{words} {match.group(2)}"
        name = re.sub(r"^(?:(?:The|A|An|Its|First|Second|Annual|Inaugural)\s+)+", "", name)
        if any(m.start <= s.start + match.end() and s.start + match.start() < m.end for m in already):
            continue
        head = s.start + match.start(2)
        if any((m.start <= start and m.end > s.start + match.end()) or (m.kind == "ORG" and m.start <= head < m.end)
               for m in doc.by_sentence.get(s.index, [])):
            continue  # the head word inside a longer name ("Chosun Expo Joint Venture") or an organisation's name
        if name.split()[0] in lx.FUNCTION_WORDS or len(name.split()) < 2:
            continue
        if match.group(2).islower() and _place_of_named_event(doc, s, words):
            continue  # "(the RSA Conference in San Francisco) ... the San Francisco conference": that event again
        if match.group(2).lower() == "convening" and re.match(r"\s+(?:the|a|an|its|their)\b", s.text[match.end():]):
            continue  # "with Redmond-based Microsoft convening the group": a verb, not a gathering
        if match.group(2).lower() == "clinic" and (words in lx.NATIONALITIES or _SAYS.match(s.text, match.end())):
            continue  # "one Lithuanian clinic says it lost scans": a medical clinic, not a security one
        if _LONGER_NAME.match(s.text, match.end()):
            continue  # "the Global Forum on Cyber Expertise": a body's longer name, not an event
        if match.group(2) == "Congress" and (words in ("US", "U.S.") or words in lx.NATIONALITIES or any(
                p.text == words for p in doc.in_sentence(s.index, "PLACE"))):
            continue  # "the United States Congress": a legislature
        out.append(named_here(doc, s, start, s.start + match.end(), name, text=name))
    return out
