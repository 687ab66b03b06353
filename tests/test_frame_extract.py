"""fxnorm.frame.extract_frame: one row per mention, the same mentions as fxnorm.extract.

Expected rows come from the per-row API, :func:`fxnorm.extract` (itself
tested figure by figure on these articles in test_parse_corpus.py).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import fxnorm
import fxnorm.frame as fxf

CORPUS = Path(__file__).parent / "data" / "corpus"
ARTICLES = {path.stem: path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))}


def test_corpus_articles_one_row_per_mention() -> None:
    frame = fxf.extract_frame(ARTICLES)
    assert list(frame.columns) == [
        "doc",
        "start",
        "end",
        "text",
        "amount",
        "amount_high",
        "currency",
        "alternatives",
        "resolved_by",
        "precision",
        "qualifier",
        "qualifier_text",
        "magnitude_text",
    ]
    expected = [(doc, m) for doc, text in ARTICLES.items() for m in fxnorm.extract(text)]
    assert len(frame) == len(expected) == 16  # 10 in the ARS article, 6 in Bloomberg's
    for (_, row), (doc, mention) in zip(frame.iterrows(), expected, strict=True):
        assert row["doc"] == doc
        assert (row["start"], row["end"]) == mention.span
        assert ARTICLES[doc][row["start"] : row["end"]] == row["text"] == mention.text
        assert isinstance(row["amount"], Decimal) and row["amount"] == mention.amount
        assert row["currency"] == mention.currency
        assert row["precision"] == mention.precision
        assert row["qualifier"] == mention.qualifier
        assert row["qualifier_text"] == mention.qualifier_text
        assert row["resolved_by"] == mention.resolved_by
        assert row["alternatives"] == ",".join(mention.alternatives)
    assert frame["start"].dtype == "int64" and frame["end"].dtype == "int64"
    yuan = frame[frame["text"] == "380 billion yuan"]
    assert set(yuan["doc"]) == set(ARTICLES) and set(yuan["qualifier"]) == {"more_than"}
    assert list(frame.loc[frame["currency"] == "ARS", "amount"]) == [
        Decimal(25960),
        Decimal(25640),
        Decimal(28260),
    ]


def test_then_convert_each_mention_as_of_its_article_date() -> None:
    """Both articles date from 24 September 2025: the yuan figure in dollars, as the per-row API."""
    frame = fxf.extract_frame(ARTICLES)
    dates = pd.Series({doc: "2025-09-24" for doc in ARTICLES})
    frame["usd"] = fxf.convert(
        frame["amount"], frame["currency"], "USD", frame["doc"].map(dates), dtype="decimal"
    )
    row = frame[(frame["doc"] == "alibaba-ai-spend-bloomberg") & (frame["start"] == 653)].iloc[0]
    expected = fxnorm.convert(fxnorm.Money("380e9", "CNY"), "USD", on="2025-09-24").result.amount
    assert row["usd"] == expected


def test_inputs_series_list_dtype_and_missing_texts() -> None:
    texts = pd.Series(
        ["Revenue was $3.2 billion.", None, "No money here.", "€5-7m"], index=list("abcd")
    )
    frame = fxf.extract_frame(texts, dtype="float64")
    assert list(frame["doc"]) == ["a", "d"]
    assert frame["amount"].dtype == "float64" and list(frame["amount"]) == [3.2e9, 5e6]
    assert frame["amount_high"].iloc[1] == 7e6 and pd.isna(frame["amount_high"].iloc[0])
    listed = fxf.extract_frame(["1,5 millones de pesos"], locale="es_AR")
    assert list(listed["doc"]) == [0] and listed["amount"].iloc[0] == Decimal(1_500_000)
    assert listed["currency"].iloc[0] == "ARS"
    bare = fxf.extract_frame(["It cost 300 in 2019."], default_currency="EUR")
    assert list(bare["amount"]) == [Decimal(300)] and list(bare["currency"]) == ["EUR"]
    empty = fxf.extract_frame([])
    assert len(empty) == 0 and "amount" in empty.columns
    with pytest.raises(fxnorm.errors.InvalidInputError, match="not one string"):
        fxf.extract_frame("one text")
