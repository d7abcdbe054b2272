"""Quote attribution: find quotations and reported statements, attribute them to speakers, score against gold.

Modules: ``marks`` (quotation spans), ``lexicon`` (shipped word lists), ``speakers``
(named persons, typing, coreference), ``extract`` (the rows), ``score`` (P/R/F1).
"""
from .extract import COLUMNS, extract_article, extract_quotes
from .score import locate_gold, quote_errors, score_quotes

__all__ = ["COLUMNS", "extract_article", "extract_quotes", "locate_gold", "quote_errors", "score_quotes"]
