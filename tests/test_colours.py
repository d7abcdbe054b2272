"""One colour per group everywhere: every chart takes the corpus's mapping (``colors=``) and says which it drew with."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

import analysis  # noqa: E402
from analysis.keyness import keyness  # noqa: E402
from analysis.plots import (plot_article_sizes, plot_dispersion, plot_distinctive_terms, plot_keyness,  # noqa: E402
                            plot_quote_positions, plot_speaker_shares, plot_speaker_types, plot_term_scatter,
                            plot_top_terms)
from analysis.quotes import extract_quotes, quote_positions, speaker_shares, speaker_type_counts  # noqa: E402
from analysis.terms import dispersion, term_frequency, tfidf, tfidf_difference  # noqa: E402

# Okabe & Ito's first three colours, in the order of the sorted group names alpha, beta, gamma
ALPHA, BETA, GAMMA = "#0072b2", "#e69f00", "#009e73"
TEXTS = {
    "alpha": '"The tram will run," said Ann Lee.\n\nThe tram fares rise. Tram tram budget.',
    "beta": '"The budget is late," said Bob Roe.\n\nBudget budget vote. The budget tram.',
    "gamma": '"We want a vote," said Cy Day.\n\nVote vote harbour. The harbour vote budget.',
}
ARTICLES = pd.DataFrame({
    "article_id": ["a-alpha", "b-beta", "c-gamma"],
    "source": ["alpha", "beta", "gamma"],
    "text": list(TEXTS.values()),
    "n_words": [12, 12, 12],
})
EXPECTED = {"alpha": ALPHA, "beta": BETA, "gamma": GAMMA}


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def drawn_colors(fig) -> set[str]:
    """Every fill, marker and line colour drawn in the figure's axes (not legends), as lower-case hex."""
    out = set()
    for ax in fig.axes:
        out |= {to_hex(p.get_facecolor()) for p in ax.patches}
        for coll in ax.collections:
            out |= {to_hex(c) for c in coll.get_facecolors()}
        out |= {to_hex(line.get_color()) for line in ax.lines}
        out |= {to_hex(t.get_color()) for t in ax.get_yticklabels()}
    return out


def charts(articles, colors):
    """Each chart the notebooks draw, on ``articles``, with the mapping ``colors``."""
    quotes = extract_quotes(articles)
    key = keyness(articles, by="source")
    article_groups = dict(zip(articles["article_id"], articles["source"]))
    scores = tfidf(articles, by="source", documents="paragraph")
    groups = sorted(articles["source"])
    yield "sizes", plot_article_sizes(articles, by="source", colors=colors)
    yield "top terms", plot_top_terms(term_frequency(articles, by="source"), colors=colors)
    yield "per-article terms", plot_top_terms(term_frequency(articles), panel_groups=article_groups, colors=colors)
    yield "difference", plot_distinctive_terms(tfidf_difference(scores, groups[0], groups[-1]), value="difference",
                                               colors=colors)
    yield "distinctive", plot_distinctive_terms(key, colors=colors)
    yield "keyness", plot_keyness(key, colors=colors)
    yield "scatter", plot_term_scatter(key, colors=colors)
    yield "dispersion", plot_dispersion(dispersion(articles, ["tram", "budget", "vote"], by="source"),
                                        ["tram", "budget", "vote"], articles=articles, by="source", colors=colors)
    yield "shares", plot_speaker_shares(speaker_shares(quotes, articles, by="article_id"), panel_groups=article_groups,
                                        colors=colors)
    yield "types", plot_speaker_types(speaker_type_counts(quotes, articles, by="source"), colors=colors)
    yield "positions", plot_quote_positions(quote_positions(quotes, articles, by="source"), colors=colors)


def test_group_colors_of_a_corpus_sorted_okabe_ito_and_rest_neutral():
    colors = analysis.group_colors(ARTICLES.assign(source=["gamma", None, "alpha"]), by="source")
    assert colors == {"alpha": "#0072B2", "gamma": "#E69F00", "unknown": "#AAAAAA", "rest": "#555555"}


def test_every_chart_draws_each_group_in_its_colour_and_says_so():
    colors = analysis.group_colors(ARTICLES, by="source")
    for name, fig in charts(ARTICLES, colors):
        received = {g: c.lower() for g, c in fig.group_colors.items()}
        groups_drawn = {g: c for g, c in received.items() if g != "rest"}
        assert groups_drawn and all(EXPECTED[g] == c for g, c in groups_drawn.items()), (name, received)
        assert set(groups_drawn.values()) <= drawn_colors(fig), name


def test_filtered_groups_keep_the_colours_of_the_whole_corpus():
    colors = analysis.group_colors(ARTICLES, by="source")
    picked = ARTICLES[ARTICLES["source"].isin(["beta", "gamma"])].reset_index(drop=True)
    for name, fig in charts(picked, colors):
        drawn = drawn_colors(fig)
        assert ALPHA not in drawn, name  # alpha is not shown, and beta does not take its colour
        assert {BETA, GAMMA} & drawn, name
    # without the mapping a chart can only colour what it got: beta takes the first colour
    fig = plot_top_terms(term_frequency(picked, by="source"))
    assert fig.group_colors["beta"].lower() == ALPHA


def test_group_vs_rest_panels_draw_the_group_in_its_colour_and_rest_neutral():
    colors = analysis.group_colors(ARTICLES, by="source")
    fig = plot_keyness(keyness(ARTICLES, by="source"), top=3, colors=colors)
    assert [ax.get_title() for ax in fig.axes] == ["alpha vs rest", "beta vs rest", "gamma vs rest"]
    for ax, own in zip(fig.axes, [ALPHA, BETA, GAMMA]):
        bars = {to_hex(p.get_facecolor()) for p in ax.patches}
        assert bars == {own, "#555555"}
    assert fig.group_colors["rest"] == "#555555"


def test_rest_is_distinct_from_unknown_and_other():
    colors = analysis.plots.palette(["unknown", "other", "x"])
    assert colors["unknown"] == colors["other"] == "#AAAAAA"
    assert colors["rest"] == "#555555"
    assert colors["x"] == "#0072B2"


def test_more_groups_than_colours_all_distinct():
    names = [f"outlet {i:02d}" for i in range(40)]
    colors = analysis.plots.palette(names + ["unknown"])
    group_colours = [colors[n].upper() for n in names]
    assert len(set(group_colours)) == 40
    assert not {"#AAAAAA", "#555555", "#FFFFFF"} & set(group_colours)
    # the first 17 are the two colour-blind-safe sets: Okabe & Ito, then Paul Tol's muted
    assert group_colours[:9] == ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
                                 "#332288", "#88CCEE"]
    assert group_colours[16] == "#F0E442"  # the yellow last: hard to read as text on white


def test_a_mapping_without_a_group_is_refused_by_name():
    with pytest.raises(ValueError, match="gamma"):
        plot_top_terms(term_frequency(ARTICLES, by="source"), colors={"alpha": "red", "beta": "blue"})


def test_long_article_ids_keep_start_and_end_and_stay_distinct():
    ids = ["breitbart_2016-01-19_donald-trump-the-hellish-view", "breitbart_2016-01-19_donald-trump-rally-in-iowa",
           "x" * 40, "x" * 39 + "y"]
    articles = pd.DataFrame({"article_id": ids, "source": ["b", "b", "c", "c"], "n_words": [50, 40, 30, 20],
                             "text": ['"Yes," said Ann Lee.'] * 4})
    fig = plot_article_sizes(articles, by="source")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(set(labels)) == 4 and len(fig.axes[0].patches) == 4
    assert labels[0].startswith("breitbart_2016-0") and labels[0].endswith("hellish-view")
    assert labels[1].endswith("in-iowa")
    assert "…" in labels[0] and "…" in labels[1] and all(len(label) > 20 for label in labels)
    quotes = extract_quotes(articles)
    fig = plot_quote_positions(quote_positions(quotes, articles, by="source"))
    firsts = [t.get_text().split("\n")[0] for t in fig.axes[0].get_yticklabels()]
    assert len(set(firsts)) == 4 and all(len(f) > 20 for f in firsts)


def test_legend_of_seven_groups_clear_of_the_title_and_the_bars():
    sources = ["breitbart", "huff-post", "nyt", "politico", "usa-today", "wash-post", "west-journal"]
    articles = pd.DataFrame([(f"{s}_2016-01-{i:02d}_a-long-headline-slug-here", s, 1000 - 7 * i - k)
                             for k, s in enumerate(sources) for i in range(30)],
                            columns=["article_id", "source", "n_words"])
    fig = plot_article_sizes(articles, by="source", top=40)  # a long title: "(the 40 longest of 210)"
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    legend = (fig.legends or [fig.axes[0].get_legend()])[0].get_window_extent(renderer)
    title = (fig._suptitle or fig.axes[0].title).get_window_extent(renderer)
    assert not legend.overlaps(title)
    assert not legend.overlaps(fig.axes[0].get_window_extent(renderer))
    key = keyness(ARTICLES, by="source")
    fig = plot_keyness(key, top=3)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        box = ax.get_legend().get_window_extent(renderer)
        assert not any(box.overlaps(other.get_window_extent(renderer)) for other in fig.axes)


def test_an_exported_svg_carries_the_colours_the_chart_was_drawn_with():
    import io

    from analysis.plots.style import svg_colors
    freq = pd.DataFrame({"group": ["a & <b>", "c"], "term": ["x", "y"], "count": [1, 2], "rate_per_1000": [1.0, 2.0]})
    fig = plot_top_terms(freq, top=2, colors={"a & <b>": "#0072B2", "c": "#E69F00", "not shown": "#000000"})
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    assert svg_colors(buf.getvalue()) == {"a & <b>": "#0072B2", "c": "#E69F00"}
