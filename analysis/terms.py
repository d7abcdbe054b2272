"""Every term analysis in one namespace, as the notebooks call them (``from analysis import terms``).

Each lives in a module that does one thing; open that module to read or change it:

* :mod:`analysis.analyzer`: the term rules (tokens → normalised words, spelling variants, n-grams, stop words);
* :mod:`analysis.counts`: term counts of a corpus, map → reduce → finish on any executor (:mod:`analysis.execute`);
* :mod:`analysis.frequency`: counts and rates per group, the most frequent terms;
* :mod:`analysis.tfidf`: TF-IDF per group, an article's typicality (centrality), TF-IDF differences;
* :mod:`analysis.keyness`: which terms distinguish one group from another (G², log ratio, log odds);
* :mod:`analysis.concordance`: keyword in context; :mod:`analysis.dispersion`: where in the articles a term occurs;
* :mod:`analysis.collocations`: two-word terms that occur together more than chance.
"""
from .analyzer import (PREFIXES, analyze, excluded_terms, sentence_terms, source_terms, stop_words_with,
                       variants_of, without_terms)
from .collocations import COLLOCATION_COLUMNS, collocations
from .concordance import (CONCORDANCE_COLUMNS, OCCURRENCE_COLUMNS, concordance, describe_concordance, select_hits,
                          term_occurrences)
from .counts import (TermCounts, check_counts, count_terms, drop_terms, group_sums, group_term_counts,
                     spelling_variants, term_counts)
from .dispersion import DISPERSION_COLUMNS, describe_dispersion, dispersion
from .frequency import (FREQUENCY_COLUMNS, NEWS_WORDS, describe_exclusive, describe_frequency, frequency_table,
                        most_frequent, term_frequency, top_terms)
from .tfidf import TFIDF_COLUMNS, article_vectors, centrality, tfidf, tfidf_difference, tfidf_table
from .units import STOP_WORDS

__all__ = ["STOP_WORDS", "PREFIXES", "analyze", "excluded_terms", "sentence_terms", "source_terms", "stop_words_with", "variants_of",
           "without_terms", "COLLOCATION_COLUMNS", "collocations", "CONCORDANCE_COLUMNS", "OCCURRENCE_COLUMNS",
           "concordance", "describe_concordance", "select_hits", "term_occurrences", "TermCounts", "check_counts",
           "count_terms", "drop_terms", "group_sums", "group_term_counts", "spelling_variants", "term_counts",
           "DISPERSION_COLUMNS", "describe_dispersion", "dispersion", "FREQUENCY_COLUMNS", "NEWS_WORDS",
           "describe_exclusive", "describe_frequency", "frequency_table", "most_frequent", "term_frequency",
           "top_terms", "TFIDF_COLUMNS", "article_vectors", "centrality", "tfidf", "tfidf_difference", "tfidf_table"]
