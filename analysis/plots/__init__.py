"""Charts: functions that take DataFrames and return a matplotlib Figure.

Each chart module matches an analysis stage; ``style`` keeps colours and labels
consistent across all notebooks: :func:`group_colors` gives one colour per group of a corpus, passed as
``colors=`` to every chart, and each Figure carries the mapping it drew with as ``fig.group_colors``.
"""
from .corpus import plot_article_sizes
from .style import group_colors, palette
from .people import plot_mentions_attributions
from .quotes import plot_quote_positions, plot_speaker_shares, plot_speaker_types
from .similar import plot_shared_passages, plot_similarity_heatmap
from .terms import plot_dispersion, plot_distinctive_terms, plot_keyness, plot_term_scatter, plot_top_terms
from .trends import plot_quote_trends, plot_term_trends

__all__ = ["group_colors", "palette", "plot_article_sizes",
           "plot_dispersion", "plot_distinctive_terms", "plot_keyness", "plot_term_scatter", "plot_top_terms",
           "plot_mentions_attributions", "plot_quote_positions", "plot_speaker_shares", "plot_speaker_types",
           "plot_quote_trends", "plot_term_trends",
           "plot_shared_passages", "plot_similarity_heatmap"]
