"""The report looked at in a real browser: headless Chromium (Debian's ``chromium`` package,
see ``scripts/install-browser.sh``), driven over the Chrome DevTools Protocol with
``websocket-client`` (installed with Jupyter). Nothing is downloaded.

Every page of the session's hostile-text report (see ``test_report.py``), and a page of the
hostile outputs of ``test_hostile_report.py``, is opened from ``file://``; the test fails on any console error, uncaught exception, failed request or
script dialog, and on any image that does not decode. A screenshot of ``index.html`` is
saved into the test's tmp folder and copied into the report folder as ``index.png``.
"""
from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import websocket

from analysis.report import render_pages
from corpora import XSS_SCRIPT
from test_hostile_report import SITE_PACKAGES, hostile_notebook
from test_report import HOSTILE_TITLE, hostile_report

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
         # tabs loaded side by side (each_page) run as if each were in front
         "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
         "--disable-backgrounding-occluded-windows"]


class Chromium:
    """A headless Chromium spoken to over the DevTools Protocol: one connection to the browser, one session
    per tab (:class:`Tab`). ``open``, ``evaluate``, ``problems`` and ``screenshot`` act on its first tab;
    :meth:`each_page` opens many pages a few tabs at a time."""

    def __init__(self, profile: Path):
        if not Path(CHROMIUM).is_file():
            raise RuntimeError("chromium is not installed: run scripts/install-browser.sh")
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, "--remote-debugging-port=0", f"--user-data-dir={profile}",
                                      "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.is_file() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.proc.kill()
                raise RuntimeError("chromium did not start")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        version = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/version", timeout=30))
        self.ws = websocket.create_connection(version["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        self.tabs: list[Tab] = []
        self.page = self.new_tab()

    def call(self, method: str, session: str | None = None, **params) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        self.ws.send(json.dumps({**message, "sessionId": session} if session else message))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def wait_for(self, event: str, session: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for i, message in enumerate(self.events):
                if message.get("method") == event and message.get("sessionId") == session:
                    return self.events.pop(i)
            if time.monotonic() > deadline:
                raise TimeoutError(event)
            self.events.append(json.loads(self.ws.recv()))

    def new_tab(self) -> Tab:
        """A new blank tab, its events (page, console, log, network) reported from the start."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        tab = Tab(self, target, self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            tab.call(f"{domain}.enable")
        self.tabs.append(tab)
        return tab

    def each_page(self, urls: list[str], tabs: int = 8):
        """``(url, tab)`` for each of ``urls``, loaded: ``tabs`` pages load at once, each in a tab of its own
        (the settling time of :meth:`Tab.problems` then passes once for them all, not once per page)."""
        while len(self.tabs) < 1 + tabs:
            self.new_tab()
        for start in range(0, len(urls), tabs):
            batch = list(zip(urls[start:start + tabs], self.tabs[1:]))
            for url, tab in batch:
                tab.navigate(url)
            for url, tab in batch:
                tab.wait_loaded()
            for url, tab in batch:
                tab.call("Page.bringToFront")  # a tab behind the others does not decode its images
                yield url, tab

    def open(self, url: str) -> None:
        self.page.open(url)

    def evaluate(self, expression: str):
        return self.page.evaluate(expression)

    def problems(self) -> list[str]:
        return self.page.problems()

    def screenshot(self, path: Path, width: int = 1200) -> None:
        self.page.screenshot(path, width)

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class Tab:
    """One tab of :class:`Chromium`: its own session, its own events."""

    #: Seconds a page is given after its load event for late messages (console, log, network) to arrive.
    SETTLE = 0.2

    def __init__(self, browser: Chromium, target: str, session: str):
        self.browser, self.target, self.session = browser, target, session
        self.loaded = 0.0

    def call(self, method: str, **params) -> dict:
        return self.browser.call(method, self.session, **params)

    def navigate(self, url: str) -> None:
        """Start loading ``url``; its events from now on are this page's (:meth:`problems`)."""
        self.browser.events[:] = [m for m in self.browser.events if m.get("sessionId") != self.session]
        self.call("Page.navigate", url=url)

    def wait_loaded(self) -> None:
        self.browser.wait_for("Page.loadEventFired", self.session)
        self.loaded = time.monotonic()

    def open(self, url: str) -> None:
        self.navigate(url)
        self.wait_loaded()

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, failed requests and dialogs since the page started loading,
        read at least :attr:`SETTLE` seconds after its load event."""
        time.sleep(max(0.0, self.loaded + self.SETTLE - time.monotonic()))  # let late messages arrive
        self.evaluate("0")  # and everything the page sent before this answer
        found = []
        for message in self.browser.events:
            if message.get("sessionId") != self.session:
                continue
            method, params = message.get("method"), message.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in {"error", "assert"}:
                found.append(f"console.{params['type']}: {[a.get('value', a.get('description')) for a in params['args']]}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('text')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry']['text']} {params['entry'].get('url', '')}")
            elif method == "Network.loadingFailed":
                found.append(f"request failed: {params.get('errorText')} {params.get('blockedReason', '')}")
            elif method == "Network.requestWillBeSent" and not params["request"]["url"].startswith(("file:", "data:")):
                found.append(f"request to {params['request']['url']}")
            elif method == "Page.javascriptDialogOpening":
                found.append(f"dialog: {params.get('message')}")
        return found

    def screenshot(self, path: Path, width: int = 1200) -> None:
        height = self.evaluate("document.documentElement.scrollHeight")
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=min(int(height), 8000),
                  deviceScaleFactor=1, mobile=False)
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        self.call("Emulation.clearDeviceMetricsOverride")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


IMAGES = """Promise.all(Array.from(document.images).map(img => img.decode().then(
    () => ({src: img.src.slice(0, 30), width: img.naturalWidth, height: img.naturalHeight}),
    e => ({src: img.src.slice(0, 30), width: 0, height: 0, error: String(e)}))))"""


def test_every_page_opens_without_errors_and_every_chart_decodes(browser, tmp_path_factory, tmp_path):
    out, data, notebooks, rc, err = hostile_report(tmp_path_factory)
    pages = {page.resolve().as_uri(): page for page in sorted(out.glob("*.html"))}
    charts = 0
    for url, tab in browser.each_page(list(pages)):
        page = pages[url]
        images = tab.evaluate(IMAGES)
        assert tab.problems() == [], page.name
        assert [i for i in images if not (i["width"] > 0 and i["height"] > 0)] == [], page.name
        assert tab.evaluate("document.querySelectorAll('script').length") == 0, page.name
        charts += len(images)
        if page.name == "index.html":
            assert tab.evaluate("document.title") == HOSTILE_TITLE
            assert tab.evaluate(f"document.body.innerText.includes({json.dumps(HOSTILE_TITLE)})")
        if page.name == "zz_probe.reader.html":  # the hostile article's text, shown as text
            assert tab.evaluate(f"document.body.innerText.includes({json.dumps(XSS_SCRIPT)})")
            shot = tmp_path / "index.png"
            tab.screenshot(shot)
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
            shutil.copy(shot, out / "index.png")
    # every reader page of a notebook that drew a chart shows it: the probe draws one
    assert charts >= 2


def test_links_of_the_index_open_in_the_browser(browser, tmp_path_factory):
    out, data, notebooks, rc, err = hostile_report(tmp_path_factory)
    browser.open((out / "index.html").resolve().as_uri())
    links = browser.evaluate("Array.from(document.links).map(a => a.href)")
    assert links
    for link in links:
        if link.endswith(".csv"):  # a browser downloads a CSV rather than open it: the file must be there
            assert Path(urllib.request.url2pathname(urllib.parse.urlparse(link).path)).is_file(), link
    for link, tab in browser.each_page([link for link in links if not link.endswith(".csv")]):
        assert tab.problems() == [], link
        if link.endswith(".svg"):  # an SVG document has no body
            assert tab.evaluate("document.documentElement.localName") == "svg", link
            continue
        if link.endswith(".png"):  # an image document: one image, decoded
            assert tab.evaluate("document.images.length === 1 && document.images[0].naturalWidth > 0"), link
            continue
        assert tab.evaluate("document.body !== null && document.body.innerText.length > 0"), link


def test_a_page_of_hostile_outputs_stays_put_and_fetches_nothing(browser, tmp_path):
    """Mermaid source with a ``<meta http-equiv=refresh>``, forms, styles, ``data:`` and ``javascript:``
    links, SVG, iframes: the page neither navigates, nor loads, nor shows a form."""
    page = tmp_path / "hostile.reader.html"
    page.write_text(render_pages(hostile_notebook(SITE_PACKAGES))["reader"], encoding="utf-8")
    browser.open(page.as_uri())
    browser.evaluate("new Promise(r => setTimeout(r, 1500))")  # a 0 s refresh would have left by now
    assert browser.evaluate("location.href") == page.as_uri()
    assert browser.problems() == []
    assert browser.evaluate("document.querySelectorAll('form, input, iframe, svg, script, base, meta[http-equiv=refresh]')"
                            ".length") == 0
    assert browser.evaluate("Array.from(document.links).filter(a => !/^(https?|file):/.test(a.protocol)).length") == 0
