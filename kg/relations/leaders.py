"""Who led, initiated, organised or convened an agreement."""

from __future__ import annotations

import re

from kg.nlp import lexicon as lx
from kg.nlp.document import Doc
from kg.nlp.mentions import PERSON_NAME, TURN_OPENING, Mention
from kg.nlp.patterns import Cue, anchored
from kg.nlp.segment import Sentence
from kg.relations.base import (
    Fact,
    agreement_for,
    antecedent,
    cached,
    clause_start,
    ensure_entity,
    group_after,
    group_before,
    has_any,
    inside,
    relative_regions,
    resolve_org_anaphor,
)

_VERBS = r"(?:led|leads|leading|organi[sz]ed|organi[sz]es|convened|convenes|convene|convening|organi[sz]e|initiated|" \
         r"initiates|" \
         r"spearheaded|" \
         r"spearheads|championed|champions|brokered|headed|heads|coordinated|drove|driven|instigated|drafted|" \
         r"authored|proposed|conceived|devised|brought\s+together|assembled|rallied|gathered|united|mobili[sz]ed|" \
         r"rounded\s+up|persuaded|convinced|enlisted|recruited|recruiting|recruits|forged|put\s+together|" \
         r"stitched\s+together|cobbled\s+together|pulled\s+together|shepherded|steered|piloted|promoted|" \
         r"rounding\s+up|rounds\s+up|rallying|bringing\s+together|assembling|enlisting|drew\s+up|leaded|" \
         r"set\s+in\s+motion|corralled|marshall?ed|herded|galvani[sz]ed)"
_THING = r"(?:initiative|accord|pact|pledge|agreement|group|effort|coalition|alliance|companies|firms|signers|" \
         r"signatories|push|charge|talks|drive|founders|members|organizations|organisations|partners|campaign|" \
         r"principles|commitments|text|document|charter|whole\s+thing|exercise|project|announcement|launch|" \
         r"declaration|majors|founding\s+list)"
#: "the driving force behind it": the one who led it.
_BEHIND = rf"(?:driving\s+force|moving\s+spirit|prime\s+mover|chief\s+architect|architect)\s+(?:behind|of)\s+" \
          rf"(?:it\b|(?:the\s+|this\s+)(?:[\w-]+\s+){{0,3}}?{_THING}\b)"
PASSIVE = anchored(rf"\bunder\s+the\s+(?:leadership|stewardship|auspices|coordination)\s+of\s+"
                   rf"|\b(?:at|on)\s+the\s+initiative\s+of\s+"
              rf"|(?<!-)\b(?:{_VERBS}|carried)(?:\s+and\s+{_VERBS})?\s+(?:(?:largely|mainly|mostly|chiefly|primarily|partly)\s+)?(?:(?:in)?to\s+(?:existence|being|life)\s+|(?:over|during|within|for|from)\s+"
              rf"(?:[\w-]+\s+){{1,3}}?|(?:in|on)\s+(?:[\w,]+\s+){{0,2}}?(?:19|20)\d\d,?\s+)?by\s+|\b(?:push|initiative|effort|drive|campaign)\s+(?:by|from|of)\s+"
                     r"(?=(?-i:[A-Z]))|\b(?:conceived|born|created|devised|hatched|dreamed\s+up)\s+"
                     r"(?:at|by|inside|within|in)\s+(?=(?-i:[A-Z]))"
                     r"|\b(?:founded|launched|started|created|set\s+up|formed)(?:\s+(?:in|on)\s+[\w ,]{3,24}?|"
                     r"\s+(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter|April))?\s+by\s+"
                     r"(?=[^.;]{0,40}?\band\s+"
                     r"(?:\d+|[a-z]+-?[a-z]*)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:partners|companies|firms|others|groups))"
              rf"|\b{_BEHIND}\s+(?:is|was|has\s+been)\s+"
              r"|\b(?:was|had\s+been)\s+(?:\w+\s+)?drawn\s+up\s+by\s+"
              r"|\bdrawn\s+up\s+by\s+")
ACTIVE = anchored(rf"(?<!-)\b{_VERBS}\s+(?!by\b)"
             rf"(?!(?:(?<=proposed\s)|(?<=proposes\s)|(?<=convinced\s)|(?<=persuaded\s))that\b)"
             rf"(?:the\s+|this\s+|an?\s+|its\s+|their\s+)?(?:(?!for\b|with\b|to\b|on\b|through\b|via\b|under\b|within\b|"
             rf"across\b|around\b|at\b|in\b|from\b)[\w-]+\s+){{0,3}}?{_THING}\b"
             rf"|(?<!-)\b{_VERBS}\s+{lx.COUNT}\s+other\s+(?:[\w-]+\s+){{0,4}}?{_THING}\b"
             rf"|\b(?:pulled|brought|got|put)\s+(?:the\s+|this\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_THING}|thing)"
             rf"\s+together\b|\b(?:doing|did|does|do|done)\s+(?:(?:most|much|all|the\s+bulk)\s+of\s+)?the\s+"
             rf"(?:convening|organi[sz]ing|leading|coordinating|recruiting)\b"
             rf"|\b(?:is|was|has\s+been|are|were)\s+(?:the\s+|its\s+)?{_BEHIND}"
             r"|\b(?:is|was)\s+(?:the\s+(?:company|firm|one)\s+)?behind\s+(?:it|the\s+(?:accord|pact|pledge|deal))\b"
             rf"|(?<!-)\b(?:convened|organi[sz]ed|initiated|spearheaded|conceived|brokered|instigated)\s+it\b"
             r"|\b(?:pulled|brought|put)\s+it\s+(?:all\s+)?together\b"  # "Microsoft pulled it together"
             r"|\b(?:rounded|rounds|rounding)\s+them\s+(?:all\s+)?up\b"  # "34 signatories, and X rounded them up"
             r"|\b(?:had\s+)?(?:gathered|assembled|rallied|convened|corralled|recruited|marshall?ed)\s+them\b"
             r"|\b(?:launch(?:ed)?|founded|creat(?:e|ed)|establish(?:ed)?|set\s+up|unveil(?:ed)?|rolled\s+out|announced)"
             r"\s+(?:the|this)\s+"
             r"(?:cybersecurity\s+)?(?:tech\s+)?(?:accord|pact)\b"
             rf"|\btalked\s+(?:{lx.COUNT}\s+)?(?:other\s+)?(?:[\w-]+\s+)?(?:companies|firms)\s+into\b"
             rf"|\b(?:got|persuaded|convinced|brought)\s+{lx.COUNT}\s+other\s+(?:[\w-]+\s+)?(?:companies|firms)\s+to\s+"
             r"(?:sign|join)\b"  # "Microsoft got 33 other companies to sign a pledge at RSA"
             rf"|\b(?:launched|founded|started|created|set\s+up)\s+(?:it|the\s+whole\s+thing|the\s+(?:accord|pact))\s+"
             rf"(?:in\s+[\w ]{{3,20}}?\s+)?with\s+{lx.COUNT}\s+"
             r"(?:other\s+)?(?:partners|companies|firms)\b")
_THING_BEFORE = re.compile(rf"\b{_THING}\b", re.I)
#: The last branch counts only after 'was': "The accord was X's initiative".
IDEA = anchored(r"\b(?:idea|brainchild|initiative|creation|project)\s+of\s+|['’]s\s+(?:idea|brainchild)\b"
           r"|\b(?:idea|initiative|impetus)(?:\s+(?:to|for|behind)\s+(?:the\s+|this\s+)?(?:accord|pact|pledge|it))?\s+"
           r"(?:came|comes|had\s+come)\s+from\s+(?:(?-i:[A-Z]{2,3})\s+)?"
           r"(?:[a-z][\w-]*\s+){0,3}?(?:(?-i:[A-Z][a-z]+(?:an|ish|ese))\s+)?(?=(?-i:[A-Z]))"  # "The initiative came
           # from US software giant Microsoft"; "The initiative to the accord came from the American Microsoft"
           r"|(?:['’]s|(?<=s)['’])\s+(?:initiative|creation|project)\b")
#: "The company convened ..."; "The Redmond company convened the founding group".
_COMPANY_SUBJECT = re.compile(r"\W*(?:the\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:company|firm|group|giant)|it)\s+"
                              r"(?:has\s+|had\s+)?$", re.I)
_GENERIC_THINGS = frozenset("group companies firms members organizations organisations partners".split())
#: "The accord was X's initiative", "it was very much X's project".
_WAS_BEFORE = re.compile(r"\b(?:accord|pact|it|pledge|this|that)\s+(?:was|is)\s+(?:\w+\s+){0,2}$", re.I)
_CONTEXT = Cue(rf"\b{_THING}\b|\bit\b")


_NOUN_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+$")
_AGREEMENT_NOUNS = r"accord|pact|pledge|agreement|initiative|charter|call|declaration"
_AGREEMENT_WORD = re.compile(rf"\b(?:{_AGREEMENT_NOUNS})\b", re.I)
def _object_of(doc: Doc, s: Sentence, cue: re.Match[str]) -> str | None:
    """The agreement a leading verb names as its object ("Siemens, which conceived the Charter, ..."; "which
    leads a separate industry pledge known as the Charter of Trust"), if any."""
    return next((m.key for m in doc.in_sentence(s.index, "AGREEMENT")
                 if cue.start() <= m.start - s.start < cue.end() + 1 or (
                     0 <= m.start - s.start - cue.end() <= 60
                     and _KNOWN_AS.fullmatch(s.text, cue.end(), m.start - s.start))), None)


#: "a separate industry pledge known as the Charter of Trust": the name the object goes by.
_KNOWN_AS = re.compile(r"[^,;.]{0,30}?\b(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?")
#: "the Charter of Trust, a separate cybersecurity initiative that ...": a description put beside a name.
_APPOSED = re.compile(r",\s+(?:a|an|the|its)\s+[\w\s-]{0,60}$")


def _apposed_agreement(doc: Doc, s: Sentence, pos: int) -> str | None:
    """The agreement named right before a description that ends at ``pos``, if the description is put beside it."""
    before = [m for m in doc.in_sentence(s.index, "AGREEMENT") if m.end - s.start <= pos]
    if before and _APPOSED.fullmatch(s.text, before[-1].end - s.start, pos):
        return before[-1].key
    return None


def _it_is_agreement(doc: Doc, s: Sentence) -> bool:
    """Does 'it' in ``s`` stand for the agreement: named in the sentence before, or before a run of 'It ...'
    sentences ("The pledge is called the Tech Accord. It was announced this morning. Microsoft organized it.")?"""
    for index in range(s.index - 1, max(-1, s.index - 4), -1):
        text = doc.sentences[index].text
        if _IT_IS_AGREEMENT.search(text):
            return True
        label = TURN_OPENING.match(text)
        if not text[label.end() if label else 0:].startswith("It "):
            return False  # ("LYKKEBERG: It was written by the industry. Microsoft convened it in 2018")
    return False


#: The sentence before "X convened it" names the agreement or its founders ("It was announced ... with 34
#: founding members.").
_IT_IS_AGREEMENT = re.compile(rf"\b(?:{_AGREEMENT_NOUNS}|(?:founding|charter)\s+(?:members|signatories|companies)"
                              rf"|one\s+signatory)\b",
                              re.I)
#: "a voluntary pledge on cyber security drawn up by Microsoft".
_DRAWN_UP = re.compile(r"\b(?:accord|pact|pledge|agreement|charter|compact)\s+(?:[\w-]+\s+){0,4}?$", re.I)
_OTHER_SUBJECT = re.compile(r"\b(?:that|which)\s+(?:the|a|an|its|their)\s+\w+")
_UNDER = re.compile(r"\bunder\s+$", re.I)
_LEADERSHIP = re.compile(r"['’]s\s+(?:leadership|stewardship|auspices|guidance|direction|lead)\b", re.I)
_X_LED = re.compile(r"-(?:led|organi[sz]ed|initiated|convened|brokered|drafted|spearheaded)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:accord|pact|initiative|coalition|group|effort|pledge|agreement|text)\b", re.I)
_COMMON_RELATIVE = re.compile(r"\b(?:companies|firms|ones|groups|members)\s+(?:that|which|who)\s+"
                             r"(?:(?:on|in|at|last|this)\s+[^,;.]{1,20}?\s+)?$", re.I)  # "... that on Tuesday unveiled"
_AND_PARTNERS = re.compile(r"\s+and\s+(?:its|their)\s+(?:partners|allies|peers)\s+(?:to\s+)?$")
#: "the accord, which X organized"; "the accord, the effort X led"; "The accord was the effort X spearheaded".
_OBJECT_RELATIVE = re.compile(r"\b(?:accord|pact|initiative|pledge|agreement|coalition|group)\b[^.;]{0,60}?"
                              r"\b(?:which|that)\s+$|\b(?:3[34]|thirty-three|thirty-four)\s+(?:[\w-]+\s+)?(?:companies|firms)"
                              r"\s+(?:that|which|whom)\s+$|\b(?:accord|pact|Accord)(?:,|\s+(?:was|is))\s+(?:the|an?)\s+"
                              r"(?:[\w-]+\s+)?(?:effort|initiative|pledge|project|coalition)\s+$"
                              r"|\b(?:accord|pact|compact|pledge|charter|agreement)\s+$",  # "the compact Microsoft
                              # convened", "in an agreement Microsoft organized and unveiled"
                              re.I)
#: "..., which Microsoft organized"; "the pledge that Microsoft and 33 other companies launched".
_LEAD_VERB_AFTER = re.compile(rf"\s+(?:\w+\s+|and\s+{lx.COUNT}\s+other\s+(?:[\w-]+\s+)?(?:companies|firms)\s+)?"
                              r"(?:organi[sz]ed|led|convened|initiated|spearheaded|launched|championed|conceived|"
                              r"founded|started|drew\s+up|brokered|brought\s+together|assembled|rallied|drafted|"
                              r"put\s+together|set\s+up|created|pulled\s+together|set\s+in\s+motion|dreamed\s+up)\b",
                              re.I)


_LABEL_LEAD = re.compile(r"\W*(?:(?:led|convened|organi[sz]ed|initiated|launched|founded|started)\s+by|convener|"
                         r"convenor|organi[sz]er|initiator|lead\s+(?:company|organi[sz]ation))\s*:\s*", re.I)
# ^ also a fact box's "Convener: Microsoft"
_ORGANIZER_BEFORE = re.compile(r"\b(?i:organi[sz]er|convener|convenor|initiator|instigator|architect|ringleader)"
                               r"(?:\s+(?:was|is|being))?\s*[,:]?\s+(?:the\s+(?:(?-i:[A-Z]{2,3})\s+)?(?:[a-z][\w-]*\s+){0,3})?$")
#: "Initiator is the US software group Microsoft." opening the sentence after one about the accord.
_ORGANIZER_OPENS = re.compile(r"\W*(?:the\s+)?(?:organi[sz]er|convener|convenor|initiator|instigator)\s+(?:was|is)\b",
                              re.I)
#: "The company who started it and gathered the others is Microsoft." (after a sentence on the accord)
_STARTER_OPENS = re.compile(r"\W*the\s+(?:company|firm|one)\s+(?:who|that|which)\s+(?:started|launched|initiated|led|"
                            r"convened|organi[sz]ed|spearheaded|created)\s+(?:it|the\s+(?:accord|pact|initiative|group|"
                            r"pledge))\b[^.;]{0,60}?\s+(?:is|was)\s+", re.I)
#: "Initiator and driving force is the US-Konzern Microsoft." (a translation's order, after a sentence on the accord)
_LEAD_ROLE = r"(?:initiator|driving\s+force|organi[sz]er|convener|convenor|instigator|(?:chief\s+)?architect)"
_LEAD_ROLE_OPENS = re.compile(rf"\W*(?:the\s+|its\s+)?{_LEAD_ROLE}(?:\s+and\s+(?:the\s+)?{_LEAD_ROLE})?\s+"
                              r"(?:is|was|has\s+been)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?", re.I)
#: "Convened by Microsoft in April 2018 and announced at RSA, it now counts over 100 companies": the participle
#: opening the sentence is said of its subject, the accord the sentence before names.
_FRONTED_IT = re.compile(r"^[^.;]{3,160}?,\s+(?:it|the\s+(?:accord|pact|pledge))\s+(?!(?:said|says)\b)[a-z]")
#: "Microsoft was the driving force." (after a sentence on the accord)
_IS_LEAD_ROLE = re.compile(rf"\s+(?:was|is|has\s+been)\s+(?:the\s+|its\s+)?(?:main\s+|chief\s+|principal\s+|real\s+)?"
                           rf"{_LEAD_ROLE}\b", re.I)
_FOUNDERS_BEFORE = re.compile(r"\b(?:34|thirty-four|founding|original)\s+(?:founding\s+)?(?:companies|firms|members|"
                              r"signatories)\b,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_WHO_OPENS = re.compile(r"\W*who\b")
#: "'s president and the man who ": a role, then the person it describes, then the relative clause.
_ROLE_THEN_WHO = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{lx.ROLE.pattern})\s+and\s+(?:the|a)\s+"
                            r"(?:man|woman|person|executive|lawyer|one)\s+(?:who|that)\s+$", re.I)


def _apposed_employer(doc: Doc, s: Sentence, region_start: int, cue_start: int) -> list[Mention | None]:
    """The company of the person an apposition describes, when the apposition's relative clause says what that
    person did: 'Brad Smith, Microsoft's president and the man who assembled the coalition' (Microsoft)."""
    if not any(m.end - s.start == region_start for m in doc.in_sentence(s.index, "PERSON")):
        return []
    owners: list[Mention | None] = [m for m in doc.in_sentence(s.index, "ORG") if m.possessive and region_start
                                    < m.start - s.start and _ROLE_THEN_WHO.fullmatch(s.text, m.end - s.start,
                                                                                     cue_start)]
    return owners[:1]
_COMMON_NOUNS = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*)+[\s,]*")  # " trade negotiator " between a name and "who"
_TAKING_LEAD = re.compile(r"\s+(?:taking|took|takes)\s+the\s+lead\b|\s+(?:was\s+|is\s+)?at\s+the\s+helm\b"
                          r"|(?:,\s+(?:whose|which|who)\s+[^,;]{1,100},)?\s+as\s+(?:the\s+|its\s+|their\s+)?(?:driving\s+force|"
                          r"moving\s+spirit|prime\s+mover|convener|convenor|organi[sz]er|instigator|"
                          r"(?:organi[sz]ing|convening|guiding)\s+force|"  # "with Microsoft as the organising force"
                          r"(?:convening|organi[sz]ing|lead(?:ing)?)\s+(?:company|firm|partner|member))\b"
                          r"|\s+(?:at\s+(?:their|its|the)\s+head|in\s+the\s+lead)\b"  # "with X at their head"
                          r"|\s+in\s+the\s+(?:convening|leading|lead|organi[sz]ing)\s+role\b"  # "in the convening role"
                          r"|\s+(?:very\s+much\s+|firmly\s+|squarely\s+|clearly\s+)?in\s+the\s+driver['’]?s['’]?\s+seat\b"
                          r"|\s+(?:acting|serving)\s+as\s+(?:the\s+)?(?:convener|convenor|organi[sz]er|coordinator)\b"
                          r"|\s+(?:playing|played|plays)\s+(?:the|a)\s+(?:central|leading|lead|key|main|pivotal)\s+role\b")
#: "Thirty-four companies signed at launch, with Microsoft acting as convener" after a sentence on the accord.
_SIGNED_AT_LAUNCH = re.compile(r"\b(?:companies|firms|founders)\s+(?:signed|joined)\b|^\W*it\s+(?:was|had\s+been)\s+"
                               r"(?:launched|unveiled|announced|founded|created|set\s+up)\b", re.I)  # "It was launched
# in April 2018 by 34 technology companies, with Microsoft as the organising force" after a sentence on the accord
_NEGATION = re.compile(r"\b(?:not|no|never|n[’']t)\b", re.I)


def _past_suffix(after: str) -> str:
    """The text after a name, past a legal suffix the name was read without ("Quenby Corp. as its convener")."""
    suffix = lx.LEGAL_SUFFIX_AFTER.match(after)
    return (after[suffix.end():] if suffix else after).removeprefix(".")


def _around_names(doc: Doc, s: Sentence, agreement: str) -> list[Fact]:
    """'under Microsoft's leadership', 'the Microsoft-led accord', 'the accord, which Microsoft organized'."""
    out = []
    for m in doc.in_sentence(s.index, "ORG"):
        start, end = m.start - s.start, m.end - s.start
        before, after = s.text[:start], s.text[end:]
        if (m.possessive and _UNDER.search(before) and _LEADERSHIP.match(after)) or (
                _X_LED.match(after)) or (_OBJECT_RELATIVE.search(before) and _LEAD_VERB_AFTER.match(after)) or (
                (_STARTER_OPENS.fullmatch(before) or _LEAD_ROLE_OPENS.fullmatch(before) or (
                    not before.strip(" \"“") and _IS_LEAD_ROLE.match(_past_suffix(after)))) and any(
                    _AGREEMENT_WORD.search(o.text) for o in doc.sentences[
                    max(0, s.index - 2):s.index + 1])) or (
                _ORGANIZER_BEFORE.search(before) and not _NEGATION.search(before)  # "... one obvious organizer, X"
                and (_AGREEMENT_WORD.search(before) or (_ORGANIZER_OPENS.match(before) and s.index > 0
                                                        and _AGREEMENT_WORD.search(doc.sentences[s.index - 1].text)))
                ) or (
                _TAKING_LEAD.match(_past_suffix(after)) and (_AGREEMENT_WORD.search(s.text) or (  # "by 34 firms,
                    s.index and _SIGNED_AT_LAUNCH.search(s.text) and any(_AGREEMENT_WORD.search(o.text) for o in
                                                                         doc.sentences[max(0, s.index - 2):s.index])))):
            # with X taking the lead"; "with Microsoft Corp. as its convening company"
            relative = _OBJECT_RELATIVE.search(before)
            apposed = _apposed_agreement(doc, s, relative.start() + len(relative.group(0).split()[0])) \
                if relative and _LEAD_VERB_AFTER.match(after) else None
            out.append(Fact("led", m.key, apposed or agreement, s, "leader.name-context", 0.85, m.text))
    return out


#: Every leading cue contains one of these stems.
_LEAD_STEMS = ("driving seat", "driving force", "at the helm", "lead", "led ", "led,", "led.", "-led", "organi",
               "conven", "initiat",
               "spearhead", "champion",
               "rounding", "enlist", "drawn up", "drew up", "broker", "head", "promot", "coordinat", "drove", "driven",
               "instigat", "draft", "architect", "author", "propos",
               "conceiv", "devis", "brought", "assembl", "rall", "gather", "unite", "mobili", "push", "effort",
               "drive", "campaign", "idea", "brainchild", "creation", "project", "under ", "founded", "launched",
               "started", "created",
               "create ", "launch ", "unveil", "rolled out", "establish", "set up", "announced",
               "formed", "born", "hatched", "dreamed", "rounded", "persuad", "convinc", "in motion",
               "enlist", "pulled", "got ", "leadership", "stewardship", "auspices", "convening", "recruit", "forged",
               "together", "force", "architect", "seat", "acting as",
               "serving as", "mover", "spirit", "shepherd", "steer", "pilot", "the lead", "helm",
               "is behind",
               "was behind", "talked", "at their head", "at its head", "compact", "leaded", "drew up", "role")


#: A definition list's term for the leader, with the name in the next item: "Convened by" / "Microsoft, with 33 ...".
_LABEL_BY = re.compile(r"\W*(?:convened|led|organi[sz]ed|initiated|spearheaded|founded)\s+by\s*:?\s*", re.I)


_AT_THE_HELM = re.compile(r"\b(with\s+)(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}\s+(?:[a-z]+\s+){0,2}"
                          r"(?:in\s+the\s+driving\s+seat|at\s+the\s+helm)\b", re.I)
_DENIED_LEAD = re.compile(r"\s+(?:didn['’]t|did\s+not|never)\s+(?:organi[sz]e|lead|convene|start|launch|initiate)\b",
                          re.I)


def _denied_after(doc: Doc, fact: Fact) -> bool:
    """Does a sentence soon after the fact's say its leader did not lead ("Facebook didn't organize anything")?"""
    entity = doc.entities.get(fact.subject)
    if entity is None:
        return False
    for later in doc.sentences[fact.sentence.index + 1:fact.sentence.index + 5]:
        for m in doc.in_sentence(later.index, "ORG"):
            if m.key == fact.subject and _DENIED_LEAD.match(later.text, m.end - later.start):
                return True
    return False


def extract(doc: Doc) -> list[Fact]:
    """acc:led facts (cached: the signatory extractor reuses them)."""
    return cached(doc, "leaders", _read)


def _other_pledge_heading(doc: Doc, s: Sentence) -> bool:
    """Is the nearest heading above (a few lines up) another agreement's ("Open Infrastructure Resilience Pledge")?"""
    heading = next((p for p in reversed(doc.sentences[max(0, s.index - 8):s.index]) if p.block.kind == "heading"), None)
    return heading is not None and bool(re.search(r"\b(?:pledge|charter|call|declaration|compact|principles)\b",
                                                  heading.text, re.I)) and not re.search(r"\baccord\b", heading.text,
                                                                                           re.I)


def _under_accord_heading(doc: Doc, s: Sentence) -> bool:
    """A list item whose heading (a few lines up) names the accord: its bare "Led by X" is about the accord."""
    if s.block.kind != "item":
        return False
    heading = next((p for p in reversed(doc.sentences[max(0, s.index - 6):s.index]) if p.block.kind == "heading"), None)
    return heading is not None and bool(re.search(r"\b(?:accord|pact|pledge)\b", heading.text, re.I))


_YES_NO_QUESTION = re.compile(r"\W*(?:is|isn['’]t|was|wasn['’]t|did|didn['’]t|does|doesn['’]t|has|hasn['’]t)\s", re.I)


def _read(doc: Doc) -> list[Fact]:
    out: list[Fact] = []
    seen: set[str] = set()
    for s in doc.sentences:
        if len(s.text) < 20 and not s.chrome and _LABEL_BY.fullmatch(s.text) and s.index + 1 < len(doc.sentences):
            after = doc.sentences[s.index + 1]  # "Convened by" / "Microsoft, with 33 other founding companies"
            named = [m for m in doc.in_sentence(after.index, "ORG") if m.start == after.start]
            if named and after.block.kind == s.block.kind:
                out.append(Fact("led", ensure_entity(doc, named[0]), agreement_for(doc, s), after,
                                "leader.label", 0.8, named[0].text))
            continue
        if s.chrome or not has_any(s.text, _LEAD_STEMS) or s.text.count("|") >= 2:
            continue  # a table's header row ("Initiative | Launched | Led by | Commitments") is not a sentence
        if s.text.rstrip().endswith("?") and _YES_NO_QUESTION.match(s.text):
            continue  # "Isn't this the accord that Google started?": asked, not said
        text = s.text
        regions = relative_regions(text)
        agreement = agreement_for(doc, s)
        for cue in PASSIVE.finditer(text):
            noun = _NOUN_BEFORE.search(text, 0, cue.start())
            if noun and not re.fullmatch(_THING, noun.group(1)):
                continue  # "in a joint move coordinated by the chamber": the move was led, not the accord
            if noun and noun.group(1) in _GENERIC_THINGS and not _AGREEMENT_WORD.search(text) \
                    and not _FOUNDERS_BEFORE.search(text, 0, cue.start()):
                continue  # "Dell sold RSA to a group led by Symphony Technology Group": some other group (but "the
                # 34 founding companies, a group convened by Microsoft")
            if cue.group(0).startswith("drawn") and not _DRAWN_UP.search(text, 0, cue.start()):
                continue  # "guidance drawn up by the Global Forum": only an agreement "drawn up by X" is led
            # "a group of companies led by X": the thing led stands before the cue
            if not _CONTEXT.search(text[clause_start(text, cue.start()):cue.start()]) \
                    and " behind " not in cue.group(0) and not re.search(
                    r"\b(?:accord|pact|pledge|initiative)\b", text[:cue.start()], re.I) \
                    and not (cue.start() == 0 and _under_accord_heading(doc, s)) \
                    and not (cue.start() == 0 and _FRONTED_IT.search(text) and _it_is_agreement(doc, s)):
                continue  # (but "• Led and drafted by Microsoft" under "The accord in 30 seconds")
            for m in group_after(s, cue.end(), doc, max_gap=40)[:1]:  # "by the Redmond-headquartered X"
                if m.kind == "PERSON" or (m.kind == "NAME" and m.entry is None and 2 <= len(m.text.split()) <= 3
                                          and m.text.split()[-1] not in lx.ORG_HEADS
                                          and re.fullmatch(PERSON_NAME, m.text)):
                    continue  # "the threat intelligence side led by Kevin Mandia": a person runs a unit
                out.append(Fact("led", ensure_entity(doc, m), agreement, s, "leader.passive", 0.9, m.text))
        for cue in ACTIVE.finditer(text):
            if cue.group(0).endswith(" it") and not _it_is_agreement(doc, s):
                continue  # "Microsoft convened it": only when the sentence before names the agreement
            if (" them " in cue.group(0) or cue.group(0).endswith(" them")) and not _THING_BEFORE.search(
                    text[:cue.start()]) and not (s.index and _THING_BEFORE.search(doc.sentences[s.index - 1].text)):
                continue  # "rounded them up": only the companies or signatories named before (or just before:
                # "34 companies stood behind a short document. Microsoft had gathered them")
            region = inside(cue.start(), regions)
            adjacent = [m for m in doc.in_sentence(s.index, "ORG") if 0 <= cue.start() - (m.end - s.start) <= 1]
            subjects: list[Mention | None] = list(adjacent[-1:]) or (  # "..., which signed when Microsoft
                [antecedent(s, region[0], doc)] if region else list(group_before(s, cue.start(), doc)[-1:]))
            if _COMMON_RELATIVE.search(text, 0, cue.start()):
                subjects = []  # "Lenovo were not among the companies that founded the accord": the companies did
            if region is not None and subjects and subjects[0] is not None and _WHO_OPENS.match(text, region[0]) \
                    and _COMMON_NOUNS.fullmatch(text, subjects[0].end - s.start, region[0]):
                subjects = []  # "the former European Commission trade negotiator who has headed the accord's
                # secretariat": the negotiator, a person, did
            # launched it with 33 partners": the name right before the verb
            partners = _AND_PARTNERS.search(text, 0, cue.start()) if not subjects else None
            if partners:  # "prompted Microsoft and its partners to create the accord": the one named
                subjects = [m for m in doc.in_sentence(s.index, "ORG") if m.end - s.start == partners.start()]
            if not subjects and _COMPANY_SUBJECT.match(text, 0, cue.start()):
                subjects = [resolve_org_anaphor(doc, s, 0)]  # "Microsoft. The company convened the group"
            if region is not None and (not subjects or subjects[0] is None):
                subjects = _apposed_employer(doc, s, region[0], cue.start())  # "Brad Smith, Microsoft's president
                # and the man who assembled the coalition": the person's company
            for head in subjects:
                if head is not None and region is None and _OTHER_SUBJECT.search(
                        text, head.end - s.start, cue.start()):
                    continue  # '"Cyber Days", a session that the accord organized': the accord did it
                if head is not None:
                    out.append(Fact("led", ensure_entity(doc, head), _object_of(doc, s, cue) or agreement, s,
                                    "leader.active", 0.9, head.text,
                                    head.sentence != s.index))
        out.extend(_around_names(doc, s, agreement))
        label = _LABEL_LEAD.match(text) if ":" in text[:40] else None  # a fact box's "Convened by: Microsoft"
        label = label if label and doc.mentions_accord() and (" by" in label.group(0) or not _other_pledge_heading(
            doc, s)) else None  # ("Convener: Kallisto Telecom" under another pledge's heading is that pledge's)
        for m in group_after(s, label.end(), doc, max_gap=5)[:1] if label else []:
            out.append(Fact("led", ensure_entity(doc, m), agreement, s, "leader.label", 0.8, m.text))
        helm = _AT_THE_HELM.search(text) if "driving seat" in text or "at the helm" in text else None
        if helm:  # "34 companies, with Microsoft very obviously in the driving seat"
            owner = next((m for m in doc.in_sentence(s.index, "ORG") if m.start - s.start == helm.end(1)), None)
            if owner is not None and owner.key:
                out.append(Fact("led", owner.key, agreement, s, "leader.at-the-helm", 0.8, owner.text))
        for cue in IDEA.finditer(text):
            if not re.search(r"\b(?:accord|pact|pledge|initiative|agreement)\b", text, re.I) and not (
                    re.match(r"\W*(?:It|This|That)\s+(?:was|is)\s", text) and _it_is_agreement(doc, s)):
                continue  # but "The accord has aged well. It was Microsoft's project from the start."
            owners = [m for m in doc.in_sentence(s.index, "ORG")
                      if (m.possessive and 0 <= cue.start() - (m.end - s.start) <= 3)
                      or (m.start - s.start >= cue.end() and m.start - s.start - cue.end() < 5)]
            for m in owners[:1]:
                if re.search(r"initiative|creation|project", cue.group(0), re.I) and not cue.group(0).endswith(
                        " ") and not _WAS_BEFORE.search(text, 0, m.start - s.start):
                    continue  # "Microsoft's Defending Democracy initiative": not this one
                out.append(Fact("led", m.key, agreement, s, "leader.idea", 0.8, m.text))
    unique = []
    for fact in out:
        if _denied_after(doc, fact):
            continue  # "So Facebook organized a pledge ..." answered by "Facebook didn't organize anything"
        if (fact.subject, fact.object) not in seen:
            seen.add((fact.subject, fact.object))  # type: ignore[arg-type]
            unique.append(fact)
    return unique
