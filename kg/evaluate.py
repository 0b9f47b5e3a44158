"""Score the loader against hand-written answers (``kg eval``), the way ../shared/tools/cq_eval.py does.

Gold format: beside each article ``NAME.txt`` a ``NAME.gold.json``::

    {"questions": {
        "signatories": {"required": [["Cisco", "Cisco Systems"], ...], "optional": [[...]]},
        "absent": {...}, "leaders": {...}, "incidents": {...}, "events": {...},
        "people": {"required": [["Brad Smith"]], "affiliations": {"Brad Smith": ["Microsoft"]}},
        "principles": {"texts": ["..."], "optional_texts": ["..."]},
        "evidence": {"aliases": [["Cisco", "Cisco Systems"]]}}}

Each inner list is one answer with its aliases. Names match after folding case, accents, punctuation
and company suffixes; every returned name that matches nothing counts against precision; optional
answers are neither rewarded nor punished. Principles match by content-word overlap (Jaccard >= 0.4);
evidence rows must quote the article and name the signatory. A person's affiliation list may be empty
(a person with no organisation): there is nothing to check for them.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.article import decode
from kg.errors import InputError

_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag",
             "sa", "se", "nv", "bv", "gmbh", "oyj", "asa", "ab", "the"}
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "from", "by", "as", "at", "that",
         "this", "be", "is", "are", "not", "do", "any", "all"}
QUESTIONS = ("signatories", "absent", "leaders", "principles", "incidents", "people", "events", "evidence")


def norm(name: str) -> str:
    """'Cisco Systems, Inc.' -> 'cisco systems'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ").replace("’", "'")
    words = re.sub(r"[^a-z0-9]+", " ", re.sub(r"'s\b", "", text)).split()
    while words and words[-1] in _SUFFIXES:
        words.pop()
    while words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def _content(text: str) -> set[str]:
    return {w for w in norm(text).split() if w not in _STOP and len(w) > 2}


@dataclass
class Score:
    """Counts for one question of one article, with what was missed and what was extra."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_names(gold: dict[str, Any], answers: list[str], contain: bool = False) -> Score:
    required = [[norm(a) for a in item] for item in gold.get("required", [])]
    optional = [[norm(a) for a in item] for item in gold.get("optional", [])]
    predicted = sorted({norm(a) for a in answers if norm(a)})

    def same(alias: str, answer: str) -> bool:
        return alias == answer or (contain and len(alias) >= 3 and f" {alias} " in f" {answer} ")

    def hits(item: list[str]) -> list[str]:
        return [p for p in predicted if any(same(a, p) for a in item)]

    out = Score()
    out.missed = [item[0] for item in required if not hits(item)]
    covered = {p for item in required + optional for p in hits(item)}
    out.extra = [p for p in predicted if p not in covered]
    out.tp, out.fp, out.fn = len(required) - len(out.missed), len(out.extra), len(out.missed)
    return out


def score_affiliations(gold: dict[str, Any], rows: list[list[str]]) -> Score:
    out = Score()
    for person, orgs in gold.get("affiliations", {}).items():
        if not orgs:
            continue  # "Marcus Hutchins": []: a person with no organisation to check
        wanted = {norm(o) for o in orgs}
        found = [r for r in rows if norm(r[0]) == norm(person) and len(r) > 2]
        if any(w == norm(r[2]) or f" {w} " in f" {norm(r[2])} " for r in found for w in wanted):
            out.tp += 1
        else:
            out.fn += 1
            out.missed.append(f"{person} -> {orgs[0]}")
    return out


def score_principles(gold: dict[str, Any], rows: list[list[str]]) -> Score:
    texts = [r[1] if len(r) > 1 else r[0] for r in rows]
    unused: list[set[str] | None] = [_content(t) for t in texts]
    out = Score()
    for wanted in gold.get("texts", []):
        words = _content(wanted)
        best, best_i = 0.0, -1
        for i, have in enumerate(unused):
            if have is not None and words and len(words & have) / len(words | have) > best:
                best, best_i = len(words & have) / len(words | have), i
        if best >= 0.4:
            out.tp += 1
            unused[best_i] = None
        else:
            out.fn += 1
            out.missed.append(wanted[:60])
    for tolerated in gold.get("optional_texts", []):
        words = _content(tolerated)
        for i, have in enumerate(unused):
            if have is not None and words and len(words & have) / len(words | have) >= 0.4:
                unused[i] = None
                break
    out.extra = [texts[i][:60] for i, u in enumerate(unused) if u is not None]
    out.fp = len(out.extra)
    return out


def score_evidence(gold: dict[str, Any], rows: list[list[str]], raw: str, signatories: dict[str, Any]) -> Score:
    flats = [re.sub(r"\s+", " ", v) for v in (raw, html.unescape(re.sub(r"<[^>]+>", " ", raw)))]
    aliases: dict[str, list[str]] = {}
    for item in gold.get("aliases", []):
        for alias in item:
            aliases[norm(alias)] = [norm(x) for x in item]
    out = Score()
    supported: set[str] = set()
    for row in rows:
        sentence = re.sub(r"\s+", " ", row[1]).strip() if len(row) > 1 else ""
        names = aliases.get(norm(row[0]), [norm(row[0])])
        if sentence and any(sentence in f for f in flats) and any(n and n in norm(sentence) for n in names):
            out.tp += 1
            supported.add(norm(row[0]))
        else:
            out.fp += 1
            out.extra.append(f"{row[0]}: {sentence[:60]}")
    out.missed = [item[0] for item in signatories.get("required", []) if not supported & {norm(a) for a in item}]
    out.fn = len(out.missed)
    return out


_ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def _gold_for(article: Path) -> Path:
    """NAME.gold.json beside NAME.txt (or NAME.html)."""
    return article.with_name(article.stem + ".gold.json")


@dataclass
class ArticleReport:
    article: Path
    scores: dict[str, Score]


def evaluate(paths: list[Path], queries: Path) -> list[ArticleReport]:
    """Build each article that has a gold file, ask the competency questions, score the answers."""
    from kg.pipeline import build

    articles: list[Path] = []
    for path in paths:
        articles += sorted(p for p in path.iterdir() if p.suffix.lower() in _ARTICLE_SUFFIXES) \
            if path.is_dir() else [path]
    articles = [a for a in articles if _gold_for(a).exists()]
    if not articles:
        raise InputError("no article with a NAME.gold.json beside it")
    reports = []
    for article in articles:
        gold_file = _gold_for(article)
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))["questions"]
        except (ValueError, KeyError) as exc:
            raise InputError(f"{gold_file}: not a gold file ({exc})") from None
        graph = build([article], warn=False, progress=False)
        scores: dict[str, Score] = {}
        for question, wanted in gold.items():
            query_file = queries / f"{question}.rq"
            if not query_file.exists():
                raise InputError(f"{query_file}: no query for the question {question!r}")
            result = graph.query(query_file.read_text(encoding="utf-8"))
            rows = [["" if v is None else str(v) for v in row] for row in result]
            rows = [r for r in rows if any(c.strip() for c in r)]
            if question == "principles":
                scores[question] = score_principles(wanted, rows)
            elif question == "evidence":
                scores[question] = score_evidence(wanted, rows, decode(article.read_bytes(), str(article)),
                                                  gold.get("signatories", {}))
            else:
                scores[question] = score_names(wanted, [r[0] for r in rows], contain=question == "events")
                if question == "people" and wanted.get("affiliations"):
                    scores["affiliations"] = score_affiliations(wanted, rows)
        reports.append(ArticleReport(article, scores))
    return reports


def report_text(reports: list[ArticleReport], verbose: bool = False) -> str:
    """The per-article, per-question table, the misses, and the overall line."""
    lines = []
    total = Score()
    for report in reports:
        lines.append(f"== {report.article.name}")
        for question, s in report.scores.items():
            p, r, f = s.prf()
            lines.append(f"   {question:12} P={p:.2f} R={r:.2f} F1={f:.2f}  tp={s.tp} fp={s.fp} fn={s.fn}")
            if s.missed and (verbose or s.fn):
                lines.append(f"      missed: {s.missed}")
            if s.extra and (verbose or s.fp):
                lines.append(f"      extra:  {s.extra[:5]}")
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    p, r, f = total.prf()
    lines.append(f"overall: P={p:.3f} R={r:.3f} F1={f:.3f} articles={len(reports)}")
    return "\n".join(lines)
