"""Quote attribution: find quotations and reported statements, attribute them to speakers, score against gold.

Modules: ``marks`` (quotation spans), ``lexicon`` (shipped word lists), ``speakers``
(named persons, typing, coreference), ``extract`` (the rows), ``aliases`` (one name per person across the
corpus), ``score`` (P/R/F1), ``summary`` (who speaks, per article or group).
"""
from .aliases import canonical_speakers, speaker_aliases
from .extract import extract_article, extract_quotes
from .table import COLUMNS
from .score import locate_gold, quote_errors, read_gold, score_quotes
from .summary import quote_findings, quote_positions, quoted_share, speaker_shares, speaker_type_counts

__all__ = ["COLUMNS", "canonical_speakers", "extract_article", "extract_quotes", "locate_gold", "quote_errors",
           "quote_findings", "quote_positions", "quoted_share", "read_gold", "score_quotes", "speaker_aliases",
           "speaker_shares", "speaker_type_counts"]
