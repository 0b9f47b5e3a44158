"""The loader on texts written for these tests (not the dev corpus): rules read language, not articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.article import decode, read_text
from kg.errors import KGError
from kg.nlp.document import analyse
from kg.relations import extract_all
from kg.relations.base import Fact

HEADER = "---\ntitle: Test\ndate: 2020-03-10\n---\n"


def facts(body: str, header: str = HEADER) -> list[Fact]:
    return extract_all(analyse(read_text(header + body)))


def labels(body: str, predicate: str) -> set[str]:
    doc = analyse(read_text(HEADER + body))
    return {doc.entities[f.subject].label for f in extract_all(doc) if f.predicate == predicate}


def test_list_of_unknown_signatories() -> None:
    body = ("The Cybersecurity Tech Accord keeps growing. New signatories include Norvale Systems, Quibbly "
            "Labs and the Finnish payments firm Tessaro, among others.\n")
    assert labels(body, "signed") == {"Norvale Systems", "Quibbly Labs", "Tessaro"}


def test_absence_is_never_signing() -> None:
    body = ("Zentara Cloud has yet to sign the accord. Brightwell Networks declined to join. "
            "Orrin Data has not signed either.\n")
    assert labels(body, "absentFrom") == {"Zentara Cloud", "Brightwell Networks", "Orrin Data"}
    assert labels(body, "signed") == set()


def test_relative_clause_carries_the_absence() -> None:
    body = "The deal puts pressure on Calder Systems, Voss's closest rival, which has yet to sign the pact.\n"
    assert labels(body, "absentFrom") == {"Calder Systems"}


def test_leader_is_read_from_passive_and_relative() -> None:
    assert labels("The pact was organised by Halvard Group and signed by 20 firms.\n", "led") == {"Halvard Group"}
    body = "It is a pet project of Fenwick Networks, which led the initiative announced on Monday.\n"
    assert labels(body, "led") == {"Fenwick Networks"}


def test_people_with_roles_and_organisations() -> None:
    body = ('"We will sign," said Jane Roe, chief executive of Norvale Systems. '
            "Brightwell's general counsel, Omar Test, agreed. Carol Doe, general counsel at Arm, did not.\n")
    doc = analyse(read_text(HEADER + body))
    posts = {(doc.entities[f.subject].label, doc.entities[f.object].label, f.value["role"])
             for f in extract_all(doc) if f.predicate == "affiliation" and f.object}
    assert ("Jane Roe", "Norvale Systems", "chief executive") in posts
    assert ("Carol Doe", "Arm", "general counsel") in posts


def test_numbered_principles_after_a_cue() -> None:
    body = ("The pact sets out three commitments:\n\n1. Protect all users.\n2. Never attack civilians.\n"
            "3. Share threat data.\n")
    found = sorted((f.value["number"], f.value["text"]) for f in facts(body) if f.predicate == "hasPrinciple")
    assert found == [(1, "Protect all users."), (2, "Never attack civilians."), (3, "Share threat data.")]


def test_a_list_without_a_cue_is_not_principles() -> None:
    body = "Shopping list:\n\n1. Milk.\n2. Eggs.\n"
    assert [f for f in facts(body) if f.predicate == "hasPrinciple"] == []


def test_unknown_malware_and_event_with_date_and_place() -> None:
    body = ("Members of the accord traced the Glimmerfang ransomware together. They will meet at the "
            "accord's Nordic signatory workshop in Oslo on 4 May.\n")
    found = facts(body)
    assert any(f.predicate == "relatedThreat" and f.object == "threat/glimmerfang" for f in found)
    event = next(f for f in found if f.predicate == "about")
    assert event.subject == "event/nordic-signatory-workshop"
    assert event.value["date"] == "2020-05-04"
    assert event.value["place"] == "place/oslo"


def test_page_chrome_is_not_read() -> None:
    body = ("Trending: Acme Corp signs everything in sight\n\n"
            "Signatories include Norvale Systems and Quibbly.\n\n"
            "Related: Brightwell Networks joined the accord\n")
    assert labels(body, "signed") == {"Norvale Systems", "Quibbly"}


def test_html_page_is_read_as_text() -> None:
    page = ("<html><head><title>T</title><script>var x = 'Evil Corp signed';</script></head><body>"
            "<article><p>The accord&rsquo;s signatories include Norvale Systems and Quibbly Labs.</p>"
            "<p>Zentara Cloud has yet to sign.</p></article></body></html>")
    doc = analyse(read_text(page))
    assert doc.article.is_html
    found = extract_all(doc)
    assert {doc.entities[f.subject].label for f in found if f.predicate == "signed"} == {"Norvale Systems",
                                                                                        "Quibbly Labs"}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Caf\u00e9 accord".encode("utf-8-sig"), "Caf\u00e9 accord"),
        ("Caf\u00e9 accord".encode("utf-16"), "Caf\u00e9 accord"),
        ("Caf\u00e9 \u201caccord\u201d".encode("cp1252"), "Caf\u00e9 \u201caccord\u201d"),
    ],
    ids=["utf8-bom", "utf16-bom", "cp1252"],
)
def test_decoding(data: bytes, expected: str) -> None:
    assert decode(data).lstrip("\ufeff") == expected


def test_relative_dates_resolve_against_the_article_date() -> None:
    doc = analyse(read_text(HEADER + "Quibbly Labs signed the accord on Tuesday.\n"))
    signed = [f for f in extract_all(doc) if f.predicate == "signed"]
    assert signed and signed[0].date == dt.date(2020, 3, 10).isoformat()  # 2020-03-10 was a Tuesday


_words = st.sampled_from(["Norvale", "Systems", "signed", "the", "accord", "Quibbly", "has", "yet", "to",
                          "sign", ",", ".", "and", "said", "Jane", "Roe", "chief", "executive", "of", "\n",
                          "\n\n", "1.", "*", "<p>", "“", "”", "’s", "\u00a0", "\u200b", "\t"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(min_size=1, max_size=400), st.lists(_words, min_size=1, max_size=80).map(" ".join)))
def test_any_text_reads_without_raising_and_quotes_its_evidence(text: str) -> None:
    try:
        article = read_text(text)
    except KGError:  # nothing to read (e.g. only tags): a clear error is the right answer
        return
    doc = analyse(article)
    for fact in extract_all(doc):
        assert article.text[fact.sentence.start:fact.sentence.end] == fact.sentence.text
        assert 0.0 <= fact.confidence <= 1.0


def test_claims_stay_with_the_agreement_the_paragraph_is_about() -> None:
    body = ("More than 50 countries signed the Paris Call for Trust and Security in Cyberspace on Monday. "
            "Google and Facebook signed it too.\n\n"
            "Separately, Cisco said it had signed the Cybersecurity Tech Accord.\n")
    doc = analyse(read_text(HEADER + body))
    signed = {(doc.entities[f.subject].label, f.object) for f in extract_all(doc) if f.predicate == "signed"}
    assert signed == {("Google", "agreement/paris-call"), ("Facebook", "agreement/paris-call"),
                      ("Cisco", "ACC:CybersecurityTechAccord")}


def test_regression_articles_score() -> None:
    """Articles written for these tests after the dev corpus (tests/data/regression); the loader was then
    tuned on them too, so this guards regressions, it does not measure unseen-text accuracy. The b8_ to b15_
    files are eight blind batches of session 3, first scored at F1 0.700, 0.713, 0.751, 0.599, 0.722, 0.759,
    0.644 and 0.791; b16_ to b28_ are thirteen of session 4, first scored at 0.852, 0.769, 0.795, 0.867,
    0.824, 0.729, 0.867, 0.813, 0.731, 0.650, 0.638, 0.714 and 0.782; b30_ to b44_ are fifteen of session 5
    (HTML pages among them), first scored at 0.888, 0.791, 0.726, 0.913, 0.769, 0.887, 0.751, 0.815, 0.874,
    0.896, 0.915, 0.859, 0.729, 0.921 and 0.873; b45_ to b56_ are twelve of session 6, first scored at 0.879,
    0.925, 0.920, 0.903, 0.976, 0.955, 0.818, 0.791, 0.876, 0.921, 0.833 and 0.937; b57_ to b64_ are eight of
    session 7, first scored at 0.867, 0.947, 0.961, 0.864, 0.929, 0.917, 0.776 and 0.583 (the last written as
    transcripts, Q&A and digests); b65_ to b72_ are eight more of session 7, first scored at 0.916, 0.873,
    0.922, 0.839, 0.938, 0.887, 0.785 and 0.803; b73_ to b84_ are twelve of session 8, first scored at 0.916,
    0.833, 0.922, 0.884, 0.856, 0.858, 0.863, 0.797, 0.818, 0.944, 0.780 and 0.861; b85_ to b96_ are twelve of
    session 9 (structured pages, transcripts, translated copy, CSV exports and directories among them), first
    scored at 0.883, 0.755, 0.828, 0.547, 0.813, 0.720, 0.840, 0.832, 0.969, 0.871, 0.722 and 0.736; b97_ to
    b104_ are eight of session 10 (launch coverage, later signatories, incidents and diplomacy, saved web pages,
    outlets abroad, trade press, opinion and conversation, web pages from varied publishing systems), first
    scored at 0.921, 0.673, 0.964, 0.993, 0.952, 0.832, 0.655 and 0.806; b105_ to b112_ are eight of session 11
    (mainstream news, syndicated copy, regional later joiners, policy news and long features), first scored at
    0.871, 0.934, 0.946, 0.933, 0.961, 0.883, 0.885 and 0.930, then b113_ to b115_ (outlets abroad, company
    communications and trade press, incident stories), first scored at 0.884, 0.903 and 0.944, and b116_
    (explainers, FAQ, timeline, glossary, digest), first scored at 0.916; b117_ to b120_ are four of session 12
    (opinion and analysis; local business news of later joiners; government and diplomacy; live blog, Q&A,
    session recap, press release, forum thread, wire brief), first scored at 0.892, 0.833, 0.867 and 0.719,
    then b121_ to b124_ (anniversary reports; English-language outlets abroad; incidents and attribution;
    corporate pages, a social post, a directory and an agenda), first scored at 0.939, 0.838, 0.979 and 0.876;
    b125_ to b128_ are four of session 13 (launch coverage in many voices; later joiners and the secretariat;
    diplomacy and rival pledges; features, transcripts and fact boxes), first scored at 0.800, 0.888, 0.922 and
    0.861, then b129_ to b132_ (trade and channel press; regional and wire copy; features and profiles;
    explainers and reference formats), first scored at 0.826, 0.911, 0.877 and 0.774; b133_ to b136_ are four
    of session 14 (opinion and commentary; transcripts and Q&A; web pages of many shapes; later years and
    follow-ups), first scored at 0.846, 0.924, 0.948 and 0.859, then b137_ to b140_ (outlets abroad and
    translated copy; forum threads, social posts and chat logs; data journalism, rankings and renamed founders;
    company announcements in many formats), first scored at 0.829, 0.617, 0.667 and 0.830 and only partly tuned
    on (0.910, 0.875, 0.858, 0.888); b141_ to b144_ are session 15's (PDF-extracted reports, briefs and filings;
    podcast, video and webinar show notes; local and trade press; reference pages, timelines, fact-checks and
    quizzes), first scored at 0.746, 0.629, 0.850 and 0.712 and only partly tuned on (0.806, 0.876, 0.850,
    0.940), then b145_ to b148_ (official statements; academic papers, reviews and syllabi; newsletters and
    roundups; wire flashes, long features, statistics and an interview), first scored at 0.856, 0.873, 0.908 and
    0.821 (tuned on the first two only: 0.916, 0.910); b149_ to b152_ are session 16's (email threads, newsletters,
    social posts and chat exports; corporate filings, RFPs, questionnaires and codes of conduct; Markdown, wiki,
    changelog and notebook pages; non-native and machine-translated English), first scored at 0.812, 0.838, 0.758
    and 0.873, then b153_ to b156_ (listicles and myth-vs-fact pages; hypotheticals, rumours and predictions; event
    agendas, speaker bios and listings; mixed-language pages and international legal forms), first scored at 0.895,
    0.870, 0.817 and 0.861, then b157_ to b160_ (sector trade press; magazine layouts with pull quotes and fact
    boxes; dense investigations; aggregator, feed and clipping pages), first scored at 0.917, 0.745, 0.764 and 0.763;
    b161_ to b164_ are session 17's (meeting minutes, call notes and rolls; podcast, caption, radio, earnings-call and
    panel transcripts; forum threads, an AMA and comment sections; profiles, people moves, class notes and an
    obituary), first scored at 0.674, 0.676, 0.874 and 0.804, then b165_ to b168_ (legal documents and contracts;
    threat reports and advisories; slide decks, posters and fact sheets; talk pages, revision histories, tracked
    changes and diffs), first scored at 0.846, 0.870, 0.436 and 0.739; b169_ to b172_ are session 18's (wire,
    broadsheet, business, regional and live-blog news; text copied out of PDFs; translated and non-native English;
    CSV, TSV, table and FAQ data), first scored at 0.882, 0.751, 0.743 and 0.621, then b173_ to b176_ (press
    releases; opinion, editorials and letters; digests and roundups; long-form features), first scored at 0.941,
    0.931, 0.876 and 0.890, and b177_ to b180_ (launch-week coverage; later signatories; attribution stories; the
    Paris Call), first scored at 0.901, 0.875, 0.899 and 0.941, and b181_ to b184_ (short news and corrections;
    interviews; world press; social posts), first scored at 0.932, 0.859, 0.905 and 0.657; b189_ to b192_ are
    session 19's (social posts, threads, chat exports and comment pages; interviews, broadcast and hearing
    transcripts; news prose; wiki pages, minutes, handouts, briefs and FAQs), first scored at 0.708, 0.851, 0.774
    and 0.906, then b193_ to b196_ (2019-2024 news; captioned video, keynote, earnings-call, webinar, podcast and
    press-conference transcripts; Reddit, Mastodon, Q&A-site, review-blog, Discord and GitHub-issue threads;
    annual-report, questionnaire, press-kit, consultation, board-memo and library-guide documents), first scored
    at 0.946, 0.735, 0.770 and 0.624; b197_ and b198_ are session 20's (regional and trade press outside the US;
    news analysis and explainers tying the accord to incidents and policy), first scored at 0.890 and 0.885, then
    b199_ and b200_ (launch-week mainstream news; later signatories, a removal and a merger), 0.879 and 0.925;
    b201_ to b206_ are session 21's (later joiners in business and trade press; policy writing, hearings and
    op-eds; live blog, podcast, translated wire copy and corrections; wire and broadcast forms; regional press
    outside the US and Western Europe; long-form and reference writing), first scored at 0.927, 0.876, 0.902,
    0.933, 0.809 and 0.970, then b207_ to b209_ (company documents: investor news, an annual report, an ESG
    section, a job posting, a shareholder letter, a press kit; social threads, comments and letters; incident and
    attribution news), first scored at 0.852, 0.840 and 0.910, and b210_ to b212_ (launch-week news from six
    countries; 2020-2025 news; diplomacy news), first scored at 0.968, 0.905 and 0.860. The set scored 0.964 at the
    end of session 15 (871 articles); the bar is 0.955."""
    from pathlib import Path

    from kg.evaluate import evaluate

    folder = Path(__file__).parent / "data" / "regression"
    reports = evaluate([folder], Path(__file__).resolve().parents[1] / "examples" / "queries")
    tp = sum(s.tp for r in reports for s in r.scores.values())
    fp = sum(s.fp for r in reports for s in r.scores.values())
    fn = sum(s.fn for r in reports for s in r.scores.values())
    assert len(reports) == 1231
    assert 2 * tp / (2 * tp + fp + fn) >= 0.955


def test_optional_spacy_model_adds_entities(tmp_path: Path) -> None:
    """The --model path with a small pipeline made here (no download): its PERSON entity becomes a person."""
    spacy = pytest.importorskip("spacy", reason="spaCy is in the test extras; without it --model cannot work")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Zorblat Quiggins"}])
    nlp.to_disk(tmp_path / "tiny-model")
    text = "---\ndate: 2020-01-01\n---\nThe accord grew. Zorblat Quiggins will attend the meeting.\n"
    without = analyse(read_text(text))
    with_model = analyse(read_text(text), model=str(tmp_path / "tiny-model"))
    assert not any(e.kind == "PERSON" for e in without.entities.values())
    assert [e.label for e in with_model.entities.values() if e.kind == "PERSON"] == ["Zorblat Quiggins"]


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(KGError, match="not installed"):
        analyse(read_text("Some text about the accord.\n"), model="no_such_model_xyz")


def test_members_of_another_body_are_not_signatories() -> None:
    body = ("Microsoft and Google, both members of the Internet Association, disagreed. Members now range from "
            "giants like Cisco and Oracle to start-ups such as Quibbly.\n\nThe accord's ranks swelled in 2018 with "
            "Hitachi, Panasonic and NEC all signing up. Zentara and Vellmore, two Finnish firms, are also on board.\n")
    assert labels(body, "signed") == {"Cisco", "Oracle", "Quibbly", "Hitachi", "Panasonic", "NEC", "Zentara",
                                      "Vellmore"}


def test_a_membership_sentence_no_rule_reads_still_gives_its_listed_members() -> None:
    body = "At the accord's summit, the signatories Brightmoor Data, Quellan Systems and Orbis all spoke.\n"
    assert {"Brightmoor Data", "Quellan Systems", "Orbis"} <= labels(body, "signed")


def test_dictionary_names_inside_hyphenated_words() -> None:
    """'Google-parent Alphabet' names Google (a modifier) and its parent; 'Asia-Pacific' is not Asia."""
    doc = analyse(read_text(HEADER + "Apple and Google-parent Alphabet are absent. The Asia-Pacific Forum met.\n"))
    parents = [(f.subject, f.object) for f in extract_all(doc) if f.predicate == "parentOrganization"]
    assert parents == [("organization/google", "organization/alphabet")]
    assert "place/asia" not in doc.entities
