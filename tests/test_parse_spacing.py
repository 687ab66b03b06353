"""Runs of spaces read as one space, every span still a slice of the text given.

Pages and PDFs copied as text keep two spaces where their writer put one; the
reader squeezes each run before the stages and moves every span back (see
``fxnorm/parsing/spacing.py``). The expected readings are the figures the pages
published, read by hand; the property tests compare fxnorm with itself on the
real-text table, spaces doubled, so that a squeeze that read anything
differently shows.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fxnorm.parsing import extract, extract_pairs, parse, read
from fxnorm.parsing.spacing import squeeze

REALTEXT = Path(__file__).parent / "data" / "realtext"

# https://www.eluniverso.com/2004/08/26/0001/9/8EA2FC81A3DC4715829DF0B03A06CD05.html
# (El Universo, Guayaquil, 2004-08-26; tests/data/realtext/es_EC.jsonl, es_EC-002/003),
# as the page's text holds them, two spaces and all
EL_UNIVERSO = [
    (
        "A febrero último, la deuda externa pública era de 11.393,2 millones de  dólares, que"
        " representaba el 39,3% del PIB.",
        [(Decimal("11393.2e6"), "USD", "11.393,2 millones de  dólares")],
    ),
    (
        "Para 2004, el Ejecutivo presentó una proforma presupuestaria de 7.088,2  millones de"
        " dólares, pero el Congreso redujo la cifra en 137,4 millones al  determinar una"
        " sobrestimación en la recaudación del Impuesto al Valor Agregado  (IVA, 12%).",
        [
            (Decimal("7088.2e6"), "USD", "7.088,2  millones de dólares"),
            (Decimal("137.4e6"), "USD", "137,4 millones"),
        ],
    ),
]


def test_a_run_of_spaces_inside_a_figure_reads_as_one_space() -> None:
    for text, expected in EL_UNIVERSO:
        found = extract(text, locale="es_EC")
        assert [(m.amount, m.currency, m.text) for m in found] == expected
        assert all(text[m.span[0] : m.span[1]] == m.text for m in found)


def test_spans_of_a_pair_and_its_qualifier_point_into_the_text_given() -> None:
    # the pair of tests/data/realtext/es_AR.jsonl, es_AR-053 (diariohoy.net,
    # 2025-12-21), padded as a page's columns pad it
    text = (
        "se estipula un gasto de  9.429 millones de pesos   (unos  6,4 millones de  dólares"
        " actuales) para mejorar la casa"
    )
    (pair,) = extract_pairs(text, locale="es_AR")
    assert (pair.source.amount, pair.stated.amount) == (Decimal("9429e6"), Decimal("6.4e6"))
    assert text[pair.span[0] : pair.span[1]] == pair.text
    stated = pair.stated
    assert stated.qualifier == "approximate" and stated.qualifier_span is not None
    assert text[stated.qualifier_span[0] : stated.qualifier_span[1]] == stated.qualifier_text
    assert stated.qualifier_text == "unos"
    first = parse(text, locale="es_AR")
    assert text[first.span[0] : first.span[1]] == first.text == "9.429 millones de pesos"


def _rows() -> list[tuple[str, str]]:
    rows = []
    for path in sorted(REALTEXT.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row["text"], row["locale"]))
    return rows


def _reading(text: str, locale: str) -> tuple[object, ...]:
    found = read(text, locale=locale)
    return (
        [(m.amount, m.currency, m.qualifier, m.range, m.resolved_by) for m in found.mentions],
        [(p.source.amount, p.stated.amount, p.stated.currency) for p in found.pairs],
    )


def test_every_real_sentence_reads_the_same_with_its_spaces_doubled() -> None:
    rows = _rows()
    assert len(rows) > 1000  # the whole table, not a sample
    differ = []
    for text, locale in rows:
        padded = text.replace(" ", "  ")
        found = read(padded, locale=locale)
        slices = [padded[m.span[0] : m.span[1]] == m.text for m in found.mentions]
        slices += [padded[p.span[0] : p.span[1]] == p.text for p in found.pairs]
        if _reading(padded, locale) != _reading(text, locale) or not all(slices):
            differ.append(text)
    assert differ == []


@given(st.text(alphabet=st.sampled_from("ab1 \t\u00a0\n"), max_size=60))
def test_squeezed_positions_map_each_character_back_to_itself(text: str) -> None:
    squeezed = squeeze(text)
    if squeezed is None:
        assert "  " not in text.replace("\t", " ").replace("\u00a0", " ")
        return
    assert squeezed.original == text and len(squeezed.text) < len(text)
    for i, ch in enumerate(squeezed.text):
        j = squeezed.position(i)
        assert text[j] == ch or (ch == " " and text[j] in " \t\u00a0")
        assert squeezed.span((i, i + 1))[0] == j
