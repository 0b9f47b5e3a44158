"""Word lists of the language the loader reads: role titles, organisation and event head
nouns, function words. These describe English, not any article or entity."""

from __future__ import annotations

import re

#: Last words that make a capitalised name an organisation ("Obrisca Networks", "Kellbrook Logistics").
ORG_HEADS = frozenset("""
Systems Networks Network Cloud Security Securities Analytics Telecom Telecoms Telecommunications Telekom Technologies
Technology Software Labs Lab Group Holdings Logistics Mobile Fibre Fiber Bank Motors Air Airlines Airways
Communications Solutions Corporation Company Partners Capital Energy Media Health Pharma Pharmaceuticals Robotics
Data Digital Computing Semiconductor Semiconductors Electronics Dynamics Industries Services Interactive Games
Insurance Wireless Microsystems Micro Foundation Institute Alliance Association Council Agency Ministry
Department Commission Authority Bureau Office Consortium Coalition Ventures Works Automation Cyber Defense
Defence Intelligence Platforms Platform Payments Finance Financial Energy Power Utilities Water Shipping Freight
Research Consulting Consultancy Advisory Advisors Associates Insights Strategies Controls Instruments
Centre Center Engineering Manufacturing Hosting Telemetry Infotech Sistemas Datos Telecomunicaciones Informatique
Fintech Pay Pagos Soft Informatika Informatica Informatik Stores Retail Foods Hotels Hospitals University
Dispatch Times Post Journal Gazette Herald Tribune Review Weekly Daily News Magazine Press Chronicle Newswire
Inc Corp Ltd LLC Plc PLC AG GmbH SA NV BV AS ASA AB Oyj SE
""".split())
#: Endings of one-word company names: "Ledgerworks", "Netsoft", "Paylabs" are no person's surname.
ORG_WORD_ENDINGS = ("works", "soft", "labs", "ware", "tech", "logic", "systems", "networks", "data", "cloud", "pay",
                    "net", "sec", "link", "corp")
#: Legal forms of companies, longest first where one begins another ("GmbH & Co. KG" before "GmbH").
_LEGAL_FORMS = (r"\(Pty\)\s+Ltd\.?|\(Pty\)|Inc\.?|inc\.|Incorporated|Corp\.?|Corporation|Co\.,?\s+Ltd\.?|Co\.?|Ltd\.?|"
                r"Limited|L\.L\.C\.|LLC|plc|Plc|PLC|GmbH\s+&\s+Co\.\s+KG(?:aA)?|GmbH|KGaA|KG|AG|S\.A\.\s+de\s+C\.V\.|"
                r"S\.A\.S\.|S\.A\.|SAS|SA|N\.V\.|NV|B\.V\.|BV|AS|A/S|ASA|AB|Oyj|Oy|OÜ|SIA|UAB|ApS|S\.p\.A\.|SpA|"
                r"ehf\.?|hf\.|SE|K\.K\.|s\.r\.o\.|S\.r\.l\.|S\.L\.U?\.?|Sp\.\s+z\s+o\.o\.|Pty\.?\s+Ltd\.?|"
                r"Pvt\.?\s+Ltd\.?|LLP|Sdn\.?\s+Bhd\.?|Ltda\.?")
#: Legal suffixes: part of a company's name as written, not of its label.
LEGAL_SUFFIX = re.compile(rf"(?:,?\s+(?:{_LEGAL_FORMS}))+$")
#: A legal suffix right after a name ("Inc", ", Inc.", "Oyj").
LEGAL_SUFFIX_AFTER = re.compile(rf",?\s+(?:{_LEGAL_FORMS})(?![\w-])")
NEWS_HEADS = frozenset("Dispatch Times Post Journal Gazette Herald Tribune Weekly Daily News Magazine Chronicle "
                       "Newswire"
                       .split())
GOV_HEADS = frozenset("Agency Ministry Department Commission Authority Bureau Council".split())

#: Role titles, longest first when compiled (lower case; matched case-insensitively).
ROLE_WORDS = [
    "chief information security officer", "chief technology officer", "chief executive officer",
    "chief operating officer", "chief financial officer", "chief information officer", "chief security officer",
    "chief privacy officer", "chief legal officer", "chief marketing officer", "chief digital officer",
    "chief product officer", "chief strategy officer", "chief scientist", "chief executive", "chief counsel",
    "executive vice president", "senior vice president", "corporate vice president", "vice president",
    "vice chair", "vice chairman", "vice chairwoman", "owner", "co-owner", "operations manager",
    "executive vice-president", "senior vice-president", "vice-president",
    "general counsel", "deputy general counsel", "counsel", "managing director", "executive director", "president",
    "chairman", "chairwoman", "chairperson", "chair", "co-founder", "cofounder", "founder", "spokesperson",
    "spokesman", "spokeswoman", "director", "ceo", "cto", "cfo", "coo", "ciso", "cio", "cso", "head",
    "secretary-general", "secretary general", "general secretary", "director general", "director-general",
    "secretary",
    "minister", "ambassador", "commissioner",
    "professor", "analyst", "researcher", "senior researcher", "security researcher", "engineer",
    "senior engineer", "manager", "general manager", "lawyer", "attorney", "adviser", "advisor", "partner",
    "lead", "principal", "fellow", "officer", "editor", "correspondent", "reporter", "economist",
    "research fellow", "senior fellow", "visiting fellow", "portfolio manager", "fund manager", "strategist",
    "security strategist", "prosecutor", "research director", "program director", "programme director", "boss",
    "consultant", "security consultant", "specialist", "architect", "security architect", "president director",
    "coordinator", "campaign director", "campaigner", "doctoral student", "phd student", "graduate student",
    "postdoctoral researcher", "doctoral researcher", "security chief", "cybersecurity chief", "cyber chief",
    "technology chief", "privacy chief", "diplomat", "envoy", "lecturer", "convener", "convenor", "councillor",
    "councilor",
]
#: Any "chief ... officer" ("chief risk officer", "chief trust and safety officer") is a title.
_ROLE_CORE = r"chief\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}?\s+(?:officer|strategist|scientist|evangelist|architect)|" \
    + "|".join(
    sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True))
#: A role phrase: optional modifiers, a core title, an optional "of/for <lower-case field>" tail.
ROLE = re.compile(
    r"(?i:(?:(?:senior|junior|deputy|acting|interim|former|global|group|regional|associate|assistant|new|current|principal|"
    r"incoming|outgoing|longtime|founding)\s+)*"
    rf"(?:{_ROLE_CORE}))"
    r"(?-i:\s+(?:of|for)\s+(?!the\b|at\b|of\b|with\b)[a-z][a-z-]*"
    r"(?:\s+(?!at\b|of\b|for\b|with\b|in\b)(?:and\s+)?[a-z][a-z-]*){0,3})?"
)

#: Titles written before a person's name ("Dr. Friederike Lanzinger-Maas", "Ing. Theresia Brandstötter").
HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Ing|Mag|Herr|Frau|Dipl\.-Ing|Dra|Lic|Coun|Cllr|Madame|Monsieur|Mme|" \
            r"Señor|Señora)"
#: Verbs that give a person a post: "has hired X as its first director", "named X chief executive".
HIRING_VERB = r"(?:hired|named|appointed|promoted|tapped|recruited)"
#: Plural nouns for companies: "software from companies that signed the pact".
COMPANIES_NOUN = r"(?:companies|firms|businesses|providers|vendors|suppliers|makers)"

#: A legal suffix written with a possessive: "SoftBank Group Corp's (9984.T) British chip designer Arm".
SUFFIX_POSSESSIVE = r"(?:Corp|Inc|Ltd|Co|Plc|plc|SE|AG|SA|Oyj|AB|ASA|LLC)\.?['’]s\b"

#: Last words of job titles: a capitalised run ending in one is a title, not a name ("Chief Technology Officer").
TITLE_HEADS = frozenset("""officer president director counsel manager executive chairman chairwoman chair secretary
minister spokesperson spokesman spokeswoman analyst researcher engineer head lead founder cofounder co-founder
editor correspondent reporter ceo cto cfo coo ciso cio cso vp strategist scientist evangelist architect fellow
prosecutor treasurer trustee clerk auditor recruiter adviser advisor consultant""".split())

#: Words a department's name is made of ("Security Engineering", "Corporate Communications", "Office of the CISO"):
#: a name of these words only, in a post, names a team, not an organisation.
DEPARTMENT_WORDS = frozenset("""Security Engineering Product Products Corporate Communications Legal Policy Public
Government Affairs Research Operations Risk Compliance Trust Safety Privacy Marketing Sales Finance Information
Technology Strategy Threat Intelligence Incident Response Cyber Cybersecurity Data Protection Platform Infrastructure
Network Cloud Software Development Human Resources Customer Success Global Regulatory Enterprise Digital Partnerships
Standards Programs Programmes Program Programme Quality Assurance Application Offensive Defensive Defense Defence
Internal Audit IT OT ICS Payments Fraud Identity Access Architecture Services Solutions Governance Relations Investor
Investors External Media Press Resilience Secure Innovation Channel Channels Partner Partners Alliances Ecosystem
Field Americas EMEA APAC Office CISO CIO CTO CEO Team Unit Desk of the and for""".split())


def department(name: str) -> bool:
    """Is ``name`` made of department words only ("Threat Intelligence", "Office of the CISO")?"""
    return all(w in DEPARTMENT_WORDS for w in name.split())


#: Head nouns of events ("RSA Conference", "Signatory Assembly", "Baltic roundtable").
EVENT_HEADS = ("conference", "summit", "assembly", "forum", "workshop", "roundtable", "round table", "meeting",
               "congress", "expo", "symposium", "gathering", "hearing", "webinar", "ceremony", "dialogue",
               "convening", "meetup", "hackathon", "breakfast", "luncheon", "reception", "retreat", "week", "clinic",
               "bootcamp", "masterclass", "conclave")
#: Head nouns of cyber threats ("Marrowfly ransomware", "the NotPetya attack").
THREAT_HEADS = ("ransomware", "malware", "worm", "virus", "trojan", "botnet", "wiper", "spyware", "backdoor",
                "attack", "attacks", "outbreak", "outbreaks", "campaign", "hack", "breach", "cyberattack",
                "cyberattacks", "cyber attack", "cyber-attack", "exploit", "infection", "strain", "phishing wave",
                "ransomware wave", "intrusions", "intrusion", "hacks", "breaches", "loader", "dropper", "stealer",
                "infostealer", "rootkit", "implant", "heist")

#: Capitalised words that start sentences or headings but never names.
FUNCTION_WORDS = frozenset("""
A An The This That These Those It Its Their Our Your His Her We They He She I You In On At For By As But And
Or So If When While After Before Since With From To Of Into Over Under About Between Among Against During
Last Next Some Many Most All Both Each Every No Not None One Two Three Four Five Six Seven Eight Nine Ten Half
Such Other Others Another More Less Few Several Any Also Yet Still Even Just Only Then There Here Where Why How What
Which Who Whom Whose Because Although Though However Meanwhile Instead Once Until Unless Like Unlike Per Via
Today Tomorrow Yesterday Now Later Earlier Already First Second Third Fourth Fifth Former Latter New Old
Neither Either Nor Mr Mrs Ms Dr Prof Sir Dame Lord Lady Madame Monsieur Mme My Should Would Could Shall Might Must
Nobody Everyone Everybody Somebody Someone Anyone Anybody Whatever Whoever Whichever Whenever Wherever
Nothing Everything Something Anything Besides Apart Except Including Excluding Plus
Alongside Beyond Despite Amid Amongst Welcome Congratulations Congrats Thanks Hello Dear
Smaller Larger Bigger Newer Older Younger Fewer Greater Smallest Largest Biggest Newest Oldest
""".split())
#: A contract's or a ruling's defined terms, capitalised wherever they stand: "the Supplier", "this Agreement",
#: "Clause 14", "the Effective Date", "Customer Data", "Section II": never a company's name.
LEGAL_TERMS = frozenset("""
Agreement Clause Clauses Section Sections Schedule Annex Appendix Attachment Exhibit Recital Recitals Supplier
Customer Authority Respondent Respondents Party Parties Licensee Licensor Contractor Subprocessor Subcontractor
Claimant Defendant Plaintiff Appellant Appellee Petitioner Applicant Deliverables Whereas Term Territory
""".split())
LEGAL_DEFINED = re.compile(r"(?:Customer|Effective|Personal|Confidential|Supplier|Service|Commencement|Business)\s+"
                           r"(?:Data|Date|Information|Services|Day|Levels?)|(?:Section|Clause|Schedule|Annex|Article|"
                           r"Part|Attachment|Exhibit)\s+(?:[IVX]+|\d+(?:\.\d+)*|[A-Z])")

#: Capitalised words that are not names when they open a sentence.
COMMON_INITIAL = frozenset("""
Analysis Opinion Update Updated Editor Note Breaking Exclusive Advertisement Related Trending Photo Image
Signatories Signatory Members Member Founders Critics Researchers Officials Companies Firms Security Speakers
Panelists Participants Attendees Delegates Moderators
Networking Younger Older Notably Conspicuously Conspicuous Noticeably Signing Joining Watching Talks People Get
Sign Like
Meanwhile Elsewhere Separately Similarly Additionally Finally Overall Ultimately Currently Previously Recently
Earlier Later Instead Still Together Collectively Individually Privately Publicly Officially Expect Watch Keep See
Notice Consider Imagine Remember Note Look Take Think Ask Tell Okay Patch Within Deep Hardware Business Enterprise
Consumer Industrial Below Above Here Late Quarterly Compiled Notes Meet Pending Exits Whether Although Though Whereas
Unless Despite Further Farther Closer Yes Yeah Nope Start Begin Additional Several Skeptics Sceptics Analysts Observers
Supporters Opponents Membership Founders Founded Headquarters Website Well Newcomers Newcomer Renaming Holdouts
Latecomers Joiners Signers Initiative Initiatives According Big Major Notable Prominent Glaring Obvious
Arguably Honestly Frankly Clearly Obviously Basically Actually Apparently Certainly Hopefully Interestingly Ironically
Luckily Naturally Oddly Personally Probably Realistically Seriously Surely Technically Thankfully Unfortunately
Fortunately Admittedly Curiously Predictably Crucially Importantly Initially Originally Eventually Bookmarking
Empty Missing Absent Silent Quiet Founding Outreach Asked Contacted Reached Pressed Questioned Approached
Client Clients Customer Customers Regulator Regulators Competitor Competitors Rival Rivals
Yep Yup Nah Sure Stop Wait Lots Huh Hmm Lol Surprised
""".split())
#: Capitalised verbs and particles of title-case headlines: never part of a name.
HEADLINE_BREAKS = frozenset("""
Signs Signed Sign Joins Joined Join Backs Backed Says Said Launches Launched Announces Announced Declines
Declined Holds Hold Welcomes Welcomed Becomes Became Pledge Pledges Pledged Commits Committed Adds Added
Unveils Calls Urges Leads Led Among Will Is Are Was Were Has Have To For With Against Over After Amid
""".split())
NATIONALITIES = frozenset("""
American British English Scottish Welsh Irish French German Dutch Belgian Danish Swedish Norwegian Finnish
Estonian Latvian Lithuanian Polish Czech Russian Ukrainian Chinese Japanese Korean Indian Israeli Iranian
Australian Canadian Mexican Brazilian Spanish Italian Portuguese Swiss Austrian European Asian African
Western Eastern Northern Southern Nordic Baltic Scandinavian Turkish Saudi Emirati Singaporean Taiwanese
Slovak Slovenian Hungarian Romanian Bulgarian Greek Croatian Serbian Cypriot Icelandic Maltese Belarusian Georgian
Armenian Kazakh Pakistani Bangladeshi Indonesian Malaysian Thai Vietnamese Filipino Egyptian Nigerian Kenyan
Moroccan Argentine Argentinian Chilean Colombian Peruvian Venezuelan Cuban Israeli Jordanian Qatari Luxembourgish
Latin Arab Persian Catalan Basque Flemish Bavarian Texan Californian
Paraguayan Uruguayan Bolivian Ecuadorian Guatemalan Honduran Salvadoran Nicaraguan Panamanian Dominican Haitian
Jamaican Andean Algerian Tunisian Libyan Ethiopian Ghanaian Rwandan Ugandan
Tanzanian Senegalese Ivorian Cameroonian Zambian Zimbabwean Angolan Mozambican Namibian Botswanan
Sudanese Somali Lebanese Syrian Iraqi Kuwaiti Omani Bahraini Yemeni Afghan Nepalese Burmese Cambodian Nepali Bengali
Laotian Mongolian Uzbek Azerbaijani Moldovan Albanian Macedonian Montenegrin Bosnian Kosovar Liechtensteiner
Monegasque Andorran Québécois Levantine
""".split())
#: Words for what members promise: a lead-in with one introduces principles, not members.
PROMISE_WORDS = re.compile(r"\b(?:principles?|commitments?|tenets?|pillars?|values|promis\w*|pledg\w*|commit\w*|"
                           r"vow\w*|undertak\w*)", re.I)
#: "it asks four things of a signatory:": what a text demands of its members (a list of promises, not of members).
#: "those who sign", "companies that join": the signers, named by what they do.
SIGNERS = r"(?:those|companies|firms|everyone|anyone)\s+(?:who|that)\s+(?:sign|join)"
ASKS_OF = re.compile(r"\b(?:asks|asked|requires|required|demands|demanded|expects|expected)\s+(?:\w+\s+){0,3}?of\s+"
                     rf"(?:(?:a|each|every|its|their)\s+(?:signatory|member|signer|signatories|members)\b|{SIGNERS}\b)",
                     re.I)  # "asks four things of those who sign it"
#: Capitalised abbreviations of common nouns: "enterprise IT", "the PC maker" name no organisation.
COMMON_ACRONYMS = frozenset("""
IT PC PCs AI ML IoT VPN CEO CEOs CTO CFO CISO CIO COO HQ PR IP OS UI API APIs SME SMEs GDP ID PDF URL
OT ICS SCADA PLC PLCs DNS DDoS MFA SOC ERP CRM EDR SIEM SaaS IaaS PaaS BGP TLS SSL HTTP HTTPS USB LAN WAN
Wi-Fi WiFi Bluetooth 5G 4G LTE MDR XDR MSSP MSSPs MSP MSPs
""".split())
#: A stock ticker in brackets after a company's name: "Cisco Systems Inc (CSCO.O)", "(NASDAQ: MSFT)".
TICKER = re.compile(r"\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSE|TYO|HKEX|ETR|EPA|OTC|TSX|ASX|SIX|BME|HEL|STO)"
                    r"\s*:\s*[A-Z0-9.]{1,8}|[A-Z0-9]{1,6}\.[A-Z]{1,2})\)")

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
TIME_WORDS = frozenset(w.capitalize() for w in list(MONTHS) + list(WEEKDAYS))
#: A month or weekday as a regex (for "not followed by a date": "the Global Forum on Cyber Expertise").
TIME_WORD = "(?:" + "|".join(sorted(TIME_WORDS, key=len, reverse=True)) + r")\b"
#: A word before a job title that is not part of it: "senior *policy* counsel", "a *Cisco* policy director".
#: US state and Canadian province abbreviations as news style writes them after a city: "Waterloo, Ont.".
REGION_ABBREVIATIONS = frozenset("""Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich
Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo Ont Que Alta Sask Man""".split())
#: A count in words or digits: "33", "thirty-three", "dozens", "more than 100".
COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?|dozens?|" \
        r"hundreds?|several|more\s+than\s+\d+)"
TITLE_MODIFIER = r"(?!(?:who|whose|which|that|and|or|but|said|says|told)\b)[\w-]+"

