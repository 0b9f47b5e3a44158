"""Properties of the loader, for any text (issue #7), checked with hypothesis.

For random Unicode, article-like word salad and real articles with random edits:

* the loader returns and never raises, except :class:`kg.errors.InputError` for text with nothing to read;
* building twice gives the same N-Triples (the graph has no blank nodes, so sorted N-Triples are canonical);
* every sentence in the graph (every evidence) is the text as read between its offsets;
* its graph conforms to the SHACL shapes (checked on fewer examples: pySHACL is slow).

Generated cases per run (max_examples): 1,500 + 1,000 + 400 + 300 + 150 = 3,350. The real articles are
data/articles/ and ../shared/corpus/dev/ (found from this file); without the latter the edited-articles
properties are skipped, loudly.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, URIRef

from kg.article import Article, read_text
from kg.errors import InputError
from kg.pipeline import article_graph

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
OWN_ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))
DEV_ARTICLES = sorted(SHARED_DEV.glob("*.txt")) if SHARED_DEV.is_dir() else []
ACC = "https://w3id.org/accord-kg/ontology#"
SENTENCE, SENTENCE_TEXT = URIRef(ACC + "Sentence"), URIRef(ACC + "sentenceText")
START, END, EVIDENCE = URIRef(ACC + "startOffset"), URIRef(ACC + "endOffset"), URIRef(ACC + "evidence")

COMMON = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                         HealthCheck.filter_too_much])


def _articles() -> list[str]:
    if not DEV_ARTICLES:
        pytest.skip(f"LOUD SKIP: the shared dev corpus is missing ({SHARED_DEV} does not exist); "
                    "the edited-articles properties need it")
    return [p.read_text(encoding="utf-8") for p in [*OWN_ARTICLES, *DEV_ARTICLES]]


# -- strategies --------------------------------------------------------------------------------------------
#: Pieces of articles and of hostile text: names the loader knows, verbs it reads, markup, odd characters.
VOCABULARY = [
    "Microsoft", "Cisco", "Facebook", "Nokia", "Oracle", "SAP", "Apple", "Amazon", "Google", "Alphabet",
    "Brad Smith", "Microsoft President Brad Smith", "Tarnwick Systems", "Obrisca Networks", "Inc.", "Corp.",
    "the Cybersecurity Tech Accord", "Cybersecurity Tech Accord", "the accord", "the Paris Call",
    "signed", "joined", "led", "is absent from", "did not sign", "are conspicuously absent from",
    "WannaCry", "NotPetya", "ransomware", "said", "“", "”", '"', "'", "’", "(", ")", ",", ".", ";", ":",
    "!", "?", "...", " - ", "—", "\n", "\n\n", "\r\n", "\t", "  ", "1.", "2)", "* ", "- ", "#", "###",
    "April 17, 2018", "2018-04-17", "Tuesday", "in San Francisco", "<p>", "</p>", "<script>alert(1)</script>",
    "<style>p{}</style>", "<!-- c -->", "<br>", "&amp;", "&#x202e;", "---\n", "title: x\n", "\u202e", "\u202c",
    "\u200b", "\ufeff", "\u2028", "\x00", "\x0c", "\x1f", "é", "Ⅻ", "ǅ", "𝔘", "İ", "ß", "ﬁ", "👍🏽", "\\",
    "About Microsoft", "Trending:", "Photo:", "By Jane Doe", "Media contact:", "Share:", "Subscribe to our newsletter",
]
ORGS = ["Microsoft", "Cisco", "Nokia", "Oracle", "Apple", "Tarnwick Systems", "Obrisca Networks", "HP", "the company"]
#: Sentences the extractors read facts from, with noise inside: "Cisco and Nokia signed the accord."
CLAIM = st.builds(
    lambda orgs, verb, noise, agreement, end: f"{' and '.join(orgs)} {verb}{noise} {agreement}{end}",
    st.lists(st.sampled_from(ORGS), min_size=1, max_size=4),
    st.sampled_from(["signed", "joined", "led", "did not sign", "are absent from", "have not signed"]),
    st.one_of(st.just(""), st.sampled_from(VOCABULARY).map(lambda v: " " + v)),
    st.sampled_from(["the Cybersecurity Tech Accord", "the accord", "the Paris Call", "the Tech Accord"]),
    st.sampled_from([".", ". ", ".\n", "\n\n", "!", "", ";", " ("]),
)
WORD_SALAD = st.lists(st.one_of(CLAIM, st.sampled_from(VOCABULARY), st.text(max_size=6)), max_size=60).map(
    lambda parts: " ".join(parts))
ANY_TEXT = st.one_of(st.text(max_size=400), WORD_SALAD,
                     st.text(alphabet=st.characters(codec="utf-8"), max_size=60).map(lambda s: s * 20))
SNIPPETS = st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=30))


@st.composite
def edited_article(draw: st.DrawFn) -> str:
    """A real article with a few random edits: inserts, deletions, duplications, replacements."""
    text = draw(st.sampled_from(_articles()))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "replace", "cut"]))
        at = draw(st.integers(0, len(text)))
        length = draw(st.integers(0, 400))
        if op == "insert":
            text = text[:at] + draw(SNIPPETS) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + length:]
        elif op == "duplicate":
            text = text[:at + length] + text[at:at + length] + text[at + length:]
        elif op == "replace":
            text = text[:at] + draw(SNIPPETS) + text[at + length:]
        else:
            text = text[at:at + max(length * 5, 1)]
    return text


# -- the properties ----------------------------------------------------------------------------------------
def load(text: str) -> tuple[Article, Graph] | None:
    """Read ``text`` as an article and extract its graph; None when it has nothing to read."""
    try:
        article = read_text(text, name="<generated>")
    except InputError as exc:
        assert re.search(r"has no text", str(exc)), f"an InputError for text with something to read: {exc}"
        plain = "<" not in text and not text.removeprefix("\ufeff").startswith("---")
        assert not plain or not text.removeprefix("\ufeff").strip(), f"{exc} for {text[:200]!r}"
        return None
    _, graph = article_graph(article)
    return article, graph


def ntriples(graph: Graph) -> list[str]:
    return sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())


def check_properties(text: str) -> Graph | None:
    loaded = load(text)
    if loaded is None:
        event("nothing to read")
        return None
    article, graph = loaded
    facts = sum(1 for _ in graph.subjects(EVIDENCE, None))
    event("facts: none" if not facts else "facts: 1-9" if facts < 10 else "facts: 10+")
    assert not any(True for t in graph for term in t if type(term).__name__ == "BNode"), "a blank node"
    again = load(text)
    assert again is not None
    assert ntriples(again[1]) == ntriples(graph), "building twice gives another graph"
    for sentence in graph.subjects(RDF.type, SENTENCE):
        said = str(graph.value(sentence, SENTENCE_TEXT))
        start, end = graph.value(sentence, START).toPython(), graph.value(sentence, END).toPython()
        assert said and said in article.given, f"evidence not in the article: {said[:200]!r}"  # as given: a PDF's
        assert article.given[start:end] == said, f"offsets {start}-{end} do not hold {said[:200]!r}"  # text too
    for evidence in graph.objects(None, EVIDENCE):
        assert (evidence, RDF.type, SENTENCE) in graph, f"evidence {evidence} is not a sentence"
    return graph


@settings(COMMON, max_examples=1500)
@given(ANY_TEXT)
@example("0\x0c")  # a form feed makes it a printed page, and "0" its page number (found by hypothesis)
def test_any_text(text: str) -> None:
    check_properties(text)


@settings(COMMON, max_examples=1000)
@given(edited_article())
def test_edited_articles(text: str) -> None:
    check_properties(text)


@settings(COMMON, max_examples=400)
@given(st.one_of(ANY_TEXT, edited_article()))
def test_files_through_kg_build(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    """The whole build from a file (bytes, decoding, resolution): a graph or a one-line InputError."""
    import kg

    path = tmp_path_factory.mktemp("prop") / "article.txt"
    data = text.encode("utf-8")
    path.write_bytes(data)
    try:
        first = kg.build([path], progress=False, warn=False)
    except InputError as exc:
        message = str(exc)
        assert "\n" not in message
        head = data[:8192]
        control = sum(1 for b in head if b < 9 or 13 < b < 32)
        binary = b"\x00" in head or (bool(head) and control / len(head) > 0.05)
        assert re.search(r"the file is empty|has no text", message) or (binary and "binary" in message), message
        return
    second = kg.build([path], progress=False, warn=False)
    assert ntriples(first.merged()) == ntriples(second.merged())


@settings(COMMON, max_examples=300)
@given(edited_article())
def test_edited_articles_conform_to_the_shapes(text: str) -> None:
    from kg.validate import validate

    graph = check_properties(text)
    if graph is not None:
        report = validate(graph)
        assert report.conforms, report.text()


@settings(COMMON, max_examples=150)
@given(WORD_SALAD)
def test_word_salad_conforms_to_the_shapes(text: str) -> None:
    from kg.validate import validate

    graph = check_properties(text)
    if graph is not None:
        report = validate(graph)
        assert report.conforms, report.text()
