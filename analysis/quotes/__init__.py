"""Quote attribution: find quotations and reported statements, attribute them to speakers, score against gold.

Modules, in pipeline order: ``lexicon`` (shipped word lists, tokens), ``marks`` (quotation spans), ``speakers``
(named persons, typing, coreference), ``roles`` (a person's role as the article gives it); the rules of one
article: ``article`` (the text read once) → ``clauses`` (subjects around a verb) → ``cues`` (quotations) and
``indirect`` (reported speech) → ``attribute`` (the article's rows, speakers resolved) → ``headlines``; then
``table`` (columns and order), ``extract`` (the corpus: map, reduce, finish on any executor), ``aliases`` (one name
per person across the corpus), ``summary`` (who speaks, per article or group), ``score`` (P/R/F1 against gold);
``people`` (who is mentioned vs who is quoted: ``analysis.quotes.people.X``, and ``analysis.people``).
"""
from .aliases import canonical_speakers, speaker_aliases
from .extract import extract_article, extract_quotes
from .score import locate_gold, quote_errors, read_gold, score_quotes
from .summary import describe_quotes, quote_positions, quoted_share, speaker_shares, speaker_type_counts
from .table import COLUMNS

__all__ = ["COLUMNS", "canonical_speakers", "describe_quotes", "extract_article", "extract_quotes", "locate_gold",
           "quote_errors", "quote_positions", "quoted_share", "read_gold", "score_quotes", "speaker_aliases",
           "speaker_shares", "speaker_type_counts"]
