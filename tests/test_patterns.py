"""kg.nlp.patterns.Cue: the lower-case twin is only a first look, so a Cue must find exactly what its
real (case-insensitive) pattern finds, on real sentences and on generated mixed-case text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.relations.base
import kg.relations.events
import kg.relations.leaders
import kg.relations.membership
import kg.relations.principles
from kg.nlp.patterns import AnchoredCue, Cue, anchored, lower_twin, required_words, split_alternatives

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "data" / "regression").glob("*.txt")) + sorted(
    (ROOT / "data" / "articles").glob("*.txt"))
CUES = {f"{module.__name__}.{name}": value
        for module in (kg.relations.membership, kg.relations.leaders, kg.relations.events, kg.relations.base,
                       kg.relations.principles)
        for name, value in vars(module).items() if isinstance(value, Cue)}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def spans(pattern: Cue | re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_lower_twin_lowers_letters_but_not_escapes() -> None:
    assert lower_twin(r"\bAccord\S+(?-i:[A-Z])\W") == r"\baccord\S+(?:[a-z])\W"
    assert lower_twin(r"[^A-Z]+") is None  # would exclude lower-case letters the real pattern allows
    cue = Cue(r"\bTech\s+Accord\b|members\s+(?=(?-i:[A-Z]))")
    assert cue.search("the tech ACCORD") is not None
    assert spans(cue, "members Cisco, members of") == [(0, 8)]  # the capital check still holds
    assert cue.search("nothing here") is None
    assert cue.search("İstanbul TECH accord") is not None  # 'İ' lower-cases to two characters


def test_an_anchored_cue_runs_only_the_branches_whose_anchor_words_are_there() -> None:
    cue = AnchoredCue([(("member",), r"\bmembers?\s+(?=(?-i:[A-Z]))"), (("signed",), r"\bsigned\s+by\s+")])
    assert spans(cue, "Members Cisco and Dell; it was SIGNED BY Oracle") == [(0, 8), (31, 41)]
    assert cue.search("members of the board") is None  # the capital check still holds
    assert cue.search("signers by the dozen") is None  # no branch's anchor: no search at all
    assert isinstance(kg.relations.membership.LIST_CUE, AnchoredCue)


def test_an_anchored_cue_runs_the_real_pattern_with_the_branches_that_can_match_from_where_they_can() -> None:
    cue = AnchoredCue([(("member",), r"\bmembers?\s+(?=(?-i:[A-Z]))"), (("signed",), r"\bsigned\s+by\s+"),
                       (("roster",), r"\broster\s+includes\s+")])
    text = "Old news. It was SIGNED BY Oracle; the roster includes Dell, and members Cisco"
    assert spans(cue, text) == spans(cue.regex, text) == [(17, 27), (39, 55), (65, 73)]
    assert spans(cue, "The roster includes Avast") == [(4, 20)]  # one branch's anchor, no other branch's
    assert cue.search(text, 24) is not None and cue.search(text, 24).span() == (39, 55)  # type: ignore[union-attr]
    assert cue.search("members of the roster") is None  # anchors there, but no branch matches
    list_cue = kg.relations.membership.LIST_CUE
    assert spans(list_cue, "and the published roster also includes Avast") == [(8, 39)]  # 'roster' is an anchor


def test_anchor_words_are_worked_out_from_the_pattern() -> None:
    assert split_alternatives(r"a|[|]|\||(b|c)|[]|]") == ["a", "[|]", r"\|", "(b|c)", "[]|]"]
    assert required_words(r"\b(?:has|have)\s+yet\s+to\s+(?:sign|join)") == ("join", "sign")  # the longest
    assert required_words(r"\bno-shows?\b") == ("no-show",)
    assert required_words(r"(?:conspicuously\s+)?(?:Absent|missing)\b") == ("absent", "missing")  # not optional
    assert required_words(r"(?-i:[A-Z])\w+") == ()  # no literal it cannot do without: always tried
    assert required_words(r"(?:x|\w+)\s+signed") == ("signed",)  # a branch without anchors does not count
    # a small class spells a word more than one way; the parser's shared prefix ("n(?:ot|['’]t)") is put back
    assert required_words(r"\b(?:is|are)\s*(?:not|n['’]t)\s+on\s+it") == ("n't", "not", "n’t")
    assert required_words(r"\borgani[sz]ations?\b") == ("organisation", "organization")
    cue = anchored(r"\bnot\s+among|\bno-shows?\b|(?-i:[A-Z])\w+\s+holdouts?|\bstayed\s+away")
    assert isinstance(cue, AnchoredCue) and isinstance(kg.relations.membership.ABSENT_CUE, AnchoredCue)
    assert spans(cue, "Apple was a NO-SHOW; Google stayed away") == [(12, 19), (28, 39)]
    assert cue.search("nothing of the sort") is None


def test_the_extractors_use_cues() -> None:
    assert {"kg.relations.membership.LIST_CUE", "kg.relations.membership.ABSENT_CUE",
            "kg.relations.leaders.PASSIVE"} <= set(CUES)


@pytest.mark.parametrize("name", sorted(CUES))
def test_cue_finds_what_its_pattern_finds_in_real_articles(name: str) -> None:
    cue = CUES[name]
    assert len(ARTICLES) >= 20
    found = 0
    for path in ARTICLES:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        # each line, and each sentence of it: an anchor word missing from a branch shows where no other
        # branch's anchor is in the text
        for line in lines + [part for whole in lines for part in _SENTENCE_END.split(whole) if part != whole]:
            expected = spans(cue.regex, line)
            assert spans(cue, line) == expected, (name, path.name, line)
            assert (cue.search(line) is None) == (not expected)
            found += len(expected)
    if name.endswith(("LIST_CUE", "ABSENT_CUE", "SIGN_VERB", "PASSIVE")):
        assert found, f"{name} found nothing: the comparison above would be vacuous"


_WORDS = ["signed", "Joined", "the", "Accord", "ACCORD", "members", "Members", "include", "Cisco", "not", "yet",
          "to", "sign", "declined", "absent", "led", "by", "Microsoft", "among", "signatories", "İ", "ß", "n't",
          "has", "on", "board", ",", ":", "such", "as", "conspicuously", "missing", "Pact", "initiative"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=25), name=st.sampled_from(sorted(CUES)))
def test_cue_finds_what_its_pattern_finds_in_generated_text(words: list[str], name: str) -> None:
    text = " ".join(words)
    assert spans(CUES[name], text) == spans(CUES[name].regex, text)


def test_has_any_answers_each_stem_list_from_one_scan_of_the_sentence() -> None:
    from kg.relations.base import has_any

    text = "Cisco SIGNED up, but Oracle declined."
    assert has_any(text, ("signed up",)) and has_any(text, ("sign",)) and has_any(text, ("declin", "zzz"))
    assert not has_any(text, ("joined", "member"))
    late = ("oracle dec",)  # a list first asked about after the sentence was scanned: the index grows
    assert has_any(text, late) and not has_any(text, ("oracle joined",))
    assert has_any("Sí, firmó", ("sí",)) and not has_any("Si", ("sí",))


def test_the_stem_index_answers_the_same_before_and_after_it_merges_its_late_stems() -> None:
    from kg.nlp.patterns import _StemIndex

    index = _StemIndex()
    index.register(frozenset({"sign", "signed", "join", "accord"}))
    text = "they signed the accord and joined the signatories"
    assert index.present(text) == {"sign", "signed", "join", "accord"}
    index.register(frozenset({"signator", "signatories", "ed the", "s"}))  # late: a second, small pattern
    assert index._recent is not None  # (the state under test)
    expected = {"sign", "signed", "join", "accord", "signator", "signatories", "ed the", "s"}
    assert index.present(text) == expected
    for _ in range(index._QUIET + 1):
        index.present(f"{_} {text}")
    assert index._recent is None and index.present(text + " ") == expected  # merged: one pattern


def test_a_guarded_pattern_finds_what_its_pattern_finds_and_needs_words_to_look_for() -> None:
    import kg.nlp.mentions
    import kg.nlp.segment
    from kg.nlp.patterns import Guarded

    guarded = [kg.nlp.segment._NEWSLETTER, kg.nlp.segment._SHARE_BAR, kg.nlp.mentions._NAMED_THREAT,
               kg.relations.membership._BELOW]
    lines = [line for path in ARTICLES[::5] for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += ["Share: Twitter | Facebook | LinkedIn | Email", "Subscribe to our daily newsletter updates",
              "the ransomware strain, which researchers dubbed ", "The new members are listed below:"]
    found = 0
    for pattern in guarded:
        assert isinstance(pattern, Guarded)
        for line in lines:
            for pos in (0, max(0, len(line) - 40)):
                expected = pattern.regex.search(line, pos)
                got = pattern.search(line, pos)
                assert (got.span() if got else None) == (expected.span() if expected else None), (pattern, line)
                found += expected is not None
    assert found >= 4
    with pytest.raises(ValueError):
        Guarded(re.compile(r"(?-i:[A-Z])\w+"))  # no word every match holds: nothing to look for first
