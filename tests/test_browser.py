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
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars"]


class Chromium:
    """A headless Chromium with one page, spoken to over the DevTools Protocol."""

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
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for i, message in enumerate(self.events):
                if message.get("method") == event:
                    return self.events.pop(i)
            if time.monotonic() > deadline:
                raise TimeoutError(event)
            self.events.append(json.loads(self.ws.recv()))

    def open(self, url: str) -> None:
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, failed requests and dialogs since the page opened."""
        self.evaluate("new Promise(r => setTimeout(r, 200))")  # let late messages arrive
        found = []
        for message in self.events:
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

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


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
    pages = sorted(out.glob("*.html"))
    charts = 0
    for page in pages:
        browser.open(page.resolve().as_uri())
        images = browser.evaluate(IMAGES)
        assert browser.problems() == [], page.name
        assert [i for i in images if not (i["width"] > 0 and i["height"] > 0)] == [], page.name
        assert browser.evaluate("document.querySelectorAll('script').length") == 0, page.name
        charts += len(images)
        if page.name == "index.html":
            assert browser.evaluate("document.title") == HOSTILE_TITLE
            assert browser.evaluate(f"document.body.innerText.includes({json.dumps(HOSTILE_TITLE)})")
        if page.name == "zz_probe.reader.html":  # the hostile article's text, shown as text
            assert browser.evaluate(f"document.body.innerText.includes({json.dumps(XSS_SCRIPT)})")
            shot = tmp_path / "index.png"
            browser.screenshot(shot)
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
            continue
        browser.open(link)
        assert browser.problems() == [], link
        if link.endswith(".svg"):  # an SVG document has no body
            assert browser.evaluate("document.documentElement.localName") == "svg", link
            continue
        if link.endswith(".png"):  # an image document: one image, decoded
            assert browser.evaluate("document.images.length === 1 && document.images[0].naturalWidth > 0"), link
            continue
        assert browser.evaluate("document.body !== null && document.body.innerText.length > 0"), link


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
