"""Who signed or joined an agreement, and who the sources name as absent.

Both come out of one reading of each sentence, because the same cues decide
both ("has yet to sign" is absence, never signing): list cues ("signatories
include: A, B and C"), verbs with their subjects ("Facebook signed", "so did
LinkedIn", "X, which joined the accord in October"), appositions ("A and B,
both signatories of the accord"), absence cues ("conspicuously absent",
"declined to join", "has not joined"), and a paragraph whose topic is the
signatories ("The signatories come in clusters. ...").
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import re
from collections.abc import Sequence

from kg.nlp import lexicon as lx
from kg.nlp.dates import first_date
from kg.nlp.document import Doc
from kg.nlp.mentions import Mention
from kg.nlp.patterns import AnchoredCue, Cue, Guarded, anchored, lower
from kg.nlp.segment import CSV_LINE, Sentence
from kg.nlp.tables import Row
from kg.nlp.tables import cells as table_cells
from kg.relations.base import (
    BRACKETED,
    DEFAULT_AGREEMENT,
    FRONTED_ADVERBIAL,
    INDEFINITE_OPENS,
    Fact,
    accordish_object,
    agreement_for,
    antecedent,
    cached,
    candidates,
    clause_end,
    clause_start,
    ensure_entity,
    group_after,
    group_before,
    groups,
    has_any,
    inside,
    other_agreement_sentences,
    quoted_speaker_org,
    relative_regions,
    resolve_org_anaphor,
)

_MEMBER_NOUN = r"(?:signator(?:y|ies)|signers?|members?(?:hips?)?\b" \
               r"(?!\s+(?:states|countries|nations|governments|present|attending)\b|\s+in\s+" \
               r"(?:the\s+)?(?:channel|chat|room|thread)\b)|founders?|" \
               r"founding\s+(?:members?|signatories|companies|partners|group|line-?up|class|names|list|roster|34|" \
               r"thirty-four)|" \
               r"contingent|line-?up|backers|supporters|participants|parties|newcomers|new\s+members|recruits|additions)"
_NUMBER = lx.COUNT
_MEMBER_ANCHORS = ("signator", "signer", "member", "founder", "founding", "contingent", "line-up", "lineup", "backers",
                   "supporters", "participants", "parties", "newcomers", "recruits", "additions")
#: Where a list of members starts. Each branch comes with the words it needs (see :class:`AnchoredCue`).
LIST_CUE = AnchoredCue([
    (_MEMBER_ANCHORS,
     rf"\b{_MEMBER_NOUN},?\s*(?:(?!from\s|through\s|via\s)[\w'’-]+,?\s+){{0,12}}?(?:include[sd]?|including|incl\.|"
     r"such\s+as|like|"
     r"(?:take|takes|took)\s+in|(?:had|has)(?=\s+(?-i:[A-Z])[\w&-]+,)|(?:mixed|mixes|combined|combines)(?=\s+(?:[a-z][\w-]*\s+){0,2}(?:companies|firms|vendors|names|makers|"
     r"providers|groups|players|giants|operators|carriers)\b)|"
     r"(?<!\bwe )(?<!\bthey )(?<!\byou )(?:are|were)|(?:[\w-]+)?:|"
     r"among\s+them)\s*:?"),
    (("the accord", "the pact"),  # "the companies already in the accord, A and B among them, were swapping"
     r"\b(?:companies|firms|organi[sz]ations|businesses)\s+(?:already\s+|now\s+)?(?:in|inside|within|party\s+to|"
     r"parties\s+to)\s+the\s+(?:accord|pact|Accord),?\s*(?:[\w-]+,?\s+){0,12}?(?:include[sd]?|including|such\s+as|like|"
     r"among\s+them)\s*:?(?:\s*,?\s*among\s+others\s*,)?"),  # "Companies party to the Accord include, among others,"
    (("compan", "firms", "organi"), r"\b(?:companies|firms|organi[sz]ations)\s+(?:that|which|who)\s+(?:have\s+)?"
     r"(?:signed|joined|backed|put\s+their\s+names\s+to)\b[^.;:]{0,40}?\s+(?:include[sd]?|(?:were|are)(?=\s*:?\s+"
     r"(?-i:[A-Z])))\s*:?\s+"),  # "The 34 companies that put their names to the accord at launch were ABB, Arm, ..."
    (("company to", "firm to", "member to"),
     r"\b(?:first|second|third|fourth|fifth|latest|newest|last)\s+(?:company|firm|member)\s+to\s+(?:sign|join|"
     r"(?:go\s+public|come\s+forward)\s+with\s+its\s+membership)\b[^,.;]{0,40},\s+"),  # "The third company to go
    # public with its membership, Tamsin Grid, supplies ..."
    (("drew", "draws", "attract"),
     r"\b(?:accord|pact|pledge)\s+(?:has\s+|also\s+)?(?:drew|draws|attracted|attracts)\s+"),
    (("addition of",), r"\b(?:membership|signatories|members|roster|list|tally|count)\s+(?:passes|passed|reaches|"
     r"reached|hits|hit|tops|topped|grows|grew|rises|rose|climbs|climbed|swells|swelled)\b[^.;]{0,40}?\bwith\s+"
     r"the\s+addition\s+of\s+"),  # "Membership passes 150 with the addition of Tallis Robotics"
    (("among them",), rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|organi[sz]ations)\s+[—–-]\s+"
                      r"(?=[^—–.;]{3,150}?\s+among\s+them\s+[—–-])"),  # "Microsoft brought together 34 companies -
    # Facebook, Cisco, Oracle and SAP among them - to sign it"
    (("on it",), r"\b(?:list|roster)\s+of\s+(?:[\w-]+\s+){0,2}?(?:signatories|members|signers)\b[^.;]{0,40}?,?\s+and\s+"
     r"(?=[^.;]{1,60}?\s+(?:is|are|was|were)\s+(?:also\s+)?on\s+it\b)"),  # "... published its latest list of new
    # signatories, and Fernleaf Labs is on it"
    (("contingent of",), r"\bcontingent\s+of\s+(?=(?-i:[A-Z]))"),  # "Add the San Francisco contingent of A, B"
    (("among them",), r"\b(?:sign(?:s|ed)?|join(?:s|ed)?)\b[^.;:]{0,40}?,\s+among\s+them\s+"),
    # "Smaller companies ... joined as well, including the networks A and B"
    (("including", "notably"), r"\b(?:signed|joined)(?:\s+(?:on|up))?(?:\s+(?:as\s+well|too))?,\s+(?:including|"
                               r"notably)\s+"),
    (("original 34", "founding 34", "first 34", "initial 34", "original thirty", "founding thirty"),  # "The
     r"\bthe\s+(?:original|founding|first|initial)\s+(?:34|thirty-four)\s+(?:companies\s+|firms\s+|signatories\s+)?"
     r"(?:included|include|includes|were|are|counted|featured)\s+(?:[\w-]+\s+){0,2}?(?:(?:names|companies|firms)\s+)?"
     r"(?:such\s+as\s+|like\s+|including\s+)?(?=(?-i:[A-Z]))"),  # original 34 included household names such as A, B"
    (("find themselves", "found themselves", "one finds", "figure ", "figured "),  # a translation's word order:
     r"^\W*among\s+the\s+(?:[\w-]+\s+)?(?:signatories|members|founders|signers)\s+(?:find\s+themselves|"
     r"found\s+themselves|one\s+finds|figured?)\s+"),  # "Among the signatories find themselves besides Microsoft
    # also the Walldorfer software group SAP, the Finnish ... Nokia" (the list loop reads "besides X also ...")
    (("among them",), rf"\b{_MEMBER_NOUN}\b[^.;:—–]{{0,60}}?\s[—–]\s*among\s+them\s+"),  # "the companies that are
    # signatories of the Tech Accord – among them ABB, Arm, Avast, Telefónica and Trend Micro –"
    (("ones from day one", "big ones", "founding ones", "original ones"),  # "The big ones from day one are still
     r"\bthe\s+(?:big|founding|original|first)\s+ones(?:\s+from\s+day\s+one)?\s+(?:are|were)\s+(?:still\s+)?"),
    # Microsoft (...), Cisco, Oracle, Facebook etc."
    (("represented:", "represented :"), r"\b(?:are|were|is|was)\s+(?:well|strongly|heavily|also)\s+represented\s*:\s*"),
    # "Security vendors are well represented: Symantec, Trend Micro, FireEye"
    (("same list", "same membership list", "same signatory list", "same roster"),
     r"\bon\s+the\s+same\s+(?:membership\s+|signatory\s+)?(?:list|roster)\s+as\s+"),  # "... as Cisco, Oracle and SAP"
    (("group", "coalition", "alliance", "consortium"),  # "The group, which calls its pact the Cybersecurity Tech
     r"^\W*(?:the|this|that)\s+(?:group|coalition|alliance|consortium)\b,?\s*"  # Accord, includes Facebook Inc, ..."
     r"(?:(?:which|that|whose)\b[^.;:]{0,80}?,\s*)?(?:also\s+)?(?:include[sd]?|comprises?|comprised)\s*:?\s+"
     r"(?=(?-i:[A-Z]))"),
    (("signing", "joining", "signed"),  # a digest's "Also signing: security vendors A, B and C"
     r"^\W*(?:also\s+)?(?:signing|joining|signed)\s*:\s*"),
    (("full ", "complete ", "whole ", "entire "),  # "Their names now sit at the bottom of the accord. The full roster:"
     r"\b(?:the|its)\s+(?:full|complete|whole|entire)\s+(?:list|roster|line-?up)(?:\s+of\s+(?:signatories|founders|"
     r"members|signers))?\s*:\s*"),
    (("founder was", "founder is", "signatory was", "signatory is", "member was", "member is"),  # "Its only
     r"\b(?:only|sole|first|newest|latest|youngest|smallest|largest|biggest)\s+(?:[\w-]+\s+){0,2}?"  # Spanish-
     r"(?:founder|signatory|member)\s+(?:was|is)\s+(?=(?-i:[A-Z]))"),  # speaking founder was Telefónica"
    # "34 companies signed in April 2018, in alphabetical order from ABB to VMware, with names like Dell in between"
    (("alphabetical",), rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms)\s+(?:have\s+|had\s+)?"
                        r"(?:signed|joined)\b[^.;:]{0,80}?,\s+in\s+alphabetical\s+order\s+from\s+"),
    (("names like",), r",\s+with\s+names\s+like\s+(?=[^.;]{1,120}?\s+in\s+between\b)"
                      rf"|\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|signatories|founders|members),?\s+with\s+"
                      r"names\s+like\s+"),  # "At launch it was thirty-four companies, with names like A, B and C"
    (("among them are", "among them were"),  # "The founding group spans cloud providers and ...; among them are A, B"
     rf"\b{_MEMBER_NOUN}\b[^.]{{0,160}}?[;,:]\s+among\s+them\s+(?:are|were)\s+"),
    # "34 companies signed at launch, among them Facebook, Cisco and Oracle"
    (("founders,", "signatories,", "members,", "signers,"),
     r"\b(?:one|two|three|four|five|several)\s+(?:other\s+|more\s+)?(?:of\s+(?:the|its|the\s+accord['’]s)\s+)?"
     r"(?:original\s+|founding\s+|fellow\s+|newer\s+|new\s+|later\s+|recent\s+)?(?:founders|signatories|members|"
     r"signers),\s+(?=(?-i:[A-Z]))"),
    # "Two of the founders, CA Technologies and Symantec, were ...", "Two other signatories, Telefónica and BT, said"
    (("name on the",), r"\b(?:\d+(?:st|nd|rd|th)|latest|newest|last|first|hundredth)\s+name\s+on\s+the\s+"
                      r"(?:list|roster)\b"
                      r"[^.;]{0,80}?\bbelongs\s+to\s+"),  # "The 100th name on the list ... belongs to Wydmar Systems"
    (("founding members", "original members", "founding signatories", "recent arrivals", "new arrivals",
      "recent joiners", "newer arrivals"),  # "from founding members Avast, Bitdefender and Tenable to recent
     r"\bfrom\s+(?:the\s+)?(?:founding|original)\s+(?:members|signatories|companies)\s+(?=(?-i:[A-Z]))"  # arrivals
     r"|\b(?:recent|new|newer|latest)\s+(?:arrivals|joiners|entrants|recruits)\s+(?:such\s+as|like|including)\s+"),
    # such as Bandoneón Labs of Argentina"
    (("dominated by", "headlined by", "filled by"),  # "the list was dominated by large American names - A, B among
     r"\b(?:roster|list)\b,?\s+(?:(?:which\s+)?(?:was|is)\s+)?(?:dominated|headlined|filled)\s+by\s+(?:[\w-]+\s+){0,3}?"
     r"(?:names|companies|firms)\s+[—–-]\s+(?=[^—–]{3,150}?\s+among\s+them\s+[—–-])|"  # them - with a few ..."
     r"\b(?:roster|list)\b,?\s+(?:which\s+(?:was|is)\s+)?(?:dominated|headlined|led|filled)\s+by\s+"
     r"(?:[\w-]+\s+){0,5}?(?:names|companies|firms)\s+(?:such\s+as|like|including)\s+"),
    # "Microsoft, which gathered 34 companies in all, from Facebook and Oracle to BT"
    (("gathered", "assembled", "rallied", "recruited", "brought together"),
     r"\b(?:gathered|assembled|rallied|recruited|brought\s+together)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?"
     r"(?:[\w-]+\s+){0,2}?(?:companies|firms|organi[sz]ations|businesses)(?:\s+in\s+all)?,?\s+"
     r"(?:(?:ranging\s+)?from|including|such\s+as|among\s+them)\s+"),
    # "Outside the United States, the accord drew the operators BT and Telefonica, the maker Nokia and SAP"
    (("accepted",), r"\baccepted\s+(?:the\s+)?(?:membership\s+)?applications?\s+of\s+"),  # "the secretariat accepted
    # the applications of A, which makes ..., and of B"
    (("contribut", "supplied", "provided"), r"\b(?:contributed|contributes|supplied|supplies|provided|provides)\s+"
     r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+[\w-]+){0,2}?|an?\s+(?:[\w-]+\s+){1,2}?of\s+"
     r"(?:[\w-]+\s+){0,2}?(?:companies|firms|members|signatories|names))\s*:\s*"),  # "Finland contributed two:"
    (("partners",), r"\bpartners\s+in\s+(?:the|this)\s+(?:effort|accord|pact|pledge|initiative)\s+"
     r"(?:include[sd]?|are|were)\s*:?"),
    (("contingent", "line-up", "lineup", "delegation"),
     r"\b(?:contingent|line-?up|delegation)\s+(?:is|are|was|were)\s+(?:led|headed)\s+by\s+"
     r"|\b(?:accord|pact)['’]s\s+(?:[\w-]+\s+)?(?:delegation|contingent)\s+(?:included|includes|was\s+made\s+up\s+of)\s+"
     r"(?:(?:representatives|executives|officials|staff|people|engineers)\s+(?:of|from)\s+)?"),
    ((" by ",), r"\b(?:signed|joined|backed|endorsed)(?:,\s+(?:besides|alongside|apart\s+from|aside\s+from|"
                r"in\s+addition\s+to)\s+[^,;]{2,40},)?\s+by\s+"),  # "signed, besides Microsoft, by Facebook"
    (("names of", "signatures of", "name of", "signature of"),
     r"\b(?:carries|carry|carried|bears|bore|features|featured)\s+(?:the\s+)?(?:names?|signatures?)\s+of\s+"),
    (("here's the", "here’s the", "here is the", "here are the"),
     r"\bhere(?:['’]s|\s+is|\s+are)\s+the\s+(?:full\s+|complete\s+|founding\s+|original\s+)?(?:roster|list|"
     r"line-?up|members|signatories)\b[^.:;]{0,60}:\s*"),  # "Here's the roster, and it's a pretty eclectic mix: A, B"
    (("roll", "list", "roster", "line-up", "lineup"), r"\b(?:roll[\s-]+call|full\s+list|complete\s+list|line-?up)\s*:"
                                            r"|\b(?:founding|signatory|membership|original|published|full|public|"
                                            r"official)\s+(?:list|roster)\s+(?:also\s+)?"
                                            r"(?:include[sd]?|featured|features|contains|contained)\s+"),
    (("names on the",), r"\bnames\s+on\s+the\s+(?:list|roster)\b[^.;:]{0,60}:\s*"),  # "The other names on the list
    # range from giants to start-ups: A, B; the hardware makers C and D; ..."
    # "a group of technology companies - founded two years ago by Microsoft, Cisco Systems, Juniper Networks and 31
    # others - that have pledged ...": founders with a count of others are the founding members
    (("others",), r"\b(?:founded|formed|launched|started|set\s+up|created)\s+(?:[\w-]+\s+){0,4}?by\s+"
                  r"(?=[^.;:]{3,160}?\s+and\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+others\b)"),
    # "It was organised by Microsoft, and it gathered an impressive crowd: Facebook, Cisco, Oracle"
    (("gathered", "attracted", "drew", "assembled", "pulled in", "brought in", "won over"),
     r"\b(?:it|accord|pact|pledge|document|charter)\s+(?:has\s+|had\s+|also\s+|quickly\s+)?(?:gathered|attracted|drew|"
     r"assembled|pulled\s+in|brought\s+in|won\s+over)\s+(?:[\w-]+\s+){0,3}?(?:crowd|group|line-?up|cast|roster|list|"
     r"coalition|mix|array|range|set|collection|field|names|companies|firms|backers|supporters|signatories|members)"
     r"\s*:\s*"),
    # "The accord was created at the initiative of Microsoft and launched ... with names such as A, B"
    (("names", "companies", "firms", "members", "signatories", "backers"),
     r"\b(?:launched|unveiled|announced|presented|founded|created|started|formed)\b[^.;:]{0,80}?\bwith\s+"
     r"(?:(?:big|major|well-known|household|heavyweight|founding)\s+)?(?:names|companies|firms|members|signatories|"
     r"backers)\s+(?:such\s+as|including|like|among\s+them)\s+"),
    (("list", "roster"), r"\b(?:list|roster)\s+(?:opens|starts|begins)(?:,\s*[\w-]+,)?\s+with\s+"),
    (("which",), r"\b(?:companies|firms|signatories|signers|members|founders),\s+which\s+(?:also\s+)?include\s+"),
    (("rounding",),
     r"\brounding\s+out\s+the\s+(?:\w+\s+)?(?:group|list|roster|newcomers|additions|founders)\s+(?:are|is|were|was)\s+"),
    (("represented",), r"\b(?:is|are|was|were)\s+(?:also\s+|well\s+)?represented\s+(?:among\s+others\s+)?by\s+"
                       r"(?=[^.;]{0,60}?(?-i:[A-Z]))"),  # "the US side is represented among others by Facebook"
    (("on board are", "aboard are", "on board is", "aboard is"),
     r"\b(?:also|likewise|equally|similarly)\s+(?:on\s+board|aboard)\s+(?:are|is|were|was)\s+"),
    (("the ",), r"\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
     r"(?:newcomers\s+|new\s+members\s+)?(?:are|were)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))"),
    (("together",), r"\b(?:brings?|brought|bringing)\s+together\s+(?:[\w-]+\s+){0,8}?\(\s*(?:among\s+them|including|"
     r"notably|such\s+as)\s+"),
    (("joining", "signing"), r"\b(?:also\s+)?(?:joining|signing(?:\s+up)?)\s+"
     r"(?:(?:them|today|this\s+week|as\s+well)\s+)?(?:is|are|was|were)\s+(?=(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
     r"(?-i:[A-Z]))"),  # "Also signing are the Finnish Nokia"; not '"Signing is the easy part"'
    ((" by ",), r",\s+(?:most\s+recently|latest|notably|among\s+them|including)\s+by\s+"),
    (_MEMBER_ANCHORS, rf"\b{_MEMBER_NOUN},\s+(?:ranging\s+)?from\s+"),
    (_MEMBER_ANCHORS,
     rf"\b{_MEMBER_NOUN}\b(?:\s+[\w-]+){{0,3}}?,?(?:\s+(?:which|that))?\s+(?:ran|runs|range[sd]?|stretch(?:es|ed)?|"
     r"spans?|spanned)(?:\s+\w+ly)?\s+from\s+"),  # "The signatory list, which runs alphabetically from ABB to VMware"
    (("roster", "list"), r"\b(?:roster|list)\b,?(?:\s+(?:which|that))?\s+(?:ran|runs|range[sd]?|stretch(?:es|ed)?|"
     r"spans?|spanned)(?:\s+\w+ly)?\s+from\s+"),  # "The others on the original roster ranged from A and B to C"
    (_MEMBER_ANCHORS,
     rf"\b{_MEMBER_NOUN}\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:accord|pact|Accord|Call),\s+(?=(?-i:[A-Z]))"),
    (("compan", "firms", "organi", "business"),
     rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,3}}?(?:companies|firms|organi[sz]ations|businesses)(?:\s*(?:,|—|–|--|-(?=\s))?\s*"
     rf"(?:include[sd]?|including|among\s+them|are|were)\s*:?|(?:\s+(?:that|which|whom)\s+[^,.;]{{1,60}}?"
     rf"|\s+(?:in\s+tow|in\s+all|in\s+total|alongside|with\s+it|behind\s+it))?,\s+"
     rf"(?=[^.;]{{0,80}}?\bamong\s+them\b))"),  # "34 companies that Microsoft brought together, among them A";
    # "arrived with 33 other companies in tow, among them A, B"
    (("names on",), r"\bnames\s+on\s+(?:the\s+|that\s+|this\s+)?(?:first\s+|original\s+|founding\s+)?(?:document|list|"
     r"roster|accord|pact|pledge|text|letter)\s+(?:include[sd]?|including|are|were)\s*:?"),
    (("among",), r"\bamong\s+(?:those|the\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|organi[sz]ations|businesses|"
     r"newcomers|names|specialists|vendors|makers|providers|operators|groups|players|majors|giants))\s+(?:(?:that|who|which)\s+"
     r"(?:have\s+|had\s+)?(?:joined|signed|signed\s+(?:up|on)|come\s+(?:on\s+board|aboard))|joining|signing|to\s+(?:join|sign))"
     r"(?:\s+[\w-]+){0,5}?\s+(?:were|are|was|is)\s+"),
    (("added",), r"\b(?:names|companies|firms|members|signatories)\s+(?:were|was|have\s+been|had\s+been)\s+added\b"
                 r"[^:.;]{0,160}?(?=:\s)"),  # "Three more names were added in a note at the foot of the release ...:"
    (("the list", "the roster", "that list", "this list"),  # "the security vendors on the list are A, B and C"
     r"\b(?:on|from)\s+(?:the|that|this)\s+(?:list|roster)\s+(?:are|were|include[sd]?|including)\s*:?\s+(?=(?-i:[A-Z]))"),
    (("participating", "signatory compan", "member compan", "founding compan"),  # "Participating companies such as
     r"\b(?:participating|signatory|member|founding)\s+(?:companies|firms|members)\s+(?:such\s+as|including|like)\s+"),
    (("group also", "group included", "group includes", "list also", "cohort"),  # "the first group also included
     r"\b(?:first|founding|original|initial)\s+(?:group|list|roster|cohort)(?:\s+of\s+(?:\d+|thirty-four))?\s+"
     r"(?:also\s+)?(?:included|includes)\s+"
     r"(?:(?:some\s+)?(?:very\s+)?(?:large\s+|big\s+|well-known\s+|household\s+)?(?:names|companies|firms)\s+"
     r"(?:like\s+|such\s+as\s+|\(\s*))?"),  # names like Nokia and F-Secure"; "The founding group of 34 included some
    # very large names (Cisco, Oracle, SAP, Dell, Facebook)"
    (("welcom", "added", "adding", "recruited", "brought"),
     r"\b(?:welcomed|welcomes|added|adding|recruited|brought\s+in|brought\s+(?:on\s+board|aboard))\b(?:\s+[\w-]+){0,4}?"
     r"(?:\s+(?:companies|members|firms|signatories)\s+(?:such\s+as|including|like))?"),
    (("acknowledged", "confirmed", "recogni", "lists", "listed", "registered", "counts", "counted"),
     r"\b(?:acknowledged|confirmed|recogni[sz]ed|lists|listed|registered|counts|counted)\s+(?=(?-i:[A-Z])[^.;:]{0,80}?"
     r"\s+as\s+(?:(?:a|an|its|the)\s+)?(?:(?:new|newest|latest|full|founding)\s+)?(?:signator(?:y|ies)|members?)\b)"),
    # "the secretariat acknowledged X as a signatory by email", "the website lists A and B as members"
    (("list", "roster"), r"\bthe\s+(?:list|roster)\s+(?:\w+\s+){0,2}?(?:includes?|included)\b"),
    (("accord already", "accord also", "accord now", "pact already", "pact also", "pact now"),  # "the accord
     r"\bthe\s+(?:accord|pact)\s+(?:already|also|now)\s+(?:includes|included|counts)\s+(?=(?-i:[A-Z]))"),  # already
    # includes Microsoft, Cisco, Oracle and SAP, plus dozens of smaller firms like us"
    (("list was", "list is", "roster was", "roster is"),  # "When the accord launched, the list was Cisco, Oracle"
     r"\bthe\s+(?:(?:original|founding|first|initial|launch)\s+)?(?:list|roster)\s+(?:was|is)\s+(?=(?-i:[A-Z]))"),
    (("signator", "member"), r"\b(?:fellow\s+|founding\s+|new\s+)?(?:signatories|signatory|members|member)\s+"
     r"(?:(?:company|companies|firms?|organi[sz]ations?)\s+)?(?!states\b|countries\b|nations\b)(?=(?-i:[A-Z]))"),
    (("member,", "signatory,", "addition,", "newcomer,"),  # "The ninth new member, Savanna Ledger Ltd. of Nairobi,"
     r"\b[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|newest|last|final)\s+"
     r"(?:new\s+)?(?:member|signatory|addition|newcomer),\s+(?=(?-i:[A-Z]))"),
    (("after",), r"\b(?:first|second|third|fourth|fifth|sixth|\w+th|latest|newest)\b[^.;]{0,40}?\b(?:member|signatory|"
     r"company|firm)\b[^.;]{0,40}?\bafter\s+"),
    ((" by ",), r"\b(?:founded|launched|started|created|set\s+up|formed)\s+by\s+(?=[^.;]{0,40}?\band\s+"
     r"(?:\d+|[a-z]+-?[a-z]*)\s+(?:other\s+)?(?:partners|companies|firms|others|tech\s+companies))"),
])
APPOSITION_CUE = AnchoredCue([
    (("still listed", "still on the"),  # "The company is still listed": after a claim that it had dropped out
     r"\b(?:is|are|remains?)\s+still\s+(?:listed|on\s+(?:the|its)\s+(?:list|roster|website))\b(?!\s+as\s+(?:a\s+)?"
     r"(?:former|ex-?))"),
    (("only ", "sole ", "first "),  # "Telefónica, the
     r"(?:,\s*|\b(?:becomes|became|is|was)\s+)(?:the\s+)?(?:only|sole|first)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|"
     r"operator|signatory|member)\s+(?:in|of|on|to)\s+(?:the\s+)?(?:global\s+)?[\"“]?(?:pact|accord|agreement|list|"
     r"(?:cybersecurity\s+)?tech\s+accord)\b"),  # only Spanish company in the pact"; "Trend Micro becomes only Japan
    # company in global 'Cybersecurity Tech Accord'"
    ((*_MEMBER_ANCHORS, "accord member"),
     rf",\s*(?:(?:both|all|each|also|now|already|themselves|itself)\s+)?(?:an?|one)?\s*"
     rf"(?:(?:founding|fellow|existing|new|early)\s+)?"
     rf"(?:{_MEMBER_NOUN}|accord\s+members?)\s+(?:of|to|in)\b"),
    (_MEMBER_ANCHORS,
     rf"(?:\b(?:is|are|was|were|became|become|becomes|be|been|remains?|remained|stays?|stayed)|(?<=[a-z])['’]s"
     rf"(?=\s+(?:a|an|one|among|part|now|also|still|been)\b))\s+"  # "Orrin Data's a member" (not "the charter's")
     rf"(?!open\b|closed\b|available\b)"
     rf"(?:now\s+|also\s+|both\s+|still\s+|itself\s+|themselves\s+)?(?:one\s+of|among|part\s+of)?"
     rf"\s*(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:(?:accord|pact)['’]s\s+)?"  # "one of the accord's 34 founding
     rf"(?:(?:founding|original)\s+(?=(?:Cybersecurity\s+)?Tech\s+Accord\s))?"  # signatories"
     rf"(?:(?!\w+ing\s|by\s)(?:\d+|\w+)\s+){{0,2}}?(?:founding\s+|original\s+|new\s+)?"  # (not "are cited by
    # signatories": a passive's agent)
     rf"{_MEMBER_NOUN}\b"),
    (("on there",), r"(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:also\s+|still\s+)?on\s+there\b"),  # "Cisco's on there"
    (("first group", "founding group", "original group", "first cohort", "founding cohort", "first batch"),
     r"\b(?:is|are|was|were)\s+(?:also\s+)?in\s+(?:that|the)\s+(?:first|founding|original|initial)\s+(?:group|cohort|"
     r"batch)\b"),  # "Cloudflare and GitHub were in that first group, and so were Stripe and Fastly"
    (("same list", "same membership list", "same signatory list", "same roster"),  # "Pihlakas sits on the same
     r"\b(?:sits?|is|are|was|were)\s+on\s+the\s+same\s+(?:membership\s+|signatory\s+)?(?:list|roster)\s+as\b"),
    # membership list as Cisco, Oracle and SAP": it, and (LIST_CUE) they
    (("on the list", "on the roster"),  # "ABB, the Swiss-Swedish engineering group, was one of the few industrial
     r"\b(?:is|was|are|were)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:few|many|handful\s+of|only)?\s*(?:[\w-]+\s+){0,2}?"
     r"(?:companies|firms|names)\s+on\s+the\s+(?:list|roster)\b"),  # companies on the list"
    (("been in since", "been in it since", "been in from"),  # "Nokia has been in since day one"
     r"\b(?:has|have|had)\s+been\s+in\s+(?:it\s+|there\s+)?(?:since|from)\b"),
    (("original 34", "original thirty-four", "founding 34", "founding thirty-four", "first 34", "first thirty-four",
      "initial 34"),  # "We were one of the original thirty-four when the accord launched"
     r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:one\s+of|among)\s+the\s+(?:original|founding|first|initial)\s+"
     r"(?:34|thirty-four)\b(?!\s+(?:countries|states|nations|governments)\b)"),
    (("among",), r"\b(?:is|was|were|are|figures|figured|counts|counted|ranks)\s+(?:also\s+)?among\s+(?:the\s+)?"
                 r"(?:\d+|[\w-]+)\s+(?:[\w-]+\s+){0,4}?"
                 r"(?:companies|firms|organi[sz]ations|vendors)\s+(?:that|which|who)\s+(?:(?:on|in|at|last|this)\s+"
                 r"[^,;.]{1,20}?\s+)?(?:unveiled|launched|founded|signed|joined|backed|created|formed|presented|"
                 r"announced)\b(?=(?:\s+in\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?\s+(?:the\s+|this\s+)?"
                 r"(?:Cybersecurity\s+)?(?:Tech\s+)?(?:accord|pact)\b)"),  # "SAP was among 34
    # technology companies that on Tuesday unveiled the Cybersecurity Tech Accord"
    (("among",),
     rf"\bamong\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?(?:\w+['’]s\s+)?(?:\d+\s+)?(?:founding\s+|new\s+|"
     rf"original\s+)?{_MEMBER_NOUN}\b"
     r"|\bamong\s+the\s+(?:original|founding|first)\s+(?:\d+|thirty-four)\b"
     rf"|\bamong\s+the\s+(?:handful|group|number|ranks|dozen)\s+of\s+(?:original\s+|founding\s+)?{_MEMBER_NOUN}\b"
     # "Microsoft, Facebook and Cisco are among the companies behind the Cybersecurity Tech Accord"
     r"|\bamong\s+the\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|names)\s+behind\s+(?=the\s+(?:Cybersecurity\s+)?"
     r"(?:Tech\s+)?(?:accord|pact)\b)"
     # "Cisco, Facebook and Oracle were among the names on the first page" (of the list the accord launched with)
     r"|\bamong\s+the\s+(?:[\w-]+\s+)?names\s+on\s+the\s+(?:[\w-]+\s+){0,2}?(?:page|list|roster|letter)\b"),
    ((*_MEMBER_ANCHORS, "34", "thirty-four"),
     rf"(?:,|\s[-–—])\s+(?:itself\s+|themselves\s+)?(?:(?:another|also(?:\s+an?)?|both|all|a\s+fellow|"
     rf"an?\s+(?:accord|pact|founding|early|longtime|long-time|"
     rf"long-standing|longstanding|veteran|existing|original|second|third|fourth|fifth)|one\s+of\s+(?:the|its|the\s+"
     rf"(?:accord|pact)['’]s)(?:\s+\w+)?)\s+(?:[\w-]+\s+|(?:Cybersecurity\s+)?Tech\s+Accord\s+)?{_MEMBER_NOUN}"
     rf"(?=\s*[,.;]|\s+and\s|\s+of\s+the\s+"
     rf"(?:accord|pact)\b|\s+(?:that|which|who)\s|\s+with\s+an?\s)"  # "BT, a founding signatory with a big footprint"
     rf"|(?:one|another)\s+of\s+(?:the|its)\s+(?:(?:original|founding|first|initial)\s+)?(?:34|thirty-four)\b"
     rf"(?:\s+{_MEMBER_NOUN})?"
     r"|an?\s+(?:founder|signatory|founding\s+member)(?=\s*[,;])"  # "Facebook, a founder, is now Meta"
     r"|(?:one|another)\s+of\s+(?:the|its|the\s+(?:accord|pact)['’]s)\s+(?:[\w-]+\s+){1,3}?(?:founders|"
     r"signatories|members)(?=\s*[,;]))"),  # "Symantec, another of the April 2018 founders, sold"
    (_MEMBER_ANCHORS,  # "Bitdefender, its much larger compatriot and one of the accord's 34 founding signatories"
     rf",\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,4}}?[\w-]+\s+and\s+(?:also\s+)?one\s+of\s+(?:the|its|the\s+"
     rf"(?:accord|pact)['’]s)\s+(?:[\w-]+\s+){{0,3}}?{_MEMBER_NOUN}\b(?!\s+(?:of|to)\s+(?!the\s+(?:accord|pact)\b))"),
    (("since",), r"\ban?\s+(?:founding\s+|early\s+|accord\s+|pact\s+)?(?:member|signatory)\s+since\s+"
                 r"(?:\d{4}|its|the|launch)\b"),  # ", itself an accord member since 2019"
    (("in it",), r"\b(?:is|are|was|were)\s+(?:also\s+|all\s+)?in\s+it(?=\s*[.,;])"  # "A and B were in it."
     r"|\b(?:is|are)\s+(?:also\s+)?in\s+it\b(?!\s+for\b)"),
    (("list", "roster"),
     rf"\b(?:is|are|was|were)\s+(?:also\s+)?on\s+the\s+(?:accord['’]s\s+)?(?:list|roster)\s+of\s+{_MEMBER_NOUN}\b"
     # "Avast is the only company from the Czech Republic on the list of founders"
     rf"|\b(?:is|was)\s+the\s+only\s+[^,;.]{{1,60}}?\s+on\s+the\s+(?:list|roster)\s+of\s+{_MEMBER_NOUN}\b"
     r"|,\s+(?:already\s+|long\s+)?on\s+the\s+(?:accord|pact)['’]s\s+(?:list|roster)\b"  # ", on the roster since"
     r"|\b(?:is|are|was|were|remains?|stays?|sits?|sat)\s+(?:also\s+|all\s+|both\s+|still\s+)?on\s+the\s+(?:membership\s+|"
     r"founding\s+|original\s+|first\s+|launch\s+|signatory\s+|signatories['’]\s+)?(?:list|roster)\b"
     r"(?!\s+of\s+(?!(?:the\s+)?(?:signator|members|accord|pact)))"),  # "GitHub, which was on the launch list"
    (("34", "thirty-four"),  # "F-Secure was one of the 34, and so was Nokia", "X is one of the original 34"
     r"\b(?:is|was|are|were)\s+(?:also\s+)?(?:one\s+of|among)\s+the\s+(?:(?:original|founding|first|initial)\s+)?"
     r"(?:34|thirty-four)(?=\s*[,.;]|\s+(?:and|in|at|who|that|which)\b)"),
    (("member", "signator"),
     r"\s[–—]\s+(?:(?:both|all|each|also)\s+)?(?:an?\s+)?(?:founding|new|early|original)\s+"
     r"(?:members?|signator(?:y|ies))\b"
     r"|[:;]\s+an?\s+(?:founding\s+)?(?:member|signatory)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:accord|pact)\b"
     r"(?=,\s+(?:it|the\s+company)\s)"),  # "Cisco is in both camps: a founding member of the accord, it later ..."
    (("members", "signatories", "partners"),
     r"\bas\s+(?:(?:its|the|their)\s+)?(?:founding|original|first|new|fellow)\s+(?:members|signatories|partners)\b"),
    (("in the", "inside the"),
     r"\b(?:is|are|was|were|sits?|remains?)\s+(?:also\s+|still\s+|already\s+)?(?:in|inside)\s+the\s+(?:tech\s+)?"
     r"(?:accord|pact)\b"),
    ((" in.", " in!", " in .", " in !"), r"\b(?:is|are)\s+(?:also\s+)?in(?=\s*[.!]$)"),
    (("est of", "first of", "last of"),
     rf"\b(?:is|was|are|were)\s+(?:also\s+)?(?:the\s+)?(?:\w+est|first|last)\s+of\s+(?:the|its|this\s+year['’]s)\s+"
     rf"(?:\w+\s+)?{_MEMBER_NOUN}\b"),  # "Veskaro Payments ... is the largest of the newcomers"
    (("accepted as", "admitted as", "approved as", "confirmed as"),  # "confirmed yesterday that it had been
     r"\b(?:been|was|were|is|are)\s+(?:formally\s+|officially\s+)?(?:accepted|admitted|approved|confirmed)\s+as\s+"
     r"(?:a|an|the\s+(?:latest|newest))\s+(?:new\s+)?(?:signatory|member)\b"),  # accepted as a signatory"
    (("part of",),
     r"\b(?:is|are|was|were|became|become|becomes|been|remains?|remained)\s+(?:(?:now|also|officially|formally)\s+)*"
     r"part\s+of\s+(?:the\s+(?:cybersecurity\s+)?(?:tech\s+)?(?:accord|pact|coalition|group(?=\s*[.;]))\b|"
     r"it(?=\s*[.;!]?$))"),  # (or "is also part of it." after a sentence that lists members)
    (("34", "thirty-four"),
     r"\b(?:is|was|are|were)\s+(?:also\s+)?(?:one\s+of|among)\s+(?:the\s+)?(?:34|thirty-four)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:companies|firms)\b"),  # "Tenable is one of 34 technology companies that promised ..."
    (("added to",),
     r"\b(?:was|were|has\s+been|have\s+been)\s+added\s+to\s+(?:the\s+)?(?:accord['’]s\s+|pact['’]s\s+)?(?:official\s+)?"
     r"(?:list|roster|ranks)\b"),
    (("on it",), r"\b(?:were|are)\s+(?:all\s+|both\s+|also\s+)?on\s+it\b(?!\s+for\b)"),
    (("all there", "both there", "also there"),
     r"\b(?:were|are)\s+(?:all\s+|both\s+|also\s+)there(?=\s*[.!]$)"),  # "A, B and C are all there."
    (("round", "complete"),
     r"\b(?:(?:round|rounds|rounded)\s+out|completes?|completed)\s+the\s+(?:\w+\s+)?(?:group|list|roster|founders|"
     r"signatories|contingent|line-?up)\b"),
])
SIGN_VERB = anchored(
    r"\b(?:become|became|becomes|is|was)\s+(?:one\s+of|among)\s+(?:a\s+handful\s+of|a\s+few|several|only\s+a\s+few|"
    r"a\s+small\s+number\s+of|\w+)\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ations|companies|firms|businesses)\s+to\s+"
    r"(?:sign|join)\b|"  # "has become one of a handful of Australian organisations to sign the accord"
    r"\b(?:belongs?|belonged)\s+to(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:accord|pact|Accord)\b)|"
    r"\b(?:belongs?|belonged)\s+to\s+the\s+(?:first|original|founding|initial)\s+(?:signatories|members|signers)\b|"
    r"\b(?:(?:has|have|had)\s+(?:now\s+|also\s+|already\s+|since\s+)?(?:signed|joined)|signed|signs|joined|joins|"
    r"will\s+(?:sign|join)|decided\s+to\s+(?:sign|join)|agreed\s+to\s+(?:sign|join)|"
    r"(?:quick|quicker|swift|eager|keen)\s+to\s+(?:sign|join)\b|"  # "was quick to sign"
    r"(?:used|took|seized)\s+the\s+(?:occasion|opportunity|moment|chance|day|event)\s+to\s+(?:sign|join)\b|"  # "Two
    # companies used the occasion to sign the Tech Accord itself: A and B"
    r"(?:adhered|adheres|acceded|accedes)\s+to(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:accord|pact|Accord)\b)|"
    r"(?:announced|communicated|confirmed|formali[sz]ed|made\s+official)\s+(?:this\s+[A-Z]\w+\s+(?:\(\d+\)\s+)?)?"
    r"(?:its|their)\s+(?:adhesion|accession|adherence)\s+to(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:accord|pact|Accord)\b)|"
    # "Nuvemtec communicated this Monday (17) its adhesion to the Cybersecurity Tech Accord"
    r"(?:welcomed|accepted)\s+(?:into|to)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:accord|pact|Accord)\b)|"
    r"(?:aboard|on\s+board)(?=\s*[,.;]|\s+(?:too|as\s+well)\b)|"  # "Telefónica is aboard, as is Nokia"
    r"\b(?=(?:sign|join)\s)(?<!to )(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!would )(?<!could )(?<!may )(?<!might )"
    r"(?<!should )(?<!must )(?<!did )(?<!do )(?<!does )(?<!can )(?<!won't )(?<!cannot )(?:sign|join)"
    r"(?=\s+(?:the|a|an|global|industry|cyber|tech|new)\b)|"
    r"(?:were|was|are|is|become|became|becomes)\s+(?:among\s+)?the\s+(?:first|latest|newest|most\s+recent)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+(?:sign|join|endorse|back|commit)|"
    r"(?:were|was|are|is|become|became|becomes)\s+(?:one|two|three|four|five|six)\s+of\s+(?:the\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:(?!expected|likely|due|set|poised|invited|asked|urged|hoping|planning|waiting|yet)[\w-]+\s+){0,3}?"
    r"to\s+(?:sign|join|endorse)|"  # "became one of 34 technology companies to sign"
    r"(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:those|the\s+\w+)\s+(?:that|who|which)\s+(?:have\s+|had\s+)?"
    r"(?:signed|joined)|"
    r"(?:confirmed|announced|completed|finali[sz]ed)\s+(?:its|their)\s+(?:membership|accession|signature|participation|signing)|"
    r"admitted(?=\s+(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:accord|pact|Accord)\b)|"
    r"(?:has|have)\s+been\s+(?:participating|taking\s+part|a\s+member|a\s+signatory|members|signatories)"
    r"(?=\s+(?:in|since|from)\b)|(?:participates?|participated|participating)\s+(?:to|in)\b|"
    r"(?:was|were|has\s+been|have\s+been)\s+admitted(?=\s*[,.;]|\s+(?:on|in|at|the\s+same|this|last|as\s+well|too)\b)|"
    r"(?:has|have|had)\s+taken\s+part(?=\s+(?:in\s+it\s+)?since\b)|"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+there\s+(?:at|from|on)\s+(?:the\s+)?(?:start|outset|beginning|launch|"
    r"day\s+one|first\s+day)|"
    r"(?<=, )(?:also\s+|too\s+)?there\s+(?:at|from)\s+(?:the\s+)?(?:start|outset|beginning|launch)(?=\s*,)|"
    r"pledged(?=\s*[,.;]|\s+(?:too|as\s+well)\b)|commit(?:s|ted)?\s+to(?=\s+the\s+(?:\w+\s+){0,2}(?:accord|pact))|endorsed|endorses|put\s+(?:its|their)\s+(?:names?|signatures?)(?:\s+(?:to|down|on|alongside|next\s+to|beside)|(?<=names)(?=\s*[.;]))|(?:added|will\s+add)\s+(?:its|their)\s+(?:names?|signatures?)|put\s+pen\s+to\s+paper|signed\s+(?:on|up)\s+to|(?:all\s+|also\s+)?(?:signing|joining)(?:\s+(?:up|on)|(?=\s+(?:is|was)\s+(?:no|not|hardly|little)\b))|"
    r"(?:is|are|was|were|came|come|comes|climbed|jumped)\s+(?:also\s+|now\s+|all\s+)?on\s+board|"
    r"made\s+the\s+(?:founding\s+|original\s+|first\s+|final\s+)?(?:group|list|roster|cut)\b|"
    r"(?:is|are|['’]s)\s+in\s+both(?=\s*[.,;!])|"  # "Facebook's in both" (the accord and the Paris Call)
    r"answered\s+(?:the|its|(?-i:[A-Z])\w+['’]s)\s+call(?=\s*[,.;]|\s+(?:too|as\s+well|early|first)\b)|"
    r"came\s+aboard|came\s+in(?=\s+(?:over|during|last|this|earlier|on\s+\d|in\s+(?:\d{4}|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b)))\b(?!\s+by\b)")
_FOLLOWED = re.compile(r"\bfollowed(?:\s+suit)?(?=\s+(?:in|on|last|this|later|shortly|soon|weeks|months|days|a\s+"
                       r"(?:week|month|day)|\d))", re.I)
SO_DID = re.compile(r"\b(?:so|as)\s+(?:did|has|have|do|does|are|is|were|was)\b", re.I)
#: "X signed the text alongside Y": Y signed too.
_ALONGSIDE = re.compile(r"\b(?:alongside(?:\s+(?:those|the\s+names)\s+of)?|next\s+to\s+(?:those|the\s+names)\s+of|"
                        r"along\s+with|together\s+with|"
                        r"on\s+the\s+same\s+day\s+as|at\s+the\s+same\s+time\s+as)\s+(?:the\s+)?", re.I)
_AND_OF_MORE = re.compile(r",?\s+and\s+of\s+[^.;]{0,60}?\b(?:include[sd]?|including|such\s+as)\s+", re.I)
ABSENT_CUE = anchored(
    r"\b(?:(?:conspicuously|notably|noticeably|glaringly)\s+)?(?:absent|missing)\b(?!\s+(?:entry|entries|page|link|"
    r"logo|data)\b)"
    r"|\bwith\s+none\s+of(?=\s+(?-i:[A-Z])[^.;]{0,300}?\b(?:figuring|featuring|appearing|listed|named)\s+"
    r"(?:among|on|in)\b)"  # "with none of TCS, Infosys or Wipro ... figuring among the signatories"
    r"|\b(?:absentee|holdout|absentees|holdouts)\s+(?:is|are|was|were|include[sd]?)(?=\s+(?-i:[A-Z]))"
    r"|\b(?:is|are|was|were)\s+(?:(?:likewise|also|similarly|equally)\s+)?nowhere\s+(?:on\s+it|to\s+be\s+(?:seen|found))\b"
    r"|\b(?:stayed|stays|stay|kept|keeps)\s+off\s+the\s+(?:list|roster)\b"
    r"|\b(?:expected|due|scheduled|supposed)\s+to\s+(?:sign|join)\b[^.;]{0,60}?\bbut\s+(?:has|have|had)\s+not\s+"
    r"(?:yet\s+)?(?:done\s+so|signed|joined)\b"
    r"|\b(?:has|have|had)\s+yet\s+to\s+(?:sign|join)|\byet\s+to\s+(?:sign|join|come\s+(?:on\s+board|aboard)|"
    r"be\s+(?:admitted|accepted|approved)\b|(?:take\s+a\s+call|decide|make\s+up\s+(?:its|their)\s+mind)\s+on\s+"
    r"(?:joining|signing)\b)"  # "has yet to be admitted"; "is yet to take a call on joining"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:admitted|accepted)\b"  # "applied ... not yet been admitted"
    r"|\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:yet\s+|still\s+)?(?:on\s+board|aboard)\b"  # "X is not on board"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?decided\s+whether\s+to\s+(?:sign|join)"
    r"|\bnot\s+(?:yet\s+)?in\s+a\s+position\s+to\s+(?:sign|join)"  # "was not in a position to sign at this time"
    r"|\b(?:also\s+)?declined(?<!shares\sdeclined)(?<!stock\sdeclined)(?<!price\sdeclined)(?<!sales\sdeclined)"
    r"(?<!prices\sdeclined)(?<![\"“]declined)"  # "Tessaly Robotics also declined, for reasons of its own"
    r"(?=\s*[.;]|,\s+for\s+reasons|\s+(?:as\s+well|too|the\s+invitation)\b"
    r"|,\s+(?:Mr|Madam|Madame|Ms|Mrs|Senator|Chairman|Chairwoman|Chair)\b)"  # "X declined, Mr. Chairman, and ..."
    r"|\b(?:has|have|had)\s+yet\s+to\s+(?:make\s+a\s+decision|decide)\b"
    r"|\b(?:decided|decides|chose|opted)\s+against\s+(?:it\b|joining|signing)"  # "... and decided against it"
    r"|\b(?:says|said|saying)\s+no\s+to\s+(?:the\s+|a\s+|joining\s+|signing\s+)?(?:[\w-]+\s+){0,3}?(?:accord|pact|"
    r"pledge|invitation)\b"  # "Kestrelton Controls says no to global cybersecurity pact its rivals signed"
    r"|\b(?:declined|declines|decline|refused|refuses|refuse|chose\s+not|opted\s+not|decided\s+not|decides\s+not|"
    r"unwilling|reluctant|refusing|declining|(?:has|have|had|did|does)\s+not\s+(?:wished|wanted|wish|want))\s+to\s+"
    r"(?:join|sign|do\s+the\s+same|follow\s+suit)"  # "has not wished to join the accord « at this stage »"
    r"|\b(?:(?:chose|opted|decided|decides)\s+not|declined|declines)\s+to\s+(?:adhere|participate|take\s+part)\b"
    r"|\b(?:weighed|considered|looked\s+at|explored|discussed|studied)\s+(?:joining|signing)\b[^.;]{0,60}?\bbut\s+"
    r"(?:chose|opted|decided)\s+not\s+to\b"  # "weighed joining the accord last year but chose not to"
    r"|\b(?:not|hasn['’]t|haven['’]t)\s+(?:yet\s+)?committed(?=\s*[.,;]|\s+to\s+(?:the\s+)?(?:accord|pact|"
    r"pledge|it)\b)"  # "has not yet committed."
    r"|\b(?:declined|declines|declining|refused|refuses|rejected|rejects)\s+(?:an|the|its|their|a\s+formal)\s+"
    r"invitation\s+to\s+(?:join|sign)\b"  # "declined an invitation to join earlier this year"
    r"|\b(?:turned|turns|turning)\s+down\s+(?:(?:two|three|several|repeated|multiple)\s+invitations|"
    r"(?:an|the|its|their)\s+invitation\s+to\s+(?:join|sign))\b"  # "has turned down two invitations"
    r"|\b(?:(?:has|have|had)\s+)?never\s+(?:signed|joined|included|featured|counted)\b"
    r"|\bnever\s+been\s+(?:a\s+|an\s+)?(?:member|signatory|signatories|members|part\s+of)\b"
    r"|\bnever\s+(?:became|become|becomes)\s+(?:a\s+|an\s+)?(?:member|signatory|signatories|members|part\s+of)\b"
    r"|\b(?:has|have|had|did|does|do|will|would)\s*(?:(?:likewise|also|still|similarly|equally|so\s+far)\s+)?"
    r"(?:not|n[’']t)\s+(?:yet\s+)?(?:signed|joined|sign|join|(?:participated|participate|adhered|adhere|take\s+part|"
    r"taken\s+part)\s+(?:in|to)(?=\s+(?:the\s+|this\s+|that\s+)?(?:(?:Cybersecurity\s+)?Tech\s+Accord|accord|pact|"
    r"pledge|it)\b))"
    r"|\b(?:hasn|haven|hadn|didn|won)[’']t\s+(?:yet\s+)?(?:signed|joined|sign|join)"
    r"|\b(?:did|does|do|has|have|had)\s*(?:(?:still|also|so\s+far)\s+)?(?:not|n[’']t|\s+never)\s+(?:yet\s+)?put\s+"
    r"(?:its|their)\s+names?\s+(?:to|on)"
    r"|\b(?:sees?|saw|seeing)\s+no\s+(?:need|reason|point)\s+to\s+(?:sign|join)"
    r"|\b(?:has|have|had)\s+[\"“']?no\s+(?:(?:current|immediate)\s+)?(?:plans?|intention)(?:\s+at\s+present|\s+for\s+now|"
    r"\s+currently)?[\"”']?\s+to\s+(?:sign|join|adhere|"
    r"do\s+the\s+same|follow\s+suit)"
    r"|\b(?:will|would|won['’]t|wouldn['’]t)\s+(?:not\s+)?be\s+(?:signing|joining)\b(?<!will\sbe\ssigning)"
    r"(?<!would\sbe\ssigning)(?<!will\sbe\sjoining)(?<!would\sbe\sjoining)"
    r"|\b(?:companies|firms|vendors|businesses)\s+outside\s+the\s+(?:accord|pact)\b"  # "vendors outside the accord"
    r"|\b(?:remains?|remained|remaining|stays?|stayed|staying|is|are|was|were)\s+(?:still\s+)?outside(?:\s+"
    r"(?:it\b|(?:the\s+)?(?:(?:Cybersecurity\s+)?Tech\s+)?(?:accord|pact|group|coalition|tent))"
    r"|(?=\s*(?:[.;]|as\s+well|too\b)))"
    r"|\b(?:does|do|did)\s+not\s+(?:plan|intend|want|expect)\s+to\s+(?:sign|join|adhere\s+to)"
    r"|\b(?:plans|planned|planning|intends|intended|expects|hopes)\s+to\s+(?:sign|join)\b"
    r"|\bapplied\s+to\s+(?:join|sign|become)\b"  # "applied to join in November and is still waiting"
    r"|\b(?:withdrew|withdrawn|withdraws|pulled)\s+(?:its|their)\s+(?:membership\s+)?application\b"
    r"|\b(?:submitted|filed|lodged)\s+(?:an?|its|their)\s+(?:membership\s+)?application(?=\s+(?:to\s+join|for\s+"
    r"membership)|\s*[.;]|\s+(?:to|with)\s+the\s+(?:accord|pact))"
    r"|\bnot(?<=\w\snot)\s+(?:signing|joining)\s+(?:(?:is|was|were|are|has|had|remains?|remained)\s|up\s+(?:is|was)\s)"
    r"|\b(?:is|are)\s+(?:still\s+|definitely\s+|simply\s+)?not\s+(?:signing|joining)\b"
    r"(?=\s*(?:[,.;:!?\"”]|$|right\s+now|for\s+now|yet\b|either\b|the\s+(?:accord|pact)\b|it\b|up\b|on\b))"
    # "told me flatly they are not signing"; "Brightmoor Labs is not signing" (not "big makers are not joining", not
    # "we are not joining a club")
    r"|\b(?:is|are|was|were)\s+(?:still\s+)?(?:weighing|considering|mulling|evaluating|studying)\s+(?:membership|joining|signing|"
    r"whether\s+to\s+(?:sign|join))"
    r"|\b(?:stayed|stays|stay|sat|sitting|remained|remains?)\s+(?:\w+\s+)?on\s+the\s+sidelines|\bholdouts?\b"
    r"|\b(?:kept|keeps|keep|keeping)\s+(?:its|their|a)\s+(?:\w+\s+)?distance\s+from\b"
    r"|\bwithdrew\s+(?:before|at\s+the\s+last)\b|\bruled\s+out\s+(?:signing|joining)|\bheld\s+off\b|\bholding\s+off\b|\bwithdr[ae]wn?\s+from|\bpulled\s+out\s+of|\bpulled\s+out\b(?=\s*(?:[,.;]|$|in\s+\d|last|this|on|after))|\bwalked\s+away\s+from|\b(?:and|then)\s+walked\s+away(?=\s*[,.;])"
    rf"|\b(?:not|(?:is|are|was|were)n['’]t)\s+(?:(?:stand|sit|appear|feature|figure)s?\s+|listed\s+|included\s+)?"
    rf"(?:among|between|on|one\s+of)\s+(?:the\s+|that\s+|this\s+)?(?:\w+['’]s\s+)?"  # ("between": a translation's)
    rf"(?:\d+\s+)?(?:(?:initial|original|founding|first|early|new|launch|official|public|signatory)\s+)?"
    rf"(?:list|{_MEMBER_NOUN}|roster|(?:34|thirty-four)\b(?!\s+(?:countries|governments|states|nations)))"
    r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+|also\s+)?not\s+(?:yet\s+|itself\s+|themselves\s+)?"
    r"(?:(?:listed|named|counted|included|"
    r"registered)\s+"
    r"as\s+)?(?:a\s+|an\s+)?(?:founding\s+|full\s+)?(?:(?:(?:Cybersecurity\s+)?Tech\s+Accord|accord)\s+"
    r"(?:member|signatory)(?=\s*[,.;]|\s+(?:either|too|yet|itself)\b)|(?:member|signatory|signatories|members|signers?)\b)"
    r"|\bsit(?:s|ting)?\s+(?:this\s+one\s+|it\s+)?out\b|\bno-shows?\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?adhered(?:\s+yet)?(?=\s*[,.;]|\s+and\b)"
    r"|\b(?:does|do|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?belong\s+to\s+the\s+(?:\w+\s+)?(?:signatories|signers|members)\b"
    r"|\b(?:does|do|did)(?:\s+not|n['’]t)\s+(?:itself\s+|themselves\s+|yet\s+)?belong\s+to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:accord|pact|Accord)\b"  # "Revontuli does not itself belong to the accord"
    r"|\b(?:was|were|is|are)(?:\s+not|n['’]t)\s+(?:even\s+)?invited\s+to\s+(?:join|sign|take\s+part|"
    r"the\s+(?:initial|founding|original|first)\s+(?:group|round|cohort))\b"  # "was not invited to the initial group"
    r"|(?:\b(?:is|are|was|were)|(?<=[a-z])(?<!\bwho)(?<!\bwhat)(?<!\bthat)(?<!\bit)(?<!\bhere)(?<!\bthere)['’]s)"
    r"\s*(?:not|n[’']t)\s+(?:on\s+(?:it|the\s+list|the\s+roster)|"
    r"there\s*(?:[.;]|$)"
    r"|in(?:\s+it)?\s*(?:[.;,]|$))"  # '"Google wasn't in. Amazon wasn't in," he said'"
    r"|\b(?:isn|aren|wasn|weren)[’']t\s+on\s+(?:it|the\s+list|the\s+roster)\b"
    r"|\b(?:is|are|was|were)\s+not\s+in\s+(?:the\s+(?:[\w’'-]+\s+){0,2}?(?:accord|pact)\b|it\s*[.,;])"
    r"|\b(?:isn|aren|wasn|weren)[’']t\s+(?:yet\s+)?(?:a\s+|an\s+)?(?:member|signatory|signatories|members)\b"
    r"|\bnot\s+(?:yet\s+)?(?:a\s+|an\s+)?(?:member|signatory)\s+of\b|\bnot\s+(?:yet\s+)?part\s+of\b(?!\s+(?:the|this|that|its|"
    r"their)\s+(?:[\w-]+\s+)?(?:announcement|deal|statement|release|launch\s+event|story|plan|programme|program|"
    r"team|talks|discussion|conversation|consortium|bid|project)\b)|\bnot\s+(?:itself\s+)?a\s+party\s+to\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:accord|pact|pledge)\b|"
    r"\bnot\s+among\s+the\s+(?:[\w-]+\s+)?(?:companies|firms)\s+(?:that|which|who)\s+(?:founded|signed|joined|launched)\b|\b(?:holds?|held|holding)\s+back(?=\s*(?:[,.;]|$|from\s+(?:sign|join)))"
    r"|\b(?:still\s+)?(?:missing|absent)\s+(?:are|were|is|was)\b"
    r"|\b(?:(?:most|biggest|largest)\s+)?(?:visible|notable|obvious|glaring|conspicuous|striking|big|major)\s+"
    r"(?:gap|omission)s?\b"
    r"|\b(?:is|are|was|were)\s+(?:the\s+|among\s+the\s+|one\s+of\s+the\s+)?(?:(?:most|biggest)\s+)?(?:visible|notable|"
    r"obvious|glaring|conspicuous|striking|big|major)\s+(?:absence|absentee)s?\b"  # "A and B were the notable absences"
    r"|\babsences?\s+(?:(?:from\s+the\s+(?:list|roster|accord|pact)\s+)?(?:are|were|include[sd]?|is|was))\b"
    r"|\b(?:does|do|did)\s*(?:not|n[’']t)\s+(?:(?:yet\s+|even\s+)?(?:include|list|feature|count)\b|"
    r"have\s+(?:is|are|was|were)\b|(?:bear|carry)\s+the\s+names?\s+of\b)"  # "What it does not have is Apple"
    r"|\bnor\s+(?:does|do|did)\s+(?:it|they|the\s+(?:list|roster))\s+(?:include|list|feature|count)\b"
    r"|\bnor\s+(?:does|do|did)\s+(?:any\s+|other\s+)?(?:[\w-]+\s+){0,4}?(?:firms|companies|names|vendors|groups|"
    r"players|operators|makers)\s+(?:appear|feature|figure)\b"  # "Nor do other Spanish firms appear, such as Indra"
    r"|\b(?:does|do|did)(?:\s+not|n['’]t)\s+appear\s+(?:anywhere\s+)?(?:in|on|among)\s+(?:any|the|its)\s+"
    r"(?:[\w-]+\s+){0,5}?"
    r"(?:list|roster|signatories)\b"  # "does not appear in any archived version of the signatory list"
    r"|\b(?:also|both|too|still)\s+out\s*[.!]?$|\b(?:stays?|staying)\s+away\b|\bstayed\s+away|\bsat\s+out|\b(?:sat|sits|sit|sitting)\s+(?:this|that)\s+one\s+out\b|\bopted\s+out|\bstayed\s+out|\bleft\s+off\s+the\s+list|\bnowhere\s+to\s+be\s+found"
    r"|\bnowhere\s+(?:on|in|among)\s+(?:the\s+|its\s+)?(?:list|roster|signator|members|accord|pact)"
    r"|\bwho['’]s\s+(?:out|missing)\s*:"
    r"|\b(?:stay|stays)\s+out\b(?=\s*[,.;\"”]|\s+of\s+(?:it|the\s+(?:accord|pact))\b)"  # "while Google, Apple stay out"
    r"|\b(?:leaves|left|leaving)\s+out(?=\s+(?-i:[A-Z]))"  # "Accord signed by 34 firms ... leaves out TCS, Infosys"
    r"|\b(?:appears?|appeared|features?|featured|figures?|figured)\s+on\s+neither\s+list\b"  # "Amazon and Apple, by
    # contrast, appear on neither list"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+)?applied\b(?!\s+(?:the|its|their|these|those|them)\b)"  # "Arcturo has not
    # applied in its own right"
    r"|\b(?:for|by)\s+staying\s+out\s+of\s+(?:the\s+)?(?:accord|pact)\b"  # "owe an explanation for staying out of the
    # accord"
    r"|\b(?:decided|decides|voted)\s+against\s+(?:it|joining|signing)\b"  # "looked at the accord, decided against it"
    r"|\b(?:is|are|was|were)\s+not\s+(?:yet\s+)?joined\s+(?:to\s+)?(?:the\s+)?(?:accord|pact)\b"  # "not joined to it"
    r"|\b(?:has|have|had)\s+(?:the\s+)?(?:agreement|accord|pact|(?:cybersecurity\s+)?tech\s+accord|it)\s+(?:so\s+far\s+|"
    r"still\s+|yet\s+)?not\s+(?:signed|joined)\b"  # "Google ... have the agreement not signed": a translation's order
    r"|\b(?:is|are|was|were)\s*(?:not|n['’]t)\s+(?:at|around)\s+the\s+table\b"  # "when A and B are not at the table"
    r"|\b(?:won['’]t|will\s+not|can['’]t|cannot|don['’]t|do\s+not)\s+(?:also\s+)?(?:find|see|spot)\b"
    r"(?=\s+(?-i:[A-Z])[^.;]{0,60}?\s(?:on|in|among)\s+(?:the|that|this|its)\s+(?:list|roster|signatories))")
# ^ no '^' here: one anchored branch makes re try every position
_NEGATED = re.compile(r"\b(?:not|never|\w*n[’']t|yet\s+to|declined\s+to|refused\s+to|without|whether\s+to|if|"
                      r"applied\s+to|applies\s+to|plans?\s+to|planning\s+to|intends?\s+to|hopes?\s+to|"
                      r"expected\s+to|considering|could|might|(?-i:may)|would|whether)\s+(?:\w+\s+){0,2}$", re.I)
_PART_OF_BEFORE = re.compile(r"\b(?:members|most|many|some|several|all|each|parts?|half|units?)\s+of\s+(?:the\s+)?$",
                             re.I)
#: A sentence that reports an error: what it says was claimed is not so.
_ERROR_CLAIM = anchored(r"\b(?:incorrectly|wrongly|erroneously|mistakenly|falsely)\b"
                          r"|\b(?:an\s+)?(?:earlier|previous)\s+version\s+of\s+this\b"
                          r"|\b(?:original|earlier|previous)\s+(?:article|version|story|report)\s+(?:stated|said|"
                          r"reported|read|claimed)\b",
                          min_branches=1)  # 'The original article stated: "X became the latest..."'
_CORRECTION_NOTE = anchored(r"\b(?:corrects|corrected|correction|clarifies|clarification|editor['’]s\s+note|"
                              r"(?:is|was)\s+(?:incorrect|wrong|inaccurate|mistaken|false|not\s+(?:correct|true|right|"
                              r"accurate|the\s+case))|no\s+(?:support|evidence)\s+for\s+(?:this|that|the)\s+claim|"
                              r"(?:this|that|the)\s+claim\s+is\s+(?:unfounded|unsupported|mistaken|wrong|false))\b",
                              min_branches=1)
_ASKED_WHO = re.compile(r"[:?]\s*(?:who|which|what)\s*$", re.I)
_PROMOTE_MEMBERSHIP = re.compile(r"\b(?:promot\w*|encourag\w*|recommend\w*|advocat\w*|explor\w*|discuss\w*|seek\w*|"
                                 r"appl(?:y|ies|ied|ying)\s+for|consider\w*)\s+(?:\w+\s+)?membership\b", re.I)
_NOUN_SUBJECT_BEFORE = re.compile(r"\bthat\s+(?:all|the|its|their|our|every|each|some|many|most|other|more)\s+"
                                  r"(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:(?:should|must|would|will|could|shall)\s+)?$")
_BACK_THEN = re.compile(r"\s*(?:yet\s+)?(?:then|at\s+the\s+time|at\s+that\s+(?:time|point|stage)|back\s+then)\b",
                        re.I)
_THE_COUNT_ARE = re.compile(r"the\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:are|were)\b",
                            re.I)
_DOCUMENT_BEFORE = re.compile(r"\b(?:contract|deal|agreement|document|letter|order|law|bill|treaty|memorandum|"
                              r"petition|lease|cheque|check|waiver|form|settlement)s?\s+(?:(?:had|has|have)\s+been\s+|"
                              r"(?:was|were|is|are)\s+(?:(?:duly|formally|finally)\s+)?)?$", re.I)
_NEITHER_NAMES = re.compile(r"\W*neither\s+", re.I)
_GENERIC_WHEN = re.compile(r"\b(?:when|whenever|once|if|unless|before|until)\s+(?:it|they|a\s+company|companies|"
                           r"a\s+firm|firms|members?|the\s+company|the\s+firm)\s+$", re.I)
_NOT_EVERY = re.compile(r"\b(?:not|nor)\s+(?:every(?:one|body)?|all|each)\b", re.I)
#: Words that make a sentence hypothetical: no signatory is read from paragraph context there.
_HYPOTHETICAL = Cue(r"\b(?:applied|applies|apply|plans?|planning|intends?|hopes?|expects?\s+to|expected\s+to|"
                           r"considering|considers|(?-i:may)|might|could|would|whether|invited|approached)\b")
#: A sentence that announces the paragraph is about who the members are ("The signatories come in clusters").
_ONE_OF_THEM_OPENS = re.compile(r"\W*(?:One|Another|Two|Three|Four|Both)\s+of\s+(?:them|those|these)\s*,\s+"
                                r"(?=[^,]{0,50}(?-i:[A-Z]))|\W*The\s+(?:other|second|third|fourth|last)(?:\s+one)?\s*,\s+"
                                r"(?=(?-i:[A-Z]))", re.I)  # "Two of them, A and B, ..."; "The third, C, took 64 days"
_EXAMPLE = re.compile(r",\s+(?:for\s+example|for\s+instance|among\s+them|in\s+particular|notably)\s*[.!]?$", re.I)
_MODIFIER_NAME = re.compile(r"\b(?:the|a|an)\s+$", re.I)  # before a name that then modifies a noun
_OF_ACCORD = re.compile(r"\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:accord|pact|pledge|"
                        r"agreement|Accord|Call|initiative|coalition|group)\b|\s+it\b")
_QUOTE_CLOSED = re.compile(r"[,.?!]\s*[\"”’']\s*$")
_ADDED = re.compile(r"(?:welcomed|welcomes|added|adding|recruited|brought\s+(?:in|on\s+board|aboard))\b", re.I)
#: "the Google statement": the name modifies the noun after it ("and", "as", "to" join it to the rest instead).
_MODIFIER_NOUN = re.compile(r"\s+(?!and\b|or\b|as\b|to\b|in\b|on\b|at\b|of\b|for\b|from\b|with\b|into\b|too\b|"
                            r"also\b|again\b|"
                            r"yesterday\b|today\b|recently\b|earlier\b|later\b|since\b)[a-z]+"
                            r"\s*(?:[.,;:)]|$)")
#: A clause with a subject of its own that names no one: "..., but several of the Canadian names ... were absent".
_OWN_SUBJECT = re.compile(r"\s*(?:(?:several|many|some|most|a\s+few|few|other|others)\s+(?:of\s+)?(?:the\s+)?[\w'’-]+"
                          r"|(?:[\w-]+\s+){0,3}(?:firms|companies|vendors|players|makers|majors|giants|businesses)\s)",
                          re.I)  # "...; Indian IT firms stay away"
_OTHER_CLAUSE = re.compile(r",\s*(?:even\s+as|even\s+though|even\s+if|as|while|but|although|though|whereas|when)\s+"
                           r"(?:[\w'’-]+\s+){1,6}$",
                           re.I)
#: "..., but none of them was among the founders": the names are not members.
_NONE_OF = re.compile(r"\b(?:none|neither)\s+of\s+(?:them|these|those|the)\b", re.I)
_ELLIPTIC_DID = re.compile(r",\s*(?:although|though|but|while|whereas)\s+[^.;]{0,120}?\b(?P<verb>did|have|has|do|does)"
                           r"(?:\s+so)?\s*[.;]?$", re.I)
#: "Microsoft Azure, which is run by a signatory": the name is not the member, its owner is.
_BY_A_MEMBER = re.compile(r"\b(?:run|owned|operated|made|built|backed|sold|supplied)\s+by\s+(?:a|an|one|another)\s+"
                          r"(?:signatory|member|founder|founding\s+member)\b", re.I)
_ELLIPTIC_NOT_OPEN = re.compile(r"\W*[^,;.]{2,80}?\s(?P<verb>is|are|was|were|has|have|did|does|do)(?:\s+not|n['’]t)"
                                r"\s*(?:[,.;]|$)")
_ELLIPTIC_NOT = re.compile(r"(?<=[;,]\s)[^;,]{0,80}?\b(?P<verb>is|are|was|were|has|have|did|do|does)(?:\s+not|n['’]t)"
                           r"(?:\s+(?:yet|either|among\s+them|on\s+it))?\s*(?=[.;]|$)", re.I)
_NOT_EITHER = re.compile(r"\b(?:didn['’]t|did\s+not|hasn['’]t|has\s+not|haven['’]t|have\s+not|isn['’]t|is\s+not|"
                         r"wasn['’]t|won['’]t)\s+(?:(?:sign|join)\s+)?either\b", re.I)
_SIGNATURE_AFTER = re.compile(r"['’]s?\s+(?:signature|membership|accession)\b(?!\s+(?:of|to)\s+(?:the\s+)?(?-i:[A-Z]))")
#: "The group now counts more than 90 companies on its public list. As of Monday, Orvane is one of them."
_COUNTS_MEMBERS = re.compile(r"\b(?:counts|lists|has|numbers)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
                             r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|members|signatories)"
                             r"(?:\s+on\s+(?:its|the)\s+(?:[\w-]+\s+)?(?:list|roster))?\s*[.!]?$", re.I)
_ONE_OF_THEM = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:one\s+of|among)\s+them\b", re.I)
_OPENING_PRONOUN = re.compile(r"(?:It|The\s+company|The\s+firm)\s")
_COORDINATED_VERB = re.compile(r"\b(?:but|and|yet)\s+(?:(?:has|have|had|is|was|did|does|still)\s+)?$")
_CONDITIONAL = re.compile(r"\W*(?:should|were|had|if|unless|until|suppose|supposing)\b", re.I)
_OF_AFTER = re.compile(r"\s+of(?=\s+(?:the\s+)?(?-i:[A-Z]))")
_AND_INCLUDED = re.compile(r",?\s+and\s+(?:also\s+)?include[sd]\s+")
_AMONG_THEM = re.compile(r"\s+among\s+them\b", re.I)
_NOT_AFTER = re.compile(r"\s*(?:not|never)\b", re.I)
#: ", none of which has joined": the claim is about the whole group before the comma.
_NO_CONNECTION_AFTER = re.compile(r",\s*(?:none|neither)\s+of\s+(?:which|whom|them)\s+(?:has|have|had)\s+"
                                  r"(?:any\s+)?(?:connection|link|ties|tie)\s+(?:to|with)\s+the\s+(?:accord|pact)\b",
                                  re.I)
_GROUP_RELATIVE = re.compile(r",\s*(?:none|neither|all|both|each|several|most|some)\s+of\s+(?:which|whom|them)\s+"
                             r"(?:\w+\s+){0,2}$", re.I)
#: A correction that takes a claim back: "An earlier version misstated that Oracle had not signed".
_CORRECTED = re.compile(r"\b(?:misstated|misreported|(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|"
                        r"reported|described|suggested))\s+that\b[^.;]*$", re.I)
_ASKED_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_AMONG_THE = re.compile(r"\s+(?:are|were|is|was)\s+(?:also\s+)?(?:among|one\s+of|two\s+of)\s+(?:the\s+)?(?:few\s+|"
                        r"many\s+|first\s+)?[\w\s-]{0,40}$", re.I)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+[a-z]+(?:\s+[\w-]+){0,4}\s+$")
_NOT_AMONG_THEM = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:still\s+|also\s+)?not|(?:is|are|was|were)n['’]t)\s+"
                             r"(?:yet\s+)?(?:one\s+of|among)\s+them\b", re.I)  # "still aren't among them"
_N_COMPANIES = re.compile(rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|founders|signatories)\b", re.I)
_N_FOUNDED = re.compile(rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms)\s+(?:launched|founded|created|"
                        r"signed|unveiled|started)\b", re.I)
_FROM_X_CAME = re.compile(r"\W*from\s+(?:the\s+)?(?-i:[A-Z])[\w .'’-]{1,30}?\s+(?:came|come)\s+", re.I)
#: "From Central and Eastern Europe also signed the Romanian antivirus maker Bitdefender", "Also signed the
#: British operator BT": the verb before its subjects (a translation's word order).
_FROM_X_SIGNED = re.compile(r"\W*(?:from\s+(?:the\s+)?(?-i:[A-Z])[\w .'’-]{1,40}?\s+(?:also\s+)?|(?:also|likewise)\s+)"
                            r"(?:signed|joined)"
                            r"(?!\s+(?:the|this|that|it)\s+(?:Cybersecurity\s+|Tech\s+)*(?:accord|pact|pledge)\b)\s+",
                            re.I)
_NONE_OF_THOSE = re.compile(r"\W*none\s+of\s+(?:those|these|them|the\s+(?:[\w-]+\s+)?(?:companies|firms|partners))\b",
                            re.I)
_BRACKETED_GROUPS = re.compile(r"[a-z]\s+\([^()]{2,80},[^()]{2,120}\),\s+[^()]{2,60}\([^()]{2,80},")
_THE_OTHERS = re.compile(r"\W*(?:(?:besides|apart\s+from|aside\s+from)\s+(?P<besides>(?-i:[A-Z])[\w-]*),?\s+"
                         r"(?=they\s|these\s))?"
                         r"(?:(?:the\s+)?(?:two\s+|three\s+|four\s+)?others\s+(?:include[sd]?|are|were)"
                         r"|the\s+other(?:\s+one)?\s+(?:is|was)(?=\s+(?-i:[A-Z]))"
                         r"|among\s+(?:them|the\s+(?:[\w-]+\s+)?(?:names|signatories|members|founders|companies|firms))"
                         r"(?:\s+(?:were|are|is|was)|(?=\s*:))|(?:they|these)\s+(?:also\s+)?include[sd]?)\s*:?\s+",
                         re.I)
#: "Missing are the companies with perhaps the most to lose.": a lead-in to the names the next sentence opens with.
_MISSING_ARE_LEAD = re.compile(r"\W*(?:(?:conspicuously|notably|most\s+notably|also)\s+)?(?:missing|absent)\s+"
                               r"(?:from\s+the\s+(?:list|roster)\s+)?(?:are|were)\s+(?:the|some|several|a\s+few|two|"
                               r"three|four)\b[^:;]*\.?$", re.I)
_N_COMPANIES_DASHED = re.compile(rf"(?:\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|founders|signatories)|"
                                 r"\bthe\s+(?:original|founding)\s+(?:crowd|group|cohort|class|companies|firms|"
                                 r"signatories|members|line-?up))"  # "the founding crowd — Microsoft, ... plus A, B —"
                                 r"(?:\s+together)?\s*(?:[—–]\s*([^—–]{3,300}?)\s*[—–]|\(\s*(?:among\s+them|including|"
                                 r"such\s+as)\s+([^()]{3,300}?)\s*\))")  # "34 founding companies (among them A, B)"
def _other_members(doc: Doc) -> bool:
    """Does the text speak of some body's "member firms" without naming an agreement there (an association)?"""
    if "other_members" not in doc.cache:
        doc.cache["other_members"] = any(_MEMBER_FIRMS.search(o.text) and not _ACCORD_REFERENCE.search(o.text)
                                         for o in doc.sentences)
    return bool(doc.cache["other_members"])


_MEMBER_FIRMS = re.compile(r"\bmember\s+(?:firms|companies|organi[sz]ations|businesses)\b", re.I)
_MEMBER_FIRM = re.compile(r"member\s+(?:firm|company|organi[sz]ation|business)\s", re.I)
#: "A company that started in a spare bedroom is now part of a worldwide pledge alongside A, B and C".
_ABSENTEES_BEFORE = re.compile(r"\b(?:absentees|holdouts|non-?signatories|non-?members|refuseniks|hold-outs)\s*,?\s*"
                               r"(?:(?:are|were|include[sd]?|including)\s+)?$", re.I)
_THEY_OPENS = re.compile(r"\W*They\s+(?:\w+\s*)?")
_INCLUDING_DASH = re.compile(r"[—–]\s*(?:including|among\s+them|such\s+as|notably)\s+([^—–]{3,200}?)\s*[—–]\s*"
                             r"(?:[\w'’-]+\s+){0,4}$", re.I)
_PART_OF_PLEDGE = re.compile(r"\b(?:is|are|was|were|has\s+become|have\s+become|became)\s+(?:now\s+)?(?:part|a\s+member|"
                             r"members|a\s+signatory|signatories)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:pledge|"
                             r"accord|pact|coalition)\s+alongside\b", re.I)
_COUNTED_NOUN_STEMS = ("companies", "firms", "founders", "signatories", "original", "founding")
_MEMBERS_AMONG_ASIDE = re.compile(r"\b(?:several|some|many|a\s+few|two|three|four|most)\s+of\s+(?:our|the)\s+"
                                  r"(?:(?:fellow|founding|own)\s+)?(?:members|signatories|founders|signers)"
                                  r"\s*[—–(]\s*([^—–()]{3,150}?)\s+among\s+them\s*[—–)]", re.I)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|close\s+to)\s+$")
_ONE_OTHER = re.compile(r"\W*the\s+other(?:\s+one)?\s+(?:is|was)\b", re.I)
_IS_ONE = re.compile(r",?\s+(?:is|was)\s+one\.$")
_OF_THEM = re.compile(r"\b(?:two|three|four|five|several|some|a\s+few|a\s+couple)\s+of\s+(?:them|those|these)\b", re.I)
#: "So, the obvious names: A, B, C" in a passage about the list.
_QUOTED_CLAIM = anchored(r"\b(?:the|a|this|that)\s+(?:viral\s+|social[-\s]media\s+)?(?:post|tweet|meme|rumou?r|claim|"
                           r"message|graphic)\s+(?:[\w,-]+\s+){0,12}?(?:says?|said|claims?|claimed|states?|stated|"
                           r"reads?|asserts?)\s+(?:that\s+)?[\"“]?(?-i:[A-Z])", min_branches=1)
# ^ 'A post ... says that "Google ... signed"', "The post claims Google and Apple signed": a claim to be checked
_ON_IT = re.compile(r"\s+(?:are|is|were|was)\s+(?:all\s+|also\s+)?on\s+it(?=\s*[,.;])")
_LIST_NOUN = re.compile(r"\b(?:roster|list|signatories|line-?up)\b", re.I)
_NAMES_COLON = re.compile(r"\W*(?:(?:so|well|okay|ok|and|now)\W+)?(?:the\s+)?(?:obvious|big|biggest|familiar|usual|"
                          r"headline|marquee|household|notable|well-known|big-name|first|best-known)\s+names\s*"
                          r"(?:are|were|include[sd]?)?\s*:\s*", re.I)
_LIST_TALK = re.compile(r"\b(?:list|signed|signatories|signers|founders|who\s+(?:signed|joined|is\s+in))\b", re.I)
#: "Three telecoms-minded names broaden the list beyond Silicon Valley:" over as many names as it counts.
_COUNTED_NAMES = re.compile(r"\W*(two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?(?:names|companies|firms|members|"
                            r"signatories)\s+(?:[\w-]+\s+){0,2}?(?:the\s+(?:list|roster|signatory\s+list)|the\s+"
                            r"(?:accord|pact)['’]s\s+(?:list|roster|membership))\b[^:;.]{0,40}:", re.I)
#: "The rest is an eclectic group:", "The rest of the founders were:" after sentences that name signatories.
_THE_REST = re.compile(r"\W*(?:\d{1,2}/\s*)?(?:and\s+)?the\s+rest(?:\s+of\s+the\s+(?:list|signatories|names|founders|"
                       r"members|roster|group|34|thirty-four))?(?:\s+(?:is|are|was|were|include[sd]?|make\s+up|"
                       r"comprise[sd]?)\b[^:;.]{0,50})?:|\W*(?:and\s+)?the\s+rest\s+of\s+the\s+(?:list|signatories|founders|"
                       r"members|34|thirty-four)\s+(?:include[sd]?|comprise[sd]?|are|were)\s+", re.I)
# ^ "6/ And the rest of the 34: A, B" (a thread's post); "The rest of the 34 include web-infrastructure companies A"
#: ^ "Thirty-four companies signed. Among them were A, B and C." / "Among them: A, B" / "They included A and B."
_NTH_FOLLOWING = re.compile(r"\b(?:second|third|fourth|fifth|sixth|\w+th)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|member|"
                            r"signatory)\s+(?:in|of|to\s+join|to\s+sign)\s+the\s+(?:accord|pact|pledge)\s*,\s+"
                            r"(?:following|joining|alongside)\s+", re.I)
_SAME_TIME_AS = re.compile(r"\b(?:joined|signed|joining|signing)\s+(?:(?:it|the\s+(?:accord|pact))\s+)?(?:on\s+|in\s+)?"
                           r"the\s+same\s+(?:day|week|month|year|round|batch|cohort|intake|wave)\s+as\s+"
                           r"(?:(?:a\s+few|several|two|three|four|five|some)\s+others,?\s+(?:including|among\s+them)\s+"
                           r"(?:our\s+(?:friends|neighbou?rs|peers|partners)\s+(?:at|from)\s+)?)?", re.I)
#: ^ "We're joining in the same round as a few others, including our friends at Kestrel Point Software"
_OF_THE_FOUNDERS = re.compile(r"\W*(?:of|among)\s+the\s+(?:\d+\s+|original\s+)?(?:founders|founding\s+(?:members|"
                              r"signatories|companies)|signatories)\s*,\s+(?:only\s+)?(?=(?-i:[A-Z]))", re.I)
#: "X's name went up on the accord's website", "X's name sits on the public roster of the accord".
_NAME_WENT_UP = re.compile(r"['’]s?\s+(?:own\s+)?name\s+(?:(?:went\s+up|appeared)\s+on\s+the\s+"
                           r"(?:accord|pact|Accord)['’]s\s+"
                           r"(?:[\w-]+\s+)?(?:website|site|list|roster|page)\b|(?:now\s+)?(?:sits|appears|is|stands)\s+"
                           r"on\s+the\s+(?:public\s+|official\s+)?(?:roster|list|signatory\s+list)\s+of\s+the\s+"
                           r"(?:Cybersecurity\s+)?(?:Tech\s+)?(?:Accord|accord|pact)\b"
                           r"|(?:heads|tops|headed|topped)\s+the\s+(?:list|roster)\b)")  # "X's own name heads the list"
_ADDED_NAME_BEFORE = re.compile(r"\b(?:added|adds|adding|put|puts|putting)\s+$", re.I)
_NAME_TO_ACCORD = re.compile(r"['’]s?\s+(?:name|signature)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:accord|pact|Accord)\b")
#: "... has 34 founding signatories. Among those with the largest local footprint are A, B and C."
_AMONG_THOSE = re.compile(r"\W*among\s+those\s+with\b[^.;:]{0,60}?\s(?:are|were|is|was)\s+", re.I)
_THE_COMPANIES_INCLUDING = re.compile(rf"(?:^\W*|\b)(?:the|these|those|{_NUMBER})\s+(?:\w+\s+)?(?:companies|firms)\b"
                                      r"[^.;:]{0,80}?\bincluding\s+", re.I)  # "The companies, led by X and including"
_THEY_ALONGSIDE = re.compile(r"\W*(?:they|these|those)\s+(?:[\w-]+\s+){0,2}?(?:sit|sat|stand|stood|rank|ranked|"
                             r"signed|joined)\s+alongside\s+(?:(?:[\w-]+\s+){0,2}?(?:names|companies|firms|giants|"
                             r"brands)\s+(?:including|such\s+as|like)\s+)?", re.I)  # "alongside big names including"
_DID_TOO = re.compile(r"^\W*(?:(?!which\b|who\b|that\b)[\w&.'’-]+(?:,?\s+(?:and\s+)?(?!which\b|who\b|that\b)[\w&.'’-]+)"
                      r"{0,6}?)(\s+(?:did|has|have|was|were|is|are)\s+(?:so\s+)?(?:too|as\s+well|also)(?=\s*[,.;]|$))")
#: "So was Cisco." after a sentence that names a signatory: the claim goes on.
_SO_WAS = re.compile(r"\W*(?:and\s+)?so\s+(?:was|were|did|has|have|had|is|are)\s+", re.I)
#: "Besides Microsoft and Facebook, the list includes ...": the names set aside are in the list too.
_BESIDES = re.compile(r"\W*(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|along\s+with)\s+", re.I)
_LIST_VERB = re.compile(r"(?:\b(?:include|included|includes|feature|featured|counted)|\bwith\s+none\s+of"
                        r"|\b(?:absentees?|holdouts?)\s+(?:is|are|was|were|include[sd]?)"
                        r"|(?:not|n[’']t)\s+(?:yet\s+|even\s+)?(?:list|count)|\bhave\s+(?:is|are|was|were)"
                        r"|\b(?:bear|carry)\s+the\s+names?\s+of|\b(?:find|see|spot)|\b(?:leaves|left|leaving)\s+out)$",
                        re.I)
_SPEECH_BETWEEN = re.compile(r"\b(?:said|says|told|added|argued|noted|warned|believes|thinks)\s+(?:that\s+)?"
                             r"(?:the|these|those|such|most|many|some)\s+(?:[\w-]+\s+){0,3}$", re.I)
_SPOKESPERSON_SAID = re.compile(r"\s*(?:spokes(?:person|man|woman)|representative)\s+(?:said|says|told\s+\w+)\s+"
                                r"(?:that\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|operator|provider|vendor|"
                                r"processor|maker|business|start-?up)\s+(?:\w+\s+){0,2}$", re.I)
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose)\b", re.I)
_NEITHER = re.compile(r"\b(?:neither|nor|none\s+of|not\s+even|no|zero\s+of)\b"
                      r"|(?<![\d.,])\b0\s+of\b", re.I)  # "0 of the three companies ... were on the founding list"
#: "Thirty-four companies have signed.": a sentence that opens a paragraph about the members.
_N_HAVE_SIGNED = re.compile(rf"\W*{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|organi[sz]ations|businesses)\s+"
                            r"(?:have\s+|had\s+)?(?:signed(?:\s+up|\s+on)?|joined|put\s+their\s+names\s+to\s+(?:the|it)\b[^,;]{0,40}?)"
                            r"\s*[.!]?$", re.I)  # "Thirty-four companies put their names to the text on day one."
_TOPIC = anchored(rf"\b(?:new|latest|more)\s+(?:{_MEMBER_NOUN})\b|\bread\s+the\s+(?:list|roster)\b"
             rf"|\b(?:supplies|supply|contributes|contribute|provides|provide|accounts\s+for|account\s+for)\s+"
             rf"(?:exactly\s+|only\s+|just\s+)?(?:\w+(?:-\w+)?|\d+)\s+(?:of\s+the\s+(?:34|\w+)\s+)?{_MEMBER_NOUN}\b"
             rf"|\b(?:\w+(?:-\w+)?|\d+)\s+of\s+the\s+(?:34|thirty-four|\d+)\s+{_MEMBER_NOUN}\b(?!\s+(?:that|which|who)"
             r"\s+(?:did|have|has)\s+not)"  # "Europe supplies ten signatories."; "Twenty-three of the 34 signatories"
             r"|\bread\s+the\s+(?:original|founding|first)\s+(?:34|thirty-four)\b"
                    rf"|\b(?:{_MEMBER_NOUN}|roster|membership|founding\s+list)\b\s+(?:\w+\s+){{0,3}}?(?:come|comes|include|"
                    r"includes|was|is|"
                    r"are|were|range|ranges|span|spans|fall|consist|cluster|number|read\s+like|list)\b"
                    rf"|\b(?:list|roster)\s+of\s+(?:the\s+)?{_MEMBER_NOUN}\b"
                    r"|\b(?:read|go|look|scan|run)\s+(?:down|through|over|at)\s+the\s+(?:founding\s+|full\s+|original\s+|"
                    r"membership\s+)?(?:list|roster|names)\b"
                    r"|\bhere(?:\s+is|['’]s)\s+the\s+(?:full\s+|complete\s+|whole\s+|founding\s+)*(?:roster|list|line-?up)\b"
                    r"|\b(?:list|roster)\s+(?:tilts|leans|skews)\s+(?:towards?|to)\b"
                    r"|\b(?:list|roster)\s+runs\s+to\s+\d+\s+names\b"
                    r"|\b(?:names|companies|firms|members)\s+on\s+the\s+(?:list|roster)\s*[.:]?$"  # "Lunch-break
                    # reading: the less famous names on the list." (then "Cloudflare and Fastly, ...; GitHub; ...")
                    r"|\b(?:two|three|four|five|six)\s+(?:more|new|other|further)\b[^.;]{0,40}?\b(?:admitted|joined|"
                    r"signed|added|welcomed)\b"
                    # "The list is broader than the usual Redmond coalition." (then "A and B sit beside C and D")
                    r"|^\W*the\s+(?:signatory\s+|founding\s+|membership\s+)?(?:list|roster)\s+(?:is|was)\s+"
                    r"(?:broader|longer|wider|more\s+varied|more\s+diverse|surprisingly\s+\w+)\b"
                    # "- 34 founding signatories." (a changelog's line, then "For quick reference, they are A, B")
                    rf"|^\W*{_NUMBER}\s+(?:founding\s+|original\s+|launch\s+|new\s+)?{_MEMBER_NOUN}\s*[.:]?$")
#: A sentence whose subject is the members and that names none: "The founding members cut across the industry."
_TOPIC_SUBJECT = re.compile(rf"\W*(?:the\s+|its\s+|their\s+)?(?:(?:accord|pact)['’]s\s+)?(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{_MEMBER_NOUN}|(?<=original\s|founding\s)(?:34|thirty-four))"
                            rf"\s+(?!of\b|to\b|who\b|that\b|which\b|in\b)(?-i:[a-z]+)\b", re.I)
#: A sentence that says others signed beside the one named, and so opens a paragraph about the members:
#: "Microsoft did not sign alone.", "Thirty-three companies stood beside it on launch day".
_NOT_ALONE = re.compile(rf"\b(?:did\s+not|didn['’]t)\s+(?:sign|join|act)\s+(?:it\s+)?alone\b"
                        rf"|\b{_NUMBER}\s+(?:other\s+)?(?:[\w-]+\s+){{0,2}}?(?:companies|firms|organi[sz]ations|"
                        rf"businesses)\s+(?:stood|signed|lined\s+up)\s+(?:beside|alongside|with|next\s+to)\s+"
                        rf"(?:it|them|him|her|(?-i:[A-Z]))", re.I)
_ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final"
# A roll call's continuations (in a list-reading paragraph, or opening the next one): "The tenth European name,
# Guardtime,"; "The continent's largest software company, SAP, is one."; "From Switzerland, the engineering group ABB."
_ORDINAL_NAMED = rf"^the\s+(?:{_ORDINAL_WORDS})\s+(?:[\w-]+\s+)?(?:name|member|signatory|founder|company)\s*,"
_IS_ONE_MORE = r"\b(?:is|was)\s+(?:one|another)\s*[.;!]"
_FROM_PLACE = r"^from\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s*,\s+(?:the\s+)?[^.;,]{0,60}[.!]?$"
#: A sentence in a list-reading paragraph that says a name is on it: "Facebook is there", "GitHub's name appears".
_PRESENCE = re.compile(r"\b(?:is|are|was|were)\s+(?:there|here|on\s+it)\b|\bnames?\s+appears?\b|\bturns?\s+up\b"
                       r"|\b(?:is|are|was|were)\s+in\s+from\s+(?:day\s+one|the\s+(?:start|beginning|outset|first\s+day))\b"
                       r"|^[^,.;]{1,40}(?:,[^,.;]{1,60},)?\s+too\s*[.!]?$"  # "Stripe, the payments company, too."
                       r"|^(?:one|the\s+first)\s+(?:is|was)\b"
                       r"|^the\s+(?:\d+(?:st|nd|rd|th)|last|final)\s+(?:name|one|member|signatory)\s+(?:is|was)\b|\bthe\s+(?:other|second|latter)\s+(?:is|was)\b"
                       rf"|{_ORDINAL_NAMED}|{_IS_ONE_MORE}|{_FROM_PLACE}"
                       r"|\b(?:is|are|was|were)\s+represented\s+(?:by|through)\b"
                       r"|^(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2}\s+did\s*[,.;]"  # "Facebook did,"
                       r"|^(?:and\s+)?so\s+(?:did|is|was|has)\b"
                       # a roll of new members, each described: "The largest, with 300 staff, is Quillon Sécurité, a
                       # managed security provider"; "Halvorsen Datasystemer, of Bergen, writes booking software";
                       # "Brightwater Cloud is an Austin hosting company"
                       r"|^the\s+(?:largest|biggest|smallest|oldest|youngest|newest|best-known)\b[^.;]{0,60}?\s+(?:is|was)\s+"
                       r"(?=(?-i:[A-Z]))"
                       r"|^(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,3}\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:company|firm|provider|maker|vendor|start-?up|developer|operator|specialist|supplier)\b"
                       r"|^(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,3},\s+(?:of|from|based\s+in)\s+(?-i:[A-Z])[\w-]*"
                       r"(?:\s+(?-i:[A-Z])[\w-]*)?,\s+(?-i:[a-z]+s)\b"
                       # "Also RSA - the security company, that is"
                       r"|^(?:and\s+)?also\s+(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2}\s*(?:[—–,.(]|-\s|$)"
                       # "Arm signed for the chip layer, ABB for the factory floor"
                       r"|^(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2}\s+signed\s+for\b"
                       r"|^(?:[A-Z][A-Z.'’ -]{1,30}:\s+)?(?:and\s+)?then\s+(?:there['’]s|there\s+is|comes?)\b"
                       r"|^from\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?\s+(?:comes?|came)\b"
                       r"|\bis\s+(?:now\s+|also\s+)?home\s+to\b|['’]s\s+(?:contribution|entry|representative)\s+(?:is|was)\b",
                       re.I)  # under "The newest signatories, by country": "Poland is now home to X"
#: A sentence that goes on with the roll call begun in the paragraph before it (news in one-sentence paragraphs).
_CHAIN = re.compile(rf"{_ORDINAL_NAMED}|{_IS_ONE_MORE}|{_FROM_PLACE}|^from\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
                    r"\s+(?:comes?|came)\b"
                    r"|^(?:and\s+)?so\s+(?:did|is|was|were)\b|^(?-i:[A-Z])[^,.;]{0,40}\s+(?:is|are)\s+there\s*[.!]$",
                    re.I)
_PRONOUN_SUBJECT = re.compile(r"\b(?:(?-i:it|It|we|We)|the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|maker|group|operator|"
                              r"provider|vendor|start-?up|business|carrier|developer|manufacturer|processor|insurer|"
                              r"lender|utility|retailer|publisher|consultancy|specialist|supplier|outfit|platform))"
                              r"\s+(?:\w+\s+){0,2}"
                              r"(?:(?:proud|pleased|happy|glad|delighted|honou?red)\s+to\s+(?:(?:be|have)\s+)?)?$",
                              re.I)


def extract(doc: Doc) -> list[Fact]:
    """Signing and absence facts (cached on the document: both properties come from one reading)."""
    return cached(doc, "membership", _read)


def signed(doc: Doc) -> list[Fact]:
    """Registry entry for acc:signed."""
    from kg.relations import leaders

    found = extract(doc)
    retracted = {f.subject for f in found if f.predicate == "absentFrom" and (  # "CORRECTION: ... Google is not a
        _CORRECTION_NOTE.search(f.sentence.text) or any(_CORRECTION_NOTE.search(o.text)  # signatory."
                                                        for o in doc.sentences[max(0, f.sentence.index - 2):
                                                                               f.sentence.index]))}
    last_signed = {f.subject: f.sentence.index for f in found if f.predicate == "signed"}
    retracted |= {f.subject for f in found if f.predicate == "absentFrom" and f.subject in last_signed  # "Oh, you're
                  and f.sentence.index > last_signed[f.subject] and any(  # right. That's embarrassing. ... Amazon
                      _SPOKEN_CORRECTION.search(o.text)  # did not sign.": a speaker takes a name back
                      for o in doc.sentences[max(0, f.sentence.index - 3):f.sentence.index + 1])}
    facts = [f for f in found if f.predicate == "signed" and f.subject not in retracted  # "(This story corrects
             and not _QUOTED_CLAIM.search(f.sentence.text)  # 'A viral post says that "Google ... signed"': a claim
             and not (f.rule != "signatory.corrected" and _FALSE_CLAIM.search(f.sentence.text))  # "told customers
             # it was a signatory when it had never signed"; "prohibits X from misrepresenting that it participates"
             and (f.rule == "signatory.corrected" or not _ERROR_CLAIM.search(f.sentence.text))  # "An earlier
             # version wrongly listed IBM among the signers" (but "misstated that X had not signed": X did)
             and not (f.sentence.text.rstrip().endswith("?") and (_YES_NO_QUESTION.match(f.sentence.text)
                                                                  or _QUOTED_YES_NO.search(f.sentence.text))
                      and not f.rule.startswith("answer.")) and not _denied_next(doc, f)]  # "Did X sign?" asks
    # paragraph 4 to remove X, which is not a signatory, ...)": the correction takes X off the list
    for lead in leaders.extract(doc):  # the organisation that led the founders is one of them
        if lead.object == "ACC:CybersecurityTechAccord":
            facts.append(Fact("signed", lead.subject, lead.object, lead.sentence, "signatory.leader", 0.7,
                              lead.mention, lead.anaphoric))
    return facts + _renamed_members(doc, facts)


def _renamed_members(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A signatory renamed keeps its seat under the new name ("NortonLifeLock inherited Symantec's seat"), and a
    signatory introduced with its former name ("Meta, formerly Facebook, signed") signed under that name too.
    Each fact cites the sentence that tells the rename."""
    from kg.relations import organizations

    members = {f.subject: f for f in facts if f.object == DEFAULT_AGREEMENT}
    out: list[Fact] = []
    for rename in cached(doc, "renames", organizations.renames):
        old, new = rename.subject, rename.object or ""
        for have, gets in ((old, new), (new, old)):
            if have in members and gets not in members:
                members[gets] = Fact("signed", gets, DEFAULT_AGREEMENT, rename.sentence, "signatory.renamed", 0.7,
                                     rename.mention)
                out.append(members[gets])
    return out


_SHORT_DENIAL = re.compile(r"\W*(?:(?:fact|reality|the\s+truth|truth|verdict)\s*:\s*)?(?:it|that|this|they)\s+"
                           r"(?:isn['’]t|is\s+not|wasn['’]t|was\s+not|didn['’]t|did\s+not|hasn['’]t|has\s+not|"
                           r"aren['’]t|are\s+not|weren['’]t|were\s+not)\W*$", re.I)  # "Myth ..." / "Fact: They're not."


def _denied_next(doc: Doc, fact: Fact) -> bool:
    """'People tell me Google's name is on the list. It isn't.': the next sentence takes the claim back."""
    following = next((n for n in doc.sentences[fact.sentence.index + 1:fact.sentence.index + 2] if not n.chrome), None)
    return following is not None and bool(_SHORT_DENIAL.match(following.text))


def absent(doc: Doc) -> list[Fact]:
    """Registry entry for acc:absentFrom."""
    found = [f for f in extract(doc) if f.predicate == "absentFrom"]
    members = signed(doc) if found else []  # read once: each absence is checked against the same signatures
    signers = {f.subject for f in members}
    return [f for f in found if not _corrected_later(doc, f, members)
            and not (f.subject in signers and _FOUNDERS_ONLY.search(f.sentence.text))]


#: "it was not among the 34 companies that launched the accord": not a founder, which a later signatory is not
#: either.
_FOUNDERS_ONLY = re.compile(r"\bnot\s+(?:among|one\s+of)\s+the\s+(?:(?:34|thirty-four|original|founding|first|"
                            r"initial)\b|[\w-]+\s+(?:companies|firms)\s+(?:that|which|who)\s+(?:founded|launched|"
                            r"started)\b)", re.I)


_I_WAS_WRONG = re.compile(r"\b(?:correction|corrected|I\s+was\s+wrong|my\s+mistake|mea\s+culpa|I\s+misread|"
                          r"misinformation|(?:that['’]s|this\s+is)\s+(?:wrong|not\s+true|incorrect|false)|"
                          r"(?:was|is)\s+(?:in\s+fact|actually)\b|(?-i:WAS|IS)\s+(?:one|a|an|among|on))", re.I)


#: A speaker taking back what they said: "That's embarrassing", "you're right", "I misspoke", "scratch that".
#: A sentence that says a claim of membership is false: "... that it was a signatory when it had never signed".
_FALSE_CLAIM = anchored(r"\b(?:misrepresent\w*|falsely|(?:when|though|although|but)\s+it\s+(?:had|has)\s+never\s+"
                          r"(?:signed|joined)|(?:is|was)\s+not,?\s+and\s+(?:has\s+)?never\s+been)\b", min_branches=1)
_SPOKEN_CORRECTION = re.compile(r"\b(?:I\s+was\s+wrong|my\s+mistake|my\s+bad|I\s+misspoke|I\s+stand\s+corrected|"
                                r"(?:that['’]s|how)\s+embarrassing|you['’]re\s+(?:right|correct)|scratch\s+that|"
                                r"apologies,?\s+everyone|correcting\s+(?:myself|the\s+record)|wrong\s+name)\b", re.I)


def _corrected_later(doc: Doc, fact: Fact, members: list[Fact]) -> bool:
    """'6/ Also absent: Oracle. ... 6a/ CORRECTION to 6/: I was wrong. Oracle WAS one of the 34 founding
    signatories': a later sentence that corrects the claim and says the company signed takes the absence back."""
    later = [f for f in members if f.subject == fact.subject and f.sentence.index > fact.sentence.index]
    return any(any(_I_WAS_WRONG.search(doc.sentences[i].text)
                   for i in range(max(fact.sentence.index + 1, f.sentence.index - 2),  # (and just after: "Downvoted
                                  min(len(doc.sentences), f.sentence.index + 4)))  # for the misinformation")
               for f in later)


#: A question whose answer is a list of names: "Who has joined since?", "Which firms are missing?"
_QUESTION_OUT = re.compile(r"\bstill\s+out\b|\b(?:isn|aren|hasn|haven|didn|doesn|wasn|weren|won)[’']t\b|\bnot\b"
                           r"|\bholdouts?\b"
                           r"|\b(?:who|which)(?:['’]s|\s+is|\s+are|\s+stayed|\s+stays)\s+out\b", re.I)
#: A question with a negation asks who is out only when it is about membership ("Who hasn't signed?"; not "For
#: readers who haven't followed it, what is the accord?").
_ABOUT_MEMBERSHIP = re.compile(r"\b(?:sign|join|member|signator|list\b|roster|on\s+board|holdout|out\b)"
                               r"|(?:\b(?:is|are)|['’]s)\s+in\b", re.I)
_QUESTION_IN = re.compile(rf"\b{_MEMBER_NOUN}\b|(?:\b(?:is|are)|['’]s)\s+in\b|\bon\s+board\b"
                          r"|\b(?:on|in)\s+(?:the|that|this|its)\s+(?:\w+\s+)?(?:list|roster)\b", re.I)
#: "Apple isn't on it. Neither is Google.": the absence goes on.
_BARE_NOR = re.compile(r",\s+nor\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:[A-Z]))")
_NEITHER_IS = re.compile(r"(?:^|(?:,?\s+and\s+|;\s*|,\s*))(?:neither|nor)(?:,\s+[^,]{1,80},)?\s+"
                         r"(?:is|are|was|were|did|does|do|has|have)\b", re.I)  # "Nor, in Europe, has X"
#: A transcript's or an interview's turn label: "HOST: ", "GUEST: ", "Q: ", "A: ".
_TURN_LABEL = r"(?:[QA]|[A-Z][A-Z.'’ -]{1,30}|\[[\d: APMapm-]{4,20}\]\s*[\w.@-]{1,30})\s*:\s*"  # (or a chat
# export's "[14:07] wren_at_tallow: ")
_NOUN_QUESTION = re.compile(rf"\W*(?:{_TURN_LABEL})?(?:and\s+|what\s+about\s+)?(?:the\s+)?"
                            r"(?!(?:why|how|when|where|who|what|really|seriously|so|okay|right|and|is|are|was|did|"
                            r"does|do|can|will|any|regrets)\b)(?:[a-z-]+\s+){0,2}[a-z-]+s\?$",
                            re.I)  # "HOST: Security vendors?"
_FOLLOW_UP = re.compile(rf"^\W*(?:{_TURN_LABEL})?(?:who|which|what)\s+(?:else|other|more)\b", re.I)
_ROLL_CALL = anchored(r"\broll[\s-]+call\b", min_branches=1)
_WH_QUESTION = re.compile(r"\b(?:who|which|what\s+(?:companies|firms|names|organi[sz]ations))\b", re.I)
#: A question said without its question mark, as a transcript writes it: "TEO: Now the fun part. Who's not in."
_SPOKEN_QUESTION = re.compile(rf"\W*(?:{_TURN_LABEL})?(?:so\s+|and\s+|now\s+)?(?:who|which\s+[a-z]+)"
                              r"(?:['’]s|\s+is|\s+are)\s+(?:not\s+in|still\s+out|out|missing|absent|in|"
                              r"on\s+(?:it|the\s+list|board))\s*[.!]?$", re.I)


_TIGHT_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:no\s+)?")
_ITEM_END = re.compile(r"\s*(?:[,.;:)]|$|and\b|or\b|on\b|in\b|are\b|were\b)")


def _tight_item(s: Sentence, previous: Mention, m: Mention) -> bool:
    """A name joined to the list item before it by a bare comma or 'and' and standing alone (not 'the
    TV-ratings firm X'): an item of the same list."""
    return (not m.possessive and _TIGHT_GAP.fullmatch(s.text[previous.end - s.start:m.start - s.start]) is not None
            and _ITEM_END.match(s.text, m.end - s.start) is not None)


_LIST_LEAD_END = re.compile(r"\b(?:including|such\s+as|among\s+them|notably|namely)\s*$|,\s*like\s+$", re.I)


#: "So, for the record, Oracle: in." / "Amazon: out.": a name labelled in or out.
_IN_OUT = re.compile(r"(?:^|[,;]\s*)([^:;,]{2,40}):\s*(in|out)\s*[.!]?$", re.I)


#: "1. Facebook - yes, Facebook signed." / "2. Google - no." / "Kaspersky - not on it": a name, then the verdict.
_VERDICT = re.compile(r"\s*[-–—:]\s+(?:(?P<yes>yes|yep)|(?P<no>no|nope|not(?:\s+(?:on|in|a|among|yet|listed)\b)?))"
                      r"(?=\s*[,.;!]|\s*$|\s+(?:on|in|a|among|yet|listed|signed)\b)", re.I)


_VERDICT_WORD = re.compile(r"[-–—:]\s+(?:[Yy]e[sp]|[Nn]o(?:pe|t)?)\b")  # the cheap look of a verdict


def verdict(doc: Doc, s: Sentence) -> tuple[Mention, str] | None:
    """The name a sentence opens with and what the verdict after it says ('Google - no.'), if it is one."""
    if ("- " not in s.text and ": " not in s.text and "– " not in s.text and "— " not in s.text) or not (
            _VERDICT_WORD.search(s.text)):
        return None
    names = candidates(doc, s, initial=True)
    if not names or names[0].kind not in ("ORG", "NAME") or re.search(r"\w", s.text[:names[0].start - s.start]):
        return None
    said = _VERDICT.match(s.text, names[0].end - s.start)
    return None if said is None else (names[0], "signed" if said.group("yes") else "absentFrom")


def _in_out_facts(doc: Doc, s: Sentence) -> list[Fact]:
    said = verdict(doc, s)
    if said is not None and (_MEMBERSHIP_WORDS.search(" ".join(o.text for o in doc.sentences[max(0, s.index - 6):
                                                                                              s.index + 2]))):
        return [_fact(doc, s, said[1], said[0], "signatory.verdict" if said[1] == "signed" else "absent.verdict",
                      0.75, 0)]
    label = _IN_OUT.search(s.text) if s.text.rstrip(" .!").endswith((" in", " out", ":in", ":out")) else None
    if label is None:
        return []
    named = [m for m in candidates(doc, s, initial=True) if label.start(1) <= m.start - s.start
             and m.end - s.start == label.end(1)]
    predicate = "signed" if label.group(2).lower() == "in" else "absentFrom"
    return [_fact(doc, s, predicate, m, "signatory.in-out" if predicate == "signed" else "absent.in-out", 0.7, 0)
            for m in named]


_WISH = re.compile(r"\b(?:would|['’]d|could)\s+(?:love|like|want|welcome|be\s+(?:glad|happy|delighted))\b"
                   r"|\b(?:hope|wish)\b", re.I)
#: 'A reader writes: "Has Amazon joined the Tech Accord yet?': a quoted question asks, it does not say.
_QUOTED_YES_NO = re.compile(r"[:,]\s*[\"“]\s*(?:has|have|did|does|do|is|are|was|were|will|would)\b[^\"”]*\?\s*$",
                            re.I)
_YES_NO_QUESTION = re.compile(r"^\W*(?:(?:so|and|but|well|then)\W+)?(?:are|is|was|were|did|does|do|has|have|"
                              r"what\s+about|how\s+about|(?:i['’]m\s+)?(?:pretty|fairly|quite)\s+sure|surely|"
                              r"i\s+thought|(?:is|was|did|has|have)n['’]t)\b"
                              r"|^[^?]{0,40}\?\s*$", re.I)  # "So: has Google signed?" "What about Apple?" "Pretty
# sure Amazon signed?" "Amazon signed?"
_IN_QUESTION = re.compile(r"\s(?:in|on\s+it|on\s+board|on\s+the\s+list)\?\s*$")  # "is Tallow in?"
_ANSWER = re.compile(r"^\W*(?:(?P<no>no|nope|not\s+(?:yet|so)|(?:it|they|we)\s+(?:has|have|did|does|is|are)\s+not|"
                     r"we['’]re\s+not|"
                     r"(?:it|they)\s+(?:hasn|haven|didn|doesn|isn|aren)['’]t|not\s+(?:[\w-]+\s+){1,3}?either)"
                     r"|(?P<yes>yes|yep|indeed))\b", re.I)  # "It has not." "Not Apple either."


def _yes_no_answer(doc: Doc, s: Sentence) -> list[Fact]:
    """A yes/no question about membership and the answer that opens the next sentence: 'Are Google, Apple and
    Amazon members?' 'No. None of the three signed.'"""
    following = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    asked_turn = _TURN.match(s.text)  # "Q: Is X itself a signatory?"
    if asked_turn and following is not None and not _TURN.match(following.text):  # "[14:06] a: is Tallow in? you
        following = next((o for o in doc.sentences[s.index + 2:s.index + 4] if _TURN.match(o.text)), following)
        # lot talk about norms" / "[14:07] b: we're not.": a chat's answer is the next message
    if following is None or not _YES_NO_QUESTION.match(s.text[asked_turn.end() if asked_turn else 0:]) or not (
            _MEMBERSHIP_WORDS.search(s.text) or SIGN_VERB.search(s.text) or _asked_before(doc, s)
            or _IN_QUESTION.search(s.text)):
        return []
    turn = _TURN.match(following.text)  # "KROFT: It is not, no.": the speaker's label opens no answer
    answer = _ANSWER.match(following.text[turn.end() if turn else 0:])
    if answer is None:
        return []
    predicate = "absentFrom" if answer.group("no") else "signed"
    regions = relative_regions(s.text)  # "Has Amazon, whose cloud runs half the web?": not what the cloud runs
    asked = [m for g in groups(s, [m for m in candidates(doc, s) if not inside(m.start - s.start, regions)], doc)
             for m in g if m.kind == "ORG" or (m.kind == "NAME" and asked_turn and len(g) == 1)]  # "a: is Tallow in?"
    return [_fact(doc, s, predicate, m, "answer.yes-no", 0.75, 0) for m in asked]


def _asked_before(doc: Doc, s: Sentence) -> bool:
    """'So: has Google signed? It has not. Has Amazon ...?': a yes/no question about signing a little before."""
    return any(o.text.rstrip().endswith("?") and _YES_NO_QUESTION.match(o.text) and (
        _MEMBERSHIP_WORDS.search(o.text) or SIGN_VERB.search(o.text))
        for o in doc.sentences[max(0, s.index - 4):s.index])


_REPORTS = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|argued|added|noted|stressed|insisted)\b")


_BARE_QUESTION = re.compile(r"(?:^|[.!?]\s+)\W*([^\s?.!][^?.!]{0,40})\?\s*$")
_TURN = re.compile(rf"\s*{_TURN_LABEL}(?<=\s)")
_ANSWER_NO = re.compile(r"\W*(?:also\s+)?(?:no|nope|not\s+(?:a\s+chance|yet|so\s+far)|never|(?:also\s+|still\s+)?not\s+"
                        r"(?:on|in|there|among|a\s+member|a\s+signatory)|(?:also\s+)?(?:missing|absent|out)\s*[.!]?$)\b",
                        re.I)
_ANSWER_YES = re.compile(r"\W*(?:yes|yep|yup|of\s+course|naturally|(?:also\s+)?(?:on\s+it|in|there|signed)\s*[.!]?$)\b",
                         re.I)


_STAGE_DIRECTION = re.compile(r"[\[(](?:ad\s+break|break|music|sponsor\w*|commercial\s+break|advert\w*|mid-?roll)"
                              r"[^\])]{0,30}[\])]", re.I)  # "[AD BREAK]", "(music)"
_WHAT_ABOUT = re.compile(r"(?:and\s+)?(?:what|how)\s+about\s+(?:the\s+)?", re.I)


def _replies(doc: Doc, s: Sentence) -> list[Sentence]:
    """The sentences that may answer ``s``: the next one and, in a transcript, the next speaker's first sentence
    ("What about X? I get that question a lot." "GUEST: Not a member.")."""
    following = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    if following is None:
        return []
    if _TURN.match(following.text) or not _TURN.match(doc.text[s.block.start:s.block.end]):
        return [following]
    turn = next((o for o in doc.sentences[s.index + 2:s.index + 4] if _TURN.match(o.text)), None)
    return [following] + ([turn] if turn is not None else [])


def _bare_name_questions(doc: Doc, s: Sentence) -> list[Fact]:
    """'Apple? No. Google? No. Amazon? Not a chance.': a name asked about alone, answered by the next words,
    in a passage about who signed."""
    label = _TURN.match(s.text)  # "Q: Apple?" "A: No.": the turn labels are not part of the question or answer
    skip = label.end() if label else 0
    question = _BARE_QUESTION.search(s.text[skip:])
    replies = _replies(doc, s)
    if question is None or not replies:
        return []
    about = _WHAT_ABOUT.match(question.group(1))  # "What about Kaspersky?"
    first = skip + question.start(1) + (about.end() if about else 0)
    names = [m for m in candidates(doc, s, initial=True) if m.start - s.start == first
             and m.end - s.start == skip + question.end(1)]
    predicate = None
    for following in replies:  # "Amazon? Also not on it."; "What about X? I get asked that a lot. GUEST: Not a member."
        turn = _TURN.match(following.text)
        reply = following.text[turn.end():] if turn else following.text
        predicate = "absentFrom" if _ANSWER_NO.match(reply) else "signed" if _ANSWER_YES.match(reply) else None
        if predicate is not None:
            break
    context = " ".join(o.text for o in doc.sentences[max(0, s.index - 3):s.index])
    if not names or predicate is None or not (ABSENT_CUE.search(context) or _MEMBERSHIP_WORDS.search(context)
                                              or _QUESTION_OUT.search(context) or _QUESTION_IN.search(context)
                                              or SIGN_VERB.search(context) or any(_BARE_QUESTION.search(
                                                  o.text) for o in doc.sentences[max(0, s.index - 3):s.index])):
        return []
    return [_fact(doc, s, predicate, names[0], "answer.bare-question", 0.7, skip + question.end())]  # "Halvor? No."


def answer_facts(doc: Doc) -> list[Fact]:
    """Question and answer: 'Who has joined since?' 'Panasonic, Hitachi, ...'; 'Who is still missing?' 'Apple.'"""
    out: list[Fact] = []
    pending: str | None = None
    answered = 0
    empty = 0
    for s in doc.sentences:
        if s.chrome:
            continue
        if _ROLL_CALL.search(s.text) and len(s.text.split()) <= 6:  # "HOST: Okay, roll call." asks for the list
            pending, answered, empty = "signed", 0, 0
            continue
        if s.text.rstrip().endswith("?") or (len(s.text) < 60 and _SPOKEN_QUESTION.match(s.text) and not (
                s.text.isupper() or s.block.kind == "heading")):  # (a heading "WHO IS MISSING" heads a section)
            out.extend(_yes_no_answer(doc, s))  # "Are Google, Apple and Amazon members?" "No."
            out.extend(_bare_name_questions(doc, s))  # "Apple? No."
            # "Who else?", "Security vendors?" soon after the signatories were asked for: more of them
            follow_up = bool(_FOLLOW_UP.search(s.text) or (
                _NOUN_QUESTION.match(s.text) is not None and not candidates(doc, s, initial=True))) and any(
                not o.chrome and not _NEGATED.search(o.text) and (SIGN_VERB.search(o.text) or _QUESTION_IN.search(
                    o.text)) for o in doc.sentences[max(0, s.index - 12):s.index])  # "Microsoft is in." "Who else?"
            if not _WH_QUESTION.search(s.text) and not follow_up:  # "If a signatory helped a spy agency, what
                pending = None  # happens?" names no one
                continue
            pending = "absentFrom" if ABSENT_CUE.search(s.text) or (
                _QUESTION_OUT.search(s.text) and (_ABOUT_MEMBERSHIP.search(s.text) or len(s.text.split()) <= 6)) \
                else "signed" if SIGN_VERB.search(s.text) or _QUESTION_IN.search(s.text) or follow_up else None
            if pending == "absentFrom" and _IN_AND_OUT.search(s.text):
                pending = None  # "Which vendors are in it and which aren't?": the answer's own words say which
            answered = empty = 0
            continue
        if pending == "absentFrom" and _MEMBERSHIP_SAID.search(s.text) and not _NEGATED.search(s.text):
            continue  # an answer sentence that says itself who signed ("A and B were founding signatories")
        if pending is not None and _STAGE_DIRECTION.fullmatch(s.text.strip()):
            pending = None  # "[AD BREAK]": the conversation stops; what follows answers nothing
        if pending is None:
            continue
        names = candidates(doc, s, initial=True)
        empty = 0 if names else empty + (len(s.text.split()) > 5)  # "GUEST: Then the Europeans." is no break
        prefix = s.text[:names[0].start - s.start] if names else ""
        listing = len(prefix.split()) <= 4 or any(mark in prefix for mark in (":", "—", "–")) or bool(
            _LIST_LEAD_END.search(prefix)) or any(  # "The security crowd turned up in force, including A, B and C"
            len(group) >= 3 for group in groups(s, names, doc))  # "... is represented by A, B, C and D"
        if names and _REPORTS.match(s.text, names[0].end - s.start):
            listing = False  # "Microsoft has said the door is open": the text goes on, not a name in the answer
        if pending is None or answered >= 10 or empty >= 2 or (answered and names and not listing):
            pending = None  # an answer is a run of sentences that list organisations (one aside allowed)
            continue
        answered += any(m.kind == "ORG" for m in names)
        if _IN_OUT.search(s.text) or verdict(doc, s):
            continue  # "Amazon: out.", "Google - no.": the label says which, read by the in/out rule
        if pending == "signed" and (ABSENT_CUE.search(s.text) or _NONE_OF.search(s.text) or _WISH.search(s.text)):
            continue  # "Google is the most visible gap.", "I would love to see Amazon in the room.": not members
        listed = {id(m) for group in groups(s, names, doc) if any(m.kind == "ORG" for m in group)
                  for previous, m in zip(group, group[1:], strict=False)
                  if m.kind == "NAME" and _tight_item(s, previous, m)}  # "no Atlassian, no Telstra and no Optus"
        for m in names:
            describes = s.text.endswith(("the ", "The "), 0, m.start - s.start) and _ATTRIBUTIVE.match(
                s.text, m.end - s.start)  # "the Microsoft people": not a name in the answer
            if (m.kind == "ORG" or id(m) in listed) and not describes:
                out.append(_fact(doc, s, pending, m, "answer.to-question", 0.6, 0))
    return out


_OTHERS_RANGED = re.compile(r"\W*the\s+(?:others|rest)(?:\s+of\s+(?:them|the\s+\w+))?\s+(?:ranged|range|ran|spanned|"
                            r"span|went|included|were)\s+(?:from\s+)?", re.I)
_MEMBERS_BEFORE = re.compile(r"\b(?:companies|firms|signatories|members|founders|signers|them)\b", re.I)
_PAPER_BEFORE = re.compile(r"\b(?:report|filing|form|document|statement|letter|notice)\s+to\s+be\s+(?:duly\s+)?$")
_LIKE_TO_SEE = re.compile(r"\b(?:would|['’]d)\s+(?:love|like|want)\s+to\s+see\s+", re.I)
_AT_THE_TABLE = re.compile(r"\s+(?:at\s+the\s+table|in\s+the\s+room|on\s+board|come\s+(?:on\s+board|aboard)|"
                           r"(?:join|sign)\b)")
_IN_AND_OUT = re.compile(r"\b(?:are|is)\s+in\b[^?]{0,40}\b(?:and|or)\s+(?:which|who)\s+(?:aren['’]t|isn['’]t|are\s+not|"
                         r"is\s+not)\b", re.I)
_MEMBERSHIP_SAID = re.compile(r"\b(?:were|are|was|is)\s+(?:all\s+|also\s+|both\s+)?(?:founding\s+)?(?:signatories|"
                              r"members|signers|founders)\b|\b(?:signed|joined)\b", re.I)
#: "asked the Microsoft people about": a name before a common noun, there to describe it.
_ATTRIBUTIVE = re.compile(r"\s+(?:people|team|folks|executives|staff|spokespeople|booth|stand|camp|side|crowd)\b")
#: An interviewer's turn, and an answer that denies what it said.
_QUESTION_TURN = re.compile(r"^\W*Q\s*[:.]\s")
_DENIAL = re.compile(r"^\W*(?:A\s*[:.]\s*)?(?:No|Nope|Not\s+(?:true|so|yet)|That['’]s\s+not\s+(?:true|right))\b")


def _denied(doc: Doc, fact: Fact) -> Fact:
    """'Q: I'd heard that Verdalis signed up in October.' 'A: No, that's a rumour.': not a signatory."""
    s = fact.sentence
    if fact.predicate != "signed" or not _QUESTION_TURN.match(doc.text[s.block.start:s.block.end]):
        return fact
    following = next((n for n in doc.sentences[s.index + 1:s.index + 3] if not n.chrome), None)
    if following is None:
        return fact
    corrected = not _DENIAL.match(following.text) and fact.subject in {  # "A: I have to stop you there, because
        m.key for m in doc.by_sentence.get(following.index, [])} and ABSENT_CUE.search(following.text)  # Google is
    if not _DENIAL.match(following.text) and not corrected:  # not on board."
        return fact
    passage = Sentence(s.index, s.start, following.end, doc.text[s.start:following.end], s.block)  # both turns
    return dataclasses.replace(fact, predicate="absentFrom", rule="absent.denied", date=None, sentence=passage)


def _read(doc: Doc) -> list[Fact]:
    return [_denied(doc, f) for f in _read_all(doc)]


def _read_all(doc: Doc) -> list[Fact]:
    facts: list[Fact] = item_facts(doc) + answer_facts(doc) + _status_column_facts(doc)
    topic_paragraphs: set[int] = set()
    in_section = False  # under a "Who is in" heading: every paragraph is about the members
    signed_sentences: set[int] = doc.cache.setdefault("signed_sentences", set())  # type: ignore[assignment]
    signed_sentences.update(f.sentence.index for f in facts if f.predicate == "signed")  # "WHO SIGNED? Some were
    # household names: A, B. Others were less familiar - C; D": the answer's list goes on
    for sentence in doc.sentences:
        if sentence.chrome:
            continue
        if sentence.block.kind == "heading":
            in_section = bool(_LIST_HEADING.match(sentence.text))
        found = _sentence_facts(doc, sentence) + _in_out_facts(doc, sentence) if not table_row(sentence.text) and not (
            "=" in sentence.text and _LEGEND_ENTRY.match(sentence.text)) else []  # (not a key's "Declined = company
        # told us it will not sign": what a value means)
        if (not found or (" not; " in sentence.text and all(f.predicate == "absentFrom" for f in found))) and (
                sentence.text.endswith(("not.", "not!")) or " not; " in sentence.text) and facts \
                and facts[-1].predicate == "signed" \
                and (facts[-1].sentence.index == sentence.index - 1 or (
                    sentence.index - facts[-1].sentence.index <= 4 and len(sentence.text.split()) <= 4)):
            bare = _bare_not(doc, sentence)  # "ABB was a founding member. Siemens, which ..., was not."
            found = found + [f for f in bare if f.subject not in {g.subject for g in found}]
        if not found and _ANY_MARK.search(sentence.text):
            found = _marked(doc, sentence)  # "Cisco ✓   VMware ✓"; "Splunk ✗ (not on the list)"
        if not found and sentence.index and len(sentence.text) < 120 and sentence.text.endswith(
                ("did.", "did!", "has.", "have.", "too.", "well.", "instead.")):
            found = _bare_did(doc, sentence)  # "Amazon did not sign. Arm did."
        if not found and sentence.index and len(sentence.text) < 24 and _IT_IS_NOT.fullmatch(sentence.text):
            found = _whether_not(doc, sentence)  # "... asked whether X is a signatory to the Accord. It is not."
        if not found and sentence.index and " of them" in sentence.text[:20]:
            found = _some_of_them(doc, sentence)  # "Thirty-four companies signed. Some of them you'd expect (A, B)"
        if not found and sentence.index and sentence.text.lstrip(" \"“").startswith(("Their ", "Its ")):
            found = _their_absence(doc, sentence)  # "A, B and C run half the cloud. Their not being on this list"
        if not found and sentence.text[:3] == "No " and len(sentence.text) < 40 and _NO_ALONE.fullmatch(
                sentence.text) and any(_NO_ALONE.fullmatch(o.text) for o in doc.sentences[max(0, sentence.index - 1):
                                                                                       sentence.index + 2]
                                       if o is not sentence):
            found = [_fact(doc, sentence, "absentFrom", m, "absent.no-list", 0.7, 3)  # "No Google. No Apple. No
                     for m in candidates(doc, sentence, initial=True)[:1]]  # Amazon.": one a sentence, in a row
        if not found and sentence.index and ":" in sentence.text and _WHO_SIGNED_LEAD.fullmatch(
                doc.sentences[sentence.index - 1].text):  # "4/ Who signed. The big platforms and hardware names: A,
            colon = sentence.text.find(":") + 1  # B and C" (a thread's post, or a paragraph under a lead sentence)
            found = [_fact(doc, sentence, "signed", m, "signatory.who-signed", 0.75, colon)
                     for m in group_after(sentence, colon, doc, max_gap=5)]
        if not found and (", no " in sentence.text or " either" in sentence.text or "and no " in sentence.text
                          or "s no " in sentence.text or " is no " in sentence.text):  # "there's no A, there's no B"
            found = _no_list(doc, sentence)  # "Quick one: no Google, no Apple, no Amazon."
        if not found and "same" in sentence.text and facts and _SAME_GOES.match(sentence.text) \
                and sentence.index - facts[-1].sentence.index <= 3:  # "It did not sign then ... The same goes
            cue = _SAME_GOES.match(sentence.text)  # for Google, which your reporter described as ..."
            found = [_fact(doc, sentence, facts[-1].predicate, m, facts[-1].rule.split(".")[0] + ".same-goes", 0.7,
                           cue.end() if cue else 0) for m in group_after(sentence, cue.end() if cue else 0, doc)]
        if not found and ("one of the " in sentence.text or "either company" in sentence.text
                          or "either firm" in sentence.text or "either of them" in sentence.text
                          or "either one" in sentence.text):
            found = _none_of_the_n(doc, sentence)  # "Q: And Google, Apple and Amazon? A: No. None of the three ..."
        if not found and sentence.text.count(" is there") >= 2 and doc.mentions_accord():
            found = _is_there(doc, sentence)  # "Telefonica is there, Nokia is there, SAP is there."
        if not found and " find" in sentence.text and doc.mentions_accord():
            found = _you_find(doc, sentence, sentence.block.paragraph in topic_paragraphs
                              or sentence.index - 1 in signed_sentences)
        if not found and sentence.text[:3] in ("Or ", "Nor") and len(sentence.text) < 40 and facts \
                and facts[-1].predicate == "absentFrom" and facts[-1].sentence.index == sentence.index - 1:
            found = [_fact(doc, sentence, "absentFrom", m, "absent.or-fragment", 0.7, m.start - sentence.start)
                     for m in candidates(doc, sentence, initial=True)[:1]  # "What you won't find is Google. Or
                     if _OR_FRAGMENT.fullmatch(sentence.text[:m.end - sentence.start + 2].rstrip())]  # Apple."
        if not found and sentence.index and sentence.text[:1].isupper() and _MISSING_ARE_LEAD.match(
                doc.sentences[sentence.index - 1].text):
            found = _named_after_lead(doc, sentence)  # "Missing are the companies with the most to lose. Amazon
        facts.extend(found)  # and Google run ..."
        if any(f.predicate == "signed" for f in found):
            signed_sentences.add(sentence.index)
        paragraph = sentence.block.paragraph
        if in_section and sentence.block.kind == "text":
            topic_paragraphs.add(paragraph)
        if paragraph not in topic_paragraphs and paragraph - 1 in topic_paragraphs and sentence.index \
                and doc.sentences[sentence.index - 1].block.paragraph == paragraph - 1 \
                and _TURN_OPENS.match(sentence.text) and _TURN_OPENS.match(
                    doc.text[doc.sentences[sentence.index - 1].block.start:]) and any(
                    f.predicate == "signed" and f.sentence.block.paragraph == paragraph - 1 for f in facts[-20:]):
            topic_paragraphs.add(paragraph)  # a transcript's next turn goes on with the roll call: "TALBOT: Nielsen."
        cued = has_any(sentence.text, _CUE_STEMS)
        absent_here = any(f.predicate == "absentFrom" for f in found) or (
            cued and has_any(sentence.text, _ABSENT_STEMS) and bool(ABSENT_CUE.search(sentence.text)))
        if paragraph in topic_paragraphs and not absent_here and not _NEGATED.search(sentence.text) \
                and not _NONE_OF.search(sentence.text) and not _HYPOTHETICAL.search(_main_clauses(sentence.text)):
            covered = {f.subject for f in found}
            context = [f for f in _context_facts(doc, sentence) if f.subject not in covered]
            facts.extend(context)
            if context:  # "So is Cisco, and so is Dell. | What you won't find is Google.": the roll call goes on
                signed_sentences.add(sentence.index)
        if any(f.predicate == "signed" for f in found) or (
                cued and (_TOPIC.search(sentence.text) or _N_HAVE_SIGNED.match(sentence.text) or (
                    _TOPIC_SUBJECT.match(sentence.text) and not _NEGATED_ANYWHERE.search(sentence.text)))
                and not absent_here
                and not candidates(doc, sentence)) or (
                ("alone" in sentence.text or "stood " in sentence.text or "lined up" in sentence.text)
                and _NOT_ALONE.search(sentence.text)) or (
                sentence.text.startswith(("Who signed", "Who joined")) and _WHO_SIGNED_IS.match(sentence.text)) or (
                " of the " in sentence.text[:30] and (lead := _SUBGROUP_LEAD.match(sentence.text))
                and not _NEGATED_ANYWHERE.search(sentence.text, lead.end(), lead.end() + 80)) or (
                "the list of " in sentence.text and _READ_THE_LIST.search(sentence.text)):  # "I sat down and read the
            topic_paragraphs.add(paragraph)  # list of thirty-four names. ... Cisco and Nokia on the network side"
            following = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
            if following is not None and following.block.paragraph != paragraph and not following.chrome and not any(
                    f.predicate == "signed" for f in found) and (sentence.block.kind == "heading" or any(
                    m.start == following.start and m.kind == "ORG" for m in doc.by_sentence.get(following.index, []))):
                topic_paragraphs.add(following.block.paragraph)  # "But read the list of signers ..." / "Cisco, San
                # Jose.": the next paragraph opens with a name; a heading "We did not sign alone" heads the next one
        following = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
        if paragraph in topic_paragraphs and following is not None and following.block.paragraph == paragraph + 1 \
                and following.block.kind == "text" and not following.chrome and _CHAIN.search(following.text):
            topic_paragraphs.add(following.block.paragraph)  # news in one-sentence paragraphs: "Ten of the 34 are
            # European. | The continent's largest software company, SAP, is one. | So did Avast ..."
    said_signed = {f.subject for f in facts if f.predicate == "signed" and f.object == DEFAULT_AGREEMENT
                   and not _REPORTED_CLAIM.search(f.sentence.text)}
    facts = [f for f in facts if not (f.predicate == "absentFrom" and _NOT_A_FOUNDER.search(f.sentence.text)
                                      and not _NEVER_SIGNED.search(f.sentence.text) and f.subject in said_signed)]
    # ^ "Solvane was not among the founders; we signed in June 2018": not a founder, a member since (not "Declan
    # says Google was one of the 34. That is wrong. Google was not among the founding signatories")
    facts = _corrected_claims(doc, facts)
    stated_out = {f.subject for f in facts if f.predicate == "absentFrom"}
    facts = [f for f in facts if (f.rule != "signatory.paragraph" and not (  # "I read Google signed, right?" ...
        f.predicate == "signed" and f.sentence.text.rstrip().endswith("?")))
        or f.subject not in stated_out]  # "Google and
    # Amazon didn't sign ... You're right about Google and Amazon though": a paragraph's drift is no claim against
    # what the text says outright
    return facts + _range_partners(doc, facts) + _representatives(doc)


#: "Representatives of individual signatories made similar points.": the speakers told next speak for members.
_REPRESENTATIVES = re.compile(r"\W*(?:Representatives|Executives|Speakers|Officials|Delegates|Voices)\s+(?:of|from)\s+"
                              r"(?:(?:several|individual|other|many|some|the|its|the\s+accord['’]s)\s+)*"
                              r"(?:signatories|signatory\s+companies|member\s+companies|members)\b", re.I)
#: "Thomas Reinholt, a senior policy manager at Nokia," / "Keiko Arai of Trend Micro": the speaker's employer.
_SPEAKER_EMPLOYER = re.compile(r"(?:,\s+(?:a|an|the)\s+[^,;.]{0,60}?\s+(?:at|of|for|with)\s+|\s+of\s+|\s+from\s+)"
                               r"(?:the\s+)?$")


def _named_after_lead(doc: Doc, s: Sentence) -> list[Fact]:
    """The companies a sentence opens with, after a lead-in that names none: 'Missing are the companies with the
    most to lose.'"""
    if doc.in_sentence(s.index - 1, "ORG"):
        return []
    opening = list(itertools.takewhile(lambda m: m.kind in ("ORG", "NAME"), group_after(s, 0, doc, max_gap=0)))
    if not opening or opening[0].start != s.start or all(m.kind == "NAME" for m in opening):
        return []
    return [_fact(doc, s, "absentFrom", m, "absent.named-after", 0.7, 0) for m in opening]


def _representatives(doc: Doc) -> list[Fact]:
    """'Representatives of individual signatories made similar points. Thomas Reinholt, a senior policy manager
    at Nokia, said ... Keiko Arai of Trend Micro called for ...': the speakers' companies are members, until a
    sentence turns away ("Not all of the industry voices ... belonged to the accord")."""
    out: list[Fact] = []
    for s in doc.sentences:
        if s.chrome or ("epresentatives" not in s.text and "xecutives" not in s.text and "peakers" not in s.text \
                and "fficials" not in s.text and "elegates" not in s.text and "oices" not in s.text):
            continue
        if not _REPRESENTATIVES.match(s.text) or _NEGATED.search(s.text) or agreement_for(doc, s) != DEFAULT_AGREEMENT:
            continue
        for following in doc.sentences[s.index + 1:s.index + 4]:
            if following.chrome or _NEGATED_ANYWHERE.search(following.text[:40]):
                break
            mentions = doc.by_sentence.get(following.index, [])
            if not mentions or mentions[0].kind != "PERSON" or mentions[0].start != following.start:
                break
            org = next((m for m in mentions[1:] if m.kind == "ORG" and m.key and _SPEAKER_EMPLOYER.search(
                doc.text, mentions[0].end, m.start) and m.start - mentions[0].end <= 80), None)
            if org is not None:
                out.append(_fact(doc, following, "signed", org, "signatory.representative", 0.7,
                                 org.start - following.start))
    return out


_BARE_NOT = re.compile(r"(?:\s*,[^.;]{0,120}?,)?\s*(?:was|were|is|are|did|has|have)\s+not(?:[.!]$|;\s)")


_NO_NAME = re.compile(r"(?:^[\"“‘']?|(?<=[:;,]\s)|(?<=\sand\s)|(?<=there['’]s\s)|(?<=there\sis\s))[Nn]o\s+"
                      r"(?=(?-i:[A-Z]))")  # "No Google, no Apple"; "there's no Kaspersky Lab, and no Huawei"
#: "Ten of the 34 companies that signed the accord on Tuesday are European": a paragraph about some of the members.
_ORDINAL_NAME = re.compile(r"\W*" + _ORDINAL_NAMED.removeprefix("^") + r"\s*", re.I)  # (up to the name it sets apart)
#: A cited title opened before the cue: '[5] Lantern Ledger, "Thirty-four tech firms sign' (its words are not the
#: outlet's deed).
_QUOTED_TITLE = re.compile(r"(?:^|\]\s+|\d\.\s+)[^\"“]{2,60},\s+[\"“][^\"”]*$")
_PROGRESSIVE_NOT = re.compile(r"(?:is|are)\s+(?:\w+\s+)?not\s+(?:signing|joining)$", re.I)
_NAME_OR_PRONOUN_BEFORE = re.compile(r"(?:\b(?:they|it|They|It)|(?-i:[A-Z])[\w&.'’-]*|\))\s+$")
_NAME_MEMBERS = re.compile(r"(?-i:[A-Z])[\w&-]*['’]?s?\s+(?:member\s+companies|members|member\s+firms)\s+"
                           r"(?:(?:have|had|has|also|now|already|all)\s+){0,2}$")
_LIST_OF_WHO = re.compile(r"\blist\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:companies|firms|organi[sz]ations|members|those|"
                          r"names)\s+(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|now\s+)?$", re.I)
#: A speaker putting an earlier claim right: "I'd gently correct the premise. Helmfast has not signed."
_CORRECTING = re.compile(r"\b(?:(?:I['’]d|let\s+me|I\s+(?:should|must|have\s+to|want\s+to))\s+(?:\w+\s+)?correct|"
                         r"correct\s+the\s+(?:premise|record)|clear\s+up)\b", re.I)


def _corrected_claims(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A claim about a company taken back later by a sentence that corrects it ("Helmfast signed it too, so ..."
    / "On Helmfast, I'd gently correct the premise. Helmfast has not signed."): the correction stands."""
    dropped: set[int] = set()
    for later in facts:
        if later.predicate not in ("signed", "absentFrom") or later.object != DEFAULT_AGREEMENT \
                or _NOT_A_FOUNDER.search(later.sentence.text):
            continue
        index = later.sentence.index
        window = " ".join(doc.sentences[i].text for i in range(max(0, index - 1), index + 1))
        low = window.lower()
        if ("correct" not in low and "clear" not in low) or not _CORRECTING.search(window):
            continue  # (the plain look-up first: one fact in a thousand is near a correction)
        for i, earlier in enumerate(facts):
            if earlier.subject == later.subject and earlier.object == later.object \
                    and earlier.predicate != later.predicate and earlier.sentence.index < index - 1:
                dropped.add(i)
    return [f for i, f in enumerate(facts) if i not in dropped]


_NEVER_SIGNED = re.compile(r"\b(?:has|have|had)\s*(?:not|n['’]t|never)\s+(?:yet\s+)?(?:signed|joined)|\bnever\s+"
                           r"(?:signed|joined)\b", re.I)
_REPORTED_CLAIM = re.compile(r"\b(?:says|said|claims?|claimed|thinks|thought|believes?|believed)\b", re.I)
_THOSE_WERE = re.compile(r"\W*(?:those|they|these)\s+(?:were|are)\b[^.;:]{0,40}?\b(?:names\s+like|names\s+such\s+as|"
                         r"such\s+as|including|like)\s+", re.I)
_FOUNDERS_WORD = re.compile(r"\b(?:founding\s+(?:signatories|members|companies|group)|founders|original\s+(?:34|"
                            r"signatories|group)|launch\s+(?:list|group))\b", re.I)
_NOT_A_FOUNDER = re.compile(r"\bnot\s+(?:among|one\s+of)\s+the\s+(?:(?:original|first|initial)\s+)?"
                            r"(?:34\s+|thirty-four\s+)?(?:founders|founding\s+(?:members|signatories|companies|group)|original\s+(?:34|signatories))\b"
                            r"|\bnot\s+a\s+(?:founding\s+(?:member|signatory)|founder)\b", re.I)
_SUBGROUP_LEAD = re.compile(rf"\W*(?:{_NUMBER}|several|many|most|some|a\s+dozen)\s+of\s+the\s+(?:34|thirty-four|\d+|"
                            r"founding|original)\s+(?:[\w-]+\s+)?(?:companies|firms|founders|signatories|members|"
                            r"signers)\b", re.I)
_READ_THE_LIST = re.compile(r"\b(?:read|went\s+through|scanned|looked\s+at)\s+the\s+list\s+of\s+(?:the\s+)?"
                            r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:names|signatories|companies|founders|signers)\s*[.:]?$",
                            re.I)
_WHO_SIGNED_LEAD = re.compile(r"\W*(?:\d{1,2}/\s*)?(?:so\s*,?\s*)?who(?:['’]s|\s+is|\s+are)?\s+(?:signed|in|on\s+"
                              r"(?:the\s+)?(?:list|board))\s*[.?:]?\s*", re.I)
_NO_ALONE = re.compile(r"No\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}\s*[.!]?\s*")
_NO_LIST_END = re.compile(r"\s*(?:,|\s+and\b|\s+or\b|[.!;]?\s*$)")
_EITHER_AFTER = re.compile(r"\s+either\b")


_NONE_OF_THE_N = re.compile(r"\b(?:(?:none|neither)\s+of\s+the\s+(?P<n>two|three|four|five|six)\b"
                            r"(?:\s+(?:companies|firms|giants|groups))?"
                            r"|neither\s+(?:company|firm|of\s+them|one))"  # "Neither company signed."
                            r"\s+(?:(?:has|have|had)\s+)?(?:signed|joined|(?:was|were|is|are)\s+"
                            r"(?:on\s+(?:the|that|its)\s+(?:list|roster)|an?\s+(?:member|signatory)|among\s+(?:the\s+)?"
                            r"(?:signatories|founders|members)))\b", re.I)


#: "the combined company now trades as Gen Digital": a new name, not another member of a list
_NEW_NAME_BEFORE = re.compile(r"\b(?:trades|traded|trading|operates|operating|renamed|rebranded|known)\s+(?:itself\s+)?"
                              r"(?:as\s+)?$|\b(?:bought|acquired|owned|taken\s+over|spun\s+off|controlled)\s+by\s+$")
# ^ also "Arm, the Cambridge chip designer bought by SoftBank": the owner named in passing
_TITLE_THEN_PERSON = re.compile(rf"\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?:{lx.ROLE.pattern})\s+(?-i:[A-Z])")
_RALLIED = Cue(r"\b(?:rallied|persuaded|recruited|enlisted|convinced|talked)\s+(?:[\w-]+\s+){0,5}?"
               r"(?:including\s+|such\s+as\s+|like\s+|among\s+them\s+)?(?=(?-i:[A-Z]))")
_TO_SIGN = re.compile(r"\s+(?:to\s+(?:sign|join|add)|into\s+(?:signing|joining))\b")
_MEMBERS_DASHED = Cue(rf"\b(?:{_NUMBER}|several|some|many)\s+of\s+(?:its|the\s+(?:accord|pact)['’]s|the\s+"
                      r"(?:accord|pact)\s+s)\s*(?:(?:founding|original|member)\s+)?(?:members|signatories|founders|"
                      r"companies)\s*(?:[—–]|\s-\s|--|\()\s*")
_DASH_BEFORE = re.compile(r"[—–)]|\s-\s|--")
#: "Two of the original 34, Symantec and CA Technologies, no longer exist": the names in apposition are founders.
_FOUNDERS_APPOSED = Cue(rf"\b(?:{_NUMBER}|several|some|both)\s+of\s+the\s+(?:original|founding|first|initial)\s+"
                        r"(?:34|thirty-four)(?:\s+(?:members|signatories|signers|founders|companies))?,\s+")
_NEITHER_LISTED = re.compile(r"\b[Nn]either\s+(?=(?-i:[A-Z]))[^.;]{1,120}?\bnor\s+(?=(?-i:[A-Z]))[^.;]{1,120}?"
                             r"(?P<verb>\b(?:appears?|appeared|figures?|figured|features?|featured|is|was|are|were)\s+"
                             r"(?:listed\b|on\s+the\s+(?:[\w-]+\s+){0,3}?(?:list|roster)\b|among\s+the\s+(?:signatories|"
                             r"signers|members|founders|34|thirty-four)\b))")
_ONE_OF_THOSE = re.compile(r",\s+(?:one|two|three|both|all|each)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|"
                           r"names|giants|holdouts|vendors)\s+(?:that|which|who)\s+(?:\w+\s+){0,2}?$")
_WHOSE_FIRM = re.compile(r",\s+whose\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?(?:firm|company|employer|business|"
                         r"organi[sz]ation|group|start-?up)\s+(?:(?:has|had|is|was)\s+)?$")  # ("whose Krakow-based
# hosting company")
_ACCORD_IN_LIST = re.compile(r"(?:\s*\([A-Z]+\))?(?:,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|de|and))*"
                             r"(?:\s*\([A-Z]+\))?)*,?\s+and\s+the\s+(?:Cybersecurity\s+)?Tech\s+Accord\b")
_WHILE_BEFORE = re.compile(r"\b(?:while|when|before)\s+[^,;]{0,50}$", re.I)
_NONE_DASHED = re.compile(r"\W*(?:none|neither)\s+of\s+[^—–(;]{3,80}?\s*(?:[—–(]|\s-\s|--)\s*", re.I)
_DASHED_TAIL = re.compile(r"(?:[—–)]|\s-\s|--)\s*(?:\w+\s+){0,2}?(?:signed|joined|appeared|appears|figured|figures|"
                          r"(?:was|were|is|are)\s+(?:among|on|in|part))\b", re.I)


_FRONTED_TIME = re.compile(rf"\W*{FRONTED_ADVERBIAL}?")


def _fellow_subject(doc: Doc, s: Sentence, before: int) -> Mention | None:
    """The organisation a sentence opens with, when a "fellow signatories" cue later in it makes that subject one
    of them."""
    if _NEGATED.search(s.text, 0, before):
        return None
    first = next((m for m in doc.by_sentence.get(s.index, []) if m.kind in ("ORG", "PERSON")), None)
    if first is None or first.end - s.start > before or first.possessive \
            or not _FRONTED_TIME.fullmatch(s.text, 0, first.start - s.start):
        return None
    return first if first.kind == "ORG" and first.key else None  # a person's employer would leave the evidence
    # sentence without the company's name


def _none_of_the_n(doc: Doc, s: Sentence) -> list[Fact]:
    """'None of the three signed' / 'was on the list': the group of that many named just before stayed out."""
    said = _NONE_OF_THE_N.search(s.text)
    if said is None:
        return []
    named = _plural_antecedent(doc, s, _COUNT[(said.group("n") or "two").lower()], said.start())
    return [_fact(doc, s, "absentFrom", m, "absent.none-of-the-n", 0.8, said.end(),
                  anaphoric=m.sentence != s.index) for m in named]


_PASSIVE_AFTER = re.compile(r"\s*(?:\w+ly\s+)?(?:announced|welcomed|named|unveiled|introduced|revealed|presented|"
                            r"confirmed|approved|admitted|added|listed|published|greeted|celebrated)\b", re.I)
_SOME_OF_THEM_BEFORE = re.compile(r"\b(?:some|many|most|several|few|a\s+few|two|three)\s+of\s+(?:them|these|those)"
                                  r"\s+(?:\w+ly\s+|still\s+)?$", re.I)
_SOME_OF_THEM = re.compile(r"\W*(?:some|many|most|several|a\s+few|two|three|four|five|six)\s+of\s+them\b", re.I)
_N_SIGNED = re.compile(rf"\W*{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|organi[sz]ations|businesses)\s+"
                       r"(?:have\s+|had\s+)?(?:signed|joined)\b[^,;:]{0,30}$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|for|with|by|from|of|to|than|like|against|over)\s+$", re.I)


def _some_of_them(doc: Doc, s: Sentence) -> list[Fact]:
    """'Thirty-four companies signed on day one. Some of them you'd expect (Cisco, Dell, HPE), and some are
    companies we use every day: GitHub hosts our code ...': the companies the sentence names are of those."""
    if not _SOME_OF_THEM.match(s.text) or not _N_SIGNED.match(doc.sentences[s.index - 1].text) \
            or agreement_for(doc, doc.sentences[s.index - 1]) != DEFAULT_AGREEMENT or _NEGATED.search(s.text):
        return []
    return [_fact(doc, s, "signed", m, "signatory.some-of-them", 0.75, m.start - s.start)
            for m in doc.by_sentence.get(s.index, []) if m.kind == "ORG" and not m.possessive and not m.modifier
            and not _PREPOSITION_BEFORE.search(s.text, 0, m.start - s.start)]


_PRAISED = re.compile(r"\b(?:prais|thank|applaud|commend|congratulat|credit|salut|laud)\w*\s+(?:the\s+)?", re.I)
_FOR_SIGNING = re.compile(r"\s+for\s+(?:(?:finally|also|at\s+last)\s+)?(?:signing|joining)\b(?!\s+(?:up\s+to\s+)?"
                          r"(?:the\s+)?(?:Paris|Charter|Christchurch)\b)")
_WHY_NOT = re.compile(r"\bwhy\s+(?=(?-i:[A-Z]))")
_HAS_NOT = re.compile(r"\s+(?:has|have|had|did|does|do)(?:\s+not|n['’]t)(?:\s+yet|\s+done\s+so|\s+followed\s+suit)?"
                      r"\s*(?:[.;,!?]|$)")
_THEIR_ABSENCE = re.compile(r"\W*(?:Their|Its)\s+(?:not\s+being\s+on|absence\s+from)\s+(?:this|the|that)\s+"
                            r"(?:list|roster)\b")


def _their_absence(doc: Doc, s: Sentence) -> list[Fact]:
    """'Google, Apple and Amazon run half the cloud. Their not being on this list tells you more ...': the
    group that opens the sentence before is not on the list."""
    said = _THEIR_ABSENCE.match(s.text)
    if said is None:
        return []
    before = doc.sentences[s.index - 1]
    named = [m for m in doc.by_sentence.get(before.index, []) if m.kind == "ORG" and not m.modifier]
    subject = next((g for g in groups(before, named, doc) if g and g[0].start - before.start <= 3), [])
    return [_fact(doc, s, "absentFrom", m, "absent.their-absence", 0.75, said.end(), anaphoric=True)
            for m in subject if s.text.startswith("Its") == (len(subject) == 1)]


#: "Read the signature page of the accord ... and you'll find Microsoft near the top"; "What you won't find is
#: Google." (in a paragraph reading the list, or a sentence naming it).
_YOU_FIND = re.compile(r"\b(?:and\s+)?you(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:also\s+)?(?:find|see|spot)\s+"
                       r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_YOU_WONT_FIND = re.compile(r"\b(?:what|who|whom)\s+you\s+(?:won['’]t|will\s+not|wo\s+not|don['’]t|do\s+not|"
                            r"can['’]t|cannot)\s+(?:find|see|spot)(?:\s+(?:there|on\s+it|anywhere))?\s+(?:is|are)\s+"
                            r"|\byou\s+(?:won['’]t|will\s+not|don['’]t|do\s+not|can['’]t|cannot)\s+(?:find|see|spot)\s+"
                            r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_READ_LIST_NOUN = re.compile(r"\b(?:signature\s+page|list|roster|signatories|signers|members)\b", re.I)
_OR_FRAGMENT = re.compile(r"(?:Or|Nor)\s+(?:even\s+)?\S.{0,30}?[.!]?")


def _you_find(doc: Doc, s: Sentence, in_topic: bool) -> list[Fact]:
    """'Read the signature page ... and you'll find Microsoft near the top': a name the reader finds on the list;
    'What you won't find is Google': one the reader does not (on a list the sentence names, or the paragraph reads)."""
    text = s.text
    out = _YOU_WONT_FIND.search(text)
    if out and (in_topic or _READ_LIST_NOUN.search(text)):
        return [_fact(doc, s, "absentFrom", m, "absent.you-wont-find", 0.7, out.end())
                for m in group_after(s, out.end(), doc, max_gap=5)]
    found = _YOU_FIND.search(text)
    if found and not _NEGATED.search(text) and (in_topic or _READ_LIST_NOUN.search(text, 0, found.start())):
        return [_fact(doc, s, "signed", m, "signatory.you-find", 0.7, found.end())
                for m in group_after(s, found.end(), doc, max_gap=5)]
    return []


def _is_there(doc: Doc, s: Sentence) -> list[Fact]:
    """'Telefonica is there, Nokia is there, SAP is there.': a spoken roll call of the members, two or more."""
    named = [m for m in candidates(doc, s, initial=True) if m.kind in ("ORG", "NAME")
             and _IS_THERE_AFTER.match(s.text, m.end - s.start)]
    return [_fact(doc, s, "signed", m, "signatory.is-there", 0.7, m.end - s.start) for m in named] \
        if len(named) >= 2 and not _NEGATED.search(s.text) else []


_IS_THERE_AFTER = re.compile(r"\s+is\s+there\s*(?:[,;.!]|$|and\b)")


def _no_list(doc: Doc, s: Sentence) -> list[Fact]:
    """A run of 'no X, no Y, no Z' in a text about the accord: the companies that stayed out."""
    if not doc.mentions_accord():
        return []
    starts = {s.start + m.end() for m in _NO_NAME.finditer(s.text)}
    named = [m for m in candidates(doc, s, initial=True) if m.start in starts and m.kind in ("ORG", "NAME")]
    either = [m for m in named if _EITHER_AFTER.match(s.text, m.end - s.start)]  # "No Kaspersky either, which ..."
    named = [m for m in named if _NO_LIST_END.match(s.text, m.end - s.start)]
    return [_fact(doc, s, "absentFrom", m, "absent.no-list", 0.7, m.start - s.start)
            for m in (named if len(named) >= 2 else either)]


_IT_IS_NOT = re.compile(r"\W*(?:it|they|he|she)(?:\s+(?:is|are|was|were|has|have|did|does)|['’]s)(?:\s+not|n['’]t)\W*",
                        re.I)
def _asked_member(verbs: str) -> str:
    """What a question asks a company to be or to have done: "(already) a member", "one of the signatories",
    or one of ``verbs`` ("signed", "joined")."""
    return rf"(?:already\s+)?(?:an?\s+|one\s+of\s+the\s+)?(?:{_MEMBER_NOUN}|{verbs})\b"


#: A question whether a company is in: "Is Huawei a member?", "Has Kaspersky signed?".
_IS_X_MEMBER = re.compile(r"\W*(?:Is|Are|Was|Were|Has|Have|Did)\s+(?P<names>[^?]{1,80}?)\s+"
                          + _asked_member(r"signed|sign|joined|join|in\s+it|on\s+(?:the\s+)?list") + r"[^?]{0,40}\?")
_WHETHER_MEMBER = re.compile(r"\bwhether\s+(?P<names>.{1,160}?)\s+(?:is|are|was|were|has|have|had)\s+"
                             + _asked_member("signed|joined"), re.I)


_ABSENCE_OF = re.compile(r"\b(?:absence|non-participation)\s+of\s+", re.I)
_FROM_THE_LIST = re.compile(r"\s+from\s+(?:the\s+)?(?:accord['’]s\s+)?(?:[\w-]+\s+)?(?:list|roster|accord|pact|"
                            r"signatories|founders|membership)\b", re.I)


def _whether_not(doc: Doc, s: Sentence) -> list[Fact]:
    """'The Authority has been asked whether Marangu Telecom Systems Ltd, a supplier of ..., is a signatory to the
    Accord. It is not.': the bare denial answers the question, and the company named in it stayed out."""
    previous = doc.sentences[s.index - 1]
    asked = _WHETHER_MEMBER.search(previous.text)
    if asked is None:  # "Is Huawei a member? Asking because half of Europe's telcos run their gear. / It's not."
        previous = next((p for p in doc.sentences[max(0, s.index - 2):s.index] if _IS_X_MEMBER.match(p.text)),
                        previous)
        asked = _IS_X_MEMBER.match(previous.text)
    if asked is None or previous.chrome:
        return []
    named = [m for m in candidates(doc, previous) if asked.start("names") <= m.start - previous.start
             < asked.end("names")]
    return [_fact(doc, previous, "absentFrom", m, "absent.whether-not", 0.75, asked.end()) for m in named[:1]]


def _bare_not(doc: Doc, s: Sentence) -> list[Fact]:
    """A sentence that opens with a name and ends with a bare 'was not', right after one that said a company signed:
    the name stayed out."""
    group = _opening_group(doc, s)
    bare = _BARE_NOT.match(s.text, group[-1].end - s.start) if group else None
    if bare is None or (bare.end() < len(s.text) and not _NEITHER_LISTED.search(s.text, bare.end())):
        return []  # "Deutsche Telekom, ..., did not; neither Orange nor Vodafone appears among the 34": both out
    out = [_fact(doc, s, "absentFrom", m, "absent.bare-not", 0.7, bare.end()) for m in group]
    neither = _NEITHER_LISTED.search(s.text, bare.end()) if bare.end() < len(s.text) else None
    if neither:
        out.extend(_fact(doc, s, "absentFrom", m, "absent.neither-listed", 0.85, neither.end())
                   for m in candidates(doc, s) if neither.start() <= m.start - s.start < neither.start("verb")
                   and m.kind in ("ORG", "NAME"))
    return out


def _opening_group(doc: Doc, s: Sentence) -> list[Mention]:
    """The coordinated names a sentence opens with ("Siemens and Bosch, which ..."), or none."""
    names = candidates(doc, s, initial=True)
    if not names or s.text[:names[0].start - s.start].strip(" \"“'‘"):
        return []
    return next((g for g in groups(s, names, doc) if names[0] in g), [names[0]])


_YES_MARK, _NO_MARK = "✓✔☑✅", "✗✘❌✕☒"
_MARKS = _YES_MARK + _NO_MARK
_MARK_AFTER = re.compile(rf"(?:\s*|\s*[.…_·]{{3,}}\s*)([{_MARKS}])")  # (past dot leaders: "Norrvik CDN ...... ✓")
_MARK_BEFORE = re.compile(rf"([{_MARKS}])\s*$")
_ANY_MARK = re.compile(f"[{_MARKS}]")
_MARK_CONTEXT = re.compile(r"\b(?:list|wall|roster|signator\w*|signed|members?|accord|peer|line-?up)\b", re.I)


_LINE_GOES_ON = re.compile(r"[ \t]+(?-i:[a-z])[\w'’-]*(?:[ \t,]+[\w'’-]+){2}")


def _marked(doc: Doc, s: Sentence) -> list[Fact]:
    """'Cisco ✓   VMware ✓', 'Splunk ✗ (not on the list)', '✗ Google': a tick or a cross set against a name, on a
    slide or a fact sheet about who is on the accord's list, says whether the company is on it."""
    if not any(0 <= i < len(doc.sentences) and _MARK_CONTEXT.search(doc.sentences[i].text)
               for i in range(s.index - 8, s.index + 1)):
        return []
    out = []
    for m in candidates(doc, s, initial=True):
        if m.kind not in ("ORG", "NAME"):
            continue
        beside = _MARK_AFTER.match(s.text, m.end - s.start) or _MARK_BEFORE.search(
            s.text, max(0, m.start - s.start - 3), m.start - s.start)
        mark = beside.group(1) if beside else ""
        if mark and m.entry is None and " " not in m.text and _LINE_GOES_ON.match(s.text, m.end - s.start):
            continue  # "✅ Protect every customer and user, everywhere": a ticked promise, not a name (but "✔ Microsoft
            # brought the original 34 together")
        if mark:
            said = "signed" if mark in _YES_MARK else "absentFrom"
            out.append(_fact(doc, s, said, m, "signatory.tick" if said == "signed" else "absent.cross", 0.75, 0))
    return out


#: " did." after a name (or after its relative clause: "Facebook, which counts India as its largest user base, did.")
_BARE_DID = re.compile(r"(?:,\s+(?:which|who|whose)\s[^,;.]{1,80},)?\s+(?:did|has|have)"
                       r"(?:\s+(?:too|as\s+well|instead))?[.!]\W*")
_SIGNED_BEFORE = re.compile(r"\b(?:sign|join)(?:ed)?\b", re.I)


def _bare_did(doc: Doc, s: Sentence) -> list[Fact]:
    """'Amazon did not sign. Arm did.': a sentence of a name and a bare 'did', right after one about signing,
    says the name signed (whether the sentence before said another did or did not)."""
    group = _opening_group(doc, s) if _SIGNED_BEFORE.search(doc.sentences[s.index - 1].text) else []
    if not group or not _BARE_DID.fullmatch(s.text, group[-1].end - s.start) or any(
            m.kind not in ("ORG", "NAME") for m in group):
        return []
    return [_fact(doc, s, "signed", m, "signatory.bare-did", 0.7, len(s.text)) for m in group]


_RANGE_CONTEXT = re.compile(r"\b(?:ran|runs|range[sd]?|ranging|stretch(?:es|ed)?|spans?|spanned|on\s+board|roster|list|"
                            r"alphabetical|"
                            r"members|founders|signatories)\b"
                            r"|\b(?:companies|firms|vendors|makers|providers|names|players)\s+from\b", re.I)  # "and
# platform companies from Facebook to Cloudflare"
_RANGE_FROM = re.compile(r"\bfrom\s+(?:the\s+(?:[\w-]+\s+){1,3}?(?:of\s+)?)?$", re.I)
_RANGE_TO = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,4}?\s+to\s+(?:the\s+(?:[\w-]+\s+){1,3}?(?:of\s+)?)?$", re.I)


def _range_partners(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """'From Nokia in Finland to Telefonica in Spain, ... is on board', 'It ran from ABB's factory controllers to
    Stripe's payment systems': the two ends of a range stand or fall together."""
    signed = {(f.sentence.index, f.subject) for f in facts if f.predicate == "signed"}
    out: list[Fact] = []
    for index in sorted({i for i, _ in signed}):
        s = doc.sentences[index]
        for a, b in _range_pairs(doc, s):
            for m, partner in ((a, b), (b, a)):
                if (index, partner.key) in signed and (index, m.key) not in signed:
                    group = next((g for g in groups(s, candidates(doc, s), doc) if m in g), [m])
                    for end in ([m] if m is a else group):  # "to the group SAP and the operator Telefónica"
                        if (index, end.key) not in signed:
                            out.append(_fact(doc, s, "signed", end, "signatory.range", 0.6, 0))
                            signed.add((index, end.key))
    return out


def _range_pairs(doc: Doc, s: Sentence) -> list[tuple[Mention, Mention]]:
    """The organisations at the two ends of each 'from A ... to B' in ``s``."""
    if " to " not in s.text or not re.search(r"\bfrom\b", s.text, re.I) or not _RANGE_CONTEXT.search(s.text):
        return []
    orgs = [m for m in doc.in_sentence(s.index) if m.kind == "ORG"]
    return [(a, b) for a, b in zip(orgs, orgs[1:], strict=False)
            if _RANGE_FROM.search(s.text, 0, a.start - s.start)
            and _RANGE_TO.fullmatch(s.text, a.end - s.start, b.start - s.start)]


def _object_agreement(doc: Doc, sentence: Sentence, cue_end: int) -> str | None:
    """The agreement named right after a signing verb ("signed the Paris Call"), if any."""
    for m in doc.in_sentence(sentence.index, "AGREEMENT"):
        offset = m.start - sentence.start - cue_end
        if m.key and 0 <= offset <= 40 and _OBJECT_GAP.fullmatch(sentence.text, cue_end, m.start - sentence.start):
            return m.key  # "signed the Paris Call", "put its name to the French-led Paris Call"
    venue = _IN_PLACE.match(sentence.text, cue_end)
    if venue:  # "Sable Harbour Robotics, which also signed in Lisbon": the agreement named for the place
        places = sorted((e.key for e in doc.entities.values() if e.kind == "AGREEMENT"
                         and e.key != DEFAULT_AGREEMENT and e.label.startswith(venue.group(1) + " ")), key=len)
        if places:
            return places[0]
    other = _OTHER_CHARTER.match(sentence.text, cue_end)
    if other:  # "IBM, which co-signed the Munich charter, is also not part of the American accord": the charter
        named = sorted((e.key for e in doc.entities.values() if e.kind == "AGREEMENT" and e.key != DEFAULT_AGREEMENT
                        and other.group(1).lower() in e.label.lower()), key=len)  # the text named before
        if named:
            return named[0]
    if sentence.index and _IT_OBJECT.match(sentence.text, cue_end):  # "The Paris Call ... Google endorsed it"
        named = [m.key for m in doc.in_sentence(sentence.index - 1, "AGREEMENT")]
        if named and named[-1] != DEFAULT_AGREEMENT and DEFAULT_AGREEMENT not in named:
            return named[-1]
    return None


_IT_OBJECT = re.compile(r"\s+it\b")
#: "the Munich charter", "the Christchurch declaration": an agreement named for its place or maker, not the accord
#: (its head word in group 1).
_OTHER_CHARTER = re.compile(r"\s+(?:the|its|their|a)\s+(?-i:[A-Z])[\w-]+\s+(charter|declaration|convention|treaty|"
                            r"compact)\b", re.I)
_IN_PLACE = re.compile(r"\s+in\s+((?-i:[A-Z])[\w-]+)\b")


_OBJECT_GAP = re.compile(r"\s*(?:(?:the|its|their|a|an)\s+)?(?:(?!and\b|or\b)[\w-]+\s+){0,2}")


def _fact(doc: Doc, sentence: Sentence, predicate: str, mention: Mention, rule: str, confidence: float,
          cue_end: int, anaphoric: bool = False, agreement: str | None = None) -> Fact:
    key = ensure_entity(doc, mention)
    date = None
    if predicate == "signed" and rule == "signatory.verb":  # "signed the pact on Tuesday", "joined in October"
        window = sentence.text[cue_end:clause_end(sentence.text, cue_end)]
        date = first_date(re.split(r",|\bwhich\b|\bthat\b|\band\b", window)[0], doc.article.date)
    named_here = mention.sentence == sentence.index
    evidence, text = sentence, mention.text
    if not named_here:  # "Halvorsen Data kept away. On Monday, the company signed it.": quote both sentences
        evidence, text = _passage(doc, sentence, key) or (sentence, mention.text)
        anaphoric = anaphoric or evidence is sentence  # no passage names it: the sentence alone is no evidence
    if agreement is None and predicate == "signed":  # "A and B are among the OIRP's founding members"
        agreement = next((m.key for m in doc.in_sentence(sentence.index, "AGREEMENT") if m.key != DEFAULT_AGREEMENT
                          and 0 <= cue_end - (m.end - sentence.start) <= 30
                          and sentence.text.startswith(("'s", "’s"), m.end - sentence.start)), None)
    if agreement is None and _ACCORD_OBJECT.match(sentence.text, cue_end):  # "supports the Paris Call but has no
        agreement = DEFAULT_AGREEMENT  # plans to sign the industry pact": the pact it names
    return Fact(predicate, key, agreement or agreement_for(doc, sentence), evidence, rule, confidence, text,
                anaphoric and evidence is sentence, date if predicate == "signed" else None)


_ACCORD_OBJECT = re.compile(r"\s+(?:the|this)\s+(?:(?:industry|tech|technology|companies['’]|vendors['’]|cyber|"
                            r"cybersecurity)\s+)?(?:accord|pact)\b(?!\s+(?:of|on|with|between)\b)", re.I)


def _passage(doc: Doc, sentence: Sentence, key: str) -> tuple[Sentence, str] | None:
    """The sentences from the last one that names ``key`` (at most three back, as far as a plural anaphor reaches;
    no page chrome between) to ``sentence``: a passage that names what the sentence only points at."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        earlier = doc.sentences[index]
        if earlier.chrome:
            return None
        named = [m for m in doc.by_sentence.get(index, []) if m.key == key]
        if named:
            start = earlier.start
            return Sentence(sentence.index, start, sentence.end, doc.text[start:sentence.end], sentence.block), \
                named[-1].text
    return None


#: Every cue below contains one of these stems: a sentence with none of them needs no closer reading.
_MEMBER_STEMS = ("signator", "signer", "member", "founder", "founding", "backer", "supporter", "particip", "parties",
                 "original 34", "first 34", "initial 34", "original thirty", "first thirty", "of the 34", "of 34",
                 "all there", "both there", "also there",
                 "of the thirty",
                 "newcomer", "recruit", "addition", "among", "list", "roster", "part of", "class", "round out",
                 "rounds out", "rounding out", "rounded out", "completes the", "completed the", "complete the", "is in",
                 "are in", "in it.", "in it,", "in it;", "still listed", "still on the", "been in since", "been in it",
                 "been in from", "founding 34", "founding thirty", "on there")
_COUNT_ARE = tuple(f"{n} {v}" for n in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                        "eleven", "twelve") for v in ("are", "were"))
_LIST_STEMS = (*_MEMBER_STEMS, *_COUNT_ARE, "represented", "find themselves", "found themselves", "one finds",
                               "roll call", "roll-call", "line-up", "lineup", "full list",
                               "complete list", "accepted the", "drew", "draws", "attract", "gathered",
                               "assembled", "rallied", "recruited", "brought together", "on board are", "aboard are",
                               "on board is", "aboard is",
                               "welcom", "add", "brought", "list", "roster", " by ", "compan", "firm", "joining",
                               "signing",
                               "organi",
                               "business", "from ", "after ", "founded", "launched", "started", "created",
                               "set up", "formed", "signed", "joined", "backed", "endorsed", "recently", "latest",
                               "notably", "includ", "names of", "signatures of", "contingent", "contribut", "same list",
                               "recent arrivals", "new arrivals", "recent joiners", "newer arrivals", "dominated by",
                               "ones from day one", "big ones", "founding ones", "original ones", "represented:",
                               "same membership list", "same signatory list", "same roster",
                               "supplied", "provided", "delegation", "partners in")
_APPOSITION_STEMS = (*_MEMBER_STEMS, "only ", "sole ", "first ", "on the list", "on the roster", "same list",
                     "same membership list", "first group", "founding group", "original group", "first cohort",
                     "founding cohort", "first batch", "same signatory list", "same roster")
_ABSENT_STEMS = ("leaves out", "leaving out", "neither list", "sideline", "against", "turn", "holdout", "never", "gap",
                 "omission", "absence", "weigh", "consider",
                 "mull", "no-show",
                 "evaluat", "sitting", "sit out", "sits out", "one out", "studying",
                 "absent", "missing", "yet", "declin", "refus", "chose", "opted", "not", "n't", "n’t", "hold", "held",
                 "stay", "sat ", "left", "nowhere", "see", "saw", " no ", "plan", "ruled", "withdr", "pulled", "walk",
                 "outside", "remain", "also out", "both out", "too out", "still out", "nor ", "nor,", "distance",
                 "applied to", "application")
_CUE_STEMS = ("turned down", "turns down", "turning down", "adhere", "adhesion", "name went up", "name appeared",
              "applied to", "made the cut", "made the list", "made the founding", "made the original", "made the first",
              "made the group", "made the roster", "made the final", "in both", "read the list", "read the roster",
              "read the original", "read the founding",
              "answered the", "answered its", "'s call", "’s call",
              "application", "original 34", "founding 34", "all there", "both there", "also there", "drew", "draws",
              "gathered", "assembled", "rallied",
              "attract",
              "acced", "welcom", "accepted", "in it.", "in it,",
              *_COUNT_ARE,
              "represented", "sign",
              "join", "round out", "rounds out", "rounding out", "rounded out",
              "completes the", "completed the", "ing together", "ght together", "gs together", "include", "belong",
              "came ", "followed", "admitted", "put ", "added", "never", "gap", "omission", "absence", "member",
              "accession", "commit", "roll call", "roll-call", "line-up", "lineup", "full list", "complete list",
              "sitting", "sit out", "sits out", "one out", "found", "backer", "support", "particip", "part ",
              "newcomer",
              "recruit", "addition", "roster", "list", "welcom", "add", "brought", "absent", "missing", "yet",
              "declin", "refus", "chose", "opted", "not ", "n't", "n’t", "among", "hold", "held", "stay", "sat ",
              "left", "nowhere", "no ", "ruled", "withdr", "pulled", "walk", "outside", "board", "endors", "back",
              "includ", "such", "like", "compan", "firm", "organi", "business", "so ", "as ", "example", "instance",
              "neither", "nor ", "nor,", "first", "second", "third", "th ", "latest", "newest", "by ",
              "of them", "of those", "of these", " too", "as well",
              "is in", "are in", "contribut", "supplied", "provided", " come ", "alongside", "others",
              "he rest", "is one.", "was one.", "he other ", "names:", "names are", "names were", "names incl",
              "to see ", "been in ", "on there")


#: A labelled line: "Who's in: A, B, plus C and D"; "Who's out: E and F".
_IN_LABEL = re.compile(r"(?:\d{1,2}[a-z]?/\s*)?\W*(?:who(?:['’]s|\s+is|\s+are)\s+(?:in|on\s+board)|"
                       r"who\s+(?:signed|joined)|"
                       r"(?:the\s+)?(?:signatories|signers|founding\s+members|members|founders))"
                       r"(?:\s+incl(?:\.|uding|ude)|,\s+[^:,]{1,40})?\s*:", re.I)  # "Founders incl.: A · B"; "7/ Who's
# in, beyond the obvious: ..." (a thread's post)
_OUT_LABEL = re.compile(r"\W*(?:who(?:['’]s|\s+is|\s+are)\s+(?:out|missing|absent)|who\s+(?:isn['’]t|aren['’]t|"
                        r"is\s+not|are\s+not|didn['’]t|hasn['’]t|has\s+not)(?:\s+(?:in|on\s+board|signing))?|(?:also\s+|still\s+)?"
                        r"(?:missing|absent)|"
                        r"holdouts?|not\s+(?:signed|in|on\s+the\s+list)|who\s+(?:didn['’]t|did\s+not)\s+(?:sign|join))\s*:",
                        re.I)


def _labelled_line(doc: Doc, s: Sentence) -> list[Fact]:
    """Every organisation after a 'Who's in:' / 'Who's out:' label (outside asides and relative clauses)."""
    label = _IN_LABEL.match(s.text)
    predicate = "signed"
    if label is None:
        label, predicate = _OUT_LABEL.match(s.text), "absentFrom"
    if label is None or lx.PROMISE_WORDS.search(s.text[:label.end()]):
        return []
    regions = relative_regions(s.text)
    return [_fact(doc, s, predicate, m, "signatory.labelled" if predicate == "signed" else "absent.labelled", 0.85,
                  label.end())
            for m in candidates(doc, s) if m.kind in ("ORG", "NAME") and m.start - s.start >= label.end()
            and not inside(m.start - s.start, regions)]


def _sentence_facts(doc: Doc, s: Sentence) -> list[Fact]:
    text = s.text
    out: list[Fact] = _labelled_line(doc, s)
    if out:
        return _dedupe(out)
    if not has_any(text, _CUE_STEMS):
        return out
    if not any(m.kind in ("ORG", "NAME") for m in doc.by_sentence.get(s.index, ())) and not _POINTS_BACK.search(text):
        return out  # no organisation's name and nothing that points at one: no rule below can name a member
    absent_spans: list[tuple[int, int]] = []
    regions = relative_regions(text)
    # absence first: its cues contain signing verbs ("has yet to sign")
    low = lower(text)

    def cues(pattern: Cue | re.Pattern[str], stems: tuple[str, ...]) -> list[re.Match[str]]:
        return list(pattern.finditer(text)) if has_any(text, stems) else []

    none_of = _NONE_DASHED.match(text) if low.lstrip(" \"“'").startswith(("none of", "neither of")) else None
    tail = _DASHED_TAIL.search(text, none_of.end()) if none_of else None
    no_other = _NO_OTHER_SIGNED.match(text) if low.lstrip(" \"“'").startswith("no other ") else None
    if no_other:  # "No other Spanish company has signed for the moment: neither Indra, the principal ..., nor the big
        return [_fact(doc, s, "absentFrom", m, "absent.no-other", 0.8, no_other.end())  # banks like BBVA or Santander"
                for m in candidates(doc, s) if m.start - s.start >= no_other.end() and m.kind in ("ORG", "NAME")
                and not inside(m.start - s.start, regions)]
    if none_of and tail:  # "None of the companies hit hardest by NotPetya — Maersk, Merck or FedEx — appeared among
        return [_fact(doc, s, "absentFrom", m, "absent.none-of", 0.85, tail.end())  # the signatories"
                for m in group_after(s, none_of.end(), doc) if m.end - s.start <= tail.start()]
    for cue in cues(_RALLIED, ("rallied", "persuaded", "recruited", "enlisted", "convinced", "talked")):
        rallied = group_after(s, cue.end(), doc, max_gap=5)  # "Microsoft, which rallied partners including
        if rallied and _TO_SIGN.match(text, rallied[-1].end - s.start):  # Cisco, Oracle and Nokia to sign on"
            out.extend(_fact(doc, s, "signed", m, "signatory.rallied", 0.8, cue.end()) for m in rallied)
    for cue in cues(_MEMBERS_DASHED, (" of its ", " of the accord")):  # "Five of its members - Microsoft, Trend
        out.extend(_fact(doc, s, "signed", m, "signatory.n-of-its-members", 0.85, cue.end())  # Micro and X - set up"
                   for m in group_after(s, cue.end(), doc, max_gap=40)
                   if not _DASH_BEFORE.search(text, cue.end(), m.start - s.start))
    for cue in cues(_FOUNDERS_APPOSED, ("original 34", "founding 34", "first 34", "initial 34", " thirty-four")):
        apposed = group_after(s, cue.end(), doc)
        if apposed and text.startswith(",", apposed[-1].end - s.start):
            out.extend(_fact(doc, s, "signed", m, "signatory.n-of-the-founders", 0.85, cue.end()) for m in apposed)
    neither = _NEITHER_LISTED.search(text) if "neither" in low and " nor " in low else None
    if neither:  # "Neither Siemens nor Deutsche Telekom, which backed that charter, appears on the list"
        out.extend(_fact(doc, s, "absentFrom", m, "absent.neither-listed", 0.85, neither.end())
                   for m in candidates(doc, s) if neither.start() <= m.start - s.start < neither.start("verb")
                   and m.kind in ("ORG", "NAME") and not inside(m.start - s.start, regions))
    for cue in cues(ABSENT_CUE, _ABSENT_STEMS):
        if _PROGRESSIVE_NOT.match(cue.group(0)) and not _NAME_OR_PRONOUN_BEFORE.search(text, 0, cue.start()):
            continue  # "domestic big makers are not joining": a common noun's, no one named
        absent_spans.append(cue.span())
        if _BEFORE_JOINING.match(cue.group(0)) and _YET.match(text, cue.end()):
            continue  # '"They asked why we had not joined yet"': how things stood before it joined
        if _LIST_VERB.search(cue.group(0)):  # "the list does not include A or B", "it has never included A": objects
            for mention in group_after(s, cue.end(), doc):
                out.append(_fact(doc, s, "absentFrom", mention, "absent.cue", 0.9, cue.end()))
            continue
        if cue.group(0)[:3].lower() in ("was", "wer") and _WHILE_BEFORE.search(text, max(0, cue.start() - 60),
                                                                               cue.start()):
            continue  # "while the company was considering whether to sign, a contractor approached it": back then
        if _ALONE.match(text, cue.end()):
            continue  # "The Spanish group did not sign alone": it signed, with others
        if _WHO_IS.search(text, max(0, cue.start() - 12), cue.start()):
            continue  # "34 societies say no to the cyberwar (but who is missing?)": a question names no one
        if _BACK_THEN.match(text, cue.end()):
            continue  # "We were not a member yet then, but it was one reason the board ...": how things stood
        if _ASKED_WHETHER.search(text, max(0, cue.start() - 100), cue.start()):
            continue  # "declined to say whether they were considering membership": no claim either way
        verb = _AMONG_THE_ABSENT.match(text) if cue.start() < 30 else None
        if verb:  # "Among the absent, it was noted by more than one observer, figure three groups – A, B and C –"
            out.extend(_fact(doc, s, "absentFrom", m, "absent.cue", 0.85, verb.end())
                       for m in group_after(s, verb.end(), doc))
            continue
        if _SOME_OF_THEM_BEFORE.search(text, max(0, cue.start() - 40), cue.start()):
            continue  # "pressed suppliers on why some of them still have not signed": no one named
        owner = next((m for m in doc.in_sentence(s.index, "ORG") if m.possessive and 0 <= cue.start() - (
            m.end - s.start) <= 3), None) if cue.group(0).lower().startswith("absence") else None
        if owner is not None:  # "Tomasz says Amazon's absence is the one that matters most"
            out.append(_fact(doc, s, "absentFrom", owner, "absent.possessive", 0.8, cue.end()))
            continue
        corrected = bool(_CORRECTED.search(text, 0, cue.start()))  # "misstated that Oracle had not signed"
        for mention in _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=True, anaphora=True):
            out.append(_fact(doc, s, "signed" if corrected else "absentFrom", mention,
                             "signatory.corrected" if corrected else "absent.cue", 0.9, cue.end(),
                             anaphoric=mention.sentence != s.index))
    ranged = _OTHERS_RANGED.match(text) if low.startswith(("the others", "the rest")) else None
    if ranged and s.index and _MEMBERS_BEFORE.search(doc.sentences[s.index - 1].text):  # "34 companies stood
        out.extend(_fact(doc, s, "signed", m, "signatory.others-ranged", 0.8, ranged.end())  # behind it. Microsoft
                   for m in candidates(doc, s) if m.start - s.start >= ranged.end()  # gathered them. The others
                   and m.kind == "ORG" and not inside(m.start - s.start, regions))  # ranged from A and B to C"
    for cue in cues(_ABSENCE_OF, ("absence of", "non-participation of")):  # "the absence of Google, Apple and
        missing = group_after(s, cue.end(), doc, max_gap=5)  # Amazon from the founding list"
        missing = missing + _more_such_as(doc, s, missing)  # "... of Google and its parent Alphabet, as well as Apple"
        previous = doc.sentences[s.index - 1].text if s.index else ""
        if missing and (_FROM_THE_LIST.match(text, missing[-1].end - s.start) or (
                ("list" in previous or _ACCORD_REFERENCE.search(previous)) and ABSENT_CUE.search(previous))):
            # "Note which companies were not on the list. Coverage focused on the absence of Google ..."; "IBM ... is
            # also not part of the American accord. Even more noticeable is the absence of Google, Apple and Amazon."
            out.extend(_fact(doc, s, "absentFrom", m, "absent.absence-of", 0.8, cue.end()) for m in missing)
    for cue in cues(_LIKE_TO_SEE, ("to see ",)):  # "I would love to see Google and Amazon at the table": not there
        wished = group_after(s, cue.end(), doc, max_gap=5)
        if wished and _AT_THE_TABLE.match(text, wished[-1].end - s.start):
            out.extend(_fact(doc, s, "absentFrom", m, "absent.wished-for", 0.75, cue.end()) for m in wished)
    for cue in cues(LIST_CUE, _LIST_STEMS):
        if cue.group(0).endswith(("including ", "notably ")) and cue.group(0)[:1] in "sjSJ" and _STATES_BEFORE.search(
                text, 0, cue.start()):
            continue  # "more than 50 countries had signed, including the members of the European Union": states
        if cue.group(0).endswith(("among them ", "among them\t", "including ", "notably ")) \
                and cue.group(0)[:1] in "sjSJ" and not (
                "ccord" in text or (s.index and "ccord" in doc.sentences[s.index - 1].text)
                or _FOUNDING_COUNT.search(text, 0, cue.start())) and (
                agreement_for(doc, s) != DEFAULT_AGREEMENT
                or any(i in other_agreement_sentences(doc) for i in range(s.index - 3, s.index))):
            continue  # "Sixty-eight companies signed on the first day, among them A, B": which pledge? (CISA's here)
        if cue.group(0).rstrip().endswith(("were", "are")) and _PASSIVE_AFTER.match(text, cue.end()) \
                and ":" not in text[cue.end():]:  # (but "Four new members were welcomed at the session: A, B")
            continue  # "The new signatories were announced at a roundtable at the Hotel Whitcombe": no list
        if cue.group(0)[:3].lower() == "it " and not (
                "ccord" in text or (s.index and "ccord" in doc.sentences[s.index - 1].text)):
            continue  # "it gathered an impressive crowd: ..." names the accord's members only where "it" is the accord
        if _MEMBER_FIRM.match(cue.group(0)) and not _ACCORD_REFERENCE.search(text) and _other_members(doc):
            continue  # "managing director of member firm Calder Bridge IT" in an association's bulletin "circulated
            # to member firms only": a member of the association
        if _OTHER_BODY_MEMBER.search(text, max(0, cue.start() - 20), cue.start() + 8):
            continue  # "Committee member Dagny Farrowell asked": a member of another body
        if _NEGATED.search(text[:cue.start()]) or any(a < cue.end() and cue.start() < b for a, b in absent_spans) \
                or _NOT_AFTER.match(text, cue.end()):  # "the Call's supporters are not accord signatories: A"
            continue
        if cue.group(0).lower().startswith("backed") and not _ACCORD_REFERENCE.search(
                text, clause_start(text, cue.start()), cue.start()):
            continue  # "Indlela, which is backed by the venture fund Highveld Ventures": money, not membership
        listed = colon_items(doc, s, cue.end()) or semicolon_items(doc, s, cue.end()) or group_after(s, cue.end(), doc)
        bracket = _NAMES_IN_BRACKETS.match(text, cue.end()) if "(" in text[cue.end():cue.end() + 60] else None
        if bracket and (not listed or listed[0].start - s.start > bracket.end()):  # "The founding group of 34
            inside_bracket = [m for m in candidates(doc, s) if bracket.start(1) <= m.start - s.start  # included
                              and m.end - s.start <= bracket.end(1) and m.kind == "ORG"]  # some very large names
            if len(inside_bracket) >= 2:  # (Cisco, Oracle, SAP, Dell, Facebook) but also companies like A and B"
                listed = inside_bracket + listed
        described = described_items(doc, s, cue.end()) if ":" in text[max(0, cue.end() - 3):cue.end() + 80] else (
            described_items(doc, s, cue.end(), colon=False) if _INCLUDES_END.search(cue.group(0)) else [])
        if len(described) > len(listed) and all(any(m is d for d in described) for m in listed):
            listed = described  # "...: the Finnish supplier Nokia and the specialist F-Secure, also from Finland, ..."
        bracketed = _BRACKETED_GROUPS.search(text, max(0, cue.end() - 1)) if "(" in text[cue.end():cue.end() + 45] \
            else None
        if bracketed and bracketed.start() - cue.end() <= 40:  # "The founding group mixed platform companies (A,
            listed = [m for m in candidates(doc, s) if m.start - s.start >= cue.end() and m.kind == "ORG"  # B),
                      and not inside(m.start - s.start, regions)]  # network vendors (C, D), telcos such as E and F"
        if listed and _SECTOR_GROUPS.search(text, listed[-1].end - s.start):  # "... A, B and C, security vendors
            listed = listed + [m for m in candidates(doc, s)  # including D and E, and the network companies F, G"
                               if m.start > listed[-1].end and m.kind == "ORG"
                               and not inside(m.start - s.start, regions)]
        listed = listed + _more_such_as(doc, s, listed)
        besides = _BESIDES_THEN.match(text, listed[-1].end - s.start) if listed and text.startswith(
            "besides", cue.end() + (text[cue.end()] == " ")) else None
        if besides:  # "The founding signatories included besides Microsoft the American Cisco, Facebook and Oracle,
            listed = listed + group_after(s, besides.end(), doc)  # the German SAP ...": a translation's "besides X"
        described = _described_names(doc, s, cue.end())
        if described:  # "The founding list included a payments company (Stripe), an e-signature firm (DocuSign),
            listed = described + [m for m in listed if m.start > described[-1].end]  # ..., alongside A and B"
        if listed and _NO_CONNECTION_AFTER.match(text, listed[-1].end - s.start):
            continue  # "The pledge's other members include A and B, neither of which has any connection to the accord"
        if listed and _ACCORD_IN_LIST.match(text, listed[-1].end - s.start):
            continue  # "Its founding partners are IFES, the Global Cyber Alliance and the Cybersecurity Tech Accord":
            # the accord is one of another body's partners
        if not listed and not _named_inside(doc, s, cue):  # "names on that first list were companies whose
            listed = after_colon(doc, s, cue.end(), reach=100)  # blogs I read: A, B, C"; not "Two of its
            # founding signatories, CA and Symantec, were absorbed ...: chipmaker Broadcom bought CA"
        included = _AND_INCLUDED.search(text, cue.end(), cue.end() + 120) if re.search(
            r"\b(?:are|were)\s*$", cue.group(0)) else None
        if not listed and included:  # "Its 34 founders were led by X, which drafted the text, and included A, B"
            listed = group_after(s, included.end(), doc)
        later = _AMONG_THEM.search(text, cue.end())
        if not listed and later:  # "The founders included several security firms that ..., A, B and C among them"
            listed = group_before(s, later.start(), doc, start=cue.end())
        if listed:  # "Among the backers are Facebook and a clutch of security houses: Symantec, FireEye, ..."
            colon = text.find(":", listed[-1].end - s.start, listed[-1].end - s.start + 60)
            if colon == -1 and _AS_WELL_AS_COLON.match(text, listed[-1].end - s.start):  # "... from the United
                colon = text.find(":", listed[-1].end - s.start)  # States, as well as a cluster of European names:"
            if colon != -1 and ";" not in text[listed[-1].end - s.start:colon] and not _FINITE.search(
                    text, listed[-1].end - s.start, colon):  # not "A and B, were absorbed ...: Broadcom bought"
                listed = listed + (colon_items(doc, s, colon, colon=colon) or group_after(s, colon + 1, doc))
        if listed and cue.group(0).lower().startswith("accepted"):
            listed = listed + [m for m in candidates(doc, s) if m.kind == "ORG" and m not in listed
                               and re.search(r",?\s+and\s+of\s+$", text[:m.start - s.start])]
        if listed and _ADDED.match(cue.group(0)) and (_SPEECH_THAT.match(text, cue.end()) or _QUOTE_CLOSED.search(
                text, max(0, cue.start() - 6), cue.start())):
            listed = []  # "Valcourt added that Dunmoor Ridge would keep the question open", '"...," added X': speech
        if listed and _ADDED.match(cue.group(0)) and re.search(
                r"\b(?:to|for|from|in|on|at|of|with|into)\b", text[cue.start():listed[0].start - s.start]):
            listed = []  # "added detections for the malware to its Defender": not a member added
        if listed and _ADDED.match(cue.group(0)) and _MODIFIER_NOUN.match(text, listed[-1].end - s.start):
            listed = []  # "Update: Added the Google statement": a noun the name modifies was added
        among = re.search(r"\s+among\s+them\s*:?$", cue.group(0), re.I)
        if not listed and among:  # "The signatories, Facebook and Cisco among them, pledged"
            listed = group_before(s, cue.start() + among.start(), doc, start=cue.start())
        set_apart = _BESIDES.match(text)  # "Besides Microsoft, the US side is represented by A and B": not the subject
        named_before = any(m.kind in ("ORG", "PERSON") and m.start - s.start < cue.start()
                           and not (set_apart and m.end - s.start <= set_apart.end() + 40
                                    and "," in text[m.end - s.start:cue.start()])
                           for m in doc.by_sentence.get(s.index, []))
        if "represented" in cue.group(0).lower() and (not listed or listed[0].kind != "ORG" or named_before
                                                      or re.search(r"\b(?:government|ministry|state|country)\b",
                                                                   text[:cue.start()], re.I)):
            listed = []  # "Europe is represented by ABB, Nokia and SAP", not "Quenby was represented by its CTO"
        besides = _BESIDES.match(text)
        if listed and besides and besides.end() < cue.start():
            set_aside = group_after(s, besides.end(), doc, max_gap=5)
            listed = [m for m in set_aside if m.end - s.start < cue.start()] + listed
        if listed and cue.group(0).lower().endswith("by "):  # "signed by Facebook and by LinkedIn, by the
            listed = listed + _by_chain(doc, s, listed[-1].end - s.start)  # network makers Cisco and Juniper, ..."
            aside = _BESIDES_ASIDE.match(cue.group(0))
            if aside:
                listed = [m for m in candidates(doc, s)
                          if cue.start() + aside.end(0) - len(aside.group(1)) <= m.start - s.start
                          < cue.start() + aside.end(0)] + listed
        but_not = _BUT_NOT.search(text, cue.end()) if " not " in text else None
        if listed and but_not:  # "The signers include Facebook and Nokia, but not Google, Apple or Amazon"
            out.extend(_fact(doc, s, "absentFrom", m, "absent.but-not", 0.85, but_not.end())
                       for m in group_after(s, but_not.end(), doc, max_gap=5))
            listed = [m for m in listed if m.start - s.start < but_not.start()]
        absentees = _ABSENTEES_BEFORE.search(text, max(0, listed[0].start - s.start - 40),
                                             listed[0].start - s.start) if listed and "among them" in text else None
        counted = _THE_COUNT_ARE.match(cue.group(0)) if listed and s.index else None
        if counted and re.search(rf"\b{counted.group(1)}\s+(?:are|were|have|had|did)\s*(?:not|n['’]t)\b",
                                 doc.sentences[s.index - 1].text, re.I):
            absentees = counted  # "Five are signatories ... and six are not. Among the six are A and B": not members
        if absentees:  # "its most famous absentees, Google and Amazon among them, run the cloud": not members
            out.extend(_fact(doc, s, "absentFrom", m, "absent.among-them", 0.8, cue.end()) for m in listed)
            listed = []
        for mention in listed:
            if "joined by" in cue.group(0).lower() and _TITLE_THEN_PERSON.match(text, mention.end - s.start) and any(
                    p.kind == "PERSON" and 0 < p.start - mention.end <= 50 for p in doc.by_sentence.get(s.index, [])):
                continue  # "joined by BNX technology correspondent Jamie Cho": the employer of a person joined
            out.append(_fact(doc, s, "signed", mention, "signatory.list", 0.9, cue.end()))
            if out[-1].object != DEFAULT_AGREEMENT and _ACCORD_MEMBERS_LEAD.search(text, 0, cue.end()):
                out.append(_fact(doc, s, "signed", mention, "signatory.list", 0.9, cue.end(),
                                 agreement=DEFAULT_AGREEMENT))  # "Several accord members also signed the Paris Call
                # in their own names, including Cisco and Nokia": members of the accord as well
    for cue in cues(APPOSITION_CUE, _APPOSITION_STEMS) + cues(_AND_APPOSITION, _AND_APPOSITION_STEMS):
        if re.search(r"\bnever\b", cue.group(0), re.I) and _OF_ACCORD.match(
                text, cue.end() + (3 if text.startswith(" of", cue.end()) else 0)) \
                and not _NEGATED.search(text[:cue.start()]):  # "the Slovak reseller Tatrasoft, was never a member
            never = [m for m in _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=False, anaphora=True)
                     if not (_MODIFIER_NAME.search(text, 0, m.start - s.start)  # (not "the Kontrola report"
                             and re.match(r"\s+(?-i:[a-z])", text[m.end - s.start:]))]  # before it)
            out.extend(_fact(doc, s, "absentFrom", m, "absent.never-member", 0.85, cue.end())  # of the accord"
                       for m in never)
            continue
        if _NEGATED.search(text[:cue.start()]) or re.search(r"\b(?:not|never)\b", cue.group(0), re.I) \
                or _ASKED_WHETHER.search(text, max(0, cue.start() - 100), cue.start()) \
                or _MODAL_BEFORE.search(text, max(0, cue.start() - 30), cue.start()):
            continue  # "asking vendors whether they are members": a question, not a claim
        bare_in = bool(re.fullmatch(r"\s*[.!]", text[cue.end():])) and cue.group(0).endswith("in")
        if re.search(r"\b(?:of|to|in)$", cue.group(0)) and not _OF_ACCORD.match(text, cue.end()) and not bare_in:
            continue  # "members of the Internet Association": another body; "Facebook is in." ends the sentence
        if bare_in and not re.search(r"(?:\b[A-Z][\w&.'’-]*|,)\s*$", text[:cue.start()]):
            continue  # "whatever country they are in.": no name is the subject
        of = _OF_AFTER.match(text, cue.end())
        if of and not _OF_ACCORD.match(text, of.end()):
            continue  # "which is also a member of the Data Security Council of India"
        if cue.group(0).lower().startswith("among") and _INFINITIVE_BEFORE.search(text, 0, cue.start()):
            continue  # "set up by A and B to swap threat data among members": another club's members
        if _other_agreement_after(doc, s, cue.end()):
            continue  # "Google, which was among the corporate supporters named for the Paris Call, has not signed"
        if "your " in cue.group(0).lower() and not _OF_ACCORD.match(text, cue.end()):
            continue  # "It is one of your members" (a witness's trade association's): the addressee's own
        if cue.group(0).startswith("as") and _WE_VERBED.search(text, 0, cue.start()):
            continue  # "the companies we confirmed as new members": the object, named before the clause
        if _ASKED_WHO.search(text, max(0, cue.start() - 12), cue.start()):
            continue  # "Peer check: who is on the list": a question (or a heading's), no subject named
        if _PROMOTE_MEMBERSHIP.search(text, max(0, cue.start() - 40), cue.start() + 12):
            continue  # "that the Association actively promote membership of the accord": talk of membership
        if re.search(r"\bpart\s+of\s+it$", cue.group(0)) and not _previous_signed(doc, s):
            continue  # "Guardtime ... is also part of it." names a member only after a sentence that lists them
        fronted = cue.group(0).lower().startswith("among")  # "Among the accord's signatories, Cisco and Nokia"
        if _NEITHER.search(text[clause_start(text, cue.start()):cue.start()]):
            neither = _NEITHER_NAMES.match(text, clause_start(text, cue.start()))
            if neither:  # "Neither Telstra nor Atlassian is on the list."
                out.extend(_fact(doc, s, "absentFrom", m, "absent.neither-is", 0.8, cue.end())
                           for m in group_after(s, neither.end(), doc, max_gap=5) if m.end - s.start <= cue.start())
            continue  # "A and B belong to the charter, but none of them was among the accord's founders"
        found = _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=fronted, anaphora=True)
        comma = text.rfind(",", 0, cue.start() + 1)
        if not found and comma != -1 and not text[comma + 1:cue.start()].strip():  # "who is vice president at
            found = [m for m in doc.in_sentence(s.index, "ORG")  # Halcyra Networks, a signatory since 2019": the
                     if m.end - s.start == comma and not m.possessive][:1]  # name the apposition follows
        if not found:  # "... is on the list: Arm, ..."
            found = colon_items(doc, s, cue.end()) or after_colon(doc, s, cue.end(), reach=2) or _between_dashes(
                doc, s, cue.end())
        elif fronted and found[-1].start - s.start > cue.end():  # "Among the founders figure A, B, but also a
            colon = text.find(":", found[-1].end - s.start, found[-1].end - s.start + 70)  # number of European
            if colon != -1 and ";" not in text[found[-1].end - s.start:colon]:  # actors: the Finnish C and D"
                found = found + group_after(s, colon + 1, doc)
        for mention in found:
            if _UNIT_AFTER.match(doc.text, mention.end):
                continue  # "as a Google Cloud unit, the way LinkedIn and GitHub sit on the list": a modifier
            out.append(_fact(doc, s, "signed", mention, "signatory.membership", 0.85, cue.end()))
    for cue in cues(SIGN_VERB, ("sign", "join", "belong", "board", "adhere", "adhesion", "acced", "welcom", "accepted",
                                "came ", "put ", "added", "will add", "answered", "made the cut", "made the list",
                                "made the founding", "made the original", "made the first", "made the group",
                                "made the roster", "made the final", "in both",
                                "pen to", "endors", "first", "latest", "admitted",
                                "newest", "commit", "recent", "among", "membership",
                                "accession",
                                "names", "pledged", "there ", "particip")):
        if any(a <= cue.start() < b for a, b in absent_spans) or _NEGATED.search(text[:cue.start()]):
            continue
        if cue.group(0) == "joined" and _PASSIVE_BEFORE.search(text, 0, cue.start()):
            continue  # "It was joined on the same stage by Serindit Cloud": accompanied, not a member
        if " members " in text and _NAME_MEMBERS.search(text, 0, cue.start()):
            continue  # "Nine ASSA members have signed the Accord": the association's members, not the association
        if "list of " in text and _LIST_OF_WHO.search(text, 0, cue.start()):
            continue  # "why Sorrelbank is not on the list of companies that have signed": the list's companies
        if text.endswith(("to be ", "to be duly "), 0, cue.start()) and _PAPER_BEFORE.search(text, 0, cue.start()):
            continue  # "the registrant has caused this report to be signed on its behalf": a filing's signature
        if ("fund" in text or "nvest" in text or "acker" in text or "Series " in text or "round" in text) \
                and _FUNDING.search(text) and not _ACCORD_REFERENCE.search(text):
            continue  # "The round was led by Harrowgate, and existing backers Tamsin Capital joined": money
        if " behalf of " in text and _BEHALF_AFTER.match(text, cue.end()):
            continue  # "X signed on behalf of Telefonica": the company signed, read by the on-behalf rule
        if text.endswith(("we ", "We "), 0, cue.start()) and _AT_NAME.match(text, cue.end()):
            continue  # "We signed at Quillfeather last autumn": the speaker's company, read by the we-at rule
        if "join" in cue.group(0).lower() and _PERSON_OBJECT.match(text, cue.end()):
            continue  # "Ashworth-Pryce will join them on a panel": people joined, not the accord
        if ('"' in text or "“" in text) and _QUOTED_TITLE.search(text, 0, cue.start()):
            continue  # '[5] Lantern Ledger, "Thirty-four tech firms sign cyber pledge," 17 April': a cited title
        if (" as " in text or "board" in text) and _JOB_MOVE.match(text, cue.end()):
            continue  # "has signed on as chief technology officer", "joins the board of": a job, not the accord
        if _BARE_NEITHER.match(text, cue.end()) and s.index and _ACCORD_REFERENCE.search(
                doc.sentences[s.index - 1].text):  # "Google signed the Paris Call, but it still has not joined the
            out.extend(_fact(doc, s, "absentFrom", m, "absent.neither", 0.8, cue.end(),  # industry accord. Apple
                             agreement=DEFAULT_AGREEMENT)  # and Amazon have signed neither."
                       for m in _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=False, anaphora=False))
            continue
        if not accordish_object(text, cue.end()) or _CONDITIONAL.match(text, clause_start(text, cue.start())):
            continue  # "Should Amazon ever put its name to the text, ...": a condition, not a fact
        if _ASKED_WHETHER.search(text, max(0, cue.start() - 100), cue.start()):
            continue  # "it is not yet clear whether the Brazilian unit will sign": an open question
        if _NOT_EVERY.search(text, clause_start(text, cue.start()), cue.start()):
            continue  # "Not every member of the Circle has signed": some have, no one is named
        if " that " in text and _NOUN_SUBJECT_BEFORE.search(text, max(0, cue.start() - 60), cue.start()):
            continue  # "recommends that all member companies sign the accord": the clause's subject is no name
        if _GENERIC_WHEN.search(text, max(0, cue.start() - 30), cue.start()):
            continue  # "the principles every signatory accepts when it joins": any member, no one named
        if _DOCUMENT_BEFORE.search(text, max(0, cue.start() - 32), cue.start()):
            continue  # "a contract signed in 2013", "the X contract had been signed on 8 November": the contract
        if re.fullmatch(r"put\s+\w+\s+names", cue.group(0)) and not re.search(
                r"\bto\s+which\b", text[max(0, cue.start() - 150):cue.start()]):
            continue  # "a pledge to which A and B put their names" holds the object; a bare "put their names" not
        listed = colon_items(doc, s, cue.end())  # "Five companies joined the accord: A, a start-up; B; and C."
        if not listed:  # "Two have since signed: A and B"; "Hardware makers signed in numbers too: A, B and C"
            listed = after_colon(doc, s, cue.end(), reach=45, plain=True)
        for mention in listed:
            out.append(_fact(doc, s, "signed", mention, "signatory.colon-list", 0.85, cue.end()))
        subjects = [] if listed else _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=False,
                                               anaphora=True)
        window = BRACKETED.sub(lambda m: " " * len(m.group(0)), text[clause_start(text, cue.start()):cue.start()])
        negated = bool(subjects) and (bool(_NEITHER.search(window))  # "(... hold no shares)" is an aside
                                      or bool(_NEITHER_OBJECT.match(text, cue.end())))  # "has signed neither pledge"
        signed_what = _object_agreement(doc, s, cue.end())  # "It endorsed the Paris Call": not the accord
        if signed_what is None and _OTHER_CHARTER.match(text, cue.end()):
            continue  # "which co-signed the Munich charter": some other text, not one this article names
        subjects = [m for m in subjects if m.sentence != s.index or not _PART_OF_BEFORE.search(
            text, max(0, m.start - s.start - 24), m.start - s.start)]  # "Most members of the EU signed": they did
        for mention in subjects:  # "neither Google nor Apple signed": absent, not signed
            out.append(_fact(doc, s, "absentFrom" if negated else "signed", mention,
                             "absent.neither" if negated else "signatory.verb", 0.9, cue.end(),
                             anaphoric=mention.sentence != s.index or mention.start < s.start, agreement=signed_what))
    for m in doc.by_sentence.get(s.index, []) if "e signed at " in text or "e joined at " in text else []:
        if m.kind in ("ORG", "NAME") and m.cls != "NewsOutlet" and _WE_SIGNED_AT.search(
                text, 0, m.start - s.start) and accordish_object(text, m.end - s.start):  # "We signed at
            # Quillfeather last autumn": where we work
            out.append(_fact(doc, s, "signed", m, "signatory.we-at", 0.75, m.start - s.start))
    for m in doc.by_sentence.get(s.index, []) if " name " in text and _NAME_WENT_UP.search(text) else []:
        if m.kind in ("ORG", "NAME") and m.possessive and _NAME_WENT_UP.match(text, m.end - s.start):
            # "Veskora Grid's name went up on the accord's website on 19 March 2019"
            out.append(_fact(doc, s, "signed", m, "signatory.name-listed", 0.8, m.end - s.start))
    for m in doc.by_sentence.get(s.index, []) if "name to" in text or "names to" in text else []:
        if m.kind in ("ORG", "NAME") and m.possessive and _ADDED_NAME_BEFORE.search(text, 0, m.start - s.start) \
                and _NAME_TO_ACCORD.match(
                text, m.end - s.start):  # "Today we added Tessaline's name to the Cybersecurity Tech Accord"
            out.append(_fact(doc, s, "signed", m, "signatory.added-name", 0.85, m.end - s.start))
    for cue in cues(_NTH_FOLLOWING, ("following", "joining", "alongside")):  # "becomes the third
        out.extend(_fact(doc, s, "signed", m, "signatory.following", 0.75, cue.end())  # Brazilian company in
                   for m in group_after(s, cue.end(), doc, max_gap=5))  # the accord, following A and B"
    for cue in cues(_PRAISED, ("prais", "thank", "applaud", "commend", "congratulat", "credit", "salut", "laud")):
        praised = group_after(s, cue.end(), doc, max_gap=3)  # "right to praise Kestrel Ridge Software for signing
        if praised and _FOR_SIGNING.match(text, praised[-1].end - s.start) \
                and not _NEGATED.search(text, 0, cue.start()):
            out.extend(_fact(doc, s, "signed", m, "signatory.praised-for", 0.8, cue.end()) for m in praised)  # the
            for why in _WHY_NOT.finditer(text, praised[-1].end - s.start):  # accord, and to ask why Orrin Data
                out.extend(_fact(doc, s, "absentFrom", m, "absent.why-not", 0.75, why.end())  # Group has not"
                           for m in group_after(s, why.end(), doc, max_gap=2)
                           if _HAS_NOT.match(text, m.end - s.start))
    for cue in cues(_SAME_TIME_AS, ("same ",)):  # "We joined the same week as Vantorq Systems": it joined too
        if not _NEGATED.search(text[:cue.start()]):
            out.extend(_fact(doc, s, "signed", m, "signatory.same-time", 0.75, cue.end())
                       for m in group_after(s, cue.end(), doc, max_gap=5))
    for cue in cues(_FELLOW, ("fellow",)):  # "merged with fellow founder Avast"
        for mention in group_after(s, cue.end(), doc, max_gap=2):
            out.append(_fact(doc, s, "signed", mention, "signatory.fellow", 0.8, cue.end()))
        subject = _fellow_subject(doc, s, cue.start())  # "Smith announced it, with fellow signatories A and B":
        if subject is not None:  # whoever they are fellows of signed too
            out.append(_fact(doc, s, "signed", subject, "signatory.fellow-subject", 0.7, cue.end()))
    for cue in cues(_FOLLOWED, ("followed",)):  # "Umoja Ledger followed in March": after a signing, it signed
        if any(f.predicate == "signed" for f in out) or _previous_signed(doc, s):
            for mention in _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=False):
                out.append(_fact(doc, s, "signed", mention, "signatory.followed", 0.75, cue.end()))
    for cue in cues(SO_DID, ("so ", "as ")):
        if any(cue.start() - 40 <= b <= cue.start() for _, b in absent_spans) and text.rfind(
                ",", 0, cue.start()) > max(a for a, _ in absent_spans):  # "it has kept its distance from the
            for mention in group_after(s, cue.end(), doc, max_gap=45):  # accord, as have Apple and Amazon"
                out.append(_fact(doc, s, "absentFrom", mention, "absent.so-did", 0.8, cue.end()))
            continue
        prior_text = doc.sentences[s.index - 1].text if s.index else ""
        if s.index and not out and cue.start() < 8 and (ABSENT_CUE.search(prior_text) or _NONE_OF.search(prior_text)):
            # "Apple and Google are among them, none of them having joined. So is Velloran Analytics, ...": out too
            out.extend(_fact(doc, s, "absentFrom", m, "absent.so-did", 0.75, cue.end())
                       for m in group_after(s, cue.end(), doc, max_gap=45))
            continue
        if any(f.predicate == "signed" for f in out) or _previous_signed(doc, s):
            prior = doc.sentences[s.index - 1] if s.index else None
            earlier = SIGN_VERB.search(prior.text) if prior is not None and not any(
                f.predicate == "signed" for f in out) else None
            # "Facebook also put its name to the Paris Call. So did Google": the Call, not the accord
            what = _object_agreement(doc, prior, earlier.end()) if prior is not None and earlier else None
            if what is None and prior is not None and earlier:  # "[the pledge's paragraph] Microsoft and IBM
                told = agreement_for(doc, prior)  # signed. So did Google": that sentence's agreement
                what = told if told != DEFAULT_AGREEMENT else None
            signed_here = [f for f in out if f.predicate == "signed" and f.object]
            if signed_here:  # "Google ... also put its name to the Paris Call, as did Kaspersky Lab": the Call too
                what = signed_here[-1].object
            colon = text.find(":", cue.end(), cue.end() + 60)  # "So did both halves of HP: HP Inc. and HPE"
            counted = _COUNTED_LEAD.match(text, cue.end())  # "as did two antivirus makers from Europe, A and B"
            start = colon + 1 if colon != -1 else counted.end() if counted else cue.end()
            listed = group_after(s, start, doc, max_gap=60)
            if colon != -1 and listed:  # "So did the plumbers: A and B build routers, while C and D sit ...": each
                listed = [m for g in groups(s, [m for m in candidates(doc, s) if m.start - s.start > colon], doc)
                          if any(m.kind == "ORG" for m in g) for m in g]  # group the colon's clauses open with
            for mention in listed:
                out.append(_fact(doc, s, "signed", mention, "signatory.so-did", 0.8, cue.end(), agreement=what))
    if any(f.predicate == "absentFrom" for f in out):
        did = _ELLIPTIC_DID.search(text)  # "None of A, B and C put its name to it, although X and Y did."
        if did:
            did_name = [m for m in candidates(doc, s) if did.start() <= m.start - s.start < did.start("verb")]
            out.extend(_fact(doc, s, "signed", m, "signatory.elliptic", 0.75, did.end()) for m in did_name
                       if not m.possessive)
    opening_not = _ELLIPTIC_NOT_OPEN.match(text) if " not" in text or "n't" in text or "n’t" in text else None
    elliptic_open = opening_not is not None and _previous_signed(doc, s)
    if opening_not and elliptic_open:  # "SAP signed. Siemens and Deutsche Telekom are not, and ..."
        out.extend(_fact(doc, s, "absentFrom", m, "absent.elliptic", 0.8, opening_not.end())
                   for m in group_before(s, opening_not.start("verb"), doc, start=0))
    if out and any(f.predicate == "signed" for f in out):
        for elliptic in _ELLIPTIC_NOT.finditer(text):  # "A and B are among the signers; C, D and E are not."
            before_not = group_before(s, elliptic.start("verb"), doc)
            if before_not and before_not[-1].end - s.start > elliptic.start() and _ADVERBS_ONLY.fullmatch(
                    text, before_not[-1].end - s.start, elliptic.start("verb")):  # not "Five are signatories — A and
                out.extend(_fact(doc, s, "absentFrom", m, "absent.elliptic", 0.8, elliptic.end())  # B — and six are
                           for m in before_not)  # not": the verb's subject is the count
    for either in _NOT_EITHER.finditer(text) if "either" in low else ():  # "Apple didn't sign. Google didn't either."
        if ABSENT_CUE.search(text, 0, either.start()) or (s.index > 0 and ABSENT_CUE.search(
                doc.sentences[s.index - 1].text)):
            for mention in group_before(s, either.start(), doc):
                out.append(_fact(doc, s, "absentFrom", mention, "absent.not-either", 0.8, either.end()))
    for m in doc.in_sentence(s.index, "ORG"):  # "Facebook's signature is likely to raise eyebrows"
        if m.possessive and _SIGNATURE_AFTER.match(doc.text, m.end) and not _NEGATED_ANYWHERE.search(text):
            out.append(_fact(doc, s, "signed", m, "signatory.signature", 0.75, m.end - s.start))
    for cue in cues(_ONE_OF_THEM, ("them",)):  # "34 companies signed it, and Microsoft ... is one of them"
        after_count = s.index > 0 and cue.start() < 40 and bool(_COUNTS_MEMBERS.search(doc.sentences[s.index - 1].text))
        # "Smaller firms signed too. Guardtime, an Estonian company ..., was among them"
        after_signing = s.index > 0 and _previous_signed(doc, s) and not _NEGATED_ANYWHERE.search(
            doc.sentences[s.index - 1].text) and not _NEGATED_ANYWHERE.search(text)
        if (SIGN_VERB.search(text, 0, cue.start()) or after_count or after_signing) \
                and not _NEGATED.search(text[:cue.start()]):
            for mention in _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=False):
                out.append(_fact(doc, s, "signed", mention, "signatory.one-of-them", 0.8, cue.end()))
    for neither in _NEITHER_IS.finditer(text) if "nor" in low or "neither" in low else ():  # "..., and nor is X"
        prior = next((p for p in reversed(doc.sentences[max(0, s.index - 3):s.index]) if not p.chrome), None)
        previous = prior.text if prior is not None else ""
        chained: set[int] = doc.cache.setdefault("neither_absent", set())  # type: ignore[assignment]
        before = ABSENT_CUE.search(text, 0, neither.start()) or ABSENT_CUE.search(previous) or (
            elliptic_open) or (
            _NEITHER_IS.match(previous) and prior is not None and prior.index in chained) or (  # "Apple isn't on
            _NONE_OF_THE_N.search(previous))  # it. Neither is Google. Neither is Amazon."; "Neither company signed.
        if before:  # Nor did Amazon." (not "A and B are not the second tier. Neither is C. Neither is D.")
            nor_named = group_after(s, neither.end(), doc, max_gap=45)  # "nor has the Chinese maker Huawei"
            if not nor_named:  # "Nor are two of the world's three biggest smartphone makers, Samsung and Huawei"
                nor_named = group_after(s, neither.end(), doc, max_gap=90)
                if nor_named and not text[neither.end():nor_named[0].start - s.start].rstrip().endswith(","):
                    nor_named = []
            for mention in nor_named:
                out.append(_fact(doc, s, "absentFrom", mention, "absent.neither-is", 0.8, neither.end()))
                chained.add(s.index)
    if " nor " in text and low.startswith("neither ") and any(f.predicate == "absentFrom" for f in out):
        for nor in _BARE_NOR.finditer(text):  # "Neither has Apple, which employs 6,000 in Cork, nor Amazon, which ..."
            out.extend(_fact(doc, s, "absentFrom", m, "absent.neither-nor", 0.8, nor.end())
                       for m in group_after(s, nor.end(), doc, max_gap=45))
    for cue in cues(_AND_OTHERS, ("other",)):  # "Microsoft and 33 other companies", "it and 33 other companies"
        if _NEGATED.search(text[:cue.start()]) or not (_ACCORD_REFERENCE.search(text) or SIGN_VERB.search(text)):
            continue
        names_here = candidates(doc, s)
        right_before = [m for m in names_here if 0 <= cue.start() - (m.end - s.start) <= 1]
        if right_before and right_before[0].kind in ("ORG", "NAME"):  # "Microsoft, Facebook and 32 other companies"
            closest = right_before[0]
            right_before = next((g for g in groups(s, names_here, doc) if closest in g), right_before)
        for mention in right_before or _subjects(doc, s, cue.start(), cue.end(), regions, allow_after=False,
                                                 anaphora=True)[-1:]:  # "which Microsoft and 33 others launched"
            out.append(_fact(doc, s, "signed", mention, "signatory.and-others", 0.8, cue.end(),
                             anaphoric=mention.sentence != s.index))
    if any(f.predicate == "signed" and f.rule in ("signatory.verb", "signatory.membership", "signatory.list")
           for f in out) or (" alongside " in text and (_N_FOUNDED.search(text) or _PART_OF_PLEDGE.search(text))):
        for cue in _ALONGSIDE.finditer(text):  # "When 34 companies launched the pact, ... — Microsoft, which
            # convened the group, alongside Facebook, Cisco and Oracle among others"
            region = inside(cue.start(), regions)
            if region is not None and not SIGN_VERB.search(text, region[0], region[1]) and not (
                    _MEMBERSHIP_WORDS.search(text, region[0], region[1])):
                continue  # "Harlow Fibre Networks, which was shortlisted alongside Pellinor for the framework,"
            listed = group_after(s, cue.end(), doc, max_gap=45)  # "alongside the Swiss group ABB"
            and_of = _AND_OF_MORE.match(text, listed[-1].end - s.start) if listed else None
            if and_of:  # "next to those of American heavyweights such as A and B, and of European groups that
                listed = listed + group_after(s, and_of.end(), doc, max_gap=20)  # included C and D"
            for mention in listed:
                out.append(_fact(doc, s, "signed", mention, "signatory.alongside", 0.8, cue.end()))
    counted_aside = _N_COMPANIES_DASHED.search(text) if ("—" in text or "–" in text or "(" in text) and has_any(
        text, _COUNTED_NOUN_STEMS) else None
    named_in = 1 if counted_aside and counted_aside.group(1) else 2
    if counted_aside and (SIGN_VERB.search(text) or "together" in counted_aside.group(0) or "found" in
                          counted_aside.group(0)) and not _NEGATED_ANYWHERE.search(text):
        # "Microsoft got thirty-four companies together — A, B, the Finnish firm C, and a bunch of others — and
        # they signed"; "launched by 34 founding companies (among them A, B and C)"
        out.extend(_fact(doc, s, "signed", m, "signatory.counted-aside", 0.75, counted_aside.end())
                   for m in candidates(doc, s) if counted_aside.start(named_in) <= m.start - s.start
                   < counted_aside.end(named_in) and m.kind in ("ORG", "NAME"))
    members_aside = _MEMBERS_AMONG_ASIDE.search(text) if "among them" in text and not out else None
    if members_aside and not _NEGATED_ANYWHERE.search(text, 0, members_aside.start()):
        # "Several of our members — Microsoft and FireEye among them — helped expose it"
        out.extend(_fact(doc, s, "signed", m, "signatory.members-among-them", 0.75, members_aside.end())
                   for m in candidates(doc, s) if members_aside.start(1) <= m.start - s.start < members_aside.end(1)
                   and m.kind in ("ORG", "NAME"))
    with_among = _WITH.search(text) if " among " in text and not out else None
    if with_among and _MEMBERSHIP_WORDS.search(text, 0, with_among.start()) and not _NEGATED_ANYWHERE.search(text):
        # "Its original 34 members came mostly from Europe, with Cisco and Nokia among the better-known names, and
        # Japan's Trend Micro as the lone Asian company."
        listed = group_after(s, with_among.end(), doc, max_gap=0)
        among = _AMONG_NAMES.match(text, listed[-1].end - s.start) if listed else None
        if among:
            last = group_after(s, among.end() + 6, doc, max_gap=20) if text.startswith(", and ", among.end()) else []
            if last and re.match(r"\s+as\s+(?:the|a|an)\b", text[last[-1].end - s.start:]):
                listed = listed + last
            out.extend(_fact(doc, s, "signed", m, "signatory.with-among", 0.75, with_among.end()) for m in listed)
    not_among = _NOT_AMONG_THEM.search(text) if "among them" in text or "one of them" in text else None
    if not_among and s.index > 0 and not out and (_MEMBERSHIP_WORDS.search(doc.sentences[s.index - 1].text)
                                                  or _N_COMPANIES.search(doc.sentences[s.index - 1].text)):
        # "None of the 34 is headquartered in Canada. BlackBerry, the Waterloo company, is not among them."
        out.extend(_fact(doc, s, "absentFrom", m, "absent.not-among-them", 0.75, not_among.end())
                   for m in _subjects(doc, s, not_among.start(), not_among.end(), regions, allow_after=False))
    counted = _N_OF_ITS_MEMBERS.search(doc.sentences[s.index - 1].text) if s.index and not out else None
    if counted and not _NEGATED_ANYWHERE.search(doc.sentences[s.index - 1].text):  # "Researchers at two of its
        opening = group_after(s, 0, doc, max_gap=0)  # members went further. Bitdefender and F-Secure, in a joint
        if len(opening) == _COUNT.get(counted.group(1).lower(), 0) and all(m.kind == "ORG" for m in opening):
            out.extend(_fact(doc, s, "signed", m, "signatory.counted-members", 0.7, 0) for m in opening)  # report..."
    came = _FROM_X_CAME.match(text) if " came " in text or " come " in text else None
    if came and s.index > 0 and not out and _previous_signed(doc, s):  # "From Britain came BT and Arm, and from
        out.extend(_fact(doc, s, "signed", m, "signatory.from-came", 0.75, came.end())  # Spain Telefonica."
                   for m in group_after(s, came.end(), doc, max_gap=40))
    verb_first = _FROM_X_SIGNED.match(text) if not came and text[:5].lower() in ("from ", "also ", "likew") else None
    if verb_first and s.index > 0 and not out and _previous_signed(doc, s):  # "Also signed the British operator
        out.extend(_fact(doc, s, "signed", m, "signatory.from-came", 0.75, verb_first.end())  # BT, the designer
                   for m in candidates(doc, s) if m.start - s.start >= verb_first.end() and m.kind == "ORG")  # of
        # chips Arm and ...": every company after the verb (each with its description)
    none_of = _NONE_OF_THOSE.match(text) if s.index > 0 and not out else None
    if none_of and (_MEMBERSHIP_WORDS.search(text) or SIGN_VERB.search(text)):  # "Siemens ... signed by A, B and C.
        before_s = doc.sentences[s.index - 1]  # None of those companies features among the signatories."
        named = [g for g in groups(before_s, candidates(doc, before_s), doc) if len(g) >= 2]
        out.extend(_fact(doc, s, "absentFrom", m, "absent.none-of-those", 0.7, none_of.end(), anaphoric=True)
                   for m in (named[-1] if named else []))
    others = _THE_OTHERS.match(text) if "other" in low or "mong th" in text or "include" in text else None
    is_one = _IS_ONE.search(text) if not out and s.index and text.endswith("one.") else None
    previous_text = doc.sentences[s.index - 1].text if is_one else ""
    if is_one and _OF_THEM.search(previous_text) and (_MEMBERSHIP_WORDS.search(previous_text)
                                                      or _N_COMPANIES.search(previous_text)):
        opening = group_after(s, 0, doc, max_gap=0)  # "The pact has 34 founding members, and two of them have roots
        if opening and opening[0].start == s.start:  # in the region. Arm, whose designs are everywhere, is one."
            out.extend(_fact(doc, s, "signed", m, "signatory.is-one", 0.7, is_one.start())
                       for m in opening if m.end - s.start <= is_one.start())
    among_those = _AMONG_THOSE.match(text) if text[:13].lower() == "among those w" and s.index and (
        _MEMBERSHIP_WORDS.search(doc.sentences[s.index - 1].text)) else None
    others = others or among_those
    including = _THE_COMPANIES_INCLUDING.search(text) if "includ" in text and not others else None
    if including and including.start() > 0 and not (_ACCORD_REFERENCE.search(text) or _previous_signed(doc, s)
                                                    or _N_FOUNDED.search(text, 0, including.end())):
        including = None  # "when 34 companies led by X and including A, B launched it": the founders
    others = others or including or (
        _OF_THE_FOUNDERS.match(text) if text[:3] in ("Of ", "Among") else None)  # "Of the founders, only X had"
    mid_sentence = (including is not None and others is including and (
        including.start() > 0 or bool(_N_FOUNDED.match(text)))) or (
        among_those is not None and others is among_those)
    on_it = _ON_IT.search(text) if not out and "on it" in text and s.index else None
    if on_it and _LIST_NOUN.search(doc.sentences[s.index - 1].text) and not _NEGATED.search(text[:on_it.start()]):
        # "The roster mixes household names with firms nobody knows. A, B and C are on it, as are D and E."
        out.extend(_fact(doc, s, "signed", m, "signatory.on-it", 0.75, on_it.end())
                   for m in group_before(s, on_it.start(), doc, start=0))
        as_are = SO_DID.match(text, on_it.end() + 2) if text[on_it.end():on_it.end() + 2] in (", ", "; ") else None
        # ("A and B were on it; so were C and D, the security houses E and F, and the carriers G and H")
        if as_are:
            out.extend(_fact(doc, s, "signed", m, "signatory.on-it", 0.75, on_it.end())
                       for m in group_after(s, as_are.end(), doc, max_gap=40))
    names_lead = _NAMES_COLON.match(text) if not out and "names" in text and s.index else None
    if names_lead and any(_LIST_TALK.search(o.text) for o in doc.sentences[max(0, s.index - 3):s.index]) \
            and not any(ABSENT_CUE.search(o.text) for o in doc.sentences[max(0, s.index - 2):s.index]):
        # "The list is what people looked at. HELENA: Always. So, the obvious names: Microsoft, Facebook, Oracle."
        out.extend(_fact(doc, s, "signed", m, "signatory.names-colon", 0.7, names_lead.end())
                   for m in group_after(s, names_lead.end(), doc, max_gap=10))
    counted_list = _COUNTED_NAMES.match(text) if not out and ":" in text else None
    if counted_list:  # "Three telecoms-minded names broaden the list beyond Silicon Valley: BT, Telefonica and
        listed = group_after(s, counted_list.end(), doc, max_gap=50)  # the Finnish maker Nokia": as many names
        if len(listed) == _COUNT.get(counted_list.group(1).lower()) and not _NEGATED_ANYWHERE.search(text):
            out.extend(_fact(doc, s, "signed", m, "signatory.counted-names", 0.75, counted_list.end()) for m in listed)
    rest = _THE_REST.match(text) if text.lstrip("0123456789/ ")[:8].lower() in ("the rest", "and the ") else None
    if rest and not out and any(_previous_signed(doc, doc.sentences[i]) for i in range(max(1, s.index - 3),
                                                                                      s.index + 1)):
        # "... joined alongside CA. [...] The rest is an eclectic group: Facebook; Microsoft's own LinkedIn; ..."
        out.extend(_fact(doc, s, "signed", m, "signatory.the-rest", 0.75, rest.end())
                   for m in colon_items(doc, s, rest.end() - 1, colon=rest.end() - 1)
                   or group_after(s, rest.end(), doc, max_gap=50))
    if others and s.index > 0 and not out and (_previous_signed(doc, s) or mid_sentence or (
            text[:5] == "Among" and (_N_COMPANIES.search(doc.sentences[s.index - 1].text) or _NEW_MEMBERS.search(
                doc.sentences[s.index - 1].text)))):  # "... joined with two
        # others. The others include A and B."
        listed = group_after(s, others.end(), doc, max_gap=50)[:1 if _ONE_OTHER.match(text) else None]
        if listed and ";" in text[listed[-1].end - s.start:]:  # "Others were less familiar - DataStax, a database
            listed = semicolon_items(doc, s, others.end()) or listed  # company; Guardtime, an Estonian firm; ..."
        listed = listed + _more_such_as(doc, s, listed)
        if listed and others.re is _THE_OTHERS and others.group("besides"):  # "Besides Microsoft they include A"
            listed = [m for m in candidates(doc, s) if m.start - s.start == others.start("besides")] + listed
        if listed and _BRACKETED_GROUPS.search(text, others.end()):  # "They included network equipment makers
            regions_here = relative_regions(text)  # (Cisco, Juniper Networks, Nokia), security vendors (Avast,
            listed = [m for m in candidates(doc, s) if m.start - s.start >= others.end() and m.kind in (  # ...)":
                "ORG", "NAME") and not inside(m.start - s.start, regions_here)]  # every group, by sector
        out.extend(_fact(doc, s, "signed", m, "signatory.the-others", 0.75, others.end()) for m in listed)
    those = _THOSE_WERE.match(text) if not out and s.index and text[:5].lower() in ("those", "they ", "these") \
        else None
    if those and _FOUNDERS_WORD.search(doc.sentences[s.index - 1].text):  # "We were not one of the 34 founding
        out.extend(_fact(doc, s, "signed", m, "signatory.those-were", 0.75, those.end())  # signatories. Those were
                   for m in group_after(s, those.end(), doc, max_gap=5))  # the April group, names like A, B"
    alongside = _THEY_ALONGSIDE.match(text) if "alongside" in text else None
    if alongside and s.index > 0 and _previous_signed(doc, s):  # "They sit alongside Microsoft itself, A and B"
        listed = group_after(s, alongside.end(), doc, max_gap=10)
        if listed:
            more = group_after(s, listed[-1].end - s.start, doc, max_gap=40)  # ", American giants including C, D"
            listed += [m for m in more if m not in listed]
        out.extend(_fact(doc, s, "signed", m, "signatory.alongside", 0.75, alongside.end()) for m in listed)
    did_too = _DID_TOO.search(text) if has_any(text, (" too", "as well", " also")) else None
    if did_too and s.index > 0 and not out and not _NEGATED_ANYWHERE.search(text[:did_too.start(1)]) \
            and _previous_signed(doc, s):
        # "LinkedIn signed on day one. GitHub did too, weeks before Microsoft agreed to buy it."
        out.extend(_fact(doc, s, "signed", m, "signatory.did-too", 0.75, did_too.end())
                   for m in group_before(s, did_too.start(1), doc, start=0))
    semi = text.rfind("; ") if out and not did_too and has_any(text, (" too", "as well", " also")) \
        and not _NEGATED_ANYWHERE.search(text) else -1
    later = _DID_TOO.match(text[semi + 2:]) if semi > 0 else None
    if later and any(f.predicate == "signed" and f.sentence is s for f in out):  # "Symantec, FireEye and Trend
        at = semi + 2  # Micro signed; Avast and Tenable did too."
        out.extend(_fact(doc, s, "signed", m, "signatory.did-too", 0.75, at + later.end())
                   for m in group_before(s, at + later.start(1), doc, start=at))
    joins_on = _JOIN_ON_LIST.search(text) if " on the " in text and "join" in text else None
    if joins_on and not out and not _NEGATED.search(text, 0, joins_on.start()):
        joined = [m for m in candidates(doc, s) if m.kind == "ORG"  # "Finland's Nokia, Germany's SAP and Spain's
                  and 0 <= m.start - s.start - joins_on.end() <= 45][:1]
        if joined and _ON_THE_LIST.match(text, joined[-1].end - s.start):  # Telefonica join Swiss-Swedish group
            out.extend(_fact(doc, s, "signed", m, "signatory.join-on-list", 0.8, joins_on.end())  # ABB on the list"
                       for m in group_before(s, joins_on.start(), doc, start=0) + joined)
    behalf = _ON_BEHALF.search(text) if "behalf of" in text else None
    if behalf and not _NEGATED.search(text, 0, behalf.start()):  # "Joaquín Serrat signed on behalf of Telefonica
        out.extend(_fact(doc, s, "signed", m, "signatory.on-behalf", 0.8, behalf.end())  # in 2018": the company did
                   for m in candidates(doc, s) if m.start - s.start == behalf.end() and m.kind in ("ORG", "NAME"))
    ranged = _COMPANIES_RANGED.search(text) if " from " in text and (
        "rang" in text or "join" in text or " ran " in text or "span" in text or "stretch" in text
        or " went " in text) else None
    if ranged:  # "The 34 companies that answered him ranged from the chip designer Arm and the Finnish maker Nokia
        out.extend(_fact(doc, s, "signed", m, "signatory.ranged", 0.8, ranged.end())  # to the payments firm Stripe"
                   for m in candidates(doc, s) if m.start - s.start >= ranged.end() and (
                       m.kind == "ORG" or (m.kind == "NAME" and " " in m.text and not m.possessive)))
    peers = _JOINS_PEERS.search(text) if "join" in text and ("peers" in text or "rivals" in text or (
        "competitors" in text or "neighbo" in text)) else None
    if peers and not _NEGATED.search(text, 0, peers.start()):
        peer_names = group_after(s, peers.end(), doc, max_gap=5)  # "Corvalis joins networking peers Juniper
        if peer_names and _BOTH_MEMBERS.match(text, peer_names[-1].end - s.start):  # Networks and Cisco, both
            joiner = group_before(s, peers.start(), doc, start=0)[-1:]  # founding signatories": they are members,
            out.extend(_fact(doc, s, "signed", m, "signatory.joins-peers", 0.75, peers.end())  # and so is the one
                       for m in joiner + peer_names if not any(f.subject == m.key for f in out))  # joining them
    so_was = _SO_WAS.match(text)
    if so_was and s.index > 0 and not out and not _NEGATED_ANYWHERE.search(text) and _previous_signed(doc, s):
        # "X was a founder. So was Cisco."
        out.extend(_fact(doc, s, "signed", m, "signatory.so-was", 0.75, so_was.end())
                   for m in group_after(s, so_was.end(), doc, max_gap=10))
    one_of = _ONE_OF_THEM_OPENS.match(text) if not out and s.index > 0 else None
    if one_of:  # "Nordic firms have joined since. One of them, the Swedish cloud provider Vallenby Cloud, said ..."
        previous = " ".join(o.text for o in doc.sentences[max(0, s.index - 2):s.index]) \
            if re.sub(r"^\W+", "", one_of.group(0)).lower().startswith("the") else doc.sentences[s.index - 1].text
        predicate = "absentFrom" if ABSENT_CUE.search(previous) else "signed" if _previous_signed(doc, s) else None
        several = not re.sub(r"^\W+", "", one_of.group(0)).lower().startswith(("one", "another", "the"))
        if predicate is not None:
            out.extend(_fact(doc, s, predicate, m, "example.one-of-them", 0.7, one_of.end())
                       for m in group_after(s, one_of.end(), doc, max_gap=50)[:None if several else 1])
    if not out and _EXAMPLE.search(text) and s.index > 0:
        out.extend(_example_of_previous(doc, s))
    definite = _DEFINITE_MEMBER.match(text) if not out and s.index > 0 else None
    if definite:  # "FireEye's story is more tangled still. The founding signatory sold its products business ..."
        prior = doc.sentences[s.index - 1]
        orgs = doc.in_sentence(prior.index, "ORG")
        if prior.block.paragraph == s.block.paragraph and not prior.chrome and len({m.key for m in orgs}) == 1 \
                and not _NEGATED_ANYWHERE.search(prior.text):
            out.append(_fact(doc, s, "signed", orgs[0], "signatory.definite", 0.6, definite.end(), anaphoric=True))
    if not out and _MEMBERSHIP_WORDS.search(text) and _ACCORD_REFERENCE.search(text) \
            and not _HYPOTHETICAL.search(text) and not _NEGATED_ANYWHERE.search(text) \
            and not _BY_A_MEMBER.search(text) and not _PLURAL_HEAD_CLAUSE.search(text) \
            and not any(not _OF_ACCORD.match(text, m.end()) for m in _MEMBERS_OF.finditer(text)):
        out.extend(_sentence_fallback(doc, s))
    return _dedupe(out)


#: "The founding signatory sold ...": a definite description that points back at the company just named.
_DEFINITE_MEMBER = re.compile(r"\W*The\s+(?:founding\s+|original\s+|new\s+|newest\s+|latest\s+)?(?:signatory|"
                              r"founding\s+member|newcomer)\s+(?-i:[a-z])")
_FELLOW = Cue(r"\bfellow\s+(?:founders?|founding\s+(?:members?|signator(?:y|ies))|signator(?:y|ies)|accord\s+members?)"
              r"\s+(?=(?-i:[A-Z]))")
_COUNTED_LEAD = re.compile(rf"\s*(?:{_NUMBER}|both)\s+(?-i:[a-z][\w-]*)(?:\s+[\w'’-]+){{0,7}}?,\s+", re.I)
_AND_OTHERS = Cue(rf"\b(?:(?:and|plus|along\s+with)\s+|(?:rounding|rounded|rallying|rallied|bringing|brought|"
                  rf"enlisting|enlisted|joining|joined)\s+(?:up\s+|together\s+|with\s+)?)"
                  rf"{_NUMBER}\s+other\s+(?:[\w-]+\s+){{0,4}}?(?:companies|firms|"
                  r"organi[sz]ations|businesses|signatories|partners|vendors|providers)\b")
_MEMBERSHIP_WORDS = Cue(r"\b(?:signator(?:y|ies)|members?|signed|joined|joins|signs|founders?|roster)\b")
_ACCORD_REFERENCE = re.compile(r"\b(?:accord|pact|pledge|signator(?:y|ies)|Tech\s+Accord)\b", re.I)
_MEMBERS_OF = re.compile(r"\bmembers?\s+of\b", re.I)
_NEGATED_ANYWHERE = Cue(r"\b(?:not|never|n[’']t|neither|nor|no|outside|absent|missing|declined|refused|"
                        r"rather\s+than|instead\s+of)\b")


_BESIDES_ASIDE = re.compile(r"\w+,\s+(?:besides|alongside|apart\s+from|aside\s+from|in\s+addition\s+to)\s+([^,;]+)",
                            re.I)
_NEXT_BY = re.compile(r"\s*(?:[–—-]\s*[^–—;.]{1,80}?[–—]\s*)?,?\s*(?:and\s*,?\s*)?(?:[^,;.]{1,40},\s*)?"
                      r"by\s+(?:the\s+)?")  # ", and, on the European side, by ..."


def _by_chain(doc: Doc, s: Sentence, pos: int) -> list[Mention]:
    """The agents after the first of a passive's 'by' phrases: ", by the computer makers Dell and HP, by Oracle"."""
    out: list[Mention] = []
    while True:
        step = _NEXT_BY.match(s.text, pos)
        if step is None:
            return out
        found = group_after(s, step.end(), doc, max_gap=80)
        if not found or re.search(r"[;.]", s.text[step.end():found[0].start - s.start]):
            return out
        out.extend(found)
        pos = found[-1].end - s.start


def _sentence_fallback(doc: Doc, s: Sentence) -> list[Fact]:
    """A sentence about membership that no rule read: its organisations in coordinated groups of two or more
    (a list is how texts name members) are signatories, with a low confidence."""
    regions = relative_regions(s.text)
    found = [m for m in candidates(doc, s) if not inside(m.start - s.start, regions)
             and m.cls not in ("NewsOutlet", "GovernmentBody")]
    out: list[Fact] = []
    for group in groups(s, found, doc):
        if len(group) >= 2 and any(m.kind == "ORG" for m in group):
            out.extend(_fact(doc, s, "signed", m, "signatory.sentence", 0.5, 0) for m in group)
    return out


def after_colon(doc: Doc, s: Sentence, pos: int, reach: int, plain: bool = False) -> list[Mention]:
    """The names right after a colon within ``reach`` characters of ``pos`` ("... signed: A and B"); with
    ``plain``, only plain words may stand before the colon ("signed in numbers too: A, B and C")."""
    colon = s.text.find(":", pos, pos + reach)
    if colon == -1 or (plain and (not re.fullmatch(r"[\s\w,-]*", s.text[pos:colon]) or any(
            pos <= m.start - s.start < colon for m in doc.by_sentence.get(s.index, []) if m.kind != "AGREEMENT"))):
        return []
    return group_after(s, colon + 1, doc)


_OPENING_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")


def _between_dashes(doc: Doc, s: Sentence, pos: int) -> list[Mention]:
    """'Several of our vendors are founding signatories - A, B, C and D - and so is E': the names set off by
    dashes right after ``pos``, when a dash closes them."""
    dash = _OPENING_DASH.match(s.text, pos)
    if dash is None:
        return []
    named = group_after(s, dash.end(), doc)
    close = _OPENING_DASH.match(s.text, named[-1].end - s.start) if named else None
    return named if close is not None else []


def semicolon_items(doc: Doc, s: Sentence, pos: int) -> list[Mention]:
    """'Among those joining were A, a Manchester firm; B, a Swedish operator; and C': the first name of each
    semicolon-separated item right after ``pos``."""
    if s.text.count(";", pos) < 1 or s.text.find(";", pos) - pos > 200:
        return []
    return colon_items(doc, s, pos, colon=pos - 1)


def colon_items(doc: Doc, s: Sentence, pos: int, colon: int | None = None) -> list[Mention]:
    """The names of a semicolon list after a colon that follows ``pos`` closely:
    'joined the accord on Wednesday: A, a Madrid start-up; B of Toronto; the Indian group C; and D.'"""
    if colon is None:
        colon = s.text.find(":", pos, pos + 80)
    if colon == -1 or s.text.count(";", colon) < 1:
        return []
    out = []
    offset = colon + 1
    regions = [r for r in relative_regions(s.text) if not r[0] <= pos < r[1]]  # "Dell, which absorbed EMC's large
    # site at Ovens in Co Cork": not Ovens (but "The signatories, who include A, B and C": the clause's own list)
    for segment in s.text[colon + 1:].split(";"):
        lo, hi = s.start + offset, s.start + offset + len(segment)
        offset += len(segment) + 1
        found = [m for m in candidates(doc, s, initial=True) if lo <= m.start and m.end <= hi
                 and not inside(m.start - s.start, regions)]
        orgs = [m for m in found if m.kind == "ORG"] or found
        if orgs:  # the item's first name, with the names coordinated with it ("hardware makers Dell, HP and HPE")
            out.extend(next((g for g in groups(s, found, doc) if orgs[0] in g), [orgs[0]]))
    return out if len(out) >= 2 else []


_ACCORD_MEMBERS_LEAD = re.compile(r"^\W*(?:[a-z]+(?:-[a-z]*)?\s+)?(?:tech\s+)?(?:accord|pact)(?:['’]s)?\s+"
                                  r"(?:members|signatories)\b", re.I)  # "Several accord members", "Fellow pact members"
_NAMES_IN_BRACKETS = re.compile(r"(?:[\w-]+\s+){0,5}?\(([^()]{3,200})\)")
_ITEM_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_INCLUDES_END = re.compile(r"\b(?:include[sd]?|including)(?:,\s*among\s+others\s*,)?\s*$", re.I)
_ITEM_QUALIFIER = re.compile(r"\s+(?:from|in|on|for|across)\s+(?:the\s+)?(?-i:[a-z])[\w\s-]*$")


def described_items(doc: Doc, s: Sentence, pos: int, *, colon: bool = True) -> list[Mention]:
    """The names of a comma list after a colon that follows ``pos`` closely, each item ending with its one name:
    'Other European names among the signatories: the Finnish network equipment supplier Nokia and the security
    specialist F-Secure, also from Finland, the Swiss-Swedish electrical engineering group ABB, the British BT and
    the chip designer Arm.'; '...: Cisco and Juniper from the networking world, Oracle and SAP from enterprise
    software, ...' (an item with no name, of four words or fewer, is an aside about the one before). With
    ``colon=False`` the list starts at ``pos`` itself ("the list includes, among others, the German SAP, ..., the
    chip designer Arm, also British, the Japanese antivirus firm Trend Micro, ...")."""
    colon_at = s.text.find(":", max(0, pos - 3), pos + 80) if colon else pos - 1  # (the cue may end with the colon)
    if colon_at == -1 or ";" in s.text[colon_at:]:
        return []
    regions = relative_regions(s.text)
    names = [m for m in candidates(doc, s, initial=True) if m.start - s.start > colon_at and m.kind in (
        "ORG", "NAME")
             and not inside(m.start - s.start, regions)]
    out: list[Mention] = []
    start = colon_at + 1
    for separator in [*_ITEM_SEPARATOR.finditer(s.text, colon_at + 1), None]:
        end = separator.start() if separator else len(s.text)
        item = s.text[start:end].rstrip(" .!")
        here = [m for m in names if start <= m.start - s.start and m.end - s.start <= end]
        qualifier = _ITEM_QUALIFIER.search(item)  # "Dell and HP Inc from hardware": where the last ones come from
        if qualifier and here and here[-1].end - s.start <= start + qualifier.start():
            item = item[:qualifier.start()]
        start = separator.end() if separator else end
        if not here:
            if len(item.split()) > 4:
                break  # the list has ended
            continue
        if len(here) > 1 or not item.endswith(here[0].text):
            break  # an item that is not one name at its end: not this kind of list
        out.append(here[0])
    return out if len(out) >= 3 else []


def _example_of_previous(doc: Doc, s: Sentence) -> list[Fact]:
    """'Some competitors have not joined. Vodafone, for example.': the example shares the claim before it."""
    previous = doc.sentences[s.index - 1]
    if previous.block.paragraph != s.block.paragraph and previous.block.kind != "text":
        return []
    predicate = "absentFrom" if ABSENT_CUE.search(previous.text) else (
        "signed" if SIGN_VERB.search(previous.text) or LIST_CUE.search(previous.text) else None)
    if predicate is None:
        return []
    group = group_before(s, _EXAMPLE.search(s.text).start(), doc, start=0)  # type: ignore[union-attr]
    return [_fact(doc, s, predicate, m, "example.of-previous", 0.7, 0) for m in group]


_TABLE_HEADERS = frozenset("Company Companies Name Organization Organisation Member Members Signatory Firm Vendor "
                           "Vendors Supplier Suppliers Provider Providers".split())


#: A lead-in that ends by pointing at what follows: "... are set out below.", "... are as follows."
_LIST_HEADING = re.compile(r"\W*(?:(?:logo\s+wall|the\s+list|roll\s+call|line-?up|RQ\d)\s*[:–—-]\s*)?"  # "Logo wall:
                           # founding signatories (34)", "RQ1 — Founding cohort (n = 34)"
                           r"(?:who\s+signed|who(?:['’]s|\s+is|\s+are)\s+in|"
                           r"(?:also\s+|newly\s+|just\s+)?join(?:ing|ed)(?:\s+(?:in\s+)?(?:this|the|that)\s+(?:latest\s+)?"
                           r"(?:round|wave|cohort|batch|intake|week|month|quarter|year))?|"  # "Joining in this round"
                           r"(?:signing|signed)\s+(?:in\s+)?(?:this|the|that)\s+(?:latest\s+)?(?:round|wave|cohort|batch|"
                           r"intake|week|month|quarter|year)|"  # (and "The 34 founding signatories":)
                           r"(?:among\s+)?(?:the\s+(?:(?:\d{1,3}|[a-z]+ty(?:-[a-z]+)?)\s+)?)?"
                           r"(?:(?:selected|some|notable|key|prominent|major|leading|"
                           r"well-known|big-name)\s+)?"
                           r"(?:signatories|signers|founding\s+(?:members|signatories|cohort)|founders|members|roster|"
                           r"(?:new|newest|latest)\s+(?:members|signatories))"
                           r"|(?:[\w-]+\s+){0,4}?(?:companies|firms|organi[sz]ations)\s+(?:that|which|who)\s+(?:have\s+)?"
                           r"(?:joined|signed)(?:\s+(?:later|since|up|in\s+\d{4}|since\s+\d{4}|after\s+\w+))?)"
                           r"(?:,\s+(?:\w+\s+)?\d{4}|,?\s+by\s+(?:region|country|sector|industry|line\s+of\s+business)|"
                           r"\s+in\s+\d{4}|\s+on\s+\w+day|\s+(?:this|last)\s+(?:week|month|year))?"
                           r"(?:\s*\((?:n\s*=\s*)?\d{1,3}\))?\s*:?\s*$",
                           re.I)  # "Selected founding signatories, April 2018", "NEW SIGNATORIES BY REGION",
# "WHO SIGNED ON TUESDAY"
_ABSENT_HEADING = re.compile(r"\W*(?:who(?:\s+(?:is|are)|['’]s)\s+(?:still\s+)?(?:missing|out|"
                             r"not(?:\s+on\s+(?:the\s+)?(?:wall|list|roster|it))?)|who\s+(?:didn['’]t|did\s+not|"
                             r"stayed\s+out|(?:hasn|haven)['’]t(?:\s+signed)?)|(?:the\s+)?(?:holdouts|absentees|"
                             r"missing|notable\s+absences|conspicuous\s+absences|(?:notable\s+|prominent\s+)?"
                             r"non-?signatories|non-?members))\s*\??:?\s*$", re.I)
#: Where the names an item opens with end: an aside in brackets, a dash, a colon.
def _city_slot(doc: Doc, s: Sentence, second: Mention, cut: int) -> bool:
    """Is ``second`` (a word no dictionary types, between ', ' after an item's name and the dash at ``cut``) where
    the neighbouring items name their towns: 'Halvard Data AS, Bergen - backup' beside 'Quintessa Cloud, Lisbon -
    hosting'?"""
    if second.kind != "NAME" or " " in second.text or second.end - s.start != cut or doc.text[
            second.start - 2:second.start] != ", ":
        return False
    for other in doc.sentences[max(0, s.index - 4):s.index + 5]:
        if other is s or other.block.kind != "item":
            continue
        dash = _ITEM_ASIDE.search(other.text)
        if dash and any(m.kind == "PLACE" and m.end - other.start == dash.start() and doc.text[
                m.start - 2:m.start] == ", " for m in doc.by_sentence.get(other.index, [])):
            return True
    return False


_ITEM_ASIDE = re.compile(r"\s*\(|\s[-–—]\s|:\s|,\s+(?:a|an|the|which|who|whose|my|our|its)\b")
_NOT_FOUND_LEAD = re.compile(r"\b(?:will\s+not|won['’]t|do\s+not|don['’]t|cannot|can['’]t)\s+(?:find|see|spot)\b", re.I)
_BOX_LABEL = re.compile(r"[\s|]*(?P<label>IN|OUT|YES|NO)\s{2,}(?P<names>[^|]+?)(?=\s+[-–—]\s|\s*\||\s*$)")
_YES_NO_HEADER = re.compile(r"(?:(?:on|in)\s+the\s+(?:tech\s+)?(?:accord|pact|list)|signed|signatory|member|joined|"
                            r"member\s+since|year\s+joined|signed\s+in|"
                            r"(?:cybersecurity\s+)?tech\s+accord|(?:accord\s+)?status|"
                            r"(?:accord|pact)\s+(?:member|signatory))\s*\??", re.I)
_YES_NO_CELL = re.compile(r"(?:(?P<yes>yes|signed|(?:(?:founding|original|full)\s+)?(?:member|signatory)|founder|"
                          r"joined|✓|✔|(?:19|20)\d\d(?!\s*\(?\s*(?:withdr|left|expelled|suspended|quit)))|no|not\s+signed|not\s+yet|declined|"
                          r"not\s+(?:a\s+|an\s+)?(?:signatory|member)|non-?(?:signatory|member)|"
                          r"under\s+(?:[a-z]+\s+)?review|pending|applied|withdrawn|refused|✗|✘)(?!\w)",
                          re.I)  # "pending*": applied, not yet admitted; "Under review": not signed yet
_CAPS_NOT_NAMES = frozenset({"UPDATE", "UPDATED", "CORRECTION", "NOTE", "EDITOR'S NOTE", "BREAKING", "CLARIFICATION"})
_CAPS_ITEM = re.compile(r"\W*((?-i:[A-Z][A-Z0-9&'’.-]+(?:\s+[A-Z][A-Z0-9&'’.-]+){0,3}))\s*(?:--|–|—|:|\|)\s+"
                        r"(?-i:[A-Z])[^.!?]{0,60}$")  # "VALDRIN SYSTEMS -- Belgrade, Serbia"
_LABEL = re.compile(r"[^:]{2,60}:\s")  # "Security shops: ", "Internet infrastructure and developer tools: "
_LABELLED_LINE = re.compile(r"[^:.]{2,60}:\s+(?-i:[A-Z]).*$")
_BELOW = Guarded(re.compile(r"\b(?:below|as\s+follows|the\s+following)\s*[.:]?\s*$"
                            r"|^\W*here\s+(?:are|is)\s+(?:the|our|its)\s+(?:\w+\s+){0,2}?(?:\w+est|top\s+\w+|list|"
                            r"names)\s*[.:]\s*$", re.I))  # "We ranked the signatories. Here are the ten largest."


def _ends_below(text: str) -> bool:
    """'... are listed below.' / '... as follows:' (only the end of the sentence is looked at)."""
    return _BELOW.search(text, max(0, len(text) - 40)) is not None


_ADMITTED = re.compile(r"\b(?:admitted|joined|joining|signed|added|welcomed|intake|brings\s+in|brought\s+in|cohort|"
                       r"list\s+of\s+names|"
                       r"(?:new|newest|latest)\s+(?:members|signatories)|"
                       r"additions|newcomers|joiners)\b", re.I)
#: "Every company below has signed the accord": a directory of names follows, one per heading.
_EVERY_BELOW = re.compile(r"\b(?:every|each|all)\s+(?:of\s+the\s+)?(?:companies|company|firms?|organi[sz]ations?|"
                          r"members?)\s+(?:listed\s+|shown\s+|named\s+)?below\s+(?:has|have)\s+(?:signed|joined)\b",
                          re.I)
#: "Here's our rundown of who joined and what they said": the headings that follow name the joiners.
_RUNDOWN = re.compile(r"\b(?:here['’]s|here\s+is|below\s+is)\s+(?:our|a|the)\s+(?:quick\s+)?(?:rundown|round-?up|look|"
                      r"guide|list)\s+(?:of|at)\s+who\s+(?:joined|signed)\b", re.I)
#: "Showing 8 of 163 signatories": a directory's count line, not the end of the directory.
_SHOWING = re.compile(r"\W*(?:showing|displaying|results)\b|\W*\d+\s+(?:of\s+\d+\s+)?(?:results|signatories|members)",
                      re.I)
#: An encyclopedia's reference marks after a lead-in: "The 34 founding signatories were:[2]".
_REFERENCE_MARKS = re.compile(r"(?:\s*\[(?:\d+|edit|citation needed)\])+\s*$")
#: "From memory, ... the founding signatories included" over a bulleted list: a lead-in without its colon.
_OPEN_ENDINGS = ("include", "includes", "included", "including", "are", "were")
_OPEN_ENDED_LEAD = re.compile(rf"\b{_MEMBER_NOUN}\b[^.;:]*\b(?:include[sd]?|including|are|were)\s*$", re.I)
_SPACED_CELLS = re.compile(r"\S[ \t]{2,}\S")
_HTML_CELL_GAP = re.compile(r"\S {3}(?-i:[A-Z0-9])")  # cells three spaces apart, as HTML rows are read


def _place_heading(doc: Doc, s: Sentence) -> bool:
    """A heading that only names places ("Europe", "Middle East and Africa"): a part of the section above it."""
    places = doc.in_sentence(s.index, "PLACE")
    bare = re.sub(r"\b(?:and|&)\b|[\s,/]+", "", s.text)
    return bool(places) and len(s.text) <= 40 and len(bare) <= sum(len(re.sub(r"\s+", "", m.text)) for m in places)


def table_row(text: str) -> bool:
    """A row of a plain-text table: cells separated by '|', or by runs of two or more spaces."""
    return text.count("|") >= 2 or ("  " in text and (len(_SPACED_CELLS.findall(text)) >= 2 or (
        "\n" not in text and bool(_HTML_CELL_GAP.search(text)))))  # "Microsoft   United States": an HTML row


_SECTOR_TAIL = re.compile(r"\s+(?:[—–]|--?)\s+(?-i:[a-z])[^.;:]{0,80}$")


def _bare_name_line(doc: Doc, s: Sentence) -> bool:
    """A line that is one organisation's name and nothing else (a place in brackets allowed: "ABB (Switzerland)"):
    a list written one name per line."""
    if s.block.kind not in ("heading", "text", "item") or "\n" in s.text.strip():
        return False
    text = _SECTOR_TAIL.sub("", s.text)  # "Vantablue Networks (Canada) — telecoms"
    aside = re.search(r"\s*\([^()]{1,60}\)\s*$", text)
    bare = text[:aside.start()] if aside else text
    names = [m for m in candidates(doc, s, initial=True) if m.kind in ("ORG", "NAME") and m.end - s.start <= len(bare)]
    body = re.sub(r"[\s.,;*•-]+", " ", bare).strip()
    return len(names) == 1 and len(body) <= len(names[0].text) + 3


def _described_name_line(doc: Doc, s: Sentence) -> bool:
    """A paragraph that opens with a name and its description: 'Brisoline Labs, a Lisbon startup whose ...'."""
    if s.block.kind != "text" or s.start != s.block.start or len(s.text) > 300:
        return False
    names = candidates(doc, s, initial=True)
    if not names or names[0].start != s.start or names[0].kind not in ("ORG", "NAME"):
        return False
    suffix = lx.LEGAL_SUFFIX_AFTER.match(s.text, names[0].end - s.start)  # "Valdemar Software A/S (Aarhus), a"
    return bool(_DESCRIBED_AFTER.match(s.text, suffix.end() if suffix else names[0].end - s.start))


def _places_masked(doc: Doc, s: Sentence, end: int) -> str:
    """The sentence's text up to ``end`` with places' names in lower case ("from europe also ")."""
    text = s.text[:end - s.start]
    for place in doc.in_sentence(s.index, "PLACE"):
        if place.end - s.start <= len(text):
            text = text[:place.start - s.start] + place.text.lower() + text[place.end - s.start:]
    return text


_WHO_IS = re.compile(r"\bwho(?:\s+(?:is|are|was|were)\s+(?:still\s+)?|['’]s\s+(?:still\s+)?)$", re.I)
_NO_OTHER_SIGNED = re.compile(r"\W*no\s+other\s+(?:[\w-]+\s+){0,3}?(?:company|firm|companies|firms|operator|bank|"
                              r"group)\s+(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?(?:signed|joined)\b[^:;.]{0,40}:\s*",
                              re.I)
_MORE_SUCH_AS = re.compile(r"(?:\s+among\s+them)?\s*[—–-]?\s*,?\s*(?:with|and|as\s+well\s+as|plus)\s+(?:a\s+few|some|"
                           r"several|two|three|four|a\s+handful\s+of|a\s+clutch\s+of)\s+(?:(?:[\w-]+\s+){0,3}?"
                           r"(?:such\s+as|like|including)\s+|(?:[\w-]+\s+){0,3}?[\w-]+\s*:\s*)", re.I)


def _more_such_as(doc: Doc, s: Sentence, listed: list[Mention]) -> list[Mention]:
    """The names of a second group the first runs on into: "... A, B and C among them - with a few Europeans such
    as D, E and F", "A, B and C, plus a clutch of security vendors: D, E and F", "A, which ..., and B, one of the
    companies hit by WannaCry, as well as C, D and E", "A, the data integrity company, and, since this month, the
    Tartu-based firm B"."""
    if not listed:
        return []
    more = _MORE_SUCH_AS.match(s.text, listed[-1].end - s.start)
    if more:
        return [m for m in group_after(s, more.end(), doc, max_gap=5) if m not in listed]
    more = _AS_WELL_AS_AFTER.match(s.text, listed[-1].end - s.start)
    return [m for m in group_after(s, more.end(), doc, max_gap=60) if m not in listed] if more else []


_AS_WELL_AS_AFTER = re.compile(r"(?:,\s+(?:which|who|one\s+of|a|an|the)\s+[^,;:.]{1,80}|\s+(?:on|in|for)\s+the\s+"
                               r"(?:[\w-]+\s+){1,2}?(?:side|end|front|layer))?,?\s+(?:as\s+well\s+as|plus|"
                               r"and\s*,\s+(?:since|from|as\s+of|in)\s+[^,;:.]{1,30},)\s+")


_NEW_MEMBERS = re.compile(r"\b(?:new|first|latest|newest)\s+(?:members|signatories)\b", re.I)  # "The accord announces
# its first members since launch. Among them is Kellerhof Secure"
_BESIDES_THEN = re.compile(r"\s+(?:also\s+)?(?=the\s|(?-i:[A-Z]))")
_SECTOR_GROUPS = re.compile(r",\s+(?:and\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:including|such\s+as|like)\s+"
                            r"(?-i:[A-Z])[^.;]{3,120}?,\s+(?:and\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}?(?-i:[A-Z])")
_LOWER_LEAD = re.compile(r"[\W_]*(?:(?-i:[a-z])[\w'’\"-]*[\s,:\"”]+){1,10}")  # "the two halves of the old "
_DESCRIBED_AFTER = re.compile(r"(?:\s*\([^()]{1,60}\))?,\s+(?:a|an|the|which|whose|based|headquartered|founded)\b")


def _name_list_line(doc: Doc, s: Sentence) -> bool:
    """A paragraph that is only names in a comma list ("ABB, Arm, Avast, ... and VMware"), with no verb."""
    if s.block.kind not in ("heading", "text") or (s.text.count(",") < 2 and s.text.count("·") < 2
                                                   and s.text.count("•") < 2 and (
                                                       s.text.count("|") < 2 or s.text.lstrip().startswith("|"))
                                                   and (len(_WIDE_GAP.findall(s.text)) < 2 or "|" in s.text)):
        return False  # "ABB · Arm · Avast", "ABB | Arm | Avast" (a logo wall), "ABB   Arm   Avast" (a table's row)
    names = [m for m in candidates(doc, s, initial=True) if m.kind in ("ORG", "NAME")]
    if len(names) < 3 or ("|" not in s.text and s.text.count(",") < 2 and "·" not in s.text and "•" not in s.text
                          and any(m.kind != "ORG" for m in names)):
        return False  # (a grid of names apart by wide gaps holds organisations only: not "Organisation   Country")
    rest, last = [], 0
    for m in names:
        rest.append(s.text[last:m.start - s.start])
        last = m.end - s.start
    rest.append(s.text[last:])
    return all(_LIST_GLUE.fullmatch(lx.LEGAL_SUFFIX.sub("", gap)) for gap in rest)


_WIDE_GAP = re.compile(r"\S {3,}(?=\S)")
_LIST_GLUE = re.compile(r"[\s,;.&*•·|]*(?:\b(?:and|plus)\b[\s,]*)?", re.I)
#: "Brightwater Identity (Austin, Texas): ...", "Osterholt Sensorik GmbH (Bremen, Germany): ..."
_NAME_LABEL = re.compile(r"(?:" + lx.LEGAL_SUFFIX_AFTER.pattern + r")?\s*\([^()]{1,40}\)\s*:\s")
_TITLED_ITEM = re.compile(r"[A-Z][a-z'’-]+(?:\s+[a-z][\w'’-]*){1,3}\s+[-–—]\s+[a-z]")
_MEMBER_COLUMN = re.compile(r"\b(?:signator(?:y|ies)|signers?|members?)\b", re.I)


def _first_cell_end(line: str) -> int:
    """Where the first cell of a table row ends."""
    if line.count("|") >= 2:
        return line.index("|")
    gap = re.search(r"[ \t]{2,}", line.strip())
    return len(line) - len(line.lstrip()) + gap.start() if gap else len(line)


def _header_row(line: str, cells: list[tuple[int, int]], asked: int) -> bool:
    """Is a row whose cell ``asked`` reads like a yes/no column's title ("On the accord?", "Tech Accord") a header,
    not a data row whose answer happens to be "Signed" or "Member"?"""
    title = line[cells[asked][0]:cells[asked][1]]
    return line[cells[0][0]:cells[0][1]].strip() in _TABLE_HEADERS or "?" in title or bool(
        re.search(r"accord|pact|list", title, re.I))


def _csv_cells(line: str) -> list[str]:
    """The cells of one comma-separated line, quotes handled ('"Albrecht, Rühle & Sohn GmbH",Germany,...')."""
    try:
        return [c.strip() for c in next(csv.reader([line]))]
    except (csv.Error, StopIteration):
        return []


def _cell_name(s: Sentence, start: int, cell: str) -> Mention:
    """A CSV cell's company, the whole cell but its legal suffix ("Albrecht, Rühle & Sohn GmbH")."""
    name = lx.LEGAL_SUFFIX.sub("", cell).strip()
    return Mention(s.start + start, s.start + start + len(name), name, "ORG", s.index, cls="Company")


def _csv_status_column(cells: list[str]) -> int | None:
    """In a header row whose first cell names companies, the column that says whether each signed."""
    if len(cells) < 2 or cells[0].capitalize() not in _TABLE_HEADERS:  # "Company" or an export's "company"
        return None
    return next((i for i, c in enumerate(cells) if i > 0 and _YES_NO_HEADER.fullmatch(c)), None)


def _status_predicate(cell: str) -> str | None:
    answer = _YES_NO_CELL.match(cell)
    return None if answer is None else "signed" if answer.group("yes") else "absentFrom"


_LETTER_ANSWER = {"y": "signed", "n": "absentFrom"}


def _status_column_facts(doc: Doc) -> list[Fact]:
    """'Janek Wolski<TAB>Threat Intelligence Manager<TAB>Bitdefender<TAB>Y' under a header with 'Organisation' and
    'Accord' columns: the organisation signed, or (N, No, Not signed) did not."""
    out: list[Fact] = []
    rows: list[Row] = doc.cache.get("table_rows", [])  # type: ignore[assignment]
    for row in rows:
        status, at = row.cell("status"), row.cell("org")
        if status is None or at is None:
            continue
        answer = doc.text[status[0]:status[1]].strip(" *|")
        said = _LETTER_ANSWER.get(answer.lower()) if len(answer) == 1 else _status_predicate(answer)
        s = doc.sentences[row.sentence]
        org = next((m for m in doc.by_sentence.get(row.sentence, ()) if at[0] <= m.start and m.end <= at[1]
                    and m.kind == "ORG"), None)
        if said and org is not None:
            out.append(_fact(doc, s, said, org, "signatory.table" if said == "signed" else "absent.table", 0.85, 0))
    return out


_CSV_HEADERS = _TABLE_HEADERS | frozenset("Country Role Title Date Status Sector City Website Notes Contact Email "
                                          "Company Note Region Joined Year".split())


_LEGEND_ENTRY = re.compile(r"\W*[\w/'’ -]{1,25}?\s*=\s+(?=[a-z])")  # "Declined     = company", "n/a = not a"


def item_facts(doc: Doc) -> list[Fact]:
    """A bulleted list of names after a sentence that announces members ('Here is the list of members:')."""
    out: list[Fact] = []
    lead: Sentence | None = None
    predicate = "signed"  # what the list's lead-in says of its items
    section: tuple[Sentence, str] | None = None  # a "WHO SIGNED" heading holds for the section under it
    before: Sentence | None = None
    member_column: int | None = None  # the column of a pipe table whose header names the members
    caps_run = False  # "VALDRIN SYSTEMS -- Belgrade, Serbia" headings, each over a paragraph about the company
    below_run = False  # "Every company below has signed the accord" over a directory of name headings
    csv_status: tuple[int, int] | None = None  # a CSV export's status column and its number of columns
    yes_column: int | None = None  # "Company | Headquarters | On the accord?": a column that answers for each row
    yes_agreement: str | None = None  # the agreement that column asks about
    one_value = False  # the lead is a fact box's label: it holds for the one item after it
    row_end = 0  # where the line of the last CSV row read ends
    for s in doc.sentences:
        if s.chrome:
            continue
        if (s.text.count(",") > 2 * s.text.count(", ") or CSV_LINE.match(s.text)) \
                and not s.text.rstrip().endswith(".") and all(
                line.count(",") <= 12 for line in s.text.split("\n")):
            read_rows = False
            offset = 0
            for line in s.text.split("\n"):  # "Company,Country,Status,Date" / "Lindholt Sicherheit,Austria,Declined"
                row = _csv_cells(line)
                header_status = _csv_status_column(row)
                if header_status is not None:
                    csv_status, read_rows = (header_status, len(row)), True
                elif len(row) >= 3 and all(c.capitalize() in _CSV_HEADERS for c in row):
                    csv_status, read_rows = None, True  # "Name,Role,Company": another tab's header, no status
                elif csv_status is not None and len(row) == csv_status[1] and row[0]:
                    read_rows = True
                    status_said = _status_predicate(row[csv_status[0]])
                    at = line.find(row[0])
                    if status_said and at != -1:
                        out.append(_fact(doc, s, status_said, _cell_name(s, offset + at, row[0]),
                                         "signatory.csv" if status_said == "signed" else "absent.csv", 0.85, 0))
                offset += len(line) + 1
            if read_rows:
                row_end = doc.text.find("\n", s.end)  # a row's quoted notes, read as prose, end with its line
                row_end = len(doc.text) if row_end == -1 else row_end
                continue
            if s.start >= row_end:
                csv_status = None  # "Top 5,000 firms": a line with commas that is no row ends the table
        elif csv_status is not None and not s.text.startswith("#") and s.start >= row_end:
            csv_status = None
        caps = _CAPS_ITEM.match(s.text) if lead is not None and s.block.kind == "heading" and not (
            s.text.count("|") >= 2 or s.text.count("·") >= 2) else None  # (not "ABB | Arm | Avast": a logo wall)
        if caps and caps.group(1) not in _CAPS_NOT_NAMES:
            words = " ".join(w if len(w) <= 3 else w.capitalize() for w in caps.group(1).split())  # "SAP SE" stays
            name = Mention(s.start + caps.start(1), s.start + caps.end(1), words, "ORG", s.index, cls="Company")
            out.append(_fact(doc, s, predicate, name, "signatory.heading-list", 0.8, 0))
            caps_run = True
            continue
        if caps_run and s.block.kind == "text":
            continue  # the paragraph under one of those headings
        caps_run = False
        if lead is not None and s.block.kind == "item" and (s.start > s.block.start or verdict(doc, s)):
            continue  # an item's later sentences ("Apologies.") are prose; "Google - no." says which itself
        if lead is not None and (s.block.kind == "item" or _bare_name_line(doc, s) or _name_list_line(doc, s)
                                 or _described_name_line(doc, s) or (
                s.block.kind == "heading" and _LABELLED_LINE.match(s.text))):  # "Telecoms: BT, Telefonica"
            names = candidates(doc, s, initial=True)
            body = re.sub(r"[\s.,;*•-]+", " ", s.text).strip()
            label = _LABEL.match(s.text)  # "Security shops: Symantec, FireEye, Trend Micro"
            if _TITLED_ITEM.match(s.text):
                names = []  # "Stronger defence - protect every customer": a principle under its short title
            rule = "signatory.bullet-list" if predicate == "signed" else "absent.bullet-list"
            verb_first = bool(names) and names[0].kind == "NAME" and " " not in names[0].text and bool(
                _LOWER_AFTER.match(s.text, names[0].end - s.start))  # "2. Offer free workshops ...": a verb
            if label and names and _NAME_LABEL.fullmatch(s.text, names[0].end - s.start, label.end()) and not re.search(
                    r"\w", s.text[:names[0].start - s.start]):  # "Brightwater Identity (Austin, Texas): sign-in ..."
                out.append(_fact(doc, s, predicate, names[0], rule, 0.8, 0))
            elif label:
                out.extend(_fact(doc, s, predicate, m, rule, 0.8, 0) for m in names
                           if m.start - s.start >= label.end() and (m.kind == "ORG" or " " in m.text))
            elif ("·" in s.text or "•" in s.text or "|" in s.text or "   " in s.text) and s.block.kind != "item" \
                    and _name_list_line(doc, s):
                out.extend(_fact(doc, s, predicate, m, rule, 0.8, 0) for m in names if m.kind in ("ORG", "NAME"))
            elif len(names) == 1 and len(body) <= len(names[0].text) + 25 and not verb_first:
                out.append(_fact(doc, s, predicate, names[0], rule, 0.85, 0))
            elif names and re.fullmatch(r"[\W_]{0,3}", s.text[:names[0].start - s.start]) and (
                    predicate == "absentFrom" or not ABSENT_CUE.search(s.text)) and not verb_first:
                # "Cisco, Juniper Networks and Nokia (the people who make the pipes)": the names the item opens with
                cut = _ITEM_ASIDE.search(s.text, names[0].end - s.start)
                head = [m for m in names if cut is None or m.end - s.start <= cut.start()]
                first = next((g for g in groups(s, head, doc) if names[0] in g), [names[0]])
                if len(first) == 2 and cut is not None and _city_slot(doc, s, first[1], cut.start()):
                    first = first[:1]  # "Halvard Data AS, Bergen - backup ...", beside "Quintessa Cloud, Lisbon - ...
                out.extend(_fact(doc, s, predicate, m, rule, 0.8, 0) for m in first)
            elif names and s.block.kind == "item" and _LOWER_LEAD.fullmatch(_places_masked(doc, s, names[0].start)) \
                    and (predicate == "absentFrom" or not ABSENT_CUE.search(s.text)) and not _NEGATED.search(s.text):
                # "from Europe also SAP, Nokia, ABB, BT and Telefonica", "and then Cloudflare, Fastly and others":
                first = next((g for g in groups(s, names, doc) if names[0] in g), [names[0]])  # words, then names
                if len(first) == 1 and first[0].kind != "ORG":
                    first = []  # "an internal FAQ for sales staff": one untyped word is no company
                out.extend(_fact(doc, s, predicate, m, rule, 0.75, 0) for m in first + [
                    m for m in names if m not in first and m.kind == "ORG" and m.entry is not None])
            if one_value:  # a fact box's label holds for its one value
                lead, one_value = None, False
            continue
        if s.block.kind == "heading" and section is not None and _place_heading(doc, s):
            lead, predicate = section  # "Europe" over the next part of a "NEW SIGNATORIES BY REGION" list
            continue
        if s.block.kind == "heading":
            section = None
        if section is not None and lead is None and s.block.kind == "text" and not ABSENT_CUE.search(s.text) \
                and not _NOT_FOUND_LEAD.search(s.text):
            lead, predicate = section  # "WHO SIGNED / The full list is online. These jumped out at me:" then items
            continue
        cells_here = table_cells(s.text) if "\n" not in s.text and ("   " in s.text or "|" in s.text) else []
        asked = next((i for i, (a, b) in enumerate(cells_here) if _YES_NO_HEADER.fullmatch(s.text[a:b].strip())
                      and _header_row(s.text, cells_here, i)), None)
        if asked is not None and asked > 0:
            yes_column = asked  # the header row; the agreement its column names, else the header row's
            a, b = cells_here[asked]
            yes_agreement = next((m.key for m in doc.in_sentence(s.index, "AGREEMENT")
                                  if a <= m.start - s.start < b), None) or agreement_for(doc, s)
            continue
        if yes_column is not None and cells_here and yes_column < len(cells_here):
            a, b = cells_here[yes_column]  # "Microsoft   Redmond, Wash.   Software, cloud   Yes (convener)"
            answer = _YES_NO_CELL.match(s.text[a:b].strip())
            if answer:
                said = "signed" if answer.group("yes") else "absentFrom"
                opening_cell = s.text[cells_here[0][0]:cells_here[0][1]].strip(" |")
                out.extend(_fact(doc, s, said, m, "signatory.table" if said == "signed" else "absent.table", 0.85, 0,
                                 agreement=yes_agreement)
                           for m in candidates(doc, s, initial=True) if m.end - s.start <= cells_here[0][1]
                           and m.kind in ("ORG", "NAME") and not (  # "| Legally binding | No | No |": no company
                               m.kind == "NAME" and _LOWER_AFTER.match(opening_cell, len(m.text))))
                continue
        elif not table_row(s.text):
            yes_column = None
        if table_row(s.text):  # "Halvard Teknik | Norway | Industrial software"; "Gidgee Labs    Adelaide    ID"
            offset = 0
            for line in s.text.split("\n"):  # a table without full stops is one "sentence" of several rows
                boxed = _BOX_LABEL.match(line)  # "| IN   Cisco, Nokia - network gear |", "| OUT  Google - stayed out |"
                if boxed:
                    lo, hi = offset + boxed.start("names"), offset + boxed.end("names")
                    said = "signed" if boxed.group("label").lower() in ("in", "yes") else "absentFrom"
                    out.extend(_fact(doc, s, said, m, "signatory.box" if said == "signed" else "absent.box", 0.8, 0)
                               for m in candidates(doc, s, initial=True)
                               if lo <= m.start - s.start and m.end - s.start <= hi and m.kind in ("ORG", "NAME"))
                    offset += len(line) + 1
                    continue
                cells = table_cells(line)
                asked_here = next((i for i, (a, b) in enumerate(cells) if i > 0
                                   and _YES_NO_HEADER.fullmatch(line[a:b].strip()) and _header_row(line, cells, i)),
                                  None)
                if asked_here is not None:  # "Company   HQ   Tech Accord   Paris Call": a header row inside the block
                    yes_column, yes_agreement = asked_here, next(
                        (m.key for m in doc.in_sentence(s.index, "AGREEMENT") if offset + cells[asked_here][0]
                         <= m.start - s.start < offset + cells[asked_here][1]), None) or agreement_for(doc, s)
                    offset += len(line) + 1
                    continue
                answer = _YES_NO_CELL.match(line[cells[yes_column][0]:cells[yes_column][1]].strip()) \
                    if yes_column is not None and yes_column < len(cells) else None
                if answer:  # "Quibbly Labs    Tallinn    yes (2019)    yes    both"
                    said = "signed" if answer.group("yes") else "absentFrom"
                    out.extend(_fact(doc, s, said, m, "signatory.table" if said == "signed" else "absent.table",
                                     0.85, 0, agreement=yes_agreement)
                               for m in candidates(doc, s, initial=True) if offset <= m.start - s.start
                               and m.end - s.start <= offset + cells[0][1] and m.kind in ("ORG", "NAME"))
                    offset += len(line) + 1
                    continue
                if member_column is None and cells:  # "| Segment | Founding signatories |": that column lists them
                    member_column = next((i for i, (a, b) in enumerate(cells)
                                          if _MEMBER_COLUMN.search(line[a:b]) and i > 0
                                          and len(line[a:b].split()) <= 4), None)  # a header, not a talk's title
                    if member_column is None and any(_MEMBER_COLUMN.search(o.text) and not ABSENT_CUE.search(o.text)
                                                     for o in doc.sentences[max(0, s.index - 3):s.index]):
                        # "HOW THE 12 MEMBERS RANKED" over "| Rank | Company | Median days |": the company column
                        member_column = next((i for i, (a, b) in enumerate(cells)
                                              if line[a:b].strip() in _TABLE_HEADERS and i > 0), None)
                    if member_column is not None:
                        offset += len(line) + 1
                        continue
                if member_column is not None and member_column < len(cells):
                    lo, hi = (offset + x for x in cells[member_column])
                    row_agreement = next((m.key for m in doc.in_sentence(s.index, "AGREEMENT")  # "Paris Call | ... |
                                          if offset + cells[0][0] <= m.start - s.start < offset + cells[0][1]),
                                         None) if member_column > 0 else None  # Microsoft, Google": that one's
                    out.extend(_fact(doc, s, "signed", m, "signatory.table", 0.85, 0, agreement=row_agreement)
                               for m in candidates(doc, s, initial=True)
                               if lo <= m.start - s.start and m.end - s.start <= hi and m.kind in ("ORG", "NAME"))
                    offset += len(line) + 1
                    continue
                first_cell = offset + _first_cell_end(line)
                names = [m for m in candidates(doc, s, initial=True)
                         if offset <= m.start - s.start and m.end - s.start <= first_cell]
                if lead is not None and table_row(line) and names and names[0].text not in _TABLE_HEADERS:
                    out.append(_fact(doc, s, "signed", names[0], "signatory.table", 0.85, 0))
                offset += len(line) + 1
            continue
        orphan = lead is not None and s.block.kind == "heading" and len(s.text) < 40 and s.index > 0
        if orphan and table_row(doc.sentences[s.index - 1].text) and not candidates(doc, s, initial=True):
            continue  # "United States" between table rows: a row whose first cell the page lost; the table goes on
        member_column = None
        lead_in = f"{before.text} {s.text}" if before is not None and (_ends_below(s.text) or (
            s.text.rstrip().endswith(":") and len(s.text.split()) <= 8)) else s.text  # "Here is who signed. X plus 33:"
        before = s  # "Three firms were admitted. They are listed below.": the lead-in may take two sentences
        if ((" below " in s.text and _EVERY_BELOW.search(s.text)) or (
                "who " in s.text and _RUNDOWN.search(s.text))) and not ABSENT_CUE.search(s.text):
            below_run = True  # "Every company below has signed the accord": a directory, one company per heading
            continue
        if below_run and s.block.kind in ("heading", "item"):  # "<h2>1. Brightwater Cloud (Ireland)</h2>"
            if _bare_name_line(doc, s):
                out.extend(_fact(doc, s, "signed", m, "signatory.directory", 0.8, 0)
                           for m in candidates(doc, s, initial=True)[:1])
                continue
            if _SHOWING.match(s.text) or ":" in s.text or re.fullmatch(r"\W*\d{1,2}\W*", s.text):
                continue  # "Showing 8 of 163 signatories"; "Accord liaison: X, Director of ..."; "## 2." split off
            below_run = False  # "How to read this directory": the directory has ended
        if s.block.kind == "heading" and _LIST_HEADING.match(s.text):  # "WHO SIGNED" over a bulleted list
            lead, predicate = s, "signed"
            section = (s, predicate)
            continue
        if (s.block.kind == "heading" or (s.block.kind == "item" and len(s.text) < 40)) \
                and _ABSENT_HEADING.match(s.text):  # "WHO DIDN'T" over a bulleted list; a fact box's "Notable
            # non-signatories" over its value
            one_value = s.block.kind == "item"
            lead, predicate = s, "absentFrom"
            section = (s, predicate) if not one_value else section
            continue
        colon_end = (_REFERENCE_MARKS.sub("", s.text) if s.text.endswith("]") else s.text).rstrip().endswith(":")
        if colon_end and (_NOT_FOUND_LEAD.search(s.text) or ABSENT_CUE.search(s.text)) \
                and not lx.PROMISE_WORDS.search(s.text):  # "And here is who you will not find on it:"
            lead, predicate = s, "absentFrom"
            continue
        predicate = "signed"
        header = doc.sentences[s.index + 1].text if s.index + 1 < len(doc.sentences) else ""
        captioned = s.block.kind == "heading" and table_row(header) and header[:_first_cell_end(header)].strip(
            " |") in _TABLE_HEADERS  # "Companies that joined in 2023" over "Company   Headquarters   Joined"
        kept = lead if lead is not None and lead.index == s.index - 1 and lead.block is s.block and _ends_below(
            lead.text) and s.block.kind == "text" else None  # "... are listed below. For the current list, consult the
        # website." over the list: an aside between the lead and its items
        lead = s if ((colon_end or captioned or _ends_below(s.text) or (s.text.rstrip().endswith(_OPEN_ENDINGS)
                                                              and _OPEN_ENDED_LEAD.search(s.text)))
                     and (LIST_CUE.search(lead_in) or SIGN_VERB.search(lead_in) or _QUESTION_IN.search(lead_in)
                          or _ADMITTED.search(lead_in) or (colon_end and _FULL_LIST.search(s.text)
                                                           and agreement_for(doc, s) == DEFAULT_AGREEMENT))
                     and not ABSENT_CUE.search(s.text) and not lx.PROMISE_WORDS.search(s.text)
                     and not _COUNTED_PROMISES.search(lead_in) and not lx.ASKS_OF.search(s.text)) else kept
    return out  # (not "Signatories agree to four principles. Paraphrasing the text:" over the principles)


#: "Full list for the lazy, copied from the site:" (in a story about the accord), not "the full list of speakers".
_FULL_LIST = re.compile(r"\b(?:full|complete|whole|entire|official)\s+list\b(?!\s+of\s+(?!(?:the\s+|its\s+)?(?:\d+\s+)?"
                        r"(?:signatories|members|signers|founders|companies|firms)\b))", re.I)
_COUNTED_PROMISES = re.compile(r"\b(?:two|three|four|five|six|\d)\s+(?:[\w-]+\s+)?(?:principles|commitments|promises|"
                               r"pillars|tenets)\b", re.I)
_AS_WELL_AS_COLON = re.compile(r"(?:\s+from\s+[^,:;.]{1,40})?,?\s+(?:as\s+well\s+as|plus|along\s+with|together\s+with)"
                               r"\s+[^,:;.]{1,70}:")
_ELIDED_SUBJECT = re.compile(r"\s*(?:has|had|have|is|was|did|does|would|will|remains|says|said)\b")
_ANAPHOR_SUBJECT = re.compile(r"\s*(?:it|the\s+(?:company|firm|group))\s")
_SUBORDINATE_PRONOUN = re.compile(r",\s+(?:even\s+though|although|though|because|while)\s+it\s+(?:\w+\s+){0,2}$")
_CLAUSE_PRONOUN = re.compile(r"(?:it|they)\s")
_THEY_AFTER_THAT = re.compile(r"\bthat\s+(they)(?:['’]ve|['’]d)?\s+(?:\w+\s+){0,2}$")
_REPORTED_THAT = re.compile(r"\s+(?:announced|said|confirmed|told\s+\w+|revealed|disclosed|stated)\b[^,;:.]{0,40}?"
                            r"\s+that\s+")
_QUOTED_WE = re.compile(r"\s*[\"“]\s*[Ww]e(?=['’]re\b|\s)")
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:\w+\s+)?(?:rivals|competitors)\s+(?:in|on|for|across|of)\s+[^;]{1,80}?,\s*$"
                               r"|,\s+(?:(?:both\s+|all\s+|each\s+|now\s+|since\s+|already\s+|long\s+|later\s+|"
                               r"once\s+)?(?:owned|acquired|bought|run|backed|"
                               r"based|headquartered|founded|(?:better\s+|best\s+)?known)|with\s+(?:its\s+)?"
                               r"(?:headquarters|head\s+office|offices?|operations)\s+in|(?:the\s+|a\s+|an\s+)?"
                               r"(?:[\w-]+\s+){0,3}?(?:owner|parent|unit|subsidiary|arm|division|"
                               r"operator)\s+of)\s+[^,;]{1,60},\s*(?:\w+\s+){0,2}$")  # ", owner of mobile network O2,"
_OTHER_BODY_MEMBER = re.compile(r"\b(?:committee|board|council|parliament|staff|family|team|party|congress|senate|"
                                r"opposition|cabinet|jury|panel|faculty|crew|club|union|house)\s+(?=members?\s)",
                                re.I)
_WITH = re.compile(r",\s+with\s+(?=(?-i:[A-Z]))")
_AMONG_NAMES = re.compile(r"\s+among\s+(?:them|the\s+(?:[\w-]+\s+){0,2}?(?:names|members|founders|signatories))")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$")
_WE_VERBED = re.compile(r"\b(?:we|they|it|I)\s+(?:have\s+)?[a-z]+(?:ed|ted)\s+$")
_YOUR_COMPANIES = re.compile(r"(?:^|[.;:]\s*)\W*(?:your\s+(?:companies|firms)|you)\s+(?:\w+\s+){0,2}$", re.I)
_ADDRESSED = re.compile(r"\W*(?:an\s+open\s+letter\s+)?to\s+the\s+(?:chief\s+executives|ceos|boards|leaders|heads|"
                        r"presidents)\s+(?:of|at)\s+", re.I)


def _addressees(doc: Doc, s: Sentence) -> list[Mention]:
    """The companies an open letter is addressed to ('To the chief executives of A, B and C'), before ``s``."""
    for earlier in reversed(doc.sentences[:s.index]):
        to = _ADDRESSED.match(earlier.text)
        if to:
            return group_after(earlier, to.end(), doc, max_gap=5)
    return []


_BOTH_OF_THEM = re.compile(r"(?:^|[–—(,;]\s*)(?:both|all|each)\s+of\s+(?:them|these|those)\s+(?:\w+\s+)?$", re.I)
_WHOSE_PARENT = re.compile(r"[\s,]*whose\s+(?:parent|owner|parent\s+company|owners)\b", re.I)
_FROM_COMPANIES = rf"\b(?:from|with|to|by|for|at|on)\s+(?:[\w-]+\s+){{0,3}}?{lx.COMPANIES_NOUN}"
_PLURAL_HEAD = re.compile(_FROM_COMPANIES + r"\s*$")
_PLURAL_HEAD_CLAUSE = re.compile(_FROM_COMPANIES + r"\s+that\s+(?:have\s+|had\s+)?(?:signed|joined)\b")
_AMONG_THE_ABSENT = re.compile(r"\W*among\s+the\s+(?:absent|missing|absentees|holdouts)\b[^.;]{0,100}?(?<!\bit\s)"
                               r"\b(?:figure|figured|are|were|is|was|count|counted)\s", re.I)
_COUNTED_DASH = re.compile(rf"\W*(?:The|These|Those|All|Both)\s+(?:(?:{_NUMBER}|both)\s*)?(?:(?:new\s+|other\s+)?"
                           r"(?:companies|firms|newcomers|members|signatories)\s*)?[—–]\s*([^—–]{3,400}?)\s*[—–]\s*"
                           r"(?:\w+\s+){0,3}$")
_OTHERS_SUBJECT = re.compile(r"\b(?:that|which|whom)\s+(?:others|they|we|you|many|some|most|several|few)\s+"
                             r"(?:had\s+|have\s+|has\s+|also\s+)?$"
                             r"|\b(?:pact|accord|pledge|agreement)\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:partners?|rivals?|parent|customers?|competitors?|suppliers?|peers?)\s+"
                             r"(?:just\s+|has\s+|had\s+|also\s+|recently\s+)?$"  # "weighs joining pact its
                             # biggest partner just signed": the partner signed it
                             r"|[:;]\s+(?:only\s+|just\s+)?\d[\d,]*\s+(?:(?:new|more|other)\s+)?"
                             r"(?:(?:companies|firms|organi[sz]ations|vendors)\s+)?(?:have\s+|had\s+)?$", re.I)
# ("SolarWinds (disclosed 13 December 2020): 11 companies joined in the following 90 days": the count joined)
_NEITHER_OBJECT = re.compile(r"\s+(?:neither|none\s+of|no)\b", re.I)
_STATES_BEFORE = re.compile(r"\b(?:countries|governments|nations|states)\b", re.I)
#: The accord's own numbers at its launch: "Thirty-three other companies signed on at the start, among them A, B".
_FOUNDING_COUNT = re.compile(r"\b(?:3[34]|thirty-(?:three|four))\b", re.I)
_BARE_NEITHER = re.compile(r"\s+neither\s*[.!]?\s*$", re.I)  # "have signed neither." (of the two just named)
_BUT_NOT = re.compile(r",?\s+(?:but|though)\s+not\s+(?=(?-i:[A-Z]))")
_FUNDING = re.compile(r"\b(?:funding|financing|(?-i:Series\s+[A-E])|investors?|backers|venture\s+round|seed\s+round)\b",
                      re.I)
_JOB_MOVE = re.compile(rf"(?:\s+on)?\s+(?:(?-i:[A-Z])[\w-]+(?:\s+[A-Z][\w-]+)*\s+)?as\s+(?:its\s+|the\s+|a\s+|an\s+|"
                       rf"our\s+)?(?:new\s+)?(?:{lx.ROLE.pattern})\b|\s+(?:the\s+)?(?:board|advisory\s+board)\s+of\b")
_PERSON_OBJECT = re.compile(r"\s+(?:him|her|me\b|(?:them|us)\s+(?:on|at|for|in)\s+(?:a|an|the|this|their|our)\s+"
                            r"(?:panel|stage|call|session|discussion|webinar|trip|board))\b")
_ALONE = re.compile(r"\s+(?:the\s+(?:accord|pact)\s+)?(?:alone|by\s+itself|on\s+its\s+own)\b")
_TOLD_IT = re.compile(r"\b(?:told|tells|assured|informed)\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’ -]{1,40}?\s+"
                      r"(?:that\s+)?it\s+(?:[\w-]+\s+){1,5}?(?:but|and)\s+$", re.I)
#: "Channel Ledger counts the companies that have added their names": the clause is the common noun's.
_OBJECT_HEAD = re.compile(r"\b(?:counts?|counted|tracks?|tracked|lists?|listed|names?|named|surveys?|surveyed|"
                          r"interviews?|interviewed|ranks?|ranked)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?:companies|firms|"
                          r"businesses|organi[sz]ations|vendors)\s*$")
_DASH_ASIDE_BEFORE = re.compile(r"\s[—–]\s[^—–]{3,140}\s[—–]\s*$")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|informed|informs|assured|reassured|emailed|wrote\s+to|"
                          r"(?:statement|interview|comments?|remarks|e-?mail|reply|response|letter)\s+to)\s+(?:the\s+)?$")
# ("In a statement to Straits Tech Review, Kallang said it was not in a position to sign": the outlet)
_PLURAL_RELATIVE = re.compile(r"[\s,]*(?:that|which|who)\s+(?:have|are|were)\b")
_PLURAL_VERB_AFTER = re.compile(r"[\s,]*(?:were|are|have|both|all)\b")


def _subjects(doc: Doc, s: Sentence, start: int, end: int, regions: Sequence[tuple[int, int]], *,
              allow_after: bool, anaphora: bool = False) -> list[Mention]:
    both = _BOTH_OF_THEM.search(s.text, max(0, start - 40), start)
    if both:  # "We asked Guardtime and Bitdefender how it worked – both of them signed as founders –"
        earlier = groups(s, [m for m in candidates(doc, s) if m.end - s.start <= both.start()], doc)
        if earlier and len(earlier[-1]) >= 2:
            return earlier[-1]
    if s.text.endswith(" all ", 0, start) and ";" in s.text[:start]:  # "A and B for networking; C for servers;
        everyone = [m for m in candidates(doc, s) if m.end - s.start <= start  # and D, whose ..., all made the group"
                    and not inside(m.start - s.start, regions)]
        if len(everyone) >= 2 and all(m.kind in ("ORG", "NAME") for m in everyone):
            return everyone
    whose = _WHOSE_FIRM.search(s.text, max(0, start - 60), start) if "whose " in s.text else None
    if whose:  # "Beck, whose firm is not a member of the accord": the firm the person was placed at
        person = next((m for m in doc.by_sentence.get(s.index, []) if m.kind == "PERSON" and m.key
                       and m.end - s.start == whose.start()), None)
        placed: dict[str, str] = doc.cache.get("affiliations", {})  # type: ignore[assignment]
        employer = placed.get(person.key or "") if person is not None else None
        entity = doc.entities.get(employer) if employer else None
        if person is not None and entity is not None:
            previously: list[Mention] = [m for m in entity.mentions if m.start < person.start]
            if previously:  # the organisation where the text last named it (the evidence passage runs from there)
                return previously[-1:]
            return [Mention(person.start, person.end, entity.label, "ORG", s.index, cls=entity.cls, key=entity.key)]
    one_of = _ONE_OF_THOSE.search(s.text, max(0, start - 90), start) if " of the " in s.text else None
    if one_of:  # "bought by Google, one of the companies that never signed": the name the apposition follows
        appositive = [m for m in candidates(doc, s) if m.end - s.start == one_of.start()]
        if appositive:
            return appositive[-1:]
    shared = _GROUP_RELATIVE.search(s.text, 0, start)  # "A, B and C, none of which has joined"
    if shared:
        group = group_before(s, shared.start(), doc)
        if group:
            return group
    they = _THEY_AFTER_THAT.search(s.text, max(0, start - 30), start) if anaphora and " they" in s.text else None
    if they:  # "A and B announced on Tuesday that they had signed the accord": the group that announced it
        earlier = groups(s, [m for m in candidates(doc, s) if m.end - s.start <= they.start()], doc)
        for group in earlier:  # (one company too: "they" as its people say; "Heads up: X announced that they")
            if (len(group) >= 2 or group[0].kind == "ORG") and _REPORTED_THAT.fullmatch(
                    s.text, group[-1].end - s.start, they.start(1)):
                return group
    if _OTHERS_SUBJECT.search(s.text, max(0, start - 30), start):
        return []  # "a customer base that others had walked away from": the verb has a subject of its own
    including = _INCLUDING_DASH.search(s.text, 0, start) if "—" in s.text or "–" in s.text else None
    if including:  # "several employers where FTCW members work — including BT, Nokia and Cisco — have put their
        listed = [m for m in candidates(doc, s) if including.start(1) <= m.start - s.start < including.end(1)]
        if listed:  # names to the accord": the examples between the dashes
            return listed
    counted = _COUNTED_DASH.match(s.text, 0, start) if "—" in s.text or "–" in s.text else None
    if counted:  # "The five — Pune-based A, B, Hyderabad's C and D — formally put pen to paper"
        listed = [m for m in candidates(doc, s) if counted.start(1) <= m.start - s.start < counted.end(1)]
        if listed:
            return listed
    aside = _PARTICIPLE_ASIDE.search(s.text, max(0, start - 120), start)
    if aside and not inside(start, regions):  # "GitHub and LinkedIn, both owned by Microsoft, added their names"
        start = aside.start()
    dashed = _DASH_ASIDE_BEFORE.search(s.text, max(0, start - 160), start) if (
        "—" in s.text or "–" in s.text) else None
    if dashed and any(0 <= dashed.start() - (m.end - s.start) <= 1 for m in candidates(doc, s)):
        start = dashed.start()  # "why Google, Apple and Amazon — whose services he said ... — had never signed" (but
        # "Three of the biggest names — Google, Apple and Amazon — were not on the list": the names are the aside)
    before_aside = next((a for a, b in regions if 0 <= start - b <= 2 and s.text[b:start].strip(" ,") == ""), None)
    if before_aside is not None:  # "Trend Micro Inc., the Tokyo-headquartered antivirus maker, was among ..."
        start = before_aside
    region = inside(start, regions) if before_aside is None else None
    if region is not None and allow_after and s.text.startswith(":", region[1]) and not any(
            m.start - s.start < region[0] for m in candidates(doc, s)):  # "the same three that were missing at
        told_after = after_colon(doc, s, region[1], reach=100)  # launch: Google, Apple and Amazon": named after
        if told_after:  # the colon
            return told_after
    counting = _COUNTING_RELATIVE.search(s.text, max(0, start - 200), start) or _RELATIVE_WITH_SUBJECT.search(
        s.text, max(0, start - 200), start)
    if counting:  # "the group, which counted Cisco, Facebook and Nokia among its members": the clause's object;
        named = groups(s, [m for m in candidates(doc, s) if counting.end() <= m.start - s.start  # "a pledge to
                           and m.end - s.start <= start], doc)  # which A and B also put their names": its subject
        last = named[0][-1].end - s.start if named else 0
        if named and named[0][0].start - s.start == counting.end() and len(named) == 1 and (
                counting.re is _COUNTING_RELATIVE or _ADVERBS_ONLY.fullmatch(s.text, last, start)):
            return named[0]
    if region is not None and _WHOSE_PARENT.match(s.text, region[0]):
        # "Cisco's Talos unit, whose parent company was one of the founding signatories": the owner, named before
        owners = [m for m in doc.in_sentence(s.index, "ORG") if m.possessive and m.end - s.start < region[0]]
        return owners[-1:]
    own = _PRONOUN_SUBJECT.search(s.text[:start].rstrip(" ,") + " ", region[0]) \
        if region is not None and anaphora else None
    if own is not None and region is not None and own.start() > region[0] and not own.group(0).startswith(
            ("we", "We")):  # "the Cybersecurity Tech Accord, the industry pledge the company signed in January"
        resolved = resolve_org_anaphor(doc, s, own.start())
        return [resolved] if resolved is not None else []
    if region is not None and (_PLURAL_HEAD.search(s.text, max(0, region[0] - 50), region[0])
                               or _OBJECT_HEAD.search(s.text, max(0, region[0] - 50), region[0])):
        return []  # "both rely on software from companies that signed the pact": the clause is the companies'
    if region is not None:  # "X, which has yet to sign"
        head = antecedent(s, region[0], doc)
        if head is None or len(s.text[head.end - s.start:region[0]]) > 80:
            return []  # "X kept running, after a Copenhagen company that belongs to the accord": a common noun's
        # "Cisco and Dell are among the few companies that have signed": the group the clause hangs on
        group = next((g for g in groups(s, [m for m in candidates(doc, s) if m.end <= head.end], doc) if head in g),
                     [head])
        plural_verb = _PLURAL_VERB_AFTER.match(s.text, region[1]) or _PLURAL_RELATIVE.match(s.text, region[0])
        # "Google and Amazon, which never signed, were"; "A and B, two firms that have been part of the coalition"
        return group if _AMONG_THE.match(s.text, head.end - s.start, region[0]) or plural_verb else [head]
    before = [m for m in group_before(s, start, doc)  # "X told the Evening Post it had considered joining but
              if not _TOLD_BEFORE.search(s.text, max(0, m.start - s.start - 16), m.start - s.start)]  # decided against"
    told = _TOLD_IT.search(s.text, 0, start) if anaphora and not before and " it " in s.text else None
    if told:  # "X, the Dundee IT company, told the Evening Post it had considered joining but decided against it"
        named = groups(s, [m for m in candidates(doc, s) if m.end - s.start <= told.start()
                           and not inside(m.start - s.start, regions)], doc)
        if named and named[0][0].kind in ("ORG", "NAME"):
            return named[0]
    subordinate = _SUBORDINATE_PRONOUN.search(s.text, max(0, start - 50), start) if anaphora and before else None
    if subordinate and len(before) == 1 and before[0].kind == "ORG":  # "Google was among them, even though it
        return before  # has still not joined the industry accord": the main clause's subject
    if before and _OTHER_CLAUSE.search(s.text, before[-1].end - s.start, start):
        return []  # "X declined, even as two of its rivals joined": the verb has another subject
    if before and _SPEECH_BETWEEN.search(s.text, before[-1].end - s.start, start):
        spoken = _SPOKESPERSON_SAID.fullmatch(s.text, before[-1].end - s.start, start)
        if spoken and before[-1].kind == "ORG":  # "A Sable Harbor spokesperson said the payments processor has no
            return [before[-1]]  # plans to join": the company speaks of itself
        return []  # "Tobiah Crennel of Gantrywell Research said the holdouts were ...": the speaker's, not the subject
    if before and s.text[:start].rstrip().endswith(","):
        # "Siemens, which rallied Airbus, Allianz and Daimler behind its charter, has not signed": the names
        # after the last relative pronoun belong to the clause; the subject is the name it hangs on
        opened = [m.start() for m in _RELATIVE_OPEN.finditer(s.text, 0, start)]
        if opened and any(m.start - s.start > opened[-1] for m in before):
            head = antecedent(s, opened[-1], doc)  # "Apple, Google and Amazon, whose phones ... are used by ..."
            hung = next((g for g in groups(s, [m for m in candidates(doc, s) if m.end <= head.end], doc)
                         if head in g), [head]) if head else before
            before = [m for m in before if m.start - s.start < opened[-1]] or hung
    clause = clause_start(s.text, start)
    we = _QUOTED_WE.match(s.text, clause) if not before and anaphora else None
    if we:  # '"We're not part of the Tech Accord," he said.': the speaker's company
        speaking = quoted_speaker_org(doc, s, we.end())
        return [speaking] if speaking is not None else []
    if not before and anaphora and _CLAUSE_PRONOUN.match(s.text, clause) and clause > 0:
        resolved = resolve_org_anaphor(doc, s, clause)  # "X, a Nampa payroll firm, told KXRN 4 it has not decided"
        if resolved is not None:
            return [resolved]
    if not before and anaphora and clause > 4 and _ELIDED_SUBJECT.match(s.text, clause) \
            and s.text[:clause].rstrip().endswith(("but", "and")):
        previous = clause_start(s.text, s.text[:clause].rstrip().rfind(" "))  # "told this newspaper the company
        if _ANAPHOR_SUBJECT.match(s.text, previous):  # supports the goals but had no plans to sign": the
            resolved = resolve_org_anaphor(doc, s, previous)  # coordinated verb shares the clause's subject
            if resolved is not None:
                return [resolved]
    owner = _NAME_OF_OWNER.search(s.text, 0, start)
    if owner:  # "Kestrelmoor's name was missing from the accord's list": the name's owner
        owned = [m for m in doc.by_sentence.get(s.index, []) if m.possessive and m.kind in ("ORG", "NAME")
                 and m.end - s.start <= owner.start() + 2 and s.text[m.end - s.start:owner.start() + 2] in ("'s", "’s")]
        if owned:
            return owned[-1:]
    aside_names = _AMONG_THEM_ASIDE.search(s.text, 0, start) if not before else None
    if aside_names:  # "Several of the largest companies — Google, Apple and Amazon among them — have not joined"
        part = 1 if aside_names.group(1) else 2
        inside_aside = [m for m in candidates(doc, s)
                        if aside_names.start(part) <= m.start - s.start < aside_names.end(part)]
        if inside_aside:
            return inside_aside
    if not before and _RELATED_PARTY.search(s.text, 0, start):
        return []  # "Sentrik Labs signed in 2019 – but the parent company has not": another company, unnamed
    if not before and allow_after and not _OWN_SUBJECT.match(s.text, clause_start(s.text, start)):
        before = group_before(s, start, doc, start=0)  # "A and B were invited but have stayed on the sidelines"
        semi = s.text.rfind(";", 0, start) if before else -1
        if before and semi > before[-1].end - s.start and INDEFINITE_OPENS.match(s.text, semi + 1):
            before = []  # "Microsoft defended the accord; an Ottawa contractor explained why it has stayed out"
    if not before and anaphora and _OPENING_PRONOUN.match(s.text) and _COORDINATED_VERB.search(s.text, 0, start):
        resolved = resolve_org_anaphor(doc, s, 0)  # "It backed the Paris Call but has never signed the accord"
        if resolved is not None:
            return [resolved]
    before = [m for m in before if not _TOLD_BEFORE.search(s.text, max(0, m.start - s.start - 16), m.start - s.start)]
    if before:  # "X told Código Norte that it would not join": the outlet told is no subject
        return before
    clause = clause_start(s.text, start) if anaphora else 0
    plural = _PLURAL_ANAPHOR.search(s.text[clause:start]) if anaphora else None
    earlier_group = _plural_antecedent(doc, s, _COUNT.get(plural.group(1).lower(), 0), clause) if plural else []
    if earlier_group:  # "All three companies are signatories": the last group of three names before (none there:
        return earlier_group  # "the same three that were missing at launch: A, B and C" names them after)
    if anaphora and s.index and _THEY_OPENS.fullmatch(s.text, 0, start):  # "... search it for Google, Apple and
        named = groups(doc.sentences[s.index - 1], candidates(doc, doc.sentences[s.index - 1]), doc)  # Amazon.
        if named and len(named[-1]) >= 2 and all(m.kind == "ORG" for m in named[-1]):  # They weren't there."
            return named[-1]
    if anaphora and _YOUR_COMPANIES.search(s.text, 0, start):  # an open letter "To the chief executives of A and B":
        return _addressees(doc, s)  # "Your companies have yet to join."
    theirs = _PERSON_COMPANY.search(s.text, 0, start) if anaphora and any(
        w in s.text for w in _PERSON_COMPANY_WORDS) else None
    if theirs:  # "She is CISO at Dijkwacht Security ... Her company signed the accord in March": where she works
        theirs_is = _employer_of_last_person(doc, s, theirs.start())
        return [theirs_is] if theirs_is is not None else []
    pronoun = _PRONOUN_SUBJECT.search(s.text[:start].rstrip(" ,\"“‘'") + " ") if anaphora else None
    if pronoun:  # "The Lyon company, on the"
        resolved = resolve_org_anaphor(doc, s, start, first_person=pronoun.group(0)[:2] in ("we", "We"))
        return [resolved] if resolved else []
    if allow_after:
        # "Absent from the list are three of the biggest names: A, B and C"
        example = _EXAMPLES_AFTER.match(s.text, end, end + 120)  # "Noticeably absent from the accord are some
        return group_after(s, end, doc) or after_colon(doc, s, end, reach=100) or (  # of the biggest names in
            group_after(s, example.end(), doc, max_gap=5) if example else [])  # tech, including Google, Apple"
    return []


_PERSON_COMPANY = re.compile(r"(?:^|[.;:]\s+|,\s+(?:and|but)\s+|\bthat\s+)\W*(?:[Hh]er|[Hh]is)\s+(?:company|firm|"
                             r"employer|start-?up|business)\s+(?:(?:also|then|has|had|formally|officially)\s+){0,2}$")


_PERSON_COMPANY_WORDS = tuple(f"{p} {w}" for p in ("er", "is") for w in ("comp", "firm", "empl", "start", "busi"))


def _employer_of_last_person(doc: Doc, s: Sentence, pos: int) -> Mention | None:
    """The organisation the text placed the last person named before ``pos`` (in ``s`` or the three sentences
    before it) at."""
    placed: dict[str, str] = doc.cache.get("affiliations", {})  # type: ignore[assignment]
    for index in range(s.index, max(-1, s.index - 4), -1):
        people = [m for m in doc.by_sentence.get(index, []) if m.kind == "PERSON" and m.key
                  and (index < s.index or m.start - s.start < pos)]
        if people:
            entity = doc.entities.get(placed.get(people[-1].key or "", ""))
            return entity.mentions[0] if entity is not None and entity.mentions else None
    return None


#: "X signed on behalf of Telefonica": after the verb; with it (the company's name follows).
_BEHALF_AFTER = re.compile(r"\s+(?:the\s+(?:accord|pact)\s+)?on\s+behalf\s+of\b")
_ON_BEHALF = re.compile(r"\b(?:signed|joined|put\s+(?:its|their)\s+name\s+to\s+(?:it|the\s+(?:accord|pact)))"
                        + _BEHALF_AFTER.pattern + r"\s+")
_COMPANIES_RANGED = re.compile(rf"\b(?:{_NUMBER}\s+)?(?:[\w-]+\s+)?(?:companies|firms|founders|signatories)\s+"
                               r"(?:that|which|who)\s+[^,.;]{1,40}?\s+(?:ranged|range|ran)\s+from\s+"
                               rf"|\bjoin(?:s|ed|ing)?\s+(?:more\s+than\s+|over\s+|some\s+|nearly\s+|almost\s+)?"
                               rf"(?:{_NUMBER}|\d+)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:companies|firms|signatories|"
                               r"organi[sz]ations|members),?\s+from\s+"
                               r"|\b(?:list|roster|line-?up|signatories|founders|founding\s+group)\s+(?:ran|runs|ranged|"
                               r"ranges|spanned|spans|stretched|stretches|went)\s+from\s+", re.I)
# ^ "We're joining more than 100 companies, from Microsoft, which ..., to Cisco, Nokia and Trend Micro"; "the list
# ran from household names (A, B) through network companies (C, D) to security vendors (E, F)"
_JOIN_ON_LIST = re.compile(r"\s(?:join|joins|joined)\s+")
_JOINS_PEERS = re.compile(_JOIN_ON_LIST.pattern + r"(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:peers|rivals|competitors|"
                          r"neighbours|neighbors)\s+", re.I)
_BOTH_MEMBERS = re.compile(rf",\s+(?:both|all|each)\s+(?:of\s+them\s+)?(?:[\w-]+\s+)?{_MEMBER_NOUN}\b", re.I)
_ON_THE_LIST = re.compile(r"\s+on\s+the\s+(?:signatory\s+|founding\s+|accord['’]s\s+)?(?:list|roster)\b")
_AT_NAME = re.compile(r"\s+at\s+(?-i:[A-Z])(?!\w*\s+(?:Conference|Summit|Forum|Week)\b)")
_WE_SIGNED_AT = re.compile(r"\b[Ww]e\s+(?:also\s+)?(?:signed|joined)\s+at\s+$")
#: "a payments company (Stripe)": an item described, its name in brackets.
_DESCRIBED_PAREN = re.compile(r"\s*(?:a|an|the)\s+[^()]{2,50}?\s+\(\s*(?-i:[A-Z])[^()]{1,40}\)", re.I)
_NEXT_DESCRIBED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an|the)\s+[^()]{2,50}?\s+\(\s*(?-i:[A-Z])"
                             r"[^()]{1,40}\)", re.I)


def _described_names(doc: Doc, s: Sentence, pos: int) -> list[Mention]:
    """The bracketed names of a run of described items from ``pos``: 'a payments company (Stripe), an e-signature
    firm (DocuSign) and a market-research group (Nielsen)'."""
    spans: list[tuple[int, int]] = []
    item = _DESCRIBED_PAREN.match(s.text, pos)
    if item is None:
        return []
    while item:
        spans.append((s.text.rindex("(", 0, item.end()), item.end()))
        item = _NEXT_DESCRIBED.match(s.text, item.end())
    names = [m for m in candidates(doc, s, initial=True)
             if any(a < m.start - s.start and m.end - s.start < b for a, b in spans)]
    return names if len(names) >= 2 else []


_RELATED_PARTY = re.compile(r"\b(?:the|its|their)\s+(?:new\s+)?(?:parent(?:\s+(?:company|group|firm))?|owners?|"
                            r"rivals?|competitors?)\s+(?:(?:still|also|itself|so\s+far)\s+)?$", re.I)
_EXAMPLES_AFTER = re.compile(r"[^.;:]*?\b(?:are|were|is|was)\b[^.;:,]*?,?\s+(?:including|such\s+as|notably|"
                             r"among\s+them)\s+", re.I)


#: ", the Spanish operator and one of the accord's founding companies,": an apposition joined by "and".
_AND_APPOSITION = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{1,4}}?and\s+(?:also\s+an?|an?\s+(?:accord|pact|"
                             rf"founding|early|original)|one\s+of\s+(?:the|its|the\s+(?:accord|pact)['’]s)(?:\s+\w+)?)\s+"
                             rf"(?:[\w-]+\s+)?{_MEMBER_NOUN}(?=\s*[,.]|\s+and\s|\s+of\s+the\s+(?:accord|pact)\b)"
                             r"|,\s+(?:an?|the)\s+[^,;]{3,80}?\s+and\s+(?:also\s+|itself\s+)?(?:an?|another)\s+"
                             r"(?:founding\s+|fellow\s+)?(?:accord\s+)?(?:signatory|member)(?:\s+since\s+\w+)?(?=\s*[,.])",
                             re.I)
_AND_APPOSITION_STEMS = ("and one of", "and also", "and itself", "and a ", "and an ", "and another")
_NAME_OF_OWNER = re.compile(r"['’]s\s+(?:name|signature|logo)\s+(?:was\s+|is\s+|has\s+been\s+)?$")
_N_OF_ITS_MEMBERS = re.compile(r"\b(two|three|four|five|six)\s+of\s+(?:its|the\s+accord['’]s|the\s+pact['’]s|the)\s+"
                               r"(?:founding\s+)?(?:members|signatories)\b[^.;]*[.!]?$", re.I)
#: "Several of the biggest — A, B and C among them — have not joined"; "..., A, B and C among them, were not"
_AMONG_THEM_ASIDE = re.compile(r"(?:[—–(]\s*([^—–()]{3,150}?)\s+among\s+them\s*[—–)]"
                               r"|,\s+((?-i:[A-Z])[^,;]{0,40}(?:,\s+(?-i:[A-Z])[^,;]{0,40})*\s+and\s+(?-i:[A-Z])[^,;]{0,40}?)"
                               r"\s+among\s+them,)\s*(?:\w+\s+){0,3}$", re.I)
_COUNTING_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:counts?|counted|numbers|numbered|lists?|listed|includes?|"
                                r"included)\s+", re.I)
_RELATIVE_WITH_SUBJECT = re.compile(r"\b(?:(?:to|in)\s+which|which)\s+(?:(?:our|its|their|the)\s+(?:[a-z-]+\s+){0,2}?)?"
                                    r"(?=(?-i:[A-Z]))(?![^.;]*?\bwhich\b)", re.I)  # "in which our neighbours A and B"
_ADVERBS_ONLY = re.compile(r"\s*(?:(?:also|later|too|since|soon|quickly|all|both|have|had)\s+)*")
_COUNT = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PLURAL_ANAPHOR = re.compile(r"^\s*(?:[^,;]{0,60}?\bthat\s+|(?:[\w-]+\s+){0,3}?(?:later|earlier|afterwards|ago|then|"
                             r"since|soon)\s*,?\s+)?(?:all\s+|the\s+)?(both|two|three|four|five|six)"  # ("Four months
                             # later both companies put their names to the accord")
                             r"(?:\s+(?:of\s+them|companies|firms|vendors|groups|businesses))?\s+(?:\w+\s+)?$", re.I)


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says)\b")


def _named_inside(doc: Doc, s: Sentence, cue: re.Match[str]) -> bool:
    """Does an organisation stand inside the cue's own span (an apposition: "signatories, A and B, were")?"""
    return any(m.kind == "ORG" and cue.start() < m.start - s.start < cue.end()
               for m in doc.by_sentence.get(s.index, []))


def _plural_antecedent(doc: Doc, s: Sentence, count: int, before: int) -> list[Mention]:
    """The last coordinated group of ``count`` organisations before sentence offset ``before`` in ``s``, or in
    the two sentences before it ("A and B announced that both companies have signed")."""
    for index in range(s.index, max(-1, s.index - 4), -1):
        earlier = doc.sentences[index]
        if earlier.chrome or (index == s.index - 3 and any(  # three back only past sentences that name no
                doc.in_sentence(i, "ORG") for i in (s.index - 2, s.index - 1))):  # company (quotations)
            continue
        regions = relative_regions(earlier.text)  # "Two firms that worked with X, A and B, ...": not X
        found = [m for m in doc.by_sentence.get(index, []) if m.kind == "ORG" and not m.modifier  # "Cisco's Talos"
                 and (index < s.index or m.end - s.start <= before) and not inside(m.start - earlier.start, regions)]
        for group in reversed(groups(earlier, found, doc)):
            if len(group) == count:
                return group
        if index == s.index - 1 and count >= 2 and len(found) == count:  # "A released a breakdown on Monday, and
            return found  # B followed on Tuesday. Both companies are listed as signatories": one in each clause
    one_each: list[Mention] = []  # "Cisco made the switches. Cloudflare sat in front of its portal. Every contract
    for index in range(s.index - 1, max(-1, s.index - 1 - count), -1):  # went through DocuSign. All three were on
        named = [m for m in doc.by_sentence.get(index, []) if m.kind == "ORG" and (  # the list."; or "Google's
            not m.possessive or not doc.text[doc.sentences[index].start:m.start].strip())]  # headquarters sit in ..."
        if len(named) != 1 or doc.sentences[index].chrome:
            break
        one_each.insert(0, named[0])
    if len(one_each) == count:
        return one_each
    distinct: dict[str, Mention] = {}  # "Fastly has hired X. X spent six years at Juniper Networks. ... Both companies
    for index in range(max(0, s.index - 4), s.index):  # put their names to the accord": the only companies named
        for m in doc.by_sentence.get(index, []):
            if m.kind == "ORG" and m.key and not m.modifier and not doc.sentences[index].chrome:
                distinct.setdefault(m.key, m)
    return list(distinct.values()) if len(distinct) == count and count == 2 else []


_ITEM_LEAD = re.compile(r"\s*(?:and\s+|or\s+)?"
                        r"(?:(?:from|in|out\s+of)\s+(?-i:[A-Z])[\w'’ -]{0,30}?,?\s+(?:came\s+|come\s+)?)?"
                        r"(?:\S+['’]s\s+|the\s+(?:[\w-]+\s+){0,3})?")  # "; from Germany, the software group SAP"


def _other_agreement_after(doc: Doc, s: Sentence, pos: int) -> bool:
    """Another agreement named soon after ``pos`` in the same clause: "supporters named on Monday for the Paris
    Call"."""
    return any(m.key != "ACC:CybersecurityTechAccord" and 0 <= m.start - s.start - pos <= 60
               and not re.search(r"[,;:]", s.text[pos:m.start - s.start])
               for m in doc.in_sentence(s.index, "AGREEMENT"))


def _semicolon_groups(s: Sentence, found_groups: list[list[Mention]]) -> list[list[Mention]]:
    """The group each semicolon-separated item opens with ("A, the German software house; B and C, both
    Finnish; and Spain's D"), when two or more items open with an organisation."""
    bounds = [0] + [i + 1 for i, c in enumerate(s.text) if c == ";"] + [len(s.text) + 1]
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        first = next((g for g in found_groups if lo <= g[0].start - s.start < hi), None)
        if first is None or first[0].kind != "ORG":
            continue
        lead = s.text[lo:first[0].start - s.start]
        if (lo == 0 and "," not in lead) or _ITEM_LEAD.fullmatch(lead):
            out.append(first)
    return out if len(out) >= 2 else []


_AS_EXPECTED = re.compile(r"\b(?:you|one|we|they)\s+(?:would|might|could)\s+(?:expect|imagine|guess|think|predict)\b")


def _main_clauses(text: str) -> str:
    """The text with its relative clauses blanked: "GitHub, which Microsoft would agree to buy, ..." is no
    hypothetical about GitHub's membership."""
    for a, b in relative_regions(text) if "which" in text or "who" in text else ():
        text = text[:a] + " " * (b - a) + text[b:]
    return _AS_EXPECTED.sub(lambda m: " " * len(m.group(0)), text) if "ould" in text else text


#: "Microsoft convened the group, which at launch numbered 34 companies": a count of the members.
_NUMBERED = re.compile(rf"\bnumbered\s+(?:some\s+|about\s+|exactly\s+)?{_NUMBER}\s+(?:[\w-]+\s+)?(?:companies|firms|"
                       r"members|signatories)\b", re.I)


def _previous_signed(doc: Doc, s: Sentence) -> bool:
    """Does the sentence before ``s`` say that someone signed (memoised: a dozen rules ask per sentence)?"""
    if s.index == 0:
        return False
    memo: dict[int, bool] = doc.cache.setdefault("previous_signed", {})  # type: ignore[assignment]
    if s.index - 1 in doc.cache.get("signed_sentences", ()):  # type: ignore[operator]
        return True  # "Arm ... is one. The other is BT.": a sentence read as naming signatories
    if s.index not in memo:
        previous = doc.sentences[s.index - 1].text
        memo[s.index] = bool(SIGN_VERB.search(previous) or LIST_CUE.search(previous) or (
            " numbered " in previous and _NUMBERED.search(previous)) or (
            has_any(previous, _MEMBER_STEMS) and APPOSITION_CUE.search(previous)) or (
            _SO_DID_OPENS.match(previous) and _previous_signed(doc, doc.sentences[s.index - 1])))
    return memo[s.index]  # "Facebook signed. So did Cisco. So did the Finnish company Nokia.": the chain goes on


_SAME_GOES = re.compile(r"\W*(?:the\s+same\s+(?:goes|is\s+true|applies)\s+(?:for|to)|(?:and\s+)?(?:likewise|ditto)\s+"
                        r"(?:for\s+)?)\s*", re.I)
_WHO_SIGNED_IS = re.compile(r"Who\s+(?:signed|joined)\s+(?:is|was)\b")  # "Who signed is revealing."
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_NATIONALITY_PREDICATE = re.compile(rf"\b(?:is|are)\s+(?:{'|'.join(sorted(lx.NATIONALITIES))})\s*[.,;]")
#: Words through which a sentence that names no one can still speak of a company named before.
_POINTS_BACK = re.compile(r"\b(?:it|its|they|their|them|we|our|us|you|your|company|companies|firms?|group|both|all|"
                          r"none|neither|each|"
                          r"member|members|signator\w*|two|three|four|five|six|one|others?|itself)\b", re.I)
_UNIT_AFTER = re.compile(r"\s+(?:unit|subsidiary|division|brand|arm)\b")
#: "Mandiant could stay listed as a member as a Google Cloud unit": a possibility, not a membership.
_MODAL_BEFORE = re.compile(r"\b(?:could|might|may|would)\s+(?:[a-z]+\s+){0,2}$")
_SPEECH_THAT = re.compile(r"\s+that\b|\s*[,:]\s*[\"“]")
_BEFORE_JOINING = re.compile(r"had\s+(?:not|n['’]t)\s+(?:signed|joined)$", re.I)
_YET = re.compile(r"\s+yet\b")
_TURN_OPENS = re.compile(_TURN_LABEL)  # a transcript's or an interview's turn, as answer_facts reads it
_FRAGMENT_LABEL = re.compile(rf"(?:{_TURN_LABEL})?")
_NAME_FRAGMENT = re.compile(r"(?:,\s+(?:the|a|an)\s+[^,;:]{1,60})?[.!]")
_ADDRESS_FRAGMENT = re.compile(r"((?-i:[A-Z])[\w&.'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w&.'’-]*){0,5}),\s+"
                               r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\.")
_SO_DID_OPENS = re.compile(r"\W*(?:and\s+)?so\s+(?:did|has|have|are|is|were|was)\b", re.I)


def _context_facts(doc: Doc, s: Sentence) -> list[Fact]:
    """A sentence in a paragraph about the signatories: its coordinated organisations are signatories."""
    if (_NEGATED_ANYWHERE.search(s.text) and (ABSENT_CUE.search(s.text) or _NO_CONNECTION_AFTER.search(s.text))) or (
            s.index and len(doc.sentences[s.index - 1].text) < 40 and _ABSENT_HEADING.match(
                doc.sentences[s.index - 1].text)):  # "Notable non-signatories" / "Google, Apple, Amazon"
        return []  # "Google, Apple and Amazon - all with large operations in Sydney - have still not put their
    # names to it": the paragraph's other names, not these
    if s.index in other_agreement_sentences(doc):
        return []  # "Siemens had launched the Charter of Trust with partners such as Airbus and Allianz": its members
    regions = relative_regions(s.text)
    out: list[Fact] = []
    present = bool(_PRESENCE.search(s.text)) or ((" is " in s.text or " are " in s.text) and bool(
        _NATIONALITY_PREDICATE.search(s.text)))  # "SAP is German."
    usable = candidates(doc, s)
    item_cut = _ITEM_ASIDE.search(s.text) if s.block.kind == "item" else None
    found = [m for m in doc.by_sentence.get(s.index, []) if not inside(m.start - s.start, regions)
             and (m in usable or (present and m.possessive and m.kind == "ORG"))  # "GitHub's name appears"
             and not _NEW_NAME_BEFORE.search(s.text, max(0, m.start - s.start - 30), m.start - s.start)
             and not (m.start - s.start <= 6 and s.text[:m.start - s.start].strip().lower() == "from")  # "From Korea,"
             and not (m.kind == "NAME" and _NEAR_BEFORE.search(s.text, max(0, m.start - s.start - 12),
                                                               m.start - s.start))  # "near Ipswich": a place
             and not (item_cut is not None and _city_slot(doc, s, m, item_cut.start()))]  # "X AS, Bergen - ...": a town
    labelled = _FRAGMENT_LABEL.match(s.text)
    label_end = labelled.end() if labelled else 0  # "HOST: " opening a transcript's turn
    if label_end and found and found[0].start - s.start == label_end and " " not in found[0].text \
            and found[0].entry is None and s.text.startswith(",", found[0].end - s.start):
        found = found[1:]  # "VENKATARAMAN: Imke, Brennholt is a lot smaller.": the one spoken to
    found_groups = groups(s, found, doc)
    # a list, not a passing mention ("X bought a start-up"), unless the sentence says the name is there
    listed = [g for g in found_groups if (len(g) >= 2 or present) and any(m.kind == "ORG" for m in g)]
    if found_groups and not listed and found_groups[0][0].start - s.start == label_end and any(
            m.kind == "ORG" for m in found_groups[0]) and _NAME_FRAGMENT.fullmatch(
            s.text, found_groups[0][-1].end - s.start):  # "Stripe, the payments people." "DocuSign." "HOST: Nielsen."
        listed = found_groups[:1]
    opening = candidates(doc, s, initial=True)[:1] if present and not listed else []
    apposed = _ORDINAL_NAME.match(s.text) if opening else None  # "The ninth Asian name, Rakuten, is a retailer"
    if opening and opening[0].kind == "NAME" and ((opening[0].start - s.start == label_end and " " in opening[0].text)
                                                  or (apposed and opening[0].start - s.start == apposed.end())):
        listed = [opening]  # "Halvorsen Datasystemer, of Bergen, writes booking software": the subject
    fragment = _ADDRESS_FRAGMENT.fullmatch(s.text) if found_groups and found_groups[0][0].start == s.start else None
    if fragment:  # "Cisco, San Jose." "Juniper Networks and LinkedIn, Sunnyvale." "FireEye, Milpitas.": a list of
        head = [m for m in found_groups[0] if m.end - s.start <= fragment.end(1)]  # members by their addresses
        listed = [head] if head and any(m.kind == "ORG" for m in head) else []
    if listed:  # "... by Quellan Micro and Varga Silicon; payments by Tessaro Pay and Orrin Ledger": a parallel list
        listed += [g for g in found_groups if g not in listed and len(g) >= 2
                   and all(m.kind == "NAME" and len(m.text.split()) >= 2 for m in g)]
    if ";" in s.text:  # "come SAP, the German software house; Nokia and F-Secure, both Finnish; and Spain's Telefónica"
        listed += [g for g in _semicolon_groups(s, found_groups) if g not in listed]
    listed += [list(pair) for pair in _range_pairs(doc, s)]  # "It ran from ABB's controllers to Stripe's payments"
    for group in listed:
        out.extend(_fact(doc, s, "signed", m, "signatory.paragraph", 0.6, 0) for m in group
                   if m.cls != "GovernmentBody")  # (not "Statements by the White House and the UK Foreign Office")
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per claim; a name a sentence lists and also says stayed out of the same agreement is absent
    ("the supporters included Google, which had stayed out of the accord, as well as Facebook"); the accord's
    own staff (its secretariat) neither sign it nor stay out."""
    facts = [f for f in facts if f.subject != _SECRETARIAT]
    seen: set[tuple[str, str, str | None]] = set()
    absent = {(f.subject, f.object) for f in facts if f.predicate == "absentFrom"}
    out = []
    for fact in facts:
        key = (fact.predicate, fact.subject, fact.object)
        if fact.predicate == "signed" and (fact.subject, fact.object) in absent and fact.rule in _LISTING_RULES:
            continue
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


_SECRETARIAT = "organization/cybersecurity-tech-accord-secretariat"
_LISTING_RULES = frozenset({"signatory.list", "signatory.colon-list", "signatory.so-did", "signatory.alongside"})
