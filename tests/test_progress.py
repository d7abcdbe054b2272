"""Progress bars: shown when asked, never when turned off, and not for quick runs by default."""
from analysis import progress
from analysis.counts import count_terms


def test_bar_shown_when_asked_and_silent_when_off(capsys):
    texts = ["The envoy met officials in Israel.", "Talks on Rafah went on."] * 3
    count_terms(texts, progress=True)
    assert "counting terms" in capsys.readouterr().err
    count_terms(texts, progress=False)
    count_terms(texts)  # default: a quick run shows nothing (the bar waits DELAY seconds)
    assert capsys.readouterr().err == ""


def test_environment_turns_bars_off(monkeypatch):
    monkeypatch.delenv(progress.ENV, raising=False)
    assert progress.enabled(None)
    for value in ("off", "0", "False"):
        monkeypatch.setenv(progress.ENV, value)
        assert not progress.enabled(None)
        assert progress.enabled(True)  # an explicit request wins
    assert not progress.enabled(False)


def test_loading_shows_a_bar_when_asked(capsys):
    from conftest import DATA

    import analysis
    analysis.load_corpus(DATA, progress=True)
    assert "loading files" in capsys.readouterr().err
    analysis.load_corpus(DATA)
    assert capsys.readouterr().err == ""


def test_quote_extraction_shows_a_bar_when_asked(capsys, articles):
    from analysis.quotes import extract_quotes
    extract_quotes(articles, progress=True)
    assert "extracting quotes" in capsys.readouterr().err
    extract_quotes(articles)
    assert capsys.readouterr().err == ""
