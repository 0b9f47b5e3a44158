"""A deterministic synthetic corpus of news-like articles about the Cybersecurity Tech Accord.

Each article is a text file with YAML front matter (``title``, ``source``, ``url``, ``date``) and
a ground-truth JSON beside it (``NAME.truth.json``: ``signatories``, ``absent``, ``leaders``,
``people``, ``incidents``, ``mentioned``, ``words``). Articles are 250-700 words: a lead,
background on the accord, quotes with titles, who joined and who has not, incidents and dates,
mixed with filler paragraphs of ordinary news prose and page chrome (trending lines, bylines,
newsletter prompts) that names organisations which are no facts about the accord.

Names are invented from syllables (thousands of organisations and people, so the reference
dictionary cannot know them), with a few real companies the dictionary does know. Every fact
type has many sentence shapes ("Signatories include: A, B and C", "A, B and C signed the accord
on 4 June", "A, which joined the accord in 2019", "has yet to sign", "declined to join",
"said NAME, ROLE at ORG", ...).

Article ``i`` depends only on ``(seed, i)``: the corpus of 100 is the first 100 articles of the
corpus of 10,000, and the same seed always gives the same bytes.

    python -m benchmarks.generate 1000                 # -> benchmarks/corpus/1000/
    python -m benchmarks.generate 100 --out /tmp/c --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 1
DEFAULT_SEED = 2018
CORPUS_ROOT = Path(__file__).resolve().parent / "corpus"

# -- vocabulary --------------------------------------------------------------------------------------
_ONSETS = """Tarn Obr Kell Pell Sabr Marr Brack Holl Skel Orb Vant Quill Dray Fenn Corr Lum Nex Zer Ast Bell
Cald Dunn Elv Fal Gorm Hal Ist Jorv Kav Lorr Morv Norr Oss Prax Quen Rav Sell Torv Ulm Vell Wex Yarr Zann
Ard Brisk Cav Dov Emm Fros Grev Hask Ilv Jask Kest Lind Mald Nysk Ott Perr Roth Sten Thal Ulv Vard Wyn Brum
Clov Dren Estr Ferr Glan Harr Isk Kinn Lasc Merr Nov Orv Pyr Renn Scal Trev Vos Wald Ambr Bern Carr Dalm
Evr Forn Gild Hov Jen Korr Lov Mond Nath Ost Pald Rosk Sorr Tull Varn Wick""".split()
_VOWELS = ["a", "e", "i", "o", "u", "", "a", "e", "o", "y"]
_CODAS = """wick risca brook cine vane ton ford ley mere dale vex tra nia lix gard holm stead worth ric lan
vion more bury cott den field gate hurst lake mont nor ross sted thorpe vale well wyn bel dor kin lin
mar nis quay rell sey tane varo zia""".split()
ORG_HEADS = """Systems Networks Cloud Security Analytics Telecom Technologies Software Labs Logistics Mobile
Robotics Data Digital Computing Semiconductor Electronics Dynamics Industries Services Interactive Wireless
Microsystems Automation Cyber Platforms Payments Financial Energy Power Shipping Freight Communications
Solutions Holdings Group Partners Media Health Pharma Insurance Bank""".split()
_LEGAL = ["Inc.", "Ltd", "AG", "plc", "GmbH", "Corp.", "AB", "ASA", "SE"]
FIRST_NAMES = """Lenka Sunniva Anouk Adaeze Gregor Ines Maud Priya Tomasz Oskar Yusuf Amara Henrik Leila
Mateus Ingrid Kofi Marisol Dmitri Astrid Rohan Siobhan Emeka Freya Jonas Beatriz Kenji Oona Farid Helga Tobias
Noor Ruben Aiko Declan Zofia Idris Carmen Lars Fatima Pieter Anjali Mikael Chiara Bram Yara Stellan Nadia
Teodor Esme Kwame Saoirse Arjun Liesel Matteo Ayesha Viggo Camille Osei Greta Rafael Ilse Haruto Mirela
Callum Ebba Santiago Liv Tariq Maren Emil Rosalind Ivo Hana Casimir Paloma Niklas Wanjiru Anton Thea Bjorn
Lucia Hamid Elodie Sven Zainab Milo Agnes Jakub Rania Felix Orla Dario Signe Kaveh Bettina Hugo Amina Elias
Veronika Lorenzo Tove Samir Clara Piotr Imogen Rasmus Dalia Cyrus Frida Mateo Ines Aurelio Johanna Ravi
Marit Theo Soraya Gideon Alva Ansel Carys Dorian Elin Fabian Gwen Hector Isla Joaquin Katja Leon Mira
Nils Olga Pavel Quinn Rosa Stefan Tilde Ugo Vesna Walter Xenia Yosef Zelda""".split()
_SURNAME_ENDS = """ous igan huis quist ley ford well ton sen son berg stad holm ini ardo escu ova ak ic
man mann ley by field wood more rick ett ard ick ey ington stone""".split()
_SURNAME_STEMS = """Ald Hart Velt Norqu Stav Farr Ell Brann Cass Dunm Eck Fitz Garr Hals Ivers Jarv Kell
Lund Marsh Nyg Osw Penn Quarr Rydb Sandv Tregl Underh Vass Whitt Yell Zabr Ashb Birk Crom Dahl Eng Ferg
Grims Holt Ingr Jess Kirkl Lamb Mort Nesb Ord Pratt Redd Sork Tamm Ullr Voss Wend Aske Blom Carr Dreg Edg
Fenw Gask Hamm Illst Jorg Kvist Lark Mell Nord Ost Pask Ruth Strom Thorn Ulv Vink Warb""".split()
ROLES = [
    "chief executive", "chief information security officer", "president", "general counsel",
    "chief technology officer", "head of threat intelligence", "vice president for security",
    "director of public policy", "chief security officer", "founder", "senior researcher",
    "chief operating officer", "managing director", "head of security research", "chairman",
    "deputy general counsel", "security researcher", "chief privacy officer", "director of engineering",
]
ANALYST_ROLES = ["analyst", "security researcher", "senior analyst", "professor", "economist", "fellow"]
PLACES = """Leeds Rotterdam Singapore Oslo Tallinn Lisbon Seattle Toronto Nairobi Osaka Dublin Gdansk Bilbao
Helsinki Austin Melbourne Lyon Aarhus Brno Porto Utrecht Gothenburg Bristol Denver Montreal Seoul Taipei
Auckland Vilnius Riga Krakow Turin Marseille Hamburg Antwerp Zurich Geneva Vienna Ljubljana Zagreb Bergen
Reykjavik Boston Pittsburgh Raleigh Calgary Wellington Perth Adelaide Bangalore Pune Manila Jakarta""".split()
OUTLETS = ["GeekWire", "Reuters", "The Register", "ZDNet", "Wired", "SecurityWeek", "Dark Reading",
           "Computer Weekly", "The Record", "Ars Technica", "TechCrunch", "Help Net Security"]
#: Real companies the reference dictionary knows (their dictionary labels).
KNOWN_SIGNERS = ["Cisco", "Facebook", "Nokia", "Oracle", "SAP", "ABB", "HP", "Dell", "Trend Micro", "Symantec",
                 "Avast", "Bitdefender", "Cloudflare", "F-Secure", "GitHub", "LinkedIn", "VMware", "Telefonica",
                 "Arm", "BT", "Juniper Networks", "Intuit", "Stripe", "Tenable", "RSA", "Fastly", "DocuSign",
                 "Guardtime", "Nielsen", "DataStax", "FireEye", "HPE"]
KNOWN_ABSENT = ["Apple", "Amazon", "Google", "Alphabet", "IBM", "Intel", "Kaspersky", "Huawei", "Samsung"]
KNOWN_THREATS = ["WannaCry", "NotPetya"]
_THREAT_KINDS = ["ransomware", "malware", "worm", "botnet", "wiper"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SECTORS = ["water utilities", "hospitals", "freight forwarders", "regional banks", "car makers", "airports",
           "power grids", "food manufacturers", "insurers", "city councils", "universities", "retailers",
           "port operators", "telecom carriers", "pharmacies", "logistics firms", "payment processors"]
PRODUCTS = ["industrial control software", "cloud storage", "payment terminals", "network switches",
            "identity software", "fleet tracking tools", "smart meters", "hospital scheduling systems",
            "mobile banking apps", "backup appliances", "firewalls", "point-of-sale systems", "email filters",
            "data-centre cooling systems", "warehouse robots", "satellite modems", "medical imaging software"]
QUOTES = [
    "We write the code that runs other people's factories, so we have to be trusted with it",
    "Attacks on civilians do not stop at borders, and neither should our response",
    "This is a public promise that we will not help anyone turn our products into weapons",
    "Our customers asked us where we stand, and this is our answer",
    "No single company can defend the internet on its own",
    "We would rather be judged on what we do than on what we sign",
    "The real test is whether competitors pick up the phone to each other when it matters",
    "Security is a shared responsibility, and we intend to carry our part of it",
    "Governments need to hear that the industry will not be drafted into their conflicts",
    "Small vendors are attacked as often as large ones, but they rarely have a seat at the table",
    "Patching quickly is only half of the job; telling customers honestly is the other half",
    "We have seen what happens when malicious code moves faster than the people defending against it",
    "It costs us very little in money, but it changes how we answer when an agency asks for help",
    "Trust is slow to build and quick to lose, and this industry has lost a lot of it",
    "We are not signing up to a slogan, we are signing up to a set of obligations",
    "Until now, the honest answer was that it depended on who was asking",
    "The engineers were ahead of the lawyers on this one",
    "If a government asks us to weaken our products, the answer is no",
    "Our job is to protect every customer, wherever they are and whoever they are",
    "Collective defence only works if the small players are part of it",
    "We have been doing most of this quietly for years; now it is written down",
    "The threat has changed, and the way companies cooperate has to change with it",
]
ANALYST_QUOTES = [
    "Most of these attacks are not sophisticated; they succeed because basic hygiene is missing from the budget",
    "Boards ask about security once a year, usually the week after a competitor was hit",
    "The criminals are running a business, and business is good",
    "Nobody gets promoted for the breach that did not happen",
    "Backups that were never tested are not backups, they are hopes",
    "Regulation moves in years, attackers move in hours",
    "The smaller suppliers are where the big companies are weakest",
    "We keep finding the same mistakes in very different organisations",
    "Insurance has done more for patching than a decade of conference talks",
    "Passwords are still the front door, and too many are still under the mat",
]
REASONS = ["it was still studying the text", "its own policies already went further",
           "it preferred to work with governments directly", "the wording on disclosure was too vague",
           "its lawyers had not finished their review", "it did not comment on industry pledges",
           "it would decide after the next board meeting"]


@dataclass
class Pools:
    """The invented names one seed draws from."""

    orgs: list[str]
    stems: dict[str, str]  # organisation name -> its short form ("Tarnwick Systems" -> "Tarnwick")
    people: list[str]
    threats: list[str]


@functools.lru_cache(maxsize=4)
def pools(seed: int = DEFAULT_SEED, n_orgs: int = 4000, n_people: int = 3000) -> Pools:
    """Thousands of invented organisation and person names (deterministic in ``seed``)."""
    rng = random.Random(f"pools:{seed}")
    stems: list[str] = []
    seen: set[str] = set()
    while len(stems) < n_orgs:
        stem = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
        if stem not in seen and len(stem) >= 5:
            seen.add(stem)
            stems.append(stem)
    orgs: list[str] = []
    short: dict[str, str] = {}
    used: set[str] = set()
    for stem in stems:
        roll = rng.random()
        if roll < 0.07:
            name = stem + " " + rng.choice(ORG_HEADS) + " " + rng.choice(_LEGAL)
        elif roll < 0.12:
            name = stem + " & " + rng.choice(_SURNAME_STEMS) + rng.choice(_SURNAME_ENDS)
        else:
            name = stem + " " + rng.choice(ORG_HEADS)
        if name not in used:
            used.add(name)
            orgs.append(name)
            short[name] = stem
    people: list[str] = []
    seen_people: set[str] = set()
    surnames_seen: set[str] = set()
    while len(people) < n_people:
        surname = rng.choice(_SURNAME_STEMS) + rng.choice(_SURNAME_ENDS)
        name = f"{rng.choice(FIRST_NAMES)} {surname}"
        if name not in seen_people and surname not in surnames_seen:
            seen_people.add(name)
            surnames_seen.add(surname)
            people.append(name)
        elif len(surnames_seen) > 0.9 * len(_SURNAME_STEMS) * len(_SURNAME_ENDS):
            surnames_seen.clear()  # the surname space is nearly used up: allow repeats across people
    threats = sorted({rng.choice(_ONSETS) + rng.choice(["fly", "moth", "worm", "claw", "spike", "fang", "wisp",
                                                         "bite", "drift", "shade"]) for _ in range(400)})
    return Pools(orgs, short, people, threats)


def label(name: str) -> str:
    """An organisation's name without its legal suffix (what the graph's label should be)."""
    return re.sub(r"\s+(?:" + "|".join(re.escape(s) for s in _LEGAL) + r")$", "", name)


def fold(name: str) -> str:
    """A name folded for comparison: case, legal suffixes, punctuation and spacing."""
    name = label(name).lower().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s-]", " ", name).split())


# -- one article -------------------------------------------------------------------------------------
@dataclass
class Article:
    """A generated article: its file name, text and ground truth."""

    name: str
    text: str
    truth: dict[str, Any]


@dataclass
class _Draft:
    rng: random.Random
    pools: Pools
    date: dt.date
    signatories: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    people: list[dict[str, str | None]] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    introduced: set[str] = field(default_factory=set)  # organisations already written in full

    def org(self) -> str:
        """A fresh invented organisation (never used in this article yet)."""
        while True:
            name = self.rng.choice(self.pools.orgs)
            if name not in self.used:
                self.used.add(name)
                return name

    def orgs(self, k: int) -> list[str]:
        return [self.org() for _ in range(k)]

    def known(self, pool: list[str], k: int) -> list[str]:
        picks = [n for n in self.rng.sample(pool, min(len(pool), k + 3)) if n not in self.used][:k]
        self.used.update(picks)
        return picks

    def person(self) -> str:
        while True:
            name = self.rng.choice(self.pools.people)
            if name not in self.used:
                self.used.add(name)
                return name

    def write(self, name: str) -> str:
        """How the article writes an organisation: in full the first time, often a short form after."""
        if name in self.introduced and name in self.pools.stems and self.rng.random() < 0.5:
            return self.pools.stems[name]
        self.introduced.add(name)
        return name

    def short(self, name: str) -> str:
        """A one-word form usable before a title ("Tarnwick President ...") once the full name is out."""
        return self.pools.stems.get(name, name) if name in self.introduced else self.write(name)

    def signed(self, *names: str) -> None:
        for n in names:
            if n not in self.signatories:
                self.signatories.append(n)

    def said(self, person: str, role: str | None, org: str | None) -> None:
        self.people.append({"name": person, "role": role, "organization": label(org) if org else None})

    def when(self) -> str:
        """A date phrase near the article's date."""
        rng = self.rng
        past = self.date - dt.timedelta(days=rng.randint(1, 120))
        return rng.choice([
            f"on {WEEKDAYS[self.date.weekday() % 5]}", f"on {past.day} {MONTH_NAMES[past.month - 1]}",
            f"on {MONTH_NAMES[past.month - 1]} {past.day}", f"in {MONTH_NAMES[past.month - 1]} {past.year}",
            "this week", "last month", f"on {MONTH_NAMES[past.month - 1]} {past.day}, {past.year}", "earlier",
        ])


def listing(names: list[str], rng: random.Random) -> str:
    if len(names) == 1:
        return names[0]
    comma = "," if len(names) > 2 and rng.random() < 0.3 else ""
    return ", ".join(names[:-1]) + f"{comma} and {names[-1]}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _q(draft: _Draft) -> str:
    return draft.rng.choice(QUOTES)


# Each template: (orgs it takes: "1", "2" or "n", function(draft, names) -> sentence). The caller records
# the organisations as signatories / absent; a template only writes them.
_SignTemplate = tuple[str, Callable[[_Draft, list[str]], str]]


def _pl(names: list[str], plural: str, singular: str) -> str:
    return plural if len(names) > 1 else singular


def _w(d: _Draft, names: list[str]) -> str:
    return listing([d.write(n) for n in names], d.rng)


SIGN_TEMPLATES: list[_SignTemplate] = [
    ("n", lambda d, n: f"Signatories include {_w(d, n)}."),
    ("n", lambda d, n: f"The accord's signatories include: {_w(d, n)}."),
    ("n", lambda d, n: f"Among the new signatories are {_w(d, n)}."),
    ("n", lambda d, n: f"{_w(d, n)} signed the accord {d.when()}."),
    ("n", lambda d, n: f"{_w(d, n)} {_pl(n, 'have', 'has')} joined the Cybersecurity Tech Accord."),
    ("n", lambda d, n: f"The accord welcomed {_w(d, n)} {d.when()}."),
    ("n", lambda d, n: f"New members such as {_w(d, n)} bring the total to {d.rng.randint(40, 160)} companies."),
    ("2", lambda d, n: f"{d.write(n[0])} and {d.write(n[1])}, both signatories of the accord, published a joint "
                       f"advisory on {d.rng.choice(PRODUCTS)} {d.when()}."),
    ("1", lambda d, n: f"{d.write(n[0])}, which joined the accord in {d.rng.choice(MONTH_NAMES)} "
                       f"{d.date.year - d.rng.randint(0, 2)}, makes {d.rng.choice(PRODUCTS)} for "
                       f"{d.rng.choice(SECTORS)}."),
    ("1", lambda d, n: f"{d.write(n[0])} became the {d.rng.randint(60, 150)}th signatory of the accord "
                       f"{d.when()}."),
    ("1", lambda d, n: f"{d.write(n[0])} put its name to the accord {d.when()}."),
    ("1", lambda d, n: f"{d.write(n[0])} said on {d.rng.choice(WEEKDAYS)} that it has signed the Cybersecurity "
                       f"Tech Accord, the industry pact that commits its members to defend customers."),
    ("n", lambda d, n: f"{_w(d, n)} {_pl(n, 'are', 'is')} among the signatories."),
    ("1", lambda d, n: f"{d.write(n[0])} is now a member of the accord."),
    ("1", lambda d, n: f"{d.write(n[0])} signed on to the accord {d.when()}, a spokesperson confirmed."),
    ("n", lambda d, n: f"The list of founding signatories includes {_w(d, n)}."),
    ("n", lambda d, n: f"Founding members include {_w(d, n)}."),
    ("2", lambda d, n: f"{d.write(n[0])} joined the accord in {d.rng.choice(MONTH_NAMES)}, and so did "
                       f"{d.write(n[1])}."),
    ("1", lambda d, n: f"Joining the accord {d.when()} was {d.write(n[0])}, a maker of {d.rng.choice(PRODUCTS)}."),
    ("n", lambda d, n: f"The roster now includes {_w(d, n)}."),
    ("1", lambda d, n: f"{d.write(n[0])}, a supplier of {d.rng.choice(PRODUCTS)}, has signed the accord."),
    ("n", lambda d, n: f"{_w(d, n)} will sign the pact at a ceremony in {d.rng.choice(PLACES)}."),
]
ABSENT_TEMPLATES: list[_SignTemplate] = [
    ("n", lambda d, n: f"{_w(d, n)} {_pl(n, 'are', 'is')} conspicuously absent from the list."),
    ("1", lambda d, n: f"{d.write(n[0])} has yet to sign."),
    ("1", lambda d, n: f"{d.write(n[0])} declined to join the accord, saying {d.rng.choice(REASONS)}."),
    ("1", lambda d, n: f"{d.write(n[0])}, which has not joined, said separately that it was "
                       f"{d.rng.choice(['talking to other vendors', 'reviewing its options', 'watching closely'])}."),
    ("n", lambda d, n: f"Notably missing from the roster {_pl(n, 'are', 'is')} {_w(d, n)}."),
    ("1", lambda d, n: f"{d.write(n[0])} did not sign the accord."),
    ("1", lambda d, n: f"{d.write(n[0])} has held back so far, saying {d.rng.choice(REASONS)}."),
    ("1", lambda d, n: f"{d.write(n[0])} opted not to sign."),
    ("n", lambda d, n: f"{_w(d, n)} {_pl(n, 'have', 'has')} not signed the accord."),
    ("1", lambda d, n: f"{d.write(n[0])} hasn't joined yet."),
    ("n", lambda d, n: f"{_w(d, n)} {_pl(n, 'were', 'was')} nowhere to be found on the list."),
    ("1", lambda d, n: f"A spokesperson for {d.write(n[0])} said the company chose not to join for now."),
    ("1", lambda d, n: f"{d.write(n[0])} is not among the signatories, and {d.rng.choice(REASONS)}, "
                       f"a spokesperson said."),
]


def _quote_sentence(d: _Draft, person: str, role: str, org: str) -> str:
    """A quote with its speaker's name, role and organisation, in one of many shapes (recorded as truth)."""
    rng, q = d.rng, _q(d)
    shape = rng.randrange(9)
    if shape == 3 and " " in role:
        role = "CEO"
    d.said(person, None if shape == 5 else role, org)
    if shape == 0:
        return f"\u201c{q},\u201d said {person}, {role} at {d.write(org)}."
    if shape == 1:
        return f"\u201c{q},\u201d said {person}, {role} of {d.write(org)}."
    if shape == 2:
        d.write(org)
        return f"\u201c{q},\u201d {person}, {d.short(org)}'s {role}, said in a statement."
    if shape == 3:
        d.write(org)
        return f"{d.short(org)} {role if role.isupper() else _cap(role)} {person} said: \u201c{q}.\u201d"
    if shape == 4:
        d.write(org)
        return f"{d.short(org)}'s {role}, {person}, told reporters: \u201c{q}.\u201d"
    if shape == 5:
        return f"{person} of {d.write(org)} said the decision was not difficult. \u201c{q},\u201d " \
               f"{person.split()[-1]} said."
    if shape == 6:
        return f"According to {person}, {role} at {d.write(org)}, the work is only beginning. \u201c{q},\u201d " \
               f"{rng.choice(['she', 'he'])} added."
    if shape == 7:
        return f"\u201c{q},\u201d {person}, the {role} of {d.write(org)}, wrote in a blog post."
    return f"{person}, {role} at {d.write(org)}, said in an interview that the company had " \
           f"{rng.choice(['debated the move for months', 'consulted its customers first', 'moved quickly'])}. " \
           f"\u201c{q},\u201d {person.split()[-1]} said."


# -- filler: ordinary news prose (no claims about the accord) --------------------------------------------
def _filler_sentence(d: _Draft) -> str:
    rng = d.rng
    n = rng.randint(2, 95)
    place = rng.choice(PLACES)
    sector = rng.choice(SECTORS)
    product = rng.choice(PRODUCTS)
    month = rng.choice(MONTH_NAMES)
    shape = rng.randrange(40)
    if shape < 6 or shape in (20, 27):
        org = d.org()
        d.mentioned.append(org)
        org_text = d.write(org)
        return rng.choice([
            f"{org_text} reported revenue of ${n * 13} million for the quarter, up {n % 19 + 2} percent from a "
            f"year earlier.",
            f"{org_text}, based in {place}, employs about {n * 40} people and sells most of its {product} to "
            f"{sector}.",
            f"Shares in {org_text} rose {n % 9 + 1} percent in early trading after the company raised its "
            f"forecast for the year.",
            f"{org_text} said in {month} that it would open a second office in {place} and hire {n * 3} engineers.",
            f"Last year {org_text} paid a fine of ${n * 2} million after regulators found that it had kept "
            f"customer records longer than allowed.",
            f"{org_text} signed a {n % 5 + 2}-year supply contract with {sector} in {place} worth ${n * 7} million.",
            f"The outage at {org_text} lasted {n % 11 + 2} hours and left {sector} in {place} without "
            f"{product}.",
            f"{org_text} bought a small {place} startup that makes {product} for an undisclosed sum.",
        ])
    if shape < 8:
        person = d.person()
        org = d.org()
        role = rng.choice(ANALYST_ROLES)
        d.mentioned.append(org)
        d.said(person, role, org)
        article_ = "an" if role[0] in "aeiou" else "a"
        return rng.choice([
            f"\u201c{rng.choice(ANALYST_QUOTES)},\u201d said {person}, {article_} {role} at {d.write(org)}.",
            f"\u201c{rng.choice(ANALYST_QUOTES)},\u201d {person}, {article_} {role} at {d.write(org)}, said.",
            f"{person}, {article_} {role} at {d.write(org)}, estimates that {sector} spend less than "
            f"{n % 8 + 2} percent of their technology budgets on security.",
            f"According to {person}, {role} at {d.write(org)}, the number of reported incidents in {place} has "
            f"roughly doubled since {2014 + n % 5}.",
        ])
    return rng.choice([
        f"Regulators in {place} are expected to publish draft rules on incident reporting in {month}.",
        f"The number of ransomware incidents reported by {sector} rose by {n} percent last year, according to "
        f"figures published in {month}.",
        f"Insurers have started to ask {sector} detailed questions about backups before they renew cover.",
        f"Many smaller {sector} still run {product} that no longer receive security updates.",
        f"Prices for {product} have fallen by roughly a third over the past {n % 6 + 2} years.",
        f"A parliamentary committee in {place} held hearings on supply-chain security in {month}.",
        f"The city of {place} spent {n % 12 + 2} weeks restoring its {product} after an intrusion in {month}.",
        f"Analysts expect spending on {product} to grow by about {n % 15 + 3} percent a year until "
        f"{2024 + n % 4}.",
        f"Security teams at {sector} say they are short of staff, and salaries have risen accordingly.",
        f"Phishing emails disguised as invoices remain the most common way into {sector}, investigators say.",
        f"The weather in {place} delayed several flights on {rng.choice(WEEKDAYS)}, but the conference "
        f"opened on time.",
        f"Most of the {n * 10} incidents logged in {month} were traced to stolen passwords rather than to new "
        f"flaws.",
        f"Officials in {place} have asked {sector} to test their recovery plans at least twice a year.",
        f"Some {sector} have moved their {product} to the cloud, while others keep them in their own buildings.",
        f"A survey of {n * 20} chief executives found that fewer than half had rehearsed a response to a "
        f"major breach.",
        "Open-source maintainers have long complained that they carry much of the burden without pay.",
        f"Two of the largest {sector} in {place} merged in {month}, creating a company with {n * 90} staff.",
        f"The government of {place} set aside {n} million for training in {month}.",
        f"Several {sector} now publish how quickly they fix reported vulnerabilities.",
        f"Bug bounty programmes paid out more than ${n} million last year, a record.",
        "Critics say voluntary pledges are easy to make and hard to check.",
        f"Talks on a binding international treaty on state hacking have made little progress since {2015 + n % 4}.",
        f"In {place}, a court fined a company that had ignored warnings about its {product}.",
        f"The industry's trade bodies meet again in {place} in {month}.",
    ])


def _tail_sentence(d: _Draft) -> str:
    """A sentence that follows a fact in its paragraph: usually general, sometimes about another company."""
    if d.rng.random() < 0.25:
        return _filler_sentence(d)
    while True:
        mentioned = len(d.mentioned)
        people = len(d.people)
        text = _filler_sentence(d)
        if len(d.mentioned) == mentioned and len(d.people) == people:
            return text
        del d.mentioned[mentioned:], d.people[people:]  # drop that draw (its names stay used)


def _filler_paragraph(d: _Draft) -> str:
    return " ".join(_filler_sentence(d) for _ in range(d.rng.randint(2, 5)))


# -- assembling an article ----------------------------------------------------------------------------------
def _sign_sentence(d: _Draft, templates: list[_SignTemplate], names: list[str]) -> tuple[str, list[str]]:
    """A sentence stating ``names`` (or as many as its template takes); returns it and the names it used."""
    fitting = [t for t in templates if t[0] == "n" or int(t[0]) <= len(names)]
    arity, make = d.rng.choice(fitting)
    used = names if arity == "n" else names[:int(arity)]
    return make(d, used), used


def _threat(d: _Draft) -> str:
    if d.rng.random() < 0.5:
        name = d.rng.choice(KNOWN_THREATS)
        kind = "attack"
    else:
        name = d.rng.choice(d.pools.threats)
        kind = d.rng.choice(_THREAT_KINDS)
    if name not in d.incidents:
        d.incidents.append(name)
    return f"{name} {kind}"


def article(i: int, seed: int = DEFAULT_SEED) -> Article:
    """Article number ``i`` of the corpus of ``seed`` (independent of the corpus size)."""
    rng = random.Random(f"article:{seed}:{i}")
    p = pools(seed)
    date = dt.date(2018, 4, 17) + dt.timedelta(days=rng.randint(0, 5 * 365))
    d = _Draft(rng, p, date)
    target = rng.randint(250, 700)
    paragraphs: list[str] = []

    # the story: who joins (1-3 invented companies), maybe with a roster of others
    joiners = d.orgs(rng.choice([1, 1, 2, 2, 3]))
    headline_org = joiners[0]
    title = rng.choice([
        f"{label(headline_org)} signs Cybersecurity Tech Accord",
        f"{label(headline_org)} joins industry cybersecurity pact",
        f"Tech accord adds {len(joiners)} new {'member' if len(joiners) == 1 else 'members'}",
        "Who has signed the Cybersecurity Tech Accord, and who has not",
        f"{rng.choice(d.pools.threats)} attacks put industry pledge to the test",
    ])
    lead, used = _sign_sentence(d, SIGN_TEMPLATES, joiners)
    d.signed(*used)
    rest = [o for o in joiners if o not in used]
    if rest:
        extra, used2 = _sign_sentence(d, SIGN_TEMPLATES, rest)
        d.signed(*used2)
        rest = [o for o in rest if o not in used2]
        lead += " " + extra
    for o in rest:  # any left over: one sentence each
        extra, _ = _sign_sentence(d, [t for t in SIGN_TEMPLATES if t[0] == "1"], [o])
        d.signed(o)
        lead += " " + extra
    paragraphs.append(lead + " " + _tail_sentence(d))

    # background: the launch, led by Microsoft, with founders the dictionary knows
    threats = [_threat(d) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.75:
        d.leaders.append("Microsoft")
        d.signed("Microsoft")
        founders = d.known(KNOWN_SIGNERS, rng.randint(2, 4))
        d.signed(*founders)
        background = rng.choice([
            f"The accord was launched in April 2018 by 34 companies led by Microsoft, a year after the "
            f"{' and '.join(threats)} showed how fast malicious code can move.",
            f"The pact, an initiative led by Microsoft, was set up in April 2018 in response to the "
            f"{' and '.join(threats)}.",
            f"Microsoft led the initiative, which was announced in April 2018 after the {' and '.join(threats)}.",
        ])
        background += " " + rng.choice([
            f"Its founders included {listing(founders, rng)}, among others.",
            f"The founding signatories include {listing(founders, rng)}.",
            f"{listing(founders, rng)} were among the first to sign the accord.",
            f"Early signatories included {listing(founders, rng)}.",
            f"{listing(founders, rng)} were founding members.",
            f"Among the 34 founders were {listing(founders, rng)}.",
            f"{listing(founders, rng)} signed up at the launch.",
        ])
    else:
        background = rng.choice([
            f"The accord commits companies to protect all customers and to refuse to help governments launch "
            f"cyberattacks, commitments drawn up after the {' and '.join(threats)}.",
            f"Companies behind the pact say the {' and '.join(threats)} showed that no firm can defend its "
            f"customers alone.",
        ])
    paragraphs.append(background)

    # quotes: one to three people with titles
    quotes = []
    for org in rng.sample(d.signatories, min(len(d.signatories), rng.randint(1, 3))):
        if org in KNOWN_SIGNERS or org == "Microsoft":
            continue
        person, role = d.person(), rng.choice(ROLES)
        quotes.append(_quote_sentence(d, person, role, org))
    paragraphs.extend(quotes)

    # more signatories (roster) and absent companies
    if rng.random() < 0.6:
        roster = d.orgs(rng.randint(2, 5))
        sentence, used = _sign_sentence(d, SIGN_TEMPLATES, roster)
        d.signed(*used)
        paragraphs.append(sentence + " " + _tail_sentence(d))
    absent = d.orgs(rng.randint(1, 2))
    if rng.random() < 0.3:
        absent += d.known(KNOWN_ABSENT, rng.randint(1, 2))
    sentence, used = _sign_sentence(d, ABSENT_TEMPLATES, absent)
    d.absent.extend(used)
    paragraphs.append(sentence + " " + rng.choice([
        "Neither company would say when it might reconsider." if len(used) > 1 else
        "The company would not say when it might reconsider.",
        f"The accord's secretariat said it was in talks with several companies in {rng.choice(PLACES)}.",
        "Critics say voluntary pledges are easy to make and hard to check.",
        f"A decision is not expected before {rng.choice(MONTH_NAMES)}.",
    ]))

    # filler until the target length; paragraphs after the lead are shuffled
    def words() -> int:
        return sum(len(x.split()) for x in paragraphs)

    while words() < target - 10:
        paragraphs.insert(rng.randint(1, len(paragraphs)), _filler_paragraph(d))

    # page chrome: trending line, byline, related headline, newsletter prompt (no facts are read there)
    top: list[str] = []
    if rng.random() < 0.5:
        top.append(f"Trending: {label(d.org())} {rng.choice(['signs deal with', 'sues', 'hires former chief of'])} "
                   f"{label(d.org())} | {rng.choice(PLACES)} council approves new tram line")
    if rng.random() < 0.5:
        top.append(f"By {d.person()} | Security | {date.day} {MONTH_NAMES[date.month - 1]} {date.year}")
    if rng.random() < 0.5:
        top.append(title)
    bottom: list[str] = []
    if rng.random() < 0.4:
        bottom.append(f"Related: {label(d.org())} joins {rng.choice(['chip', 'cloud', 'robotics'])} alliance "
                      f"as {label(d.org())} holds back")
    if rng.random() < 0.4:
        bottom.append("Subscribe to our free newsletters to catch every headline")
    body = "\n\n".join(top + paragraphs + bottom) + "\n"
    body = re.sub(r"\b(Inc|Corp)\.\.", r"\1.", body)
    source = rng.choice(OUTLETS)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    url = f"https://news.example/{date.year}/{date.month:02d}/{slug}-{i}"
    front = (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsource: {source}\nurl: {url}\n"
             f"date: {date.isoformat()}\nsynthetic: yes\n---\n")
    truth = {
        "article": f"article-{i:05d}.txt",
        "signatories": sorted({label(n) for n in d.signatories}),
        "absent": sorted({label(n) for n in d.absent}),
        "leaders": d.leaders,
        "people": d.people,
        "incidents": d.incidents,
        "mentioned": sorted({label(n) for n in d.mentioned}),
        "words": len(body.split()),
    }
    return Article(f"article-{i:05d}", front + body, truth)


def generate(n: int, seed: int = DEFAULT_SEED) -> Iterator[Article]:
    """The first ``n`` articles of the corpus of ``seed``."""
    for i in range(n):
        yield article(i, seed)


def corpus_dir(n: int, root: Path = CORPUS_ROOT) -> Path:
    return root / str(n)


def write_corpus(n: int, out: Path | None = None, seed: int = DEFAULT_SEED) -> Path:
    """Write ``n`` articles (``NAME.txt`` + ``NAME.truth.json``) into ``out`` (default benchmarks/corpus/N/).

    A folder already holding this corpus (same size, seed and generator source) is reused.
    """
    folder = out or corpus_dir(n)
    stamp = folder / "corpus.json"
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    meta = {"n": n, "seed": seed, "generator": GENERATOR_VERSION, "source": source}
    if stamp.exists():
        try:
            if json.loads(stamp.read_text(encoding="utf-8")) == meta:
                return folder
        except ValueError:
            pass
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("article-*"):
        old.unlink()
    for a in generate(n, seed):
        (folder / f"{a.name}.txt").write_text(a.text, encoding="utf-8")
        (folder / f"{a.name}.truth.json").write_text(json.dumps(a.truth, indent=1, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")
    stamp.write_text(json.dumps(meta) + "\n", encoding="utf-8")
    return folder


def article_paths(folder: Path) -> list[Path]:
    """The article files of a corpus folder, in order."""
    return sorted(folder.glob("article-*.txt"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, nargs="+", help="corpus sizes (e.g. 100 1000 10000)")
    parser.add_argument("--out", type=Path, help="folder (one size only; default benchmarks/corpus/N/)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.out and len(args.n) > 1:
        parser.error("--out takes one corpus size")
    for n in args.n:
        print(write_corpus(n, args.out, args.seed))


if __name__ == "__main__":
    main()
