"""Helper package of the news-coverage workbook.

Modules follow the data's path: ``decode``/``clean``/``load`` (files to an
articles table) → ``units`` (paragraphs, sentences, tokens) → ``analyzer`` (the term rules) → ``counts``
(term counts on any executor: ``execute``) → ``frequency``, ``tfidf``, ``keyness``, ``concordance``,
``dispersion``, ``collocations`` (gathered in ``terms``) → ``quotes`` → ``plots`` → ``report``.
"""
from .execute import distribute
from .display import show_findings
from .groups import group_labels, grouping_advice, pick_groups
from .sample import describe_sample, sample_articles
from .load import Corpus, load_articles, load_corpus
from .units import paragraphs, sentences, tokens
from .collocations import collocations
from .concordance import concordance
from .counts import term_counts
from .dispersion import dispersion
from .frequency import term_frequency, top_terms
from .tfidf import tfidf
from .quotes import canonical_speakers, extract_quotes, score_quotes, speaker_aliases
from .quotes.people import describe_people, people
from .exports import chart_formats, export_table, show_table
from .trends import quote_trends, term_trends
from .similar import near_duplicates, nearest_neighbours, shared_quotes, similarity_matrix

__all__ = ["Corpus", "describe_sample", "distribute", "group_labels", "grouping_advice", "pick_groups",
           "sample_articles", "show_findings",
           "load_articles", "load_corpus", "paragraphs", "sentences", "tokens",
           "collocations", "concordance", "dispersion", "term_counts", "term_frequency", "tfidf", "top_terms",
           "canonical_speakers", "extract_quotes", "score_quotes", "speaker_aliases", "group_colors",
           "describe_people", "people",
           "chart_formats", "export_table", "show_table", "quote_trends", "term_trends",
           "near_duplicates", "nearest_neighbours", "shared_quotes", "similarity_matrix"]


def __getattr__(name):
    # group_colors lives with the charts (analysis.plots.style); imported on first use, so that commands
    # that draw nothing do not pay for importing matplotlib
    if name == "group_colors":
        from .plots import group_colors
        return group_colors
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
