"""Helper package of the news-coverage workbook.

Modules follow the data's path: ``decode``/``clean``/``load`` (files to an
articles table) → ``units`` (paragraphs, sentences, tokens) → ``terms`` →
``quotes`` → ``plots`` → ``report``.
"""
from .engine import distribute
from .groups import group_labels, pick_groups
from .load import Corpus, load_articles, load_corpus
from .units import paragraphs, sentences, tokens
from .terms import collocations, concordance, dispersion, term_counts, term_frequency, tfidf, top_terms
from .quotes import canonical_speakers, extract_quotes, score_quotes, speaker_aliases
from .exports import chart_formats, export_table, show_table

__all__ = ["Corpus", "distribute", "group_labels", "pick_groups", "load_articles", "load_corpus", "paragraphs", "sentences", "tokens",
           "collocations", "concordance", "dispersion", "term_counts", "term_frequency", "tfidf", "top_terms",
           "canonical_speakers", "extract_quotes", "score_quotes", "speaker_aliases",
           "chart_formats", "export_table", "show_table"]
