"""What makes a report page safe to share: the allow-list HTML and CSS sanitiser, the output types a page
shows, local paths left out of outputs, SVG files checked before they are saved, and escapes for the index.

Article text and notebook outputs are untrusted. Every HTML or Markdown output goes through
:func:`clean_html` (an allow-list sanitiser, as nbviewer does); only the output types of
:data:`SHOWN_TYPES` are shown (:func:`shown_data`); the :data:`CONTENT_SECURITY_POLICY` of every page
forbids scripts, fetches, forms and ``<base>``.
"""
from __future__ import annotations

import copy
import os
import re
import site
import sysconfig
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import nbformat
import tinycss2
from bleach import html5lib_shim
from bleach.css_sanitizer import CSSSanitizer
from bleach.sanitizer import Cleaner

from ..terminal import printable

#: The policy of every page (``index.html`` and the notebook pages, as a ``<meta>`` element): nothing is
#: fetched or run, images only embedded, inline styles only, no form can submit, no ``<base>`` can
#: redirect relative links. (``frame-ancestors`` is ignored in a ``<meta>`` policy: browsers honour it
#: only as an HTTP header, which a page opened from a file or a plain file server does not have.)
CONTENT_SECURITY_POLICY = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                           "form-action 'none'; base-uri 'none'")

_ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "style",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})

_ALLOWED_ATTRIBUTES = {
    "*": ["class", "id", "title", "style", "align", "valign", "colspan", "rowspan", "border", "scope"],
    "a": ["href", "name"],
    "img": ["src", "alt", "width", "height"],
}

#: URL schemes bleach lets through in ``href``/``src``; :class:`_SafeUrls` then keeps ``data:`` only
#: for embedded images.
_ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "data"})

#: Schemes a link may have (a link without a scheme is relative to the page's folder).
_LINK_SCHEMES = frozenset({"", "http", "https", "mailto"})

#: The only image source kept: an embedded PNG, JPEG or GIF (a shared page fetches nothing; a chart
#: that is not embedded is broken anyway, and an SVG is a document of its own).
_EMBEDDED_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*", re.I)

#: CSS properties kept in ``style`` attributes and in DataFrame ``<style>`` rules: colours, fonts,
#: borders, spacing, alignment and sizes (what pandas' tables and Styler use). Not kept: anything that
#: moves a box out of its place or hides it (``position``, ``display``, ``float``, ``overflow``...),
#: generated ``content``, and text direction (``direction``, ``unicode-bidi``: text spoofing).
CSS_PROPERTIES = frozenset({
    "background", "background-color", "border", "border-bottom", "border-bottom-color", "border-bottom-style",
    "border-bottom-width", "border-collapse", "border-color", "border-left", "border-left-color",
    "border-left-style", "border-left-width", "border-right", "border-right-color", "border-right-style",
    "border-right-width", "border-spacing", "border-style", "border-top", "border-top-color", "border-top-style",
    "border-top-width", "border-width", "color", "font", "font-family", "font-size", "font-style",
    "font-variant", "font-weight", "height", "letter-spacing", "line-height", "margin", "margin-bottom",
    "margin-left", "margin-right", "margin-top", "max-height", "max-width", "min-height", "min-width", "padding",
    "padding-bottom", "padding-left", "padding-right", "padding-top", "text-align", "text-decoration",
    "text-indent", "text-transform", "vertical-align", "white-space", "width", "word-break", "word-wrap",
})

#: CSS functions a value may call (colours, gradients as in Styler's bars, arithmetic); ``url()``,
#: ``image-set()``, ``attr()`` and every other function make the declaration go.
CSS_FUNCTIONS = frozenset({"rgb", "rgba", "hsl", "hsla", "linear-gradient", "calc"})

#: Selectors kept in a ``<style>`` block: rules for a DataFrame's table (``.dataframe``, pandas'
#: default) or a pandas Styler's (``#T_...``) and their descendants, never for the rest of the page.
TABLE_SELECTOR = re.compile(r"(?:\.dataframe|#T_[\w-]+)(?:[\s>]*[\w.#:-]+)*")


def _plain_css_value(tokens) -> bool:
    """Whether a declaration's value fetches nothing and calls only :data:`CSS_FUNCTIONS` (and
    holds no ``<``, which could end a ``<style>`` element)."""
    for token in tokens:
        if token.type == "url" or (token.type == "function" and token.lower_name not in CSS_FUNCTIONS):
            return False
        if token.type == "function" and not _plain_css_value(token.arguments):
            return False
    return "<" not in tinycss2.serialize(tokens)


class TableCSS(CSSSanitizer):
    """bleach's CSS sanitiser with this module's allow-lists: a declaration stays when its property is
    in :data:`CSS_PROPERTIES` and its value is plain (:func:`_plain_css_value`)."""

    def __init__(self):
        super().__init__(allowed_css_properties=CSS_PROPERTIES, allowed_svg_properties=frozenset())

    def sanitize_css(self, style: str) -> str:
        kept = [d for d in tinycss2.parse_declaration_list(style, skip_comments=True, skip_whitespace=True)
                if d.type == "declaration" and d.lower_name in CSS_PROPERTIES and _plain_css_value(d.value)]
        return " ".join(f"{d.lower_name}: {tinycss2.serialize(d.value).strip()}{' !important' if d.important else ''};"
                        for d in kept)

    def sanitize_stylesheet(self, css: str) -> str:
        """The rules of a ``<style>`` block whose every selector matches :data:`TABLE_SELECTOR`, each
        with its declarations sanitised; at-rules (``@import``, ``@font-face``, ``@media``...) go."""
        rules = []
        for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule":
                continue
            selectors = [" ".join(s.split()) for s in tinycss2.serialize(rule.prelude).split(",")]
            declarations = self.sanitize_css(tinycss2.serialize(rule.content))
            if declarations and all(TABLE_SELECTOR.fullmatch(s) for s in selectors):
                rules.append(f"{', '.join(selectors)} {{ {declarations} }}")
        return "\n".join(rules)


_CSS = TableCSS()


def _url_scheme(url: str) -> str:
    """The lower-case scheme of ``url`` ('' for a relative URL), read as bleach reads it: character
    references decoded, blanks, control and non-ASCII characters ignored."""
    normalised = re.sub(r"[`\x00-\x20\x7f-\xa0\s]+|[^\x00-\x7f]", "", html5lib_shim.convert_entities(url)).lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", normalised)
    return match.group(1) if match else ""


class _SafeUrls(html5lib_shim.Filter):
    """After bleach: ``<img>`` elements go unless their source is an embedded image
    (:data:`_EMBEDDED_IMAGE`); links keep their ``href`` only with a scheme of :data:`_LINK_SCHEMES`
    (``data:`` and the rest go); the text of a ``<style>`` element is passed through
    :meth:`TableCSS.sanitize_stylesheet`."""

    def __iter__(self):
        style: list[str] | None = None
        for token in super().__iter__():
            kind, name = token["type"], token.get("name")
            if style is not None and kind in ("Characters", "SpaceCharacters"):
                style.append(token["data"])
                continue
            if kind == "StartTag" and name == "style":
                style = []
            elif kind == "EndTag" and name == "style" and style is not None:
                yield {"type": "Characters", "data": _CSS.sanitize_stylesheet("".join(style))}
                style = None
            elif kind in ("StartTag", "EmptyTag"):
                attrs = dict(token["data"])
                if name == "img" and not _EMBEDDED_IMAGE.fullmatch(attrs.get((None, "src"), "")):
                    continue
                if (None, "href") in attrs and _url_scheme(attrs[(None, "href")]) not in _LINK_SCHEMES:
                    del attrs[(None, "href")]
                token["data"] = attrs
            yield token


_CLEANER = Cleaner(tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, protocols=_ALLOWED_PROTOCOLS,
                   strip=True, strip_comments=True, css_sanitizer=_CSS, filters=[_SafeUrls])


def clean_html(markup: str) -> str:
    """Allow-list sanitiser for HTML outputs.

    Formatting and table tags survive; scripts, forms, event-handler attributes, links other than
    ``http(s):``/``mailto:``/relative, images other than embedded PNG/JPEG/GIF are removed (tags stripped,
    their text kept); styles keep only :data:`CSS_PROPERTIES` with plain values, and ``<style>`` blocks only
    DataFrame table rules.

    Parameters
    ----------
    markup : str
        Untrusted HTML.

    Returns
    -------
    str
        The sanitised HTML.
    """
    return _CLEANER.clean(str(markup))


#: Output types a page shows, in nbconvert's order of preference; the offline template renders each
#: safely (HTML and Markdown through :func:`clean_html`, LaTeX and text escaped). Every other type
#: (JavaScript, widgets, Mermaid, Vega, Plotly, SVG...) is denied: :func:`shown_data`. A chart's SVG is
#: never in a page: the report saves it as a file beside the PNG and links it (:func:`export_charts`).
SHOWN_TYPES = ("text/html", "text/markdown", "text/latex", "image/png", "image/jpeg", "text/plain")


def shown_data(data: dict) -> dict:
    """The part of an output's data a page shows (deny by default).

    Parameters
    ----------
    data : dict
        An output's ``data`` (MIME type → value).

    Returns
    -------
    dict
        Its :data:`SHOWN_TYPES`. An output that held other types and keeps no shown type but text becomes a
        note naming the types left out (its text is a Python repr such as
        ``<IPython.core.display.Javascript object>``).
    """
    kept = {kind: value for kind, value in data.items() if kind in SHOWN_TYPES}
    left_out = sorted(kind for kind in data if kind not in SHOWN_TYPES)
    if left_out and set(kept) <= {"text/plain"}:
        return {"text/plain": f"({', '.join(left_out)} output not included in this report)"}
    return kept


def install_folders() -> list[str]:
    """Folders whose absolute paths pages leave out of tracebacks and warnings: where Python's standard
    library and the packages are installed, and the folder holding this package (as given and resolved)."""
    paths = sysconfig.get_paths()
    folders = {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    folders |= {*site.getsitepackages(), site.getusersitepackages(), str(Path(__file__).resolve().parents[2])}
    return sorted({*folders, *map(os.path.realpath, folders)}, key=len, reverse=True)


def path_shortener(data_path: str | None = None, data_label: str | None = None) -> Callable[[str], str]:
    """A function rewriting local absolute paths in a text.

    Parameters
    ----------
    data_path : str, optional
        The absolute data path the kernels received; it becomes ``data_label``.
    data_label : str, optional
        The data path as the user gave it.

    Returns
    -------
    callable
        ``str -> str``: ``data_path`` replaced by ``data_label``, and a path under an :func:`install_folders`
        folder made relative to it (``/…/site-packages/pandas/core/frame.py`` → ``pandas/core/frame.py``).
    """
    replacements = {folder.rstrip(os.sep) + os.sep: "" for folder in install_folders()}
    patterns = [re.escape(folder) for folder in replacements]
    if data_path and data_label is not None:
        replacements[data_path] = data_label
        patterns.append(re.escape(data_path) + r"(?![\w.-])")  # not the start of a longer name
    pattern = re.compile("|".join(sorted(patterns, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: replacements[m.group()], text)


def shareable(nb: nbformat.NotebookNode, shorten: Callable[[str], str] = str) -> nbformat.NotebookNode:
    """A copy of an executed notebook fit for a shared page.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook (not modified).
    shorten : callable
        Applied to text outputs, warnings and tracebacks (:func:`path_shortener`).

    Returns
    -------
    nbformat.NotebookNode
        Each output's data cut to :func:`shown_data`, image file names from output metadata dropped (images
        are embedded), ``shorten`` applied.
    """
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "data" in output:
                output["data"] = nbformat.from_dict({
                    kind: shorten(value) if kind.startswith("text/") and isinstance(value, str) else value
                    for kind, value in shown_data(output["data"]).items()})
                output.get("metadata", {}).pop("filenames", None)
            for key in ("text", "evalue"):
                if isinstance(output.get(key), str):
                    output[key] = shorten(output[key])
            if "traceback" in output:
                output["traceback"] = [shorten(str(line)) for line in output["traceback"]]
    return nb


#: Elements and attributes that make an SVG file active or make it fetch something when opened on its own.
_ACTIVE_SVG_TAGS = frozenset({"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "set",
                              "animate", "animatemotion", "animatetransform", "a"})

_SVG_HREF = re.compile(r"#[\w.:-]*|data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*")


def safe_svg(text: str) -> bool:
    """Whether an SVG document can be saved as a file and opened on its own.

    Parameters
    ----------
    text : str
        The SVG.

    Returns
    -------
    bool
        True for well-formed XML with an ``svg`` root, no entity declarations, no scripts, event handlers or
        foreign content, and no link or ``url()`` except to its own elements or an embedded image (what
        matplotlib writes).
    """
    import xml.etree.ElementTree as ET

    if "<!ENTITY" in text.upper():
        return False
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return False
    if root.tag.rpartition("}")[2] != "svg":
        return False
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag.rpartition("}")[2].lower() in _ACTIVE_SVG_TAGS:
            return False
        for name, value in element.attrib.items():
            local = name.rpartition("}")[2].lower()
            if local.startswith("on") or (local in ("href", "src") and not _SVG_HREF.fullmatch(value.strip())):
                return False
        texts = " ".join(filter(None, (element.text, *element.attrib.values())))
        if re.search(r"url\(\s*['\"]?(?!#)", texts, re.I) or "@import" in texts.lower():
            return False
    return True


def show_hidden(value):
    """``value`` with control and bidi characters written as visible escapes (``\\u202e``, ``\\x1b``:
    :func:`analysis.terminal.printable`, line by line, so that a message keeps its lines); non-strings
    as they are."""
    if not isinstance(value, str):
        return value
    return "\n".join(printable(line) for line in value.split("\n"))


def file_href(name: str) -> str:
    """A link to the file ``name`` of the report's folder (``tables/x.csv``: a file in one of its
    folders): ``./`` and each part URL-quoted, so that no file name (``javascript:x.html``, ``#``,
    ``?``, ``%``) is read as a scheme, a fragment or a query."""
    return "./" + "/".join(urllib.parse.quote(part, safe="") for part in name.split("/"))

