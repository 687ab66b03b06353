"""Classes of misreading found on real text from Chinese (mainland, Taiwan, Hong
Kong), Japanese and Korean pages (``tests/data/realtext/<locale>.jsonl``), each
tested on look-alike strings and named after the page that showed it.

* a qualifier before the first figure of a list after a "respectively" word is every
  figure's (``分別以約新台幣25億元及15億元``), and only there;
* "about" before the preposition of the sum (``約以 2.12 億美元``), not a contract's
  ``約`` (``簽約以5億元``);
* the fund-raising verbs ending with 集 before ``約`` (``籌集約30億美元``): the
  Japanese word 集約 (read with Chinese) is no qualifier-killer there;
* Japanese ``ザッと`` / ``ざっと`` (roughly) before the figure;
* Korean ``이 넘는`` (exceeding) after the figure;
* a text in Han characters that mixes marks of both Chinese scripts (Japanese kanji
  with no kana: ``一般会計31.9兆円=赤字国債22.6兆円``) is no confident Chinese;
* two equivalents in one bracket after a figure, separated by ``、`` (``240億ポンド
  (約310億米ドル、約3兆3000億円)``): both pair with the figure, never with each other.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fxnorm.parsing import extract, extract_pairs
from fxnorm.parsing.textlang import detect


def _read(text: str, locale: str) -> list[tuple[Decimal, str | None, str | None]]:
    return [(m.amount, m.currency, m.qualifier) for m in extract(text, locale=locale)]


# -- "respectively": 分別 distributes the qualifier before the first figure -----------


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # https://tw.news.yahoo.com/…-104651351.html (中央社, 2025-12-31): "分別以約新台幣
        # 25億元及15億元"; here other figures of the same shape
        (
            "甲公司及乙公司，分別以約新台幣12億元及8億元，受讓股權。",
            "zh_Hant_TW",
            [
                (Decimal("1200000000"), "TWD", "approximate"),
                (Decimal("800000000"), "TWD", "approximate"),
            ],
        ),
        # the same page: "分別以約1億733萬美元及6984萬美元"
        (
            "鴻海分別以約2億100萬美元及5300萬美元增資子公司",
            "zh_Hant_TW",
            [
                (Decimal("201000000"), "USD", "approximate"),
                (Decimal("53000000"), "USD", "approximate"),
            ],
        ),
        # http://hongkonguide.blogspot.com/2009/10/ (2009-10-22): three items, the
        # currency once after the last, "分別錄得約 6200萬、 1770萬及 550萬元"
        (
            "三隻新股分別錄得約 4100萬、 980萬及 320萬元孖展認購。",
            "zh_Hant_HK",
            [
                (Decimal("41000000"), "HKD", "approximate"),
                (Decimal("9800000"), "HKD", "approximate"),
                (Decimal("3200000"), "HKD", "approximate"),
            ],
        ),
        # simplified script
        (
            "两家公司分别以约3亿元和2亿元收购股权。",
            "zh_Hans_CN",
            [
                (Decimal("300000000"), "CNY", "approximate"),
                (Decimal("200000000"), "CNY", "approximate"),
            ],
        ),
    ],
)
def test_respectively_gives_the_first_qualifier_to_every_item(
    text: str, locale: str, expected: list[tuple[Decimal, str | None, str | None]]
) -> None:
    assert _read(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # no "respectively": "about 500 million" and a sum stated plainly
        (
            "公司以約5億元及3億元增資。",
            "zh_Hant_TW",
            [
                (Decimal("500000000"), "TWD", "approximate"),
                (Decimal("300000000"), "TWD", None),
            ],
        ),
        # the second figure has its own qualifier: it keeps it
        (
            "分別以約5億元及逾3億元增資。",
            "zh_Hant_TW",
            [
                (Decimal("500000000"), "TWD", "approximate"),
                (Decimal("300000000"), "TWD", "more_than"),
            ],
        ),
        # 分別 in another clause, before a comma: not this list's
        (
            "兩案分別審議，以約5億元及3億元增資。",
            "zh_Hant_TW",
            [
                (Decimal("500000000"), "TWD", "approximate"),
                (Decimal("300000000"), "TWD", None),
            ],
        ),
        # a qualifier after the first figure is its own ("5億元以上及3億元")
        (
            "分別以5億元以上及3億元增資。",
            "zh_Hant_TW",
            [
                (Decimal("500000000"), "TWD", "at_least"),
                (Decimal("300000000"), "TWD", None),
            ],
        ),
    ],
)
def test_a_qualifier_stays_its_figures_without_respectively(
    text: str, locale: str, expected: list[tuple[Decimal, str | None, str | None]]
) -> None:
    assert _read(text, locale) == expected


def test_a_distributed_qualifier_points_at_its_words() -> None:
    text = "分別以約新台幣12億元及8億元增資"
    first, second = extract(text, locale="zh_Hant_TW")
    assert second.qualifier_span == first.qualifier_span
    assert second.qualifier_span is not None
    assert text[second.qualifier_span[0] : second.qualifier_span[1]] == "約"


# -- 約以, 籌集約: "about" before a preposition or after a fund-raising verb -----------


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # https://news.cnyes.com/news/id/6193045 (2025-10-15): "約以 2.12 億美元增資"
        ("英商 ABC 約以 3.45 億美元增資台灣子公司", "zh_Hant_TW", "approximate"),
        ("该公司约以5亿美元收购股权", "zh_Hans_CN", "approximate"),
        # a contract's 約 before 以 is no "about"
        ("雙方簽約以5億美元成交", "zh_Hant_TW", None),
        ("合約以3億美元計價", "zh_Hant_TW", None),
        # https://bafybeiheqonyv2pafiyvecvpdbm2d7unfinsdtut3lwrytltkni7xxfbza.ipfs.dweb.link
        # /20210402/OL4SENOA6ZFGHKQ7FPNZLI7GEY/index.html (2021-04-02): "籌集約30億美元"
        ("公司計劃籌集約20億美元", "zh_Hant_HK", "approximate"),
        ("基金募集約5億美元", "zh_Hant_TW", "approximate"),
        ("计划筹集约10亿美元", "zh_Hans_CN", "approximate"),
    ],
)
def test_about_before_a_preposition_or_after_raising(
    text: str, locale: str, expected: str | None
) -> None:
    (mention,) = extract(text, locale=locale)
    assert mention.currency == "USD"
    assert mention.qualifier == expected


# -- Japanese ザッと, Korean 이 넘는 ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency", "qualifier"),
    [
        # https://www.nikkan-gendai.com/articles/view/money/185945: "円ベースでザッと4000億円"
        ("円換算でザッと3000億円の損失だ。", "ja_JP", "300000000000", "JPY", "approximate"),
        ("売上はざっと500億円になる。", "ja_JP", "50000000000", "JPY", "approximate"),
        # https://wideo.ovh/video/x81fbt0/… (연합뉴스TV): "40조원이 넘는 미국 투자 계획"
        (
            "기업들이 20조원이 넘는 투자 계획을 발표했다.",
            "ko_KR",
            "20000000000000",
            "KRW",
            "more_than",
        ),
        ("50억 달러가 넘는 규모", "ko_KR", "5000000000", "USD", "more_than"),
        ("1억 원을 넘는 금액", "ko_KR", "100000000", "KRW", "more_than"),
        # the particle alone is no qualifier
        ("20조원이 투입된다.", "ko_KR", "20000000000000", "KRW", None),
    ],
)
def test_japanese_roughly_and_korean_exceeding(
    text: str, locale: str, amount: str, currency: str, qualifier: str | None
) -> None:
    (mention,) = extract(text, locale=locale)
    assert (mention.amount, mention.currency, mention.qualifier) == (
        Decimal(amount),
        currency,
        qualifier,
    )


# -- two equivalents in one bracket, separated by 、 ----------------------------------


def _pairs(text: str, locale: str) -> list[tuple[str, str]]:
    return [(p.source.text, p.stated.text) for p in extract_pairs(text, locale=locale)]


def test_two_equivalents_in_one_bracket_pair_with_the_figure_only() -> None:
    # https://www.nikkan-gendai.com/articles/view/money/185945: "買収額は240億ポンド(約
    # 310億米ドル、約3兆3000億円)"
    text = "買収額は120億ポンド(約150億米ドル、約1兆7000億円)となる。"
    assert _pairs(text, "ja_JP") == [
        ("120億ポンド", "150億米ドル"),
        ("120億ポンド", "1兆7000億円"),
    ]


def test_a_chinese_bracket_of_two_equivalents_too() -> None:
    text = "收購價為100億英鎊(約125億美元、約970億港元)。"
    assert _pairs(text, "zh_Hant_HK") == [
        ("100億英鎊", "125億美元"),
        ("100億英鎊", "970億港元"),
    ]


def test_a_figure_after_the_bracket_is_still_paired_on_its_own() -> None:
    # the sibling rule ends with the bracket: the next figure's own equivalent pairs
    text = "投資額は200億ドル(約3兆円、約1900億ユーロ)で、うち50億ドル(約7500億円)を拠出する。"
    got = _pairs(text, "ja_JP")
    assert ("3兆円", "1900億ユーロ") not in got
    assert ("200億ドル", "3兆円") in got and ("200億ドル", "1900億ユーロ") in got
    assert ("50億ドル", "7500億円") in got


# -- a kana-less Japanese headline is no confident Chinese ------------------------------


def test_kanji_mixing_both_chinese_scripts_is_not_confidently_chinese() -> None:
    # https://www.nippon.com/ja/news/yjj2020052700153/ (時事通信): a headline in kanji
    # and digits, "2次補正、一般会計31.9兆円=赤字国債22.6兆円―予備費10兆円追加"
    found = detect("3次補正、一般会計15.4兆円=建設国債3.1兆円―予備費5兆円計上")
    assert not found.confident
    # Chinese of one script is told with confidence, either script
    assert detect("國防預算部分，共計編列9495億元，比去年增加1768億").confident
    assert detect("国防预算部分，共计编列9495亿元，比去年增加1768亿").confident
