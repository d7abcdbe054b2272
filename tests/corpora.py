"""Small, real-looking article corpora that tests write into a folder.

Every article is invented: a headline line, optionally a byline and a date line,
then paragraphs mixing reporting, direct quotes (``“...,” Mayor X said.``,
``X said: “...”``, ``"...," said X``) and indirect speech (``X said that ...``,
``according to X``) by invented politicians. Output is deterministic: the same
arguments always write the same bytes.

Use::

    from corpora import write_corpus
    files = write_corpus(tmp_path / "data", 40, years=[2023])                # one year
    files = write_corpus(tmp_path / "data", 60, sources=["Ledger", "Courier"])  # two outlets
    files = write_corpus(tmp_path / "data", 1)                               # one article
    files = write_corpus(tmp_path / "data", 5, dated=False, xss=True)        # no dates + hostile text

``sources`` are written to a manifest ``articles.csv`` (the only way the loader
learns an outlet); ``dated=True`` writes a date line under the headline.
"""
from __future__ import annotations

import csv
import html
import random
from datetime import date, timedelta
from pathlib import Path

#: The hostile strings of the XSS article; tests assert they only ever appear as text.
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_LINK = '<a href="javascript:alert(1)">full statement</a>'
XSS_MARKDOWN_LINK = "[read the memo](javascript:alert(1))"
#: File name of the hostile article written when ``xss=True``.
XSS_FILE = "council-hostile-markup.txt"

POLITICIANS = [
    ("Mayor", "Elena Varga"), ("Senator", "Marcus Holloway"), ("Councillor", "Priya Ramaswamy"),
    ("Governor", "Thomas Achebe"), ("Representative", "Julia Moreno"), ("Minister", "Henrik Dahl"),
    ("Councillor", "Omar Haddad"), ("Senator", "Grace Whitfield"), ("Treasurer", "Daniel Okafor"),
    ("Commissioner", "Lucy Brennan"),
]
REPORTERS = ["Anna Keller", "Samuel Ortiz", "Mira Chen", "Robert Lang", "Fatima Noor", "Peter Novak"]

TOPICS = {
    "transit": dict(
        headline=["{city} Transit Plan Faces Budget Questions", "Bus Routes Cut as {city} Weighs Fares",
                  "{city} Council Backs Tram Extension"],
        nouns=["bus routes", "tram line", "fare increase", "commuters", "depot", "timetable", "ridership"],
        facts=["Ridership on the {city} network fell by {n} percent last year, according to the transit authority.",
               "The proposed tram extension would add {n} stops along the river corridor.",
               "Commuters on the night routes waited an average of {n} minutes at peak hours."],
        quotes=["We cannot ask commuters to pay more for a service that arrives late",
                "The tram extension is the cheapest way to move people across the river",
                "Every cut to the night buses falls hardest on shift workers"],
    ),
    "housing": dict(
        headline=["Rents Climb Again in {city}", "{city} Approves Affordable Housing Fund",
                  "Tenants Rally Outside {city} Hall Over Evictions"],
        nouns=["rents", "tenants", "landlords", "housing fund", "evictions", "apartments", "zoning"],
        facts=["Average rents in {city} rose {n} percent over twelve months, the housing office reported.",
               "The fund would finance about {n} apartments over five years.",
               "Eviction filings reached {n} in the first quarter, court records show."],
        quotes=["Families are being priced out of neighbourhoods they have lived in for decades",
                "Zoning reform will do more for renters than any subsidy",
                "Landlords need certainty before they build a single new apartment"],
    ),
    "water": dict(
        headline=["Drought Forces Water Limits in {city}", "{city} Reservoir Levels Alarm Farmers",
                  "Pipe Repairs Delayed as {city} Debates Costs"],
        nouns=["reservoir", "drought", "farmers", "pipes", "water meters", "irrigation", "leaks"],
        facts=["The main reservoir stood at {n} percent of capacity on Monday.",
               "Engineers estimate that {n} percent of treated water is lost through leaking pipes.",
               "Farmers in the valley were asked to cut irrigation by {n} percent."],
        quotes=["Fixing the leaks is cheaper than finding new water",
                "Farmers have already cut back and cannot give up more",
                "Nobody wants restrictions, but the reservoir does not lie"],
    ),
    "schools": dict(
        headline=["Teachers Warn of Larger Classes in {city}", "{city} School Budget Passes After Long Debate",
                  "Parents Question {city} Plan to Merge Schools"],
        nouns=["teachers", "classrooms", "school budget", "parents", "pupils", "curriculum", "school buses"],
        facts=["The district expects {n} more pupils next autumn.",
               "Average class size would rise to {n} under the proposal.",
               "The budget sets aside {n} million for repairs to older buildings."],
        quotes=["You cannot teach thirty-five children as well as you teach twenty",
                "Merging the two schools keeps both buildings safe and open",
                "Parents deserve to see the numbers before the vote"],
    ),
    "budget": dict(
        headline=["{city} Budget Gap Widens", "Tax Debate Splits {city} Council",
                  "Auditors Question {city} Spending"],
        nouns=["deficit", "taxes", "auditors", "spending", "reserves", "pensions", "bond rating"],
        facts=["The deficit is projected at {n} million for the coming fiscal year.",
               "Auditors flagged {n} contracts signed without a competitive tender.",
               "Pension costs have grown {n} percent since the last review."],
        quotes=["We will balance this budget without raising the property tax",
                "The reserves exist for exactly this kind of year",
                "Residents should know where every dollar of their money goes"],
    ),
}
CITIES = ["Harlow", "Brookfield", "Marston", "Eastvale", "Redmond Bay", "Corrigan"]
SAY_VERBS = ["said", "told reporters", "said on Tuesday", "added", "argued"]
INDIRECT = [
    "{who} said that the council would revisit the {noun} question before the summer recess.",
    "According to {who}, the dispute over the {noun} has delayed two earlier votes.",
    "{who} warned that the {noun} could become the main issue of the next election.",
    "{who} has promised to publish the full figures on the {noun} next month.",
]
REPORTING = [
    "Officials in {city} spent much of the week arguing about the {noun}.",
    "The debate over the {noun} drew a large crowd to the council chamber.",
    "Critics say the plan does little for residents who depend on the {noun}.",
    "A final decision on the {noun} is expected after the public consultation.",
    "Opposition members asked for an independent review of the {noun}.",
]


def _name(politician: tuple[str, str]) -> tuple[str, str]:
    title, name = politician
    return f"{title} {name}", name.split()[-1]


def _direct_quote(rng: random.Random, quote: str, politician: tuple[str, str]) -> str:
    full, last = _name(politician)
    style = rng.randrange(4)
    if style == 0:
        return f"“{quote},” {full} {rng.choice(SAY_VERBS)}."
    if style == 1:
        return f"{full} said: “{quote}.”"
    if style == 2:
        return f"\"{quote},\" said {last}."
    return f"“{quote},” {last} said, “and we will say so at every meeting.”"


def article_text(rng: random.Random, *, published: date | None, byline: bool) -> tuple[str, str]:
    """One invented article: ``(slug, text)``; ``published`` adds a date line under the headline."""
    topic_name = rng.choice(sorted(TOPICS))
    topic = TOPICS[topic_name]
    city = rng.choice(CITIES)
    headline = rng.choice(topic["headline"]).format(city=city)
    speakers = rng.sample(POLITICIANS, 3)
    lines = [headline, ""]
    if byline:
        lines.append(f"By {rng.choice(REPORTERS)}")
    if published is not None:
        lines.append(published.strftime("%B %-d, %Y"))
    if byline or published is not None:
        lines.append("")
    fill = dict(city=city)
    paragraphs = [
        rng.choice(REPORTING).format(noun=rng.choice(topic["nouns"]), **fill) + " "
        + rng.choice(topic["facts"]).format(n=rng.randint(3, 90), **fill),
        _direct_quote(rng, rng.choice(topic["quotes"]), speakers[0]),
        rng.choice(INDIRECT).format(who=_name(speakers[1])[0], noun=rng.choice(topic["nouns"])),
        rng.choice(topic["facts"]).format(n=rng.randint(3, 90), **fill) + " "
        + rng.choice(REPORTING).format(noun=rng.choice(topic["nouns"]), **fill),
        _direct_quote(rng, rng.choice(topic["quotes"]), speakers[2]),
    ]
    if rng.random() < 0.5:
        paragraphs.append(rng.choice(INDIRECT).format(who=_name(speakers[0])[0], noun=rng.choice(topic["nouns"])))
    lines.extend("\n\n".join(paragraphs).split("\n"))
    slug = "-".join(headline.lower().replace("{", "").split()[:5])
    return f"{topic_name}-{slug}", "\n".join(lines) + "\n"


def xss_article_text(*, year: int | None) -> str:
    """The hostile article: script, event-handler and ``javascript:`` markup in headline, quotes and body.

    The markup is written as HTML entities (``&lt;script&gt;``), the way a text file holds such strings as text:
    cleaning decodes them, so the clean text holds ``<script>`` literally (cleaning removes real tags, keeping
    their text). ``year`` adds a date line (15 January of that year)."""
    script, img, link = (html.escape(s, quote=False) for s in (XSS_SCRIPT, XSS_IMG, XSS_LINK))
    lines = [f"Council Vote {script} Stalls Budget", ""]
    if year is not None:
        lines += [f"January 15, {year}", ""]
    lines += [
        f"Members of the Harlow council argued late into the night over a memo titled {img} that nobody "
        f"admitted writing, and a link labelled {link} circulated among staff.",
        "",
        f"“The memo {script} is not how this council does business,” Mayor Elena Varga said.",
        "",
        f"Senator Marcus Holloway said that the memo, which ended with {XSS_MARKDOWN_LINK}, would be "
        "referred to the ethics office.",
        "",
        f"\"Nobody should click {img} in an email,\" said Haddad.",
    ]
    return "\n".join(lines) + "\n"


def write_corpus(folder, n_articles: int, *, years=(2024,), sources=None, dated: bool = True,
                 xss: bool = False, seed: int = 0) -> list[Path]:
    """Write ``n_articles`` invented articles into ``folder`` (created) and return their paths, sorted.

    - ``years``: publication years, assigned in turn (``dated=True`` only); dates within a year vary.
    - ``sources``: outlet names, assigned in turn and written to ``folder/articles.csv``; None → no manifest.
    - ``dated=False``: no date line at all (the loader finds no date, ``year`` is missing).
    - ``xss=True``: one more article, :data:`XSS_FILE`, holding the hostile strings above (dated
      15 January of the first year when ``dated``).
    - ``seed``: the random seed; same arguments → same files.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    years = list(years)
    sources = list(sources) if sources else None
    written: list[tuple[Path, str | None]] = []
    for i in range(n_articles):
        published = None
        if dated:
            published = date(years[i % len(years)], 1, 1) + timedelta(days=rng.randrange(360))
        slug, text = article_text(rng, published=published, byline=rng.random() < 0.7)
        prefix = published.isoformat() if published else f"article-{i + 1:03d}"
        path = folder / f"{prefix}_{i + 1:03d}-{slug}.txt"
        path.write_text(text, encoding="utf-8")
        written.append((path, sources[i % len(sources)] if sources else None))
    if xss:
        path = folder / XSS_FILE
        path.write_text(xss_article_text(year=years[0] if dated else None), encoding="utf-8")
        written.append((path, sources[0] if sources else None))
    if sources:
        with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(["file", "source"])
            for path, source in sorted(written):
                out.writerow([path.name, source])
    return sorted(path for path, _ in written)
