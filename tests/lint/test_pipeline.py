"""The spaCy side: one pipeline per language, built on first use; the lookup lemmatizer, the normaliser, the
cache of lookup forms."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notegen.language import forms
from notegen.language.pipeline import NORMALISER, pipeline, split_words
from tests.factory import make_orders

from .conftest import DEV_CORPUS, ROOT

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SHOPS = {"de": "de-wollwerk", "fr": "fr-atelier", "en": "en-harbour-trust"}


def test_a_run_in_one_language_builds_only_that_language() -> None:
    script = (
        "import sys\n"
        "from notegen.lint import lint\n"
        "from notegen.language.pipeline import built\n"
        "lint('Hallo Anna,\\n\\nder Wollschal ist unterwegs.\\n\\nKatrin', lang='de')\n"
        "print(built(), 'spacy.lang.fr' in sys.modules, 'spacy.lang.en' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=os.environ)
    assert done.stdout.strip() == "('de',) False False"


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_the_pipeline_is_a_lookup_lemmatizer_and_the_normaliser(lang: str) -> None:
    nlp = pipeline(lang)
    assert nlp.lang == lang and nlp.pipe_names == ["lemmatizer", NORMALISER]
    assert nlp.get_pipe("lemmatizer").mode == "lookup"
    assert pipeline(lang) is nlp


@pytest.mark.parametrize(
    ("lang", "text", "lemmas", "norms"),
    [
        ("de", "Bestellungen sind", ["Bestellung", "sein"], ["bestellung", "sein"]),
        ("fr", "BOUGIES parties", ["BOUGIES", "partie"], ["bougie", "partie"]),
        ("en", "Boards were", ["Boards", "be"], ["board", "be"]),
    ],
)
def test_words_are_looked_up_as_written_lower_cased_and_capitalised(
    lang: str, text: str, lemmas: list[str], norms: list[str]
) -> None:
    doc = pipeline(lang)(text)
    assert [token.lemma_ for token in doc] == lemmas
    assert [token.norm_ for token in doc] == norms


def test_french_keeps_spacy_s_french_tokenizer_rules() -> None:
    words = [token.text for token in pipeline("fr")("Qu'il t'emmène loin, aujourd'hui ! Dis-nous.")]
    assert words == ["Qu'", "il", "t'", "emmène", "loin", ",", "aujourd'hui", "!", "Dis", "-nous", "."]


def test_the_lemma_cache_is_built_on_first_use(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NOTEGEN_CACHE_DIR", str(tmp_path))
    store = forms.lemma_store.__wrapped__("en")
    assert store.lemma("boards") == "board" and store.lemma("walnut") is None
    assert list(tmp_path.glob("lint/*/en_lemma_lookup.sqlite"))


def test_without_a_writable_cache_the_forms_are_read_into_memory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NOTEGEN_CACHE_DIR", str(blocked))
    store = forms.lemma_store.__wrapped__("en")
    assert store.lemma("oiled") == "oil"


def _tokenizer_words(lang: str, text: str) -> tuple[list[str], list[bool]]:
    doc = pipeline(lang).tokenizer(text)
    return [token.text for token in doc], [bool(token.whitespace_) for token in doc]


@pytest.mark.parametrize("lang", ["de", "fr", "en"])
def test_words_put_together_from_runs_are_the_tokenizer_s_on_composed_notes(lang: str) -> None:
    from notegen.compose.composer import compose
    from notegen.config import load_config
    from notegen.model import Order

    config = load_config(ROOT / "samples" / SHOPS[lang] / "notegen.toml")
    orders = [order for order in make_orders(60, lang, seed=3) if isinstance(order, Order)]
    texts = [compose(order, config, NOW, secret="s").text for order in orders]
    if DEV_CORPUS.is_file():
        texts += [json.loads(line)["text"] for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line]
    for text in texts:
        assert split_words(pipeline(lang), text) == _tokenizer_words(lang, text)


SPACES = " \u00a0\u202f\t\n\r\u2009"
PIECES = [
    "z.B.",
    "d'",
    "aujourd'hui",
    "e.g.",
    "Dr.",
    "(",
    ")",
    "«",
    "»",
    "„",
    "“",
    "!",
    "?",
    ":",
    ";",
    ",",
    ".",
    "-",
    "'s",
    "n't",
    "10%",
    "€",
    "12,50",
    "🧶",
    "Anna-Lena",
    "www.example.org/x?y=1",
    "a@b.de",
    "Zoë",
    "…",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(["de", "fr", "en"]),
    parts=st.lists(st.one_of(st.sampled_from(PIECES), st.text(SPACES, min_size=1, max_size=3), st.text(max_size=4))),
)
def test_words_put_together_from_runs_are_the_tokenizer_s_on_any_text(lang: str, parts: list[str]) -> None:
    text = "".join(parts)
    assert split_words(pipeline(lang), text) == _tokenizer_words(lang, text)
