"""Text laid out for print (a PDF's extraction): pages, running heads, footnotes, columns and broken words are
undone, and every character keeps its offset in the text as given, so that evidence quotes the source."""

from __future__ import annotations

from kg.article import read_text
from kg.layout import looks_printed, unprint

PAGED = ("ORRIN INSTITUTE | WORKING PAPER 4/2020                         1\n\n"
         "The accord was signed by Cisco and Dell. Its later mem-\nbers include Ravelin Data, which joined in\n\n"
         "1 Accord website, signatory list.\n"
         "\f"
         "ORRIN INSTITUTE | WORKING PAPER 4/2020                         2\n\n"
         "2019, and Tessaly Robotics.2 Nothing else changed.\n\n"
         "2 Interview with the author.\n")


def test_pages_run_on_without_their_heads_and_with_the_notes_at_the_end() -> None:
    text = unprint(PAGED).text
    assert "WORKING PAPER" not in text
    assert "Its later members include Ravelin Data, which joined in 2019, and Tessaly Robotics. Nothing" in " ".join(
        text.split())  # one paragraph across the page break, the footnote mark gone
    assert text.index("1 Accord website") > text.index("Nothing else changed")  # the notes follow the body


def test_every_character_keeps_its_offset_and_a_quote_is_found_in_the_source() -> None:
    traced = unprint(PAGED)
    assert all(PAGED[p] == c for c, p in zip(traced.text, traced.pos, strict=True) if p >= 0)
    article = read_text(PAGED)
    start = article.text.index("Its later")
    end = article.text.index("Robotics.") + len("Robotics.")
    quote = article.quote(start, end)
    assert quote in PAGED and quote.startswith("Its later mem-\nbers") and quote.endswith("Robotics.")


def test_two_columns_are_read_one_after_the_other() -> None:
    left = ["At launch the accord counted 34 companies,", "most of them headquartered in North America,",
            "and a handful from Europe such as SAP and"]
    right = ["Nokia. The security vendors were Avast,", "Bitdefender and F-Secure; Kaspersky was not",
             "among them and has not joined since then."]
    page = "\n".join(f"{a:<52}{b}" for a, b in zip(left, right, strict=True))
    assert unprint(page).text == "\n".join(left + right)


def test_a_table_laid_out_with_spaces_is_left_alone() -> None:
    table = "Company        Joined\nRavelin Data   2019\nTessaly        2020\nOrrin          2021\n"
    assert unprint(table).text == table


def test_a_broken_word_is_mended_but_a_compound_written_elsewhere_keeps_its_hyphen() -> None:
    text = "Founders included Tele-\nfónica and Kasper-\nsky said no. A state-\nsponsored attack; state-sponsored.\n"
    mended = unprint(text).text
    assert mended.startswith("Founders included Telefónica\nand Kaspersky\nsaid no.")  # moved up to its line
    assert "state-sponsored\nattack" in mended


def test_plain_prose_is_not_taken_for_print() -> None:
    assert not looks_printed("Microsoft led the accord.\n\nCisco signed it, as did Dell.\n")
    article = read_text("Microsoft led the accord.\n")
    assert article.origin is None and article.quote(0, 9) == "Microsoft"


QUOTED = ("Tamsin, the accord's page says otherwise.\n\n"
          "On Wed, 18 Apr 2018 at 23:10, Jonas Feldkamp wrote:\n"
          "> I'm fairly sure Facebook is on it.\n"
          "> Google signed as well, I think.\n"
          ">\n"
          "> On Wed, 18 Apr 2018 at 18:31, Tamsin wrote:\n"
          "> > I don't think Facebook is on it, and Oracle definitely\n"
          "> > isn't.\n")


def test_an_emails_quoted_replies_lose_their_marks_and_each_message_is_a_paragraph() -> None:
    assert looks_printed(QUOTED)
    traced = unprint(QUOTED)
    assert ">" not in traced.text
    assert "on it.\nGoogle signed as well" in traced.text  # one message at one depth: one paragraph
    assert "\n\nI don't think Facebook is on it, and Oracle definitely\nisn't." in traced.text  # deeper: its own
    assert all(QUOTED[p] == c for c, p in zip(traced.text, traced.pos, strict=True) if p >= 0)
    assert not looks_printed("A line.\n> one quoted line\nAnother line.\n")  # one '>' line is no email thread


def test_markdown_marks_are_read_as_the_words_they_show() -> None:
    given = ("The format follows [Keep a Changelog](https://keepachangelog.com/). Orrin Data has **not** signed.\n\n"
             "- ~~Ravelin Data joined in May.~~ Removed: a scraper error.\n- **Vantis AB** (SE), joined 2019.\n")
    assert looks_printed(given)
    traced = unprint(given)
    assert traced.text.startswith("The format follows Keep a Changelog. Orrin Data has not signed.")
    assert "Ravelin" not in traced.text and "- Vantis AB (SE), joined 2019." in traced.text  # struck out: withdrawn
    assert all(given[p] == c for c, p in zip(traced.text, traced.pos, strict=True) if p >= 0)
    assert not looks_printed("Prices rose 2 * 3 * 4 times; see the list.\n- one\n- two\n")


CAPTIONS = ("WEBVTT\nKind: captions\n\nNOTE\nNordic Grid Security Forum 2019\n\n1\n00:00:11.800 --> 00:00:15.400\n"
            "<v Moderator>Please welcome Halvard Brekke,\n\n2\n00:00:15.400 --> 00:00:19.000\n<v Moderator>chief "
            "security officer\nat Skarvik Grid.\n\n3\n00:00:19.000 --> 00:00:22.600\n[APPLAUSE]\n\n4\n"
            "00:00:22.600 --> 00:00:26.900\n<v Halvard Brekke>Thank you. In May we signed\n\n5\n"
            "00:00:26.900 --> 00:00:31.300\n<v Halvard Brekke>the <i>Cybersecurity Tech Accord</i>.\n")


def test_subtitles_read_as_turns_that_quote_the_source() -> None:
    assert looks_printed(CAPTIONS)
    traced = unprint(CAPTIONS)
    paragraphs = [" ".join(p.split()) for p in traced.text.split("\n\n")]
    assert paragraphs == ["Nordic Grid Security Forum 2019",
                          "Moderator: Please welcome Halvard Brekke, chief security officer at Skarvik Grid.",
                          "Halvard Brekke: Thank you. In May we signed the Cybersecurity Tech Accord."]
    assert all(CAPTIONS[p] == c for c, p in zip(traced.text, traced.pos, strict=True) if p >= 0)
    article = read_text(CAPTIONS)
    start = article.text.index("In May")
    quote = article.quote(start, article.text.index("Accord") + len("Accord"))
    assert quote.startswith("In May we signed\n\n5\n") and quote.endswith("Cybersecurity Tech Accord")


TRACKED = ("Kestrel Ridge Software today announced that it has signed the Cybersecurity Tech Accord. Founding members "
           "include Microsoft{--, Google and Amazon--}{++ and Cisco++}. {>>DM: Google and Amazon never signed.<<}"
           "The decision followed {~~the SolarWinds hack~>a year of ransomware attacks on hospitals~~}.\n")


def test_tracked_changes_read_as_accepted() -> None:
    assert looks_printed(TRACKED)
    traced = unprint(TRACKED)
    assert traced.text == ("Kestrel Ridge Software today announced that it has signed the Cybersecurity Tech Accord. "
                           "Founding members include Microsoft and Cisco. The decision followed a year of ransomware "
                           "attacks on hospitals.\n")
    assert all(TRACKED[p] == c for c, p in zip(traced.text, traced.pos, strict=True) if p >= 0)


WIKI = ("{{Talk header}}\n\n== Founding signatories ==\n\nThe two extra names are Google and Apple. I have removed "
        "both. [[User:Quillmarsh|Quillmarsh]] ([[User talk:Quillmarsh|talk]])\n::<s>Amazon is on it, AWS signed on day "
        "one.</s> Struck. Amazon is not a signatory. '''Oppose.''' [[Trend Micro]] signed.\n")


def test_wiki_source_reads_as_the_page_shows_it_without_struck_text() -> None:
    assert looks_printed(WIKI)
    traced = unprint(WIKI)
    assert "Founding signatories" in traced.text and "==" not in traced.text and "{{" not in traced.text
    assert "AWS signed" not in traced.text and "Struck. Amazon is not a signatory. Oppose. Trend Micro signed." in \
        traced.text and "Quillmarsh (talk)" in traced.text
    assert all(WIKI[p] == c for c, p in zip(traced.text, traced.pos, strict=True) if p >= 0)


def test_a_comment_header_loses_its_marks_and_markdown_headings_keep_theirs() -> None:
    text = "# Tracker\n#\n# The accord was announced by 34\n# technology companies.\n\ncompany,status\nABB,signed\n"
    traced = unprint(text)
    assert traced.text.splitlines()[:4] == ["Tracker", "", "The accord was announced by 34", "technology companies."]
    assert all(text[p] == c for p, c in zip(traced.pos, traced.text, strict=True) if p >= 0)
    assert unprint("# Title\n\nBody.\n\n# Next\n\nMore.\n").text.startswith("# Title")
