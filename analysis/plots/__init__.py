"""Charts: functions that take DataFrames and return a matplotlib Figure.

Each chart module matches an analysis stage; ``style`` keeps colours and labels
consistent across all notebooks.
"""
from .corpus import plot_article_sizes
from .style import group_colors

__all__ = ["group_colors", "plot_article_sizes"]
