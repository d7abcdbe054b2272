"""Helper package of the news-coverage workbook.

Modules follow the data's path: ``decode``/``clean``/``load`` (files to an
articles table) → ``units`` (paragraphs, sentences, tokens) → ``terms`` →
``quotes`` → ``plots`` → ``report``.
"""
from .engine import distribute
from .display import show_findings
from .groups import group_labels, grouping_advice, pick_groups
from .sample import describe_sample, sample_articles
from .load import Corpus, load_articles, load_corpus
from .units import paragraphs, sentences, tokens
from .terms import collocations, concordance, dispersion, term_counts, term_frequency, tfidf, top_terms
from .quotes import canonical_speakers, extract_quotes, score_quotes, speaker_aliases
from .exports import chart_formats, export_table, show_table
from .similar import near_duplicates, nearest_neighbours, shared_quotes, similarity_matrix

__all__ = ["Corpus", "describe_sample", "distribute", "group_labels", "grouping_advice", "pick_groups",
           "sample_articles", "show_findings",
           "load_articles", "load_corpus", "paragraphs", "sentences", "tokens",
           "collocations", "concordance", "dispersion", "term_counts", "term_frequency", "tfidf", "top_terms",
           "canonical_speakers", "extract_quotes", "score_quotes", "speaker_aliases", "group_colors",
           "chart_formats", "export_table", "show_table",
           "near_duplicates", "nearest_neighbours", "shared_quotes", "similarity_matrix"]


def __getattr__(name):
    # group_colors lives with the charts (analysis.plots.style); imported on first use, so that commands
    # that draw nothing do not pay for importing matplotlib
    if name == "group_colors":
        from .plots import group_colors
        return group_colors
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
