"""Term charts: return Figures with titles, labelled axes, group names in legends, nothing clipped."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

import analysis  # noqa: E402
from analysis.keyness import keyness  # noqa: E402
from analysis.plots import (plot_dispersion, plot_distinctive_terms, plot_keyness, plot_term_scatter,  # noqa: E402
                            plot_top_terms)
from analysis.terms import dispersion, term_frequency, tfidf, tfidf_difference  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
TERMS = ["hamas", "civilian", "rafah", "biden"]


@pytest.fixture(scope="module")
def seeds():
    return analysis.load_articles(DATA)


@pytest.fixture(scope="module")
def key(seeds):
    return keyness(seeds)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def assert_readable(fig):
    """Title present, axes with data labelled, and everything drawn inside the figure (nothing clipped)."""
    assert isinstance(fig, Figure)
    fig.canvas.draw()
    drawn = fig.get_tightbbox(fig.canvas.get_renderer())  # inches, drawn artists only
    page = fig.bbox_inches
    assert drawn.x0 >= page.x0 - 0.02 and drawn.y0 >= page.y0 - 0.02, (drawn, page)
    assert drawn.x1 <= page.x1 + 0.02 and drawn.y1 <= page.y1 + 0.02, (drawn, page)
    titles = [fig._suptitle.get_text() if fig._suptitle else ""] + [ax.get_title() for ax in fig.axes]
    assert any(titles)
    shown = [ax for ax in fig.axes if ax.axison and (ax.patches or ax.lines or ax.collections)]
    if shown:
        assert shown[-1].get_xlabel()


def legend_labels(fig):
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    for ax in fig.axes:
        if ax.get_legend():
            labels += [t.get_text() for t in ax.get_legend().get_texts()]
    return " ".join(labels)


def test_top_terms_side_by_side_on_a_shared_scale(seeds):
    fig = plot_top_terms(term_frequency(seeds, by="year"), top=8)
    assert_readable(fig)
    assert [ax.get_title() for ax in fig.axes] == ["2021", "2024"]
    assert fig.axes[0].get_xlim() == fig.axes[1].get_xlim()
    assert "per 1,000 words" in fig.axes[0].get_xlabel()


def test_distinctive_terms_diverging_bars(key, seeds):
    fig = plot_distinctive_terms(key, top=5)
    assert_readable(fig)
    assert "2021" in legend_labels(fig) and "2024" in legend_labels(fig)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[-1] == "rafah" and len(labels) == 10
    fig = plot_distinctive_terms(tfidf_difference(tfidf(seeds, by="year"), "2021", "2024"), value="difference")
    assert_readable(fig)
    assert "TF-IDF" in fig.axes[0].get_xlabel()


def test_keyness_chart_shows_significance(key):
    fig = plot_keyness(key, top=6)
    assert_readable(fig)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "rafah ****" in labels
    assert "not significant" in legend_labels(fig)


def test_term_scatter_labels_without_overlap(key):
    fig = plot_term_scatter(key, top=10)
    assert_readable(fig)
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    assert "2024" in ax.get_xlabel() and "2021" in ax.get_ylabel()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) >= 5
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert any("rafah" in t.get_text() for t in ax.texts)


def test_dispersion_plot(seeds):
    fig = plot_dispersion(dispersion(seeds, TERMS), TERMS, articles=seeds)
    assert_readable(fig)
    assert len(fig.axes) == 2
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == TERMS
    assert legend_labels(fig) == "2021 2024"
    assert fig.axes[0].get_title(loc="left").endswith("(2021)")


def test_dispersion_plot_says_when_no_term_occurs(seeds):
    fig = plot_dispersion(dispersion(seeds, ["tram"]), ["tram"], articles=seeds)
    assert_readable(fig)
    assert "None of the terms (tram) occurs in the 2 article(s)" in fig.axes[0].texts[0].get_text()


@pytest.mark.parametrize("plot", [plot_distinctive_terms, plot_keyness, plot_term_scatter])
def test_comparison_charts_explain_an_empty_comparison(plot, seeds):
    fig = plot(keyness(seeds.assign(year=2024)))
    assert_readable(fig)
    assert "two groups" in " ".join(t.get_text() for ax in fig.axes for t in ax.texts)


def test_group_vs_rest_keyness_has_a_panel_per_group():
    articles = pd.DataFrame({"article_id": list("abc"), "source": ["X", "Y", "Z"],
                             "text": ["Tram tram fares.", "Budget vote fares.", "Tram budget budget."]})
    fig = plot_keyness(keyness(articles, by="source"), top=3)
    assert_readable(fig)
    assert [ax.get_title() for ax in fig.axes] == ["X vs rest", "Y vs rest", "Z vs rest"]
