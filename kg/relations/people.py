"""People and the posts they hold: "Microsoft President Brad Smith", "Smith, Microsoft's
president", "said Lenka Aldous, chief executive of Tarnwick Systems", "Tarnwick's chief
information security officer, Sunniva Hartigan", "Anouk Velthuis of Pellucine Cloud"."""

from __future__ import annotations

import re

from kg.nlp import lexicon as lx
from kg.nlp.document import Doc
from kg.nlp.linking import Entity
from kg.nlp.mentions import (
    ACADEMIC_WORD,
    AUTHOR_HANDLE,
    CONNECTION_DEGREE,
    LINE_LABEL,
    PERSON_SUBJECT,
    ROLL_OPENING,
    SIGNED_OFF,
    TURN_OPENING,
    Mention,
    author_line,
    described_opening,
    roll_label,
    roll_semicolons,
)
from kg.nlp.segment import Sentence
from kg.nlp.tables import Row
from kg.relations.base import (
    FIRST_PERSON,
    FRONTED_ADVERBIAL,
    QUOTATION,
    Fact,
    ensure_entity,
    letterhead,
    resolve_org_anaphor,
    speaker_line,
    speaker_org,
)

_ROLE = lx.ROLE.pattern
_PROPER = r"(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"  # a capitalised name of up to four words
_MODIFIER = lx.TITLE_MODIFIER
_APPOSITIVE_POST = re.compile(
    r"(?:\s*\([^()]{1,12}\))?,\s+(?:(?:then|now|currently|formerly|still)\s+)?(?:the\s+|a\s+|an\s+|(?:its|their|our|my|his|her)\s+)?"
    r"(?:((?:(?-i:[A-Z])[^\s,]*\s+){0,3}?[^\s,]+?)(?:['’]s|(?<=s)['’])\s+)?"
    rf"((?:{_MODIFIER}\s+){{0,4}}?)((?:{_ROLE})(?:\s+(?:and|&)\s+(?:{_ROLE}))?)\b"
    r"(?:\s+\((?-i:[A-Z]{2,6})\)|\s+\((?-i:[A-ZÀ-Þa-zß-ÿ])[^()]{2,30}\))?"  # "Chief Security Officer (CSO) of
    # Elbnetz Telekom AG"; "managing director (Geschäftsführer) of Kessler": a translation's gloss
    r"(\s+(?:of|at|for|with)\s+|,\s+|\s+(?:in\s+charge\s+of|responsible\s+for)\s+(?:[a-z][\w-]*\s+){1,4}?(?:at|of)\s+"
    r"|\s+in\s+(?:[a-z][\w-]*\s+){1,3}?at\s+"  # "a lecturer in cyber conflict at the University of Leeds"
    r"|\s+in\s+(?=the\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}['’]s\s))?",  # "an officer in the
    # European Commission's directorate for ..."
    re.I)  # "..., the executive officer in charge of product security at Sorabayashi"
#: The same with as many title words as fit: "principal IoT architect at X" (not "principal" and no link).
_APPOSITIVE_POST_LONG = re.compile(_APPOSITIVE_POST.pattern.replace("{0,4}?)((?:", "{0,4})((?:", 1), re.I)


_HIRED_BEFORE = re.compile(rf"(?:\s+(?:has|have|had)|,)?\s+{lx.HIRING_VERB}\s+$")
_HIRED_AS = re.compile(rf"\s+(?:as\s+|to\s+)?(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+|first\s+)?((?:{_ROLE}))\b")
_MY_NAME_IS = re.compile(r"\b(?:[Mm]y\s+name\s+is|I\s+am|I['’]m)\s+$")
_I_AM_ROLE = re.compile(rf",?\s+and\s+I(?:\s+am|['’]m|\s+serve\s+as)\s+(?:the\s+|a\s+|an\s+)?"
                        rf"((?:{_ROLE})(?:\s+(?:and|&)\s+(?:{_ROLE}))?)\s+(?:of|at)\s+(?:the\s+)?")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")
_HONORIFIC_BEFORE = re.compile(rf"\b{lx.HONORIFIC}\.?\s+(?:{lx.HONORIFIC}\.\s+)?$")


def extract(doc: Doc) -> list[Fact]:
    """acc:affiliation facts (value: role title or None), one per person and organisation; people
    named with no organisation get a fact whose object is None, so every person is kept."""
    facts: dict[tuple[str, str | None], Fact] = {}
    people: dict[str, Fact] = {}
    known: dict[str, str] = {}
    doc.cache["affiliations"] = known
    for s in doc.sentences:
        if s.chrome or s.index in doc.other_stories:  # a roundup's other stories: their people are not the accord's
            continue
        mentions = doc.by_sentence.get(s.index, [])
        for i, person in enumerate(mentions):
            if person.kind != "PERSON" or not person.key:
                continue
            found = _author_line(s, mentions, person) or _table_row(doc, s, mentions, person) \
                or _roll_entry(doc, s, mentions, person) \
                or _joined_as(s, mentions, person) or _post(doc, s, mentions, i) \
                or _where_post(doc, s, mentions, person) or _headed_by(doc, s, person) \
                or _profile_headline(doc, s, person) or _card(doc, s, person) or _sign_off(doc, s, person)
            if found is not None:
                org, role, rule = found
                placed = doc.entities.get(known.get(person.key, ""))
                if rule == "post.title-name" and placed is not None and placed.mentions and placed.key != org.key:
                    org = placed.mentions[0]  # "Daehan SecureNet (CEO Park Ji-hoon) ... CEO Park Ji-hoon said": the
                    # company the text placed the person at, not a guess at what 'CEO' belongs to
                org = _ministry(doc, org, role)
                key = (person.key, org.key or ensure_entity(doc, org))  # an untyped name in a post: an organisation
                if key not in facts or (role and not facts[key].value.get("role")):
                    facts[key] = Fact("affiliation", person.key, org.key, s, rule, 0.85, person.text,
                                      value={"role": role})
                    known.setdefault(person.key, key[1])  # a later "our CTO, X" in the speaker's turn reads it
            elif person.key not in people:
                people[person.key] = Fact("affiliation", person.key, None, s, "person.mention", 0.7, person.text,
                                          value={"role": None})
    for fact in _described_next(doc, {p for p, o in facts if o}) + _pronoun_post_next(doc, {p for p, o in facts if o}):
        facts[(fact.subject, fact.object)] = fact
    titled = {p for (p, _), f in facts.items() if f.rule == "post.profile-headline"}
    silent = {key for key in {p for p, _ in facts} | set(people) if _silent_commenter(doc, key, key in titled)
              or _listed_participant_only(doc, key)}
    facts = {k: f for k, f in facts.items() if k[0] not in silent}  # "Jorrit Baas • 2nd / Head of IT Operations at
    people = {k: f for k, f in people.items() if k not in silent}  # Gemeente Delft / Congratulations!": no one the
    doc.cache["affiliations"] = {p: o for (p, o) in facts if o}  # story is about
    named = {p for p, _ in facts}
    return list(facts.values()) + [f for k, f in people.items() if k not in named]


def _author_line(s: Sentence, mentions: list[Mention], person: Mention) -> tuple[Mention, str | None, str] | None:
    """'Helena Varga-Lindqvist, Department of Government, Uppsala University, Sweden': a paper's author line places
    its author at the institution it names (the university, not the department), with no post."""
    if person.start != s.start or not author_line(s.text, person.end - s.start):
        return None
    bodies = [m for m in mentions if m.kind == "ORG" and m.start > person.start and ACADEMIC_WORD.search(m.text)]
    return (bodies[-1], None, "post.author-line") if bodies else None


#: What follows a name on a social post's author line: a handle, a connection degree, "(Author)", "· title".
_AUTHOR_LINE_AFTER = re.compile(rf"{AUTHOR_HANDLE.pattern}|[ \t]+(?:[•·][ \t]+|\((?:Author|author|OP)\))")


_ABOUT_THE_ACCORD = re.compile(r"\b(?:accord|pact|pledge|sign|signs|signed|signing|join|joins|joined|joining|member|"
                               r"members|signator\w*)\b", re.I)


def _listed_participant_only(doc: Doc, key: str) -> bool:
    """Is the person on a call's participant list ('CONFERENCE CALL PARTICIPANTS / Bettina Koh - Harrow Lane
    Capital') and does nothing they say, or that is said of them, touch the accord (the CFO's guidance, an
    analyst's margin question)?"""
    entity = doc.entities.get(key)
    if entity is None:
        return False
    listed = [m for m in entity.mentions if _on_participant_list(doc, m.sentence)]
    if not listed:
        return False
    turns = [_turn(doc, m.sentence, speaker_line(doc, m.sentence) is m) for m in entity.mentions
             if m not in listed]  # where the text names them (their own line opens what they say)
    turns += [_turn(doc, t.index, True) for t in doc.sentences if t.text.startswith(f"{entity.label}:")]
    # ("Rachel Imbert: Thanks, ... Lionel, on the accord: ..." - a turn's label is no mention, but what it says is)
    return not any(_ABOUT_THE_ACCORD.search(" ".join(t.text for t in turn)) for turn in turns)


def _on_participant_list(doc: Doc, index: int) -> bool:
    label = next((p for p in reversed(doc.sentences[max(0, index - 8):index + 1]) if roll_label(p.text)), None)
    return index in _roll(doc) and label is not None and "participant" in label.text.lower()


def _turn(doc: Doc, index: int, spill: bool) -> list[Sentence]:
    """Sentence ``index`` and the rest of the turn it opens: to the next heading or speaker's label, within its
    paragraph unless ``spill`` (a speaker's own line or label, whose words run on over paragraphs)."""
    here = doc.sentences[index]
    out = [here]
    for t in doc.sentences[index + 1:index + 7]:
        if t.block.kind == "heading" or (t.block.start == t.start and TURN_OPENING.match(t.text)) or (
                not spill and t.block is not here.block):
            break
        out.append(t)
    return out


def _silent_commenter(doc: Doc, key: str, titled: bool) -> bool:
    """Is the person only ever the author of a social post or a comment (or a byline's '@handle'), with no title
    given, or with a post that says nothing of the accord ("Congratulations!", "no Google is wild")? Such a
    commenter is page furniture, not someone the text is about (but "CISO, Grunnfjell Kraft / We joined in 2021"
    is)."""
    entity = doc.entities.get(key)
    if entity is None or not entity.mentions:
        return False
    for m in entity.mentions:
        s = doc.sentences[m.sentence]
        line_start = s.text.rfind("\n", 0, m.start - s.start) + 1
        if s.text[line_start:m.start - s.start].strip(" \t└↳>") \
                or not _AUTHOR_LINE_AFTER.match(s.text, m.end - s.start):
            return False
        if not titled:
            continue
        line_end = s.text.find("\n", m.end - s.start)
        body = s.text[line_end:] if line_end != -1 else ""
        for other in doc.sentences[m.sentence + 1:m.sentence + 6]:
            if any(p.kind == "PERSON" and _AUTHOR_LINE_AFTER.match(other.text, p.end - other.start)
                   for p in doc.in_sentence(other.index, "PERSON")):
                break  # the next post
            body += " " + other.text
        if _ABOUT_THE_ACCORD.search(body):
            return False
    return True


def _roll(doc: Doc) -> set[int]:
    """The sentences of a meeting's roll: a label line ("Present:") and the entries under it, or a labelled
    line with its entries inline ("Apologies: A (BT); B (Avast)")."""
    cached: set[int] | None = doc.cache.get("roll")  # type: ignore[assignment]
    if cached is None:
        cached = set()
        open_label = False
        for s in doc.sentences:
            label = roll_label(s.text)
            if label is not None:
                open_label = not s.text[label.end():].strip()
                if not open_label:
                    cached.add(s.index)
            elif open_label and any((m.kind == "PERSON" or (m.kind == "NAME" and " " in m.text))
                                    and ROLL_OPENING.fullmatch(s.text, 0, m.start - s.start)
                                    for m in doc.by_sentence.get(s.index, ())[:2]):  # (an untyped name keeps it open)
                cached.add(s.index)
            else:
                open_label = False
        doc.cache["roll"] = cached
    return cached


def _table_row(doc: Doc, s: Sentence, mentions: list[Mention], person: Mention) -> tuple[Mention, str | None, str] \
        | None:
    """'Janek Wolski<TAB>Threat Intelligence Manager<TAB>Bitdefender' under 'Name<TAB>Title<TAB>Organisation': the
    person at the organisation in the row's organisation column, with the title in its title column."""
    rows: list[Row] = doc.cache.get("table_rows", [])  # type: ignore[assignment]
    for row in rows:
        named = row.cell("person")
        if row.sentence != s.index or named is None or not named[0] <= person.start < named[1]:
            continue
        at = row.cell("org")
        org = next((m for m in mentions if at and at[0] <= m.start and m.end <= at[1] and m.kind == "ORG" and m.key),
                   None)
        if org is None:
            return None
        title = row.cell("title")
        role = doc.text[title[0]:title[1]].strip(" *|") if title else ""
        return org, _title(role) if role else None, "post.table"
    return None


_ROLL_BRACKET = re.compile(r"\s*\(")
_ROLL_COMMA = re.compile(r",\s+")
_ROLL_COLUMN = re.compile(r"\s{2,}|\t+|\s+[-–—]\s+|\s*\.{3,}\s*")  # (or "Rachel Imbert - Morrow Hale Securities -
# Analyst", "Dana Whitcombe ........... Chief Information Security Officer")


def _roll_entry(doc: Doc, s: Sentence, mentions: list[Mention], person: Mention) -> tuple[Mention, str | None, str] \
        | None:
    """'Dominic Haverkamp (Microsoft, call lead)', '- Lotte Vandermeulen, Arm', 'Tobias Kwarteng-Lyle   Chief
    Executive Officer', 'Hyun-woo Calloway, VP, Product Security': an entry of a meeting's roll places its person
    at the organisation it names, or (a post and no organisation) at the company whose paper the minutes are on."""
    if s.index not in _roll(doc):
        return None
    end = person.end - s.start
    stop = s.start + next(iter(roll_semicolons(s.text, end)), len(s.text))  # an inline roll's entry ends there
    later = [m for m in mentions if person.end <= m.start < stop and m.kind in ("ORG", "NAME") and not m.possessive
             and not (m.entry is None and lx.department(m.text))  # not "(Director,
             and m.text.split()[0].lower() not in lx.TITLE_HEADS]  # Security Engineering)": a team; "VP Engineering"
    bracket = _ROLL_BRACKET.match(s.text, end) or _ROLL_COMMA.match(s.text, end) or _ROLL_COLUMN.match(s.text, end)
    if bracket is None:
        return None
    org = next((m for m in later if m.start - s.start == bracket.end()
                and m.text.split()[-1].lower() not in lx.TITLE_HEADS), None) if not lx.ROLE.match(
        s.text, bracket.end()) else None  # (not "Petra Lindqvist, Head of Public Policy, Orrefors Secure AB")
    if org is not None:  # "(Microsoft, call lead)", ", Arm"
        return org, None, "post.roll"
    post = s.text[bracket.end():stop - s.start].split("(")[0].strip(" ,.")
    role = lx.ROLE.search(post)
    # "Partner, Kessington LLP, auditor"; "Head of Public Policy, Orrefors Secure AB": the last organisation
    named = next((m for m in reversed(later) if (m.kind == "ORG" and m.key) or (
        m.kind == "NAME" and " " in m.text and _ORG_SLOT_BEFORE.search(s.text, 0, m.start - s.start))), None)
    org = named or letterhead(doc) or _workspace_org(doc)  # (a company's own minutes or chat export: its staff)
    team = named is None and bool(post) and lx.department(post.rstrip(")"))
    if org is None or (role is None and not team):  # "Sam Whitlock (Corporate Communications)": a team, no post
        return None
    return org, role.group(0) if named is not None and role is not None else post.rstrip(")"), "post.roll"


#: A chat export's workspace: "Slack export: ferrowave.slack.com / #sec-policy".
_WORKSPACE = re.compile(r"\b([a-z0-9][a-z0-9-]{1,40})\.(?:slack|zulipchat|mattermost|rocket\.chat)\.com\b")


def _workspace_org(doc: Doc) -> Mention | None:
    """The company whose chat workspace the export is from: the organisation the text names as the subdomain."""
    head = doc.text[:400]
    workspace = _WORKSPACE.search(head) if ".com" in head else None
    if workspace is None:
        return None
    wanted = workspace.group(1).replace("-", "")
    for index in sorted(doc.by_sentence):
        for m in doc.by_sentence[index]:
            if m.kind in ("ORG", "NAME") and m.text.lower().replace(" ", "").replace("-", "") == wanted:
                if not m.key:
                    ensure_entity(doc, m)
                return m
    return None


#: Where an untyped name stands for an organisation: "at X", "of X", "Chief Technology Officer, X".
_ORG_SLOT_BEFORE = re.compile(rf"(?:\b(?:at|of|for)|(?:{_ROLE}),)\s+$", re.I)


_SAID_ORG = re.compile(r",\s+(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:the\s+)?")


def _post(doc: Doc, s: Sentence, mentions: list[Mention], i: int) -> tuple[Mention, str | None, str] | None:
    text, base = s.text, s.start
    person = mentions[i]
    start, end = person.start - base, person.end - base
    before, after = text[:start], text[end:]
    honorific = _HONORIFIC_BEFORE.search(before)  # "its chief executive, Mr Bayu Hartaprawira"
    if honorific:
        before = before[:honorific.start()]
    # an untyped name right after "at"/"of" in a post ("who runs security at Corrigan Ledger") is an organisation;
    # a department in a title is not ("Director of Product Security", "Head of Threat Intelligence")
    orgs = [m for m in mentions if ((m.kind == "ORG" and m.key) or (
        m.kind == "NAME" and len(m.text.split()) >= 2 and _ORG_SLOT_BEFORE.search(text[:m.start - base])))
        and not (m.entry is None and lx.department(m.text)
                 and not _MINISTER_OF.search(text, max(0, m.start - base - 40), m.start - base))]  # "Minister of X"
    secretariat = _accord_secretariat(doc, s, after, person.end)
    if secretariat is None and re.search(r"\bsecretariat\s+(?:head|chief|director|lead)\s+$", before, re.I):
        secretariat = _accord_secretariat(doc, s, " of the accord's secretariat", person.end)  # "secretariat head X"
    if secretariat is not None:  # "Ottilie Marchbanks, who heads the accord's secretariat"
        return secretariat
    hired = _HIRED_BEFORE.search(before, max(0, len(before) - 24))
    hired_as = _HIRED_AS.match(after) if hired else None
    if hired and hired_as:  # "Varrowby Cloud has hired Odalys Brennecke as its first director of cyber policy"
        org = next((m for m in reversed(mentions) if m.end - base <= hired.start() and (
            (m.kind == "ORG" and m.key) or (m.kind == "NAME" and not m.possessive))), None)
        if org is not None:  # "Ferriby & Holt has promoted Renata Szell to partner": an untyped name hires too
            if not org.key:
                ensure_entity(doc, org)
            return org, _title(hired_as.group(1)), "post.hired-as"
    introduced = _I_AM_ROLE.match(after) if _MY_NAME_IS.search(before, max(0, len(before) - 16)) else None
    if introduced:  # "My name is Brad Smith, and I am the Vice Chair and President of Microsoft."
        org = _org_starting(orgs, person.end + introduced.end())
        if org is not None:
            return org, _title(introduced.group(1)), "post.my-name-is"
    bracketed = _ORG_BRACKET_TITLE.search(before) if before.endswith(" ") and "(" in before[-40:] else None
    if bracketed:  # "Daehan SecureNet (CEO Park Ji-hoon), a network security company": the company before
        org = next((m for m in mentions if m.kind in ("ORG", "NAME") and m.end - base == bracketed.start()
                    and m is not person), None)
        if org is not None:
            if not org.key:
                ensure_entity(doc, org)
            return org, _title(bracketed.group(1)), "post.org-bracket-title-name"
    state = _state_post(doc, s, person, before, after)
    if state is not None:  # "French President Emmanuel Macron", "President X of France"
        return state
    he_is = _HE_IS.match(after)
    org = _org_starting(orgs, person.end + he_is.end()) if he_is else None
    his_role = _POSSESSIVE_ROLE.match(text, org.end - base) if org is not None and he_is else None
    if org is not None and his_role:  # "Brad Smith — he's Microsoft's president, the guy who ..."
        return org, _title(his_role.group(1)), "post.he-is"
    # "Microsoft President Brad Smith"; "A Tollgarth spokeswoman, Solveig Rannestad"
    article = re.search(rf"\b(?:[Aa]n?|[Tt]he)\s+((?-i:[A-Z][\w-]*))\s+((?:{_ROLE})),\s+$", before)
    match = re.search(rf"((?-i:[A-Z][\w-]*))\s+((?:{_ROLE}))\s+$", before, re.I) or article or \
        _ORG_FIELD_TITLE.search(before)  # "White House press secretary X", "BNX technology correspondent X"
    if match:
        org = _org_at(orgs, base + match.start(1), base + match.end(1)) or next(
            (m for m in mentions if m.end == base + match.end(1) and (m.kind == "ORG" or (
                m.kind == "NAME" and (len(m.text.split()) >= 2 or match is article or match.group(2).isupper()
                                      or (match.re is _ORG_FIELD_TITLE and m.text.isupper()))))),
            None) or (_known_by_first_word(doc, s, match.group(1), base + match.start(1))  # "Tsurugane President X"
                      if match.re is not _ORG_FIELD_TITLE else None)  # after "Tsurugane Data Systems"
        # "Kurrajong Secure founder Dev Raghunathan"; "A Tessaro spokeswoman, Solveig Ranne"
        if org is not None and not org.key:
            ensure_entity(doc, org)
        if org:
            return org, _title(match.group(2)), "post.org-title-name"
    line_org = next((m for m in reversed(orgs) if not text[m.end - base:].strip(" .")), None)
    card = _DASH_TITLE_ORG.fullmatch(text, end, line_org.start - base) if line_org is not None and LINE_LABEL.fullmatch(
        before) else None
    if line_org is not None and card:  # "Henrik Dahl — Chief Technology Officer, Skarv Networks": a speaker list
        return line_org, _title(card.group(1)), "post.dash-title-org"
    participant = _TITLE_CARD.fullmatch(text, end) if not before else None
    if participant and _under_participants(doc, s):  # "CORPORATE PARTICIPANTS / Lionel Ashgrove - President and
        host = next((m for m in doc.mentions if m.kind == "ORG" and m.key and m.sentence < s.index), None)  # CEO"
        if host is not None:  # the company whose call it is, named at the head of the transcript
            return host, _title(participant.group(1)), "post.call-participant"
    headed = next((m for m in orgs if m.end - base == len(before) - 2 and before.endswith(", ")), None)
    head = _HEAD_OF_BEFORE.search(text, 0, headed.start - base) if headed is not None else None
    if headed is not None and head:  # "the Minister of Foreign and European Affairs, Elena Marović, the Deputy
        return headed, _title(head.group(1)), "post.title-of-org-name"  # Minister for ...": hers; "The
        # director-general of the Carvanian Cyber Security Centre, Dr Piet Anders"
    # "Smith, Microsoft's president" / "Lenka Aldous, chief executive of Tarnwick Systems" / "Priya Raman, a
    # cybersecurity analyst at the research firm Castellan Insight" / "Elias Brandtner, a Cisco policy director"
    match = _APPOSITIVE_POST.match(after)
    if match and not match.group(4):
        match = _APPOSITIVE_POST_LONG.match(after) or match
    if match:
        lower = [w for w in match.group(2).split() if w.islower()]  # "senior policy counsel", not "Cisco policy"
        role = _title(" ".join([*lower, match.group(3)]))
        if match.group(1):
            org = _org_at(orgs, person.end + match.start(1), person.end + match.end(1))
            if org is None and match.group(1).lower() in _BODY_WORDS:  # "X, the university's president"
                org = _org_with_head(doc, s, match.group(1))
            elif org is None and match.group(1).split()[-1].lower() in _COMPANY_WORDS and (
                    len(match.group(1).split()) == 1 or match.group(1).split()[0] in lx.NATIONALITIES):
                # "X, the company's chief executive"; "Petra Novakova, the Czech company's head of ..."
                org = _org_with_head(doc, s, match.group(1).split()[-1]) or _company_before(doc, s, orgs, start) \
                    or resolve_org_anaphor(doc, s, start)
            if org is None:  # "Siddharth Bhave, Kaveri's co-founder and CEO": an untyped name owns the post
                org = _org_at([m for m in mentions if m.kind == "NAME" and m.possessive],
                              person.end + match.start(1), person.end + match.end(1))
                if org is not None:
                    ensure_entity(doc, org)
            if org is not None and org.key:
                return org, role, "post.name-org-title"
        link = match.group(4) or ""
        if link.strip() == ",":
            org = _org_starting(orgs, person.end + match.end())
        elif link:  # "at the research firm X", "of the Berlin consultancy X"
            named = orgs + [m for m in mentions if m.kind == "NAME" and len(m.text.split()) >= 2]
            department = _DEPARTMENT_THEN.match(text, end + match.end()) if link.strip() in ("of", "for") else None
            if department and lx.department(department.group(1).replace("&", "and")):
                org = _org_starting(named + [m for m in mentions if m.kind == "NAME"], person.end + match.end()
                                    + department.end() - department.start())  # "Head of Cyber Policy, Nokia"
            else:
                org = _org_after_words(named, text, person.end + match.end(), base) or _place_institution(
                    doc, s, mentions, person.end + match.end())
            if org is not None and _BOARD.fullmatch(org.text) and text.startswith(" of ", org.end - base):
                org = _org_after_words(named, text, org.end + 4, base) or org  # "President of the Management
                # Board of Korvenna Software": the company's, not the board's
        else:
            org = None
        if org is not None:
            if not org.key:
                ensure_entity(doc, org)
            return org, role, "post.name-title-org"
        if match.group(2):  # "a Cisco policy director": the organisation named inside the title
            org = _org_at(orgs, person.end + match.start(2), person.end + match.end(2))
            if org is not None and org.key:
                return org, role, "post.name-org-in-title"
        if re.match(r",\s+(?:its|their)\s", after, re.I):  # "Malachy Ferreira-Dunne, its chief executive,"
            org = resolve_org_anaphor(doc, s, start)
            if org is not None and org.key:
                return org, role, "post.name-its-title"
        if re.match(r",\s+our\s", after, re.I):  # "Ingrid van der Heijden, our head of security": the writer's
            org = speaker_org(doc, s, doc.cache.get("affiliations", {})) or _narrator_org(doc)  # type: ignore[arg-type]
            if org is not None and org.key:
                return org, role, "post.name-our-title"
        if after[2:3].isupper() and _CAPITALISED_TITLE_END.match(after, match.end(3)):
            org = _writing_company(doc)  # a company's own page: "Questions go to X, Director of Security Policy."
            if org is not None and org.key:
                return org, role, "post.name-title-own-page"
    # "Microsoft, whose president Brad Smith"; "Microsoft, which convened the group and whose president, Brad Smith,"
    match = re.search(rf"\bwhose\s+(?:then\s+|now\s+)?((?:{_ROLE})),?\s+$", before, re.I)
    if match:
        earlier = [m for m in orgs if m.end - base <= match.start() and m.key]
        if earlier:
            return earlier[-1] if before[earlier[-1].end - base:match.start()].startswith(",") else earlier[0], \
                _title(match.group(1)), "post.whose-title-name"
    # "Hanamizuki's Emiko Sawadaira, who heads the company's cyber defense center"
    match = re.search(r"([^\s,]+)['’]s\s+$", before)
    if match and re.match(r",\s+who\s+(?:heads|leads|runs|oversees|manages|directs|is)\b", after):
        org = _org_at(orgs, base + match.start(1), base + match.end(1))
        if org is not None:
            return org, None, "post.org-s-name"
    # "Tarnwick's chief information security officer, Sunniva Hartigan"; "Kvarnholm's technical director, X";
    # "Labs' CTO, X"; "Skarnvale's co-founder and chief executive, X"; "Microsoft's X"
    match = re.search(rf"([^\s,]+?)(?:['’]s|(?<=s)['’])\s+(?:((?:(?!and\b)(?-i:[a-z])[\w-]*\s+){{0,2}}?(?:{_ROLE})"
                      rf"(?:\s+(?:and|&)\s+(?:{_ROLE})|\s*/\s*(?:{_ROLE}))?),?\s+)?$", before, re.I)
    if match:
        org = _org_at(orgs, base + match.start(1), base + match.end(1))
        if org is None and match.group(1).lower() in _BODY_WORDS:  # "The committee's chair, X": the committee
            org = _org_with_head(doc, s, match.group(1))
        elif org is None and match.group(1).lower() in _COMPANY_WORDS:  # "said the firm's chief executive, X"
            earlier = [m for m in orgs if m.end - s.start <= match.start() and m.key]
            org = (earlier[0] if earlier else None) or next(
                (m for m in orgs if m.start > person.end and m.key), None) or resolve_org_anaphor(
                doc, s, match.start())  # "The company's CISO, X, will represent Trevanyx"
        if org is None:  # "Tulivex's chief risk officer, Njeri Wambui-Otieno": an untyped name owns the post
            org = _org_at([m for m in mentions if m.kind == "NAME" and m.possessive],
                          base + match.start(1), base + match.end(1))
            if org is not None:
                ensure_entity(doc, org)
        if org is not None and org.key:
            return org, _title(match.group(2)) if match.group(2) else None, "post.org-title-comma-name"
    match = re.match(rf"\s*\((?:its|their)\s+((?:{_ROLE}))\)", after, re.I)
    if match:  # "Microsoft put this together; Brad Smith (their president) has a blog post up"
        org = resolve_org_anaphor(doc, s, start)
        if org is not None and org.key:
            return org, _title(match.group(1)), "post.name-its-title"
    match = re.search(rf"(?:\b[Tt]he|\b(?:said|says|added|explained))\s+((?:{_ROLE})(?:\s+and\s+(?:{_ROLE}))?"
                      rf"(?:\s*/\s*(?:{_ROLE}))?(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+){{0,2}})?)"
                      rf"\s+(?:of|at)\s+({_PROPER}),\s+$", before)  # "the Head of Corporate Communications at X, Y";
    # '"...," said founder and director of Kyberna Labs, Radek Šimůnek' (no article in a translation)
    if match:  # "says the CEO of Jäävuori, Aapo Rintamäki"
        org = _org_at(orgs, base + match.start(2), base + match.end(2))
        if org is not None and org.key:
            return org, _title(match.group(1)), "post.title-of-org-name"
    match = re.search(rf"\b[Aa]t\s+({_PROPER}),\s+(?:(?:another|a|an|one\s+of)\s+[^,]{{1,40}},\s+)?(?:(?:the|its)\s+"
                      rf"((?:{_ROLE})),|((?:{_ROLE})))\s+$", before)  # "At Cisco, another founding member, the senior
    # director, X"; "At Aranda Telecom, chief security officer Julian Restrepo said"
    if match:  # "At Keelbridge, the vice-president for threat research, Callum Drury, matched ..."
        org = _org_at(orgs + [m for m in mentions if m.kind == "NAME"], base + match.start(1), base + match.end(1))
        if org is not None:
            ensure_entity(doc, org)
            return org, _title(match.group(2) or match.group(3)), "post.at-org-title-name"
    # "Marlow Systems ... Its chief executive, Tomas Eriksen": the organisation the sentence before is about
    match = re.search(rf"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]+\s+){{0,2}}?((?:{_ROLE})),?\s+$", before)
    if match:
        org = resolve_org_anaphor(doc, s, match.start())
        if org is not None and org.key:
            return org, _title(match.group(1)), "post.its-title-name"
    match = _WHO_AS_ORGS.match(after) if after.startswith(", who as ") else None
    org = _org_at(orgs, person.end + match.start(1), person.end + match.end(1)) if match else None
    if match and org is not None and org.key:  # "Brad Smith, who as Microsoft's president is more or less ..."
        return org, _title(match.group(2)), "post.who-as-orgs-title"
    match = _TITLE_THEN_VERB.match(after) if after.startswith(",") else None
    org = _org_starting(orgs, person.end + match.end()) if match else None
    if match and org is not None:  # "Dr Mirela Ostrowska, Group Chief Information Security Officer, represents
        return org, _title(match.group(1)), "post.title-then-org"  # Aldmere in the accord's working groups"
    match = _WHO_THE_COMPANY.match(after) if after.startswith(", who ") else None
    if match:  # "said Marla Dewhurst, who co-founded the company in 2004 and is its chief executive"
        org = resolve_org_anaphor(doc, s, end + match.start(1))
        if org is not None and org.key:
            return org, _title(match.group(2)) if match.group(2) else None, "post.who-the-company"
    # "A company spokesperson, Wei Lin Tan, said Orbis Meridian ...": the company named after the speech verb
    match = re.search(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:company|firm)\s+((?:{_ROLE})),\s+$", before)
    spoken = _SAID_ORG.match(after) if match else None
    if match and spoken:
        org = _org_starting(orgs, person.end + spoken.end()) or resolve_org_anaphor(doc, s, match.start())
        if org is not None and org.key:
            return org, _title(match.group(1)), "post.company-title-name"
    where = _WHERE_BEFORE.search(before) if "where" in before else None
    role_after = _IS_ROLE.match(after) if where else None
    org = next((m for m in orgs if where and m.end - base == where.start()), None) if role_after else None
    if org is not None and role_after:  # "Halvard Payments, where Mendoza-Reyes is chief security officer, did sign"
        return org, _title(role_after.group(1)), "post.org-where-name-is"
    from_org = _FROM_AT.match(after)
    org = _org_starting(orgs, person.end + from_org.end()) if from_org else None
    if org is not None and org.key:  # "Professor Ilkka Rautio from the University of Oulu, who researches ..."
        role_before = _ROLE_BEFORE.search(before)
        return org, _title(role_before.group(1)) if role_before else None, "post.name-from-org"
    # "Ravensmoor was not on the list, but chief executive Halvard Penhallow said": the organisation the clause is about
    match = re.search(rf"(?:^|[,;:]\s+|\b(?:but|and|while|said|says|added|where|when|what|as)\s+)"
                      rf"((?:{_ROLE}))\s+$", before,
                      re.I)
    if match and not re.match(r"\s*,", after) and not _OF_COUNTRY.match(after):  # "President X of France"
        org = resolve_org_anaphor(doc, s, match.start(1))
        if org is not None and org.key:
            return org, _title(match.group(1)), "post.title-name"
    # "I'm a security engineer at Cobbleridge Payments. ... Our CISO, Gideon Thwaite,": the narrator's employer
    match = re.search(rf"\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]+\s+){{0,2}}?((?:{_ROLE})),?\s+$", before)
    named_org = _OF_NAME.match(after) if match else None
    if match and named_org:  # "Our lawyer, Hannah Feld of Marrow & Quist": the organisation named after the person
        org = _org_starting([m for m in mentions if m.kind in ("ORG", "NAME")], person.end + named_org.end())
        if org is not None:
            if not org.key:
                ensure_entity(doc, org)
            return org, _title(match.group(1)), "post.our-title-name-of-org"
    if match:
        # a transcript's speaker first: the interviewee's "our" is theirs, whichever company the page names most
        org = speaker_org(doc, s, doc.cache.get("affiliations", {})) or _narrator_org(doc)  # type: ignore[arg-type]
        if org is not None and org.key:
            return org, _title(match.group(1)), "post.our-title-name"
    # "Rasmus Feldkirch (head of product security, Kobaltwerk Automation)"
    match = re.match(rf"\s*\(\s*((?:{_ROLE})(?:\s+(?:of|for)\s+[a-z][\w -]{{0,40}}?)?),\s+", after, re.I)
    if match:
        org = _org_starting(orgs + [m for m in mentions if m.kind == "NAME" and len(m.text.split()) >= 2],
                            person.end + match.end())
        if org is not None:
            if not org.key:
                ensure_entity(doc, org)
            return org, _title(match.group(1)), "post.name-bracket-title-org"
    match = re.search(rf"\b(?:[Cc]olleague|[Cc]ounterpart|[Pp]eer|[Bb]oss|[Dd]eputy)\s+(?:at|from|of)\s+({_PROPER}),\s+"
                      rf"(?:the\s+)?((?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE}))?\s*$", before)
    if match:  # "Her counterpart at F-Secure, principal security consultant Tuomas Heikkilä-Brandt, said"
        org = _org_at(orgs, base + match.start(1), base + match.end(1))
        if org is not None and org.key:
            return org, _title(match.group(2)) if match.group(2) else None, "post.counterpart-at-org"
    led = re.match(r"-led\s+", after)  # "the Satya Nadella-led Microsoft": he heads it
    if led:
        org = _org_starting(orgs, person.end + led.end())
        if org is not None and org.key:
            return org, None, "post.name-led-org"
    # "Smith being Microsoft's president", "Jane Roe, who is Norvale's chief executive"
    match = re.match(rf"(?:\s+|,\s+who\s+)(?:being|is|was|has\s+been)\s+((?:\S+\s+){{0,3}}?[^\s,]+?)"
                     rf"(?:['’]s|(?<=s)['’])\s+((?:{_ROLE}))\b", after, re.I)
    if match:
        org = _org_at(orgs, person.end + match.start(1), person.end + match.end(1))
        if org is not None and org.key:
            return org, _title(match.group(2)), "post.name-is-orgs-title"
    # "Maren Ekwueme has been chief information security officer of Ardentis Payments"
    match = re.match(rf"(?:\s+|,\s+(?:(?:a|an|the)\s+[^,;()]{{0,60}}?\s+)?who(?:\s+|(?=['’]s\s))(?:now\s+|also\s+)?"
                     rf"|\s+(?-i:chairs|sits\s+on|co-chairs)\s+[^,;.()]{{1,80}}?\s+and\s+)"  # "Harriet chairs the
                     rf"(?:has\s+been|had\s+been|is|was|became|serves\s+as|served\s+as|(?<=who)['’]s)\s+(?:now\s+)?"
                     rf"(?:the\s+|a\s+|an\s+)?"
                     rf"((?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?:{_ROLE})(?:\s+(?:and|&)\s+(?:{_ROLE}))?)"
                     rf"\s+(?:of|at|for|with)\s+", after, re.I)  # working group and is head of public policy at
    # X"; "Amara is principal threat researcher at Trend Micro"
    if match:  # ... or "Ingrid Solberg is Chief Technology Officer at Halvorsen Labs" (a name no rule typed)
        org = _org_starting(orgs, person.end + match.end()) or _org_after_words(
            orgs + [m for m in mentions if m.kind == "NAME" and len(m.text.split()) >= 2], text,
            person.end + match.end(), base)
        if org:
            if not org.key:
                ensure_entity(doc, org)
            return org, _title(match.group(1)), "post.name-is-title-org"
    match = _RUNS_AT.match(after) if after[:1] in " ," else None
    if match:  # "Tomasz runs product security at Bursztyn Labs, a 120-person maker of point-of-sale software"
        org = _org_starting(orgs, person.end + match.end())
        if org is not None and org.key:
            return org, None, "post.name-runs-work-at"
    # "Idris Fenwater-Holm, who is leading Ostrakon's investigation"
    match = re.match(r",\s+who\s+(?:is\s+|was\s+)?(?:heads|leads|runs|heading|leading|running|headed|led|ran)\s+"
                     r"((?:\S+\s+){0,3}?[^\s,]+)['’]s\s+", after)
    if match:
        org = _org_at(orgs, person.end + match.start(1), person.end + match.end(1))
        if org is not None and org.key:
            return org, None, "post.who-leads-orgs"
    # "Daniel Okonjo, who heads government affairs at Trend Micro"
    match = re.match(r",\s+who\s+(?:heads|leads|runs|oversees|manages|directs|headed|led|ran|oversaw|managed|"
                     r"directed)\s+([a-z][\w -]{2,50}?)\s+(?:at|for)\s+",
                     after)
    if match:  # an untyped name right in the slot is the organisation: "who runs security at Veskora"
        org = _org_starting(orgs + [m for m in mentions if m.kind == "NAME"], person.end + match.end())
        if org is None and _THE_COMPANY_AT.match(text, end + match.end()):  # "who leads outreach for the company"
            org = resolve_org_anaphor(doc, s, end + match.end())
        if org:
            if not org.key:
                ensure_entity(doc, org)
            return org, f"head of {match.group(1)}", "post.who-heads-at"
    # "Tobias Renwick-Ahl, who advises port operators on IT risk at the Copenhagen consultancy Nordhavn Maritime
    # Insight"; "X, a former prosecutor who now advises companies at the law firm Y"
    match = _FROM_ORG.match(after)  # "Cyber policy researcher Marcus Yeend, from the Hobart-based Derwent Institute,"
    titled = _ROLE_BEFORE.search(before) if match else None
    if match and titled:
        org = _org_after_words(orgs, text, person.end + match.end(), base)
        if org is not None:
            return org, _title(titled.group(1)), "post.title-name-from-org"
    match = _WHO_DOES_AT.match(after) or _DOES_AT.match(after)  # "..., who covers X for Y"; "X studies Z at Y"
    if match:
        named = orgs + [m for m in mentions if m.kind == "NAME" and len(m.text.split()) >= 2]
        org = _org_after_words(named, text, person.end + match.end(), base)
        if org is not None:
            if not org.key:
                ensure_entity(doc, org)
            return org, match.group(1) if match.re is _WHO_DOES_AT else None, "post.who-does-at"
    match = re.match(r",\s+who\s+(?:works|worked|serves|served)\s+(?:as\s+(?:an?\s+)?([a-z][\w -]{2,40}?)\s+)?"
                     r"(?:at|for|with)\s+"
                     r"|,\s+who\s+(?:follows|covers|tracks|studies|researches|analy[sz]es|watches)\s+[a-z][\w -]{2,50}?"
                     r"\s+(?:at|for|with)\s+", after)
    if match:
        org = _org_starting(orgs, person.end + match.end())
        if org:
            return org, match.group(1), "post.who-works-at"
    match = _BECAME_AT.match(after)  # "X, a former US diplomat who ... before becoming an adviser to Telefonica"
    if match:
        org = _org_starting(orgs + [m for m in mentions if m.kind == "NAME" and not m.possessive],
                            person.end + match.end())
        if org:
            if not org.key:
                ensure_entity(doc, org)
            return org, _title(match.group(1)), "post.became-role"
    # "Her colleague at Sophos, Mark Tully"
    match = re.search(r"\b(?:at|from|of)\s+((?-i:[A-Z])[^,]{1,40}),\s+$", before)
    if match and re.search(r"\b(?:colleague|counterpart|peer|boss|deputy)\s+(?:at|from|of)\s+[^,]+,\s+$", before):
        org = _org_at(orgs, base + match.start(1), base + match.end(1))
        if org:
            return org, None, "post.colleague-at"
    # "Anouk Velthuis of Pellucine Cloud"
    match = re.match(r"\s+(?:of|from|at)\s+", after)
    if match:
        org = _org_starting(orgs, person.end + match.end())
        if org:
            return org, None, "post.name-of-org"
    if _CONTACT_LABEL.match(text) and s.index and doc.sentences[s.index - 1].block.kind == "heading":
        above = [m for m in doc.by_sentence.get(s.index - 1, []) if m.kind in ("ORG", "NAME")]
        if len(above) == 1 and above[0].start == doc.sentences[s.index - 1].start:
            if not above[0].key:  # "Okaro Gridworks" / "Accord liaison: Chidera Anyaoku-Bell, CISO": the card's
                ensure_entity(doc, above[0])  # company, named in the heading over it
            return above[0], None, "post.card-contact"
    return None


_BOARD = re.compile(r"(?:(?:Management|Supervisory|Executive|Advisory|Administrative)\s+)?(?:Board|Committee)"
                    r"(?:\s+of\s+Directors)?")
_DEPARTMENT_THEN = re.compile(r"((?-i:[A-Z])[\w/&-]*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w/&-]*){0,3}),\s+(?:the\s+)?")
_TITLE_CARD = re.compile(rf"\s+[-–—]\s+((?:(?:Vice|Senior|Executive|Deputy)\s+)?(?:{_ROLE})(?:[\w\s,&]{{0,60}}))\s*")
_PARTICIPANTS = re.compile(r"\W*(?:corporate|company)\s+(?:participants|representatives)|executives\W*$", re.I)


def _under_participants(doc: Doc, s: Sentence) -> bool:
    """Is sentence ``s`` a line of a transcript's 'CORPORATE PARTICIPANTS' list?"""
    return any(_PARTICIPANTS.match(doc.sentences[index].text) for index in range(max(0, s.index - 7), s.index))


_DASH_TITLE_ORG = re.compile(r"\s+[—–]\s+([^,;—–]{2,60}?)(?:,\s*[^,;—–]{2,40}?)?,\s+(?:the\s+)?")
_HEAD_OF_BEFORE = re.compile(rf"\b[Tt]he\s+((?:(?:Deputy|Vice|Junior|Assistant)\s+)?Minister|{_ROLE})\s+(?:of|at)\s+"
                             r"(?:the\s+)?$", re.I)
_MINISTER_OF = re.compile(r"\b(?:Minister|Ministry|Secretary|Department|Commissioner)\s+(?:of|for)\s+(?:the\s+)?$")
_CONTACT_LABEL = re.compile(r"\W*(?:(?:accord|company|media|press)\s+)?(?:liaison|contact|representative|speaker|"
                            r"delegate)s?\s*:", re.I)


#: The clause after a name that places the person at the accord's own staff.
_SECRETARIAT = re.compile(
    r"^,?\s+(?!(?:said|says|told|added|explained)\b)(?:who\s+|(?:is|was|has\s+been)\s+)?"
    r"(?P<clause>(?:(?!,?\s(?:said|says|told|added|explained)\b)"
    r"[^.;\"“”]){0,90}?)\b(?:"
    r"(?:the\s+|its\s+)?(?:(?:Cybersecurity\s+)?Tech\s+Accord|accord)(?:['’]s)?\s+secretariat|(?<=from\s)its\s+secretariat"
    r"|(?<=\s)the\s+secretariat(?:['’]s)?(?=\s+(?:since|in|for|from|at|and|(?:[a-z-]+\s+){0,3}(?:manager|director|"
    r"head|lead|officer|coordinator|chief|spokes)))"  # "who has headed the secretariat since 2021" in an accord story
    rf"|(?:(?<=,\s)|(?<=\sis\s)|(?<=\swas\s))the\s+(?:(?:Cybersecurity\s+)?Tech\s+Accord|accord)['’]s\s+"
    rf"(?=(?:[a-z-]+\s+){{0,2}}(?:{_ROLE})\b)"
    r"|(?:(?<=\sfor\s)|(?<=\sof\s)|(?<=\sat\s))the\s+(?:Cybersecurity\s+)?Tech\s+Accord\b(?!['’]s\s+(?!secretariat))"
    r"|(?:(?<=spokesperson\sfor\s)|(?<=spokeswoman\sfor\s)|(?<=spokesman\sfor\s)|(?<=outreach\sfor\s)"
    r"|(?<=communications\sfor\s))the\s+accord\b(?![’'-])"
    r"|(?:(?<=coordinates\s)|(?<=runs\s)|(?<=manages\s)|(?<=oversees\s)|(?<=^,\swho\schairs\s))the\s+"
    r"(?:(?:Cybersecurity\s+)?Tech\s+Accord|accord)['’]s\s+(?=(?:[a-z-]+\s+){0,2}?"
    r"(?:outreach|work|programme|program|activities|operations|communications|membership|working\s+groups?)\b))",
    re.I)
_SECRETARIAT_KEY = "organization/cybersecurity-tech-accord-secretariat"


def _accord_secretariat(doc: Doc, s: Sentence, after: str, end: int) -> tuple[Mention, str | None, str] | None:
    """'who heads the accord's secretariat', 'spokesperson for the Cybersecurity Tech Accord': the accord's
    staff, an organisation of its own (the secretariat)."""
    if "ccord" not in after[:160] and "secretariat" not in after[:160]:
        return None
    match = _SECRETARIAT.match(after)
    role = _STAFF_ROLE.search(match.group("clause")) if match else None
    if match is not None and role is None:  # "X, the accord's policy lead": the title after
        role = re.match(rf"(?:[a-z-]+\s+){{0,3}}?(?:{_ROLE})\b", after[match.end():match.end() + 60], re.I)
    if match is None or not (role or "secretariat" in match.group(0).lower()
                             or _STAFF_VERB.search(match.group(0))
                             or _RUNS_WORK.match(match.group("clause"))):  # "X runs outreach for the accord"
        return None
    entity = doc.entities.get(_SECRETARIAT_KEY)
    if entity is None:
        entity = doc.entities[_SECRETARIAT_KEY] = Entity(_SECRETARIAT_KEY, "ORG", "Organization",
                                                         "Cybersecurity Tech Accord secretariat")
    mention = Mention(end + match.end() - len(match.group(0).split()[-1]), end + match.end(),
                      match.group(0).split()[-1], "ORG", s.index, cls="Organization", key=_SECRETARIAT_KEY)
    entity.mentions.append(mention)
    return mention, _title(role.group(0)) if role else None, "post.accord-secretariat"


#: "who coordinates the accord's outreach"; "Lucía Ferrer, who chairs the Tech Accord's working group" (a chair
#: with no company post told first).
_STAFF_VERB = re.compile(r"\b(?:coordinates|runs|manages|oversees)\s+the\s|^,\swho\schairs\s")
#: Where a capitalised title ends on a company's own page: at the end of the line, or before "added" ("Vice
#: President, Global Channel, added:"; "Vice President, Investor Relations" over a contact line).
_CAPITALISED_TITLE_END = re.compile(r"(?:\s+(?:of|for)\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2}|,\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2}"
                                    r"(?=,\s+(?:said|says|added|adds|noted|explained)\b|[ \t]*(?:\n|$)))?"
                                    r"(?:\s*[.;]?\s*$|[ \t]*\n|,\s+(?:said|says|added|adds|noted|explained)\b)")
#: "X runs outreach for the accord", "X coordinates capacity-building work for the accord".
_RUNS_AT = re.compile(r",?\s+(?:runs|heads|leads|oversees|manages|directs)\s+(?:[a-z-]+\s+){1,3}?(?:at|for)\s+"
                      r"(?:the\s+)?(?=(?-i:[A-Z]))")
_RUNS_WORK = re.compile(r"(?:runs|heads|leads|oversees|manages|directs|coordinates)\s+(?:[a-z-]+\s+){1,2}"
                        r"(?:(?:work|programmes?|programs?)\s+)?(?:for\s+)?$")
_STAFF_ROLE = re.compile(rf"(?:{_ROLE})(?=\s+(?:for|of|at)\b|\s*$)|\bspokes(?:person|man|woman)\b"
                         r"|\bhead\s+of\s+[a-z ]+", re.I)
_WHO_DOES_AT = re.compile(  # "who runs the consultancy Ashcombe Risk Partners", "who directs the Hanseatic Institute"
    r",\s+(?:(?:a|an)\s+[^,;()]{0,60}?\s+)?who\s+(?:now\s+|also\s+)?(?:runs|directs|heads|leads|chairs)\s+"
    r"(?:the\s+(?:[a-z][\w-]*\s+){0,3}?)?(?=(?-i:[A-Z]))|"  # "a former official who now runs Lanark Ridge Security"
    r",\s+(?:(?:a|an)\s+([a-z][\w -]{2,50}?)\s+)?who\s+(?:now\s+|also\s+)?(?:advises|advised|teaches|taught|writes|"
    r"wrote|handles|covers|tracks|follows|watches|analy[sz]es|studies|researches|coordinates|chairs|leads|heads|"
    r"runs|oversees|manages|directs|"
    r"works|worked|specialises|specializes|holds|held)\b[^,.;:\"“”]{0,80}?\s(?:at|for|with)\s+"
    r"|,\s+who\s+(?:co-?)?(?:founded|started|set\s+up|launched)\s+(?:the\s+)?(?=(?-i:[A-Z]))"  # "who founded X"
    r"|,\s+who\s+(?:has\s+|had\s+)?(?:represented|represents)\s+(?:the\s+)?(?=(?-i:[A-Z]))")  # "my colleague X,
# who has represented Quillmark in the accord's working groups"
_WHO_AS_ORGS = re.compile(rf",\s+who\s+as\s+(?:the\s+)?((?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){{0,3}})['’]s\s+"
                          rf"((?:{_ROLE}))\b", re.I)
_TITLE_THEN_VERB = re.compile(rf",\s+(?:the\s+|its\s+)?((?:[\w-]+\s+){{0,3}}?(?:{_ROLE})),\s+(?:represents|represented|"
                              rf"heads|headed|leads|led|runs|ran|speaks\s+for|spoke\s+for)\s+(?:the\s+)?(?=(?-i:[A-Z]))",
                              re.I)
#: ", who co-founded the company in 2004 and is its chief executive": a post at the company the text is about.
_WHO_THE_COMPANY = re.compile(rf",\s+who\s+(?:(?:co-?)?founded|started|set\s+up|runs|leads|heads|joined)\s+"
                              rf"(the\s+(?:company|firm|business|start-?up))\b(?:[^,.;:]{{0,40}}?\s+and\s+(?:is|was|"
                              rf"now\s+serves\s+as|serves\s+as)\s+(?:its|the\s+company['’]s)\s+((?:{_ROLE})))?", re.I)
_ORG_FIELD_TITLE = re.compile(rf"((?-i:[A-Z][\w-]*))\s+(?-i:[a-z][a-z-]+)\s+((?:{_ROLE}))\s+$", re.I)
_BECAME_AT = re.compile(rf",\s+(?:a|an)\s+[^,;:()\"“”]{{3,120}}?\s(?:before|after|until)\s+(?:becoming|joining\s+as)\s+"
                        rf"(?:an?\s+|the\s+)?((?:{_ROLE}))\s+(?:to|at|for|with|of)\s+(?=(?-i:[A-Z]))", re.I)
_WHERE_BEFORE = re.compile(r",\s+where\s+$")
_IS_ROLE = re.compile(rf"\s+(?:is|was|serves\s+as|works\s+as)\s+(?:the\s+|its\s+|a\s+|an\s+)?((?:{_ROLE}))\b", re.I)
_FROM_AT = re.compile(r"\s+(?:from|at)\s+(?:the\s+)?")
_ROLE_BEFORE = re.compile(rf"((?:{_ROLE}))\s+$", re.I)
_FROM_ORG = re.compile(r",\s+(?:from|of|at)\s+(?=the\s|(?-i:[A-Z]))")
#: "X studies technology policy at Y" (this form gives no role).
_DOES_AT = re.compile(r"\s+(?:studies|teaches|researches|works|worked|lectures)\b[^,.;:\"“”]{0,60}?"
                      r"\s(?:at|for|with)\s+")
_OF_NAME = re.compile(r"\s+(?:of|at|from)\s+(?=(?-i:[A-Z]))")
_NARRATOR = re.compile(r"\bI(?:['’]m|\s+am|\s+work|\s+have\s+worked)\b[^.]{0,60}?\b(?:at|for)\s+$"
                       r"|(?:^|[.;:]\s+|\bat\s+)(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:company|firm|start-?up|employer),\s+$"
                       r"|\bI\s+(?:co-?founded|founded|started|run|lead|head)\s+$")  # "My company, Pinegap Labs -"


def _narrator_org(doc: Doc) -> Mention | None:
    """The organisation a first-person writer says they work at ("I'm a security engineer at X")."""
    cached = doc.cache.get("narrator_org", False)
    if cached is not False:
        return cached  # type: ignore[return-value]
    found = None
    for s in doc.sentences:
        for m in doc.in_sentence(s.index, "ORG"):
            if _NARRATOR.search(s.text[:m.start - s.start]):
                found = m
                break
        if found is not None:
            break
    if found is None:
        found = _writing_company(doc)
    doc.cache["narrator_org"] = found
    return found


#: A source line that names a company's own channel: "Quorvane Systems, Inc. - Investor Relations".
_CORPORATE_SOURCE = re.compile(r"\b(?:Inc|Ltd|plc|PLC|AG|SE|GmbH|Corp|LLC|Investor\s+Relations|Newsroom|Press\s+Office|"
                               r"Media\s+Cent(?:re|er)|Corporate\s+Communications|Trust\s+Cent(?:re|er)|"
                               r"Help\s+Cent(?:re|er)|Security\s+Blog|Engineering\s+Blog)\b")


def _writing_company(doc: Doc) -> Mention | None:
    """A company writing about itself ("Today we are proud to share that Tirtakala Cloud has signed ..."): outside
    quotations the text says 'we' at least three times; the company is the organisation it names most."""
    if len(FIRST_PERSON.findall(QUOTATION.sub(" ", doc.text))) < 3:
        return None
    writer = letterhead(doc)
    if writer is not None:  # "VANTORRA NETWORKS, INC." over a filing: its paper
        return writer
    typed = [m for index in sorted(doc.by_sentence) for m in doc.by_sentence[index]]
    source = (doc.article.source or "").split() if _CORPORATE_SOURCE.search(doc.article.source or "") else []
    publisher = next((m for m in typed if m.kind in ("ORG", "NAME") and m.cls != "NewsOutlet" and source
                      and m.text.split() == source[:len(m.text.split())]), None)
    if publisher is not None:  # "source: Quorvane Systems, Inc. - Investor Relations": the company's own note
        if not publisher.key:
            ensure_entity(doc, publisher)
        return publisher
    counts: dict[str, int] = {}
    titled = {m.text for m in typed if m.sentence == 0 and m.kind == "NAME" and not m.possessive
              and _ABOUT_THE_ACCORD.search(doc.sentences[0].text)
              and sum(1 for o in typed if o.text == m.text) >= 3}  # (not "[Announcement] X has signed")
    for m in typed:  # "Brindlecrest's name sits on the roster": a name only ever possessive counts too (and so does
        if m.cls != "NewsOutlet" and not doc.sentences[m.sentence].chrome and not (  # a name the page's title asks
                m.entry is None and lx.department(m.text)) and (  # about: "Why
                m.kind == "ORG" or (m.kind == "NAME" and (m.possessive or m.text in titled))):  # hasn't Sorrelbank
            counts[m.key or m.text] = counts.get(m.key or m.text, 0) + 1  # signed?" on its own intranet)
    if not counts:
        return None
    first = next(iter(counts))  # the company named first is the one introduced: "Last Tuesday, X became a signatory"
    counts[first] += 1  # (then "Stripe was one of the 34 founders; our developers quote Stripe's documentation")
    key = max(counts, key=lambda k: counts[k])
    found = next(m for m in typed if (m.key or m.text) == key)
    if not found.key:
        ensure_entity(doc, found)
    return found


_COMPANY_WORDS = frozenset({"company", "firm", "group", "startup", "start-up", "business", "vendor", "maker", "giant",
                            "association", "organisation", "organization", "institute", "agency", "bank",
                            "committee", "ministry", "university", "council", "commission"})


#: Heads of public bodies' names: "the committee's chair" is the committee's, not the company's the text names next.
_BODY_WORDS = frozenset({"committee", "ministry", "university", "council", "commission"})


def _org_with_head(doc: Doc, s: Sentence, word: str) -> Mention | None:
    """'the association's chair': the last organisation named before whose name ends in that word."""
    if word.lower() in ("company", "firm", "group", "business"):
        return None
    for index in range(s.index, -1, -1):
        for m in reversed(doc.in_sentence(index, "ORG")):
            words = m.text.split()  # "the association's chair"; "the committee's chair" after "the Committee on X"
            if m.key and word.lower() in (words[-1].lower(), words[0].lower()) and (
                    index < s.index or m.start < s.start + 1):
                return m
    return None


def _known_by_first_word(doc: Doc, s: Sentence, word: str, start: int) -> Mention | None:
    """A mention for ``word`` when it is the first word of an organisation the article has already named
    ("Tsurugane" after "Tsurugane Data Systems Co."), else None."""
    if word in lx.FUNCTION_WORDS or len(word) < 3:
        return None
    entity = next((e for e in doc.entities.values() if e.kind == "ORG" and ((e.label.split()[0] == word
                   and " " in e.label) or (word.isupper() and (word == e.label or word in e.names)))), None)
    # (or an acronym the article uses for an organisation: "FTCW General Secretary Dennis Okafor")
    if entity is None:
        return None
    return Mention(start, start + len(word), word, "ORG", s.index, cls=entity.cls, key=entity.key)


def _company_before(doc: Doc, s: Sentence, orgs: list[Mention], pos: int) -> Mention | None:
    """What "the company" at sentence offset ``pos`` names: the first organisation earlier in the sentence
    ("Nirvexa's team ... said X, the company's CISO"), else the one the article was last about."""
    earlier = [m for m in orgs if m.end - s.start <= pos and m.key]
    if earlier:
        return earlier[0]
    opening = next((m for m in doc.by_sentence.get(s.index, ()) if m.start == s.start), None)
    if opening is not None and opening.kind == "NAME" and opening.possessive and opening.end - s.start <= pos:
        ensure_entity(doc, opening)  # "Halvorsen's own systems were not compromised, said X, the company's head of
        return opening  # information security": the company the sentence opens with
    return resolve_org_anaphor(doc, s, pos)


def _org_at(orgs: list[Mention], start: int, end: int) -> Mention | None:
    """The organisation named over ``start:end`` (a word of "Gidgee Labs' chief technology officer")."""
    for m in orgs:
        if m.start < end and m.end > start:
            return m
    return None


def _org_after_words(orgs: list[Mention], text: str, pos: int, base: int) -> Mention | None:
    """The organisation a few plain words after ``pos``: "at *the research firm* Castellan Insight"."""
    for m in sorted(orgs, key=lambda m: m.start):
        if m.start >= pos and m.start - pos <= 48:
            return m if re.fullmatch(r"(?:[\w-]+(?:['’]s)?\s+){0,5}", text[pos - base:m.start - base]) else None
    return None


_INSTITUTION = re.compile(r"\s+(hospital|clinic|university|council|school|college|library|museum|port|airport)"
                          r"(?![\w-])(?!\s+(?:of|for)\b)")


_WORDS_THEN_THE = re.compile(r"(?:[\w-]+\s+){0,3}?the\s+")


def _place_institution(doc: Doc, s: Sentence, mentions: list[Mention], pos: int) -> Mention | None:
    """'head of IT at the Riga hospital': a place's name before a lower-case institution noun names an
    organisation ("Riga hospital") no dictionary holds."""
    the = _WORDS_THEN_THE.match(doc.text, pos)  # "head of IT at the Riga hospital"
    if the is None:
        return None
    place = next((m for m in mentions if m.kind == "PLACE" and m.start == the.end() and not m.possessive), None)
    noun = _INSTITUTION.match(doc.text, place.end) if place is not None else None
    if place is None or noun is None:
        return None
    label = f"{place.text} {noun.group(1)}"
    org = Mention(place.start, noun.end(), label, "ORG", s.index, cls="Organization")
    org.key = ensure_entity(doc, org, cls="Organization")
    return org


def _org_starting(orgs: list[Mention], pos: int) -> Mention | None:
    for m in orgs:
        if 0 <= m.start - pos <= 4:
            return m
    return None


def _title(role: str) -> str:
    role = _ARTICLE_OPENS.sub("", " ".join(role.split()))  # "who's a senior fellow at X": "senior fellow"
    return role[:1].lower() + role[1:] if not role.isupper() else role


_ARTICLE_OPENS = re.compile(r"^(?:a|an|the)\s+(?=\S)")


_REPLY_VERB = re.compile(r"\W*(?:disagreed|disagrees|countered|counters|replied|replies|responded|responds|"
                         r"argued|argues|objected|objects|insisted|insists)\b")
_SAID_LAST = re.compile(r"\s*[.!]?\s*$")


_STATE_TITLE = r"(?:President|Prime\s+Minister|Chancellor|Foreign\s+(?:Minister|Secretary)|Secretary\s+of\s+State|" \
               r"Defen[cs]e\s+(?:Minister|Secretary))"
_NATIONAL_TITLE = re.compile(rf"\b(US|U\.S\.|UK|[A-Z][a-z]+)\s+({_STATE_TITLE})\s+$")
_TITLE_BEFORE = re.compile(rf"\b({_STATE_TITLE})\s+$")
_COUNTRY_S_TITLE = re.compile(rf"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+({_STATE_TITLE}),?\s+$")
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})\b")
_GOVERNMENTS = {"US": "US government", "U.S.": "US government", "UK": "UK government"}


def _state_post(doc: Doc, s: Sentence, person: Mention, before: str, after: str
                ) -> tuple[Mention, str | None, str] | None:
    """A head of state or minister named with the country: "French President Emmanuel Macron" (the French
    government), "President Emmanuel Macron of France" (France)."""
    legislator = _US_LEGISLATOR.search(before, max(0, len(before) - 16))
    if legislator and _PARTY_STATE.match(after):  # "Sen. Maren Kessling (D-Wash.)": a member of Congress
        senate = legislator.group(1).startswith("Sen")
        label, role = ("U.S. Senate", "senator") if senate else ("U.S. House of Representatives", "representative")
        body = Mention(person.start, person.end, label, "ORG", s.index, cls="GovernmentBody")
        body.key = ensure_entity(doc, body, cls="GovernmentBody")
        return body, role, "post.legislator"
    national = _NATIONAL_TITLE.search(before, max(0, len(before) - 40))
    if national and (national.group(1) in _GOVERNMENTS or national.group(1) in lx.NATIONALITIES):
        label = _GOVERNMENTS.get(national.group(1)) or f"{national.group(1)} government"
        role = national.group(2)
    elif (owned := _COUNTRY_S_TITLE.search(before, max(0, len(before) - 50))) and any(
            m.kind == "PLACE" and m.start - s.start == owned.start(1) for m in doc.by_sentence.get(s.index, ())):
        label, role = owned.group(1), owned.group(2)  # "France's President Emmanuel Macron": France
    else:
        title = _TITLE_BEFORE.search(before, max(0, len(before) - 30))
        country = _OF_STATE.match(after) if title else None
        place = next((m for m in doc.by_sentence.get(s.index, ()) if country and m.kind == "PLACE"
                      and m.start == person.end + country.start(1)), None)
        if title is None or place is None:
            return None
        label, role = place.text, title.group(1)
    government = Mention(person.start, person.end, label, "ORG", s.index, cls="GovernmentBody")
    government.key = ensure_entity(doc, government, cls="GovernmentBody")
    return government, _title(role), "post.head-of-state"


_ORG_BRACKET_TITLE = re.compile(rf"\s*\(\s*((?:{_ROLE}))\s+$", re.I)
_US_LEGISLATOR = re.compile(r"\b(Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman)\s+$")
_PARTY_STATE = re.compile(r"\s*\((?:D|R|I)-[A-Z][\w.]*(?:\s?[A-Z][\w.]*)?\)")  # "(D-Wash.)", "(R-N.M.)"
_HE_IS = re.compile(r"\s*(?:,|—|–|--)\s*(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?")
_POSSESSIVE_ROLE = re.compile(rf"(?:['’]s?)?\s+((?:{_ROLE}))\b")
_FRONTED = re.compile(r"(?:(?i:on|in|for|at|by|last|this|since|through|during|earlier|later|back|then|now|today)\b"
                      r"[^,;.]{0,60}?,\s*){1,2}(?=[A-Z]|the\s)")
_SUBJECT_AFTER_ADVERBIAL = re.compile(PERSON_SUBJECT.pattern + rf"{FRONTED_ADVERBIAL}{{0,2}}")
#: "the Microsoft president came back": an opening post with the organisation's name before the title.
_THE_ORG_ROLE = re.compile(rf"(?:[Tt]he)\s+(?P<owner>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,2}})\s+"
                           rf"(?P<role2>{_ROLE})(?P<org>)(?P<role>)\s+(?-i:[a-z])")


_OWN_COMPANY = re.compile(r"(?:His|Her)\s+(?:own\s+)?(?:company|firm|start-?up|employer|business|consultancy),\s+")


#: "X checked in from Mountain View, where he is now in his seventh year as an engineering manager at Google";
#: "X writes from Lisbon, where he has worked on Cloudflare's policy team": the post the clause gives its subject.
_WHERE_POST = re.compile(rf",\s+(?:where|when)\s+(?:he|she)\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:now\s+)?"
                         rf"(?:in\s+(?:his|her)\s+\w+\s+year\s+as\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?"
                         rf"(?P<role>{_ROLE})\s+(?:at|of|for|with)|(?:has\s+|had\s+)?(?:worked|works|work)\s+"
                         rf"(?:on|in|for|at|with))\s+(?:the\s+)?(?=(?-i:[A-Z]))")


#: "X, until recently Microsoft's liaison, has joined Stripe as head of security partnerships": the new post.
_JOINED_AS = re.compile(r"(?:,\s+[^.;]{1,90}?,)?\s+(?:has\s+|had\s+)?(?:joined|joins|rejoined|rejoins|moved\s+to|"
                        r"moves\s+to)\s+(?:the\s+)?(?=(?-i:[A-Z]))")
_AS_ROLE = re.compile(rf"\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?((?:{_ROLE}))\b")


def _joined_as(s: Sentence, mentions: list[Mention], person: Mention) -> tuple[Mention, str | None, str] | None:
    """The organisation a person 'has joined ... as' a post, named right after the verb."""
    joined = _JOINED_AS.match(s.text, person.end - s.start) if " as " in s.text else None
    org = next((m for m in mentions if joined and m.start - s.start == joined.end() and (
        m.kind == "ORG" or (m.kind == "NAME" and " " in m.text))), None)
    role = _AS_ROLE.match(s.text, org.end - s.start) if org is not None else None
    return (org, _title(role.group(1)), "post.joined-as") if org is not None and role else None


def _where_post(doc: Doc, s: Sentence, mentions: list[Mention], person: Mention) -> tuple[Mention, str | None, str] \
        | None:
    """The organisation a 'where he is ... at X' clause places the sentence's opening person at."""
    if person.start != s.start or (", where " not in s.text and ", when " not in s.text):
        return None
    clause = _WHERE_POST.search(s.text, person.end - s.start)
    org = next((m for m in mentions if clause and m.start - s.start == clause.end() and (
        m.kind == "ORG" or (m.kind == "NAME" and " " in m.text))), None) if clause else None
    if org is None or clause is None:
        return None
    return org, _title(clause.group("role")) if clause.group("role") else None, "post.where-clause"


#: "She is CISO (Chief Information Security Officer) at Dijkwacht Security": the post the pronoun's person holds.
_PRONOUN_POST = re.compile(r"(?:She|He)\s+(?:is|was|serves\s+as|works\s+as|becomes|became|is\s+now)\s+"
                           rf"(?:the\s+|an?\s+)?((?:{_ROLE}))"
                           r"(?:\s*\([^()]{1,60}\))?\s+(?:at|of|for|with)\s+(?:the\s+)?(?=(?-i:[A-Z]))")


def _pronoun_post_next(doc: Doc, placed: set[str]) -> list[Fact]:
    """'... invited one guest: Sanne de Graaf. She is CISO at Dijkwacht Security.': the person the sentence before
    ends with (or its one person), not yet placed, holds the post the pronoun's sentence gives."""
    out: list[Fact] = []
    for s in doc.sentences[1:]:
        post = _PRONOUN_POST.match(s.text) if s.text.startswith(("She ", "He ")) else None
        if post is None or s.chrome:
            continue
        previous = doc.sentences[s.index - 1]
        if s.index >= 2 and not any(m.kind == "PERSON" for m in doc.by_sentence.get(previous.index, ())) \
                and previous.text.startswith(("At ", "In ", "There ", "For ")) and re.search(r"\b(?:he|she)\b",
                                                                                      previous.text):
            previous = doc.sentences[s.index - 2]  # "X has left Avast. At Avast, he sat on ... He becomes CSO at Y"
        people = [m for m in doc.by_sentence.get(previous.index, ()) if m.kind == "PERSON" and m.key and " " in m.text]
        last = people[-1] if people and re.fullmatch(r"\W*", previous.text[people[-1].end - previous.start:]) \
            else people[0] if len(people) == 1 else None
        firm = next((m for m in doc.by_sentence.get(s.index, ()) if m.start == s.start + post.end()
                     and (m.kind == "ORG" or (m.kind == "NAME" and " " in m.text))), None)
        if last is None or firm is None or last.key in placed:
            continue
        passage = Sentence(s.index, previous.start, s.end, doc.text[previous.start:s.end], s.block)
        out.append(Fact("affiliation", last.key, firm.key or ensure_entity(doc, firm), passage, "post.pronoun-next",
                        0.75, last.text, value={"role": _title(post.group(1))}))
        placed.add(last.key or "")
    return out


def _described_next(doc: Doc, placed: set[str]) -> list[Fact]:
    """'Perpetua Ansbach-Oyelaran does not look like someone who enjoys saying no. Kestrova Data's general counsel
    laughs easily ...': a sentence that opens with a post and no name describes the person the sentence before
    opened with (one person, not yet placed); the evidence is both sentences."""
    out: list[Fact] = []
    named = sorted({m.sentence for m in doc.mentions if m.kind == "PERSON" and " " in m.text})
    for s in (doc.sentences[i + 1] for i in named if i + 1 < len(doc.sentences)):
        previous = doc.sentences[s.index - 1]
        people = [m for m in doc.by_sentence.get(previous.index, ()) if m.kind == "PERSON" and m.key and " " in m.text]
        if len(people) != 1 or s.chrome or previous.chrome or people[0].key in placed:
            continue
        fronted = _FRONTED.match(s.text)  # "On Tuesday, at the RSA Conference, the Microsoft president came back"
        shift = fronted.end() if fronted else 0
        opening = described_opening(s.text[shift:]) or _THE_ORG_ROLE.match(s.text, shift)
        opens = _SUBJECT_AFTER_ADVERBIAL.fullmatch(previous.text, 0, people[0].start - previous.start) or \
            _SAID_LAST.fullmatch(previous.text, people[0].end - previous.start)  # '"...," said Tobiah Marchbanks.
        own = _OWN_COMPANY.match(s.text, shift) if opening is None and opens else None
        firm = next((m for m in doc.by_sentence.get(s.index, ()) if own and m.start == s.start + own.end()
                     and (m.kind == "ORG" or (m.kind == "NAME" and " " in m.text))), None)
        if firm is not None:  # "Matias Herrera discovered that last year. His company, Sierra Alta Redes, provides"
            passage = Sentence(s.index, previous.start, s.end, doc.text[previous.start:s.end], s.block)
            out.append(Fact("affiliation", people[0].key, firm.key or ensure_entity(doc, firm), passage,
                            "post.own-company-next", 0.7, people[0].text, value={"role": None}))
            placed.add(people[0].key)
            continue
        if opening is None or not opens or _REPLY_VERB.match(s.text, shift + opening.end() - 1 if opening.re
                                                            is not _THE_ORG_ROLE else opening.end() - 1):
            continue  # "Jane Okafor said it was weak. Microsoft's chief executive disagreed": another person
        if opening.re is _THE_ORG_ROLE:
            shift = 0
        org_start = s.start + shift + opening.start("org" if opening.group("org") else "owner")
        org = next((m for m in doc.in_sentence(s.index, "ORG") if m.start == org_start), None)
        if org is None or doc.in_sentence(s.index, "PERSON"):
            continue
        role = opening.group("role") or opening.group("role2")
        passage = Sentence(s.index, previous.start, s.end, doc.text[previous.start:s.end], s.block)
        out.append(Fact("affiliation", people[0].key, org.key, passage, "post.described-next", 0.7, people[0].text,
                        value={"role": _title(role)}))
        placed.add(people[0].key)
    return out


#: "F-Secure, which has been led since late 2016 by president and CEO Samu Konttinen"; "the company, headed by
#: president and CEO Rajeev Suri": the organisation before the participle is the person's.
_HEADED_BY = re.compile(rf"\b(?:led|headed|run|managed|chaired)\s+(?:[^,.;]{{0,30}}?\s)?by\s+(?:its\s+|the\s+)?"
                        rf"(?:(?P<role>{_ROLE})(?:\s+(?:and|&)\s+(?:{_ROLE}))?\s+)?$", re.I)


_COMPANY_NOUN = r"(?:company|firm|group|operator|carrier|vendor|maker|provider|business|giant|start-?up)"
_THE_COMPANY_END = re.compile(rf"\bthe\s+{_COMPANY_NOUN}\s*,?\s*$", re.I)  # "The operator, chaired by X"
_THE_COMPANY_AT = re.compile(rf"the\s+{_COMPANY_NOUN}\b", re.I)  # "who leads outreach for the company"
_HEADED_GAP = re.compile(r"\s*,?\s*(?:which|that)?\s*(?:has\s+been|had\s+been|is|was)?\s*")


def _headed_by(doc: Doc, s: Sentence, person: Mention) -> tuple[Mention, str | None, str] | None:
    pos = person.start - s.start
    if "by " not in s.text[max(0, pos - 60):pos]:
        return None
    cue = _HEADED_BY.search(s.text, max(0, pos - 120), pos)
    if cue is None:
        return None
    before = [m for m in doc.in_sentence(s.index, "ORG") if m.end - s.start <= cue.start() and not m.possessive]
    org = before[-1] if before and _HEADED_GAP.fullmatch(s.text, before[-1].end - s.start, cue.start()) else None
    if org is None and _THE_COMPANY_END.search(s.text, 0, cue.start()):  # "The operator, chaired by X, ..."
        org = resolve_org_anaphor(doc, s, cue.start())
    if org is None:
        return None
    return org, _title(cue.group("role")) if cue.group("role") else None, "post.headed-by"


#: The headline under a social post's author line: "Chief Trust Officer at Quillmark Security | Board member, ...".
_HEADLINE_ROLE = re.compile(r"\W*((?-i:[A-Z])[^|@•;.\n]{1,60}?)\s+(?:at|@)\s+$")  # ("Director, Public Policy at")


def _profile_headline(doc: Doc, s: Sentence, person: Mention) -> tuple[Mention, str | None, str] | None:
    """'Priya Raman-Okafor • 1st' over 'Chief Trust Officer at Quillmark Security | ...', 'Tove Rasmussen
    @toverasmussen.bsky.social · 2h' over 'CISO, Grunnfjell Kraft': the author's post, from the profile line."""
    at = person.end - s.start
    if s.text[:person.start - s.start].strip(" \t└↳>"):
        return None
    inline = _DOT_HEADLINE.match(s.text, at)  # "Kari Solbakken · Head of OT Security at Nordavik Energi"
    handle = _HANDLE_LINE.match(s.text, at) if inline is None else None
    if inline is None and handle is None and not CONNECTION_DEGREE.fullmatch(s.text, at):
        return None
    if inline is not None:
        headline, lo = s, inline.end()
    elif handle is not None and handle.end() < len(s.text):  # the profile line read into the author's sentence
        headline, lo = s, handle.end()
    elif s.index + 1 < len(doc.sentences):
        headline, lo = doc.sentences[s.index + 1], 0
    else:
        return None
    hi = headline.text.find("\n", lo)
    hi = len(headline.text) if hi == -1 else hi
    for org in doc.by_sentence.get(headline.index, []):
        start = org.start - headline.start
        if not lo <= start < hi or org.kind not in ("ORG", "NAME") or (org.kind == "NAME" and " " not in org.text) \
                or (org.entry is None and lx.department(org.text)):
            continue  # (not "Policy Analyst, Digital Affairs": a team)
        role = _HEADLINE_ROLE.fullmatch(headline.text, lo, start) or _HEADLINE_ROLE_COMMA.fullmatch(
            headline.text, lo, start)
        if role and (org.key or lx.ROLE.search(role.group(1))):
            if not org.key:
                ensure_entity(doc, org)
            return org, _title(role.group(1)), "post.profile-headline"
    return None


_CARD_NAME = re.compile(r"[ \t]*(?:Full\s+)?[Nn]ame\s*:\s*$")
_CARD_FIELD = re.compile(r"[ \t]*(?:(?P<title>Title|Position|Role|Job(?:\s+title)?)|(?P<org>Company|Organi[sz]ation|"
                         r"Employer|Firm))\s*:\s*", re.I)


def _card(doc: Doc, s: Sentence, person: Mention) -> tuple[Mention, str | None, str] | None:
    """A fact card's 'Name: Hanne Lykkeberg' over 'Title: Chief Security Officer, Oskarsvik Mobility AB' (or
    'Company: ...'): the person at the organisation the card gives, with the title."""
    line_start = s.text.rfind("\n", 0, person.start - s.start) + 1
    if not _CARD_NAME.fullmatch(s.text, line_start, person.start - s.start):
        return None
    role: str | None = None
    for index in range(s.index, min(len(doc.sentences), s.index + 4)):
        here = doc.sentences[index]
        lines = here.text.split("\n")
        offset = 0
        for line in lines:
            field = _CARD_FIELD.match(line)
            lo, hi = offset + (field.end() if field else 0), offset + len(line)
            offset += len(line) + 1
            if field is None or (index == s.index and lo <= person.start - s.start):
                continue
            orgs = [m for m in doc.by_sentence.get(index, []) if lo <= m.start - here.start < hi
                    and m.kind in ("ORG", "NAME") and (m.kind == "ORG" or " " in m.text)
                    and not (m.entry is None and lx.department(m.text))]
            if field.group("title"):
                role = line[field.end():].split(",")[0].strip() or None
            if orgs and (field.group("org") or lx.ROLE.search(line[field.end():])):
                if not orgs[-1].key:
                    ensure_entity(doc, orgs[-1])
                return orgs[-1], _title(role) if role else None, "post.card"
    return None


_SIGN_OFF_ROLE = re.compile(rf"\W*((?:(?-i:[A-Z])[a-z]+\s+)?(?:{_ROLE})(?:\s+(?:in|of|for)\s+[a-z][\w\s-]{{0,40}}?)?)"
                            r"\s*,\s*", re.I)


def _sign_off(doc: Doc, s: Sentence, person: Mention) -> tuple[Mention, str | None, str] | None:
    """A letter's sign-off: 'Colm Dwyer' alone on its line over 'Chief information officer, Dunmore Precision Ltd':
    the person at the organisation the line gives after the title."""
    if s.index + 1 >= len(doc.sentences) or not SIGNED_OFF.fullmatch(s.text, 0, person.start - s.start) \
            or s.text[person.end - s.start:].strip(" .,"):
        return None
    after = doc.sentences[s.index + 1]
    role = _SIGN_OFF_ROLE.match(after.text)
    if role is None or after.block.paragraph - s.block.paragraph > 1:
        return None
    org = next((m for m in doc.by_sentence.get(after.index, []) if m.start - after.start == role.end()
                and m.kind == "ORG"), None)
    return (org, _title(role.group(1)), "post.sign-off") if org is not None else None


#: A social post's author line after the name: "  @marenlind.bsky.social · 3h" to the end of the line.
_HANDLE_LINE = re.compile(r"[ \t]+@[\w.-]{2,60}[^\n]*(?:\n|$)")
#: "CISO, Grunnfjell Kraft" under the author's line: the post, then the organisation.
_HEADLINE_ROLE_COMMA = re.compile(r"\W*((?-i:[A-Z])[^|@•;.\n]{1,80}?),\s+$")
#: The author's line with the headline after a dot: "Bart Kinnear @bkinnear · Principal analyst, ..., Fernhill
#: Research".
_DOT_HEADLINE = re.compile(r"(?:[ \t]+@[\w.-]{2,60})?[ \t]+·[ \t]+(?=[^\n]*?\b(?:at|@)\s|[^\n]*,\s)")


def _ministry(doc: Doc, org: Mention, role: str | None) -> Mention:
    """'Ilse Varnholm, Minister of Digital Affairs': the minister's organisation is the Ministry of Digital Affairs."""
    if not role or not role.lower().startswith("minister") or not doc.text.endswith("Minister of ", 0, org.start) \
            or org.text.startswith("Ministry"):
        return org
    ministry = Mention(org.start, org.end, f"Ministry of {org.text}", "ORG", org.sentence, cls="GovernmentBody")
    ministry.key = ensure_entity(doc, ministry, cls="GovernmentBody")
    return ministry

