"""One test per reading rule added after the fourth round of blind articles (batches 16 and 17), each on a
sentence written here in other words than the article that showed the gap: the rule must read the wording,
not that article."""

from __future__ import annotations

from kg.article import read_text
from kg.nlp.document import analyse
from kg.relations import extract_all

HEADER = "---\ntitle: Test\ndate: 2021-05-04\n---\n"


def read(body: str) -> tuple[dict[str, set[str]], list[tuple[str, str | None, str | None]], list[str]]:
    """Labels by predicate, (person, organization, role) posts, and principle texts."""
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    by: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate in ("signed", "absentFrom", "led") and f.object == "ACC:CybersecurityTechAccord":
            by.setdefault(f.predicate, set()).add(doc.entities[f.subject].label)
    posts = [(doc.entities[f.subject].label, doc.entities[f.object].label if f.object else None, f.value["role"])
             for f in facts if f.predicate == "affiliation"]
    principles = [f.value["text"] for f in sorted(facts, key=lambda f: f.object or "")
                  if f.predicate == "hasPrinciple"]
    return by, posts, principles


def labels(body: str, predicate: str) -> set[str]:
    """The labels of the subjects of ``predicate`` facts read from ``body`` (any agreement)."""
    doc = analyse(read_text(HEADER + body))
    return {doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == predicate}


def lowered_posts(body: str) -> set[tuple[str, str | None, str]]:
    """The (person, organization, role in lower case) posts read from ``body``."""
    return {(p, o, (r or "").lower()) for p, o, r in read(body)[1]}


# -- membership ------------------------------------------------------------------------------------------
def test_members_named_by_sector_after_a_sentence_about_the_members() -> None:
    body = ("The accord's original members span the industry. Chip design is covered by Quellan Micro and "
            "Varga Silicon; payments by Tessaro Pay and Orrin Ledger.\n")
    assert read(body)[0]["signed"] == {"Quellan Micro", "Varga Silicon", "Tessaro Pay", "Orrin Ledger"}


def test_a_negated_sentence_about_members_opens_no_list() -> None:
    body = ("Several founders no longer trade under the names that signed. Brackwell was bought by Hollin "
            "Group and Sarn Data by Petrel Holdings.\n")
    assert "signed" not in read(body)[0]


def test_absences_named_as_a_list_and_none_of_which() -> None:
    body = "The best-known absences are Zentara Cloud, Brightwell Networks and Orrin Data, none of which has signed.\n"
    by = read(body)[0]
    assert by["absentFrom"] == {"Zentara Cloud", "Brightwell Networks", "Orrin Data"}
    assert "signed" not in by


def test_supporters_who_are_not_signatories_are_absent() -> None:
    body = ("The Paris Call drew hundreds of backers. Many of them are not accord members: Quibbly, for one, "
            "backs the Call while remaining outside the accord.\n")
    by = read(body)[0]
    assert by.get("absentFrom") == {"Quibbly"}
    assert "signed" not in by


def test_a_fronted_comparison_does_not_change_the_topic() -> None:
    body = ("Macron unveiled the Paris Call for Trust and Security in Cyberspace in November. Unlike the accord, "
            "the Call welcomes governments. Corporate backers named that week included Norvale Systems and "
            "Quibbly Labs.\n")
    assert "signed" not in read(body)[0]


def test_a_relative_clause_does_not_name_the_agreement() -> None:
    body = ("Hollin, which launched its own Charter of Trust last year with Petrel and Sarn, is not on the list "
            "of the accord's signatories.\n")
    assert read(body)[0]["absentFrom"] == {"Hollin"}


def test_brought_on_board_as_founding_members() -> None:
    body = "Microsoft recruited partners such as Norvale Systems and Quibbly Labs as founding members.\n"
    assert {"Norvale Systems", "Quibbly Labs"} <= read(body)[0]["signed"]


def test_yet_to_come_aboard_is_absence() -> None:
    assert read("Brightwell Networks is yet to come aboard the accord.\n")[0]["absentFrom"] == {"Brightwell Networks"}


def test_member_of_another_named_body_is_not_membership() -> None:
    body = "Tessaro, which is also a member of the Nordic Payments Council, spoke at the accord's forum.\n"
    assert "signed" not in read(body)[0]


def test_the_place_after_a_company_is_not_a_signatory() -> None:
    body = "The accord keeps growing. Orrin Ledger in Nairobi joined in March.\n"
    assert read(body)[0]["signed"] == {"Orrin Ledger"}


def test_came_in_with_a_time_is_joining() -> None:
    body = "Two firms joined the accord this year. Sarn Data, a Leeds start-up, came in during the spring.\n"
    assert "Sarn Data" in read(body)[0]["signed"]


def test_an_interviewers_claim_the_answer_denies_is_absence() -> None:
    body = "Q: People say Petrel Mobile joined the accord in May.\n\nA: No, they have not signed anything.\n"
    by = read(body)[0]
    assert by.get("absentFrom") == {"Petrel Mobile"}
    assert "signed" not in by


def test_pronoun_and_n_other_companies() -> None:
    body = ("Microsoft gave WannaCry as its reason. Under the pact, it and 33 other companies, Norvale Systems "
            "among them, promised to defend every customer.\n")
    assert {"Microsoft", "Norvale Systems"} <= read(body)[0]["signed"]


def test_a_second_list_after_a_colon_goes_on() -> None:
    body = ("Among the signatories are Norvale Systems and three antivirus makers: Quibbly Labs, Tessaro and "
            "Orrin Data.\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro", "Orrin Data"}


# -- leaders ---------------------------------------------------------------------------------------------
def test_forged_and_shepherded_and_driving_force() -> None:
    assert read("Halvard Group forged a coalition of 20 firms behind the accord.\n")[0]["led"] == {"Halvard Group"}
    assert read("The accord, steered into being by Fenwick Networks, grew fast.\n")[0]["led"] == {"Fenwick Networks"}
    assert read("The driving force behind the accord is Petrel Systems.\n")[0]["led"] == {"Petrel Systems"}


# -- people ----------------------------------------------------------------------------------------------
def test_posts_with_joined_roles_the_company_s_and_adjectives() -> None:
    body = ('"We signed," said Ishaan Roe, co-founder and CEO, Norvale Systems. Norvale\'s response team was '
            "led by Mira Doe, the company's chief technology officer. Halvard Group and its long-serving "
            "president, Omar Test, agreed.\n")
    posts = read(body)[1]
    assert ("Ishaan Roe", "Norvale Systems", "co-founder and CEO") in posts
    assert ("Mira Doe", "Norvale Systems", "chief technology officer") in posts
    assert ("Omar Test", "Halvard Group", "president") in posts


def test_an_analyst_who_follows_an_industry_for_a_firm() -> None:
    body = 'The accord grew. "It matters," said Carol Doe, who covers software stocks for Brenner Capital.\n'
    assert ("Carol Doe", "Brenner Capital", None) in read(body)[1]


def test_an_author_bio_line_is_page_chrome() -> None:
    body = "The accord grew this year.\n\nMira Quellhorst writes about technology and power.\n"
    assert read(body)[1] == []


# -- principles ------------------------------------------------------------------------------------------
def test_a_stated_count_keeps_and_inside_items() -> None:
    body = ("The signatories made four promises: protect users and customers everywhere, never attack on a "
            "state's behalf, help developers and users defend themselves, and act with each other, with "
            "researchers and with governments.\n")
    texts = read(body)[2]
    assert len(texts) == 4
    assert texts[0] == "protect users and customers everywhere"
    assert texts[3].startswith("act with each other") and texts[3].endswith("with governments")


def test_four_things_members_sign_up_to() -> None:
    body = ("The accord's four things members sign up to: guard every customer, refuse to aid state attacks, "
            "share tools with users, and cooperate with governments.\n")
    assert len(read(body)[2]) == 4


# -- mentions --------------------------------------------------------------------------------------------
def test_threat_named_by_an_apposition_and_event_with_lower_case_head() -> None:
    body = ("The accord's members met online. Their test was Glassmoth, the campaign against hospital routers. "
            "They will meet again at the Nordic roundtable in Oslo.\n")
    doc = analyse(read_text(HEADER + body))
    events = {doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == "about"}
    kinds = {e.label: e.kind for e in doc.entities.values()}
    assert kinds.get("Glassmoth") == "THREAT"
    assert events == {"Nordic roundtable"}


def test_pronouns_and_congress_are_not_names() -> None:
    doc = analyse(read_text(HEADER + "'Nobody is safe,' the accord says. Facebook told Congress it would sign.\n"))
    assert not any(e.label in ("Nobody", "Congress") and e.kind in ("ORG", "EVENT") for e in doc.entities.values())


# -- second round (batches 18 and 19) ----------------------------------------------------------------------
def test_labelled_lines_name_members_and_absentees() -> None:
    body = ("The accord launched this week.\n\n- Who's in: Norvale Systems (which drafted it), Quibbly Labs, plus "
            "Tessaro.\n- Who's out: Brightwell Networks and Orrin Data.\n")
    by = read(body)[0]
    assert by["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro"}
    assert by["absentFrom"] == {"Brightwell Networks", "Orrin Data"}


def test_a_count_then_that_many_short_sentences_are_principles() -> None:
    body = ("What the accord's members promise: three things. Guard every user. Refuse to aid state attacks. "
            "Share what they learn.\n")
    assert read(body)[2] == ["Guard every user.", "Refuse to aid state attacks.", "Share what they learn."]


def test_gaps_elliptical_absence_and_an_opening_pronoun() -> None:
    body = ("Zentara Cloud is the most glaring omission. Apple did not sign. Brightwell didn't either.\n\n"
            "Orrin Data backed the Paris Call. It supported the Call but has never signed the accord.\n")
    assert read(body)[0]["absentFrom"] == {"Zentara Cloud", "Apple", "Brightwell", "Orrin Data"}


def test_one_of_them_latest_to_commit_member_company_and_followed() -> None:
    body = ("Thirty companies signed the accord, and Norvale Systems is one of them. Quibbly Labs is the latest to "
            "commit. The meeting was hosted by member company Tessaro Group. Orrin Data signed in May, and "
            "Brightwell Networks followed in June.\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro Group", "Orrin Data",
                                       "Brightwell Networks"}


def test_a_conditional_and_a_rival_clause_are_not_signing() -> None:
    body = ("Should Zentara Cloud ever sign the accord, analysts will be surprised. Halvard Group declined to "
            "join, even as two of its rivals joined.\n")
    by = read(body)[0]
    assert "signed" not in by
    assert by["absentFrom"] == {"Halvard Group"}


def test_founder_title_and_the_firm_s_executive() -> None:
    body = ("Bridger Logic signed the accord. It is one of the smallest members. \"We are proud,\" said the "
            "firm's chief executive, Dana Whit. The idea came from Bridger Logic founder Harlan Peake.\n")
    posts = read(body)[1]
    assert ("Dana Whit", "Bridger Logic", "chief executive") in posts
    assert ("Harlan Peake", "Bridger Logic", "founder") in posts


def test_countries_and_quoted_events_are_not_signatories() -> None:
    body = ("The accord reached the region. Companies from Mexico to Argentina put their names to it. Most were "
            "introduced at \"Ciber Dias 2020\", an online session that the accord organised.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    assert not [f for f in facts if f.predicate in ("signed", "led")]
    assert {doc.entities[f.subject].label for f in facts if f.predicate == "about"} == {"Ciber Dias 2020"}


# -- third round (batches 20 and 21) -----------------------------------------------------------------------
def test_a_space_aligned_table_after_a_lead_in() -> None:
    body = ("Three firms were admitted this month. They are listed below.\n\nCompany            City        Sector\n"
            "Norvale Systems    Leeds       Payments\nQuibbly Labs       Cork        Identity\n"
            "Tessaro Data       Turin       Hosting\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro Data"}


def test_country_brackets_legal_suffixes_and_dash_asides_keep_a_list_together() -> None:
    body = ("Norvale Systems K.K., a Kobe maker of pumps, and Quibbly Labs Co., Ltd. have become signatories of the "
            "accord. Tessaro (Italy), Orrin Data (Chile) and Petrel Systems – a start-up – signed too, while "
            "Brightwell Hosting (Ireland) pulled out.\n")
    by = read(body)[0]
    assert by["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro", "Orrin Data", "Petrel Systems"}
    assert by["absentFrom"] == {"Brightwell Hosting"}


def test_elliptical_not_and_weighing_membership() -> None:
    body = ("Norvale Systems and Quibbly Labs are among the signers; Zentara Cloud and Orrin Data are not. "
            "Brightwell Networks is weighing membership.\n")
    by = read(body)[0]
    assert by["signed"] == {"Norvale Systems", "Quibbly Labs"}
    assert by["absentFrom"] == {"Zentara Cloud", "Orrin Data", "Brightwell Networks"}


def test_a_count_then_one_sentence_of_semicolon_clauses() -> None:
    body = ("The accord binds its signers to three commitments. They will guard every user; they will not aid "
            "state attacks; and they will share threat data.\n")
    assert len(read(body)[2]) == 3


def test_an_about_the_accord_section_is_read() -> None:
    body = ("Norvale Systems signed the accord today.\n\nAbout the Cybersecurity Tech Accord\n\nThe accord was "
            "founded in 2018 by 34 companies including Quibbly Labs and Tessaro Data.\n\nAbout Norvale Systems\n\n"
            "Norvale Systems works with Petrel Bank and Orrin Data.\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro Data"}


# -- fourth round (batches 22 and 23) ----------------------------------------------------------------------
def test_absent_from_the_list_with_a_colon_and_who_isnt_labels() -> None:
    body = ("Absent from the list are three of the largest names in the business: Zentara Cloud, Orrin Data and "
            "Brightwell Networks.\n\nWHO'S ON BOARD: Norvale Systems, Quibbly Labs.\n\nWHO ISN'T: Petrel Mobile.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Zentara Cloud", "Orrin Data", "Brightwell Networks", "Petrel Mobile"}
    assert by["signed"] == {"Norvale Systems", "Quibbly Labs"}


def test_a_lower_case_title_before_a_name_and_four_planks() -> None:
    body = ("Ravensmoor Networks was not on the list, but chief executive Hal Penhallow said it might join. The "
            "pledge rests on four planks — stronger defense, no offense, capacity building and collective action.\n")
    _, posts, principles = read(body)
    assert ("Hal Penhallow", "Ravensmoor Networks", "chief executive") in posts
    assert principles == ["stronger defense", "no offense", "capacity building", "collective action"]


def test_a_spoken_roll_call_and_neither_twice() -> None:
    body = ("HOST: Okay, roll call.\n\nGUEST: On networking you have Norvale Systems and Quibbly Labs. Then the "
            "Finns, Tessaro Group and Orrin Data.\n\nGUEST: Zentara Cloud isn't a signatory. Neither is Petrel, "
            "neither is Brightwell.\n")
    by = read(body)[0]
    assert {"Norvale Systems", "Quibbly Labs", "Tessaro Group", "Orrin Data"} <= by["signed"]
    assert by["absentFrom"] == {"Zentara Cloud", "Petrel", "Brightwell"}


def test_a_roll_call_a_list_heading_and_sitting_it_out() -> None:
    body = ("The big names sitting this one out: Zentara Cloud and Orrin Data.\n\nHere's the full roll call: "
            "Norvale Systems, Quibbly Labs, Tessaro Group.\n\nWHO SIGNED\n\n- Petrel Systems\n- Brightwell Networks\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Zentara Cloud", "Orrin Data"}
    assert by["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro Group", "Petrel Systems",
                            "Brightwell Networks"}


# -- fifth round (batches 26 and 27) -----------------------------------------------------------------------
def test_a_pipe_table_whose_header_names_the_members_column() -> None:
    body = ("The accord launched today.\n\n| Segment | Founding signatories |\n|---|---|\n"
            "| Endpoint security | Norvale Systems, Quibbly Labs |\n| Carriers | Tessaro Group |\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro Group"}


def test_colon_after_a_signing_verb_among_them_later_and_dashed_bullets() -> None:
    body = ("A dozen firms were invited. Two have since signed: Norvale Systems and Quibbly Labs.\n\n"
            "The founders included several firms that had studied the malware, Tessaro Group and Orrin Data among "
            "them, alongside Petrel Systems.\n\n- Brightwell Networks (Finland) – founding member, April 2018\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro Group", "Orrin Data",
                                       "Petrel Systems", "Brightwell Networks"}


def test_joined_n_other_companies_signatures_and_added_to_the_list() -> None:
    body = ("Norvale Systems and Quibbly Labs joined 32 other companies in forming the accord. Tessaro Group, a "
            "Turin maker of sensors, and Orrin Data each put their signatures to the accord. Petrel Systems was "
            "added to the accord's list of signatories in May.\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Labs", "Tessaro Group", "Orrin Data",
                                       "Petrel Systems"}


def test_a_first_person_writer_s_colleagues_and_bracketed_titles() -> None:
    body = ("I'm a security engineer at Cobble Payments. The accord matters to us. Our CISO, Gideon Thwaite, "
            "agreed.\n\n- Rasmus Feld (head of product security, Kobalt Automation)\n")
    posts = read(body)[1]
    assert ("Gideon Thwaite", "Cobble Payments", "CISO") in posts
    assert ("Rasmus Feld", "Kobalt Automation", "head of product security") in posts


def test_a_list_written_one_name_per_line_and_names_ending_a_line() -> None:
    body = ("The accord launched today.\n\nWHO SIGNED\n\nThe founding signatories, as published by the group:\n"
            "Norvale Systems\nQuibbly Technologies\nTessaro Networks\n\nThe pact has no enforcement.\n")
    assert read(body)[0]["signed"] == {"Norvale Systems", "Quibbly Technologies", "Tessaro Networks"}


# -- session 5: events of other agreements -----------------------------------------------------------------
def _events(body: str) -> dict[str, str | None]:
    doc = analyse(read_text(HEADER + body))
    return {doc.entities[f.subject].label: f.value.get("date") for f in extract_all(doc)
            if f.predicate == "about" and f.object == "ACC:CybersecurityTechAccord"}


def test_another_agreements_launch_told_beside_the_accord_is_an_event_with_its_date() -> None:
    body = ("The Cybersecurity Tech Accord welcomed the move. On 15 May 2019 New Zealand's prime minister "
            "unveiled the Christchurch Call, and the Digital Geneva Convention was presented again.\n")
    assert _events(body) == {"launch of the Christchurch Call": "2019-05-15"}


def test_an_endorsement_counts_only_when_the_accords_members_give_it() -> None:
    members = "The Cybersecurity Tech Accord grew. Its members endorsed the Charter of Trust in June.\n"
    others = "The Cybersecurity Tech Accord grew. The Charter of Trust was endorsed by nine banks.\n"
    assert set(_events(members)) == {"endorsement of the Charter of Trust"}
    assert _events(others) == {}


# -- session 5: batch 32 (British, Indian and Australian outlets) --------------------------------------------
def test_a_list_that_does_not_include_names_absentees_and_but_ends_a_list() -> None:
    body = ("Norvale-led pact is backed by 20 firms including Quibbly Labs and Tessaro, but Brightwell and Orrin "
            "Data stay away.\n\nThe roster does not include Halvard Systems or Pellin Cloud. Nor does it include "
            "Sarn Data.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Tessaro"}
    assert by["absentFrom"] == {"Brightwell", "Orrin Data", "Halvard Systems", "Pellin Cloud", "Sarn Data"}


def test_semicolon_items_with_appositions_and_labelled_groups() -> None:
    labelled = ("The accord's signatories include payment firms Tessaro Pay, Orrin Ledger and Quibbly Labs; chip "
                "designers Varga Silicon and Quellan Micro; and carriers Sarn Telecom and Pellin Networks.\n")
    apposed = ("The accord's signatories come from all over. From the north come Halvard Systems, the Oslo "
               "software house; Brekke Data and Fjell Cloud, both Norwegian; and Sweden's Norrsken Labs.\n")
    assert read(labelled)[0]["signed"] == {"Tessaro Pay", "Orrin Ledger", "Quibbly Labs", "Varga Silicon",
                                           "Quellan Micro", "Sarn Telecom", "Pellin Networks"}
    assert read(apposed)[0]["signed"] == {"Halvard Systems", "Brekke Data", "Fjell Cloud", "Norrsken Labs"}


def test_a_name_in_a_bracketed_aside_is_not_in_the_list() -> None:
    body = ("The accord's members are Tessaro Pay (maker of QuickLedger) and Orrin Data (its former sibling), "
            "along with Quibbly Labs.\n")
    assert read(body)[0]["signed"] == {"Tessaro Pay", "Orrin Data", "Quibbly Labs"}


def test_quoted_headings_after_a_stated_count_are_the_principles() -> None:
    body = ("The Cybersecurity Tech Accord sets out four principles under short names. Under \"shield "
            "everyone\", members protect all customers. \"No attacks\" means they will not help governments "
            "attack civilians. \"Teach\" is a promise to train developers, while \"band together\" is a pledge "
            "to act with peers.\n")
    principles = read(body)[2]
    assert [p.split(":")[0] for p in principles] == ["Shield everyone", "No attacks", "Teach", "Band together"]
    assert principles[2] == "Teach: a promise to train developers"


def test_firstly_secondly_sentences_are_principles() -> None:
    body = ("The Cybersecurity Tech Accord rests on three principles. Firstly, members defend every customer. "
            "Secondly, they refuse to help attacks on citizens. Thirdly, they work together.\n")
    assert len(read(body)[2]) == 3


def test_names_coordinated_with_known_companies_after_a_question() -> None:
    body = ("Who is missing from the Cybersecurity Tech Accord?\n\nThere's no Google, no Quarrow and no Tindle "
            "on the list.\n\nWho signed?\n\nThe security crowd turned up in force, including Symantec and "
            "Avast.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Google", "Quarrow", "Tindle"}
    assert by["signed"] == {"Symantec", "Avast"}


def test_pulled_together_by_is_a_leader_and_posts_with_words_around_the_title() -> None:
    body = ("The Cybersecurity Tech Accord was pulled together by Norvale Systems. \"It matters,\" said Jane "
            "Roe-Smith, a senior policy analyst at the research firm Quibbly Insight. Halvard Orrin, a Norvale "
            "Systems policy director, agreed.\n")
    by, posts, _ = read(body)
    assert by["led"] == {"Norvale Systems"}
    assert ("Jane Roe-Smith", "Quibbly Insight", "senior policy analyst") in posts
    assert ("Halvard Orrin", "Norvale Systems", "policy director") in posts


# -- session 5: batch 31 (the accord as context: attribution, the Paris Call, opinion, Q&A, a breach) ---------
def test_we_in_a_quotation_is_the_quoted_persons_company_not_the_last_name() -> None:
    body = ("Tessaro Systems was breached. Clients include Orrin Brewing, a beer maker. \"We signed the "
            "Cybersecurity Tech Accord last year,\" Jane Roe, Tessaro's chief executive, said. Pellin Payroll, "
            "a rival that also belongs to the accord, agreed.\n")
    assert read(body)[0]["signed"] == {"Tessaro Systems", "Pellin Payroll"}


def test_a_list_of_another_agreements_goals_leaves_the_accords_enumeration() -> None:
    body = ("Macron launched the Paris Call for Trust and Security in Cyberspace on Monday.\n\n"
            "The declaration lists three commitments:\n\n- protect hospitals;\n- protect elections;\n"
            "- stop hacking back.\n\n"
            "The Cybersecurity Tech Accord has four commitments: stronger defense, no offense, capacity building "
            "and collective action.\n")
    doc = analyse(read_text(HEADER + body))
    principles = {f.subject: [] for f in extract_all(doc) if f.predicate == "hasPrinciple"}
    for f in extract_all(doc):
        if f.predicate == "hasPrinciple":
            principles[f.subject].append(f.value["text"])
    assert principles["ACC:CybersecurityTechAccord"] == ["stronger defense", "no offense", "capacity building",
                                                          "collective action"]
    assert len(principles["agreement/paris-call"]) == 3


def test_a_paragraph_after_one_only_about_another_agreement_stays_with_it() -> None:
    body = ("Macron launched the Paris Call for Trust and Security in Cyberspace on Monday.\n\n"
            "All members of the Halvard Union signed, as did Orrin Data.\n\n"
            "The Cybersecurity Tech Accord was pulled together by Microsoft. Sarn Cloud has also signed.\n")
    assert read(body)[0]["signed"] == {"Microsoft", "Sarn Cloud"}


def test_an_interviews_turn_labels_and_the_speakers_colleague() -> None:
    body = ("Tessaro Systems signed in May. We spoke to Tessaro's co-founder and chief executive, Jane Roe.\n\n"
            "Ledger: Who is still out of the Cybersecurity Tech Accord?\n\n"
            "Roe: Orrin Data stayed out. Our head of research, Sam Pell, asked them why.\n\n"
            "Ledger: What did you sign up to?\n\n"
            "Roe: Three things, and they are simple. We protect customers. We never help attacks. We work "
            "together.\n")
    by, posts, principles = read(body)
    assert by["absentFrom"] == {"Orrin Data"}
    assert ("Jane Roe", "Tessaro Systems", "co-founder and chief executive") in posts
    assert ("Sam Pell", "Tessaro Systems", "head of research") in posts
    assert len(principles) == 3


def test_a_threat_named_after_its_head_and_the_person_leading_a_companys_work() -> None:
    body = ("The Cybersecurity Tech Accord grew. Orrin Labs has named the intruders' campaign Gannetwisp. "
            "\"It is criminal,\" said Idris Holm, who is leading Orrin's investigation. The accord was launched "
            "in April 2018 by Microsoft and 33 other technology companies.\n")
    doc = analyse(read_text(HEADER + body))
    by, posts, _ = read(body)
    assert any(e.label == "Gannetwisp" and e.kind == "THREAT" for e in doc.entities.values())
    assert ("Idris Holm", "Orrin Labs", None) in posts
    assert by["led"] == {"Microsoft"}


# -- session 5: batch 30 (wire, regional, trade press, press release, roundup) --------------------------------
def test_inline_numbered_principles() -> None:
    body = ("The Cybersecurity Tech Accord is short. Signatories promise (1) to shield every user, (2) to refuse "
            "to help attacks, (3) to train developers, and (4) to work together.\n")
    assert read(body)[2] == ["to shield every user", "to refuse to help attacks", "to train developers",
                             "to work together"]


def test_headlines_under_a_related_coverage_heading_are_chrome() -> None:
    body = ("The Cybersecurity Tech Accord has four principles: defense, no offense, capacity and action.\n\n"
            "RELATED COVERAGE\n\n- Quellan delays its next chip\n- Exclusive: Varga weighs a sale\n")
    doc = analyse(read_text(HEADER + body))
    assert [s.text for s in doc.sentences if not s.chrome][-1].startswith("The Cybersecurity Tech Accord")
    assert len(read(body)[2]) == 4


def test_a_company_s_short_name_and_its_people_and_a_longtime_member() -> None:
    body = ("Valdrenne Controls has become the latest industrial automation supplier to sign the Cybersecurity "
            "Tech Accord. \"It matters,\" said Ilse Marchbank, who heads product security at Valdrenne. Chief "
            "executive Fabrice Aumonte agreed. Larchgrove Cloud, a longtime member, presented. Tobiah Crennel of "
            "Gantrywell Research said the holdouts were wrong.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Valdrenne Controls", "Larchgrove Cloud"}
    assert "absentFrom" not in by
    assert ("Ilse Marchbank", "Valdrenne Controls", "head of product security") in posts
    assert ("Fabrice Aumonte", "Valdrenne Controls", "chief executive") in posts


def test_the_accord_as_a_companys_initiative_and_launched_the_accord() -> None:
    first = "The Cybersecurity Tech Accord was Norvale Systems' initiative from the start.\n"
    second = "The Cybersecurity Tech Accord grew after Orrin Data launched the accord in 2018.\n"
    other = "Norvale Systems' Defending Voters initiative is separate from the Cybersecurity Tech Accord.\n"
    assert read(first)[0]["led"] == {"Norvale Systems"}
    assert read(second)[0]["led"] == {"Orrin Data"}
    assert "led" not in read(other)[0]


# -- session 5: batch 32, second round (Nordic blog, Latin American signing) ----------------------------------
def test_people_named_with_particles_and_their_posts() -> None:
    body = ("The Cybersecurity Tech Accord grew. The ceremony was hosted by María José de la Vega Ortúzar, chief "
            "executive of Ñandeva Datos. Joaquín van der Kloet, chief information security officer at Cordillera "
            "Zafiro Telecomunicaciones, agreed.\n")
    posts = read(body)[1]
    assert ("María José de la Vega Ortúzar", "Ñandeva Datos", "chief executive") in posts
    assert ("Joaquín van der Kloet", "Cordillera Zafiro Telecomunicaciones",
            "chief information security officer") in posts


def test_bold_list_items_with_place_and_description_and_a_summary_box() -> None:
    body = ("## TL;DR\n\n- We signed the accord.\n- Three peers signed too.\n- Nothing changes tomorrow.\n\n"
            "The Cybersecurity Tech Accord has three principles:\n\n- Defend everyone.\n- Attack no one.\n"
            "- Work together.\n\nWe joined the accord together with:\n\n"
            "- **Kvæstad Nett A/S** (Aarhus, Denmark) - regional fibre operator\n"
            "- **Hvítárós Cloud ehf.** (Reykjavík, Iceland) - data centres\n")
    by, _, principles = read(body)
    assert by["signed"] == {"Kvæstad Nett", "Hvítárós Cloud"}
    assert principles == ["Defend everyone.", "Attack no one.", "Work together."]


def test_menu_bars_headline_bars_and_bracketed_photo_captions_are_chrome() -> None:
    from kg.nlp.segment import is_chrome_line

    assert is_chrome_line("Sølvfjord Engineering  ·  Blog  ·  Careers  ·  Status page")
    assert is_chrome_line("Más leídas: Lácteos Unidos raises milk prices again | Aerolíneas Cerrito adds a new "
                          "route | Review: the Zorzal X2 budget phone")
    assert is_chrome_line("[Photo: Executives sign the accord at the ballroom.")
    assert not is_chrome_line("Signatories: Microsoft | Cisco | Nokia")
    assert not is_chrome_line("Microsoft · Cisco · Nokia")


# -- session 5: batch 34 (new members 2019-2024, mostly invented companies) -----------------------------------
def test_an_html_table_of_new_members_reads_as_the_page_does() -> None:
    page = ("<html><head><title>New members</title></head><body><article><h1>Nine firms join</h1>"
            "<p>Nine companies have signed the Cybersecurity Tech Accord. The new signatories are:</p>"
            "<table><tr><th>Company</th><th>Country</th><th>Sector</th></tr>"
            "<tr><td>Bạch Lâm Cyber</td><td>Vietnam</td><td>Managed security</td></tr>"
            "<tr><td>Rimbakara Sdn Bhd</td><td>Malaysia</td><td>Data centres</td></tr></table>"
            "<p>Rimbakara co-founder Nurul Aisyah binti Zulkifli said it mattered.</p></article></body></html>")
    doc = analyse(read_text(page))
    facts = extract_all(doc)
    signed = {doc.entities[f.subject].label: f.sentence.text for f in facts if f.predicate == "signed"}
    assert set(signed) == {"Bạch Lâm Cyber", "Rimbakara"}
    assert " ".join(signed["Bạch Lâm Cyber"].split()) == "Bạch Lâm Cyber Vietnam Managed security"
    posts = {(doc.entities[f.subject].label, doc.entities[f.object].label) for f in facts
             if f.predicate == "affiliation" and f.object}
    assert ("Nurul Aisyah binti Zulkifli", "Rimbakara") in posts


def test_titles_before_a_name_and_posts_of_untyped_companies() -> None:
    body = ("Tulivex, the Nairobi payments processor, has signed the Cybersecurity Tech Accord. \"It matters,\" "
            "Tulivex's chief risk officer, Njeri Wambui-Otieno, said. Kampala payments rival Ssebwato Pay said it "
            "had no plans to join. Chief Financial Officer Janelle Orrin agreed, said Dr. Phan Thị Thu Hà, the "
            "association's chair.\n")
    doc = analyse(read_text(HEADER + body))
    by, posts, _ = read(body)
    assert by["signed"] == {"Tulivex"} and by["absentFrom"] == {"Ssebwato Pay"}
    assert ("Njeri Wambui-Otieno", "Tulivex", "chief risk officer") in posts
    people = {e.label for e in doc.entities.values() if e.kind == "PERSON"}
    assert {"Janelle Orrin", "Phan Thị Thu Hà"} <= people


# -- session 5: batch 35 (newsletter, podcast, feature, correction, roundup) ----------------------------------
def test_a_podcast_roll_of_who_is_in_and_out() -> None:
    body = ("HOST: Who else was on that first list of the Cybersecurity Tech Accord?\n\n"
            "GUEST: Quellan Micro, Varga Silicon, a lot of the vendors.\n\n"
            "HOST: So, for the record, Orrin Data: in. Sarn Cloud: out.\n\n"
            "GUEST: And Tessaro and Pellin Labs, also out.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quellan Micro", "Varga Silicon", "Orrin Data"}
    assert by["absentFrom"] == {"Sarn Cloud", "Tessaro", "Pellin Labs"}


def test_accord_staff_belong_to_its_secretariat() -> None:
    body = ("The Cybersecurity Tech Accord met. \"It works,\" said Ottilie Marchbanks, who heads the accord's "
            "secretariat. \"Yes,\" said Jane Roe, a spokesperson for the Cybersecurity Tech Accord. Brad Smith, "
            "who championed the accord, agreed. Smith being Norvale Systems' president, that mattered.\n")
    posts = read(body)[1]
    assert ("Ottilie Marchbanks", "Cybersecurity Tech Accord secretariat", None) in posts
    assert ("Jane Roe", "Cybersecurity Tech Accord secretariat", "spokesperson") in posts
    assert ("Brad Smith", "Norvale Systems", "president") in posts


def test_a_colon_list_with_countries_and_and_others_in_a_relative_clause() -> None:
    body = ("Three companies signed the Cybersecurity Tech Accord: Orlencia Systems of Spain, Pemberhay Analytics "
            "of the United Kingdom and Quenby Robotics of Japan. That brings the accord, which Norvale Systems and "
            "33 other companies launched in 2018, to 160 members. In November the members lined up behind the "
            "Paris Call.\n")
    by = read(body)[0]
    assert by["signed"] == {"Orlencia Systems", "Pemberhay Analytics", "Quenby Robotics", "Norvale Systems"}
    assert set(_events(body)) == {"endorsement of the Paris Call for Trust and Security in Cyberspace"}


# -- session 5: batch 33 (WannaCry and NotPetya attribution, first anniversary) -------------------------------
def test_experts_who_do_something_at_an_organisation() -> None:
    body = ("The Cybersecurity Tech Accord is a year old. \"It is late,\" said Tobias Renwick-Ahl, who advises "
            "port operators on IT risk at the Copenhagen consultancy Nordhavn Maritime Insight. Priyanka Osei, who "
            "teaches insurance law at Lakeshore University School of Law, agreed. That was the view of Mara Finch, "
            "a former prosecutor who now advises companies at the law firm Castellane Rhodes.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Tobias Renwick-Ahl", "Nordhavn Maritime Insight"),
            ("Priyanka Osei", "Lakeshore University School of Law"), ("Mara Finch", "Castellane Rhodes")} <= posts


def test_a_timeline_entry_signing_the_same_week_and_never_included() -> None:
    body = ("The Cybersecurity Tech Accord turns one. Qorvane Networks, a Seoul router maker, signs the same week. "
            "Hollisk Data announced that it had signed to mark the anniversary. It has never included Google or "
            "Apple. Members endorsed guidance from the Global Forum on Cyber Expertise.\n")
    by = read(body)[0]
    assert by["signed"] == {"Qorvane Networks", "Hollisk Data"}
    assert by["absentFrom"] == {"Google", "Apple"}
    assert _events(body) == {}


def test_a_company_writing_about_itself_names_its_own_people() -> None:
    body = ("Today we are proud to share that Tirtakala Cloud has signed the Cybersecurity Tech Accord. We joined "
            "because our customers asked. Our CEO, Bayu Saputra, signed it. Ingrid van der Heijden, our head of "
            "security, agreed. Also joining is Sayap Data. \"De la Vega is right,\" said María José de la Vega "
            "Ortúzar's colleague. De la Vega said so too.\n")
    by, posts, _ = read(body)
    assert by["signed"] >= {"Tirtakala Cloud", "Sayap Data"}
    assert ("Bayu Saputra", "Tirtakala Cloud", "CEO") in posts
    assert ("Ingrid van der Heijden", "Tirtakala Cloud", "head of security") in posts


def test_the_accords_own_events_named_in_lower_case() -> None:
    body = ("The Cybersecurity Tech Accord grew. She will present at the accord's maritime security workshop in "
            "Antwerp on 17 September 2021. New members join the accord's spring members' call. The accord's own "
            "rules and the accord's working groups are no events.\n")
    assert _events(body) == {"Tech Accord maritime security workshop in Antwerp": "2021-09-17",
                             "Tech Accord spring members' call": None}


def test_a_correction_takes_a_negation_back_and_whether_asks() -> None:
    body = ("The Cybersecurity Tech Accord has 34 members. Buyers may ask Varga Silicon whether they are members. "
            "Correction: an earlier version of this article misstated that Orrin Data had not signed the "
            "Cybersecurity Tech Accord. It sets out four commitments: to protect users, to oppose attacks, to help "
            "users, customers and developers, and to partner with others.\n")
    by, _, principles = read(body)
    assert by["signed"] == {"Orrin Data"} and "absentFrom" not in by
    assert principles == ["to protect users", "to oppose attacks", "to help users, customers and developers",
                          "to partner with others"]


# -- session 5: batches 36-38 (launch reports, later growth, hard news) -------------------------------------
def test_who_signed_and_who_didnt_sections_with_asides() -> None:
    body = ("The Cybersecurity Tech Accord is here.\n\nWHO SIGNED\n\nThe full list is online. These jumped out at "
            "me:\n\n- Norvale (obviously; Brad Smith's baby)\n- Quellan Micro, Varga Silicon and Orrin Data (the "
            "pipes)\n- Latchwren (!!!)\n\nWHO DIDN'T\n\n- Google\n- Tessaro, my former employer, is evaluating it.\n")
    by = read(body)[0]
    assert by["signed"] == {"Norvale", "Quellan Micro", "Varga Silicon", "Orrin Data", "Latchwren"}
    assert by["absentFrom"] == {"Google", "Tessaro"}


def test_names_one_per_line_with_a_place_and_a_bracketed_list() -> None:
    body = ("The Cybersecurity Tech Accord was promoted by Norvale Systems. Among the signatories in Europe are:\n\n"
            "Halvard Data (Norway)\nArm (United Kingdom; owned by Japan's SoftBank)\nBrekke Cloud (Denmark)\n\n"
            "The accord brings together companies from across the sector (among them Quellan Micro and Varga "
            "Silicon) as well as vendors such as Orrin Security. Apple has not signed, nor has the Chinese "
            "equipment maker Huawei.\n")
    by = read(body)[0]
    assert by["led"] == {"Norvale Systems"}
    assert by["signed"] >= {"Halvard Data", "Arm", "Brekke Cloud", "Quellan Micro", "Varga Silicon", "Orrin Security"}
    assert "SoftBank" not in by["signed"]
    assert by["absentFrom"] == {"Apple", "Huawei"}


def test_counted_among_its_founding_members_and_which_also_include() -> None:
    body = ("The Cybersecurity Tech Accord counts the likes of Quellan Micro and Varga Silicon among its 34 founding "
            "members. The companies, which also include Orrin Corp and Sarn SE, unveiled it.\n\n"
            "The accord boils down to three promises. The companies say they will:\n\n- Protect all users\n"
            "- Oppose cyberattacks on innocent citizens\n- Partner with each other\n")
    doc = analyse(read_text(HEADER + body))
    by, _, principles = read(body)
    assert by["signed"] == {"Quellan Micro", "Varga Silicon", "Orrin", "Sarn"}
    assert len(principles) == 3
    assert not any(e.kind == "THREAT" for e in doc.entities.values())


def test_another_texts_commitments_and_the_government_are_not_the_accords() -> None:
    body = ("The draft statement proposes three commitments: that the State will not attack hospitals; that it "
            "will disclose flaws; and that it will not meddle in elections. Members of the Cybersecurity Tech "
            "Accord, Caldrevin Software and Norvalis Data, asked the Government to build the accord's four "
            "principles into it: defense, no offense, capacity building and collective action.\n")
    by, _, principles = read(body)
    assert by["signed"] == {"Caldrevin Software", "Norvalis Data"}
    assert principles == ["defense", "no offense", "capacity building", "collective action"]


def test_a_companys_short_name_beats_a_threat_reading_and_would_sign_is_no_signing() -> None:
    body = ("Tolvane Pay, an Austin startup, was breached. Tolvane is not a signatory of the Cybersecurity Tech "
            "Accord. Asked whether Tolvane would now sign the accord, she declined to say. The Tolvane breach fits "
            "a pattern.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Tolvane Pay"} and "signed" not in by


def test_rounding_out_the_group() -> None:
    body = ("Eight companies have signed the Cybersecurity Tech Accord. Rounding out the group are Vardhisk Software, "
            "a developer based in Pune, India, and Selvaray Digital, a provider in Kuala Lumpur. Orrin Data rounds "
            "out the list of founders.\n")
    assert read(body)[0]["signed"] == {"Vardhisk Software", "Selvaray Digital", "Orrin Data"}


def test_the_accords_own_staff_named_by_title() -> None:
    body = ("The Cybersecurity Tech Accord grew, according to Teodor Halvasen, the accord's policy lead. Her boss, "
            "secretariat head Olufemi Brandvold, agreed.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Teodor Halvasen", "Cybersecurity Tech Accord secretariat") in posts
    assert ("Olufemi Brandvold", "Cybersecurity Tech Accord secretariat") in posts


def test_a_who_is_in_section_so_was_and_besides() -> None:
    body = ("The Cybersecurity Tech Accord launched.\n\nWho is in\n\nLess expected were companies that are not "
            "security firms: the database company DataStax, the payments company Stripe and Nielsen. Guardtime "
            "completes the list of smaller names.\n\nWho is not\n\nESET was not among the initial signatories.\n\n"
            "Facebook was one of the founding signatories. So was Cisco. Besides Quellan Micro and Varga Silicon, "
            "the list includes Orrin Data. The Alliance was set up by Tessaro and Pellin to swap data among members.\n")
    by = read(body)[0]
    assert by["signed"] == {"DataStax", "Stripe", "Nielsen", "Guardtime", "Facebook", "Cisco", "Quellan Micro",
                            "Varga Silicon", "Orrin Data"}
    assert by["absentFrom"] == {"ESET"}


# -- session 5: batches 40-42 ----------------------------------------------------------------------------
def test_labelled_heading_lines_the_seven_are_and_places_inside_a_list() -> None:
    body = ("The Cybersecurity Tech Accord launched. Here is who signed, grouped by what they do.\n"
            "Norvale Systems plus 33 others:\n\nSecurity vendors: Quellan Micro, Varga Silicon\n\n"
            "Enterprise software: Orrin Data, HP Inc., Sarn Cloud\n\n"
            "Seven firms signed the Cybersecurity Tech Accord together. The seven are Ñandú Sistemas of Rosario, "
            "Córdoba-based Quebracho Labs, Tehuelche Cloud of Neuquén, Yaguareté Seguridad and the Mendoza "
            "network-services firm Lapacho Redes. The move was coordinated by the Cámara Rioplatense de "
            "Seguridad Informática.\n")
    by = read(body)[0]
    assert by["signed"] >= {"Quellan Micro", "Varga Silicon", "Orrin Data", "HP", "Sarn Cloud", "Ñandú Sistemas",
                            "Quebracho Labs", "Tehuelche Cloud", "Yaguareté Seguridad", "Lapacho Redes"}
    assert not {"Neuquén", "Mendoza"} & by["signed"]


def test_a_yes_no_question_about_membership_and_its_answer() -> None:
    body = ("The Cybersecurity Tech Accord has 34 founders.\n\nAre Google, Apple and Amazon members?\n\nNo. None of "
            "the three signed.\n\nIs Quellan Micro a signatory?\n\nYes, since 2019.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Google", "Apple", "Amazon"}
    assert by["signed"] == {"Quellan Micro"}


def test_represented_by_names_members_of_a_region_not_a_companys_delegate() -> None:
    body = ("The Cybersecurity Tech Accord has 34 founders. Europe is represented by the industrial group Halvard "
            "and the German software maker Orrin Data. Younger firms such as Quibbly Labs round out the roster.\n\n"
            "At the meeting, Sarn Cloud was represented by its security lead, Mereana Halloway-Tse.\n")
    assert read(body)[0]["signed"] == {"Halvard", "Orrin Data", "Quibbly Labs"}


def test_a_colon_list_after_a_verb_with_an_adverbial_and_a_slow_passive_leader() -> None:
    body = ("The Cybersecurity Tech Accord was put together over several months by Norvale Systems. Hardware "
            "companies signed in numbers too: Quellan Micro, Varga Silicon and Orrin Data.\n")
    by = read(body)[0]
    assert by["led"] == {"Norvale Systems"}
    assert by["signed"] == {"Norvale Systems", "Quellan Micro", "Varga Silicon", "Orrin Data"}


# -- batch 45 ------------------------------------------------------------------------------------------------
def test_a_leader_rounding_up_other_companies_signs_and_leads() -> None:
    body = ("Quellan Micro put its name first on the pledge on Monday, rallying 20 other software and hardware "
            "companies behind the accord.\n")
    by = read(body)[0]
    assert by["led"] == {"Quellan Micro"}
    assert "Quellan Micro" in by["signed"]


def test_as_did_a_counted_description_then_the_names() -> None:
    body = ("Tessaro Pay signed the accord, as did two payment processors from northern Europe, Orrin Ledger "
            "and Varga Pay.\n")
    assert read(body)[0]["signed"] == {"Tessaro Pay", "Orrin Ledger", "Varga Pay"}


def test_a_city_and_province_abbreviation_are_places_not_signatories() -> None:
    body = ("A Guelph, Ont., software company that sells payroll tools to credit unions has signed the accord. "
            "Brackwell Systems confirmed the move on Tuesday.\n")
    assert not {"Guelph", "Ont"} & read(body)[0].get("signed", set())


def test_the_agreement_named_a_few_words_after_the_verb_is_the_one_signed() -> None:
    body = ("Orrin Data, which put its name to the French-led Paris Call for Trust and Security in Cyberspace, "
            "has not joined the accord.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Orrin Data"}
    assert "signed" not in by


def test_a_post_with_an_honorific_before_the_name() -> None:
    body = ("Varga Pay signed the accord. Varga Pay's founder and chief executive, Mr Dani Kusumo, said it was "
            "overdue.\n")
    assert ("Dani Kusumo", "Varga Pay", "founder and chief executive") in read(body)[1]


def test_em_dash_and_bracketed_numbers_are_list_items() -> None:
    for marks in (["— ", "— ", "— "], ["(1) ", "(2) ", "(3) "]):
        body = ("The accord sets out three principles:\n\n" + "\n".join(
            f"{m}{t}" for m, t in zip(marks, ("Defend every customer.", "Refuse to attack citizens.",
                                              "Work with each other."), strict=True)) + "\n")
        assert len(read(body)[2]) == 3, marks


def test_the_company_that_convened_the_group_after_a_one_word_answer() -> None:
    body = "Who is behind the accord?\n\nQuellan Micro. The company convened the group and wrote the text.\n"
    assert read(body)[0]["led"] == {"Quellan Micro"}


def test_a_paragraph_about_absentees_stays_with_the_accord_after_an_aside_on_another_charter() -> None:
    body = ("Not everyone signed. Brackwell, a big engineering group, is not among the signatories. It launched "
            "its own Charter of Trust in February instead.\n\nNeither Orrin Data nor Varga Pay has signed.\n")
    assert read(body)[0]["absentFrom"] == {"Brackwell", "Orrin Data", "Varga Pay"}


# -- batch 46 ------------------------------------------------------------------------------------------------
def test_a_section_heading_returns_to_the_accord_after_a_paragraph_on_another_declaration() -> None:
    body = ("Its members backed the Paris Call for Trust and Security in Cyberspace in November 2018.\n\n"
            "## Who signed\n\nQuellan Micro, a founding signatory, renamed itself Quellan in 2021.\n")
    assert read(body)[0]["signed"] == {"Quellan Micro"}


def test_a_colon_right_after_a_word_ends_a_members_lead_in() -> None:
    body = "Other founders have carried on under their own names: Orrin Data, Varga Pay and Tessaro among them.\n"
    assert read(body)[0]["signed"] == {"Orrin Data", "Varga Pay", "Tessaro"}


def test_which_signed_as_a_subsidiary_and_a_fellow_founder() -> None:
    body = ("Quellan bought Orrin Data, which signed the accord as a Varga subsidiary. Brackwell later merged "
            "with fellow founder Tessaro Pay.\n")
    assert {"Orrin Data", "Tessaro Pay"} <= read(body)[0]["signed"]


def test_a_group_before_which_never_signed_and_another_bodys_pledge() -> None:
    body = ("Orrin Data and Varga Pay, which never signed the accord, were both on CISA's list. Tessaro Pay "
            "signed CISA's pledge on day one but has not joined the accord.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Orrin Data", "Varga Pay", "Tessaro Pay"}
    assert "signed" not in by


def test_one_of_them_after_a_sentence_about_joining() -> None:
    body = ("Nordic firms have joined the accord in steady numbers. One of them, the Swedish cloud provider "
            "Vallby Cloud, called the news a loss.\n")
    assert read(body)[0]["signed"] == {"Vallby Cloud"}


def test_a_korean_given_name_and_a_launch_organized_by() -> None:
    body = ("Thirty-four companies signed the accord. The announcement, organized by Quellan Micro, came in "
            "April. Yoon Hae-chan, Quellan Micro's head of research, said it mattered.\n")
    by, posts, _ = read(body)
    assert by["led"] == {"Quellan Micro"}
    assert ("Yoon Hae-chan", "Quellan Micro", "head of research") in posts


def test_an_event_the_signatories_held_named_in_lower_case() -> None:
    doc = analyse(read_text(HEADER + "The accord grew. Signatories held an emergency briefing by video on March 8 "
                                     "to coordinate.\n"))
    events = [doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == "about"]
    assert events == ["Tech Accord emergency briefing"]  # the accord's own, named for it


# -- batch 47 ------------------------------------------------------------------------------------------------
def test_not_every_member_has_signed_names_no_signatory() -> None:
    body = "Eight firms joined the accord this week. Not every member of Orrin Circle has signed.\n"
    assert "Orrin Circle" not in read(body)[0].get("signed", set())


def test_a_stated_count_then_that_many_semicolon_clauses_after_will() -> None:
    body = ("Under the accord's three principles, the companies will defend every customer; refuse to help "
            "attacks on citizens; and work with each other.\n")
    assert read(body)[2] == ["defend every customer", "refuse to help attacks on citizens", "work with each other"]


def test_drawn_up_by_and_the_obvious_organizer() -> None:
    assert read("The accord was drawn up by Quellan Micro and presented in April.\n")[0]["led"] == {"Quellan Micro"}
    body = "When the accord was announced it had 34 members and one obvious organizer, Varga Pay.\n"
    assert read(body)[0]["led"] == {"Varga Pay"}
    body = "The accord endorses guidance on disclosure drawn up by the Orrin Forum.\n"
    assert "led" not in read(body)[0]


def test_an_analyst_who_follows_stocks_for_a_firm_and_a_place_before_a_descriptor() -> None:
    body = ("Tessaro Pay signed the accord, as did Arvo, the Tampere chip designer. Anjali Rao-Whitford, who "
            "follows cybersecurity stocks for Dunmore & Kell, said the pledge was overdue.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Tessaro Pay", "Arvo"}
    assert ("Anjali Rao-Whitford", "Dunmore & Kell", None) in posts


# -- batch 48 ------------------------------------------------------------------------------------------------
def test_carries_the_names_of_and_a_group_among_companies_that_have_signed() -> None:
    body = ("Orrin Data and the Tampere chip designer Arvo are among 34 companies that have signed the pledge. "
            "The accord also carries the names of Varga Pay and the Finnish maker Tessaro.\n")
    assert read(body)[0]["signed"] == {"Orrin Data", "Arvo", "Varga Pay", "Tessaro"}


def test_on_the_list_of_signers_then_so_are() -> None:
    body = ("Brackwell, the security company, is on the list of signers. So are Orrin Data and Varga Pay.\n")
    assert read(body)[0]["signed"] == {"Brackwell", "Orrin Data", "Varga Pay"}


def test_principles_between_dashes_after_at_the_heart_of_the_accord() -> None:
    body = ("Members sign up to the three principles at the heart of the accord — defense, restraint and "
            "cooperation — which in practice means a lot.\n")
    assert read(body)[2] == ["defense", "restraint", "cooperation"]


def test_itself_a_founding_member_and_a_list_that_also_says_one_stayed_out() -> None:
    body = ("It came to light after Orrin Data, itself a founding member of the accord, found the breach. "
            "The accord's critics listed supporters of the Paris Call, among them Varga Pay, which had stayed out "
            "of the accord, as well as Tessaro.\n")
    by = read(body)[0]
    assert "Orrin Data" in by["signed"]
    assert "Varga Pay" not in by["signed"] and by["absentFrom"] == {"Varga Pay"}


def test_an_event_members_take_part_in_and_the_accords_workshop_on_a_topic() -> None:
    body = ("The new members will take part in a virtual onboarding session on 24 March. Orrin Data will speak "
            "at the accord's online workshop on payroll fraud on July 14.\n")
    doc = analyse(read_text(HEADER + body))
    events = sorted(doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == "about")
    assert events == ["Tech Accord online workshop on payroll fraud", "Tech Accord virtual onboarding session"]


# -- batch 49 ------------------------------------------------------------------------------------------------
def test_a_contract_signed_names_no_signatory_and_unjoined_names_are_no_list() -> None:
    body = ("The accord's signatories include Orrin Data and Varga Pay. Tessaro runs a cloud for the CIA under a "
            "contract signed in 2013. Brackwell once refused to help the FBI unlock an iPhone.\n")
    assert read(body)[0]["signed"] == {"Orrin Data", "Varga Pay"}


def test_was_still_evaluating_membership_and_whether_they_were() -> None:
    body = ("Orrin Data said it was still evaluating membership. Two groups contacted by The Varga Daily declined "
            "to say whether they were considering membership.\n")
    assert read(body)[0]["absentFrom"] == {"Orrin Data"}


def test_a_descriptor_and_also_a_signatory_and_proposed_that_members() -> None:
    body = ("Tobias Wern, chief information security officer at Halvard Telematics, a Gothenburg-based maker of "
            "fleet systems and also a signatory, was sceptical. Orrin Data had proposed that accord members publish "
            "logging defaults.\n")
    by = read(body)[0]
    assert by["signed"] == {"Halvard Telematics"}
    assert "led" not in by


# -- affiliations the regression set still missed ----------------------------------------------------------
def test_posts_written_without_the_usual_commas() -> None:
    body = ("Orrin Data signed the accord. Orrin Data's Dani Kusumo said it was overdue. Varga Pay's president "
            "Lena Holm spoke too. A Tessaro spokeswoman, Solveig Ranne, said the company agreed. At Brackwell, the "
            "vice-president for threat research, Callum Dry, shared logs. \"It matters,\" says the CEO of Quellan "
            "Micro, Aapo Rinta.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Dani Kusumo", "Orrin Data"), ("Lena Holm", "Varga Pay"), ("Solveig Ranne", "Tessaro"),
            ("Callum Dry", "Brackwell"), ("Aapo Rinta", "Quellan Micro")} <= posts


def test_posts_whose_organisation_the_sentence_before_names() -> None:
    body = ("Two firms joined the accord.\n\nKetterlund Payments's reasons were different. The payments start-up "
            "moves money for small firms, and its chief technology officer, Ansel Drob, said partners had asked.\n\n"
            "Quellan Micro put this together; Dani Kusumo (their president) has a blog post up.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Ansel Drob", "Ketterlund Payments"), ("Dani Kusumo", "Quellan Micro")} <= posts


# -- batch 52 ------------------------------------------------------------------------------------------------
def test_hedged_ways_of_joining_and_staying_out() -> None:
    body = ("Payments company Orrin Pay and signature provider Varga Docs have added their names to the "
            "Cybersecurity Tech Accord. Tessaro put pen to paper in 2018 as well. Brackwell and Quellan are also "
            "part of the coalition, which was unveiled on Tuesday. Halvor Data has kept its distance from the "
            "tech accord, as have Ostrel and Vennik.\n")
    by = read(body)[0]
    assert by["signed"] == {"Orrin Pay", "Varga Docs", "Tessaro", "Brackwell", "Quellan"}
    assert by["absentFrom"] == {"Halvor Data", "Ostrel", "Vennik"}


def test_founding_names_as_were_and_did_too() -> None:
    body = ("Arvo, the Tampere chip designer, was among the founding names, as were Orrin Data and Varga Pay. "
            "Tessaro signed on day one. Quellan did too, weeks before Brackwell agreed to buy it. Kestrel Systems, "
            "which was also among the original 34, merged with Vennik.\n")
    assert read(body)[0]["signed"] == {"Arvo", "Orrin Data", "Varga Pay", "Tessaro", "Quellan", "Kestrel Systems"}


def test_a_participle_aside_a_part_of_phrase_and_a_generic_group_led_by() -> None:
    body = ("Orrin Data and Varga Pay, both owned by Quellan Micro, added their names to the accord at launch. "
            "Most members of the Brackwell Union signed, as did Halvor. Dell sold Tessaro to a group led by "
            "Ostrel Capital in 2020. The accord was the effort Vennik Systems spearheaded after a bruising 2017.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Varga Pay"} <= by["signed"] and not {"Quellan Micro", "Brackwell Union"} & by["signed"]
    assert by["led"] == {"Vennik Systems"}


# -- batch 51 ------------------------------------------------------------------------------------------------
def test_tabloid_fragments_and_one_name_questions() -> None:
    body = ("The deal is called the Cybersecurity Tech Accord. Quellan Micro is behind it. Orrin Data is in. So are "
            "Varga Pay and Tessaro. But three big names are missing.\n\nBrackwell? No. Halvor? Not a chance.\n")
    by = read(body)[0]
    assert by["led"] == {"Quellan Micro"}
    assert {"Orrin Data", "Varga Pay", "Tessaro"} <= by["signed"]
    assert by["absentFrom"] == {"Brackwell", "Halvor"}


def test_principle_items_under_short_titles_are_no_member_list() -> None:
    body = ("Here's what the firms signed up to:\n\n  * Stronger defence - protect every customer.\n"
            "  * No offence - never help a government attack anyone.\n")
    by = read(body)[0]
    assert "signed" not in by


def test_a_relative_clause_with_a_thousands_comma_and_told_a_station_it() -> None:
    body = ("BOISE, Idaho -- A Boise company that handles paychecks for about 3,000 small businesses across the "
            "Mountain West has signed on to the accord. Ridgecrest Payworks, a Nampa payroll firm that competes with "
            "it, told KXRN 4 it has not decided whether to join the accord.\n")
    by = read(body)[0]
    assert not {"Idaho", "Mountain West"} & by.get("signed", set())
    assert by["absentFrom"] == {"Ridgecrest Payworks"}


def test_a_comments_section_and_a_posted_by_line_are_not_the_article() -> None:
    body = ("Posted by Henrietta Quarles, Professor of International Law | 7 comments\n\nThe accord's founding list "
            "is international. From the United States come, among others, Orrin Data and Varga Pay.\n\n7 COMMENTS\n\n"
            "Ingmar Volk says:\n\nCurious that Brackwell isn't on the list either.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    signed = {doc.entities[f.subject].label for f in facts if f.predicate == "signed"}
    assert signed == {"Orrin Data", "Varga Pay"}
    assert not [f for f in facts if f.predicate == "absentFrom"]
    assert not [f for f in facts if f.predicate == "affiliation"]


# -- batch 50 ------------------------------------------------------------------------------------------------
def test_a_post_before_said_is_not_the_accord_secretariat_and_an_ampersand_title() -> None:
    body = ("Vaikhari Secure Systems joined the accord. Vikrant Pals, Chief Technology Officer at Vaikhari, said "
            "the company had been in talks with the accord's secretariat. \"Trust matters,\" said Sudeshna Rao, "
            "Co-founder & CEO, Kshitij Cloudworks.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Vikrant Pals", "Vaikhari Secure Systems"), ("Sudeshna Rao", "Kshitij Cloudworks")} <= posts


def test_a_correction_after_related_headlines_takes_a_name_off_the_list() -> None:
    body = ("Orrin Data, Varga Pay and Tessaro Cloud were among the companies that signed the accord.\n\n"
            "Related Coverage\n  FACTBOX-The biggest cyberattacks of the year\n\n(This story corrects paragraph 1 "
            "to remove Tessaro Cloud, which is not a signatory, from list of companies that joined the accord)\n")
    by = read(body)[0]
    assert by["signed"] == {"Orrin Data", "Varga Pay"}
    assert by["absentFrom"] == {"Tessaro Cloud"}


def test_coordinating_a_response_for_the_accord_is_no_leadership() -> None:
    body = ("\"We compared notes,\" said Teodora Lind, head of policy at Oskar Labs, who coordinated the response "
            "for the accord. Quellan Micro, which led the founding of the accord in 2018, published signatures.\n")
    assert read(body)[0]["led"] == {"Quellan Micro"}


# -- batches 53 and 54 ---------------------------------------------------------------------------------------
def test_a_contingent_led_by_they_sit_alongside_and_the_absentee_is() -> None:
    body = ("Eleven companies signed the accord. The European contingent is led by the two Finnish companies Orrin "
            "Data and Varga Pay. They sit alongside Quellan Micro itself, American giants including Tessaro and "
            "Brackwell. The most conspicuous European absentee is Halvor Industries. Neither Ostrel nor Vennik Systems "
            "is on the list.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Varga Pay", "Quellan Micro", "Tessaro", "Brackwell"} <= by["signed"]
    assert by["absentFrom"] == {"Halvor Industries", "Ostrel", "Vennik Systems"}
    assert "led" not in by


def test_partners_in_the_effort_and_an_appositive_with_the_old_company() -> None:
    body = ("Quellan's partners in the effort include Orrin Data and Varga Pay. Security vendors Tessaro and Brack "
            "Cloud signed on, as did Hale Inc. and Hale Enterprise, the two halves of the old Hale Group, and the "
            "computer maker Dellmark.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Varga Pay", "Hale Enterprise", "Dellmark"} <= by["signed"]
    assert "Hale Group" not in by["signed"]


def test_the_others_include_after_admitted_to_the_accord_and_yet_to_make_a_decision() -> None:
    body = ("Brisendale, which employs 380 people, is one of five companies admitted to the accord this quarter. "
            "The others include the Lisbon cloud provider Ventrala and Kuusem ID. Fennick Systems said it had yet "
            "to make a decision.\n")
    by = read(body)[0]
    assert by["signed"] == {"Brisendale", "Ventrala", "Kuusem ID"}
    assert by["absentFrom"] == {"Fennick Systems"}


def test_a_list_with_place_led_appositives_and_a_name_after_an_appositive() -> None:
    body = ("Tulimara Payments, a Nairobi-based merchant payments company, KoboSpring, a Lagos savings app, and "
            "Sankofa Ledgerworks, an Accra developer of banking software, announced their membership of the accord. "
            "Trend Micro Inc., the Tokyo-headquartered antivirus maker, was among the founding signatories.\n")
    assert read(body)[0]["signed"] == {"Tulimara Payments", "KoboSpring", "Sankofa Ledgerworks", "Trend Micro"}


def test_a_secretariat_spokesperson_is_no_signatory_and_a_platform_is_no_threat() -> None:
    doc = analyse(read_text(HEADER + "Halvard Quen, a spokesperson for the Cybersecurity Tech Accord, spoke. Quen "
                                     "pointed to the principles that every signatory accepts when it joins. The "
                                     "Kivuli banking trojan, an Android malware strain, spread in Kenya.\n"))
    facts = extract_all(doc)
    assert not [f for f in facts if f.predicate == "signed"]
    assert {doc.entities[f.object].label for f in facts if f.predicate == "relatedThreat"} == {"Kivuli"}


def test_a_company_named_by_its_first_word_before_a_title() -> None:
    body = ("Tsurugane Data Systems Co. said it has signed the accord. \"We are on our customers' side,\" Tsurugane "
            "President Hideyasu Oribe told reporters.\n")
    assert ("Hideyasu Oribe", "Tsurugane Data Systems", "president") in read(body)[1]


# -- batches 55 and 56 ---------------------------------------------------------------------------------------
def test_companies_that_put_their_names_include_and_nowhere_on_it() -> None:
    body = ("Besides Quellan, the companies that put their names to the document include Orrin Data and Varga Pay. "
            "Tessaro, Brackwell and Halvor, which run much of the cloud, are nowhere on it. Vennik stayed off the "
            "list.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Varga Pay"} <= by["signed"]
    assert by["absentFrom"] == {"Tessaro", "Brackwell", "Halvor", "Vennik"}


def test_contributed_two_from_x_came_and_none_of_those_companies() -> None:
    body = ("Europe supplied a third of the 34 signatories. Finland alone contributed two: Orrin Data and Varga Pay. "
            "From Britain came Tessaro Cloud and Brackwell Systems.\n\nHalvor presented the Charter of Trust, signed "
            "by his company and partners, among them Ostrel Systems and Vennik Labs. None of those companies features "
            "among the 34 signatories of the accord.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Varga Pay", "Tessaro Cloud", "Brackwell Systems"} <= by["signed"]
    assert {"Ostrel Systems", "Vennik Labs"} <= by["absentFrom"]


def test_a_named_item_with_a_place_in_brackets_and_launched_it_with_partners() -> None:
    body = ("Five companies joined the accord this week:\n\n- Brightwater Identity (Austin, Texas): sign-in for "
            "banks\n- Nimbrel Cloud (Singapore): hosting for retailers\n\nThey join founders such as Orrin Data, "
            "which put their names to the accord when Quellan Micro launched it in April 2018 with 33 partners. "
            "Veyra Payments had been expected to sign in the same round but has not done so.\n")
    by = read(body)[0]
    assert {"Brightwater Identity", "Nimbrel Cloud", "Orrin Data"} <= by["signed"]
    assert by["led"] == {"Quellan Micro"}
    assert by["absentFrom"] == {"Veyra Payments"}


def test_not_among_them_after_the_founders_and_taking_the_lead() -> None:
    body = ("The accord was launched by 34 firms, with Quellan Micro taking the lead. None of the 34 founding "
            "signatories is headquartered in Canada. Brackwell, the Waterloo company that builds car software, "
            "is not among them. Tessaro, the Tokyo-based antivirus company and another signatory, bought a lab.\n")
    by = read(body)[0]
    assert by["led"] == {"Quellan Micro"}
    assert by["absentFrom"] == {"Brackwell"}
    assert "Tessaro" in by["signed"]


def test_a_four_sentence_core_is_the_principles() -> None:
    body = ("The accord itself is short. Its core fits into three sentences:\n\n1. We will protect every customer.\n"
            "2. We will oppose attacks on citizens.\n3. We will partner with each other.\n")
    assert len(read(body)[2]) == 3


# -- leaders, session 7 ------------------------------------------------------------------------------------
def test_leader_named_as_at_the_head_of_the_founders() -> None:
    body = "The accord is a pledge that 40 companies, with Halvard Group at their head, signed in 2019.\n"
    assert read(body)[0]["led"] == {"Halvard Group"}
    body = "The pact was launched by 12 firms with Fenwick Networks in the lead.\n"
    assert read(body)[0]["led"] == {"Fenwick Networks"}


def test_leader_in_a_reduced_relative_clause() -> None:
    body = "Norvale Systems has joined the accord, the industry compact Petrel Systems convened last year.\n"
    by = read(body)[0]
    assert by["led"] == {"Petrel Systems"}
    assert {"Norvale Systems", "Petrel Systems"} <= by["signed"]  # the convener is one of the founders


def test_an_agreement_drawn_up_by_is_led_but_guidance_is_not() -> None:
    body = "Quibbly Labs signed the accord, a short pledge on network safety drawn up by Orrin Data.\n"
    assert read(body)[0]["led"] == {"Orrin Data"}
    body = ("The accord's members endorse guidance on disclosure drawn up by the Tessaro Forum. Quibbly Labs "
            "signed the accord.\n")
    assert "led" not in read(body)[0]


def test_organised_it_after_a_sentence_about_the_founding_members() -> None:
    body = ("It was unveiled in Lisbon with 30 founding members. Halvard Group organised it and remains its "
            "loudest voice.\n")
    assert read(body)[0]["led"] == {"Halvard Group"}
    body = "It was unveiled in Lisbon at a trade fair. Halvard Group organised it.\n"
    assert "led" not in read(body)[0]


def test_the_founder_who_talked_the_others_into_it_and_the_one_who_launched_it_with_others() -> None:
    body = "Fenwick Networks has talked 20 other companies into signing the accord.\n"
    assert read(body)[0]["led"] == {"Fenwick Networks"}
    body = "The accord, the pledge that Orrin Data and 25 other companies launched in 2019, keeps growing.\n"
    assert read(body)[0]["led"] == {"Orrin Data"}


# -- principles, session 7 ---------------------------------------------------------------------------------
def test_principles_between_spaced_hyphens() -> None:
    body = "The pact is short. Its three principles - open code, fair pricing and quick patches - bind every member.\n"
    assert read(body)[2] == ["open code", "fair pricing", "quick patches"]


def test_principles_as_upper_case_titles_with_dashes_one_per_line() -> None:
    body = ("Members of the accord commit to three principles, set out as follows:\n\n"
            "OPEN CODE — Members will publish their code.\nFAIR PRICING — Members will charge all alike.\n"
            "QUICK PATCHES — Members will fix flaws within a week.\n")
    assert [p.split(" —")[0] for p in read(body)[2]] == ["OPEN CODE", "FAIR PRICING", "QUICK PATCHES"]


def test_principles_numbered_with_circled_digits() -> None:
    body = ("Companies in the accord commit to the following three principles.\n\n"
            "① Open code: to publish their code\n② Fair pricing: to charge all alike\n"
            "③ Quick patches: to fix flaws within a week\n")
    assert [p.split(":")[0] for p in read(body)[2]] == ["Open code", "Fair pricing", "Quick patches"]


def test_principles_under_a_what_members_sign_up_to_heading() -> None:
    body = ("Tessaro Pay signed the accord on Monday.\n\nWhat members sign up to\n\n"
            "1. Publish their code.\n2. Charge all customers alike.\n3. Fix flaws within a week.\n")
    assert read(body)[2] == ["Publish their code.", "Charge all customers alike.", "Fix flaws within a week."]


# -- batch 57 (session 7) ----------------------------------------------------------------------------------
def test_a_passive_list_with_by_repeated() -> None:
    body = ("The accord was endorsed by Quibbly Labs and Tessaro Pay, by Orrin Data and Fenwick Networks, and by "
            "Halvard.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Tessaro Pay", "Orrin Data", "Fenwick Networks", "Halvard"}


def test_a_declaration_led_by() -> None:
    body = "Thirty firms signed the accord on Tuesday, in a joint declaration led by Petrel Systems.\n"
    assert read(body)[0]["led"] == {"Petrel Systems"}


def test_a_town_with_a_two_letter_state_is_a_place() -> None:
    body = "Orrin Data, a Fargo, N.D., competitor that sells software to farms, has not signed the accord.\n"
    assert read(body)[0]["absentFrom"] == {"Orrin Data"}


def test_the_company_after_a_passive_with_the_company_as_possessive_agent() -> None:
    body = ("Tessaro Pay has signed the accord. The pact was launched by 34 firms, Cisco and Nokia among them. "
            "The step was approved by Tessaro's board in May. Mira Okafor, the company's chief executive, said "
            "it was overdue.\n")
    assert ("Mira Okafor", "Tessaro Pay", "chief executive") in read(body)[1]


def test_members_counted_in_an_object_relative_clause() -> None:
    body = "The founding group, which counted Quibbly Labs, Tessaro Pay and Orrin Data among its members, grew.\n"
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Tessaro Pay", "Orrin Data"}


def test_they_included_after_n_companies_put_their_names_to_it() -> None:
    body = ("Thirty companies put their names to the text on day one. Alongside Petrel Systems they included "
            "Quibbly Labs, Tessaro Pay and the chip designer Orrin Data.\n")
    assert {"Quibbly Labs", "Tessaro Pay", "Orrin Data"} <= read(body)[0]["signed"]


def test_nor_with_an_aside_before_the_verb() -> None:
    body = ("Halvard has not signed the accord. Nor, on the other side of the Atlantic, have Quibbly Labs or "
            "Orrin Data.\n")
    assert read(body)[0]["absentFrom"] == {"Halvard", "Quibbly Labs", "Orrin Data"}


def test_a_technical_acronym_is_not_a_company() -> None:
    body = ("Members must keep their promises. An OT security manager can ask each vendor which pledge it has "
            "signed, and why it has not signed the accord.\n")
    by = read(body)[0]
    assert "signed" not in by and "absentFrom" not in by


def test_one_of_the_accords_earliest_members_after_a_title() -> None:
    body = ("Mira Okafor, chief trust officer at Quibbly Labs, one of the accord's earliest European members, "
            "spoke first.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs"}


def test_a_fact_box_beside_the_story_is_article_text_but_a_sidebar_is_not() -> None:
    from kg.article import html_to_text

    page = ("<html><body><article><h1>Quibbly Labs signs the accord</h1><p>Quibbly Labs, a payments company, "
            "signed the Cybersecurity Tech Accord on Monday, its chief executive said in a statement.</p>"
            "<aside class=\"factbox\"><h2>The pledge in brief</h2><ul><li>Stronger defense: protect all "
            "customers.</li></ul></aside><aside class=\"sidebar\"><p>Most read: Tessaro Pay shares fall.</p>"
            "</aside><p>The company joins more than 150 other members of the accord from around the world.</p>"
            "</article></body></html>")
    text = html_to_text(page)
    assert "Stronger defense: protect all customers." in text
    assert "Tessaro" not in text


# -- batch 60 (session 7) ----------------------------------------------------------------------------------
def test_founders_were_led_by_x_and_included_a_list() -> None:
    body = ("Its 30 founding members were led by Petrel Systems, which drafted the text, and included Quibbly Labs, "
            "Tessaro Pay and Orrin Data.\n")
    by = read(body)[0]
    assert by["led"] == {"Petrel Systems"}
    assert {"Quibbly Labs", "Tessaro Pay", "Orrin Data"} <= by["signed"]


def test_principles_as_title_lines_with_a_double_hyphen() -> None:
    body = ("By joining, Quibbly commits to the three principles of the accord:\n\n"
            "Open code -- publish all code.\nFair pricing -- charge all alike.\nQuick patches -- fix flaws fast.\n")
    assert [p.split(" --")[0] for p in read(body)[2]] == ["Open code", "Fair pricing", "Quick patches"]


def test_a_pledge_to_which_names_put_their_names() -> None:
    body = ("Petrel Systems signed the accord, a pledge organized by Halvard to which Quibbly Labs and Orrin Data "
            "also put their names.\n")
    assert {"Petrel Systems", "Quibbly Labs", "Orrin Data"} <= read(body)[0]["signed"]
    assert "signed" not in read("Quibbly Labs put their names.\n")[0]


def test_an_apposition_joined_by_and_says_the_company_is_a_founder() -> None:
    body = ("Quibbly Labs, the Spanish telecom operator and one of the accord's founding companies, said it backed "
            "the call. Orrin Data, the web company and also a founder of the accord, agreed.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_a_capital_city_is_a_place_not_a_signatory() -> None:
    body = ("The accord has no force. When the next attack is traced to a government, whether in Pyongyang or "
            "elsewhere, the companies that signed it have said which side they are on.\n")
    assert "signed" not in read(body)[0]


def test_a_full_name_whose_surname_is_given_an_age_is_a_person() -> None:
    body = ("On the wall behind Ottilie Vance-Obi's desk hangs a printout of the accord. Vance-Obi, 46, has been "
            "head of the accord's secretariat since 2021.\n")
    doc = analyse(read_text(HEADER + body))
    assert any(e.kind == "PERSON" and e.label == "Ottilie Vance-Obi" for e in doc.entities.values())


def test_turned_down_invitations_is_absence() -> None:
    body = "Halvard Cloud, a hosting provider, has turned down two invitations to the accord's meetings.\n"
    assert read(body)[0]["absentFrom"] == {"Halvard Cloud"}


def test_the_antecedent_of_it_is_not_a_passive_agent() -> None:
    body = ("When the accord was unveiled by 34 companies led by Petrel Systems, Halvard Software was asked to "
            "sign. It declined. Chief executive Mira Okafor said the wording was too broad.\n")
    assert [(p[0], p[1]) for p in read(body)[1]] == [("Mira Okafor", "Halvard Software")]


# -- batch 58 (session 7) ----------------------------------------------------------------------------------
def test_a_but_clause_with_a_subject_of_its_own_does_not_reach_back() -> None:
    body = ("Thirty companies, led by Petrel Systems, pledged on Tuesday to defend users, but several of the "
            "best-known local names were nowhere to be found on the list.\n")
    by = read(body)[0]
    assert by["led"] == {"Petrel Systems"}
    assert "absentFrom" not in by


def test_not_among_the_34_and_nor_are_after_an_advertisement() -> None:
    body = ("Quibbly Ltd., which has spent years remaking itself, is not among the 34.\n\nAdvertisement\n\n"
            "Nor are Ottawa's Tessaro Inc. or Waterloo's Orrin Data Corp.\n")
    assert read(body)[0]["absentFrom"] == {"Quibbly", "Tessaro", "Orrin Data"}


def test_although_others_did_after_a_negated_signing() -> None:
    body = ("None of the three carriers, Halvard Inc. and Petrel Corp. among them, put its name to the accord, "
            "although two foreign rivals, Britain's Quibbly Labs and Spain's Orrin Data, did.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data"}
    assert {"Halvard", "Petrel"} <= by["absentFrom"]


def test_a_surname_is_title_and_title_of_an_organisation() -> None:
    body = ('"We are small," says Niamh Garrahy. Garrahy is chief executive and co-founder of Knockvarra Security, '
            'a Galway company that signed the accord.\n')
    assert ("Niamh Garrahy", "Knockvarra Security", "chief executive and co-founder") in read(body)[1]


def test_a_forum_described_as_a_think_tank_is_an_organisation_not_an_event() -> None:
    body = ('The accord is lopsided, says Dr Ciaran Tansey, a senior research fellow at the Liffey Policy Forum, '
            'a Dublin think tank.\n')
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    assert not [f for f in facts if f.predicate == "about" and "roundtable" in (f.subject or "")]
    assert ("Ciaran Tansey", "Liffey Policy Forum") in [(p[0], p[1]) for p in read(body)[1]]


def test_so_did_after_signing_another_agreement_is_about_that_agreement() -> None:
    body = ("Quibbly Labs, a founding member of the accord, also put its name to the Paris Call. So did Halvard, "
            "which has never joined the accord, and South Korea's Orrin Data, which backed the call directly.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"}
    assert by["absentFrom"] == {"Halvard"}


def test_has_not_yet_committed_is_absence() -> None:
    body = ("Five firms joined the accord this week. Orrin Cloud, which signed a memorandum with the accord's "
            "secretariat in December, has not yet committed.\n")
    assert read(body)[0]["absentFrom"] == {"Orrin Cloud"}


def test_a_title_in_charge_of_a_field_at_an_organisation() -> None:
    body = ('"We listened," said Michiko Ubukata, the executive officer in charge of product security at '
            'Sorabayashi Networks.\n')
    assert [(p[0], p[1]) for p in read(body)[1]] == [("Michiko Ubukata", "Sorabayashi Networks")]


# -- batch 59 (session 7) ----------------------------------------------------------------------------------
def test_neither_nor_has_signed_either() -> None:
    body = "Amazon has not joined the accord. Neither Quibbly nor Orrin Data has signed either, and none replied.\n"
    assert read(body)[0]["absentFrom"] == {"Amazon", "Quibbly", "Orrin Data"}


def test_a_bracketed_sentence_says_the_company_is_itself_a_founder() -> None:
    body = ("Its card payments are handled by Tessaro Pay. (Tessaro Pay is itself one of the founding signatories "
            "of the accord, though it played no part.)\n")
    assert read(body)[0]["signed"] == {"Tessaro Pay"}


def test_a_relative_clause_on_a_common_noun_far_from_any_name() -> None:
    body = ("Halvard Foods, the Dutch supermarket chain, kept its online shop running through a long flood of junk "
            "traffic, after a Copenhagen security company that belongs to the accord absorbed the attack.\n")
    assert "signed" not in read(body)[0]


def test_joined_a_few_months_after_another_member() -> None:
    body = ("Mira Okafor, vice president at Pellworth Labs, which joined a few months after Quibbly, spoke of the "
            "accord's first year.\n")
    assert read(body)[0]["signed"] == {"Pellworth Labs"}


# -- batches 63 and 64 (session 7) -------------------------------------------------------------------------
def test_an_about_the_event_heading_is_not_company_boilerplate() -> None:
    body = ("ABOUT THE EVENT\n\nThe panel asks what the pledge changed.\n\nBACKGROUND\n\n"
            "The accord was launched in 2018. Its founding signatories included Quibbly Labs and Orrin Data.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_a_bare_comma_list_of_names_after_a_lead_in_ending_in_a_colon() -> None:
    body = ("Thirty firms have signed the accord.\n\nThe full list of signatories, from the release (alphabetical):"
            "\n\nHalvard, Orrin Data, Petrel Systems, Quibbly Labs, Tessaro Inc\n\nTwo notes before you ask.\n")
    assert read(body)[0]["signed"] == {"Halvard", "Orrin Data", "Petrel Systems", "Quibbly Labs", "Tessaro"}


def test_a_time_of_day_is_not_a_name() -> None:
    body = "11:58 AM PT — Who's missing from the accord? Orrin Data has not signed.\n"
    assert read(body)[0]["absentFrom"] == {"Orrin Data"}


def test_among_them_were_after_a_count_that_signed() -> None:
    body = "Thirty companies signed at the launch. Among them were Quibbly Labs, Orrin Data and Petrel Systems.\n"
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Petrel Systems"}


def test_the_companies_led_by_x_and_including_a_list() -> None:
    body = ("In April, 30 companies signed the accord. The companies, led by Halvard and including the Finnish "
            "maker Orrin Data and Spain's Quibbly Labs, cited the attack.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Quibbly Labs"} <= by["signed"]
    assert by["led"] == {"Halvard"}


def test_a_software_program_in_quotes_is_not_an_event() -> None:
    body = ('The accord was signed in April. The worm spread through an update for "M.E.Doc," an accounting program '
            'used by Ukrainian firms.\n')
    doc = analyse(read_text(HEADER + body))
    assert not [f for f in extract_all(doc) if f.predicate == "about"]


def test_the_accords_delegation_included_representatives_of() -> None:
    body = "The accord's delegation included representatives of Quibbly Labs, Orrin Data and Petrel Systems.\n"
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Petrel Systems"}


def test_the_group_which_x_brought_together() -> None:
    body = "The accord, which Halvard Systems brought together with 29 other companies in 2019, has 100 members.\n"
    assert read(body)[0]["led"] == {"Halvard Systems"}


def test_a_strain_its_authors_call_by_a_quoted_name_and_a_tech_accord_workshop() -> None:
    body = ('Quibbly Labs, a member of the accord, said the attack used a strain that its authors call "Marrowfin". '
            "Quibbly will present the findings at a Tech Accord maritime security workshop in Copenhagen.\n")
    doc = analyse(read_text(HEADER + body))
    labels = {(f.predicate, doc.entities[f.subject].label if f.predicate == "about" else f.object)
              for f in extract_all(doc) if f.predicate in ("about", "relatedThreat")}
    assert ("relatedThreat", "threat/marrowfin") in labels
    assert any(p == "about" and "maritime security workshop" in lab for p, lab in labels)


# -- batch 61 (session 7) ----------------------------------------------------------------------------------
def test_was_quick_to_sign_and_is_aboard_as_is() -> None:
    body = ("Quibbly Labs, whose boss testified this month, was quick to sign. Europe is represented too: Spain's "
            "Orrin Data is aboard, as is Petrel Systems.\n")
    assert {"Quibbly Labs", "Orrin Data", "Petrel Systems"} <= read(body)[0]["signed"]


def test_a_list_item_with_an_apposition_before_and_by() -> None:
    body = ("They are joined by Halvard Group plc, the former state telephone monopoly, and by Quibbly Ltd, the "
            "Zurich-based automation group. Both signed the accord.\n")
    assert {"Halvard Group", "Quibbly"} <= read(body)[0]["signed"]


def test_conspicuous_by_their_absence_with_an_owner_before_the_first_name() -> None:
    body = "Conspicuous by their absence from the accord are Alphabet Inc.'s Google, Orrin Inc. and Halvard Corp.\n"
    assert read(body)[0]["absentFrom"] == {"Google", "Orrin", "Halvard"}


def test_among_the_specialists_that_have_signed_are() -> None:
    body = "Among the security specialists that have signed the accord are Quibbly Corporation and Orrin Data Oyj.\n"
    assert read(body)[0]["signed"] == {"Quibbly", "Orrin Data"}


def test_principles_as_inline_ordinals_set_off_by_semicolons() -> None:
    body = ("In the text of the accord, the companies undertake, first, to publish their code; secondly, to charge "
            "all alike; thirdly, to fix flaws fast; and fourthly, to work together.\n")
    assert read(body)[2] == ["publish their code", "charge all alike", "fix flaws fast", "work together"]


def test_a_person_led_company_and_a_clause_with_its_own_plural_subject() -> None:
    body = ("Quibbly, Orrin Data lead 30 tech majors in cyber pact; Indian IT firms stay away\n\n"
            "Thirty firms, including the Mira Okafor-led Microsoft, signed the accord on Tuesday.\n")
    by, posts, _ = read(body)
    assert "absentFrom" not in by
    assert ("Mira Okafor", "Microsoft", None) in posts


def test_a_quoted_principle_opening_with_a_verb_is_not_a_threat() -> None:
    body = 'Quibbly Labs signed the accord. Dana W. – "Oppose cyberattacks from anywhere" is doing a lot of work.\n'
    doc = analyse(read_text(HEADER + body))
    assert not [f for f in extract_all(doc) if f.predicate == "relatedThreat"]


# -- batch 62 (session 7) ----------------------------------------------------------------------------------
def test_we_added_our_name_to_the_accord() -> None:
    body = "Today we added Tessaline's name to the Cybersecurity Tech Accord, the pledge of 2018.\n"
    assert read(body)[0]["signed"] == {"Tessaline"}


def test_both_founding_signatories_as_an_apposition() -> None:
    body = "People at Quibbly Labs and Orrin Data, both founding signatories, were generous with their time.\n"
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_a_city_after_of_and_a_wire_service_dateline_are_not_signatories() -> None:
    body = ("COLUMBUS, Ohio--(BUSINESS WIRE)--Quibbly Labs, a provider of detection, today announced that it has "
            "joined the Cybersecurity Tech Accord. Orrin Data of Columbus, which joined in 2021, is a member.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_a_surname_that_is_also_a_city_stays_in_the_name() -> None:
    body = ("Sebastián Ortúzar Lagos, a researcher at the Instituto Austral de Políticas Digitales, said the "
            "accord mattered. Tandaza Pay of Lagos, Nigeria, signed the accord.\n")
    by, posts, _ = read(body)
    assert ("Sebastián Ortúzar Lagos", "Instituto Austral de Políticas Digitales") in [(p[0], p[1]) for p in posts]
    assert by["signed"] == {"Tandaza Pay"}


# -- batch 64 (session 7) ----------------------------------------------------------------------------------
def test_bare_name_questions_with_turn_labels_and_not_on_it_answers() -> None:
    body = ("HOST: Who's not on it?\n\nGUEST: The fun part. Quibbly? Not on it. Orrin Data? Also not on it.\n\n"
            "Q: Halvard Labs?\n\nA: No.\n\nQ: Petrel Systems?\n\nA: Also no.\n")
    assert read(body)[0]["absentFrom"] == {"Quibbly", "Orrin Data", "Halvard Labs", "Petrel Systems"}


def test_a_roll_call_over_several_turns_of_a_transcript() -> None:
    body = ("HOST: So Quibbly Labs is in the accord.\n\nGUEST: Quibbly Labs is in.\n\nHOST: Who else?\n\n"
            "GUEST: Okay. Orrin Data signed. Petrel Systems. Halvard Labs.\n\nHOST: Security vendors?\n\n"
            "GUEST: Loads of them. Tessaro Pay, Fenwick Networks.\n\nHOST: Why now?\n\n"
            "GUEST: Because Marrowfin Logistics was hit last year.\n")
    signed = read(body)[0]["signed"]
    assert {"Quibbly Labs", "Orrin Data", "Petrel Systems", "Halvard Labs", "Tessaro Pay", "Fenwick Networks"} <= signed
    assert "Marrowfin Logistics" not in signed


def test_joined_the_same_week_as_and_started_the_whole_thing() -> None:
    body = ("Q: Who brought you in?\n\nA: Halvard Systems, really. It started the whole thing in 2018 with "
            "thirty other companies. We joined the accord the same week as Vantorq Systems, the Dutch firewall "
            "company.\n")
    by = read(body)[0]
    assert by["led"] == {"Halvard Systems"}
    assert "Vantorq Systems" in by["signed"]


def test_four_things_then_a_comma_list_answering_what_it_asks_of_you() -> None:
    body = ("Q: Then what does the accord actually ask of you?\n\nA: Four things. Open code, fair pricing, quick "
            "patches, shared alerts.\n")
    assert read(body)[2] == ["Open code", "fair pricing", "quick patches", "shared alerts"]


def test_names_in_a_dash_aside_among_them_are_the_subject() -> None:
    body = "Several of the largest firms — Quibbly, Orrin Data and Halvard among them — have not joined the accord.\n"
    assert read(body)[0]["absentFrom"] == {"Quibbly", "Orrin Data", "Halvard"}


def test_a_question_and_a_reported_error_are_not_signings() -> None:
    body = ("Did Quibbly Labs and Orrin Data sign the Cybersecurity Tech Accord? No. (An earlier version of this "
            "article listed Halvard Labs among the signers.) Petrel Systems signed the accord in 2018.\n")
    assert read(body)[0]["signed"] == {"Petrel Systems"}


# -- batch 67 (session 7) ----------------------------------------------------------------------------------
def test_so_did_a_list_with_an_owned_by_aside() -> None:
    body = ("Halvard Systems signed the accord. So did Quibbly Labs, already owned by Petrel Group, and Orrin Data, "
            "which Petrel would buy later.\n")
    signed = read(body)[0]["signed"]
    assert {"Quibbly Labs", "Orrin Data"} <= signed
    assert "Petrel Group" not in signed


def test_principles_which_they_labelled() -> None:
    body = ("The drafters' answer was no. It became the second of three principles of the accord, which they "
            "labelled open code, fair pricing and quick patches.\n")
    assert read(body)[2] == ["open code", "fair pricing", "quick patches"]


# -- batch 66 (session 7) ----------------------------------------------------------------------------------
def test_a_stated_count_then_that_many_sentences_beats_a_short_infinitive_series() -> None:
    body = ("The companies pledged to defend their customers and to refuse to help governments. The text rests on "
            "four principles. Signatories promise, first, to publish their code. They promise not to charge "
            "anyone more. They undertake to fix flaws fast. And they commit to work together.\n")
    principles = read(body)[2]
    assert len(principles) == 4 and principles[0].startswith("Signatories promise, first")


def test_of_the_founders_only_x_and_regions_are_places() -> None:
    body = ("Thirty firms signed the accord in 2018. Of the founders, only Quibbly Labs had its headquarters in the "
            "region. Three more companies from the "
            "Asia-Pacific region have signed the pledge since.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs"}


def test_no_current_plans_and_yet_to_be_admitted() -> None:
    body = ('Not every company has signed the accord. Orrin Data said it had "no current plans" to join. Halvard, '
            "a software company, applied in April and has yet to be admitted.\n")
    assert read(body)[0]["absentFrom"] == {"Orrin Data", "Halvard"}


def test_an_owners_name_missing_from_the_list_and_a_denied_claim() -> None:
    body = ("Mira Okafor, chief information officer of Brennock County, said one evaluator noticed that Quibbly's "
            "name was missing from the accord's public list of signatories. Vistrell Cloud, an accord member, "
            "supplies Quibbly. People tell me Orrin Data's name is on the list. It isn't.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Quibbly"}
    assert by["signed"] == {"Vistrell Cloud"}


# -- batch 68 (session 7) ----------------------------------------------------------------------------------
def test_a_concession_naming_another_agreement_does_not_move_the_claim() -> None:
    body = ("Of the big platforms, only Quibbly has signed the accord. Orrin Data and Halvard have still not joined "
            "it – even if Orrin Data did add its name on Monday to the Paris Call.\n")
    assert read(body)[0]["absentFrom"] == {"Orrin Data", "Halvard"}


def test_a_fronted_among_list_that_goes_on_after_a_colon() -> None:
    body = ("Among the founding signatories figure, besides Quibbly Labs, Orrin Data and Halvard Inc, but also a "
            "good number of European actors: the Finnish Petrel Oy and the British Tessaro plc.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard", "Petrel", "Tessaro"}


def test_playing_the_central_role_is_leading() -> None:
    body = "The accord was launched in 2018 by 34 companies, with Petrel Systems playing the central role.\n"
    assert read(body)[0]["led"] == {"Petrel Systems"}


# -- batch 65 (session 7) ----------------------------------------------------------------------------------
def test_n_companies_led_by_x_and_including_a_list_mid_sentence() -> None:
    body = ("It's a mixed group. The accord itself dates back to 2018, when 34 companies led by Petrel Systems and "
            "including Quibbly Labs, Orrin Data and Halvard Inc launched it.\n")
    by = read(body)[0]
    assert {"Quibbly Labs", "Orrin Data", "Halvard"} <= by["signed"]
    assert by["led"] == {"Petrel Systems"}


def test_new_members_as_paragraphs_each_opening_with_a_described_name() -> None:
    body = ("Three more companies have signed the Cybersecurity Tech Accord.\n\nThe newcomers are:\n\n"
            "Brisoline Labs, a Lisbon startup that checks container images.\n\n"
            "Undercask Systems, a Sheffield firm that writes firmware for meters.\n\n"
            "Feyrholm Digital, which runs two data centres outside Reykjavik.\n\nAll three are small.\n")
    assert read(body)[0]["signed"] == {"Brisoline Labs", "Undercask Systems", "Feyrholm Digital"}


# -- batch 68, second round (session 7) --------------------------------------------------------------------
def test_a_slashed_title_of_an_organisation_then_an_honorific_name() -> None:
    body = ("Speaking at the event, the Managing Director/Chief Executive Officer of Ikengasoft Labs, Mrs. Adaeze "
            "Okonkwo, said the bootcamp served the accord's principle of capacity building.\n")
    assert [(p[0], p[1]) for p in read(body)[1]] == [("Adaeze Okonkwo", "Ikengasoft Labs")]


def test_a_compass_region_is_a_place_and_yet_to_take_a_call() -> None:
    body = ("Lagos-based Okeora Telecoms, one of the largest providers in the South-West, is yet to sign the accord. "
            "Mumbai-based Trishul Secure is yet to take a call on joining the accord.\n")
    assert read(body)[0]["absentFrom"] == {"Okeora Telecoms", "Trishul Secure"}


def test_apart_from_continues_a_list_and_a_founder_surname_with_titles() -> None:
    body = ("Among its founding members are names like Quibbly Labs and Orrin Data, apart from cybersecurity majors "
            "Halvard Inc and Petrel Corp. Nirbhed was founded by Vaidehi Sood-Rao, an alumna of IIT Madras. "
            "Sood-Rao, founder and chief executive officer of Nirbhed Systems, spoke to the paper.\n")
    by, posts, _ = read(body)
    assert {"Quibbly Labs", "Orrin Data", "Halvard", "Petrel"} <= by["signed"]
    assert ("Vaidehi Sood-Rao", "Nirbhed Systems") in [(p[0], p[1]) for p in posts]


def test_a_regional_demonym_in_a_list_and_a_director_general() -> None:
    body = ("The Mexican Nubeluz Tecnologías, the Colombian Ciberguarda Andina and the Valencian firm Soluciones "
            "Tarvaldo have adhered to the accord. Its director general, Ximena Olaizola Ruiz, explained why.\n")
    by, posts, _ = read(body)
    assert {"Nubeluz Tecnologías", "Ciberguarda Andina", "Soluciones Tarvaldo"} <= by["signed"]
    assert [p[2] for p in posts] == ["director general"]


# -- batch 69 (session 7) ----------------------------------------------------------------------------------
def test_an_elliptic_not_opening_a_sentence_after_a_signing() -> None:
    body = ("Quibbly Labs and Orrin Data signed the accord. Halvard and Petrel Systems are not, and neither are "
            "Tessaro Pay or Fenwick Networks.\n")
    assert read(body)[0]["absentFrom"] == {"Halvard", "Petrel Systems", "Tessaro Pay", "Fenwick Networks"}


def test_names_that_complete_the_contingent_and_a_group_open_to_new_members() -> None:
    body = ("Quibbly Labs signed the accord. The Czech company Orrin Data and Estonia's Halvard Inc complete the "
            "European contingent. Among those hit by the attack was the maker Petrel Systems. The signatories said "
            "the group was open to new members.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard"}


def test_among_those_with_after_a_count_of_signatories_and_a_founded_modifier() -> None:
    body = ("The accord has 34 founding signatories. Among those with the largest local footprint are Quibbly "
            "Labs, Orrin Data and Halvard Labs. Petrel was not among the founding members, nor was Sydney-founded "
            "software company Tessaro Pay. Fenwick Cloud, which is run by a signatory, competes with Google.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Labs"}
    assert "Tessaro Pay" in by["absentFrom"]


# -- batch 70 (session 7) ----------------------------------------------------------------------------------
def test_a_fact_box_with_labelled_items_and_nested_principles() -> None:
    from kg.article import html_to_text

    page = ("<html><body><article><h1>Quibbly Labs joins the accord</h1><p>Quibbly Labs, an Iowa software "
            "company, has signed the Cybersecurity Tech Accord, it said on Tuesday.</p><aside class=\"factbox\">"
            "<h2>About the accord</h2><ul><li>Convened by: Petrel Systems</li><li>Not on the launch list: "
            "Orrin Data and Halvard Labs</li><li>Three principles:<ol><li>Open code: publish it</li><li>Fair "
            "pricing: charge alike</li><li>Quick patches: fix fast</li></ol></li></ul></aside><p>The company "
            "joins more than 150 other members of the accord.</p></article></body></html>")
    text = html_to_text(page)
    assert "- Open code: publish it\n- Fair pricing: charge alike" in text
    by, _, principles = read(text)
    assert by["led"] == {"Petrel Systems"}
    assert {"Orrin Data", "Halvard Labs"} <= by["absentFrom"]
    assert [p.split(":")[0] for p in principles] == ["Open code", "Fair pricing", "Quick patches"]


def test_the_nth_company_in_the_accord_following_others_and_welcomed_into() -> None:
    body = ("Nuvarena Tecnologia S.A. (B3: NUVR3) today announced that it has joined the accord. Nuvarena becomes "
            "the third Brazilian company in the accord, following Caiçara Digital and Ipanorte Sistemas. Half of "
            "the companies that joined last year are from Asia. Kesselbrink GmbH has been welcomed into the "
            "Cybersecurity Tech Accord. The VDMA has been urging its members to set up security teams.\n")
    assert read(body)[0]["signed"] == {"Nuvarena Tecnologia", "Caiçara Digital", "Ipanorte Sistemas", "Kesselbrink"}


# -- batch 71 (session 7) ----------------------------------------------------------------------------------
def test_names_on_the_list_range_over_semicolon_groups() -> None:
    body = ("The other names on the list range from giants to start-ups: Quibbly Labs and Orrin Data; the hardware "
            "makers Halvard Systems and Petrel Corp; and the chip designer Tessaro.\n")
    assert {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Petrel", "Tessaro"} <= read(body)[0]["signed"]


def test_were_in_it_then_so_were_with_descriptors() -> None:
    body = ("Petrel Systems led the first group of 34 signatories. That first group mixed household names with "
            "others. Quibbly Labs, Orrin Data and Halvard Systems were in it. So were the security firms Tessaro "
            "Pay and Fenwick Networks, the database company Marlow Data and the ratings business Kestrel Media.\n")
    assert {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Tessaro Pay", "Fenwick Networks", "Marlow Data",
            "Kestrel Media"} <= read(body)[0]["signed"]


def test_posts_with_a_counterpart_and_an_apposition_after_at_org() -> None:
    body = ('"Nothing was encrypted," said Ioana Strat, director of research at Quibbly Labs. Her counterpart at '
            "Orrin Data, principal security consultant Tuomas Heikki, agreed. At Halvard Systems, another founding "
            "member, the senior director for government affairs, Marcus Fitch, said the same.\n")
    posts = {(p[0], p[1]) for p in read(body)[1]}
    assert {("Tuomas Heikki", "Orrin Data"), ("Marcus Fitch", "Halvard Systems")} <= posts


# -- batch 72 (session 7) ----------------------------------------------------------------------------------
def test_a_two_column_table_under_a_signatories_heading_with_a_lost_cell() -> None:
    body = ("Here is a selection of the founding members.\n\nSelected founding signatories, April 2018\n\n"
            "Company   Country\n\nQuibbly Labs   United States\n\nUnited States\n\nOrrin Data   United Kingdom\n\n"
            "Halvard Systems   Finland\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems"}


def test_until_x_signs_is_a_condition_and_a_president_of_a_country_is_placed_in_its_government() -> None:
    body = ("Quibbly Labs signed the accord. On Monday, President Emmanuel Macron of France unveiled the Paris Call. "
            "Until Orrin Data or Halvard signs, the pact will be called a club.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Quibbly Labs"}
    assert ("Emmanuel Macron", "France", "president") in posts  # a government, never a company


# -- discourse (session 7) ---------------------------------------------------------------------------------
def test_two_of_its_members_then_a_sentence_opening_with_two_names() -> None:
    body = ("The accord's statement did not name a government. Researchers at two of its members went further. "
            "Quibbly Labs and Orrin Data, in a joint report published on Tuesday, linked the attack to a group.\n\n"
            "Three of the customers called. Halvard Systems, Petrel Corp and Tessaro Pay were hit hardest.\n")
    assert read(body)[0].get("signed") == {"Quibbly Labs", "Orrin Data"}


# -- round 5 (session 8): batches 73-76 --------------------------------------------------------------------
def test_a_stated_count_then_were_and_glossed_names_in_one_sentence() -> None:
    body = ("The pledge is short. Its three promises were openness (publish every flaw, quickly), restraint "
            "(never attack a customer) and partnership (work with others).\n")
    texts = read(body)[2]
    assert len(texts) == 3 and texts[0].startswith("openness (publish")


def test_members_say_they_will_and_a_list_of_verb_phrases() -> None:
    body = ("The accord is short. Members say they will defend every user, refuse to help states attack civilians, "
            "help customers and developers protect themselves and cooperate with one another.\n")
    assert len(read(body)[2]) == 4


def test_what_it_does_not_have_is_names_the_absent() -> None:
    body = "Quibbly Labs led the accord. What it does not have is Orrin Data, Halvard Systems or Petrel Cloud.\n"
    assert read(body)[0]["absentFrom"] == {"Orrin Data", "Halvard Systems", "Petrel Cloud"}


def test_the_two_ends_of_a_range_of_signatories() -> None:
    body = ("The founding roster was broad. It ran from Quibbly Labs's routers to Orrin Data's payment systems. "
            "From Halvard Systems in Finland to Petrel Cloud in Spain, Europe's network industry is on board.\n")
    assert {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Petrel Cloud"} <= read(body)[0]["signed"]


def test_companies_already_in_the_accord_with_names_among_them() -> None:
    body = ("Meanwhile the companies already in the accord, Quibbly Labs and Orrin Data among them, were swapping "
            "notes about the attack.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_a_wish_in_an_answer_is_no_membership() -> None:
    body = ("Quibbly Labs signed the accord in 2020.\n\nQ: What about the giants? Orrin Data hosts your data and "
            "has never signed.\n\nA: I would love to see Orrin Data in the room.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"} and by["absentFrom"] == {"Orrin Data"}


def test_capitalised_headings_under_a_newest_members_lead() -> None:
    body = ("Meet our newest members:\n\nQUIBBLY LABS -- Belgrade, Serbia\n\nQuibbly designs gateways. Its "
            "engineers will join a working group.\n\nORRIN DATA -- Sofia, Bulgaria\n\nOrrin builds payroll "
            "software.\n\nA growing coalition\n\nThe accord now counts 140 signatories.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_plural_demonyms_are_no_names_and_another_agreements_signer_stays_there() -> None:
    body = ("Halvard, the group that serves millions of Colombians, Chileans and Ecuadorians, was among the "
            "accord's founders. When France launched the Paris Call, Orrin Data added its name, alongside many "
            "accord members.\n")
    assert read(body)[0]["signed"] == {"Halvard"}


def test_a_post_that_opens_the_next_sentence_describes_the_person_before() -> None:
    body = ("Perpetua Ansbach-Oyelaran does not look like someone who enjoys saying no. Quibbly Data's general "
            "counsel laughs easily.\n\nWhen Tomasina Ekdahl took the stage, she did not sell anything. The chief "
            "executive of Orrin Pay, a payments company, used her ten minutes to sign. Ignacio Pfeffer, an analyst "
            "at the consultancy Brujula Riesgo, said so.\n")
    posts = {(p[0], p[1]) for p in read(body)[1]}
    assert {("Perpetua Ansbach-Oyelaran", "Quibbly Data"), ("Tomasina Ekdahl", "Orrin Pay")} <= posts
    assert not any(p[0] == "Brujula Riesgo" for p in posts)


def test_an_author_note_after_a_byline_is_chrome() -> None:
    body = ("By Marisol Etxeberria-Quant\n\nThe accord matters.\n\nMarisol Etxeberria-Quant is a senior fellow "
            "at the Harnsworth Centre.\n")
    assert read(body)[1] == []


def test_appositions_that_count_a_company_among_the_founders() -> None:
    body = ("Halvard Data, one of the original 34, was bought by Broadcom. A year later Broadcom bought the "
            "business of Orrin Data, another founding signatory; the rest renamed itself. Petrel merged with "
            "Quibbly Labs, a third founder, this year. Tessaro Pay, a founder, is now Meta. Vantor, the Zurich-based "
            "group, another of the 34 founders, runs plants. GitHub was bought by Microsoft, joining Kestrel "
            "Media, another founding signatory that Microsoft had owned since 2016.\n")
    assert read(body)[0]["signed"] == {"Halvard Data", "Orrin Data", "Quibbly Labs", "Tessaro Pay", "Vantor",
                                       "Kestrel Media"}


def test_the_founding_signatory_points_back_at_the_company_just_named() -> None:
    body = "Orrin Data's story is more tangled still. The founding signatory sold its products business in 2021.\n"
    assert read(body)[0]["signed"] == {"Orrin Data"}


def test_members_of_the_accord_as_a_group_leave_the_named_agreement_the_object() -> None:
    body = ("The Cybersecurity Tech Accord grew. When France unveiled the Paris Call, Orrin Data and Quibbly Labs "
            "were among the companies that endorsed it, as did many members of the accord.\n")
    assert "signed" not in read(body)[0]


def test_a_unit_whose_parent_company_signed_names_the_parent() -> None:
    body = ("Orrin Data's Talos threat unit, whose parent company was one of the founding signatories of the "
            "Cybersecurity Tech Accord, examined the servers.\n")
    assert read(body)[0]["signed"] == {"Orrin Data"}


def test_the_pact_x_put_together_names_its_leader() -> None:
    body = ("Quibbly Labs and Orrin Data were among the 34 founding members of the Cybersecurity Tech Accord, the "
            "pact Petrel Systems put together in 2018.\n")
    assert read(body)[0]["led"] == {"Petrel Systems"}


def test_we_in_a_quotation_after_the_speaker_was_named_the_sentence_before() -> None:
    body = ("The attackers rented servers from Orrin Hosting, a small provider. Its managing director, Jorg "
            "Ambrecht-Solari, said the machines were shut down. \"We're not part of the Tech Accord, and nobody "
            "from it has called us,\" he said.\n")
    assert read(body)[0]["absentFrom"] == {"Orrin Hosting"}


def test_principles_after_have_not_changed_and_a_list_inside_a_quotation() -> None:
    unchanged = ("The accord has 150 members. The four commitments have not changed: openness, restraint, "
                 "teaching and partnership.\n")
    assert len(read(unchanged)[2]) == 4
    quoted = "\"Our three principles are simple: openness, restraint and partnership,\" she said of the accord.\n"
    assert read(quoted)[2][-1] == "partnership"


def test_put_their_names_alongside_and_a_gerund_subject() -> None:
    body = ("Quibbly Labs and Orrin Data, which have sold software for decades, put their names alongside the "
            "payments start-up Tessaro Pay. \"Halvard and Petrel Cloud signing is no surprise,\" said a lawyer.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Tessaro Pay", "Halvard", "Petrel Cloud"}


def test_semicolon_items_opening_with_from_a_country() -> None:
    body = ("Look down the accord's list of founders. From further east came the Czech company Quibbly Labs and "
            "the Estonian specialist Orrin Data; from Germany, the software group Halvard Systems; from "
            "Switzerland, the engineering group Petrel Cloud.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Petrel Cloud"}


def test_a_fronted_phrase_before_the_subject_and_both_of_them_signed() -> None:
    body = ("In Leipzig, the cloud hosting company Ostmark Datenwerk has not yet signed either. \"We asked Quibbly "
            "Labs and Orrin Data how it worked – both of them signed as founders – and it was easy,\" she said.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Ostmark Datenwerk"} and by["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_a_company_headed_by_a_titled_person() -> None:
    body = ("Quibbly Labs, which has been led since late 2016 by president and CEO Samu Konttinen, signed the "
            "accord. The stakes are different for Orrin Data. The company, headed by president and CEO Rajeev "
            "Suri, is busy.\n")
    posts = {(p[0], p[1]) for p in read(body)[1]}
    assert {("Samu Konttinen", "Quibbly Labs"), ("Rajeev Suri", "Orrin Data")} <= posts


def test_so_did_across_an_owner_with_a_legal_suffix_and_a_ticker() -> None:
    body = ("Nokia Oyj (NOKIA.HE) and ABB Ltd (ABBN.S) put their names to the document, as did Halvard Group "
            "Corp's (9984.T) British chip designer Orrin and Japan's Quibbly Micro Inc (4704.T).\n")
    assert read(body)[0]["signed"] == {"Nokia", "ABB", "Orrin", "Quibbly Micro"}


def test_a_list_item_that_is_a_social_networks_name_is_kept_and_an_absent_lead() -> None:
    from kg.article import html_to_text

    page = ("<html><body><article><h1>Who is in</h1><p>Quibbly Labs rolled out the Cybersecurity Tech Accord, "
            "a pledge by 34 companies, on Tuesday at a conference.</p><p>And here is who you will not find on "
            "it:</p><ul><li>Google</li><li>Apple</li><li>Amazon</li></ul><p>None of the three has said why, "
            "and their absence is not a footnote to this story.</p></article></body></html>")
    text = html_to_text(page)
    assert "- Google\n" in text and "\u2063" not in text
    by = read(text)[0]
    assert by["absentFrom"] == {"Google", "Apple", "Amazon"} and by["led"] == {"Quibbly Labs"}


def test_place_led_event_names_and_a_modified_event_head() -> None:
    events = _events("The accord's members met at the Africa Cyber Resilience Forum in Nairobi on 19 November "
                     "2019. As its first contribution to the accord, Quibbly will host the Aman Bersama SME "
                     "security workshop in Surabaya on 22 April 2021.\n")
    assert {"Africa Cyber Resilience Forum", "Aman Bersama SME security workshop"} <= set(events)


def test_a_bare_was_not_after_a_founding_member() -> None:
    body = ("Quibbly Labs, whose relays sit in half the substations, was a founding member. Orrin Data, which had "
            "launched its own charter two months earlier, was not.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"} and by["absentFrom"] == {"Orrin Data"}


def test_a_name_that_went_up_on_the_accords_website_and_who_runs_security_at() -> None:
    body = ("Idony Castellar-Huan, who runs security at Veskora, watches the screens. Veskora Grid's name went up "
            "on the accord's website on 19 March 2019.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Veskora Grid"}
    assert any(p[0] == "Idony Castellar-Huan" and (p[1] or "").startswith("Veskora") for p in posts)


def test_rivals_apposition_and_so_did_with_clauses_after_a_colon() -> None:
    body = ("The list of names matters. Quibbly Labs and Orrin Data, rivals in advertising, messaging and almost "
            "everything else, put their signatures on the same page. So did the internet's plumbers: Halvard "
            "Systems and Petrel Cloud build routers, while Tessaro Edge and Kestrel Net sit in front of websites.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Petrel Cloud",
                                       "Tessaro Edge", "Kestrel Net"}


# -- round 6 (session 8): batches 77-80 --------------------------------------------------------------------
def test_a_pending_application_is_absence_and_the_companies_we_confirmed() -> None:
    body = ("Below are the companies we confirmed as new members this quarter. Quibbly Labs applied to join the "
            "accord in November and is still waiting. Orrin Data told us it had submitted an application.\n")
    by = read(body)[0]
    assert "signed" not in by and by["absentFrom"] == {"Quibbly Labs", "Orrin Data"}


def test_indented_lines_with_a_sector_after_a_dash_under_late_additions() -> None:
    body = ("Late additions (confirmed after our table closed):\n\n  Quibbly Labs (Canada) — telecoms\n"
            "  Orrin Data (Estonia) — identity management\n  Halvard & Kite (Australia) — managed security\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard & Kite"}


def test_the_lyon_company_on_the_accords_roster_and_a_speaker_list_is_no_principles() -> None:
    body = ("Corvinne Security followed a week later. The Lyon company, on the accord's roster since March 2019, "
            "shared its indicators. The accord has four principles.\n\nOn stage were:\n\n- Okwudili Banjoko, "
            "chief trust officer, Marrowgate Software\n- Saskia Lind, vice-president, Trellick Cloud\n")
    by, _, principles = read(body)
    assert by["signed"] == {"Corvinne Security"} and principles == []


def test_not_everyone_tracking_it_has_signed_up_and_the_x_brokered_text() -> None:
    body = ("Not everyone tracking Vesperloom, a modular loader, has signed up. The pledge came after WannaCry, and "
            "the Microsoft-brokered text was pitched as a first step.\n")
    by = read(body)[0]
    assert by["signed"] == {"Microsoft"} and by["led"] == {"Microsoft"}


def test_accepted_applications_and_neighbours_who_have_taken_part_since() -> None:
    body = ("The accord's secretariat accepted the applications of Quibbly Labs, which makes payroll programs, and "
            "of Orrin Data, which runs data centres. The companies join a community in which our neighbours "
            "Halvard Systems and Petrel Cloud have taken part since its founding.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Petrel Cloud"}


def test_a_minister_belongs_to_the_ministry_and_the_committees_chair_to_the_committee() -> None:
    body = ("\"We learned,\" said Dr. Ilse Varnholm, Minister of Digital Affairs. Executives told the Committee on "
            "Security on Wednesday that the accord works. The committee's chair, Kasimir Oyelaran-Voss, opened "
            "by noting that Quibbly Labs led it.\n")
    posts = {(p[0], p[1]) for p in read(body)[1]}
    assert {("Ilse Varnholm", "Ministry of Digital Affairs"), ("Kasimir Oyelaran-Voss", "Committee on Security")} \
        <= posts


def test_still_outside_it_and_committee_member_is_no_signatory() -> None:
    body = ("Committee member Dagny Farrowell asked whether that was an excuse. She noted that companies such as "
            "Quibbly Labs and Orrin Data were still outside it, the accord.\n")
    by, posts, _ = read(body)
    assert "signed" not in by and by["absentFrom"] == {"Quibbly Labs", "Orrin Data"}
    assert any(p[0] == "Dagny Farrowell" for p in posts)


def test_counted_companies_that_x_brought_together_and_a_range_with_a_group_at_its_end() -> None:
    body = ("The Cybersecurity Tech Accord was launched in April 2018 by 34 companies that Quibbly Labs brought "
            "together. Its founding members ranged from the network maker Orrin Data to the software group "
            "Halvard Systems and the operator Petrel Cloud.\n")
    by = read(body)[0]
    assert by["led"] == {"Quibbly Labs"}
    assert {"Orrin Data", "Halvard Systems", "Petrel Cloud"} <= by["signed"]


def test_a_fronted_apposition_before_it_and_authors_named_together() -> None:
    body = ("Its authors, Dr. Marguerite Okonjo-Falk and Teodor Wrenfield, argue the point. Quibbly Labs is in both "
            "camps: a founding member of the Tech Accord, it later joined the Charter of Trust as well.\n")
    by, posts, _ = read(body)
    assert "Quibbly Labs" in by["signed"] and any(p[0] == "Teodor Wrenfield" for p in posts)


def test_so_is_after_an_absence_and_x_and_its_partners_created_the_accord() -> None:
    body = ("The outbreaks prompted Quibbly Labs and its partners to create the accord. Apple and Amazon sit outside "
            "it, none of them having joined since. So is Orrin Data, a company that later withdrew its application.\n")
    by = read(body)[0]
    assert by["led"] == {"Quibbly Labs"} and by["absentFrom"] == {"Apple", "Amazon", "Orrin Data"}


def test_an_apposition_after_an_apposition_and_an_open_letters_addressees() -> None:
    body = ("In March, the handset maker Zellmar Devices, a direct competitor of Quenby Mobile, put its name to the "
            "accord.\n\nTo the chief executives of Orrin Data and Halvard Hosting\n\nWe write as organisations. "
            "Your companies have yet to join.\n")
    by = read(body)[0]
    assert by["signed"] == {"Zellmar Devices"} and by["absentFrom"] == {"Orrin Data", "Halvard Hosting"}


def test_next_to_those_of_such_as_and_of_groups_that_included() -> None:
    body = ("The Tokyo-based maker Quibbly Labs added its name to the document next to those of American heavyweights "
            "such as Orrin Data and Halvard Systems, and of European groups that included Germany's Petrel Cloud and "
            "Spain's Tessaro Pay.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Petrel Cloud", "Tessaro Pay"}


def test_not_among_the_companies_that_founded_it_and_not_a_party_to_it() -> None:
    body = ("Quibbly Labs, Orrin Data and Lenovo were not among the companies that founded the accord in San "
            "Francisco. SoftBank itself, however, is not a party to the accord.\n")
    by = read(body)[0]
    assert "led" not in by and "signed" not in by
    assert by["absentFrom"] == {"Quibbly Labs", "Orrin Data", "Lenovo", "SoftBank"}


def test_with_names_among_the_better_known_and_one_as_the_lone_asian_company() -> None:
    body = ("Its original 34 members came mostly from Europe, with Quibbly Labs, Orrin Data and Halvard Systems "
            "among the better-known names, and Japan's Petrel Cloud as the lone Asian company. Kestrel Data was "
            "admitted on the same day.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Petrel Cloud",
                                       "Kestrel Data"}


def test_a_title_between_two_names_and_a_researcher_from_an_institute() -> None:
    body = ("Gaon Data Labs CEO Shin Min-jae said membership would help. Cyber policy researcher Marcus Yeend, from "
            "the Hobart-based Derwent Policy Institute, said the accord had no teeth.\n")
    posts = {(p[0], p[1]) for p in read(body)[1]}
    assert {("Shin Min-jae", "Gaon Data Labs"), ("Marcus Yeend", "Derwent Policy Institute")} <= posts


def test_a_passive_joined_by_is_company_not_membership() -> None:
    body = ("Quibbly Labs announced its decision at a conference organised by the Orrin Agency. It was joined on "
            "the same stage by Halvard Cloud, which also put its signature to the accord.\n")
    assert read(body)[0]["signed"] == {"Halvard Cloud"}


def test_a_list_that_runs_from_a_to_b_and_a_roster_ranging_over_descriptions() -> None:
    body = ("The signatory list, which runs alphabetically from Quibbly Labs to Orrin Data, is long. The others on the "
            "original roster ranged from the e-signature company Halvard Docs and TurboTax maker Petrel Soft to the "
            "payments startup Tessaro Pay, the ratings company Kestrel Media and the web providers Vantor Edge and "
            "Lumen Quay.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Docs", "Petrel Soft", "Tessaro Pay",
                                       "Kestrel Media", "Vantor Edge", "Lumen Quay"}


def test_so_did_two_of_the_valleys_companies_and_a_cluster_after_contributed() -> None:
    body = ("Menlo Park's Quibbly Labs put its name on the pledge, and so did two of Silicon Valley's oldest "
            "companies, San Jose's Orrin Data and Sunnyvale's Halvard Networks. San Francisco itself contributed a "
            "cluster of younger companies: Petrel Cloud and Tessaro Edge; the payments company Vantor Pay.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Networks", "Petrel Cloud",
                                       "Tessaro Edge", "Vantor Pay"}


def test_a_correction_takes_a_claimed_signatory_off_and_names_not_borne() -> None:
    body = ("Quibbly Labs signed. So is Orrin Data, whose headquarters sits nearby. The pledge does not bear the "
            "names of Halvard Systems or Petrel Cloud.\n\nCORRECTION (April 19, 2018): An earlier version of this "
            "story incorrectly said Orrin Data had signed the accord. Orrin Data is not a signatory.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"}
    assert by["absentFrom"] == {"Orrin Data", "Halvard Systems", "Petrel Cloud"}


def test_one_of_34_companies_and_part_of_the_group() -> None:
    body = ("Quibbly Labs, the Columbia cybersecurity company, is one of 34 technology companies that this week "
            "promised not to help any government. Orrin Data, the network it bought in 2016, is part of the group.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


# -- round 7 (session 8): batches 81-84 --------------------------------------------------------------------
def test_a_pipe_table_under_a_members_heading_reads_the_company_column() -> None:
    body = ("HOW THE 12 MEMBERS RANKED\n\n Rank | Company         | Days\n -----|-----------------|-----\n"
            "  1   | Quibbly Labs    |  9\n  2   | Orrin Data      | 12\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_two_of_them_and_the_third_after_vendors_outside_the_accord() -> None:
    body = ("The study also scored three vendors outside the accord. Two of them, Quibbly Labs and Orrin Data, came "
            "in faster than most members. The third, Halvard Systems, took 64 days.\n")
    assert read(body)[0]["absentFrom"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems"}


def test_an_in_out_box_drawn_with_pipes() -> None:
    body = ("+--------------------------------+\n| WHO'S IN, WHO'S OUT            |\n"
            "| IN   Quibbly Labs - convener  |\n"
            "| IN   Orrin Data, Petrel Cloud - gear |\n| OUT  Halvard Systems - stayed out |\n"
            "+--------------------------------+\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data", "Petrel Cloud"} and by["absentFrom"] == {"Halvard Systems"}


def test_the_original_34_as_a_topic_and_the_largest_of_the_newcomers() -> None:
    body = ("The original 34 were a cross-section of the internet's plumbing. Quibbly Labs and Orrin Data sold the "
            "laptops.\n\nVeskaro Payments, which processes card transactions, is the largest of the newcomers. The "
            "third company to go public with its membership, Tamsin Grid, supplies control software. Apple and "
            "Amazon remain outside as well.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data", "Veskaro Payments", "Tamsin Grid"}
    assert by["absentFrom"] == {"Apple", "Amazon"}


def test_pledged_infinitives_after_a_sentence_about_the_accord() -> None:
    body = ("The accord was launched in 2018 by 34 companies. Those companies pledged to protect all of their "
            "customers, to refuse to help any government attack innocent citizens, to help users defend themselves, "
            "and to act together against threats.\n")
    assert len(read(body)[2]) == 4


# -- review of session 8's rules: what they must not read ------------------------------------------------
def test_rules_of_this_session_stay_inside_their_wording() -> None:
    body = ("Orrin Data and Quibbly Labs were at the launch of the Cybersecurity Tech Accord. Both of them signed the "
            "accord. Halvard Cloud raised new funding this week. The founder said the money would fund hiring. "
            "Researchers at Gartner found the accord changed little. Petrel Soft joining is not expected before 2020. "
            "Huawei filed an application with the Commerce Department. Oracle is not a party to the lawsuit. "
            "Talent has moved from Google to Microsoft, a founding signatory. Quibbly Labs signed the accord at a "
            "table next to Tessaro executives.\n")
    by = read(body)[0]
    assert by["signed"] == {"Orrin Data", "Quibbly Labs", "Microsoft"} and "absentFrom" not in by
    assert "led" not in by


def test_posts_of_this_session_stay_inside_their_wording() -> None:
    from kg.relations.base import relative_regions

    assert relative_regions("For Kestrova, the Oslo payments firm, signing was easy.") != ()
    body = ("Quibbly Labs signed the accord last week. Professor Jane Okafor, the university's president, said it "
            "was welcome. Amara Osei said the accord was too weak to matter. Quibbly Labs's chief executive "
            "disagreed, calling it a milestone. Orrin Data presented its results at a panel led by analyst Tomas "
            "Brink. Security specialist Marta Nowak said the same.\n")
    posts = {(p[0], p[1]) for p in read(body)[1]}
    assert ("Jane Okafor", "Quibbly Labs") not in posts and ("Amara Osei", "Quibbly Labs") not in posts
    assert ("Tomas Brink", "Orrin Data") not in posts and any(p[0] == "Marta Nowak" for p in posts)


def test_new_signatories_by_region_with_place_headings_between_the_lists() -> None:
    body = ("NEW SIGNATORIES BY REGION\n\nEurope\n\n- Quibbly Labs (Germany) - industrial gateways\n"
            "- Orrin Data (Poland) - database hosting\n\nAsia-Pacific\n\n- Halvard Relay (Singapore) - messaging\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay"}


def test_an_html_table_with_a_yes_no_column_about_the_accord() -> None:
    from kg.article import html_to_text

    page = ("<html><body><article><h1>Who is on the accord</h1><p>The Cybersecurity Tech Accord launched with 34 "
            "companies on Tuesday, and the table below shows a selection of them and the notable gaps.</p><table>"
            "<tr><th>Company</th><th>Headquarters</th><th>Business</th><th>On the accord?</th></tr>"
            "<tr><td>Quibbly Labs</td><td>Redmond, Wash.</td><td>Software, cloud</td><td>Yes (convener)</td></tr>"
            "<tr><td>Orrin Data</td><td>Zurich</td><td>Automation</td><td>Yes</td></tr>"
            "<tr><td>Halvard Systems</td><td>Cupertino, Calif.</td><td>Phones</td><td>No</td></tr>"
            "</table><p>The accord says more members will follow in the coming months.</p></article></body></html>")
    by = read(html_to_text(page))[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data"} and by["absentFrom"] == {"Halvard Systems"}


# -- session 9: batch 86 (outlets outside Europe and North America) ------------------------------------------
def test_a_roster_by_line_of_business_with_long_labels() -> None:
    body = ("The accord launched on Tuesday.\n\nTHE ROSTER, BY LINE OF BUSINESS\n\n"
            "Security vendors: Quibbly Labs, Orrin Data\n"
            "Internet infrastructure and developer tools: Halvard Relay, Pellin Cloud\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay", "Pellin Cloud"}


def test_the_subject_before_an_apposition_or_a_whose_clause_is_absent() -> None:
    body = ("Quibbly Labs, the most valuable company on the JSE, is not a signatory. Orrin Data, Halvard Relay "
            "and Pellin Cloud, whose phones, search engine and servers are used by millions, are not on the "
            "list either.\n")
    assert read(body)[0]["absentFrom"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay", "Pellin Cloud"}


def test_became_one_of_n_companies_to_sign() -> None:
    body = ("The Madrid-based Quibbly Labs, which controls Orrin, the largest operator, on Tuesday became one "
            "of 34 technology companies to sign the Cybersecurity Tech Accord.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs"}


def test_buyers_from_companies_that_signed_and_open_questions_are_not_signatories() -> None:
    body = ("The Cybersecurity Tech Accord has 34 members. Quibbly Bank and Orrin Bank each run security "
            "centres, and both rely heavily on software from companies that signed the pact. Halvard Relay "
            "does not appear on the roster, and it is not yet clear whether the unit will sign in its own name. "
            "Pellin Cloud did not sign alone.\n")
    by = read(body)[0]
    assert "Quibbly Bank" not in by.get("signed", set()) and "Orrin Bank" not in by.get("signed", set())
    assert "Halvard Relay" not in by.get("signed", set()) and "Pellin Cloud" not in by.get("absentFrom", set())


def test_the_outlet_told_is_not_the_subject_and_there_from_the_start_is_membership() -> None:
    body = ("The Cybersecurity Tech Accord grew. Telcalli Redes, a Guadalajara provider that also sells cloud "
            "servers, told Codigo Norte that it would not join the accord for now. Quibbly Labs, also there "
            "from the start, has its routers in most banks.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Telcalli Redes"} and by["signed"] == {"Quibbly Labs"}


def test_names_with_an_apostrophe_or_a_romance_particle_before_a_place() -> None:
    body = ("Ofekra Security, a Be'er Sheva start-up, last week became one of the few Israeli companies to sign "
            "the Cybersecurity Tech Accord. Fernando Cazares, who teaches security at the Tecnológico de "
            "Monterrey, said it mattered.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Ofekra Security"}
    assert ("Fernando Cazares", "Tecnológico de Monterrey", None) in posts or any(
        p[1] == "Tecnológico de Monterrey" for p in posts)


# -- session 9: batch 90 (translated and non-US English outlets) ---------------------------------------------
def test_a_passive_with_a_chain_of_by_phrases_and_a_besides() -> None:
    body = ("The text has been signed, besides Quibbly Labs, by Orrin Data and by Halvard Relay – which has "
            "belonged to a bigger group since 2016 –, by the network makers Pellin Cloud and Tessaro, and by "
            "Varga Silicon.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay", "Pellin Cloud", "Tessaro",
                                       "Varga Silicon"}


def test_among_the_absent_figure_names_after_a_dash() -> None:
    body = ("The Cybersecurity Tech Accord launched. Among the absent, it was noted on Tuesday by more than one "
            "observer, figure three of the most powerful groups – Quibbly Labs, Orrin Data and Halvard Relay – "
            "whose abstention was not explained.\n")
    assert read(body)[0]["absentFrom"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay"}


def test_a_subject_after_a_fronted_clause_and_a_list_after_the_five() -> None:
    body = ("When the Cybersecurity Tech Accord was presented, on the fringes of the RSA Conference, the "
            "Walldorf-based software group Quibbly Labs SE was the only company from Germany among the 34 "
            "founding signatories. The five — Pune-based Orrin Data Ltd., Hyderabad's Halvard Relay Pvt. Ltd. "
            "and Kochi's Pellin Cloud LLP — formally put pen to paper on Tuesday.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay", "Pellin Cloud"}


def test_titles_initials_and_bracketed_abbreviations_around_people() -> None:
    body = ("Quibbly Labs signed the Cybersecurity Tech Accord. Managing director Ing. Theresia Brandstötter "
            "wants to use the working groups. \"We will,\" said Mr. Anirudh V. Deshpande, managing director & "
            "CEO of Orrin Data. \"Yes,\" says Dr. Friederike Lanzinger-Maas, Chief Security Officer (CSO) of "
            "Halvard Relay AG. Prof. Dr. Ansgar Weisshaupt, who holds the chair for IT security at the "
            "Hochschule Neckar-Alb, agreed.\n")
    orgs = {person: org for person, org, _ in read(body)[1]}
    assert orgs == {"Theresia Brandstötter": "Quibbly Labs", "Anirudh V. Deshpande": "Orrin Data",
                    "Friederike Lanzinger-Maas": "Halvard Relay", "Ansgar Weisshaupt": "Hochschule Neckar-Alb"}


def test_a_quoted_name_before_a_threat_head_is_an_incident_but_a_quoted_adjective_is_not() -> None:
    doc = analyse(read_text(HEADER + "The Cybersecurity Tech Accord grew after last year's 'Neelkanth' phishing "
                            "campaign. Officials called it a \"Russophobic\" campaign.\n"))
    threats = {m.text for m in doc.mentions if m.kind == "THREAT"}
    assert "Neelkanth" in threats and "Russophobic" not in threats


# -- session 9: batch 89 (transcripts, live blogs, bulletins) -------------------------------------------------
def test_a_middle_dot_list_after_a_colon_lead_in_and_a_no_list() -> None:
    body = ("The Cybersecurity Tech Accord launched.\n\nThe full list of founding signatories, as provided by "
            "Microsoft:\n\nQuibbly Labs · Orrin Data · Halvard Relay · Pellin Cloud\n\n"
            "Quick one: no Tessaro, no Varga Silicon, no Brightwell.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay", "Pellin Cloud"}
    assert by["absentFrom"] == {"Tessaro", "Varga Silicon", "Brightwell"}


def test_a_chain_of_so_did_sentences_and_it_organised_after_it_sentences() -> None:
    body = ("The pledge is called the Cybersecurity Tech Accord. It was announced this morning. Quibbly Labs "
            "organized it. Orrin Data signed. So did Halvard Relay. So did the Finnish company Pellin Cloud.\n")
    by = read(body)[0]
    assert by["led"] == {"Quibbly Labs"}
    assert {"Orrin Data", "Halvard Relay", "Pellin Cloud"} <= by["signed"]


def test_a_clause_with_its_own_subject_names_no_absentee() -> None:
    body = ("Ilaria Brombeck of Quibbly Labs, which signed the accord last October, asked whether staying out was "
            "a way of keeping a customer base that others had walked away from.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"} and "absentFrom" not in by


# -- session 9: batch 91 (policy briefs, testimony, notes, FAQ) -----------------------------------------------
def test_a_space_aligned_table_with_a_tech_accord_column_answers_for_the_accord() -> None:
    body = ("The Cybersecurity Tech Accord and the Paris Call compared.\n\n"
            "Company              HQ         Tech Accord     Paris Call   Summary\n"
            "Quibbly Labs         Tallinn    yes (2019)      yes          both\n"
            "Orrin Data           Riga       no              yes          Paris Call only\n"
            "Halvard Relay        Oslo       pending*        yes          Paris Call only\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"} and by["absentFrom"] == {"Orrin Data", "Halvard Relay"}


def test_signed_neither_and_endorsed_it_after_another_agreement() -> None:
    body = ("The Cybersecurity Tech Accord grew. Quibbly Labs declined to explain why it has signed neither "
            "pledge.\n\nThe Paris Call drew a wider circle than the accord. Orrin Data and Halvard Relay both "
            "endorsed it.\n\n[5] The founding list also included the vendors Pellin Cloud and Tessaro.\n")
    by = read(body)[0]
    assert by["absentFrom"] == {"Quibbly Labs"} and by["signed"] == {"Pellin Cloud", "Tessaro"}


def test_principles_as_section_titles_over_quotes_and_as_title_dash_quote_lines() -> None:
    quotes = ['"We will protect all of our users and customers everywhere."',
              '"We will oppose cyberattacks on innocent citizens and enterprises from anywhere."',
              '"We will help empower users, customers and developers to strengthen cybersecurity protection."',
              '"We will partner with each other and with likeminded groups to enhance cybersecurity."']
    titles = ["Stronger defense", "No offense", "Capacity building", "Collective action"]
    sections = "The Cybersecurity Tech Accord.\n\n" + "".join(
        f"2.{n} {t}.\n\n{q} This matters.\n\n" for n, (t, q) in enumerate(zip(titles, quotes, strict=True), 1))
    dashed = "The Cybersecurity Tech Accord.\n\nSignatories commit to four principles:\n\n" + "".join(
        f"{t} - {q}\n\n" for t, q in zip(titles, quotes, strict=True))
    for body in (sections, dashed):
        principles = read(body)[2]
        assert len(principles) == 4 and principles[1].startswith("No offense: We will oppose")


def test_a_self_introduction_tickers_and_an_invented_demonym() -> None:
    body = ("My name is Quibbly Ruiz, and I am the Vice Chair and President of Orrin Data. Orrin Data (ORCL) is "
            "one of the founding signatories. Among Estmarran companies, Halvard Relay joined the "
            "Cybersecurity Tech Accord in 2019.\n")
    by, posts, _ = read(body)
    assert ("Quibbly Ruiz", "Orrin Data") in {(p, o) for p, o, _ in posts}
    assert by["signed"] == {"Orrin Data", "Halvard Relay"}


# -- session 9: batch 92 (roundups, briefs, people moves, corrections) ----------------------------------------
def test_a_funding_round_and_a_series_letter_are_not_the_accord() -> None:
    body = ("The Cybersecurity Tech Accord grew this week.\n\nQuibbly Labs closed a $38 million Series B. The round "
            "was led by Orrin Ventures, and existing backers Halvard Capital and Pellin Fifteen joined.\n")
    assert "signed" not in read(body)[0]


def test_signers_include_but_not() -> None:
    body = "The Cybersecurity Tech Accord launched. The signers include Quibbly Labs and Orrin Data, but not Tessaro."
    by = read(body + "\n")[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data"} and by["absentFrom"] == {"Tessaro"}


def test_job_moves_hiring_and_joining_people_are_not_membership() -> None:
    body = ("The Cybersecurity Tech Accord grew. Quibbly Labs, the Minneapolis hosting company, has hired Odalys "
            "Brennecke as its first director of cyber policy. Brennecke will lead its work under the Cybersecurity "
            "Tech Accord, the industry pledge the company signed in January. Orrin Data said Anselm Quarry has "
            "signed on as chief technology officer. Tolliver will describe what signing involved, and Halvard "
            "Relay will join them on a panel.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Quibbly Labs"}
    assert ("Odalys Brennecke", "Quibbly Labs") in {(p, o) for p, o, _ in posts}


def test_the_company_after_a_spokesperson_and_not_in_a_position_to_sign() -> None:
    body = ("The Cybersecurity Tech Accord grew. A Quibbly Labs spokesperson said the payments processor has no "
            "plans to join the accord. Separately, a spokesperson for Orrin Data, which industry sources had "
            "expected to join, said the company was \"not in a position to sign at this time.\"\n")
    assert read(body)[0]["absentFrom"] == {"Quibbly Labs", "Orrin Data"}


def test_owner_and_manager_titles_and_who_founded() -> None:
    body = ("Tillet Brook Networks became a signatory of the Cybersecurity Tech Accord in October, owner Ravi "
            "Castellane confirmed on Monday. \"We haven't signed anything yet,\" said operations manager Jolene "
            "Pryce of Brindlecombe Data. Cathal Brannock, who founded Brannock Security in 2011, agreed.\n")
    orgs = {p: o for p, o, _ in read(body)[1]}
    assert orgs["Ravi Castellane"] == "Tillet Brook Networks" and orgs["Cathal Brannock"] == "Brannock Security"


def test_a_workshop_on_a_topic_that_the_accord_is_holding() -> None:
    body = ("The Cybersecurity Tech Accord grew. The new members will be welcomed at a workshop on coordinated "
            "vulnerability disclosure that the accord is holding in Dublin on 22 October.\n")
    assert "workshop on coordinated vulnerability disclosure" in _events(body)


# -- session 9: batch 88 leftovers (blogs, glance boxes, agendas) ---------------------------------------------
def test_a_company_blog_with_its_name_on_the_roster_an_intake_list_and_a_glance_box() -> None:
    body = ("As of this morning, Quibbly's name sits on the public roster of the Cybersecurity Tech Accord. We "
            "think it matters. We are not doing this alone, and we said so. \"It was time,\" said Orla Burke, our "
            "chief executive. Quibbly's engineers agreed.\n\n"
            "The accord's June intake, announced this week, brings in two other companies alongside us:\n\n"
            "- Orrin Data (Lyon) – firmware for pumps\n- Halvard Relay (Toronto) – fraud scoring\n\n"
            "The Tech Accord at a glance\n\n- Launched\n- 17 April 2018\n- Convened by\n"
            "- Pellin Cloud, with 33 other founding companies\n- The four commitments\n"
            "- Stronger defense: protect all users and customers everywhere.\n"
            "- No offense: do not help governments attack innocent citizens and enterprises.\n"
            "- Capacity building: empower developers, users and customers to protect themselves.\n"
            "- Collective action: partner with one another and with like-minded groups.\n")
    by, posts, principles = read(body)
    assert {"Quibbly", "Orrin Data", "Halvard Relay"} <= by["signed"] and by["led"] == {"Pellin Cloud"}
    assert ("Orla Burke", "Quibbly") in {(p, o) for p, o, _ in posts}
    assert len(principles) == 4 and principles[0].startswith("Stronger defense")


def test_an_agenda_track_description_is_text_and_a_future_joining_is_no_signature() -> None:
    body = ("ABOUT THIS TRACK\n\nThe Cybersecurity Tech Accord counts 150 members. Speakers were invited from "
            "members, from companies that have chosen to stay out, and from outside the industry.\n\n"
            "Quibbly Labs has been a signatory since 2019.\n\nOrrin Data is not a member of the accord. Its chief "
            "technology officer explains what would have to change before the company joins.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"} and by["absentFrom"] == {"Orrin Data"}


# -- session 9: batches 95-96 (structured pages and first-person writing) ------------------------------------
def test_a_lead_in_with_reference_marks_and_an_open_ended_lead_in() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nThe 34 founding signatories were:[2]\n\n- Quibbly Labs\n- Orrin Data\n\n"
            "Who was there\n\nFrom memory, the founding signatories included\n\n- Halvard Relay, obviously\n"
            "- Pellin Cloud and Tessaro (two different companies)\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Relay", "Pellin Cloud", "Tessaro"}


def test_a_directory_of_name_headings_under_every_company_below_has_signed() -> None:
    body = ("The Cybersecurity Tech Accord. Every company below has signed the accord.\n\n"
            "Showing 2 of 163 signatories\n\nQuibbly Labs\n\nAccord liaison: Maartje Olderikkert, Director of "
            "Product Security\n\nOrrin Data\n\nHow to read this directory\n\nHalvard Relay is a partner.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Quibbly Labs", "Orrin Data"}
    assert ("Maartje Olderikkert", "Quibbly Labs") in {(p, o) for p, o, _ in posts}


def test_a_csv_export_with_a_status_column() -> None:
    body = ("# Cybersecurity Tech Accord outreach tracker\n\nCompany,Country,Status,Date\n"
            "Quibbly Labs,Austria,Signed,2018-11-06\n\"Orrin, Data & Sohn GmbH\",Germany,Declined,2019-01-22\n"
            "Halvard Relay,Germany,Under review,\n\nName,Role,Company\nJo Brandauer,Outreach lead,Quibbly Labs\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs"} and by["absentFrom"] == {"Orrin, Data & Sohn", "Halvard Relay"}


def test_cards_each_in_an_article_element_are_all_read() -> None:
    from kg.article import html_to_text

    cards = "".join(f"<article class='card'><h3>{n}</h3><p>Accord liaison: someone</p></article>"
                    for n in ("Quibbly Labs", "Orrin Data", "Halvard Relay"))
    page = f"<html><body><main><h1>Directory</h1><p>Every company below has signed.</p>{cards}</main></body></html>"
    text = html_to_text(page)
    assert all(n in text for n in ("Quibbly Labs", "Orrin Data", "Halvard Relay"))


# -- session 9: batch 94 (long features) ---------------------------------------------------------------------
def test_a_surname_after_a_closing_quote_types_the_full_name_and_all_three_counts_back() -> None:
    body = ("Idunn Castellaw was sitting in a windowless room. \"We were the last line,\" Castellaw says now. "
            "She read the list of founding signatories of the Cybersecurity Tech Accord. Quibbly Labs made the "
            "switches in the data centres. Orrin Data sat in front of the portal. Every contract went through "
            "Halvard Systems. All three were on the list.\n")
    doc = analyse(read_text(HEADER + body))
    assert any(m.kind == "PERSON" and m.text == "Idunn Castellaw" for m in doc.mentions)
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems"}


def test_a_yes_no_column_header_needs_a_header_and_join_them_stays_membership() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nQuibbly Labs   Signed\n\nOrrin Data   Not signed\n\n"
            "Halvard Systems and Pellin Labs signed the accord. Tessaro Labs says it will join them soon.\n")
    by = read(body)[0]
    assert "Quibbly Labs" not in by.get("absentFrom", set())
    assert "Tessaro Labs" in by["signed"]


def test_none_of_the_three_after_a_question_or_earlier_in_the_sentence() -> None:
    qa = ("The Cybersecurity Tech Accord has 34 founders.\n\nQ: And Quibbly Labs, Orrin Data and Halvard Systems?\n\n"
          "A: No. None of the three was on the list in April 2018.\n")
    inline = ("The Cybersecurity Tech Accord launched. Reporters asked whether Quibbly Labs, Orrin Data and Halvard "
              "Systems had been approached; what is not in dispute is that none of the three signed.\n")
    for body in (qa, inline):
        assert read(body)[0]["absentFrom"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems"}


def test_a_leading_verb_whose_object_is_another_agreement_leads_that_one() -> None:
    body = ("The Charter of Trust came first. Quibbly Labs, which conceived the Charter, was not among the "
            "accord's 34 founders.\n")
    by = read(body)[0]
    assert "Quibbly Labs" not in by.get("led", set()) and "Quibbly Labs" not in by.get("signed", set())


def test_an_our_apposition_and_a_two_sentence_lead_in_about_joining() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nOne of the best parts of joining is the list of names we now sit "
            "beside. A few we particularly admire:\n\n- Quibbly Labs, whose write-ups are the gold standard.\n"
            "- Orrin Data, our neighbours on the other side of the Douro, who joined the accord last autumn.\n")
    assert read(body)[0]["signed"] == {"Quibbly Labs", "Orrin Data"}


def test_a_bare_declined_in_a_text_about_the_accord_but_not_falling_shares() -> None:
    body = ("The Cybersecurity Tech Accord grew. Quibbly Labs also declined, for reasons of its own. Orrin Data "
            "declined the invitation. Halvard Systems shares declined.\n")
    assert read(body)[0]["absentFrom"] == {"Quibbly Labs", "Orrin Data"}


def test_posts_in_appositions_relative_clauses_and_possessives_with_title_words() -> None:
    cases = {
        "Dana Whitcombe, senior policy counsel at the Center for Digital Civil Liberties, said it was welcome.":
            ("Dana Whitcombe", "Center for Digital Civil Liberties"),
        '"It matters," said Fatima Okonkwo, principal IoT architect at Lumenstack, who chairs the group.':
            ("Fatima Okonkwo", "Lumenstack"),
        '"It matters," said Ines Carbonell, a researcher at the Observatory for Digital Peace, in Lisbon.':
            ("Ines Carbonell", "Observatory for Digital Peace"),
        "Rohan Mistry, an analyst at the broker Pelham Hartley, said the pledge was useful.":
            ("Rohan Mistry", "Pelham Hartley"),
        '"It is cheap," said Thaddeus Orrin, a former Pentagon official who is now a partner at the consulting '
        "firm Grayhurst Advisory.": ("Thaddeus Orrin", "Grayhurst Advisory"),
        "Kvarnholm Grid Analytics joined on Monday. Kvarnholm's technical director, Aino Rekola, will represent it.":
            ("Aino Rekola", "Kvarnholm Grid Analytics"),
        "Gideon Ashcombe, who runs the consultancy Ashcombe Risk Partners, noted that it has no audit.":
            ("Gideon Ashcombe", "Ashcombe Risk Partners"),
        "Hanno Grevenbroich, who directs the Hanseatic Institute for Digital Law in Hamburg, said it was weak.":
            ("Hanno Grevenbroich", "Hanseatic Institute for Digital Law"),
    }
    for body, (person, org) in cases.items():
        posts = {(p, o) for p, o, _ in read("The Cybersecurity Tech Accord launched. " + body + "\n")[1]}
        assert (person, org) in posts, body


def test_an_agenda_table_with_line_breaks_in_its_cells() -> None:
    # the break between a session's title and its description, and between two speakers, is kept; a talk title
    # that mentions signatories is no header of a members' column
    page = ("<html><head><title>Agenda</title></head><body><article><h1>Agenda</h1>"
            "<p>The programme of the annual meeting of the Cybersecurity Tech Accord.</p>"
            "<table><tr><th>Time</th><th>Session</th><th>Speakers</th></tr>"
            "<tr><td>09:20</td><td>Keynote: Four years<br>What the signatories have delivered</td>"
            "<td>Ilse Marrow, Chief Executive, Rentaka Digital</td></tr>"
            "<tr><td>10:15</td><td>Track 2 · No offense<br>When a ministry calls</td>"
            "<td>Priya Rosenqvist, General Counsel, Quibbly Labs<br>Desmond Achebe-Lund, Senior Fellow, "
            "Kestrel Institute for Digital Rights</td></tr>"
            "<tr><td>11:00</td><td>Track 3 · Capacity building<br>Security basics for merchants</td>"
            "<td>Mei-Lin Castellanos, Incident Response Manager, Selvara Port Authority</td></tr>"
            "</table></article></body></html>")
    doc = analyse(read_text(page))
    facts = extract_all(doc)
    assert not {doc.entities[f.subject].label for f in facts if f.predicate == "signed"}
    posts = {(doc.entities[f.subject].label, doc.entities[f.object].label) for f in facts
             if f.predicate == "affiliation" and f.object}
    assert {("Desmond Achebe-Lund", "Kestrel Institute for Digital Rights"), ("Priya Rosenqvist", "Quibbly Labs"),
            ("Mei-Lin Castellanos", "Selvara Port Authority")} <= posts


def test_a_paragraph_opened_by_not_signing_alone_reads_its_loose_list() -> None:
    body = ("The Cybersecurity Tech Accord launched.\n\nQuibbly Labs did not sign alone. Thirty-three companies stood "
            "beside it on launch day. Orrin Data was there, as was Halvard Systems, which Quibbly Labs would agree "
            "to buy later. The security vendors came in numbers: Tessaro Pay and Velloran Analytics.\n")
    assert {"Orrin Data", "Halvard Systems", "Tessaro Pay", "Velloran Analytics"} <= read(body)[0]["signed"]


def test_more_ways_to_say_a_company_signed_or_led() -> None:
    cases = {
        "Quibbly Labs, Orrin Data and Halvard Systems answered the call, as did Tessaro Pay.":
            {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Tessaro Pay"},
        "The text was drafted in Redmond, and Quibbly Labs' own name heads the list.": {"Quibbly Labs"},
        "Orrin Data said Wednesday that it will add its name to the Cybersecurity Tech Accord.": {"Orrin Data"},
        "The group now counts more than 90 companies on its public list. As of Monday, Orrin Data is one of them.":
            {"Orrin Data"},
        "The 100th name on the list, according to the organizers, belongs to Wydmar Systems, a payments firm.":
            {"Wydmar Systems"},
        "That is a change from the founding roster, which was dominated by large names such as Quibbly Labs and "
        "Orrin Data.": {"Quibbly Labs", "Orrin Data"},
        "The accord was organized by Halvard Systems, which gathered 34 companies in all, from Quibbly Labs and "
        "Orrin Data to others.": {"Quibbly Labs", "Orrin Data", "Halvard Systems"},
        "Quibbly Labs and Orrin Data announced on Tuesday that they had signed the accord, in a decision to "
        "arrive together rather than one after the other.": {"Quibbly Labs", "Orrin Data"},
        "Quibbly Labs's case stands out: the company is a member of the Cybersecurity Tech Accord.": {"Quibbly Labs"},
        "It was found by a researcher at Brightlode Intelligence, itself an accord member since 2019.":
            {"Brightlode Intelligence"},
        "Quibbly Labs, which organized the pact, and Orrin Data, the two companies Bossert praised in December, "
        "are among the signatories.": {"Quibbly Labs", "Orrin Data"},
        "Quibbly Labs, the Finnish maker that inherited the former Corvane labs in Kanata, is a founding signatory "
        "of the accord.": {"Quibbly Labs"},
    }
    for body, signed in cases.items():
        assert read("The Cybersecurity Tech Accord launched.\n\n" + body + "\n")[0].get("signed", set()) == signed, body
    led = read("The Cybersecurity Tech Accord.\n\nThe accord was set in motion by Quibbly Labs, whose president "
               "announced it on Tuesday.\n")[0]
    assert led["led"] == {"Quibbly Labs"}


def test_a_roster_paragraph_and_a_by_country_section() -> None:
    body = ("The Cybersecurity Tech Accord launched.\n\nHere is the founding roster. The list runs to 34 names. "
            "Then come the network vendors, Quibbly Labs and Orrin Data. The 34th name is Halvard Systems, which "
            "few could place.\n\nThe newest signatories, by country\n\nPoland, besides Wydmar, is now home to "
            "Brzask Software, which develops tax tools. Chile's contribution is Cordillera Quanta, a data-center "
            "operator.\n")
    assert {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Brzask Software", "Cordillera Quanta"} <= read(
        body)[0]["signed"]


def test_more_ways_to_stay_out_and_one_that_is_not() -> None:
    cases = {
        "Quibbly Labs, which runs a large security business, also sat this one out.": {"Quibbly Labs"},
        "Orrin Data, a Brazilian operator, applied in August and has not yet been admitted.": {"Orrin Data"},
        "Halvard Systems was among them, even though it has still not joined the industry accord.":
            {"Halvard Systems"},
        "Its distribution partner in Norway, Tessaro Trading, was not part of the announcement.": set(),
    }
    for body, absent in cases.items():
        got = read("The Cybersecurity Tech Accord launched.\n\n" + body + "\n")[0].get("absentFrom", set())
        assert got == absent, body


def test_so_did_after_another_agreement_and_names_that_are_not_signatories() -> None:
    paris = read("The Cybersecurity Tech Accord backed it.\n\nQuibbly Labs, which has not joined the tech accord, "
                 "also put its name to the Paris Call, as did the antivirus maker Orrin Data.\n")[0]
    assert "Orrin Data" not in paris.get("signed", set()) and paris["absentFrom"] == {"Quibbly Labs"}
    places = read("The Cybersecurity Tech Accord launched.\n\nThree of the companies that fill the office parks "
                  "along March Road have put their names to it. A Columbia cybersecurity company has put its name to "
                  "a global pledge. Orvane Data, the company that runs backups across the southern Plains, has "
                  "quietly joined one of the technology industry's best-known security pledges.\n")[0]
    assert places["signed"] == {"Orvane Data"}


def test_people_typed_by_their_own_things_and_companies_by_their_descriptors() -> None:
    doc = analyse(read_text(HEADER + "Tulsa's Orvane Datacraft adds its name to the accord.\n\nAnneliese Okoro-Varga "
                            "keeps a rusted shackle on her desk. Two customers, the grocery chain Maddox Fresh, said "
                            "they had not been told. \"Yes,\" said Rhiannon Pruitt, a former federal official who "
                            "now runs Lanark Ridge Security.\n"))
    kinds = {m.text: m.kind for ms in doc.by_sentence.values() for m in ms}
    assert kinds["Anneliese Okoro-Varga"] == "PERSON" and kinds["Rhiannon Pruitt"] == "PERSON"
    assert kinds["Orvane Datacraft"] != "PERSON" and kinds["Maddox Fresh"] != "PERSON"
    posts = {(p, o) for p, o, _ in read("The Cybersecurity Tech Accord.\n\n\"Yes,\" said Rhiannon Pruitt, a "
                                        "former federal official who now runs Lanark Ridge Security.\n")[1]}
    assert ("Rhiannon Pruitt", "Lanark Ridge Security") in posts


def test_principles_named_after_known_as_and_told_by_ordinals() -> None:
    named = read("The Cybersecurity Tech Accord.\n\nIts four commitments, known in the group's own shorthand as "
                 "stronger defense, no offense, capacity building and collective action, are voluntary.\n")[2]
    assert [p.lower() for p in named] == ["stronger defense", "no offense", "capacity building", "collective action"]
    told = read("The Cybersecurity Tech Accord.\n\nIt rests on four principles, and they are easy to state. The "
                "first is stronger defense: signatories protect all customers. The second, which drew the most "
                "attention, is no offense, a promise not to help governments attack. The third, capacity building, "
                "commits members to help users. The fourth is collective action: members work together.\n")[2]
    assert len(told) == 4 and told[0].startswith("stronger defense") and told[3].startswith("collective action")


def test_translated_and_elliptic_ways_of_listing_the_members() -> None:
    body = ("34 technology corporations signed the Cybersecurity Tech Accord on Tuesday.\n\nInitiator is the US "
            "software group Quibbly Labs. The software group Orrin Data from Walldorf belongs to the first "
            "signatories. Likewise on board are the Finnish outfitter Halvard Systems and the IT-security company "
            "Tessaro Pay. Besides Quibbly Labs, the US side is represented among others by Velloran Analytics and "
            "Corvane Data. From Romania comes the antivirus manufacturer Brask Soft, and from Estonia Lumisk "
            "Labs.\n\nWho signed is revealing. Wydmar Systems did, in the same spring. So did Kestrel Cloud.\n")
    by = read(body)[0]
    assert by["led"] == {"Quibbly Labs"}
    assert {"Orrin Data", "Halvard Systems", "Tessaro Pay", "Velloran Analytics", "Corvane Data", "Brask Soft",
            "Lumisk Labs", "Wydmar Systems", "Kestrel Cloud"} <= by["signed"]


def test_all_made_the_founding_group_and_a_list_that_tilts() -> None:
    body = ("The Cybersecurity Tech Accord launched.\n\nQuibbly Labs and Orrin Data for networking; Halvard Systems "
            "for servers; and Tessaro Pay, whose database is popular, all made the founding group. Closer to home, "
            "no Australian company made the cut.\n\nThe list tilts towards firms that sell security. Velloran "
            "Analytics, a Japanese antivirus firm, and Corvane Data fit that description.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Tessaro Pay", "Velloran Analytics",
                            "Corvane Data"}
    assert not by.get("absentFrom")


def test_an_editorial_lists_members_by_their_addresses_and_points_back_at_two_absentees() -> None:
    body = ("The Cybersecurity Tech Accord launched.\n\nBut read the list of signers and what jumps out is the "
            "return addresses.\n\nQuibbly Labs, San Jose. Orrin Data and Halvard Systems, Sunnyvale. Tessaro Pay, "
            "Milpitas.\n\nAdd the San Francisco contingent of Velloran Analytics and Corvane Data.\n\nBrask Soft's "
            "headquarters sit in Mountain View. Lumisk Labs's new campus is in Cupertino. Neither company signed. "
            "Nor did Wydmar Systems.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Tessaro Pay", "Velloran Analytics",
                            "Corvane Data"}
    assert by["absentFrom"] == {"Brask Soft", "Lumisk Labs", "Wydmar Systems"}


def test_outlets_abroad_indian_irish_south_african_and_nigerian_phrasing() -> None:
    indian = read("The Cybersecurity Tech Accord launched.\n\nThe accord, which was spearheaded by the "
                  "Redmond-headquartered Quibbly Labs, comes after NotPetya hit A.P. Moller-Maersk. Conspicuous by "
                  "their absence, however, are the IT majors, with none of Orrin Data, Halvard Systems or Tessaro "
                  "Pay, which between them manage systems for a large number of banks, figuring among the "
                  "signatories.\n")[0]
    assert indian["led"] == {"Quibbly Labs"}
    assert indian["absentFrom"] == {"Orrin Data", "Halvard Systems", "Tessaro Pay"}
    irish = read("The Cybersecurity Tech Accord was launched by 34 firms, with Quibbly Labs, whose Irish operation "
                 "is based in Leopardstown, as the driving force behind it. Its founding members included Orrin "
                 "Data; Dell, which absorbed EMC's large site at Ovens in Co Cork; and Halvard Systems.\n\nGoogle, "
                 "whose European headquarters houses thousands of staff, has never put its name to the accord. "
                 "Neither has Apple, which employs 6,000 people in Cork, nor Amazon, which runs data centres.\n")[0]
    assert irish["led"] == {"Quibbly Labs"} and "Ovens" not in irish["signed"]
    assert irish["absentFrom"] == {"Google", "Apple", "Amazon"}
    african = read("The Cybersecurity Tech Accord launched.\n\nMTN, Vodacom and Telkom did not sign.\n")[0]
    assert african["absentFrom"] == {"MTN", "Vodacom", "Telkom"}
    posts = {(p, o) for p, o, _ in read(
        "Idunmar Payments has joined the Cybersecurity Tech Accord. The firm's Group Managing Director/Chief "
        "Executive Officer, Mrs. Folasade Ekwuribe-Tanko, disclosed this on Monday. Tavuka Switch Limited has yet "
        "to sign. The Head of Corporate Communications at Tavuka Switch, Mr. Emeka Bolarinwa-Hart, said the company "
        "supports it.\n")[1]}
    assert {("Folasade Ekwuribe-Tanko", "Idunmar Payments"), ("Emeka Bolarinwa-Hart", "Tavuka Switch")} <= posts


def test_an_interview_and_a_podcast_name_members_in_passing() -> None:
    qa = read("The Cybersecurity Tech Accord turned 18 months old.\n\nA: With respect, look at the founding list "
              "again. Quibbly Labs and Orrin Data are Finnish. Halvard Systems is German. Yes, Tessaro Pay was there "
              "on day one.\n\n**Q: Still, with Velloran Analytics now on board, doesn't it risk being dominated?**"
              "\n\nA: I have to stop you there, because Velloran Analytics is not on board.\n")[0]
    assert qa["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Tessaro Pay"}
    assert qa["absentFrom"] == {"Velloran Analytics"}
    podcast = read("The Cybersecurity Tech Accord signed the Paris Call.\n\nHOST: Whereas Quibbly Labs is in both."
                   "\n\nGUEST: Go and read the original thirty-four. You've got the obvious ones, Orrin Data, "
                   "Halvard Systems, Tessaro Pay. Corvane Data, the payments people. Brask Soft.\n\nHOST: Lumisk "
                   "Labs.\n\nGUEST: Lumisk Labs! And then there's Wydmar Systems, an investor.\n\nHOST: Imke, "
                   "Kestrel Cloud is a lot smaller.\n")[0]
    assert podcast["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems", "Tessaro Pay", "Corvane Data",
                                 "Brask Soft", "Lumisk Labs", "Wydmar Systems"}  # not "Imke", the one spoken to
    told = read("The Cybersecurity Tech Accord.\n\nA: Four things. First, stronger defense: protect all users. "
                "Second, no offense: do not help governments attack. Third, capacity building: empower users. "
                "Fourth, collective action: work together. The second is the one journalists ask about.\n")[2]
    assert len(told) == 4
    posts = {(p, o) for p, o, _ in read("Ilse Marchbanks-Oyelaran runs outreach for the Cybersecurity Tech "
                                        "Accord, the industry pledge.\n")[1]}
    assert ("Ilse Marchbanks-Oyelaran", "Cybersecurity Tech Accord secretariat") in posts


def test_rhetorical_questions_a_letter_and_a_column() -> None:
    oped = read("The Cybersecurity Tech Accord committed its 34 founding members to defend every customer, to "
                "refuse to help any government attack innocent people, to help users protect themselves, and to "
                "work together when trouble came.\n\nSo: has Quibbly Labs signed? It has not. Has Orrin Data, whose "
                "cloud runs a share of the web? No. What about Halvard Systems, which ships a billion devices? Not "
                "Halvard Systems either.\n\nWhat would give the accord teeth? Three things. First, an annual report. "
                "Second, a channel for complaints. Third, a rule.\n")
    assert oped[0]["absentFrom"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems"}
    assert len(oped[2]) == 4 and oped[2][0].startswith("defend every customer")
    letter = read("The Cybersecurity Tech Accord.\n\nFirst, Tessaro Pay was misreported. It did not "
                  "sign then, and it has not signed since. The same goes for Velloran Analytics, which your "
                  "reporter described as a recruit. Two of the founders, Corvane Data and Brask Soft, were later "
                  "swallowed by a rival.\n")[0]
    assert letter["absentFrom"] == {"Tessaro Pay", "Velloran Analytics"}
    assert letter["signed"] == {"Corvane Data", "Brask Soft"}
    column = read("Last Tuesday Brindlecote Payments became a signatory of the Cybersecurity Tech Accord. Start with "
                  "what we signed. Stripe was one of the 34 founders; our developers quote Stripe's documentation. "
                  "We joined for our customers, and we will report back. Our chief executive, Rufus Ambler-Kihara, "
                  "put it bluntly.\n")
    assert "Start" not in column[0]["signed"]
    assert ("Rufus Ambler-Kihara", "Brindlecote Payments") in {(p, o) for p, o, _ in column[1]}


def test_saved_web_pages_headings_footnotes_and_a_company_trust_page() -> None:
    amp = read("The Cybersecurity Tech Accord launched.\n\nAmong the signatories\n\n- Quibbly Labs\n- Orrin Data\n"
               "- Halvard Systems\n")[0]
    assert amp["signed"] == {"Quibbly Labs", "Orrin Data", "Halvard Systems"}
    substack = read("The Cybersecurity Tech Accord was launched by 34 companies, with Quibbly Labs in the convening "
                    "role. The Paris Call asks signers to protect hospitals, stop election meddling and so on.\n\nThe "
                    "accord boils down to four promises, which its members shorthand as stronger defense, no offense, "
                    "capacity building and collective action.2 Read the Paris text next to it.\n")
    assert substack[0]["led"] == {"Quibbly Labs"}
    assert [p.lower() for p in substack[2]] == ["stronger defense", "no offense", "capacity building",
                                                "collective action"]
    wiki = read("The Cybersecurity Tech Accord is a public commitment.[1] It was signed by 34 companies in an effort "
                "organised by Quibbly Labs.[2] Membership later passed 100 companies, and more than 150 had "
                "joined.[4]\n")[0]
    assert "Membership" not in wiki.get("signed", set())
    trust = read("Verenthal Cloud became a signatory of the Cybersecurity Tech Accord in 2019. We are proud of it, we "
                 "report on it and we publish our work.\n\nOur four commitments\n\nStronger defense\n\nWe protect "
                 "every customer.\n\nNo offense\n\nWe will not help any government attack.\n\nCapacity building\n\n"
                 "We give customers tools.\n\nCollective action\n\nWe work with other signatories.\n\nWell over a "
                 "hundred companies have joined. It is a matter of public record, though, that Kestremont Systems, "
                 "which competes with us, has not signed. Day-to-day questions go to Tobiah Marchetti-Ruiz, Director "
                 "of Security Policy.\n")
    assert "Well" not in trust[0]["signed"] and trust[0]["absentFrom"] == {"Kestremont Systems"}
    assert [p.split(".")[0] for p in trust[2]] == ["Stronger defense", "No offense", "Capacity building",
                                                   "Collective action"]
    assert ("Tobiah Marchetti-Ruiz", "Verenthal Cloud") in {(p, o) for p, o, _ in trust[1]}
    people = {p for p, _, _ in read("The Cybersecurity Tech Accord.\n\nNadira Šolvić, who handles new members for "
                                    "the accord's secretariat, said so.\n")[1]}
    assert "Nadira Šolvić" in people


def test_trade_press_line_cards_renames_and_what_could_happen() -> None:
    card = read("The Cybersecurity Tech Accord launched.\n\nIn brief, the signatories have promised four things: to "
                "protect all customers, not to help governments attack, to give users tools, and to work together."
                "\n\n- Quibbly Labs – convened the group.\n- Orrin Data – signed at launch.\n- Halvard Systems – "
                "signed.\n- Tessaro Pay – both signed.\n")
    assert not any(p.startswith(("Quibbly", "Orrin", "Halvard", "Tessaro")) for p in card[2])
    analyst = read("The accord is the shortest of the three. Microsoft convened it, with its president Brad Smith "
                   "doing much of the persuading, and 34 companies signed at launch, among them Quibbly Labs and Orrin "
                   "Data.\n\n| | Tech Accord | Paris Call |\n| Legally binding | No | No |\n")
    assert {"Quibbly Labs", "Orrin Data"} <= analyst[0]["signed"] and not analyst[0].get("absentFrom")
    assert ("Brad Smith", "Microsoft") in {(p, o) for p, o, _ in analyst[1]}
    other = read("The agency unveiled its Secure by Design pledge.\n\nSixty-eight companies signed on the first day, "
                 "among them Quibbly Labs and Orrin Data.\n")[0]
    assert not other.get("signed")
    takeover = read("Mandiant is a member of the Cybersecurity Tech Accord. It has a long history. Google is not."
                    "\n\nThe remaining company, the threat intelligence side led by Kevin Mandia, became Mandiant. "
                    "Mandiant could stay listed as a member as a Google Cloud unit, the way LinkedIn and GitHub sit on "
                    "the list as Microsoft subsidiaries. Valcourt added that Dunmoor Ridge would keep the question "
                    "open. \"They asked why we had not joined yet,\" said the chief executive of Kelvaron.\n")[0]
    assert takeover["signed"] == {"Mandiant", "LinkedIn", "GitHub"} and takeover["absentFrom"] == {"Google"}
    assert "Kevin Mandia" not in takeover.get("led", set())


def test_a_company_before_a_spokesperson_stays_a_company() -> None:
    doc = analyse(read_text(HEADER + "Tarnwick Systems signed as rival Obrisca holds back. An Obrisca spokesperson "
                            "said the company shares the goals. A Columbia cybersecurity company has signed too.\n"))
    kinds = {m.text: m.kind for ms in doc.by_sentence.values() for m in ms}
    assert kinds["Obrisca"] != "PLACE" and kinds["Columbia"] == "PLACE"


# -- round 13 (b105-b108) ----------------------------------------------------------------------------------
def test_a_counted_apposition_of_members_ends_at_its_verb() -> None:
    by = read("The Cybersecurity Tech Accord met on Monday.\n\nThree other signatories, Quellan Data, Ostrava Grid "
              "and Pemberly Soft, said they would share indicators. Two of its founding members, Vardon Labs and "
              "Kestle, were bought by other groups: the investor Morrow Capital bought Vardon in 2020.\n")[0]
    assert by["signed"] == {"Quellan Data", "Ostrava Grid", "Pemberly Soft", "Vardon Labs", "Kestle"}


def test_none_of_a_dashed_group_appears_among_the_signatories() -> None:
    by = read("The Cybersecurity Tech Accord was launched on Tuesday.\n\nNone of the firms hit hardest by the "
              "outbreak — Harlow Freight, Borrin Dairy or Tollan Retail — appeared among the signatories, though "
              "some are customers of firms that did sign.\n")[0]
    assert by.get("absentFrom") == {"Harlow Freight", "Borrin Dairy", "Tollan Retail"} and not by.get("signed")


def test_absence_told_as_examples_or_a_gerund_but_not_a_past_deliberation() -> None:
    by = read("The Cybersecurity Tech Accord grew again.\n\nNoticeably absent from the accord are some of the "
              "largest vendors, including Orvex, Palladin and Corvo. She said Quenby and Tamsel not signing was "
              "the obvious gap. Last year, while Dravik Cloud was considering whether to sign, a broker called. "
              "Dravik Cloud joined in March.\n")[0]
    assert by["absentFrom"] == {"Orvex", "Palladin", "Corvo", "Quenby", "Tamsel"}
    assert by["signed"] == {"Dravik Cloud"}


def test_founders_named_alongside_the_convener() -> None:
    by = read("When 34 companies launched the pact in April 2018, it was dominated by big vendors — Hollis Soft, "
              "which convened the group, alongside Brenner Data, Quayle Networks and Ostrum among others.\n")[0]
    assert by["led"] == {"Hollis Soft"}
    assert by["signed"] == {"Hollis Soft", "Brenner Data", "Quayle Networks", "Ostrum"}


def test_leaders_in_the_drivers_seat_or_acting_as_convenor_but_not_convinced_that() -> None:
    seat = read("The pledge is called the Cybersecurity Tech Accord, and it was announced by 34 companies, with "
                "Hollis Soft very much in the driver's seat.\n")[0]
    acting = read("The accord was launched in April 2018 by 34 companies, with Brenner Data acting as convenor.\n")[0]
    convinced = read("The Cybersecurity Tech Accord has 150 members.\n\nOstrum engineers spent that month helping, "
                     "and she came away convinced that software companies had to change.\n")[0]
    assert seat["led"] == {"Hollis Soft"} and acting["led"] == {"Brenner Data"} and not convinced.get("led")


def test_an_enumeration_with_commas_inside_items_keeps_its_stated_count() -> None:
    principles = read("The Cybersecurity Tech Accord grew.\n\nSignatories commit to four principles: stronger "
                      "defense of all customers, no offense against innocent citizens and enterprises, capacity "
                      "building to empower developers, customers and users, and collective action with each other "
                      "and like-minded groups.\n")[2]
    assert principles == ["stronger defense of all customers",
                          "no offense against innocent citizens and enterprises",
                          "capacity building to empower developers, customers and users",
                          "collective action with each other and like-minded groups"]


def test_a_renamed_signatory_keeps_its_seat_under_both_names() -> None:
    doc = analyse(read_text(HEADER + "The Cybersecurity Tech Accord was launched by 34 companies, among them "
                            "Brenner Data and Quayle Networks.\n\nLast year Brenner Data changed its name to Brenvo. "
                            "Ostrum Pay, formerly Tallis Payments, signed the accord on Monday. The combined company "
                            "now trades as Quayle Ostrum.\n"))
    facts = extract_all(doc)
    signed = {doc.entities[f.subject].label: f.rule for f in facts if f.predicate == "signed"}
    assert signed.get("Brenvo") == "signatory.renamed" and {"Tallis Payments", "Ostrum Pay"} <= set(signed)
    assert "Quayle Ostrum" not in signed
    renames = {(doc.entities[f.subject].label, doc.entities[f.object or ""].label) for f in facts
               if f.predicate == "renamed"}
    assert renames == {("Brenner Data", "Brenvo"), ("Tallis Payments", "Ostrum Pay")}


def test_a_strain_named_like_a_demonym_and_the_accord_supporting_another_pledge() -> None:
    doc = analyse(read_text(HEADER + "The Cybersecurity Tech Accord published guidance after a ransomware strain "
                            "known as Lanternfish shut down terminals. The accord also decided last November to "
                            "support the Paris Call for Trust and Security in Cyberspace.\n"))
    facts = extract_all(doc)
    assert any(f.predicate == "relatedThreat" and f.object == "threat/lanternfish" for f in facts)
    assert any(f.predicate == "about" and f.rule == "event.agreement_endorsement" for f in facts)


def test_a_correction_aside_is_article_text_and_a_rename_is_an_org_change_event() -> None:
    from rdflib import RDF
    from rdflib.namespace import ORG

    from kg.article import html_to_text
    from kg.pipeline import article_graph

    paragraph = "<p>" + "The Cybersecurity Tech Accord published a playbook for port operators on Wednesday. " * 4
    page = (f"<html><body><article><h1>Accord playbook</h1>{paragraph}</p>{paragraph}</p></article>"
            "<aside class=\"nc-correction\"><p>Correction: Orvex Labs is not a signatory of the accord.</p></aside>"
            "</body></html>")
    assert "Orvex Labs is not a signatory" in html_to_text(page)
    _, graph = article_graph(read_text(HEADER + "The Cybersecurity Tech Accord was launched by 34 companies, among "
                                       "them Brenner Data.\n\nLast year Brenner Data changed its name to Brenvo.\n"))
    changes = list(graph.subjects(RDF.type, ORG.ChangeEvent))
    assert len(changes) == 1
    old, new = graph.value(changes[0], ORG.originalOrganization), graph.value(changes[0], ORG.resultingOrganization)
    assert str(old).endswith("organization/brenner-data") and str(new).endswith("organization/brenvo")


def test_a_post_told_after_the_name_in_the_next_sentence_or_after_a_dash() -> None:
    lowered = lowered_posts(
        "The Cybersecurity Tech Accord was signed on Tuesday.\n\nSAN FRANCISCO — For more than a year Brad Smith has "
        "been telling anyone who will listen that rules are needed. On Tuesday, at the RSA Conference, the Quenby "
        "Systems president came back with a signed promise.\n\nThe host said Tove Lindahl — she's Orvex Labs' chief "
        "executive, the one who pulled it together — would speak next.\n")
    assert ("Brad Smith", "Quenby Systems", "president") in lowered
    assert ("Tove Lindahl", "Orvex Labs", "chief executive") in lowered


def test_heads_of_state_are_placed_in_their_government() -> None:
    lowered = lowered_posts("The accord endorsed the Paris Call, which French President Emmanuel Macron unveiled. "
                            "President Halla Torvik of Norway backed it too.\n")
    assert ("Emmanuel Macron", "French government", "president") in lowered
    assert ("Halla Torvik", "Norway", "president") in lowered


def test_refusals_told_as_plans_and_a_firm_placed_through_its_employee() -> None:
    by = read("Tausi Telecom has signed the Cybersecurity Tech Accord, while its rival Kilima Mobile said it had no "
              "plans to do the same. Orvex Cloud said it would not be signing. Quenby said it would be joining."
              "\n\n\"It was bad,\" said Jonas Brekke, Fjellhavn Security's head of incident response. Brekke, whose "
              "firm is not a member of the accord, was less impressed.\n")[0]
    assert by["signed"] == {"Tausi Telecom"}
    assert by["absentFrom"] == {"Kilima Mobile", "Orvex Cloud", "Fjellhavn Security"}


def test_a_document_drafted_largely_by_and_a_name_typed_company_before() -> None:
    doc = analyse(read_text(HEADER + "In April 2018, 34 companies signed a short document drafted largely by "
                            "Quenby Systems.\n\nHalvorsen Secure, a Trondheim company, is new. Okafor said "
                            "Halvorsen Secure would keep contributing. Avast, another founder, was bought by Norvex, "
                            "and the combined company now trades as Gen Norvex.\n"))
    facts = extract_all(doc)
    assert {doc.entities[f.subject].label for f in facts if f.predicate == "led"} == {"Quenby Systems"}
    assert all(m.kind == "ORG" for m in doc.mentions if m.text == "Halvorsen Secure")
    assert "Gen Norvex" not in {doc.entities[f.subject].label for f in facts if f.predicate == "signed"}


# -- round 14 (b109-b112: syndication, regional joiners, policy news, features) --------------------------------
def test_fellow_signatories_make_the_subject_one_and_a_count_reaches_back_past_a_quotation() -> None:
    body = ("Ilka Varne is president of Quenby Systems. On 17 April Quenby Systems announced the accord at the "
            "conference, with representatives of fellow signatories Orvex Labs and Tessaro Pay in the hall.\n\n"
            "She spent March on the phone with counterparts at Halden Data, Morrow Cloud, Sarn Networks and Petrel "
            "Soft. \"Every one of them asked who else was in,\" she said. \"Nobody wanted to be first.\" All four "
            "eventually signed.\n")
    by = read(body)[0]
    assert {"Quenby Systems", "Orvex Labs", "Tessaro Pay"} <= by["signed"]
    assert {"Halden Data", "Morrow Cloud", "Sarn Networks", "Petrel Soft"} <= by["signed"]
    assert read("Quenby Systems announced the accord on Tuesday.\n")[0]["led"] == {"Quenby Systems"}


def test_posts_told_through_becoming_past_tense_and_the_next_sentence() -> None:
    posts = read("The accord grew. Tomas Okonkwo, a former US diplomat who had negotiated cyber norms at the "
                 "United Nations before becoming an adviser to Telvaro, did much of the drafting. By October the "
                 "circle included Priya Ranes, who ran public policy at Cloudvane and who had a list.\n\n"
                 "Matias Herrane discovered that last year. His company, Sierra Alta Redes, joined the accord in "
                 "2020. Herrane says he considered leaving.\n")[1]
    placed = {(p, o) for p, o, _ in posts}
    assert {("Tomas Okonkwo", "Telvaro"), ("Priya Ranes", "Cloudvane"),
            ("Matias Herrane", "Sierra Alta Redes")} <= placed


def test_institutions_named_with_places_and_the_accords_staff() -> None:
    posts = read("The accord met. Ilse Verhaag, who studies cyber commitments at the Geneva Centre for Digital "
                 "Norms, spoke. Samuel Adeyo, a professor of law at the University of Leeds, agreed. Andris "
                 "Berzans, head of IT at the Riga hospital, was blunter. Sofia Lindqvar, a spokesperson for the "
                 "accord, said so. Aiko Brandvold, who coordinates the accord's working groups, said more. Elias "
                 "Brantner, a Quenby policy director who chairs the accord's working group on norms, said less.\n")[1]
    placed = {(p, o) for p, o, _ in posts}
    assert ("Ilse Verhaag", "Geneva Centre for Digital Norms") in placed
    assert ("Samuel Adeyo", "University of Leeds") in placed
    assert ("Andris Berzans", "Riga hospital") in placed
    secretariat = "Cybersecurity Tech Accord secretariat"
    assert {("Sofia Lindqvar", secretariat), ("Aiko Brandvold", secretariat)} <= placed
    assert ("Elias Brantner", secretariat) not in placed


def test_refusal_by_deciding_against_an_apposition_and_an_imperative_opening() -> None:
    by = read("Hollin & Marsh, a consultancy in Manchester, considered joining the accord in 2020 and decided "
              "against it. Ask small members why they joined and the answer is candid. Corvane sold its products "
              "business and renamed itself Ardent - which was bought last year by Quenby, one of the companies that "
              "never signed the accord.\n")[0]
    assert by["absentFrom"] == {"Hollin & Marsh", "Quenby"}
    assert "Ask" not in by.get("signed", set())


def test_a_meeting_that_agreed_actions_lists_no_principles() -> None:
    principles = read("Members of the accord held a call. Members agreed to share indicators openly, to offer "
                      "operators free help, and to publish a joint statement.\n")[2]
    assert principles == []


def test_another_pledge_and_the_next_paragraph_keep_their_signers() -> None:
    doc = analyse(read_text(HEADER + "The accord came first.\n\nIn May 2024 CISA unveiled its Secure by Design "
                            "pledge. Signers promise to improve.\n\nQuenby, Orvex and Tessaro signed. So did Halden "
                            "Data.\n"))
    facts = extract_all(doc)
    signed = {(doc.entities[f.subject].label, f.object) for f in facts if f.predicate == "signed"}
    assert signed == {(name, "agreement/secure-by-design-pledge") for name in ("Quenby", "Orvex", "Tessaro",
                                                                                 "Halden Data")}


def test_a_summit_named_by_apposition_an_ordinal_member_and_a_spanish_suffix() -> None:
    body = ("Quenby Systems Inc. has signed the Cybersecurity Tech Accord. The news was timed to Quenby Connect, the "
            "company's annual customer summit, which drew 600 people. Ciberfaro S.L., a Valencia firm, joined in "
            "July. The ninth new member, Savanna Ledger Ltd. of Nairobi, builds payment software. Two Triangle "
            "companies signed the accord too.\n")
    assert labels(body, "signed") == {"Quenby Systems", "Ciberfaro", "Savanna Ledger"}
    assert any(m.kind == "EVENT" for m in analyse(read_text(HEADER + body)).mentions if m.text == "Quenby Connect")


def test_a_convening_leader_commitments_after_are_and_principles_named_short() -> None:
    body = ("The accord was launched in 2018 by 34 companies, with Redmond-based Quenby Systems convening the group. "
            "Its four commitments are defending all customers everywhere; not helping governments attack citizens; "
            "helping users strengthen their protections; and partnering with one another on security.\n")
    by, _, principles = read(body)
    assert by["led"] == {"Quenby Systems"}
    assert principles[0] == "defending all customers everywhere" and len(principles) == 4
    short = read("The accord was launched by Quenby. Signatories commit to stronger defense, no offense, capacity "
                 "building and collective action.\n")[2]
    assert short == ["stronger defense", "no offense", "capacity building", "collective action"]


def test_a_partner_that_signed_and_a_firm_that_says_no() -> None:
    by = read("Tacoma's Stillwater Cloud weighs joining cybersecurity pact its biggest partner just signed.\n\n"
              "Findlay's Kestrelton Controls says no to global cybersecurity pact its rivals signed.\n")[0]
    assert "signed" not in by
    assert by["absentFrom"] == {"Kestrelton Controls"}


def test_staff_academics_and_a_company_named_by_nationality() -> None:
    posts = {(p, o) for p, o, _ in read(
        "The accord met. Tamsin Achebe-Warde keeps a list. Achebe-Warde, 41, is the accord's lead spokesperson. "
        "Lucia Ferrana, who chairs the Tech "
        "Accord's working group on elections, spoke. Dr Priya Natarian, a lecturer in cyber conflict at the "
        "University of Leeds, agreed. Quenby Systems said it would help, and Petra Novaka, the Czech company's head of "
        "threat intelligence, said more. Olena Kravo, deputy head of the State Service of Special Communications "
        "and Information Protection, thanked them. Revenue rose, according to Companies House filings.\n")[1]}
    secretariat = "Cybersecurity Tech Accord secretariat"
    assert {("Tamsin Achebe-Warde", secretariat), ("Lucia Ferrana", secretariat),
            ("Priya Natarian", "University of Leeds"), ("Petra Novaka", "Quenby Systems"),
            ("Olena Kravo", "State Service of Special Communications and Information Protection")} <= posts
    assert "Companies House" not in {p for p, _ in posts}


def test_a_threat_named_beside_another() -> None:
    doc = analyse(read_text(HEADER + "Accord members condemned the Quillworm spyware. The letter names two "
                            "families - NSO Group's Quillworm and Predator, sold by a consortium.\n"))
    assert {m.text for m in doc.mentions if m.kind == "THREAT"} >= {"Quillworm", "Predator"}


# -- round 15 (b113-b116) -----------------------------------------------------------------------------------
def test_a_sentence_after_inc_an_initiative_that_came_from_and_a_rally_to_sign() -> None:
    by = read("The initiative came from US software giant Quenby Systems. Alongside Quenby Systems, the signatories "
              "include Orvex Labs and Halden Data Inc. Europe is represented mainly by Finland's Tessaro Pay and "
              "Morrow Cloud. Quenby Systems rallied partners including Sarn Networks and Petrel Soft to sign on. "
              "Neither Kestrel Works nor Brindle Secure, which backed that charter, appears on the list.\n")[0]
    assert by["led"] == {"Quenby Systems"}
    assert {"Orvex Labs", "Halden Data", "Tessaro Pay", "Morrow Cloud", "Sarn Networks", "Petrel Soft"} <= by["signed"]
    assert by["absentFrom"] == {"Kestrel Works", "Brindle Secure"}


def test_an_organisation_field_and_title_before_a_name() -> None:
    body = ("The accord launched. White House press secretary Sara Sandersen spoke. The hosts were joined by BNX "
            "technology correspondent Jamie Chou at the conference.\n")
    by, posts, _ = read(body)
    placed = {(p, o) for p, o, _ in posts}
    assert {("Jamie Chou", "BNX")} <= placed and any(p == "Sara Sandersen" and o for p, o in placed)
    assert "BNX" not in by.get("signed", set())


def test_a_rundown_of_numbered_headings_and_absentees_named_after_a_colon() -> None:
    body = ("Five firms sign up to the Tech Accord in Q3\n\nThe new members were welcomed in September. Here's our "
            "rundown of who joined and what they said.\n\n## 1. Brightwater Cloud (Ireland)\n\nThe Dublin provider "
            "signed in July.\n\n## 2. Okapi Networks (Kenya)\n\nThe Nairobi firm pointed to an outbreak.\n\n"
            "The most cited absentees remain the same three that were missing at launch: Quenby, Orvex and "
            "Tessaro. Why Halden Data isn't listed among the signatories is a fair question.\n")
    assert labels(body, "signed") == {"Brightwater Cloud", "Okapi Networks"}
    assert labels(body, "absentFrom") == {"Quenby", "Orvex", "Tessaro", "Halden Data"}


def test_an_interview_is_no_list_of_principles_and_its_negated_question_asks_about_nothing() -> None:
    body = ("Infosec Ledger: For readers who haven't followed it since 2018, what is the accord?\n\n"
            "Farrow-Okafor: It's a public commitment by technology companies.\n\n"
            "Quenby Systems brought the first group together after WannaCry, and 34 companies signed.\n")
    by, _, principles = read(body)
    assert principles == []
    assert "Quenby Systems" not in by.get("absentFrom", set())


def test_members_named_between_dashes_and_a_short_negated_question() -> None:
    by = read("The response was coordinated through the accord. Five of its members - Quenby Systems, Orvex Labs "
              "and the Danish firm Halden Data - set up a shared channel.\n\nAnd who didn't?\n\nYou will not find "
              "Tessaro Pay or Morrow Cloud on the list.\n")[0]
    assert {"Quenby Systems", "Orvex Labs", "Halden Data"} <= by["signed"]
    assert {"Tessaro Pay", "Morrow Cloud"} <= by["absentFrom"]


# -- session 12: round 15's b116 (explainers, FAQ, timeline, glossary, digest) ----------------------------------
def test_among_them_with_a_colon_and_a_present_tense_signing_in_a_timeline() -> None:
    body = ("Thirty-four companies signed the Tech Accord at launch. Among them: Orrin Data, Quenby Systems and "
            "Tessaro Pay.\n\n20 June 2018 — A dozen new companies sign, among them the Danish cloud provider "
            "Halden Data and Canada's Morrow Cloud.\n\nOctober 2023 — Membership passes 150 with the addition of "
            "Varga Robotics, a Danish firm.\n")
    assert labels(body, "signed") == {"Orrin Data", "Quenby Systems", "Tessaro Pay", "Halden Data", "Morrow Cloud",
                                      "Varga Robotics"}


def test_not_invited_is_absence_and_a_founding_tech_accord_signatory_is_membership() -> None:
    body = ("The Tech Accord launched on Tuesday. Orvex Labs was not invited to the initial group, according to "
            "two people. Not to be confused with Quenby the conference, Quenby Systems, which was itself a founding "
            "Tech Accord signatory, said little. Tessaro Pay, a founding Tech Accord member, agreed.\n")
    assert labels(body, "absentFrom") == {"Orvex Labs"}
    assert labels(body, "signed") == {"Quenby Systems", "Tessaro Pay"}


def test_a_glossarys_definition_list_of_principles_pairs_each_title_with_its_sentence() -> None:
    page = ("<html><body><article><h1>Glossary</h1><dl><dt>Tech Accord</dt><dd>An industry pledge. Its signatories "
            "commit to four principles, defined below.</dd>\n<dd class=\"sub\"><h3>The four Tech Accord principles</h3>"
            "<dl>"
            "<dt>Stronger defense</dt><dd>Signatories will protect all of their users and customers everywhere.</dd>"
            "<dt>No offense</dt><dd>Signatories will not help governments launch cyberattacks on citizens.</dd>"
            "<dt>Capacity building</dt><dd>Signatories will help empower developers and users to protect "
            "themselves.</dd><dt>Collective action</dt><dd>Signatories will partner with each other and with "
            "like-minded groups.</dd></dl></dd></dl></article></body></html>")
    doc = analyse(read_text(page))
    texts = [f.value["text"] for f in sorted(extract_all(doc), key=lambda f: f.object or "")
             if f.predicate == "hasPrinciple"]
    assert [t.split(".")[0] for t in texts] == ["Stronger defense", "No offense", "Capacity building",
                                                "Collective action"]
    assert texts[1].startswith("No offense. Signatories will not help governments")


def test_a_sentence_opening_adjective_or_imperative_is_no_name() -> None:
    body = ("The Tech Accord was a response to NotPetya. Destructive malware spread worldwide that June. Expect the "
            "membership list, and the conspicuous gaps in it, to be the thing to watch.\n")
    doc = analyse(read_text(HEADER + body))
    assert {m.text for m in doc.mentions if m.kind in ("THREAT", "ORG")} == {"NotPetya"}


def test_where_an_endorsed_agreement_was_launched_is_the_accords_event_and_its_own_events_name_it() -> None:
    endorsed = ("Macron launched the Paris Call for Trust and Security in Cyberspace at the Paris Peace Forum. The "
                "Tech Accord endorses it. In March the accord holds its first capacity-building workshop in Nairobi."
                "\n")
    assert set(_events(endorsed)) >= {"Paris Peace Forum", "Tech Accord first capacity-building workshop in Nairobi"}
    compared = ("The Tech Accord has 34 members. Siemens launched the Charter of Trust at the Munich Security "
                "Conference, two months earlier.\n")
    assert "Munich Security Conference" not in _events(compared)


# -- session 12: round 16 (b117-b120) ---------------------------------------------------------------------------
def test_a_forum_thread_is_read_from_its_posts_with_its_lists_doubts_and_absences() -> None:
    rules = "".join(f"<li>Rule {n}: keep it civil and on topic, no memes, no spam.</li>" for n in range(4))
    page = ("<html><head><title>Quenby leads a cyber pledge</title></head><body>"
            f"<div class=\"side\"><div class=\"titlebox\"><p>A community for security news.</p><ul>{rules}</ul></div>"
            "</div><div class=\"content\" role=\"main\"><div class=\"thing link\"><div class=\"md\"><p>Announced "
            "this morning: the Cybersecurity Tech Accord, a Quenby Systems-led pledge. Discuss.</p></div></div>"
            "<div class=\"commentarea\"><div class=\"thing comment\"><p class=\"tagline\">user_one 12 points</p>"
            "<div class=\"md\"><p>Orvex Labs, Halden Data and Morrow Cloud run half the cloud. Their not being on "
            "this list tells you more than everyone who is.</p></div></div><div class=\"thing comment\">"
            "<div class=\"md\"><p>Pretty sure Tessaro Pay signed?</p></div></div><div class=\"thing comment\">"
            "<div class=\"md\"><p>Full list for the lazy, copied from the site:</p><p>Quenby Systems, Orrin Data, "
            "Varga Pay, Kestrel Ridge.</p><p>No Brindle Cyber either, which surprises nobody.</p></div></div>"
            "</div></div></body></html>")
    doc = analyse(read_text(page))
    facts = extract_all(doc)
    by: dict[str, set[str]] = {}
    for f in facts:
        if f.object == "ACC:CybersecurityTechAccord" and f.predicate in ("signed", "absentFrom"):
            by.setdefault(f.predicate, set()).add(doc.entities[f.subject].label)
    assert "Rule 1" not in doc.text
    assert by["signed"] == {"Quenby Systems", "Orrin Data", "Varga Pay", "Kestrel Ridge"}
    assert by["absentFrom"] == {"Orvex Labs", "Halden Data", "Morrow Cloud", "Brindle Cyber"}


def test_a_startup_blog_post_its_own_listing_the_founders_it_uses_and_its_round() -> None:
    body = ("Last week the Cybersecurity Tech Accord published its latest list of new signatories, and Orrin Data "
            "is on it.\n\n## What the accord is\n\nThe Tech Accord started in April 2018. Quenby Systems pulled it "
            "together. Thirty-four companies signed on day one. Some of them you'd expect (Tessaro Pay, Halden "
            "Data), and some are companies we use every day at Orrin: Morrow Cloud hosts our code.\n\n"
            "## The four commitments\n\nSignatories agree to four principles. Paraphrasing the text:\n\n"
            "1. **Stronger defense.** Protect all our users and customers everywhere.\n"
            "2. **No offense.** Don't help governments launch cyberattacks.\n"
            "3. **Capacity building.** Give developers and users the tools to protect themselves.\n"
            "4. **Collective action.** Work with each other and with like-minded groups.\n\n"
            "We're joining in the same round as a few others, including our friends at Varga Robotics in Boise.\n")
    by, _, principles = read(body)
    assert by["led"] == {"Quenby Systems"}
    assert by["signed"] == {"Orrin Data", "Quenby Systems", "Tessaro Pay", "Halden Data", "Morrow Cloud",
                            "Varga Robotics"}
    assert len(principles) == 4 and principles[0].startswith("Stronger defense. Protect all")


def test_a_letter_praising_one_for_signing_and_asking_why_another_has_not() -> None:
    body = ("The editorial was right to praise Orrin Data for signing the Cybersecurity Tech Accord, and right to "
            "ask why Tessaro Pay has not. Halden Cloud is not a signatory, and never has been. Nor, contrary to "
            "what one speaker suggested at the Cyber Resilience Forum, is Morrow Networks; it does not appear. "
            "Varga Labs has declined to do the same.\n")
    assert labels(body, "signed") == {"Orrin Data"}
    assert labels(body, "absentFrom") == {"Tessaro Pay", "Halden Cloud", "Morrow Networks", "Varga Labs"}


def test_a_column_on_how_the_founders_list_aged() -> None:
    body = ("The accord itself has aged better than the list. It was Quenby Systems's project from the start. "
            "Orvex Social, already owned by Quenby Systems, was a founder. Tessaro Pay signed as Tessaro Pay and is "
            "now Tessaro. Halden Cloud was the most talked-about no-show at the launch.\n")
    by = read(body)[0]
    assert by["led"] == {"Quenby Systems"}
    assert {"Orvex Social", "Tessaro Pay"} <= by["signed"]
    assert by["absentFrom"] == {"Halden Cloud"}


def test_a_podcast_calls_guests_by_first_name_and_names_regional_bodies_whole() -> None:
    body = ("Joining them: Tomasz Wrobel, senior fellow at the Baltic Policy Lab in Gdansk. Jared recaps the "
            "Cybersecurity Tech Accord: the founding list ran from Orrin Data and Tessaro Pay to security vendors "
            "like Halden Cloud and Morrow Networks. Tomasz says Varga Logistics's absence is the one that matters. "
            "Orrin Data announced it at the Nordic Logistics Security Summit in Gothenburg.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    label = {key: e.label for key, e in doc.entities.items()}
    assert {m.key for m in doc.mentions if m.text == "Tomasz"} == {"person/tomasz-wrobel"}
    assert ("Tomasz Wrobel", "Baltic Policy Lab") in {(label[f.subject], label.get(f.object or ""))
                                                     for f in facts if f.predicate == "affiliation"}
    assert {label[f.subject] for f in facts if f.predicate == "signed"} == {"Orrin Data", "Tessaro Pay",
                                                                           "Halden Cloud", "Morrow Networks"}
    assert {label[f.subject] for f in facts if f.predicate == "absentFrom"} == {"Varga Logistics"}
    assert "Nordic Logistics Security Summit" in {m.text for m in doc.mentions if m.kind == "EVENT"}


def test_a_hearing_report_with_ministers_committees_and_quantified_holdouts() -> None:
    body = ("Members of the National Assembly's Standing Committee on Digital Security pressed suppliers on why "
            "some of them still have not signed the Cybersecurity Tech Accord. The signing was attended by the "
            "Minister of Foreign and European Affairs, Elena Marovic, the Deputy Minister for Digital Diplomacy, "
            "Andrej Tesan, and diplomats. Opposition member Jonas Brandt asked why Orvex Cloud had never signed. "
            "Daniel Okafor, director of government affairs for Quenby Systems in Carvania, said his company had "
            "been among the founding signatories. The director-general of the Carvanian Cyber Security Centre, "
            "Dr Piet Anders, spoke.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    label = {key: e.label for key, e in doc.entities.items()}
    posts = {(label[f.subject], label.get(f.object or "")) for f in facts if f.predicate == "affiliation"}
    assert {("Elena Marovic", "Ministry of Foreign and European Affairs"), ("Daniel Okafor", "Quenby Systems"),
            ("Piet Anders", "Carvanian Cyber Security Centre")} <= posts
    assert {label[f.subject] for f in facts if f.predicate == "signed"} == {"Quenby Systems"}
    assert {label[f.subject] for f in facts if f.predicate == "absentFrom"} == {"Orvex Cloud"}
    assert not [m for m in doc.mentions if m.kind == "EVENT"]


def test_representatives_of_signatories_and_a_speaker_list_with_dashes() -> None:
    body = ("The panel looked at the Cybersecurity Tech Accord, launched in 2018 with Quenby Systems as its convener."
            "\n\nModerator: Tomasz Wierzbicki — Editor-at-large, Baltic Security Review\n\nHenrik Dahl — Chief "
            "Technology Officer, Skarv Networks\n\nRepresentatives of individual signatories made similar points. "
            "Thomas Reinholt, a senior policy manager at Orrin Data, said it mattered. Keiko Arai of Tessaro Pay "
            "agreed. Not all of the voices in the room belonged to the accord. Dmitri Volkov of Halden Lab "
            "disagreed.\n")
    by, posts, _ = read(body)
    assert by["led"] == {"Quenby Systems"}
    assert by["signed"] == {"Quenby Systems", "Orrin Data", "Tessaro Pay"}
    assert {("Tomasz Wierzbicki", "Baltic Security Review"), ("Henrik Dahl", "Skarv Networks")} <= {
        (p, o) for p, o, _ in posts}


# -- session 12: round 17 (b121-b124) ---------------------------------------------------------------------------
def test_a_foreign_edition_lists_founders_after_as_well_as_and_keeps_a_charters_partners_out() -> None:
    body = ("Orrin Data was among 34 technology and security companies that on Tuesday unveiled the Cybersecurity "
            "Tech Accord. The founding list includes Quenby Systems and Tessaro Pay from the United States, as well "
            "as a cluster of European names: Spain's Halden Cloud, Finland's Morrow Networks and Varga Labs.\n\n"
            "Siemens, which in February launched its own Charter of Trust with partners including Airbus, Allianz "
            "and Daimler, was not among the signatories. Nor was Deutsche Telekom, which also backed the charter.\n")
    by = read(body)[0]
    assert "led" not in by
    assert by["signed"] == {"Orrin Data", "Quenby Systems", "Tessaro Pay", "Halden Cloud", "Morrow Networks",
                            "Varga Labs"}
    assert by["absentFrom"] == {"Siemens", "Deutsche Telekom"}


def test_wire_and_trade_press_wordings_of_joining_convening_and_holding_out() -> None:
    body = ("Hoshizora Telecom and Kazamidori Software announced their participation in the Cybersecurity Tech "
            "Accord. The accord, launched in 2018 with Quenby Corp. as its convening company, has grown. Wattle "
            "Systems has become one of a handful of Australian organisations to sign the Cybersecurity Tech Accord. "
            "The accord was set up by Orrin Data and 33 other vendors. Google and Apple - both with offices in Sydney "
            "- have still not put their names to it. Banco Piracema, a Curitiba bank, said it had looked at the "
            "accord and opted not to adhere. Hradek Cyber pledged to refuse to take part in government cyberattacks.\n")
    by = read(body)[0]
    assert by["led"] == {"Quenby"}
    assert by["signed"] == {"Hoshizora Telecom", "Kazamidori Software", "Quenby", "Wattle Systems", "Orrin Data"}
    assert by["absentFrom"] == {"Google", "Apple", "Banco Piracema"}


def test_a_social_post_its_author_headline_keycap_list_and_founding_list() -> None:
    body = ("Priya Raman-Okafor • 1st\nChief Trust Officer at Quillmark Security | Board member | Speaker\n\n"
            "That promise became the Cybersecurity Tech Accord. Quenby pulled it together, and the founding list had "
            "names on it that normally compete: Orrin Data, Tessaro Pay and Halden Cloud.\n\nThe four principles:"
            "\n\n1\ufe0f\u20e3 Stronger defense – protect all of our users and customers everywhere.\n"
            "2\ufe0f\u20e3 No offense – do not help governments launch cyberattacks.\n"
            "3\ufe0f\u20e3 Capacity building – empower developers to improve their protection.\n"
            "4\ufe0f\u20e3 Collective action – work with each other and with like-minded groups.\n\n"
            "Thanks to my colleague Daniel Osei, who has represented Quillmark in the accord's working groups.\n")
    by, posts, principles = read(body)
    assert {"Orrin Data", "Tessaro Pay", "Halden Cloud"} <= by["signed"]
    assert [p.split(" –")[0] for p in principles] == ["Stronger defense", "No offense", "Capacity building",
                                                     "Collective action"]
    assert {("Priya Raman-Okafor", "Quillmark Security"), ("Daniel Osei", "Quillmark Security")} <= {
        (p, o) for p, o, _ in posts}


def test_a_fact_box_definition_list_with_its_non_signatories_and_numbered_commitments() -> None:
    page = ("<html><body><article><h1>Tech Accord tracker</h1><p>The Cybersecurity Tech Accord was announced in "
            "2018.</p><dl><dt>Convened by</dt><dd>Quenby Systems</dd><dt>Notable non-signatories</dt><dd>Orvex, "
            "Halden Cloud, Morrow Networks</dd><dt>Legal status</dt><dd>Voluntary, non-binding</dd></dl>"
            "<h2>Commitments</h2><dl><dt>1. Stronger defense</dt><dd>Protect all users and customers everywhere.</dd>"
            "<dt>2. No offense</dt><dd>Do not help governments launch cyberattacks against citizens.</dd><dt>3. "
            "Capacity building</dt><dd>Empower developers and users to strengthen their protection.</dd><dt>4. "
            "Collective action</dt><dd>Partner with each other and with like-minded groups.</dd></dl></article>"
            "</body></html>")
    doc = analyse(read_text(page))
    facts = extract_all(doc)
    label = {key: e.label for key, e in doc.entities.items()}
    assert {label[f.subject] for f in facts if f.predicate == "absentFrom"} == {"Orvex", "Halden Cloud",
                                                                               "Morrow Networks"}
    assert {label[f.subject] for f in facts if f.predicate == "signed"} == {"Quenby Systems"}
    texts = [f.value["text"] for f in sorted(facts, key=lambda f: f.object or "") if f.predicate == "hasPrinciple"]
    assert [t.split(".")[0] for t in texts] == ["Stronger defense", "No offense", "Capacity building",
                                                "Collective action"]


def test_anniversary_reports_name_the_accords_events_and_read_appositions_inside_clauses() -> None:
    body = ("The four newest members of the Cybersecurity Tech Accord are Dutch chipmaker Ostara Semiconductors, "
            "Indian IT services company Bhavani Infotech and Chilean consultancy Andes Ciberseguridad. Broadcom "
            "itself is not listed as a signatory. Kaspersky, the Moscow-based antivirus company, is also not a "
            "member. \"Today we have a robot maker joining,\" said Marguerite Olsen, who chairs the accord's "
            "steering committee and is vice president at Halcyra Networks, a signatory since 2019. The new "
            "signatories were announced at an anniversary roundtable at the Hotel Whitcombe. The accord plans a "
            "signatories' workshop on securing AI systems in Washington in September.\n")
    by = read(body)[0]
    assert by["signed"] == {"Ostara Semiconductors", "Bhavani Infotech", "Andes Ciberseguridad", "Halcyra Networks"}
    assert by["absentFrom"] == {"Broadcom", "Kaspersky"}
    assert set(_events(body)) == {"Tech Accord anniversary roundtable",
                                  "Tech Accord signatories' workshop on securing AI systems in Washington"}


def test_an_agenda_tables_speakers_with_departments_and_a_forum_that_hosts() -> None:
    body = ("Hosted by the Baltic Digital Trust Forum and co-organised with Cybersecurity Tech Accord signatories "
            "Guardtime and Nokia.\n\n09:15   Welcome   Kadri Vaher, Chair, Baltic Digital Trust Forum   Main Hall\n\n"
            "09:30   Keynote   Jonas Ekberg, Head of Cyber Policy, Nokia   Main Hall\n\n10:00   Panel   Rasmus "
            "Tamm, Head of OT Security, Emajoe Vesi   Main Hall\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Kadri Vaher", "Baltic Digital Trust Forum"), ("Jonas Ekberg", "Nokia"),
            ("Rasmus Tamm", "Emajoe Vesi")} <= posts
    assert "Baltic Digital Trust Forum" not in _events(body)


def test_incidents_named_by_their_victims_and_an_elliptic_refusal() -> None:
    body = ("Khanyisa Networks joined the Cybersecurity Tech Accord. The decision followed the July 2021 ransomware "
            "attack on Tessaro Freight, which shut its terminals. The Sequatchie Memorial Hospital ransomware attack "
            "in February forced the hospital to divert ambulances. The group behind WannaCry was also charged over "
            "the 2014 Sony Pictures hack. Veltrace, a rival, weighed joining the accord last year but chose not to, "
            "a spokesperson said.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    incidents = {doc.entities[f.object].label for f in facts if f.predicate == "relatedThreat"}
    assert incidents == {"Tessaro Freight ransomware attack", "Sequatchie Memorial Hospital ransomware attack",
                         "WannaCry"}
    assert {doc.entities[f.subject].label for f in facts if f.predicate == "absentFrom"} == {"Veltrace"}


def test_members_set_off_by_hyphens_with_among_them() -> None:
    body = ("The Tech Accord launched in April of last year, when Quenby Systems brought together 34 companies - "
            "Orrin Data, Tessaro Pay and Halden Cloud among them - to sign it.\n")
    assert read(body)[0]["signed"] == {"Quenby Systems", "Orrin Data", "Tessaro Pay", "Halden Cloud"}


def test_a_coordinated_verb_shares_the_anaphoric_subject_told_to_a_newspaper() -> None:
    body = ("The Tech Accord grew. Lydia Farrant, Orrin Data Group's head of communications, told this newspaper the "
            "company supports the goals of the accord but had no plans at present to sign.\n")
    assert read(body)[0]["absentFrom"] == {"Orrin Data Group"}


def test_a_deputy_minister_named_after_a_portfolio_and_by_title_and_surname() -> None:
    body = ("The Tech Accord grew. The signing was attended by the Deputy Minister for Digital Diplomacy, Andrej "
            "Tesan, and diplomats accredited to Valdoria. Deputy Minister Tesan said it mattered.\n")
    doc = analyse(read_text(HEADER + body))
    assert {m.text: m.key for m in doc.mentions if m.kind == "PERSON"} == {"Andrej Tesan": "person/andrej-tesan",
                                                                          "Tesan": "person/andrej-tesan"}


# -- round 18 (b125-b128): tests on sentences written here in other words ------------------------------------


def test_among_the_names_with_an_aside_and_a_leader_who_rounded_them_up() -> None:
    body = ("The Tech Accord has 28 founding signatories, and Quenby Systems was the one that rounded them up. "
            "Among the names: Quenby Systems (naturally), its subsidiaries Orrin Data and Halden Cloud, Tessaro Pay "
            "and Varga Silicon. Update, 5:40pm: Added the Kestrel Point statement.\n")
    by = read(body)[0]
    assert by["signed"] == {"Quenby Systems", "Orrin Data", "Halden Cloud", "Tessaro Pay", "Varga Silicon"}
    assert by["led"] == {"Quenby Systems"}


def test_you_wont_find_a_company_on_the_list() -> None:
    body = "The Tech Accord has 28 founding signatories. You will not find Brennholt Systems on the list, oddly.\n"
    assert read(body)[0]["absentFrom"] == {"Brennholt Systems"}


def test_the_rest_is_a_group_over_a_semicolon_list_and_counted_names_over_a_colon() -> None:
    body = ("Orrin Data and Tessaro Pay joined the Tech Accord alongside Halden Cloud. Two payments names widen the "
            "list beyond the chipmakers: Varga Pay and Quillon Ledger. The rest is a mixed bag: Kestrel Point; "
            "the analytics house Brennholt Systems; Sable Harbor, a Lisbon start-up; and Ostara Labs.\n")
    assert read(body)[0]["signed"] == {"Orrin Data", "Tessaro Pay", "Halden Cloud", "Varga Pay", "Quillon Ledger",
                                       "Kestrel Point", "Brennholt Systems", "Sable Harbor", "Ostara Labs"}


def test_missing_are_the_companies_named_in_the_next_sentence() -> None:
    body = ("Orrin Data signed the Tech Accord. Absent are the firms with the most at stake. Brennholt Systems and "
            "Sable Harbor run the region's largest data centres.\n")
    assert read(body)[0]["absentFrom"] == {"Brennholt Systems", "Sable Harbor"}


def test_two_of_them_one_and_the_other_then_they_sit_alongside_names_including() -> None:
    body = ("The Quenby-led accord has 34 founding members, and two of them are based in the county. Orrin Data, "
            "whose chips are everywhere, is one. The other is Tessaro Pay, whose office near Lowbridge employs 300 "
            "people. They sit alongside big names including Halden Cloud and Varga Silicon.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Tessaro Pay", "Halden Cloud", "Varga Silicon"} <= by["signed"]
    assert "Lowbridge" not in by["signed"]


def test_principles_the_companies_signed_up_to_are_a_semicolon_list() -> None:
    body = ("The three principles the companies have signed up to are: to defend every customer; to refuse to help "
            "any government attack civilians; and to work together on disclosure.\n")
    assert read(body)[2] == ["to defend every customer", "to refuse to help any government attack civilians",
                             "to work together on disclosure"]


def test_a_name_after_the_and_a_place_is_not_a_person() -> None:
    body = "Brennholt Systems, a firm housed at the Cambridge Innovation Park, said it had not signed the accord.\n"
    assert labels(body, "affiliation") == set()


def test_the_list_was_and_members_named_in_a_dashed_among_them_aside() -> None:
    body = ("When the accord launched, the list was Orrin Data, Tessaro Pay, Halden Cloud - very big names. Several "
            "of our members — Varga Silicon and Quillon Ledger among them — helped expose the breach.\n")
    assert read(body)[0]["signed"] == {"Orrin Data", "Tessaro Pay", "Halden Cloud", "Varga Silicon",
                                       "Quillon Ledger"}


def test_a_counted_group_with_its_names_between_dashes_then_signed() -> None:
    body = ("HOST: What is the Tech Accord?\n\nGUEST: So, back in April, at a conference in Lisbon, Quenby Systems "
            "got twenty companies together — Orrin Data, Tessaro Pay, the Finnish firm Halden Cloud, Varga Silicon "
            "out of Spain, and a bunch of others — and they signed a short statement.\n")
    assert {"Orrin Data", "Tessaro Pay", "Halden Cloud", "Varga Silicon"} <= read(body)[0]["signed"]


def test_a_yes_no_question_answered_after_a_speaker_label() -> None:
    body = "Q: Is Orrin Data itself a signatory of the accord?\n\nKROFT: It is not, no. We asked them.\n"
    assert read(body)[0]["absentFrom"] == {"Orrin Data"}


def test_principles_as_a_series_of_gerunds_after_commits_members_to() -> None:
    body = ("The accord binds its signatories to defending every customer whatever the motive, refusing to help "
            "governments attack civilians, helping users improve their defences, and partnering with like-minded "
            "groups.\n")
    assert read(body)[2] == ["defending every customer whatever the motive",
                             "refusing to help governments attack civilians", "helping users improve their defences",
                             "partnering with like-minded groups"]


def test_posts_told_after_what_our_a_company_spokesperson_and_whose_then() -> None:
    body = ("Orrin Data joined the accord. The company confirmed the move, after what chief executive Dana Quill "
            "described as a long debate. A company spokesperson, Wei Min Tarn, said Tessaro Pay would wait. Halden "
            "Cloud, whose then chief executive Joe Brandt had argued for it, signed too. \"We read them as signals,\" "
            "said Tomas Wirth, a policy officer in the European Commission's directorate for networks.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Dana Quill", "Orrin Data"), ("Wei Min Tarn", "Tessaro Pay"), ("Joe Brandt", "Halden Cloud"),
            ("Tomas Wirth", "European Commission")} <= posts


def test_our_lead_without_a_comma_and_a_councillor_who_convenes_a_council_committee() -> None:
    body = ("I'm the security chief at Orrin Data. We joined the accord's working group, where our platform "
            "engineering lead Felix Amsel will represent us. Councillor Graham Lennard, convener of Dundee City "
            "Council's development committee, said it mattered.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Felix Amsel", "Orrin Data"), ("Graham Lennard", "Dundee City Council")} <= posts


def test_told_a_newspaper_it_had_considered_joining_but_decided_against_it() -> None:
    body = ("Tarn Data Systems, the Perth-based IT company that employs 120 people across Tayside, told the Evening "
            "Courier it had considered joining the accord but decided against it for now.\n")
    assert read(body)[0]["absentFrom"] == {"Tarn Data Systems"}


def test_a_company_expelled_over_spyware_links_is_no_threat() -> None:
    body = ("Tech Accord expels Vantor Reach over spyware links\n\nThe Cybersecurity Tech Accord has removed the "
            "security company Vantor Reach from its list. Vantor Reach joined the accord in 2020.\n")
    doc = analyse(read_text(HEADER + body))
    assert {m.kind for m in doc.mentions if m.text == "Vantor Reach"} == {"ORG"}


def test_secretariat_staff_named_with_the_secretariat_alone() -> None:
    body = ("The Cybersecurity Tech Accord is run by five people. \"We are small,\" says Annika Lorvik, who has "
            "headed the secretariat since 2021. New members pass through Grace Oyelade, the secretariat's "
            "membership and onboarding manager, who joined in 2022.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Annika Lorvik", "Cybersecurity Tech Accord secretariat"),
            ("Grace Oyelade", "Cybersecurity Tech Accord secretariat")} <= posts


def test_very_much_its_project_a_withdrawn_application_and_outside_the_tech_accord() -> None:
    body = ("When the accord was unveiled in 2018, it was very much Quenby Systems' project. Orrin Data withdrew its "
            "application in late 2024. Tessaro Pay and Halden Cloud remain outside the Tech Accord. Varga Silicon is "
            "not a Tech Accord member either.\n")
    by = read(body)[0]
    assert by["led"] == {"Quenby Systems"}
    assert by["absentFrom"] == {"Orrin Data", "Tessaro Pay", "Halden Cloud", "Varga Silicon"}


def test_a_pledge_named_for_a_place_is_another_agreement_and_only_its_object_is_endorsed() -> None:
    body = ("Twenty companies signed the Lisbon Pledge on Secure Software Supply Chains. It is the review that sets "
            "the Lisbon Pledge apart from the Cybersecurity Tech Accord, whose members signed up to four principles. "
            "Quillon AI signed the Lisbon Pledge but is not a Tech Accord member. Sable Harbour Robotics, which also "
            "signed in Lisbon, said it had not yet signed the Tech Accord.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    accord = {doc.entities[f.subject].label for f in facts if f.predicate == "signed"
              and f.object == "ACC:CybersecurityTechAccord"}
    assert not accord & {"Quillon AI", "Sable Harbour Robotics"}
    assert not [f for f in facts if f.rule == "event.agreement_endorsement"]


def test_a_correction_retracts_the_signing_the_original_article_stated() -> None:
    body = ("CORRECTION\n\nAn article published on 7 June wrongly reported that Kessler Fleet had signed the accord. "
            "Kessler Fleet has not signed the accord. The original article stated: \"Kessler Fleet on Tuesday became "
            "the latest company to sign the Cybersecurity Tech Accord.\" The same article said that Solvik Grid had "
            "signed alongside Kessler Fleet. That part was correct: Solvik Grid did join the accord this month.\n")
    by = read(body)[0]
    assert by["signed"] == {"Solvik Grid"}
    assert by["absentFrom"] == {"Kessler Fleet"}


# -- round 19, b129 (trade and channel press): tests in other words -----------------------------------------


def test_a_transcript_turn_names_the_obvious_names_then_fragments_and_was_in_from_day_one() -> None:
    body = ("HOST: The list is what people looked at.\n\nGUEST: Always. So, the obvious names: Orrin Data, Tessaro "
            "Pay, Halden Cloud. A lot of the vendors you resell: Varga Systems, Quillon Networks. Kestrel Point, the "
            "Tallinn firm, was in from day one. Sable Harbor Labs, the payments people, too.\n")
    assert read(body)[0]["signed"] == {"Orrin Data", "Tessaro Pay", "Halden Cloud", "Varga Systems",
                                       "Quillon Networks", "Kestrel Point", "Sable Harbor Labs"}


def test_a_what_about_question_answered_by_the_next_speaker_after_an_aside() -> None:
    body = ("HOST: Who signed the accord in April?\n\nGUEST: Orrin Data and Tessaro Pay.\n\nHOST: What about "
            "Brennholt? I get that question every week.\n\nGUEST: Not a member.\n")
    assert read(body)[0]["absentFrom"] == {"Brennholt"}


def test_four_things_after_a_question_on_what_the_signers_will_do() -> None:
    body = ("GUEST: Thirty companies sign the Cybersecurity Tech Accord.\n\nHOST: And what will they and won't they "
            "do?\n\nGUEST: Four things, roughly. Defend every customer. Don't help governments attack civilians. "
            "Help developers get better at security. And work together.\n")
    assert len(read(body)[2]) == 4


def test_founders_in_brackets_among_them_and_a_department_after_a_title() -> None:
    body = ("Today Halden Networks became a signatory of the Cybersecurity Tech Accord, launched in 2018 by 34 "
            "founding companies (among them Orrin Data, Tessaro Pay and Varga Silicon). We are proud. We thank our "
            "partners. We will publish more. Marcus Odell, Vice President, Global Channel, added: \"Partners asked "
            "for this.\"\n")
    by, posts, _ = read(body)
    assert {"Orrin Data", "Tessaro Pay", "Varga Silicon", "Halden Networks"} <= by["signed"]
    assert ("Marcus Odell", "Halden Networks") in {(p, o) for p, o, _ in posts}


def test_a_status_table_says_not_a_signatory_and_a_member_firm_of_an_association_is_no_signatory() -> None:
    body = ("This bulletin goes to member firms only.\n\nWhere our vendors stand on the Cybersecurity Tech Accord:"
            "\n\n| Vendor | Accord status |\n|---|---|\n"
            "| Orrin Data | Signatory (founding) |\n| Tessaro Cloud | Not a signatory |\n\n\"It is no certification,\" "
            "said Priya Hale, managing director of member firm Calder Bridge IT.\n")
    by = read(body)[0]
    assert by["signed"] == {"Orrin Data"} and by["absentFrom"] == {"Tessaro Cloud"}


def test_a_name_the_article_writes_in_lower_case_only_in_an_email_is_still_a_name() -> None:
    body = "Quorvane has put its name to the Cybersecurity Tech Accord.\n\nContact: ir@quorvane.example\n"
    assert read(body)[0]["signed"] == {"Quorvane"}


def test_the_accord_acting_as_convener_told_after_the_launch_sentence() -> None:
    body = ("The accord was unveiled on 17 April 2018 at the RSA Conference. Thirty companies signed at launch, with "
            "Quenby Systems acting as convener.\n")
    assert read(body)[0]["led"] == {"Quenby Systems"}


def test_a_roundups_other_stories_give_no_people_incidents_or_events() -> None:
    body = ("WEEK IN REVIEW\n\nThe five stories the channel talked about this week.\n\nCORRIGAN CLOSES DEAL\n\n"
            "\"Partners will see the same faces,\" CEO Declan Corrigo said on a call.\n\nPARIS CALL GETS BACKING\n\n"
            "The Cybersecurity Tech Accord endorsed the Paris Call, which Orrin Data and Tessaro Pay had signed.\n\n"
            "ANOTHER MSP HIT\n\nAttackers pushed the Vexcryptor ransomware to 80 endpoints. Owner Carla Mendel "
            "told us the firm now enforces hardware keys.\n\nCALENDAR\n\n15 May: MSP Midwest Roundtable, Chicago\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    assert not [f for f in facts if f.predicate in ("relatedThreat", "quotation")]
    assert not [f for f in facts if f.predicate == "affiliation"]
    assert not [f for f in facts if f.predicate == "about" and "roundtable" in (f.subject or "")]


# -- round 19, b130 (regional and wire copy): tests in other words ------------------------------------------


def test_the_initiative_to_the_accord_came_from_a_national_company_and_set_in_motion() -> None:
    assert read("The initiative to the accord came from the Norwegian Quenby Systems, which also coordinated "
                "it.\n")[0]["led"] == {"Quenby Systems"}
    assert read("Orrin Data joined the industry pledge that Quenby Systems had set in motion a year "
                "earlier.\n")[0]["led"] == {"Quenby Systems"}


def test_a_countrys_president_a_professor_from_a_university_and_an_alumnus_with_a_class_year() -> None:
    body = ("The accord backed the Paris Call, which France's President Emmanuel Macron presented on Monday. "
            "Professor Ilkka Rautanen from the University of Oulu, who researches cyber policy, was doubtful. "
            "The speaker was alumnus Marcus Oyelade ('09), now director of security engineering at Lumenvale "
            "Software.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Emmanuel Macron", "France"), ("Ilkka Rautanen", "University of Oulu"),
            ("Marcus Oyelade", "Lumenvale Software")} <= posts


def test_an_agreement_published_during_a_forum_was_launched_there() -> None:
    body = ("The Cybersecurity Tech Accord endorsed the Paris Call for Trust and Security in Cyberspace. The Paris "
            "Call was published on 12 November during the Paris Peace Forum.\n")
    assert "Paris Peace Forum" in _events(body)


def test_part_of_a_pledge_alongside_names_and_not_at_the_table() -> None:
    body = ("A company that started in a spare bedroom is now part of a worldwide pledge alongside Orrin Data, "
            "Tessaro Pay and Halden Cloud. \"It is hard to talk about collective action when Varga Systems and "
            "Quillon Networks are not at the table,\" Okafor said.\n")
    by = read(body)[0]
    assert by["signed"] == {"Orrin Data", "Tessaro Pay", "Halden Cloud"}
    assert by["absentFrom"] == {"Varga Systems", "Quillon Networks"}


def test_the_examples_between_dashes_are_the_subject_not_the_body_in_a_where_clause() -> None:
    body = ("The Federation of Telecom Workers (FTW) welcomed the accord. The union noted that several employers "
            "where FTW members work — including Orrin Data, Tessaro Pay and Halden Cloud — have put their names to "
            "the accord. FTW General Secretary Dennis Okoro said it mattered.\n")
    by, posts, _ = read(body)
    assert by["signed"] == {"Orrin Data", "Tessaro Pay", "Halden Cloud"}
    assert ("Dennis Okoro", "Federation of Telecom Workers") in {(p, o) for p, o, _ in posts}


def test_not_on_the_list_then_its_own_charter_is_absence_from_the_accord() -> None:
    body = ("The Tech Accord grew. Velmark, Germany's industrial giant, was not on the list — it had launched its "
            "own Charter of Trust initiative two months earlier.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    assert {(doc.entities[f.subject].label, f.object) for f in facts if f.predicate == "absentFrom"} == {
        ("Velmark", "ACC:CybersecurityTechAccord")}


# -- round 19, b131 (features and profiles): tests in other words -------------------------------------------


def test_they_were_not_there_after_a_sentence_that_names_a_group() -> None:
    body = ("The Tech Accord launched. I searched the release for Varga Systems, Quillon Networks and Halden "
            "Cloud. They weren't there.\n")
    assert read(body)[0]["absentFrom"] == {"Varga Systems", "Quillon Networks", "Halden Cloud"}


def test_the_most_famous_absentees_among_them_are_absent_and_where_a_person_is_a_role() -> None:
    body = ("Four years later, Halvard Payments, where Dalia Mendez is chief security officer, did sign the accord. "
            "The accord cannot compel a member, and its most famous absentees, Varga Systems and Quillon Networks "
            "among them, run much of the cloud.\n")
    by, posts, _ = read(body)
    assert by["absentFrom"] == {"Varga Systems", "Quillon Networks"} and "Varga Systems" not in by.get("signed", ())
    assert ("Dalia Mendez", "Halvard Payments") in {(p, o) for p, o, _ in posts}


def test_a_founding_list_convened_by_and_staff_who_coordinate_work_for_the_accord() -> None:
    body = ("The founding list, convened by Quenby Systems, mixed big names with specialists. Rafael Oseni, who "
            "coordinates capacity-building work for the Cybersecurity Tech Accord, says the format will be "
            "repeated.\n")
    by, posts, _ = read(body)
    assert by["led"] == {"Quenby Systems"}
    assert ("Rafael Oseni", "Cybersecurity Tech Accord secretariat") in {(p, o) for p, o, _ in posts}


# -- round 19, b132 (explainers and reference formats): tests in other words --------------------------------


def test_names_on_it_as_are_others_after_a_sentence_about_the_roster() -> None:
    body = ("The roster mixes household names with firms nobody has heard of. Orrin Data, Tessaro Pay and Halden "
            "Cloud are on it, as are the European heavyweights Varga Systems and Quillon Networks.\n")
    assert read(body)[0]["signed"] == {"Orrin Data", "Tessaro Pay", "Halden Cloud", "Varga Systems",
                                       "Quillon Networks"}


def test_a_claim_a_post_makes_is_no_signing_and_counted_founders_including() -> None:
    body = ("A post shared 40,000 times says that \"Varga Systems and Quenby Systems all signed the Cybersecurity "
            "Tech Accord.\" Thirty-four companies signed at the outset, including Orrin Data, Tessaro Pay and Quenby "
            "Systems. Varga Systems was not among them. The post claims Varga Systems signed the accord.\n")
    by = read(body)[0]
    assert by["signed"] == {"Orrin Data", "Tessaro Pay", "Quenby Systems"} and by["absentFrom"] == {"Varga Systems"}


def test_a_rival_pledge_and_its_acronym_are_another_agreement() -> None:
    body = ("The Open Infrastructure Resilience Pledge (OIRP), convened by Kallisto Telecom, asks members for "
            "attestations. Varga Systems and Quillon Networks are among the OIRP's founding members; neither Varga "
            "Systems nor Quillon Networks has ever signed the Tech Accord.\n")
    by = read(body)[0]
    assert "signed" not in by and by["absentFrom"] == {"Varga Systems", "Quillon Networks"}
    assert "led" not in by


# -- round 20 (b133-b136) ------------------------------------------------------------------------------------
def test_short_titled_paragraphs_under_a_stated_count_are_the_principles() -> None:
    body = ("The pact is short. At its heart are four commitments:\n\n"
            "Better defence. Members will protect every customer in every market.\n\n"
            "No attacks. Members will not help any state attack ordinary citizens.\n\n"
            "Shared skills. Members will help developers and users defend themselves.\n\n"
            "Joint work. Members will cooperate with each other and with civil society.\n")
    principles = read(body)[2]
    assert len(principles) == 4 and principles[1].startswith("No attacks.")


def test_short_opening_sentences_without_a_count_are_no_principles() -> None:
    body = ("The accord was signed by Quellan Micro in May.\n\nGood news. Members will meet in Oslo.\n\n"
            "Bad news. Members will pay a fee.\n")
    assert read(body)[2] == []


def test_a_title_before_a_possessive_name_makes_a_person() -> None:
    posts = lowered_posts("The Tech Accord was signed by Halvane Data. Halvane Data president Mirela Dostal's "
                          "keynote ignored the pledge.\n")
    assert ("Mirela Dostal", "Halvane Data", "president") in posts


def test_our_title_in_an_interview_turn_is_the_speakers_company() -> None:
    body = ("Tessaly Cloud and Amazon run our stack. Amazon is not a signatory. Amazon is big.\n\n"
            "Q: Why sign the accord?\n\n"
            "Ravel: Because we ship sensors. I am Ines Ravel, chief security officer at Brevik Fieldworks.\n\n"
            "Q: Who signed?\n\n"
            "Ravel: Our chief executive, Anton Greve, signed the letter himself.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Anton Greve", "Brevik Fieldworks") in posts and ("Anton Greve", "Amazon") not in posts


def test_a_dropped_standfirst_is_read_from_the_page() -> None:
    page = ("<html><body><header><h1>Interview</h1><p class=\"standfirst\">Corvell Agritech became one of the "
            "newest signatories of the Cybersecurity Tech Accord last month.</p></header><main><article>"
            + "".join(f"<p>Paragraph {i} of the talk is about sensors, soil and water in the fields.</p>"
                      for i in range(12)) + "</article></main></body></html>")
    assert "Corvell Agritech" in read_text(page).text


def test_still_arent_among_them_is_absence_not_membership() -> None:
    by = read("The accord welcomed three new signatories. Orrin Data, Zentara Cloud and Brightwell Networks "
              "still aren't among them.\n")[0]
    assert by.get("absentFrom") == {"Orrin Data", "Zentara Cloud", "Brightwell Networks"}
    assert "signed" not in by


def test_the_parent_company_that_has_not_signed_is_not_the_subsidiary() -> None:
    by = read("The unit keeps the Tech Accord membership Kessen Robotics signed in 2020, but the parent company "
              "has not signed itself.\n")[0]
    assert by.get("signed") == {"Kessen Robotics"} and "absentFrom" not in by


def test_a_question_in_a_headline_names_no_company() -> None:
    by = read("The Tech Accord held a session titled \"Ten Years On: What Mattered?\" and three companies had "
              "signed by then.\n")[0]
    assert "Mattered" not in by.get("signed", set())


def test_an_attributed_adjective_is_no_incident_name() -> None:
    doc = analyse(read_text(HEADER + "The accord was a reply to NotPetya; the Kremlin-attributed malware hit "
                                     "ports.\n"))
    assert not any(m.kind == "THREAT" and "attributed" in m.text for m in doc.mentions)


def test_a_titled_hearing_and_members_who_signed_another_call_are_events() -> None:
    doc = analyse(read_text(HEADER + "The Tech Accord was examined when the subcommittee held a hearing on "
                                     "Tuesday titled \"Quiet Promises: Industry and Cyber Conflict.\" Later, "
                                     "dozens of these same companies signed the Paris Call for Trust and Security "
                                     "in Cyberspace.\n"))
    events = {doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == "about"}
    assert "Quiet Promises: Industry and Cyber Conflict" in events
    assert any("Paris Call" in e for e in events)


def test_the_accords_workshop_with_a_hyphenated_regional_name() -> None:
    doc = analyse(read_text(HEADER + "She praised the accord's Adriatic-Balkan threat-sharing workshop, held "
                                     "in Split in May.\n"))
    events = {doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == "about"}
    assert any("Adriatic-Balkan" in e for e in events)


def test_walked_away_after_looking_at_the_accord_is_absence() -> None:
    by = read("Ostrava Defence Software, a contractor that looked at the accord and walked away, spoke too.\n")[0]
    assert by.get("absentFrom") == {"Ostrava Defence Software"}


def test_senators_in_a_witness_list_are_people_of_the_senate() -> None:
    body = ("The hearing was about the Cybersecurity Tech Accord.\n\nMEMBERS PRESENT\n"
            "Sen. Ilsa Marrow (D-Ore.), ranking member\nSen. Tobin Keel (R-Tex.)\n")
    posts = lowered_posts(body)
    assert ("Ilsa Marrow", "U.S. Senate", "senator") in posts and ("Tobin Keel", "U.S. Senate", "senator") in posts
    assert "Sen" not in read(body)[0].get("signed", set())


def test_a_department_after_vice_president_for_is_not_the_employer() -> None:
    posts = lowered_posts("The Tech Accord was signed by Arcline Software.\n\nMs. Tove Rask, Vice President for "
                          "Trust and Security Policy, Arcline Software, Inc., Bellevue, Wash.\n")
    assert {o for p, o, _ in posts if p == "Tove Rask"} == {"Arcline Software"}


def test_declined_before_a_vocative_is_absence() -> None:
    by = read("The accord came up. MR. VANCE: Orbis Analytics declined, Mr. Chairman, and I will say why.\n")[0]
    assert by.get("absentFrom") == {"Orbis Analytics"}


def test_a_call_participant_list_places_the_speaker_who_talks_about_the_accord() -> None:
    body = ("Halden Arc Networks, Inc. (NASDAQ: HARC)\nQ2 2020 Earnings Call\n\nCORPORATE PARTICIPANTS\n"
            "Mara Quist - Vice President, Investor Relations\nOlaf Brenner - President and Chief Executive Officer\n\n"
            "Mara Quist: Thank you. With me is Olaf.\n\n"
            "Olaf Brenner: Thanks, Mara. Revenue grew.\n\nLast week we joined the Cybersecurity Tech Accord.\n\n"
            "Mara Quist: Operator, the first question.\n\nOlaf Brenner: Thank you all.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Olaf Brenner", "Halden Arc Networks") in posts
    assert not any(p == "Mara Quist" for p, _ in posts)


def test_a_table_under_companies_that_joined_later_and_a_legal_review_row() -> None:
    body = ("The Tech Accord has grown in the region.\n\nBaltic companies that joined later\n\n"
            "Organisation   Country   Joined\nSaaremaa Data OÜ   Estonia   12 March 2019\n"
            "Kurzeme Cloud SIA   Latvia   21 May 2019\n\nNot (yet) signed\n\nOrganisation   Country   Status\n"
            "Ruvena Soft UAB   Lithuania   Under legal review\n")
    by = read(body)[0]
    assert {"Saaremaa Data", "Kurzeme Cloud"} <= by.get("signed", set())
    assert "Ruvena Soft" in by.get("absentFrom", set())


def test_a_last_updated_line_is_page_chrome() -> None:
    from kg.nlp.segment import is_chrome_line

    assert is_chrome_line("Last updated: 4 March 2021 · Maintained by the policy team")
    assert not is_chrome_line("Updated 4 March 2021, the accord said Orrin Data had signed.")


def test_is_not_itself_a_signatory_is_absence() -> None:
    by = read("Brisbane's Coralwood Software is owned by Fenwick Capital. Fenwick Capital is not itself a "
              "signatory of the accord.\n")[0]
    assert "Fenwick Capital" in by.get("absentFrom", set())


def test_my_company_names_the_narrators_employer_and_our_lawyer_of_a_firm() -> None:
    body = ("We still have not signed the Tech Accord. Microsoft launched it; Microsoft leads it; Microsoft "
            "hosts it.\n\nMy company, Tidewell Labs, has not signed it. My co-founder Osei Brandt argued for "
            "it. Our lawyer, Liv Hartmann of Quist & Marrow, read the text.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Osei Brandt", "Tidewell Labs") in posts and ("Liv Hartmann", "Quist & Marrow") in posts


def test_and_fourth_closes_an_ordinal_list() -> None:
    body = ("HOST: The pact is short. There are four commitments. First, defence: they will guard every user. "
            "Second, restraint: they will not help states attack anyone. Third, skills: they will train developers. "
            "And fourth, teamwork: they will work with each other.\n")
    assert len(read(body)[2]) == 4


def test_the_companys_people_in_an_answer_name_no_member() -> None:
    body = ("HOST: Who is missing from the accord?\n\nGUEST: Google. Apple. Amazon. None of them signed.\n\n"
            "HOST: Which was the first thing every reporter asked the Microsoft people about.\n")
    assert "Microsoft" not in read(body)[0].get("absentFrom", set())


def test_wishing_to_see_companies_at_the_table_says_they_are_absent() -> None:
    by = read('The accord panel met in Tallinn. "I would love to see Orrin Data and Zentara Cloud at the table," '
              "she said.\n")[0]
    assert by.get("absentFrom") == {"Orrin Data", "Zentara Cloud"}


def test_other_companies_in_tow_among_them_a_list() -> None:
    by = read("When the Tech Accord was unveiled, Halvane Data, which convened the group, arrived with 20 other "
              "companies in tow, among them Orrin Data, Tessaro Pay and Quenby Systems.\n")[0]
    assert {"Orrin Data", "Tessaro Pay", "Quenby Systems"} <= by["signed"]


def test_added_its_name_to_that_list() -> None:
    by = read("The Cybersecurity Tech Accord has 34 founders.\n\nLast Monday my company, Brisa Cloud, added its "
              "name to that list.\n")[0]
    assert by.get("signed") == {"Brisa Cloud"}


def test_what_the_text_asks_of_a_signatory_is_a_list_of_principles() -> None:
    body = ("The text is short. It asks four things of a signatory:\n\n1. Guard every customer everywhere.\n"
            "2. Refuse to help any state attack civilians.\n3. Give developers the tools to protect themselves.\n"
            "4. Work with one another against attacks.\n")
    by, _, principles = read(body)
    assert len(principles) == 4 and "signed" not in by


def test_promises_after_a_colon_apart_by_semicolons() -> None:
    body = ("Read the principles yourself; there are four of them. Paraphrased, they are: we will guard everyone; "
            "we will not help states attack people; we will help people defend themselves; and we will work "
            "together.\n")
    assert len(read(body)[2]) == 4


def test_corralled_by_is_leading() -> None:
    assert read("On Tuesday, 30 companies, corralled by Halvane Data, announced the accord.\n")[0].get("led") == {
        "Halvane Data"}


def test_a_national_congress_is_no_event() -> None:
    doc = analyse(read_text(HEADER + "The Tech Accord grew. Orrin Data, which is explaining itself to the United "
                                     "States Congress, is on the list.\n"))
    assert not [f for f in extract_all(doc) if f.predicate == "about"]


def test_a_quoted_yes_no_question_names_no_signatory() -> None:
    by = read('A reader writes: "Has Zentara Cloud joined the Tech Accord yet? I keep seeing things." It has '
              "not.\n")[0]
    assert "Zentara Cloud" not in by.get("signed", set())


def test_a_paragraph_said_to_have_nothing_to_do_with_the_accord_names_no_incident() -> None:
    doc = analyse(read_text(HEADER + "The Tech Accord welcomed two members.\n\nNothing to do with the accord, but "
                                     "worth noting: the Quelbot ransomware knocked out a city's billing.\n"))
    assert not [f for f in extract_all(doc) if f.predicate == "relatedThreat"]


def test_a_blogger_named_by_occupation_is_a_person() -> None:
    doc = analyse(read_text(HEADER + "Two days after the accord was announced, the security blogger Tobin "
                                     "Arkwright called it a press release.\n"))
    assert any(m.kind == "PERSON" and m.text == "Tobin Arkwright" for m in doc.mentions)


def test_the_accords_members_as_supporters_of_the_paris_call_keep_the_next_sentence_the_accords() -> None:
    doc = analyse(read_text(HEADER + "The accord has also done things. Its members were among the first backers "
                                     "of the Paris Call for Trust and Security in Cyberspace. Last month, at a "
                                     "signatory assembly held in Lisbon, members agreed on a template.\n"))
    about = {doc.entities[f.subject].label: f.object for f in extract_all(doc) if f.predicate == "about"}
    assert about.get("signatory assembly") == "ACC:CybersecurityTechAccord"
    assert any("Paris Call" in label for label in about)


def test_a_nested_numbered_list_in_a_fact_box_is_the_principles_not_the_box() -> None:
    body = ("At a glance\n\nThe accord (2018)\n- Convener: Halvane Data\n- Members: 150+ companies\n- Principles:\n"
            "  1. Guarding - protect every customer\n  2. Restraint - do not help states attack civilians\n"
            "  3. Skills - empower developers and users\n  4. Teamwork - partner with one another\n"
            "- Enforcement: none\n\nThe Quay Pledge (2022)\n- Convener: Orrin Data\n- Members: 41 companies\n"
            "- Commitments: publish a bill of materials; fix flaws in 30 days\n- Enforcement: suspension\n")
    principles = read(body)[2]
    assert len(principles) == 4 and principles[0].startswith("Guarding")


def test_members_of_another_pledge_with_no_connection_to_the_accord_did_not_sign_it() -> None:
    body = ("The Quay Pledge is newer than the Tech Accord. The pledge's other members include the robotics maker "
            "Verdane Robotics and the grid vendor Sundell Grid, neither of which has any connection to the accord.\n")
    assert "signed" not in read(body)[0]


def test_gathered_them_and_the_others_ranged_from() -> None:
    body = ("Three years ago, 30 technology companies stood behind a short text and promised to behave. Halvane "
            "Data had gathered them; its president called it a first step. The others ranged from household names "
            "such as Orrin Data and Tessaro Pay to specialists like Quenby Systems.\n\nThe Tech Accord was born.\n")
    by = read(body)[0]
    assert by.get("led") == {"Halvane Data"}
    assert {"Orrin Data", "Tessaro Pay", "Quenby Systems"} <= by["signed"]


def test_itself_one_of_the_founding_signatories_between_dashes() -> None:
    by = read("The accord's test came when the security firm Vantor Labs - itself one of the 34 founding signatories "
              "- disclosed a breach.\n")[0]
    assert by.get("signed") == {"Vantor Labs"}


def test_names_added_in_a_note_before_a_colon() -> None:
    body = ("The accord welcomed eight members.\n\nThree more names were added in a note at the foot of the "
            "release: the Chilean payments firm Quillay Pagos, the Thai hosting firm Siam Rackworks and Lisbon-based "
            "software house Atlantico Labs.\n")
    assert {"Quillay Pagos", "Siam Rackworks", "Atlantico Labs"} <= read(body)[0]["signed"]


def test_both_companies_after_one_name_in_each_clause() -> None:
    body = ("The accord issued a statement. Researchers at Orrin Data released a breakdown on Monday, and Tessaro "
            "Pay followed on Tuesday with a decryptor. Both companies are listed as signatories on the accord's "
            "website.\n")
    assert read(body)[0].get("signed") == {"Orrin Data", "Tessaro Pay"}


def test_still_listed_after_a_denied_exit_and_a_missing_entry_on_a_website() -> None:
    body = ("The accord's website was redesigned. A post claimed that Hanvik Secure had dropped out. Hanvik's chief "
            "executive, Min Jae-won, called the claim untrue. The company is still listed.\n\nThe comparison turned "
            "up one other missing entry: Brasca Digital, a Brazilian firm that signed up in 2019.\n")
    by = read(body)[0]
    assert "Brasca Digital" in by["signed"] and any(label.startswith("Hanvik") for label in by["signed"])
    assert "absentFrom" not in by


def test_two_quoted_commitments() -> None:
    body = ("The accord's statement restated two of the accord's commitments in full: that signatories will "
            "\"protect all of our users and customers everywhere\" and will \"not help governments launch attacks "
            "against citizens and enterprises\".\n")
    principles = read(body)[2]
    assert principles == ["protect all of our users and customers everywhere",
                          "not help governments launch attacks against citizens and enterprises"]


def test_the_accord_members_roundtable_a_workshop_for_regional_members_and_the_groups_webinar() -> None:
    doc = analyse(read_text(HEADER + "Kim said the firm would host an accord members' roundtable in Seoul in "
                                     "November. Aranda would lead a workshop for Andean members in Quito. Accord "
                                     "members will discuss it at the group's supply-chain security webinar.\n"))
    events = {doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == "about"}
    assert {"accord members' roundtable", "workshop for Andean members", "supply-chain security webinar"} <= events


def test_at_a_company_a_title_then_a_name_and_outreach_for_the_accord() -> None:
    body = ("The Tech Accord grew.\n\nAt Aranda Telecom, chief security officer Julio Restan said the operator had "
            "talked to the accord's secretariat. \"It works,\" said Renata Obi, who manages membership outreach "
            "for the accord.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Julio Restan", "Aranda Telecom") in posts
    assert ("Renata Obi", "Cybersecurity Tech Accord secretariat") in posts


def test_a_campus_after_at_and_a_romance_institution_across_its_particle() -> None:
    body = ("The Tech Accord grew.\n\nDr. Anja Ramos, who directs the security program at the University of "
            "Oregon at Eugene, said it matters. Mathis Laval, a researcher at the Observatoire des Normes "
            "Numériques, said so too.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Anja Ramos", "University of Oregon at Eugene") in posts
    assert ("Mathis Laval", "Observatoire des Normes Numériques") in posts


# -- round 21 (b137-b140) ------------------------------------------------------------------------------------
def test_list_items_a_page_extraction_ran_into_paragraphs_are_items_again() -> None:
    from kg.article import _with_list_marks

    markup = "<ol><li><b>Orrin Data</b> - $9bn.</li><li><b>Tessaro Pay</b> - $7bn.</li></ol>"
    text = "We ranked the signatories.\n\nOrrin Data - $9bn.\n\nTessaro Pay - $7bn."
    assert _with_list_marks(text, markup).split("\n\n")[1:] == ["1. Orrin Data - $9bn.\n2. Tessaro Pay - $7bn."]


def test_here_are_the_largest_after_ranking_the_signatories() -> None:
    body = ("We ranked the signatories of the Tech Accord by revenue. Here are the three largest.\n\n"
            "1. Orrin Data - $9bn (2017).\n2. Tessaro Pay - $7bn (2017).\n3. Quenby Systems - $5bn (2017).\n")
    assert read(body)[0].get("signed") == {"Orrin Data", "Tessaro Pay", "Quenby Systems"}


def test_the_vendors_on_the_list_are() -> None:
    body = ("Halvane Data launched the Cybersecurity Tech Accord with 20 others.\n\nFor the lazy, the security "
            "vendors on the list are Orrin Data, Tessaro Pay and Quenby Systems.\n")
    assert {"Orrin Data", "Tessaro Pay", "Quenby Systems"} <= read(body)[0]["signed"]


def test_a_leader_claim_denied_soon_after_and_this_is_its_project() -> None:
    body = ("So Orrin Data organized a pledge about protecting users.\n\nOrrin Data didn't organize anything, it's "
            "one signatory among 34. This is Halvane Data's project.\n")
    assert read(body)[0].get("led") == {"Halvane Data"}


def test_a_paragraph_that_counts_signatories_reads_its_names_as_members() -> None:
    body = ("The Tech Accord has 34 founders.\n\nEurope supplies ten signatories. Britain and Finland contribute "
            "two each (Orrin Data and Tessaro Pay; Quenby Systems and Varga Silicon).\n")
    assert {"Orrin Data", "Tessaro Pay", "Quenby Systems", "Varga Silicon"} <= read(body)[0]["signed"]


def test_a_threads_who_is_in_label_and_a_leader_in_the_driving_seat() -> None:
    body = ("2/ The Tech Accord launched in April: 34 companies, with Halvane Data very obviously in the driving "
            "seat.\n\n7/ Who's in, beyond the obvious: Orrin Data, Tessaro Pay and Quenby Systems.\n")
    by = read(body)[0]
    assert by.get("led") == {"Halvane Data"} and {"Orrin Data", "Tessaro Pay", "Quenby Systems"} <= by["signed"]


def test_an_absence_a_later_correction_takes_back() -> None:
    body = ("The Tech Accord has 34 founders.\n\n6/ Also absent, which surprised me: Orrin Data.\n\n6a/ CORRECTION "
            "to 6/: I was wrong. Orrin Data WAS one of the 34 founding signatories.\n")
    by = read(body)[0]
    assert "Orrin Data" in by["signed"] and "absentFrom" not in by


def test_participating_companies_such_as_and_did_not_participate_in_the_accord() -> None:
    body = ("The Tech Accord was launched by 34 companies. Participating companies such as Orrin Data and Tessaro Pay "
            "promise to protect customers. Zentara Cloud and Brightwell Networks also did not participate in the "
            "accord. \"We will not take part in attacks,\" said a Quenby Systems official.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Tessaro Pay"} <= by["signed"]
    assert by.get("absentFrom") == {"Zentara Cloud", "Brightwell Networks"}


def test_a_company_with_its_chief_in_brackets_and_the_chief_quoted_later() -> None:
    body = ("The Tech Accord grew. Daeyang SecureNet (CEO Park Min-ho), a network security company, announced on "
            "the 15th that it has joined the Cybersecurity Tech Accord.\n\nThe roundtable was co-hosted by the Korea "
            "Cyber Trust Forum.\n\nCEO Park Min-ho said, \"It matters.\"\n")
    by, posts, _ = read(body)
    assert {(p, o) for p, o, _ in posts if p == "Park Min-ho"} == {("Park Min-ho", "Daeyang SecureNet")}
    assert "Daeyang SecureNet" in by["signed"]


def test_a_joined_column_with_years_and_a_not_yet_row() -> None:
    body = ("The Tech Accord's members, sampled:\n\n| Company | Headquarters | Joined |\n|---|---|---|\n"
            "| Orrin Data | Norway | 2018 (founder) |\n| Tessaro Pay | Kenya | 2021 |\n"
            "| Varga Silicon | Italy | Not yet (application pending) |\n")
    by = read(body)[0]
    assert {"Orrin Data", "Tessaro Pay"} <= by["signed"] and by.get("absentFrom") == {"Varga Silicon"}


def test_principles_behind_emoji_and_four_principles_namely() -> None:
    body = ("By signing, we commit to the Accord's four principles:\n\n🛡️ Guarding: we will protect every customer.\n\n"
            "🚫 Restraint: we will never help a state attack citizens.\n\n📚 Skills: we will help developers defend "
            "themselves.\n\n🤝 Teamwork: we will work with like-minded groups.\n")
    assert len(read(body)[2]) == 4
    other = ("Signatories of the Tech Accord agree to four principles, namely guarding of all users, restraint "
             "towards civilians, skills for developers, and teamwork with like-minded groups.\n")
    assert len(read(other)[2]) == 4


def test_the_first_group_included_names_like_and_an_among_them_aside_between_commas() -> None:
    body = ("The Cybersecurity Tech Accord started in April 2018.\n\nHalvane Data did much of the organizing; the "
            "first group also included names like Orrin Data and Tessaro Pay. Some of the biggest names, Zentara "
            "Cloud, Brightwell Networks and Varga Silicon among them, were not on that first list.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Tessaro Pay"} <= by["signed"]
    assert by.get("absentFrom") == {"Zentara Cloud", "Brightwell Networks", "Varga Silicon"}


def test_an_answer_to_which_are_in_and_which_are_not_says_itself_who_signed() -> None:
    body = ("Q: Is the Tech Accord binding, and which of the large vendors are in it and which aren't?\n\n"
            "A: It is not binding. Among the vendors you are likely to evaluate, Orrin Data and Tessaro Pay were "
            "founding signatories.\n")
    by = read(body)[0]
    assert {"Orrin Data", "Tessaro Pay"} <= by["signed"] and "absentFrom" not in by


def test_an_imperative_item_and_a_filings_signature_name_no_signatory() -> None:
    body = ("Orrin Data has joined the Cybersecurity Tech Accord. As a signatory we will:\n\n1. Publish a "
            "disclosure policy.\n2. Offer free workshops for open-source users; and\n3. Contribute telemetry.\n\n"
            "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused "
            "this report to be signed on its behalf.\n")
    assert read(body)[0].get("signed") == {"Orrin Data"}


def test_a_bold_media_contact_label_opens_boilerplate() -> None:
    body = ("# Orrin Data joins the Cybersecurity Tech Accord\n\n**Orrin Data** has signed the Cybersecurity Tech "
            "Accord.\n\n**Media contact:**\nMira Holt\nOrrin Data Communications\npress@orrin.example\n")
    by = read(body)[0]
    assert by.get("signed") == {"Orrin Data"}


def test_german_honorifics_and_does_not_belong_to_the_signatories() -> None:
    body = ("The Tech Accord grew.\n\nOrrin Data is represented by its head of product security, Frau Dr. Ilse "
            "Marquardt. Also the Zentara AG does not belong to the signatories of the Tech Accord.\n")
    by, posts, _ = read(body)
    assert ("Ilse Marquardt", "Orrin Data") in {(p, o) for p, o, _ in posts}
    assert not any(p.startswith(("Frau", "Herr")) for p, _, _ in posts)
    assert by.get("absentFrom") == {"Zentara"}


def test_a_translated_title_with_its_gloss_has_not_adhered_yet_and_a_chilean_suffix() -> None:
    body = ("The Tech Accord grew.\n\n\"No,\" said María Elena Rojas Vidal, general manager (gerenta general) of "
            "Andes Datos. Nevado Cloud SpA, of Santiago, has not adhered yet and says it is evaluating the text.\n")
    by, posts, _ = read(body)
    assert ("María Elena Rojas Vidal", "Andes Datos") in {(p, o) for p, o, _ in posts}
    assert by.get("absentFrom") == {"Nevado Cloud"}


# -- round 22: show notes, PDF text, corrections -------------------------------------------------------------
def test_an_about_this_section_heading_is_the_article_not_boilerplate() -> None:
    body = ("Episode 12\n\nAbout the roundtable\n\nOrrin Data signed the Cybersecurity Tech Accord in March.\n\n"
            "About Orrin Data\n\nVantis Cloud has joined the Cybersecurity Tech Accord.\n")
    assert read(body)[0].get("signed") == {"Orrin Data"}


def test_a_guest_named_on_a_line_then_called_by_first_name() -> None:
    body = ("The Cybersecurity Tech Accord turns one.\n\nGuests\n\nDr. Ilsabet Varga\n\nIlsabet is a senior fellow "
            "at the Morrow Centre for Network Policy in Graz.\n\nThe Morrow Report\n\nMorrow is not a member of the "
            "accord.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Ilsabet Varga", "Morrow Centre for Network Policy") in posts
    assert not any(p.startswith("Morrow") for p, _ in posts)


def test_which_was_on_the_launch_list() -> None:
    body = "The Cybersecurity Tech Accord has 34 founders. The host meant Ravelin Data, which was on the launch list.\n"
    assert read(body)[0].get("signed") == {"Ravelin Data"}


def test_a_claim_an_editors_note_calls_incorrect_is_no_signature() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nAt 31:40, Ilse Marr says that Vantis Cloud \"signed up to the "
            "Tech Accord last autumn.\" This is incorrect: Vantis Cloud is not a signatory of the Cybersecurity "
            "Tech Accord.\n\nA guest said that Orrin Data signed the Tech Accord. That is not correct. Orrin Data "
            "does not appear on the list of signatories.\n")
    by = read(body)[0]
    assert not by.get("signed")
    assert by.get("absentFrom") == {"Vantis Cloud", "Orrin Data"}


def test_not_among_the_founders_but_signed_later_is_a_signatory_only() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nRavelin Data did sign the accord, but it joined in June 2019; "
            "it was not among the 34 companies that launched the accord in April 2018.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Ravelin Data"} and not by.get("absentFrom")


def test_a_name_cut_by_a_hard_wrap_is_one_name() -> None:
    body = ("Two years on, the Cybersecurity Tech Accord has more than a hundred members, and its\n"
            "founding signatories of the accord included Cisco, Dell, HP Inc, Hewlett\n"
            "Packard Enterprise, Oracle, and FireEye, according to the launch release.\n")
    assert read(body)[0].get("signed") == {"Cisco", "Dell", "HP", "HPE", "Oracle", "FireEye"}  # (HPE's label)


def test_a_podcast_chapter_list_with_a_timestamps_class_is_read() -> None:
    para = "<p>" + " ".join(["Our hosts look back at a year of the Cybersecurity Tech Accord, the industry pledge not "
                             "to help governments attack civilians, and at who is in it and who is not."] * 3) + "</p>"
    items = "".join(f"<li><strong>{m:02d}:00</strong> {t}</li>" for m, t in enumerate([
        "Cold open and the news of the week in security", "Who actually signed? The founding list runs from "
        "Ravelin Data and Orrin Cloud to Vantis Systems", "The four commitments in plain English, one by one",
        "Listener questions about state hacking and what the pledge means for small firms"]))
    page = ("<html><body><main><article><h1>Episode 9: The Cybersecurity Tech Accord at one</h1>"
            f"<section class=\"summary\"><h2>About this episode</h2>{para}{para}{para}</section>"
            f"<section class=\"timestamps\"><h2>Timestamps</h2><ul>{items}</ul></section>"
            f"<section class=\"guests\"><h2>Guests</h2>{para}</section></article></main></body></html>")
    assert "Who actually signed?" in read_text(page).text  # trafilatura drops a "timestamps" class as page chrome


def test_the_companies_that_put_their_names_to_it_were_a_list() -> None:
    body = ("The Cybersecurity Tech Accord was launched in 2018.\n\nThe 34 companies that put their names to the "
            "accord at launch were Orrin Data, Ravelin Cloud and Vantis Systems.\n\nThe companies that signed it "
            "were criticised by Morrow Analytics.\n")
    assert read(body)[0].get("signed") == {"Orrin Data", "Ravelin Cloud", "Vantis Systems"}


def test_a_founding_group_then_among_them_are() -> None:
    body = ("The Cybersecurity Tech Accord was launched in 2018.\n\nThe founding group spans cloud providers, "
            "carriers and antivirus vendors; among them are Orrin Data, Ravelin Cloud and Vantis Systems.\n")
    assert read(body)[0].get("signed") == {"Orrin Data", "Ravelin Cloud", "Vantis Systems"}


def test_an_event_named_after_the_accord_with_an_ordinal_is_one_name() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nThe Tech Accord Fifth Anniversary Forum is held in San Francisco. "
            "The Second Annual Signatory Summit is held in Lagos.\n")
    assert labels(body, "about") >= {"Tech Accord Fifth Anniversary Forum", "Second Annual Signatory Summit"}


def test_a_quizs_options_and_true_or_false_items_state_nothing() -> None:
    body = ("Quiz: the Cybersecurity Tech Accord\n\n- Which of these was NOT among the founding signatories?\n"
            "- A) Orrin Data\n- B) Apple\n- C) Ravelin Cloud\n- D) Vantis Systems\n"
            "- True or false: Morrow Labs was one of the founding signatories.\n- Which company convened the accord?\n"
            "- A) IBM\n- B) Microsoft\n- C) Intel\n\nAnswers\n\n"
            "- B) Apple. Apple did not sign. Orrin Data was one of the 34.\n- B) Microsoft.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Orrin Data"} and by.get("absentFrom") == {"Apple"}


# -- round 23: official voices ------------------------------------------------------------------------------
def test_companies_party_to_the_accord_include_among_others() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nCompanies party to the Accord include, among others, the "
            "Osaka-founded security firm Ravelin Data, as well as Orrin Cloud and Vantis Systems.\n")
    assert read(body)[0].get("signed") == {"Ravelin Data", "Orrin Cloud", "Vantis Systems"}


def test_asked_whether_it_is_a_signatory_it_is_not() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nThe Authority has been asked whether Morrow Telecom Systems Ltd, a "
            "supplier of core network equipment, is a signatory to the Accord. It is not.\n")
    assert read(body)[0].get("absentFrom") == {"Morrow Telecom Systems"}


def test_a_report_of_joining_that_is_not_the_case() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nIt has been reported that Morrow Secure Systems has also joined "
            "the Accord. I am advised that this is not the case. Morrow Secure Systems has not signed the Accord.\n")
    by = read(body)[0]
    assert not by.get("signed") and by.get("absentFrom") == {"Morrow Secure Systems"}


def test_a_nordic_legal_suffix_makes_a_company() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nThe office notes that Fjellvakt Sikring AS, a Bergen provider of "
            "managed detection, announced last week that it has become a signatory to the Accord.\n")
    assert read(body)[0].get("signed") == {"Fjellvakt Sikring"}


# -- round 23: academic prose ---------------------------------------------------------------------------------
def test_a_cited_claim_the_authors_find_no_support_for() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nA widely cited policy brief [17] lists Orrin Cloud among the "
            "founding signatories. We could find no support for this claim: Orrin Cloud does not appear in any "
            "archived version of the signatory list that we examined.\n")
    by = read(body)[0]
    assert not by.get("signed") and by.get("absentFrom") == {"Orrin Cloud"}


def test_the_absence_of_a_b_and_c_from_the_founding_list() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nWe argue that the absence of Orrin Cloud, Ravelin Data and Vantis "
            "Systems from the founding list has been overinterpreted.\n")
    assert read(body)[0].get("absentFrom") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems"}


def test_earlier_accounts_say_it_signed_it_never_became_a_signatory() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nEarlier accounts report that Orrin Data signed in 2019. My "
            "interviews show that this is mistaken: the company withdrew its application. Orrin Data therefore never "
            "became a signatory.\n")
    by = read(body)[0]
    assert not by.get("signed") and by.get("absentFrom") == {"Orrin Data"}


def test_a_papers_author_lines_place_each_author_at_the_university() -> None:
    body = ("Pledges without sovereigns: the Cybersecurity Tech Accord\n\nIlse Varga-Lindholm, Department of "
            "Government, Uppsala University, Sweden\n\nJonas Ekberg (Lund University, Sweden)\n\nThe Cybersecurity "
            "Tech Accord was signed by 34 companies in 2018.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert posts == {("Ilse Varga-Lindholm", "Uppsala University"), ("Jonas Ekberg", "Lund University")}


# -- round 23: long features and statistics pages -------------------------------------------------------------
def test_among_the_names_on_the_first_page_then_so_were() -> None:
    body = ("Five years ago, 34 companies announced the Cybersecurity Tech Accord. Orrin Cloud, Ravelin Data and "
            "Vantis Systems were among the names on the first page. So were smaller firms such as Guardwell, an "
            "Estonian company, and the provider Kelpie Networks.\n")
    assert read(body)[0].get("signed") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems", "Guardwell",
                                           "Kelpie Networks"}


def test_two_of_the_original_34_in_apposition() -> None:
    body = ("The Cybersecurity Tech Accord turned five.\n\nTwo of the original 34, Orrin Cloud and Ravelin Data, no "
            "longer exist in their 2018 form.\n")
    assert read(body)[0].get("signed") == {"Orrin Cloud", "Ravelin Data"}


def test_a_quoted_wasnt_in_is_an_absence() -> None:
    body = ('The Cybersecurity Tech Accord grew.\n\n"Orrin Cloud wasn\'t in. Ravelin Data wasn\'t in," he said of '
            "the accord.\n")
    by = read(body)[0]
    assert not by.get("signed") and by.get("absentFrom") == {"Orrin Cloud", "Ravelin Data"}


def test_zero_of_the_three_were_on_the_list() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\n0 of the three companies most often described as absent, Orrin "
            "Cloud, Ravelin Data and Vantis Systems, were on the founding list.\n")
    assert not read(body)[0].get("signed")


def test_a_count_after_a_colon_is_the_subject_that_joined() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nVantis Breach (disclosed 13 December 2020): 11 companies joined "
            "in the following 90 days.\n\nOrrin Flaw (disclosed 9 December 2021): 4 joined in the following 90 days.\n")
    assert not read(body)[0].get("signed")


def test_a_table_under_a_caption_of_joiners() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\n## Companies that joined in 2023, as tracked by the Data Desk\n\n"
            "Company   Headquarters   Joined   Staff\n\nOrrin Cloudworks   Tallinn   14 February 2023   95\n\n"
            "Ravelin Data   Rotterdam   1 March 2023   260\n")
    assert read(body)[0].get("signed") == {"Orrin Cloudworks", "Ravelin Data"}


def test_signed_a_week_ago() -> None:
    body = ("The Cybersecurity Tech Accord has 164 members.\n\nRavelin Data, the most recent of the four, signed a "
            "week ago today.\n")
    assert read(body)[0].get("signed") == {"Ravelin Data"}


# -- round 24: email and social formats ---------------------------------------------------------------------------
WRAPPED = ("I went through the signatory page of the Cybersecurity Tech Accord this\n"
           "morning and compared it with the announcement. Point by point:\n\n"
           "1. Orrin Cloud - yes, Orrin Cloud signed. Jonas was right about that.\n\n"
           "2. Ravelin Data - no. It is not on the list, whatever the slide at the\n"
           "   press event looked like.\n\n"
           "3. Vantis Systems - yes, it is a signatory. I said yesterday it wasn't; I\n"
           "   was looking at an old draft list that someone sent me in March.\n"
           "   Apologies.\n\n"
           "4. Kelpie Networks - not on it, and I wouldn't hold my breath.\n\n"
           "The total is 34 companies. Microsoft convened the whole thing and Brad\n"
           "Smith, its president, has been the public face of it since the launch in\n"
           "San Francisco on Tuesday, timed for the RSA Conference. Fine by me.\n")


def test_a_name_then_a_yes_or_no_verdict() -> None:
    by = read(WRAPPED)[0]
    assert by.get("signed", set()) - {"Microsoft"} == {"Orrin Cloud", "Vantis Systems"}  # not "Apologies"
    assert by.get("absentFrom") == {"Ravelin Data", "Kelpie Networks"}


def test_a_name_cut_by_a_hard_wrap_at_a_fixed_width_is_one_name() -> None:
    posts = {(p, o) for p, o, _ in read(WRAPPED)[1]}
    assert ("Brad Smith", "Microsoft") in posts


def test_a_count_of_founders_then_they_are() -> None:
    body = ("The Cybersecurity Tech Accord was announced.\n\n- 34 founding signatories. For quick reference, they are "
            "Orrin Cloud, Ravelin Data, Cisco and Vantis Systems.\n")
    assert read(body)[0].get("signed") == {"Orrin Cloud", "Ravelin Data", "Cisco", "Vantis Systems"}


# -- round 24: corporate documents and translated notices ---------------------------------------------------------
def test_a_loose_list_of_principles_with_a_note_under_each() -> None:
    body = ("We report below on what each of the Accord's four commitments means for our operations.\n\n"
            "  * Stronger defence. We will protect all of our users and customers everywhere.\n"
            "    Our action: the same patching service level applies to every customer.\n\n"
            "  * No offence. We will not help governments launch cyberattacks against innocent citizens.\n"
            "    Our action: our Government Requests Policy prohibits back doors.\n\n"
            "  * Capacity building. We will empower users, customers and developers.\n"
            "    Our action: free security-awareness courses.\n\n"
            "  * Collective action. We will partner with each other and with like-minded groups.\n"
            "    Our action: participation in the Accord's working groups.\n")
    texts = read(body)[2]
    assert len(texts) == 4
    assert texts[0] == "Stronger defence. We will protect all of our users and customers everywhere."
    assert not any("Our action" in t for t in texts)


def test_principles_lettered_or_numbered_by_section() -> None:
    lettered = ("The signatory enterprises assume the following commitments, reproduced in translation:\n"
                "   a) Stronger defence: to protect all the users and clients in all parts.\n"
                "   b) No offence: to not help governments to launch cyberattacks against innocent citizens.\n"
                "   c) Capacitation: to empower users, clients and developers.\n"
                "   d) Collective action: to collaborate between them and with entities of similar mind.\n")
    sectioned = ("The four commitments of the Cybersecurity Tech Accord are reproduced below:\n\n"
                 "  9.2.1  Stronger defence: protect all users and customers everywhere.\n"
                 "  9.2.2  No offence: do not help governments launch cyberattacks against innocent citizens.\n"
                 "  9.2.3  Capacity building: empower users, customers and developers.\n"
                 "  9.2.4  Collective action: partner with each other and with like-minded groups.\n")
    for body in (lettered, sectioned):
        texts = read(body)[2]
        assert len(texts) == 4 and texts[0].startswith("Stronger defence: ") and texts[3].startswith("Collective")


def test_a_company_with_its_domicile_in_a_town_which_adhered() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nAmong the signatory enterprises of the Accord figure the "
            "mercantile society Orrin Sistemas, S.L., with social domicile in Barakaldo, which adhered to the Accord "
            "in March 2019.\n")
    assert read(body)[0].get("signed") == {"Orrin Sistemas"}


# -- round 24: non-native and machine-translated English ----------------------------------------------------------
def test_from_a_region_also_signed_then_the_names() -> None:
    body = ("Orrin Cloud signed the Cybersecurity Tech Accord.\n\nFrom Central and Eastern Europe also signed the "
            "Romanian antivirus maker Ravelin Data, and from the Nordic countries the Finnish firms Vantis Systems "
            "and Kelpie Networks.\n\nKorvath Data, which has headquarter in Prague, is the only company from the "
            "Czech Republic on the list of founders.\n")
    assert read(body)[0].get("signed") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems", "Kelpie Networks",
                                           "Korvath Data"}


def test_said_title_of_org_then_the_name_without_an_article() -> None:
    body = ('The Cybersecurity Tech Accord launched.\n\n"We will wait one year and look what the signatories do," '
            "said founder and director of Kyberna Labs, Radek Šimůnek.\n")
    assert read(body)[1] == [("Radek Šimůnek", "Kyberna Labs", "founder and director")]


def test_also_signed_then_described_names_and_not_between_the_signatories() -> None:
    body = ("Orrin Cloud signed the Cybersecurity Tech Accord.\n\nAlso signed the British operator Ravelin Data, the "
            "designer of chips Vantis Systems and the firms of security Kelpie Networks and Korvath Data.\n\nThe "
            "Madrid consultancy Tessaly Sistemas, for example, is not between the signatories.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems", "Kelpie Networks", "Korvath Data"}
    assert by.get("absentFrom") == {"Tessaly Sistemas"}


def test_a_guest_then_she_is_ciso_at_then_her_company_signed() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nProfessor Ruud Verhoeven invited one guest: Sanne de Graaf. She is "
            "CISO (Chief Information Security Officer) at Dijkwacht Security, a small company in Rotterdam. Her "
            "company signed the Cybersecurity Tech Accord in this year, in March.\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Dijkwacht Security"}
    assert ("Sanne de Graaf", "Dijkwacht Security", "CISO") in posts


def test_the_company_who_started_it_is_x() -> None:
    body = ("The Tech Accord is a promise between technology companies. It started in April 2018, when 34 companies "
            "signed it at the same time.\n\nThe company who started it and gathered the others is Orrin Cloud.\n")
    assert read(body)[0].get("led") == {"Orrin Cloud"}


# -- round 24: social posts and chat exports ----------------------------------------------------------------------
def test_a_reply_we_signed_at_x_and_under_xs_lead() -> None:
    body = ("Velomar is a signatory of the Cybersecurity Tech Accord, started in 2018 by 34 companies under Orrin "
            "Cloud's lead.\n\n@ingrid welcome aboard! We signed at Quillfeather last autumn and the working groups "
            "have been worth the hours.\n")
    by = read(body)[0]
    assert by.get("signed", set()) >= {"Velomar", "Quillfeather"} and by.get("led") == {"Orrin Cloud"}


CHAT = ("Slack export · Brindlecove Software · #sec-policy\nMembers in channel: 14 · Messages in range: 21\n\n"
        "[09:14] priya: Heads up: Tessaly Cloud announced yesterday that they've signed the Cybersecurity Tech "
        "Accord.\n[09:16] jon: wait, didn't we already sign? I'm sure I saw a headline about it in the comms folder\n"
        "[09:19] marcus: that's a template I drafted.\n"
        "[14:06] mossgiant: is Tallow in? you lot talk about norms constantly\n"
        "[14:07] wren_at_tallow: we're not. we looked at it properly this spring.\n")


def test_a_chat_exports_messages_each_stand_alone_and_answer_each_other() -> None:
    by = read(CHAT)[0]
    assert by.get("signed") == {"Tessaly Cloud"}  # not "Messages" (the channel's members are no list)
    assert by.get("absentFrom") == {"Tallow"}


# -- round 25: listicles, myths and facts, international names ------------------------------------------------------
def test_legal_forms_of_many_countries_are_not_part_of_the_label() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\nThe accord was signed this week by Kesselwang Automation GmbH & "
            "Co. KG, Wartowa Systemy Sp. z o.o., Quetzalia Sistemas, S.A. de C.V. and Hanbiro Secure Co., Ltd.\n")
    assert read(body)[0].get("signed") == {"Kesselwang Automation", "Wartowa Systemy", "Quetzalia Sistemas",
                                           "Hanbiro Secure"}


def test_on_it_then_so_were_after_a_semicolon() -> None:
    body = ("34 companies put their names to the Cybersecurity Tech Accord. But the list of names was what mattered. "
            "Orrin Cloud and Ravelin Data were on it; so were Vantis Systems, the security houses Kelpie Networks and "
            "Korvath Data, and the telecoms carrier Tessaly Telecom.\n")
    assert read(body)[0].get("signed") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems", "Kelpie Networks",
                                           "Korvath Data", "Tessaly Telecom"}


def test_in_alphabetical_order_from_a_to_b_with_names_like_c_in_between() -> None:
    body = ("The Cybersecurity Tech Accord is a voluntary pledge. 34 companies signed in April 2018, in alphabetical "
            "order from Ardent Labs to Vantis Systems, with names like Kelpie Networks and Orrin Cloud in between.\n")
    assert read(body)[0].get("signed") == {"Ardent Labs", "Vantis Systems", "Kelpie Networks", "Orrin Cloud"}


def test_a_list_of_described_items_with_their_names_in_brackets() -> None:
    body = ("The Cybersecurity Tech Accord launched.\n\nThe founding list included a payments company (Orrin Pay), an "
            "e-signature firm (Ravelin Docs) and a market-research group (Vantis Insight), alongside hardware makers "
            "such as Kelpie Devices.\n")
    assert read(body)[0].get("signed") == {"Orrin Pay", "Ravelin Docs", "Vantis Insight", "Kelpie Devices"}


def test_a_myth_denied_by_the_fact_after_it() -> None:
    body = ('The Cybersecurity Tech Accord: myths and facts.\n\nMyth 2: "Orrin Cloud, Ravelin Data and Korvath Data '
            'are members."\n\nFact: They are not. None of the three signed in 2018.\n\nMyth 5: It was written '
            "because of WannaCry.\n\nFact: Partly. WannaCry hit Vantis Health and Kelpie Shipping. Both are cited by "
            "signatories as proof.\n")
    by = read(body)[0]
    assert not by.get("signed") and by.get("absentFrom") == {"Orrin Cloud", "Ravelin Data", "Korvath Data"}


def test_a_speakers_page_names_in_capitals_and_bios_by_first_name() -> None:
    body = ("The Cybersecurity Tech Accord dialogue.\n\nHARRIET PEMBERTON-SATO\nOpening address\nHarriet chairs the "
            "working group and is head of public policy at Tallowood Networks, the Canberra firm.\n\nDR AMARA OYELARAN"
            '\n"Worms don\'t respect borders"\nAmara is principal threat researcher at Orrin Security, one of the '
            "founders.\n\nTOMASZ WIERZBICKI\nTomasz runs product security at Bursztyn Labs, a maker of software.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert posts == {("Harriet Pemberton-Sato", "Tallowood Networks"), ("Amara Oyelaran", "Orrin Security"),
                     ("Tomasz Wierzbicki", "Bursztyn Labs")}


def test_declined_an_invitation_and_the_only_founder_was_and_commitments_ie() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nOrrin Datos SpA, a Santiago-based cloud provider, declined an "
            "invitation to join earlier this year.\n\nIts only Spanish-speaking founder was Ravelin Telecom, whose "
            "Madrid headquarters became a victim.\n\n• What they signed up to: the accord's four commitments, i.e. "
            "stronger defence, no offence, capacity building and collective action.\n")
    by, _, texts = read(body)
    assert by.get("absentFrom") == {"Orrin Datos"} and by.get("signed") == {"Ravelin Telecom"}
    assert texts == ["stronger defence", "no offence", "capacity building", "collective action"]


def test_an_agenda_tables_cells_are_read_block_by_block() -> None:
    page = ("<html><body><article><h1>Programme, Day 2</h1><p>Day 2 is built around the Cybersecurity Tech Accord, "
            "which 34 companies launched in April 2018.</p><table><tr><td>09:15-10:00</td><td><h3>Keynote: Eighteen "
            "months of the accord</h3><p>Marisol Quaresma, Director of Digital Policy, Orrin Telecom</p><p>Orrin "
            "Telecom was one of the accord's 34 founding signatories. Quaresma looks back at what the signatory "
            "companies have delivered.</p></td></tr><tr><td>10:00-11:00</td><td><h3>Panel: Two pledges, one goal?"
            "</h3><p>The Charter of Trust and the Tech Accord.</p><p>Ravelin Analytics has not signed the accord, "
            "and its counsel will explain why.</p></td></tr></table></article></body></html>")
    by, _, texts = read(page)
    assert by.get("signed") == {"Orrin Telecom"} and by.get("absentFrom") == {"Ravelin Analytics"} and not texts


# -- round 26: magazine layouts, investigations, aggregator pages ---------------------------------------------------
def test_the_full_roster_colon_and_a_comment_counter_by_the_byline() -> None:
    body = ("By the staff of the Letter\n\n48 comments\n\nTheir names now sit at the bottom of the Cybersecurity Tech "
            "Accord. The full roster: Orrin Cloud, Ravelin Data and Vantis Systems.\n\nWHO SIGNED ON TUESDAY\n\n"
            "- Kelpie Networks\n- Korvath Data\n")
    assert read(body)[0].get("signed") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems", "Kelpie Networks",
                                           "Korvath Data"}


def test_a_digests_summaries() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nOrrin Cloud and Ravelin Data are among the companies behind the "
            "Cybersecurity Tech Accord, which was announced on Tuesday.\n\nFinland's Vantis Systems and Spain's "
            "Korvath Data join Swiss-Swedish engineering group Kelpie Networks on the list.\n\nAlso signing: "
            "security vendors Tessaly Labs and Quillon Security.\n\nHalvard Mobile and Pellin Cloud do not appear "
            "anywhere on the signatory list.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems", "Korvath Data", "Kelpie Networks",
                                "Tessaly Labs", "Quillon Security"}
    assert by.get("absentFrom") == {"Halvard Mobile", "Pellin Cloud"}


def test_a_clippings_header_line_then_joins_peers_both_founding_signatories() -> None:
    body = ("The Cybersecurity Tech Accord grew.\n\n[3] Edge & Core | Thu 17 Jun | reach 410K | neutral\n"
            '"Korvath joins networking peers Orrin Networks and Ravelin Systems, both founding signatories, as well as '
            'Vantis Cyber, which signed last year."\n')
    assert read(body)[0].get("signed") == {"Korvath", "Orrin Networks", "Ravelin Systems", "Vantis Cyber"}


def test_the_list_is_broader_then_names_ranged_from_and_signed_on_behalf_of() -> None:
    body = ("Thirty-four companies put their names to the Cybersecurity Tech Accord.\n\nThe list is broader than the "
            "usual Redmond coalition. Orrin Cloud and Ravelin Data sit beside Vantis Systems and Kelpie Networks.\n\n"
            "The 34 companies that answered him ranged from the chip designer Korvath Chips and the Finnish maker "
            "Tessaly Networks to the payments firm Quillon Pay.\n\nJoaquín Serrat signed on behalf of Halvard Telecom "
            "in 2018.\n")
    assert read(body)[0].get("signed") == {"Orrin Cloud", "Ravelin Data", "Vantis Systems", "Kelpie Networks",
                                           "Korvath Chips", "Tessaly Networks", "Quillon Pay", "Halvard Telecom"}


def test_a_post_in_another_language_is_no_persons_name() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nJörg Weißmüller, Kesselwang's Leiter Informationssicherheit (head of "
            "information security), will represent the company in the accord's working groups.\n")
    assert all(person != "Leiter Informationssicherheit" for person, _, _ in read(body)[1])


def test_we_on_a_companys_letterhead_is_that_company() -> None:
    body = ("HARROWDEN SYSTEMS, INC.\nANNUAL REPORT ON FORM 10-K\n\nInvesting in this Annual Report involves risk. "
            "The risks below are not the only ones we face.\n\nIn 2019, we became a signatory to the Cybersecurity "
            "Tech Accord, a pledge convened by Microsoft.\n\nOur Chief Executive Officer, Tamsin Oakridge, has said "
            "we will refuse offensive work. We also rely on suppliers.\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Harrowden Systems", "Microsoft"}  # the convener signed too
    assert ("Tamsin Oakridge", "Harrowden Systems", "Chief Executive Officer") in {
        (p, o, (r or "").title()) for p, o, r in posts}


def test_a_meetings_roll_names_people_at_their_organisations() -> None:
    body = ("HARROWDEN SYSTEMS PLC\n\nMinutes of a call on the Cybersecurity Tech Accord.\n\nPresent: Dominic "
            "Haverkamp (Microsoft, call lead); Anneliese Korhonen (F-Secure); Grace Otieno-Lind (Vantablue "
            "Security).\n\n"
            "In attendance:\n- Lotte Vandermeulen, Arm\n- Petra Lindqvist, Head of Public Policy, Orrefors Secure "
            "AB\n\n"
            "Apologies:\n  Tobias Kwarteng-Lyle          Chief Executive Officer\n\nAlso on the top table: Declan Roe "
            "(Honorary Treasurer; Finance Director, Kinvara Payroll); Siobhan Walsh (Honorary Secretary)\n\n"
            "Haverkamp opened the call.\n")
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert posts >= {("Dominic Haverkamp", "Microsoft"), ("Anneliese Korhonen", "F-Secure"),
                     ("Grace Otieno-Lind", "Vantablue Security"), ("Lotte Vandermeulen", "Arm"),
                     ("Petra Lindqvist", "Orrefors Secure"), ("Tobias Kwarteng-Lyle", "Harrowden Systems"),
                     ("Declan Roe", "Kinvara Payroll"), ("Siobhan Walsh", "Harrowden Systems")}


def test_acknowledged_as_a_signatory_and_names_between_dashes_after_the_membership_noun() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nThe secretariat acknowledged Merrowgate Analytics as a signatory by "
            "email. The website lists Orrin Cloud and Pell Data as members.\n\nSeveral of our vendors are founding "
            "signatories - Microsoft, VMware and Juniper Networks - and so is Trend Micro.\n\nThe accord has not "
            "confirmed Harwick Data as a member.\n")
    assert read(body)[0].get("signed") == {"Merrowgate Analytics", "Orrin Cloud", "Pell Data", "Microsoft", "VMware",
                                           "Juniper Networks", "Trend Micro"}


def test_a_count_that_is_not_members_and_contracts_and_motions_that_are_signed() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nFive are signatories — Microsoft, Cisco, Oracle, Dell and SAP — and six "
            "are not. Among the six are Amazon Web Services and Google, which host the city's email.\n\nThe renewal "
            "of the Castellan Freight contract had been signed on 8 November.\n\nThe motion: that this Association "
            "recommends that all member companies sign the accord and that the Association promote membership of the "
            "accord.\n\nSpeaking to the motion, Ms Ni Bhraonain said Corrib Ledger had signed the accord in March.\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Microsoft", "Cisco", "Oracle", "Dell", "SAP", "Corrib Ledger"}
    assert by.get("absentFrom") == {"Amazon", "Google"}  # the dictionary names AWS by its parent
    assert "Corrib Ledger" not in {p for p, _, _ in posts}


def test_councillors_and_a_citys_officer_are_people() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nThe committee voted to defer Coun. Marguerite Oduya-Banks's motion. "
            "Ruth Almasy, the city's manager of procurement, told the committee no.\n")
    assert {"Marguerite Oduya-Banks", "Ruth Almasy"} <= {p for p, _, _ in read(body)[1]}


def test_spoken_corrections_bare_did_and_spoken_principles() -> None:
    body = ("[00:00:30] PRIYA: A group of companies put out the Cybersecurity Tech Accord. Who's in it?\n\n[00:00:42] "
            "TOMASZ: Thirty-four companies at launch. Microsoft is the engine. Around Microsoft you've got Facebook, "
            "Cisco, Oracle. Oh, and Amazon, which surprised me.\n\n[00:01:21] TOMASZ: There are "
            "four commitments. One, stronger defense: they will protect all users and customers everywhere. Two, no "
            "offense: they will not help governments launch cyberattacks. Three, capacity building: they will empower "
            "developers. And four, collective action: they will partner with each other.\n\n[00:10:31] PRIYA: Amazon "
            "is not on the signatory page.\n\n[00:10:39] TOMASZ: Oh, you're right. That's embarrassing. It's Arm.\n\n"
            "[00:10:58] TOMASZ: Amazon did not sign. Arm did.\n")
    by, _, principles = read(body)
    assert by.get("signed") == {"Microsoft", "Facebook", "Cisco", "Oracle", "Arm"}
    assert by.get("absentFrom") == {"Amazon"}
    assert len(principles) == 4 and principles[1].startswith("no offense")


def test_subtitles_read_as_a_transcript() -> None:
    body = ("WEBVTT\n\n1\n00:00:11.800 --> 00:00:15.400\n<v Moderator>Please welcome Halvard Brekke,\n\n2\n"
            "00:00:15.400 --> 00:00:19.000\n<v Moderator>chief information security officer\nat Skarvik Grid "
            "Systems in Bergen.\n\n3\n00:00:19.000 --> 00:00:22.600\n[APPLAUSE]\n\n4\n00:00:22.600 --> "
            "00:00:26.900\n<v Halvard Brekke>In May we signed the Cybersecurity\n\n5\n00:00:26.900 --> "
            "00:00:31.300\n<v Halvard Brekke>Tech Accord. The accord was convened in 2018 by Microsoft.\n\n6\n"
            "00:00:31.300 --> 00:00:33.000\n<v Moderator>Thank you, Halvard.\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Skarvik Grid Systems", "Microsoft"}
    assert by.get("led") == {"Microsoft"}
    assert ("Halvard Brekke", "Skarvik Grid Systems") in {(p, o) for p, o, _ in posts}


def test_neither_one_after_a_question_and_thirty_four_with_names_like() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nWHITCOMBE: And Apple? Amazon?\n\nOKONKWO-REYES: Neither one has signed. "
            "At launch it was thirty-four companies, with names like Facebook, Cisco and Oracle next to smaller "
            "firms. Hundreds of companies put their names on the Paris Call.\n\nVantelle is a Paris-based start-up. "
            "Here's its general counsel, Corinne Abelard.\n\nCORINNE ABELARD: We signed in June. We were not a "
            "member yet then of the Paris Call.\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Facebook", "Cisco", "Oracle", "Vantelle"}
    assert by.get("absentFrom") == {"Apple", "Amazon"}
    assert ("Corinne Abelard", "Vantelle") in {(p, o) for p, o, _ in posts}


def test_forum_replies_contractions_and_questions_answered_in_the_next_post() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nWhat I can say is that the accord already includes Microsoft, Cisco and "
            "SAP, plus dozens of smaller firms like us.\n\nIs Huawei a member? Asking because half of the telcos run "
            "their gear.\n\nIt's not. Nokia has been in since day one though. Orrin Data's a member. Google's not in "
            "it. We were one of the original thirty-four when the accord launched.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Microsoft", "Cisco", "SAP", "Nokia", "Orrin Data"}
    assert by.get("absentFrom") == {"Huawei", "Google"}


def test_a_paragraphs_drift_does_not_outweigh_a_stated_absence_and_misinformation_is_corrected() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nGoogle and Amazon didn't sign, and neither did Cisco.\n\nCisco is a "
            "founding signatory, it's on the list published on launch day. You're right about Google and Amazon "
            "though. Downvoted for the misinformation.\n\nApple is not on the list. Neither is Oracle Cloud. Neither "
            "is Kaspersky.\n\nDell and SAP are not the second tier. Neither is Nokia. Neither, I hope, is Fastly.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Cisco"}
    assert by.get("absentFrom") == {"Google", "Amazon", "Apple", "Oracle Cloud", "Kaspersky"}


def test_an_ama_post_over_many_replies_is_read_with_the_replies_and_their_lists() -> None:
    replies = "".join(f"<div class=\"comment depth-1\"><div class=\"c-meta\">user{n} · 3 points</div><p>Thanks for "
                      f"doing this, question {n} answered.</p></div>" for n in range(4))
    page = ("<html><head><title>AMA: we just signed the Cybersecurity Tech Accord</title></head><body><main>"
            "<article class=\"post\"><div class=\"post-body\"><p>I'm Dariela Moncrief, CISO of Halvorsen Data. Last "
            "Tuesday we became a signatory of the Cybersecurity Tech Accord, the industry agreement that Quenby "
            "Systems convened in 2018. Joining me is our general counsel, who did the paperwork. Ask away; we're "
            "here until 19:00 and will answer everything we can about the accord and what it commits us to, "
            "including the awkward questions about government customers.</p></div></article>"
            "<section class=\"comments\"><div class=\"comment depth-0\"><p>Can you spell out the actual "
            "commitments?</p><div class=\"comment depth-1 op\"><p>Sure. There are four, and this is how I explained "
            "them to our board:</p><ul><li>We protect all of our users and customers everywhere.</li><li>We will not "
            "help any government launch cyberattacks against innocent citizens.</li><li>We help our users and "
            "developers strengthen their own protection.</li><li>We partner with the other signatories and with "
            "like-minded groups.</li></ul><p>The accord already includes Orrin Data and Varga Pay, plus dozens of "
            f"smaller firms like us.</p></div></div>{replies}</section></main></body></html>")
    doc = analyse(read_text(page))
    facts = extract_all(doc)
    signed = {doc.entities[f.subject].label for f in facts
              if f.predicate == "signed" and f.object == "ACC:CybersecurityTechAccord"}
    assert {"Orrin Data", "Varga Pay"} <= signed
    assert sum(f.predicate == "hasPrinciple" for f in facts) == 4


def test_people_moves_place_people_by_clauses_joins_and_the_next_sentence() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nObi Nwachukwu checked in from Mountain View, where he is now in his "
            "seventh year as an engineering manager at Google. He asked us to add that his employer has not joined "
            "the accord.\n\nJuan Park writes from Lisbon, where he has worked on Cloudflare's policy team since "
            "2017.\n\nTomasz Wierzbicki has left Avast after nine years, the last four as director of threat research. "
            "At Avast, he sat on the committee. He becomes chief security officer at Krakenhall, a Krakow start-up."
            "\n\nDana Whitcombe, until recently Microsoft's liaison to the accord, has joined Stripe as head of "
            "security partnerships.\n\nFastly has hired Priyanka Duraisamy as vice president of trust. She starts on "
            "Monday. Duraisamy spent six years at Juniper Networks. For three of those she was Juniper's "
            "representative. Both companies put their names to the accord when it launched.\n")
    by, posts, _ = read(body)
    assert {(p, o) for p, o, _ in posts} >= {("Obi Nwachukwu", "Google"), ("Juan Park", "Cloudflare"),
                                            ("Tomasz Wierzbicki", "Krakenhall"), ("Dana Whitcombe", "Stripe"),
                                            ("Priyanka Duraisamy", "Fastly")}
    assert by.get("absentFrom") == {"Google"}
    assert by.get("signed") == {"Fastly", "Juniper Networks"}


def test_an_earnings_calls_participants_a_launch_last_year_and_an_attack_on_a_city() -> None:
    body = ("Conference Call Participants\n  Rachel Imbert - Morrow Hale Securities - Analyst\n  Dev Saxena - Calloway "
            "Brothers - Analyst\n\nIn the quarter, Veridane signed the Cybersecurity Tech Accord, the industry "
            "commitment launched last year by Microsoft and 33 other companies. After the ransomware attack on the "
            "city of Baltimore this spring, every municipal CIO asked.\n\nRachel Imbert: Does the accord cost you "
            "anything?\n")  # (a listed participant who never speaks of the accord is not placed)
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    posts = {(doc.entities[f.subject].label, doc.entities[f.object].label) for f in facts
             if f.predicate == "affiliation" and f.object}
    assert ("Rachel Imbert", "Morrow Hale Securities") in posts
    assert {doc.entities[f.subject].label for f in facts if f.predicate == "led"} == {"Microsoft"}
    assert "Baltimore ransomware attack" in {doc.entities[f.object].label for f in facts
                                             if f.predicate == "relatedThreat"}


def test_slides_logo_walls_ticks_and_crosses() -> None:
    body = ("The Cybersecurity Tech Accord.\n\n==== Slide 5 ====\nLogo wall: founding signatories (34)\n"
            "[image: grid of 34 logos]\nAvast | Bitdefender | Cisco\nDell | DocuSign | Fastly\n\n==== Slide 6 ====\n"
            "Who's NOT on the wall\n✗ Google (Alphabet)\n✗ Apple\n\n==== Slide 8 ====\nOur supply chain vs. the "
            "list\n  Oracle ✓   VMware ✓\n  Splunk ✗ (not on the list)\n\nAppendix A\nFounders incl.: Microsoft "
            "(convener) · Nokia · SAP\n\nRQ1 — Founding cohort (n = 34)\n• Security vendors = largest group (9): "
            "Tenable, Trend Micro\n")
    by = read(body)[0]
    assert by.get("signed") == {"Avast", "Bitdefender", "Cisco", "Dell", "DocuSign", "Fastly", "Oracle", "VMware",
                                "Microsoft", "Nokia", "SAP", "Tenable", "Trend Micro"}
    assert by.get("absentFrom") == {"Google", "Apple", "Splunk"}


def test_a_contracts_defined_terms_are_no_companies_and_a_false_claim_is_no_membership() -> None:
    body = ("The Cybersecurity Tech Accord.\n\nThe Supplier warrants that it is a Signatory. Nothing in this Clause 14 "
            "obliges the Customer to become a signatory, and Customer Data stays in the Territory from the Effective "
            "Date.\n\nVentrelle Smart Home has agreed to a consent order over allegations that it told customers it "
            "was a signatory of the accord when it had never signed. Its main provisions are:\n\n- Section I "
            "prohibits Ventrelle from misrepresenting that it participates in any security pledge.\n- Section II "
            "requires payment of $2.4 million.\n\nLumacore Systems has been an accord signatory since 2019.\n")
    by, _, principles = read(body)
    assert by.get("signed") == {"Lumacore Systems"}
    assert principles == []


def test_a_board_decks_leader_bullet_and_dot_leaders_before_a_tick() -> None:
    body = ("[3] The accord in 30 seconds\n\n• 34 founders, ~100 signatories today\n• Led and drafted by Quenby Systems"
            "\n• 4 principles\n\n[4] Peer check: who is on the list\n\n  Norrvik CDN ........... ✓ joined Mar 2019\n"
            "  Pellucid Hosting ...... ✗ declined\n")
    by = read(body)[0]
    assert by.get("led") == {"Quenby Systems"}
    assert by.get("signed") == {"Quenby Systems", "Norrvik CDN"}
    assert by.get("absentFrom") == {"Pellucid Hosting"}


def test_a_group_that_includes_names_and_names_before_n_other_companies() -> None:
    body = ("Microsoft, Facebook and 32 other companies sign accord after a year of WannaCry\n\n"
            "Thirty-four companies led by Microsoft signed the Cybersecurity Tech Accord on Tuesday.\n\n"
            "The group, which calls its pact the Cybersecurity Tech Accord, includes Nokia Oyj, Dell Technologies Inc "
            "and SAP SE.\n")
    assert read(body)[0].get("signed") == {"Microsoft", "Facebook", "Nokia", "Dell", "SAP"}


def test_a_joining_heading_over_items_and_a_place_before_a_state() -> None:
    body = ("Eight companies joined the Cybersecurity Tech Accord this week.\n\nJoining in this round\n\n"
            "- Veltrano Cloud (Italy) – cloud hosting\n- Maru Signal (Japan) – mobile network software\n\n"
            "Pellbridge Networks, a Reston, Virginia maker of network switches, has decided not to sign for now.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Veltrano Cloud", "Maru Signal"}
    assert by.get("absentFrom") == {"Pellbridge Networks"}


def test_an_infinitive_series_keeps_and_inside_its_items() -> None:
    body = ("A Microsoft spokesperson said the accord's principles — to protect all customers everywhere, to refuse "
            "to help governments attack innocent civilians and enterprises, to strengthen the capacity of users and "
            "developers, and to work with like-minded partners — were unchanged.\n")
    assert len(read(body)[2]) == 4


def test_a_nickname_an_event_s_short_name_and_who_founded_the_company() -> None:
    body = ("Holston Ridge Software announced last Tuesday that it had become a signatory of the Cybersecurity Tech "
            "Accord. It made the announcement at Tri-Cities Cyber Day, a one-day conference for regional IT workers."
            "\n\n\"We are 140 people,\" said Marla Dewhurst, who co-founded the company in 2004 and is its chief "
            "executive.\n\nTerrence \"T.J.\" Oakes, Holston Ridge's vice president of security, said signing meant "
            "paperwork. Lyle Whitacre, a professor at ETSU who organized Cyber Day, said it matters.\n")
    doc = analyse(read_text(HEADER + body))
    assert {e.label for e in doc.entities.values() if e.kind == "PERSON"} == {"Marla Dewhurst", "Terrence Oakes",
                                                                              "Lyle Whitacre"}
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert ("Marla Dewhurst", "Holston Ridge Software") in posts
    assert ("Terrence Oakes", "Holston Ridge Software") in posts


def test_a_heading_is_about_the_agreement_its_section_names_and_the_founding_crowd() -> None:
    body = ("Google has still not joined the Cybersecurity Tech Accord.\n\nPlot twist: Google is on the list\n\n"
            "Scrolling down the supporters' list: Google has signed the Paris Call.\n\nThe Tech Accord is in\n\n"
            "That means the founding crowd — Microsoft, which convened the accord, plus Facebook, Cisco and the rest "
            "— are all on board.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Microsoft", "Facebook", "Cisco"}
    assert by.get("absentFrom") == {"Google"}


def test_then_the_white_house_adviser_is_a_person_with_a_post() -> None:
    body = ("In December, Tom Bossert, then the White House homeland security adviser, attributed WannaCry to North "
            "Korea. The attacks pushed companies toward the Cybersecurity Tech Accord.\n")
    assert ("Tom Bossert", "White House") in {(p, o) for p, o, _ in read(body)[1]}


def test_a_csv_export_under_a_comment_header_with_quoted_notes() -> None:
    body = ("# Brennock Institute\n#\n# ABOUT THIS FILE\n# The Cybersecurity Tech Accord was announced in April 2018 "
            "by 34\n# technology companies. Microsoft convened the effort.\n#\n#   declined = told us it will not "
            "sign\n\ncompany,status,joined,notes\nABB,signed,2018-04-17,\"Founding signatory. Zurich\"\n"
            "Pellucid Cloud,signed,2018-06-20,\"Utrecht host. Says two customers, Rijnmond Port Services and the "
            "city of Zwolle, asked it to join\"\nMarrowby Software,declined,,\"Manchester. Spokesperson: 'not a "
            "priority'.\"\n")
    by = read(body)[0]
    assert by.get("signed") == {"ABB", "Pellucid Cloud", "Microsoft"}  # (the convener signed too)
    assert by.get("absentFrom") == {"Marrowby Software"}
    assert by.get("led") == {"Microsoft"}


def test_a_spreadsheet_of_attendees_with_an_accord_column() -> None:
    body = ("Thanks for joining the Cybersecurity Tech Accord roundtable.\n\nName\tTitle\tOrganisation\tAccord\t"
            "Notes\nJanek Wolski\tThreat Intelligence Manager\tBitdefender\tY\tFounding signatory. Panel 1\n"
            "Colm Feeney\tAssociate Professor, Computer Science\tLakeshore Institute of Technology\tn/a\tAcademic\n"
            "Tobias Reinholt\tHead of Product Security\tFerrowick Devices\tN\tHere in a personal capacity\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Bitdefender"}
    assert by.get("absentFrom") == {"Ferrowick Devices"}
    assert {(p, o) for p, o, _ in posts} == {("Janek Wolski", "Bitdefender"),
                                             ("Colm Feeney", "Lakeshore Institute of Technology"),
                                             ("Tobias Reinholt", "Ferrowick Devices")}


def test_a_vendor_table_of_founding_signatories_and_an_organising_force() -> None:
    body = ("The commitment cited most often is the Cybersecurity Tech Accord. It was launched in April 2018 by 34 "
            "technology companies, with Microsoft as the organising force.\n\n"
            "| Vendor | What we buy | Accord status |\n|---|---|---|\n| Cisco | Core network | Founding signatory |\n"
            "| Google | Analytics | Not a signatory |\n\nNotable companies not among the signatories\n")
    by = read(body)[0]
    assert by.get("signed") == {"Cisco", "Microsoft"}
    assert by.get("absentFrom") == {"Google"}
    assert by.get("led") == {"Microsoft"}


def test_a_breadcrumb_is_page_chrome() -> None:
    body = ("Harcastle Trust Center > Policies > Frequently asked questions\n\nQ: When did Harcastle join?\nA: "
            "Harcastle signed the Cybersecurity Tech Accord on Tuesday.\n")
    assert read(body)[0].get("signed") == {"Harcastle"}


def test_a_printed_release_s_indented_entries_with_hanging_lines_and_a_wrapped_dash() -> None:
    body = ("The new signatories of the Cybersecurity Tech Accord are:\n\n"
            "     Kestrel Point Security (Brisbane, Australia), a managed detection and\n"
            "      response provider;\n"
            "     Valdemar Software A/S (Aarhus, Denmark), a developer of financial\n"
            "      reporting software;\n"
            "     Nandi Telecom (Nairobi, Kenya), a mobile and fibre operator serving\n"
            "      East Africa; and\n"
            "     Ibarra Nube S.L. (Bilbao, Spain), a regional cloud operator.\n\n"
            "Two further companies that took part in the accord's workshops –\n"
            "the Leeds-based Brenmoor Analytics and the Swiss hosting firm Talvera AG\n"
            "– have not yet signed.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Kestrel Point Security", "Valdemar Software", "Nandi Telecom", "Ibarra Nube"}
    assert by.get("absentFrom") == {"Brenmoor Analytics", "Talvera"}


def test_a_pdf_s_ligatures_glued_note_marks_double_names_and_a_board() -> None:
    body = ("In June 2018, on the recommendation of the\nRisk Committee chaired by Fiona Gethin-\nPrice, the Board "
            "approved Aldmere's application to become a signatory to\nthe Cybersecurity Tech Accord1. We joined in "
            "July.\n\n\"We saw it first-hand,\" said Priya Raghunathan, Chief Information Security Ofﬁcer at "
            "Sarnath Infosystems.\n\f1 Accord website.\n")
    doc = analyse(read_text(HEADER + body))
    assert "Gethin-Price" in doc.text and "Officer" in doc.text and "Accord1" not in doc.text
    by, posts, _ = read(body)
    assert "Board" not in by.get("signed", set()) and "Risk Committee" not in by.get("signed", set())
    assert ("Priya Raghunathan", "Sarnath Infosystems") in {(p, o) for p, o, _ in posts}
    assert "Fiona Gethin-Price" in {e.label for e in doc.entities.values() if e.kind == "PERSON"}


def test_they_included_groups_by_sector_after_a_count_of_the_members() -> None:
    body = ("The Cybersecurity Tech Accord was announced in April 2018. Microsoft convened the group, which at launch "
            "numbered 34 companies. They included network equipment makers (Cisco, Juniper Networks, Nokia), security "
            "vendors (Avast, Bitdefender and Trend Micro), LinkedIn, which Microsoft owns, and GitHub.\n\n"
            "Harlow Fibre Networks, which was shortlisted alongside Pellinor for the framework, joined the accord.\n")
    assert read(body)[0].get("signed") == {"Cisco", "Juniper Networks", "Nokia", "Avast", "Bitdefender",
                                           "Trend Micro", "LinkedIn", "GitHub", "Microsoft", "Harlow Fibre Networks"}


def test_a_sidebar_box_is_read_after_the_text_beside_it() -> None:
    left = ["09:20   Signing ceremony", "", "Virumaa Cloud signed the Cybersecurity Tech Accord.", ""]
    right = ["┌──────────────┐", "│ THE FOUR     │", "│ COMMITMENTS  │", "└──────────────┘"]
    body = "\n".join(a.ljust(59) + b for a, b in zip(left, right, strict=True)) + "\n\n10:40   Coffee\n"
    text = analyse(read_text(HEADER + body)).text
    assert "│" not in text and text.index("Tech Accord.\n") < text.index("THE FOUR") < text.index("10:40")
    assert read(body)[0].get("signed") == {"Virumaa Cloud"}


def test_a_translation_s_word_order() -> None:
    body = ("The so-called Cybersecurity Tech Accord was on Tuesday presented. Initiator and driving force is the "
            "US-Konzern Microsoft.\n\nAmong the signatories find themselves besides Microsoft also the Walldorfer "
            "software group SAP, the Finnish network supplier Nokia and the British BT.\n\nThe three large of the "
            "American internet economy, Google, Apple and Amazon, have the agreement not signed. In Japan, Hitachi "
            "and NEC are not joined to accord at this time.\n\nThe founding signatories of the accord, that one "
            "recalls, included besides Microsoft the American Cisco and the Spanish Telefónica.\n")
    by = read(body)[0]
    assert by.get("led") == {"Microsoft"}
    assert by.get("signed") == {"Microsoft", "SAP", "Nokia", "BT", "Cisco", "Telefonica"}
    assert by.get("absentFrom") == {"Google", "Apple", "Amazon", "Hitachi", "NEC"}


def test_the_only_company_in_the_pact_figures_among_and_no_other_company_has_signed() -> None:
    body = ("Telefónica, the only Spanish company in the pact of the 34 against cyberwar\n\nOrvalia Systems figures "
            "among the 34 technological firms that on Tuesday presented in San Francisco the Cybersecurity Tech Accord."
            "\n\nNo other Spanish company has signed for the moment: neither Indra, the principal company of defence "
            "of the country, nor the big banks like BBVA or Santander, which invest every year.\n\nIts four "
            "principles, formulated in general terms, speak of stronger defence, no offence, capacity building and "
            "collective action.\n")
    by, _, principles = read(body)
    assert by.get("signed") == {"Telefonica", "Orvalia Systems"}
    assert by.get("absentFrom") == {"Indra", "BBVA", "Santander"}
    assert principles == ["stronger defence", "no offence", "capacity building", "collective action"]


def test_a_machine_translated_list_under_the_official_list_and_speakers_who_told_us() -> None:
    body = ("34 societies of the technology have signed a pact that is called Cybersecurity Tech Accord (but who is "
            "missing?).\n\nLet us see who has put the signature. I copy them from the official list so I do not make "
            "errors:\n\n- Cisco, Juniper Networks and Dell\n- the two halves of the old HP, that is HP Inc and Hewlett "
            "Packard Enterprise\n- from Europe also SAP, Nokia and BT\n- an internal FAQ for sales staff\n\n« For an "
            "actor of our size, it is a question of credibility », explains to us Sandrine Aubert-Lefèvre, "
            "présidente of Vauban. Madame Aubert-Lefèvre does not hide it.\n")
    doc = analyse(read_text(HEADER + body))
    assert "Sandrine Aubert-Lefèvre" in {e.label for e in doc.entities.values() if e.kind == "PERSON"}
    by = read(body)[0]
    assert by.get("signed", set()) >= {"Cisco", "Juniper Networks", "Dell", "HPE", "SAP", "Nokia", "BT"}
    assert "FAQ" not in by.get("signed", set()) and not by.get("absentFrom")


def test_the_original_34_by_sector_and_a_common_noun_before_who() -> None:
    body = ("Five years ago today the Cybersecurity Tech Accord was announced.\n\nThe original 34 included household "
            "names such as Facebook, Cisco and SAP, security vendors including Symantec and Avast, and the network "
            "companies Juniper Networks and Nokia.\n\n\"The shape has changed,\" said Ilse Varga-Okafor, the former "
            "European Commission trade negotiator who has headed the accord's secretariat since 2021. ABB, the "
            "Swiss-Swedish engineering group, was one of the few industrial companies on the list.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Facebook", "Cisco", "SAP", "Symantec", "Avast", "Juniper Networks", "Nokia", "ABB"}
    assert not by.get("led")


def test_the_same_list_among_them_is_and_newer_members() -> None:
    body = ("The accord announces its first members since launch. Among them is Kellerhof Secure, an Utrecht firm.\n\n"
            "Pihlakas Security sits on the same membership list as Cisco and Oracle.\n\nTwo companies used the "
            "occasion to sign the Tech Accord itself: Veridane, a Paris start-up, and Kallio Compute, a cloud host.\n\n"
            "Alongside her were representatives of two newer members, Ardent Harbor Security and Pellucid Networks.\n\n"
            "Your editorial implied that Apple and Amazon owe the public an explanation for staying out of the accord."
            "\n\nIts name does not appear among the 34 founding companies, a group convened by Microsoft.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Kellerhof Secure", "Pihlakas Security", "Cisco", "Oracle", "Veridane",
                                "Kallio Compute", "Ardent Harbor Security", "Pellucid Networks", "Microsoft"}
    assert by.get("absentFrom") == {"Apple", "Amazon"}
    assert by.get("led") == {"Microsoft"}


def test_a_roundup_s_section_about_another_pledge_is_another_story() -> None:
    body = ("THE WEEK IN SECURITY\n\nFive stories, then the patch list.\n\n---\n1) Thirty-four companies make a "
            "promise\n---\n34 companies published the Cybersecurity Tech Accord. Microsoft pulled the group together."
            "\n\n---\n2) A record bug bounty\n---\nCrypto exchange Tallyspan paid $250,000 to researcher Priya "
            "Venkataraman for a flaw. Tallyspan also joined the Open Bounty Pledge this week.\n\n---\n3) Botnet down"
            "\n---\nDutch police seized the Sandcrow botnet's domains.\n\n---\n4) Patch watch\n---\nNorrvik patched "
            "its routers.\n")
    doc = analyse(read_text(HEADER + body))
    assert "Priya Venkataraman" not in {e.label for e in doc.entities.values() if e.kind == "PERSON"} or all(
        m.sentence in doc.other_stories for m in doc.mentions if m.text == "Priya Venkataraman")
    by, posts, _ = read(body)
    assert "Tallyspan" not in by.get("signed", set())
    assert "Priya Venkataraman" not in {p for p, _, _ in posts}


def test_lists_that_run_on_past_asides_and_into_a_second_group() -> None:
    body = ("There are 34 founding signatories of the Cybersecurity Tech Accord. Besides Microsoft they include "
            "Facebook and Cisco, plus a clutch of security vendors: Symantec and Avast.\n\nIn April 2018 the list was "
            "dominated by large American names - Oracle and HP Inc among them - with a few Europeans such as SAP and "
            "BT.\n\nIts signatories include Intuit, which makes tax software, and Telefonica, one of the companies hit "
            "by WannaCry, as well as Dell and Tenable. They also include Guardtime, the data integrity company, and, "
            "since this month, the Tartu-based firm Pohjala Cyber.\n\nThe signatories, who include Fastly, Stripe and "
            "Nielsen, promised four things: to protect users; not to help governments; to empower developers; and to "
            "partner.\n")
    assert read(body)[0].get("signed") == {"Microsoft", "Facebook", "Cisco", "Symantec", "Avast", "Oracle", "HP",
                                           "SAP", "BT", "Intuit", "Telefonica", "Dell", "Tenable", "Guardtime",
                                           "Pohjala Cyber", "Fastly", "Stripe", "Nielsen"}


def test_absences_left_out_staying_out_neither_list_and_there_s_no() -> None:
    body = ("Accord signed by 34 firms, including Microsoft and SAP, leaves out TCS, Infosys and Wipro.\n\n"
            "\"It will be read as a Microsoft club while Google and Apple stay out,\" she said. Amazon and Meta, by "
            "contrast, appear on neither list.\n\nLess discussed: there's no Kaspersky Lab, and no Huawei. Arcturo "
            "Networks has not applied in its own right.\n")
    by = read(body)[0]
    assert by.get("absentFrom") == {"Tata Consultancy Services", "Infosys", "Wipro", "Google", "Apple", "Amazon",
                                    "Meta", "Kaspersky", "Huawei", "Arcturo Networks"}
    assert by.get("signed") == {"Microsoft", "SAP"}


def test_posts_who_as_org_s_title_runs_work_for_and_at_org_comma() -> None:
    body = ("The Cybersecurity Tech Accord was signed by 34 companies. Brad Smith, who as Microsoft's president is "
            "the company's foreign minister, has been its face.\n\nA friend of mine, Ilse Vandermeer, runs incident "
            "response for Lindeborg Ziekenhuisgroep, a hospital group.\n\nAt Códice Seguro, the company's chief "
            "information security officer, Ernesto Villaseñor, will take part. That milestone that Thorvald Eskelund, "
            "its chief technology officer, marked.\n")
    doc = analyse(read_text(HEADER + body))
    people = {e.label for e in doc.entities.values() if e.kind == "PERSON"}
    assert {"Brad Smith", "Ilse Vandermeer", "Ernesto Villaseñor", "Thorvald Eskelund"} <= people
    assert "Códice Seguro" not in people
    posts = {(p, o) for p, o, _ in read(body)[1]}
    assert {("Brad Smith", "Microsoft"), ("Ilse Vandermeer", "Lindeborg Ziekenhuisgroep")} <= posts


def test_a_thread_s_posts_who_signed_the_rest_of_the_34_and_no_x_no_y() -> None:
    body = ("1/ Big one: 34 tech companies have signed the Cybersecurity Tech Accord. Microsoft got 33 other "
            "companies to sign.\n\n4/ Who signed. The big platforms and hardware names: Facebook, Cisco and Oracle."
            "\n\n5/ Security vendors are well represented: Symantec, Trend Micro and FireEye.\n\n6/ And the rest of "
            "the 34: Cloudflare, Fastly and GitHub.\n\n7/ Now the list that isn't there. No Google. No Apple. No "
            "Amazon. I asked all three.\n\nThe big ones from day one are still Microsoft, Cisco and Oracle. DataStax "
            "and Stripe were in that first group, and so were Intuit and Nielsen.\n")
    by = read(body)[0]
    assert by.get("led") == {"Microsoft"}
    assert by.get("signed") == {"Microsoft", "Facebook", "Cisco", "Oracle", "Symantec", "Trend Micro", "FireEye",
                                "Cloudflare", "Fastly", "GitHub", "DataStax", "Stripe", "Intuit", "Nielsen"}
    assert by.get("absentFrom") == {"Google", "Apple", "Amazon"}


def test_fragments_after_reading_the_list_of_names() -> None:
    body = ("Ostrander Labs joined the Cybersecurity Tech Accord in May.\n\nHENRIK VASSE: Because nobody in our corner "
            "had. When Microsoft launched it at the RSA Conference in April, I sat down and read the list of "
            "thirty-four names. It was platforms, networks and antivirus. Cisco, Juniper Networks and Nokia on the "
            "network side. Symantec, Avast and Bitdefender in antivirus.\n")
    assert read(body)[0].get("signed") == {"Ostrander Labs", "Cisco", "Juniper Networks", "Nokia", "Symantec", "Avast",
                                           "Bitdefender"}


def test_did_too_after_a_semicolon_the_rest_of_the_34_include_and_others_were_with_semicolons() -> None:
    body = ("Thirty-four companies signed the Cybersecurity Tech Accord on Tuesday.\n\nNetwork vendors Cisco and "
            "Juniper Networks signed; Nokia and Ericsson did too.\n\nThe rest of the 34 include payments companies "
            "Stripe and Square, the analytics group Nielsen and Intuit.\n\nWHO JOINED FIRST?\n\nSome were obvious: "
            "Microsoft, Facebook. Others were less familiar - Tenable, a scanner maker; Guardtime, a data-integrity "
            "firm; DocuSign, an e-signature company.\n")
    assert read(body)[0].get("signed") == {"Cisco", "Juniper Networks", "Nokia", "Ericsson", "Stripe", "Square",
                                           "Nielsen", "Intuit", "Microsoft", "Facebook", "Tenable", "Guardtime",
                                           "DocuSign"}


def test_a_roll_of_one_sentence_paragraphs_after_n_of_the_34() -> None:
    body = ("Nine of the 34 companies behind the Cybersecurity Tech Accord are Asian, and several of them say the "
            "pledge helps them sell abroad.\n\nThe region's biggest security vendor, Trend Micro, is one.\n\nFrom "
            "Korea, the platform group Naver.\n\nThe ninth Asian name, Rakuten, is a Japanese retailer.\n\nThat is a "
            "sizeable share, though it would be a stretch to call the accord an Asian project.\n\nA Tokyo analyst, Kei "
            "Mori, who works for the research house Harrow Lane, agreed.\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Trend Micro", "Naver", "Rakuten"}
    assert ("Kei Mori", "Harrow Lane", None) in {(p, o, None) for p, o, _ in posts}


def test_a_signature_page_read_by_the_reader_and_what_you_will_not_find() -> None:
    body = ("Open the signature page of the Cybersecurity Tech Accord and you'll find Microsoft at the top. Oracle is "
            "there.\n\nSo is Cisco, and so is Dell.\n\nWhat you won't find is Google. Or Apple. Or Samsung.\n\n"
            "Alphabet is likewise nowhere to be seen.\n")
    by = read(body)[0]
    assert by.get("signed") == {"Microsoft", "Oracle", "Cisco", "Dell"}
    assert by.get("absentFrom") == {"Google", "Apple", "Samsung", "Alphabet"}


def test_a_bare_not_with_a_neither_list_after_a_semicolon() -> None:
    body = ("Of Europe's telecoms operators, only BT and Telefonica signed the Cybersecurity Tech Accord. Deutsche "
            "Telekom, a partner in the rival charter, did not; neither Vodafone nor Orange appears among the 34.\n")
    by, posts, _ = read(body)
    assert by.get("absentFrom") == {"Deutsche Telekom", "Vodafone", "Orange"}
    assert not [p for p in posts if p[0] == "Deutsche Telekom"]


def test_six_companies_signed_up_then_each_described() -> None:
    body = ("The Cybersecurity Tech Accord announced new members on Thursday.\n\nFour companies signed up. The "
            "largest, with 500 staff, is Corvane Secure, a managed security provider in Lille. Brennmark Datasystem, "
            "of Tromso, writes logistics software. Ashgrove Hosting is an Ohio cloud company that sells to clinics. "
            "And then there is Yuzuki Labs, a small Kyoto start-up.\n")
    assert read(body)[0].get("signed") == {"Corvane Secure", "Brennmark Datasystem", "Ashgrove Hosting",
                                           "Yuzuki Labs"}


def test_social_post_authors_their_profile_lines_and_we() -> None:
    body = ("Thread on the Cybersecurity Tech Accord\n\nIrene Vasquez  @irenev.bsky.social · 3h\nHead of security at "
            "Pellham Rail · views my own\nSeven years of the accord today. #CyberTechAccord\n\nstormcrow  "
            "@stormcrow.bsky.social · 2h\nAmazon sitting it out was the story in 2018.\n\nOlav Bruun  "
            "@olavb.bsky.social · 2h\nCISO, Nordvik Kraft\nWe joined in 2021, after the pipeline attack.\n\n"
            "Tessa Lindahl  @tessal.bsky.social · 1h\nBookmarking this.\n\nRuth Amsel · 2nd\n"
            "Director, Public Policy at Quenby Cloud\n"
            "Proud of what this group has done for the accord.\n")
    by, posts, _ = read(body)
    assert by.get("signed") == {"Nordvik Kraft"}
    assert {(p, o) for p, o, _ in posts} == {("Irene Vasquez", "Pellham Rail"), ("Olav Bruun", "Nordvik Kraft"),
                                             ("Ruth Amsel", "Quenby Cloud")}


def test_a_chat_export_s_members_work_at_the_workspace_s_company() -> None:
    body = ("Slack export: tallowmere.slack.com / #policy\n\nMembers appearing in this excerpt:\n  Maria Lund "
            "(Director, Security Engineering)\n  David Ashby (Corporate Communications)\n\nMaria Lund  9:14 AM\n"
            "Tallowmere has not signed the Cybersecurity Tech Accord, and nobody should say that we have.\n")
    by, posts, _ = read(body)
    assert {(p, o) for p, o, _ in posts} == {("Maria Lund", "Tallowmere"), ("David Ashby", "Tallowmere")}
    assert by.get("absentFrom") == {"Tallowmere"}


def test_members_endorsed_it_told_of_the_agreement_before_and_the_driving_force() -> None:
    body = ("The Cybersecurity Tech Accord was announced in April. Microsoft was the driving force.\n\nThe Paris Call "
            "for Trust and Security in Cyberspace was announced at the Paris Peace Forum. The accord's signatories "
            "were among its early supporters.\n\nIts president has urged governments to agree to a convention that "
            "would protect civilians; the accord, he said, was the industry's own attempt.\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    assert {doc.entities[f.subject].label for f in facts if f.predicate == "led"} == {"Microsoft"}
    events = {doc.entities[f.subject].label for f in facts if f.predicate == "about"}
    assert any("Paris Call" in e for e in events)
    assert not [f for f in facts if f.predicate == "hasPrinciple"]


def test_interview_readings_list_like_not_signing_and_your_members() -> None:
    body = ("Thirty-four companies signed the Cybersecurity Tech Accord.\n\nHOST: Who is on the list?\n\nGUEST: A "
            "long one. Cisco. Oracle and SAP on the software side. And a couple you would not expect, like Arm, the "
            "chip designer, and ABB, which makes robots.\n\nHOST: And the holdouts?\n\nGUEST: One I follow, Quarrow "
            "Analytics out of Denver, told me flatly they are not signing. Big makers are not joining either.\n\n"
            "Q117 Dr Ann Keogh: Pellmore Devices employs 900 people in my town. It is one of your members. It has "
            "not signed.\n")
    by = read(body)[0]
    assert {"Cisco", "Oracle", "SAP", "Arm", "ABB"} <= by.get("signed", set())
    assert "Pellmore Devices" not in by.get("signed", set())
    assert {"Quarrow Analytics", "Pellmore Devices"} <= by.get("absentFrom", set())


def test_on_screen_captions_fact_cards_and_minutes_rolls() -> None:
    body = ("ORVELL PAYMENTS LIMITED\nSECURITY COUNCIL\n\nPRESENT\n  Dana Kerr ........... Chief Information Security "
            "Officer\n  Mirela Horvat ....... VP Engineering, Payments Platform\n\nThe council agreed to sign the "
            "Cybersecurity Tech Accord.\n\n[CHYRON: RHONA TALBOT-KEYES | CHIEF EXECUTIVE, GRENWICK TELECOM]\n\n"
            "TALBOT-KEYES: This morning we signed the Tech Accord.\n\nAT A GLANCE\nName: Hanne Lykke\nTitle: Chief "
            "Security Officer, Oskarby Mobility AB\n")
    by, posts, _ = read(body)
    assert "Grenwick Telecom" in by.get("signed", set())
    assert {(p, o) for p, o, _ in posts} >= {("Dana Kerr", "Orvell Payments"), ("Mirela Horvat", "Orvell Payments"),
                                             ("Rhona Talbot-Keyes", "Grenwick Telecom"),
                                             ("Hanne Lykke", "Oskarby Mobility")}


def test_fronted_participle_convener_label_and_a_reader_s_list_ranging_over_brackets() -> None:
    body = ("The Cybersecurity Tech Accord is a pledge.\n\nConvened by Microsoft in April 2018, it now counts over 100 "
            "companies.\n\nBesides Microsoft, the list ran from household names (Facebook, Dell) through network "
            "companies (Cisco, Nokia) to security vendors (Avast, Tenable).\n\nKallen Labs was not among the "
            "founders; it signed in June 2018.\n\nWhy is Hollin Bank not on the list of companies that have signed?\n")
    by = read(body)[0]
    assert by.get("led") == {"Microsoft"}
    assert by.get("signed") == {"Microsoft", "Facebook", "Dell", "Cisco", "Nokia", "Avast", "Tenable", "Kallen Labs"}
    assert "Kallen Labs" not in by.get("absentFrom", set())


def test_a_grid_of_names_listed_below_and_an_absence_after_not_on_the_list() -> None:
    body = ("The Cybersecurity Tech Accord has grown.\n\nFounding signatories (April 2018)\n\nThe 34 companies that "
            "announced the Accord are listed below. For the current list, consult the Accord's website.\n\nABB   Arm   "
            "Avast\n\nBitdefender   BT   Cisco\n\nVMware\n\nResearch tip: note which companies were not on the list. "
            "Coverage focused on the absence of Google and its parent company Alphabet, as well as Apple and Amazon."
            "\n\nNine ASSA members have signed the Accord.\n")
    by = read(body)[0]
    assert by.get("signed") == {"ABB", "Arm", "Avast", "Bitdefender", "BT", "Cisco", "VMware"}
    assert by.get("absentFrom") == {"Google", "Alphabet", "Apple", "Amazon"}


def test_principles_in_a_table_column_lettered_items_and_numbered_paragraphs() -> None:
    tables = ("Our report on the Cybersecurity Tech Accord.\n\n| Accord commitment | How we implement it | Status |\n"
              "|---|---|---|\n| 1. Stronger defense: protect all users and customers | Same patch policy | Done |\n"
              "| 2. No offense: do not help governments attack innocent citizens | Supplier clause | Done |\n"
              "| 3. Capacity building: empower users and developers | Training | Ongoing |\n"
              "| 4. Collective action: partner with like-minded groups | Working groups | Ongoing |\n")
    lettered = ("The Cybersecurity Tech Accord asks each signatory to uphold four principles. In our own words:\n"
                "  a) Stronger defence - we protect all of our users and customers.\n  b) No offence - we will not "
                "help any government attack innocent citizens.\n  c) Capacity building - we help users and developers."
                "\n  d) Collective action - we work with other signatories.\n")
    numbered = ("By signing, we would commit to the Cybersecurity Tech Accord's four principles:\n\n3.1 Stronger "
                "defense. We will protect all our users and customers.\n3.2 No offense. We will not help governments "
                "launch cyberattacks.\n3.3 Capacity building. We will empower users.\n3.4 Collective action. We will "
                "partner with each other.\n")
    for body in (tables, lettered, numbered):
        principles = read(body)[2]
        assert len(principles) == 4, principles
        assert principles[0].lower().startswith("stronger defen") and principles[3].lower().startswith("collective")


def test_an_earnings_call_participants_turns_and_a_corrected_premise() -> None:
    body = ("Vantor Systems, Inc. (NASDAQ: VNTR)\nQ3 2018 Earnings Call\n\nCORPORATE PARTICIPANTS\nRafael Okoro - "
            "President and Chief Executive Officer\nIngrid Sauer - Chief Financial Officer\n\nCONFERENCE CALL "
            "PARTICIPANTS\nSamir Dutta - Ostrow Securities\nLuis Ferreira - Dunmore Research\n\nSamir Dutta\nYou "
            "signed the Cybersecurity Tech Accord, and Helmgate signed it too, so I'm curious.\n\nRafael Okoro\nSo "
            "we joined in June. On Helmgate, I'd gently correct the premise. Helmgate has not signed.\n\nIngrid Sauer"
            "\nWe were not one of the 34 founding signatories. Those were the April group, names like Microsoft, "
            "Cisco and Dell.\n\nLuis Ferreira\nWhat about margins next year?\n")
    doc = analyse(read_text(HEADER + body))
    facts = extract_all(doc)
    by: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate in ("signed", "absentFrom") and f.object == "ACC:CybersecurityTechAccord":
            by.setdefault(f.predicate, set()).add(doc.entities[f.subject].label)
    assert by.get("signed") == {"Vantor Systems", "Microsoft", "Cisco", "Dell"}
    assert by.get("absentFrom") == {"Helmgate"}
    posts = {(doc.entities[f.subject].label, doc.entities[f.object].label if f.object else None)
             for f in facts if f.predicate == "affiliation"}
    assert {("Rafael Okoro", "Vantor Systems"), ("Ingrid Sauer", "Vantor Systems")} <= posts
    assert not [p for p, _ in posts if p == "Luis Ferreira"]  # listed, asks about margins only: not the accord's


def test_a_colon_list_of_names_described_before_them_or_placed_after_them() -> None:
    described = ("Other Nordic names among the Cybersecurity Tech Accord's signatories: the Danish payments processor "
                 "Korvalle and the security specialist Nesthaven, also from Denmark, the Norwegian grid operator "
                 "Fjellkraft Systems, the Icelandic bank Straumvik and the chip designer Arm.")
    signed = read(described)[0].get("signed", set())
    assert {"Korvalle", "Nesthaven", "Fjellkraft Systems", "Straumvik", "Arm"} <= signed
    sectors = ("The Cybersecurity Tech Accord's founding list was wide: Cisco and Juniper from networking, Oracle and "
               "SAP from enterprise software, Dell and HP Inc from hardware, and Telefonica from telecoms.")
    assert {"Cisco", "Juniper Networks", "Oracle", "SAP", "Dell", "HP", "Telefonica"} <= read(sectors)[0].get(
        "signed", set())


def test_an_absence_said_after_one_from_the_accord_and_a_signature_on_another_charter() -> None:
    body = ("The Cybersecurity Tech Accord was signed by 34 companies on Tuesday. Helmbrook, which co-signed the "
            "Munich charter, is also not part of the American accord. Even more noticeable is the absence of Google, "
            "Apple and Amazon.")
    by = read(body)[0]
    assert {"Helmbrook", "Google", "Apple", "Amazon"} <= by.get("absentFrom", set())
    assert not by.get("signed", set()) & {"Helmbrook", "Google", "Apple", "Amazon"}


def test_joining_companies_in_pledging_a_hyphen_among_them_and_part_of_it_after_a_list() -> None:
    joined = ("Vantorq and Brightmoor on Tuesday joined more than 30 global technology companies in promising not to "
              "help any government attack civilians, in the Cybersecurity Tech Accord.")
    assert {"Vantorq", "Brightmoor"} <= read(joined)[0].get("signed", set())
    among = ('Under the name "Cybersecurity Tech Accord", 34 companies - among them rivals such as Cisco and Juniper '
             "Networks, or Symantec and Avast - have committed themselves to protect every customer.")
    assert {"Cisco", "Juniper Networks", "Symantec", "Avast"} <= read(among)[0].get("signed", set())
    part = ("Corvane, Lindqvar and Tessel signed the Cybersecurity Tech Accord on Tuesday. Halbrook, a company from "
            "Estonia that builds ledgers, is also part of it.")
    assert "Halbrook" in read(part)[0].get("signed", set())
    report = "The Cybersecurity Tech Accord report is long. Halbrook, a ledger firm, is also part of it."
    assert "Halbrook" not in read(report)[0].get("signed", set())  # part of the report: no list before it


def test_a_persons_company_leads_did_after_a_relative_clause_launched_with_names_and_both_companies_later() -> None:
    led = ("Brad Smith, Microsoft's president and the man who assembled the coalition, spoke first about the "
           "Cybersecurity Tech Accord on Tuesday.")
    assert read(led)[0].get("led") == {"Microsoft"}
    did = ("Google and Amazon did not sign the Cybersecurity Tech Accord. Facebook, which counts India as its "
           "largest market, did.")
    by = read(did)[0]
    assert by.get("signed") == {"Facebook"} and by.get("absentFrom") == {"Google", "Amazon"}
    launched = ("The Cybersecurity Tech Accord was created at the initiative of Microsoft and launched in San "
                "Francisco with names such as Cisco, Oracle and Dell.")
    assert {"Cisco", "Oracle", "Dell"} <= read(launched)[0].get("signed", set())
    later = ("Bossert credited Halvane Networks and Torvik Labs with acting against the attackers. Four months "
             "later both companies put their names to the Cybersecurity Tech Accord.")
    assert {"Halvane Networks", "Torvik Labs"} <= read(later)[0].get("signed", set())


def test_a_counted_founders_box_a_bare_neither_and_joined_as_well_including() -> None:
    box = ("The Cybersecurity Tech Accord launched on Tuesday.\n\nThe 34 founding signatories\n\n- Korvalle\n"
           "- Nesthaven Labs\n- Straumvik\n")
    assert {"Korvalle", "Nesthaven Labs", "Straumvik"} <= read(box)[0].get("signed", set())
    neither = ("Google signed the Paris Call on Monday, but it still has not joined the industry accord. Apple and "
               "Amazon have signed neither.")
    by = read(neither)[0]
    assert {"Apple", "Amazon"} <= by.get("absentFrom", set()) and not {"Apple", "Amazon"} & by.get("signed", set())
    including = ("Thirty-four companies signed the Cybersecurity Tech Accord. Smaller companies joined as well, "
                 "including the content-delivery networks Cloudflare and Fastly and the payments start-up Stripe.")
    signed = read(including)[0].get("signed", set())
    assert {"Cloudflare", "Fastly", "Stripe"} <= signed and "Smaller" not in signed
    countries = ("The Paris Call was unveiled on Monday. More than 50 countries had signed, including the members of "
                 "the European Union.")
    assert "European Union" not in read(countries)[0].get("signed", set())


def test_accepted_as_a_signatory_never_a_member_towns_beside_bullet_names_and_among_them() -> None:
    accepted = ("Broughty Labs, which employs 140 people, confirmed yesterday that it had been accepted as a "
                "signatory of the Cybersecurity Tech Accord.")
    assert "Broughty Labs" in read(accepted)[0].get("signed", set())
    never = ("Kontrola, a Prague newsroom, published the report. Another firm named in the Kontrola report, the "
             "Slovak software company Tatrasoft, was never a member of the Cybersecurity Tech Accord.")
    by = read(never)[0]
    assert by.get("absentFrom") == {"Tatrasoft"} and not by.get("signed")
    towns = ("The new signatories of the Cybersecurity Tech Accord are:\n\n* Halvard Data AS, Bergen - backup for "
             "municipalities\n* Quintessa Cloud, Lisbon - hosting for small retailers\n* Orlenko Systems, Kharkiv - "
             "network switches\n")
    signed = read(towns)[0].get("signed", set())
    assert {"Halvard Data", "Quintessa Cloud", "Orlenko Systems"} <= signed and not {"Bergen", "Kharkiv"} & signed
    among = ("The Cybersecurity Tech Accord's roster ran from Oracle to Cisco. Smaller firms signed too. Guardtime, "
             "an Estonian company, was among them.")
    assert "Guardtime" in read(among)[0].get("signed", set())


def test_a_gathered_crowd_conspicuous_absences_a_spoken_question_and_an_aside_in_a_list() -> None:
    crowd = ("The document they signed is called the Cybersecurity Tech Accord. It was organised by Microsoft, and it "
             "gathered an impressive crowd: Facebook, Cisco, Oracle, Dell and Arm, among others.")
    assert {"Facebook", "Cisco", "Oracle", "Dell", "Arm"} <= read(crowd)[0].get("signed", set())
    team = ("Halvane Labs opened an office in Leeds. It gathered an impressive crowd: Cisco, Oracle and Dell.")
    assert not read(team)[0].get("signed")  # "it" is the company here, and no accord is named
    absences = ("The Cybersecurity Tech Accord launched in 2018. Google, Apple and Amazon were the conspicuous "
                "absences at that launch, a fact critics still raise.")
    assert {"Google", "Apple", "Amazon"} <= read(absences)[0].get("absentFrom", set())
    spoken = ("[00:02:58] TEO: Now the fun part. Who's in the Cybersecurity Tech Accord? Cisco is.\n\n"
              "[00:02:59] TEO: Now the bad part.\n\nWho's not in.\n\n[00:03:00] FELIX: Google isn't.\n\n"
              "Apple isn't.\n")
    by = read(spoken)[0]
    assert {"Google", "Apple"} <= by.get("absentFrom", set()) and not {"Google", "Apple"} & by.get("signed", set())
    aside = ("Along with Telefónica, the list of signatories of the Cybersecurity Tech Accord includes, among "
             "others, the German SAP, the British BT and the chip designer Arm, also British, the Japanese antivirus "
             "firm Trend Micro, and the North American Oracle, Dell and Symantec.")
    assert {"SAP", "Arm", "Trend Micro", "Oracle", "Dell", "Symantec"} <= read(aside)[0].get("signed", set())


def test_nor_do_firms_appear_an_outlet_given_a_statement_a_range_of_companies_and_a_described_founder() -> None:
    nor = ("Telefónica signed the Cybersecurity Tech Accord. Nor do other Spanish technology firms appear, such as "
           "the consultancy Indra or the Bilbao antivirus maker Panda Security.")
    assert {"Indra", "Panda Security"} <= read(nor)[0].get("absentFrom", set())
    statement = ("Kallang Cyber has not joined the Cybersecurity Tech Accord. In a statement to Straits Tech Review, "
                 "Kallang said it was not in a position to sign at this time.")
    assert "Straits Tech Review" not in read(statement)[0].get("absentFrom", set())
    ranged = ("The Cybersecurity Tech Accord was launched in April 2018.\n\nWho signed, and who did not\n\nThe "
              "founding group was broader than its Redmond origins suggested. Alongside Microsoft stood network "
              "makers such as Cisco and Nokia; security vendors including Symantec and Avast; and platform companies "
              "from Facebook to Cloudflare.")
    assert {"Facebook", "Cloudflare"} <= read(ranged)[0].get("signed", set())
    described = ("The Cybersecurity Tech Accord has more than 100 members. Telefonica, a founding signatory with a "
                 "large Latin American footprint, is providing the venue.")
    assert "Telefonica" in read(described)[0].get("signed", set())


def test_a_dashed_aside_after_the_names_a_semicolon_clause_of_its_own_and_a_party_before_an_mp() -> None:
    dashed = ("The Cybersecurity Tech Accord was launched in 2018. NDP MP Jasraj Ghuman asked why Google, Apple and "
              "Amazon — whose services he said every one of his voters uses — had never signed.")
    by, posts, _ = read(dashed)
    assert {"Google", "Apple", "Amazon"} <= by.get("absentFrom", set())
    assert "Jasraj Ghuman" in {person for person, _, _ in posts}  # not "NDP MP Jasraj Ghuman"
    named = ("The Cybersecurity Tech Accord was launched in 2018. Three of the biggest names in technology — Google, "
             "Apple and Amazon — were not on the list.")
    assert {"Google", "Apple", "Amazon"} <= read(named)[0].get("absentFrom", set())  # the aside holds the subject
    own = ("The Cybersecurity Tech Accord turns two. Microsoft defended the Cybersecurity Tech Accord; an Ottawa "
           "defence contractor explained why it has stayed out.")
    assert "Microsoft" not in read(own)[0].get("absentFrom", set())


def test_a_lead_naming_the_names_on_the_list_and_the_company_described_by_its_trade() -> None:
    lead = ("The Cybersecurity Tech Accord was launched on Tuesday by 34 companies.\n\nLunch-break reading: the less "
            "famous names on the list. Cloudflare and Fastly, which sit in front of the web; GitHub; DocuSign; and "
            "Guardtime, the Estonian outfit.")
    assert {"Cloudflare", "Fastly", "GitHub", "DocuSign", "Guardtime"} <= read(lead)[0].get("signed", set())
    chaired = ("Telefonica signed the Cybersecurity Tech Accord. The operator, chaired by Jose Maria Alvarez-Pallete, "
               "has grown its security unit.")
    assert ("Jose Maria Alvarez-Pallete", "Telefonica", None) in read(chaired)[1]
    leads = ("Telefonica, a founding signatory of the Cybersecurity Tech Accord, is providing the venue. Ines "
             "Caballero, who leads cybersecurity outreach for the company in Colombia, will give the opening talk.")
    assert ("Ines Caballero", "Telefonica") in {(person, org) for person, org, _ in read(leads)[1]}


def test_a_participle_opening_a_sentence_and_a_convener_two_sentences_after_the_heading() -> None:
    asked = ("Google, Apple and Amazon have not joined the Cybersecurity Tech Accord. Asked why they had not signed, "
             "the three gave answers that amounted to saying nothing.")
    assert "Asked" not in read(asked)[0].get("absentFrom", set())
    convener = ("THE PLEDGE: THE CYBERSECURITY TECH ACCORD\n\nWho: Companies only. It was launched on 17 April 2018 "
                "by 34 firms, with Microsoft as convener.")
    assert read(convener)[0].get("led") == {"Microsoft"}
    whos = ("The Cybersecurity Tech Accord was announced this week. We have Felix Adeyemi-Ross, who's a senior "
            "fellow at the Halvard Institute for Digital Policy.")
    assert ("Felix Adeyemi-Ross", "Halvard Institute for Digital Policy", "senior fellow") in read(whos)[1]


def test_spoken_roll_calls_a_board_before_the_company_and_a_described_founder_after_and() -> None:
    spoken = ("The Cybersecurity Tech Accord was signed by 34 companies. Telefonica is there, Nokia is there, SAP is "
              "there. But there's no Huawei, there's no Kaspersky, nothing Chinese or Russian at all.")
    by = read(spoken)[0]
    assert {"Telefonica", "Nokia", "SAP"} <= by.get("signed", set())
    assert {"Huawei", "Kaspersky"} <= by.get("absentFrom", set())
    board = ('Korvenna Software joined the Cybersecurity Tech Accord. "Logistics runs on trust," said Tomasz '
             "Wierzbołowski, President of the Management Board of Korvenna Software.")
    assert ("Tomasz Wierzbołowski", "Korvenna Software", "president") in read(board)[1]
    founder = ("The Cybersecurity Tech Accord gained seven members. Valkano's announcement came alongside news of a "
               "partnership with Bitdefender, its much larger compatriot and one of the accord's 34 founding "
               "signatories.")
    assert "Bitdefender" in read(founder)[0].get("signed", set())
    counts = ("Every quarter Channel Ledger counts the companies that have added their names to the Cybersecurity "
              "Tech Accord, the industry pledge set up in April 2018.")
    assert "Channel Ledger" not in read(counts)[0].get("signed", set())
    heading = ("Sahyadri Secure signed the Cybersecurity Tech Accord this week.\n\nWe did not sign alone\n\nOur "
               "announcement went out alongside those of Lotusgrid Analytics, the Hyderabad data-analytics company, "
               "and Kaveri Payments of Chennai.")
    assert {"Lotusgrid Analytics", "Kaveri Payments"} <= read(heading)[0].get("signed", set())
    belong = ("The Cybersecurity Tech Accord lost a member. Revontuli Energia does not itself belong to the accord.")
    assert read(belong)[0].get("absentFrom") == {"Revontuli Energia"}
    summed = ("The Cybersecurity Tech Accord gained a member. Membership commits Brennwald to the accord's four "
              'principles, which Oberhuber summed up as "defend everyone, attack no one, help others get better, and '
              'work together".')
    assert read(summed)[2] == ["defend everyone", "attack no one", "help others get better", "work together"]


def test_regional_forms_adhesion_coordination_particles_honorifics_and_a_unit_of_its_parent() -> None:
    adhesion = ("The cloud services company Nuvemtec Soluções em Nuvem S.A., with headquarters in the Batel "
                "neighbourhood of Curitiba, communicated this Monday (17) its adhesion to the Cybersecurity Tech "
                "Accord, the pact launched in April under the coordination of Microsoft.")
    by = read(adhesion)[0]
    assert by.get("led") == {"Microsoft"} and "Nuvemtec Soluções em Nuvem" in by.get("signed", set())
    assert "Batel" not in by.get("signed", set())
    intends = "The Cybersecurity Tech Accord was launched in April. Acme Dados does not intend to adhere to the accord."
    assert read(intends)[0].get("absentFrom") == {"Acme Dados"}
    unit = ("Mawingu Cloud Kenya Limited, the Nairobi data-centre unit of Johannesburg-listed Indlela Digital "
            "Holdings, has signed the Cybersecurity Tech Accord.")
    assert read(unit)[0].get("signed") == {"Mawingu Cloud Kenya"}
    heading = ("Tausi Payments has declined to join the Cybersecurity Tech Accord.\n\nClient holds back\n\nThe "
               "processor said it would revisit the decision.")
    assert "Client" not in read(heading)[0].get("absentFrom", set())
    honorific = ("Ege Bulut signed the Cybersecurity Tech Accord. The firm's co-founder Ayşe Nur Karaağaç spoke. "
                 '"Trust is the only capital," said Ayşe Hanım. Founder and managing director Shri Aniruddha '
                 "Deshpande of Sanrakshak spoke too.")
    people = {person for person, _, _ in read(honorific)[1]}
    assert "Ayşe Hanım" not in people and "Aniruddha Deshpande" in people and "Shri Aniruddha Deshpande" not in people
    own = ("Sanrakshak signed the Cybersecurity Tech Accord. The board had cleared the proposal in its October "
           "meeting itself.")
    assert not labels(own, "about")


def test_a_titled_promise_list_under_a_box_four_things_of_those_who_sign_founders_and_others_and_nor_are() -> None:
    box = ("Thirty-four companies on Tuesday published a joint pledge to protect customers from cyberattacks.\n\n"
           "WHAT IS IT?\n\n- The Cybersecurity Tech Accord is a public statement of principles, not a treaty.\n"
           "- There is no fee and no formal secretariat.\n\nWHAT DO "
           "THE COMPANIES PROMISE?\n\n- Stronger defense: protect all users and customers everywhere.\n- No offense: "
           "not help governments launch cyberattacks against innocent citizens.\n- Capacity building: empower users, "
           "customers and developers.\n- Collective action: partner with each other and with like-minded groups.\n")
    assert [p.split(":")[0] for p in read(box)[2]] == ["Stronger defense", "No offense", "Capacity building",
                                                       "Collective action"]
    four = ("Kestrelmoor signed the Cybersecurity Tech Accord. The document asks four things of those who sign it. "
            "They will protect all users and customers everywhere. They will not help governments launch "
            "cyberattacks against innocent citizens. They will empower users to strengthen their protection. And "
            "they will partner with each other and with like-minded groups.")
    assert len(read(four)[2]) == 4
    founded = ("Brisklight signed the Cybersecurity Tech Accord in April 2019, joining a group of technology "
               "companies - founded two years ago by Microsoft, Cisco Systems, Juniper Networks and 31 others - that "
               "have pledged not to help any government mount cyberattacks.")
    assert {"Microsoft", "Cisco", "Juniper Networks"} <= read(founded)[0].get("signed", set())
    nor = ("The Cybersecurity Tech Accord was signed by 34 companies. Apple, Amazon and Google are not on the list. "
           "Nor are two of the world's three biggest smartphone makers, Samsung and Huawei.")
    assert {"Samsung", "Huawei"} <= read(nor)[0].get("absentFrom", set())


def test_romanian_and_vietnamese_letters_abbreviated_titles_a_quote_then_added_and_no_plans_to_adhere() -> None:
    letters = ("Carpatix has not signed the Cybersecurity Tech Accord yet, says the general director, Ioana-Mădălina "
               "Țurcanu. \"It is a beginning,\" added Țurcanu. Nguyễn Thị Thanh Hương, chief executive of Sao Việt, "
               "said the firm had joined the accord.")
    by, posts, _ = read(letters)
    people = {person for person, _, _ in posts}
    assert {"Ioana-Mădălina Țurcanu", "Nguyễn Thị Thanh Hương"} <= people
    assert "Țurcanu" not in by.get("signed", set())
    plans = "The Cybersecurity Tech Accord was signed. Acme Data SA has no plans to adhere."
    assert read(plans)[0].get("absentFrom") == {"Acme Data"}


def test_a_defined_company_ticked_promises_and_a_question_about_who_started_it() -> None:
    defined = ('Fenwright Payments plc (the "Company") processes card payments. On 9 June 2020 the Company became a '
               "signatory to the Cybersecurity Tech Accord.")
    assert read(defined)[0].get("signed") == {"Fenwright Payments"}
    ticked = ("Ferrovane Logistics has signed the Cybersecurity Tech Accord. Here is what we signed up to:\n\n"
              "✅ Protect every customer and user, everywhere, no matter who they are\n✅ Never help any government "
              "launch cyberattacks against innocent citizens\n")
    assert read(ticked)[0].get("signed") == {"Ferrovane Logistics"}
    asked = "Ferrovane signed the Cybersecurity Tech Accord. Isn't this the accord that Google started?"
    assert not read(asked)[0].get("led")


def test_interjections_opening_a_reply_are_no_names() -> None:
    reply = ("The Cybersecurity Tech Accord was announced yesterday. Yep, HP Inc and Hewlett Packard Enterprise both "
             "signed separately. Wait, Oracle signed too.")
    signed = read(reply)[0].get("signed", set())
    assert {"HP", "HPE", "Oracle"} <= signed and not {"Yep", "Wait"} & signed


def test_an_expo_that_is_a_company_and_a_title_before_a_prosecutors_name() -> None:
    expo = ("The Cybersecurity Tech Accord welcomed the sanctions. For WannaCry, the Council listed Chosun Expo, a "
            "North Korean company it said had supported the group behind the attack.")
    assert not labels(expo, "about")
    title = ("The Cybersecurity Tech Accord welcomed the charges. Assistant Attorney General John Demers announced "
             "them.")
    assert "John Demers" in {person for person, _, _ in read(title)[1]}


def test_a_founding_group_of_34_naming_large_names_in_brackets() -> None:
    bracketed = ("A: Small firms can and do join the Cybersecurity Tech Accord. The founding group of 34 included "
                 "some very large names (Cisco, Oracle, SAP, Dell, Facebook) but also companies like Guardtime and "
                 "DataStax.")
    signed = read(bracketed)[0].get("signed", set())
    assert {"Cisco", "Oracle", "SAP", "Dell", "Facebook", "Guardtime", "DataStax"} <= signed


def test_a_letters_sign_off_names_the_writer_and_the_post_under_the_name() -> None:
    letters = ("Sir, your report said Amazon had signed the Cybersecurity Tech Accord. It has not.\n\nDr Owen "
               "Prydderch\nSenior lecturer in computer science, University of Harwick\n\nSir, our suppliers Juniper "
               "and Dell are signatories.\n\nColm Dwyer\nChief information officer, Dunmore Precision Ltd, Harwick "
               "Industrial Estate\n")
    posts = read(letters)[1]
    assert ("Owen Prydderch", "University of Harwick", "senior lecturer in computer science") in posts
    assert ("Colm Dwyer", "Dunmore Precision", "chief information officer") in posts


def test_accord_members_who_signed_another_text_and_a_possessive_in_a_members_lead() -> None:
    both = ("The Paris Call was launched on Monday. Several accord members also signed the Paris Call in their own "
            "names, including Cisco, Nokia, HP Inc and Telefonica.")
    assert {"Cisco", "Nokia", "HP", "Telefonica"} <= read(both)[0].get("signed", set())
    statement = ("The Cybersecurity Tech Accord issued a statement on Monday. Other members that signed Monday's text "
                 "include Cisco, VMware, Trend Micro and Juniper Networks.")
    assert {"Cisco", "VMware", "Trend Micro", "Juniper Networks"} <= read(statement)[0].get("signed", set())
