"""Quote charts: figures with titles, labelled axes, group names; empty inputs give a message figure."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.plots import plot_quote_positions, plot_speaker_shares, plot_speaker_types  # noqa: E402
from analysis.plots.style import palette  # noqa: E402
from analysis.quotes import extract_quotes, quote_positions, speaker_shares, speaker_type_counts  # noqa: E402

ARTICLES = pd.DataFrame({
    "article_id": ["a1", "a2"],
    "year": pd.array([2020, None], dtype="Int64"),
    "n_words": [30, 20],
    "text": ['"We will win," said Ann Lee.\n\nOfficials said the vote was fair.',
             'The plan, according to the Daily Mail, is dead.'],
})


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def texts(fig):
    out = [fig._suptitle.get_text() if fig._suptitle else ""]
    for ax in fig.axes:
        out += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        out += [t.get_text() for t in ax.get_yticklabels()]
    for leg in fig.legends:
        out += [t.get_text() for t in leg.get_texts()]
    return " ".join(out)


def test_speaker_shares_chart():
    quotes = extract_quotes(ARTICLES)
    fig = plot_speaker_shares(speaker_shares(quotes, ARTICLES, by="article_id"), panel_groups={"a1": "2020"})
    t = texts(fig)
    assert "Share of quoted words" in t and "Ann Lee (person)" in t and "a1 (2020)" in t
    assert "% of the quoted words" in t
    bar = fig.axes[0].patches[0]
    assert matplotlib.colors.to_hex(bar.get_facecolor()) == palette(["2020"])["2020"].lower()


def test_speaker_types_chart_names_groups_and_types():
    quotes = extract_quotes(ARTICLES)
    fig = plot_speaker_types(speaker_type_counts(quotes, ARTICLES, by="year"))
    t = texts(fig)
    for word in ["2020", "unknown", "person", "anonymous", "media", "direct", "indirect", "% of the group"]:
        assert word in t


def test_positions_chart():
    quotes = extract_quotes(ARTICLES)
    fig = plot_quote_positions(quote_positions(quotes, ARTICLES, by="year"))
    t = texts(fig)
    assert "position in the article" in t and "most quoted words: Ann Lee" in t and "group 2020" in t


@pytest.mark.parametrize("plot, table", [
    (plot_speaker_shares, speaker_shares), (plot_speaker_types, speaker_type_counts),
    (plot_quote_positions, quote_positions)])
def test_empty_inputs_give_a_message(plot, table):
    arts = ARTICLES.assign(text=["No quotes here.", "None here either."])
    quotes = extract_quotes(arts)
    fig = plot(table(quotes, arts, by="year") if table is not speaker_shares else table(quotes, arts))
    assert fig.axes and not fig.axes[0].axison
