"""The two faces of a thank-you email: the HTML part (CSS inlined) and the plain-text part.

Both come from `templates/email/`: `message.html.j2`, `message.txt.j2` and the stylesheet `email.css.j2`.
The templates see one object, `email` (an `EmailContext`); customer data reaches them only as its values,
and the HTML template escapes every value. The Jinja environment and the CSS inliner are built once per
process (the inliner once per pair of shop colours).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape
from markupsafe import Markup, escape

from notegen.config import ShopConfig
from notegen.errors import RenderError
from notegen.language.words import web_address
from notegen.model import Link, Note
from notegen.resources import templates_dir

# Where each kind of link goes: after the paragraph that asks for it. A link whose paragraph is absent
# goes after the body, before the signature.
FOOTER_BLOCKS = ("service",)
"""The blocks after the signature that are no part of the letter: they stand in the footer, after the P.S."""
LINK_PLACES = {
    "review": "support",
    "share": "support",
    "referral": "incentive",
    "newsletter": "stay_in_touch",
    "service": "service",
}
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_NAMED = re.compile(r"[a-zA-Z]{3,30}")
_SAFE_URL = re.compile(r"(?:https?://|mailto:|tel:)[^\s\"'<>\\]+", re.IGNORECASE)
_JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_MARKER = re.compile(r"(?:<!--|&lt;!--)?\ue000(\d+)\ue001(?:-->|--&gt;)?")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_START_TAG = re.compile(r"<[A-Za-z][^\s/>]*(?:\"[^\"]*\"|'[^']*'|[^'\">])*>")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
HTML_TEMPLATE = "message.html.j2"
TEXT_TEMPLATE = "message.txt.j2"
log = logging.getLogger("notegen")
_COLONS = {"fr": "\u00a0:"}
_DARK_TEXT = "#1f2328"
_TEXT_LINK = "color: inherit; text-decoration: underline;"
_LIGHT_TEXT = "#ffffff"


class PlacedLink(NamedTuple):
    """A link of a paragraph: `written` is its address as the paragraph's text writes it ("" when the text does
    not), `primary` whether it is the note's one button (its first ask)."""

    kind: str
    label: str
    url: str
    written: str = ""
    primary: bool = False


class Block(NamedTuple):
    """One paragraph of the note: its block name (thanks, gift, ...), text, a code to show, its links.

    Each link is offered once per part: in the text part, its address in the paragraph, else a line after it;
    in the HTML, as the one primary button (the note's first ask), else its address in the paragraph made a
    link, else a plain link after the paragraph."""

    name: str
    text: str
    code: str = ""
    links: tuple[PlacedLink, ...] = ()


class EmailContext(NamedTuple):
    """Everything the email templates see, as `email`.

    `body` are the paragraphs between greeting and signature, `postscript` the P.S. right after the signature,
    `footer` how to reach customer service, under a rule below the letter (`FOOTER_BLOCKS`); `more_links` are
    links whose paragraph the note does not have. `logo_src` is a `cid:` URL, or "" when the shop has no logo.
    `colon` is the language's colon before a link in the text part (French sets a space before it).
    """

    lang: str
    subject: str
    preheader: str
    greeting: str
    body: tuple[Block, ...]
    signature: tuple[str, ...]
    postscript: tuple[Block, ...]
    footer: tuple[Block, ...]
    more_links: tuple[Link, ...]
    shop_name: str
    website: str
    logo_src: str = ""
    colon: str = ":"


def _paragraph(text: str) -> Markup:
    """Escape `text` and keep its line breaks."""
    if "\n" not in text:
        return escape(text)
    return Markup("<br>\n").join(escape(line) for line in text.split("\n"))


def _linked(block: Block) -> Markup:
    """The paragraph of `block`, escaped, with the address of each of its links that is not the button made a
    link (once, where the text first writes it)."""
    html = _paragraph(block.text)
    for link in block.links:
        if link.written and not link.primary:
            written = str(escape(link.written))
            # made while the message renders, after the layout's styles were inlined: its style is written here
            anchor = f'<a class="text-link" href="{escape(link.url)}" style="{_TEXT_LINK}">{written}</a>'
            html = Markup(str(html).replace(written, anchor, 1))
    return html


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(templates_dir() / "email"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    environment.filters["paragraph"] = _paragraph
    environment.filters["linked"] = _linked
    return environment


def _readable_on(colour: str) -> str:
    """Dark or white text, whichever reads better on `colour` (white on CSS colour names)."""
    match = _HEX.fullmatch(colour)
    if not match:
        return _LIGHT_TEXT
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # Contrast with white is (1.05)/(L+0.05), with the dark text (L+0.05)/(0.0175+0.05): pick the larger.
    return _LIGHT_TEXT if 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0675 else _DARK_TEXT


def _stylesheet(color: str, accent: str) -> str:
    return (
        _environment()
        .get_template("email.css.j2")
        .render(color=color, accent=accent, on_color=_readable_on(color), on_accent=_readable_on(accent))
    )


def _inliner(color: str, accent: str) -> css_inline.CSSInliner:
    return css_inline.CSSInliner(
        keep_at_rules=True, load_remote_stylesheets=False, extra_css=_stylesheet(color, accent)
    )


def preinline(source: str, inliner: css_inline.CSSInliner) -> str | None:
    """The template `source` with its styles inlined into each element, its Jinja tags untouched.

    Each tag is hidden behind a marker while the HTML parser and the inliner run, then put back: an HTML
    comment, which the parser keeps where it stands (even between table rows), or bare text inside an HTML
    comment. Returns None when a tag stands inside a start tag outside a quoted value (`<td {% if %}...>`),
    or the parser dropped one: then each message is inlined when it is rendered.
    """
    comments = [(found.start(), found.end()) for found in _HTML_COMMENT.finditer(source)]
    tags: list[str] = []

    def hide(match: re.Match[str]) -> str:
        tag = match.group()
        if tag.startswith("{#"):
            return ""
        tags.append(tag)
        marker = f"\ue000{len(tags) - 1}\ue001"
        inside_comment = any(start < match.start() < end for start, end in comments)
        return marker if inside_comment else f"<!--{marker}-->"

    hidden = _JINJA_TAG.sub(hide, source)
    if any("\ue000" in _QUOTED.sub("", tag) for tag in _START_TAG.findall(hidden)):
        return None
    inlined = str(inliner.inline(hidden))
    if [int(n) for n in _MARKER.findall(inlined)] != list(range(len(tags))):
        return None
    return _MARKER.sub(lambda match: tags[int(match.group(1))], inlined)


@dataclass(frozen=True)
class _HtmlLayout:
    template: Template
    inliner: css_inline.CSSInliner | None  # set when each message must be inlined after rendering


@lru_cache(maxsize=16)
def _html_layout(color: str, accent: str, where: str) -> _HtmlLayout:
    for key, value in (("color", color), ("accent", accent)):
        if not (_HEX.fullmatch(value) or _NAMED.fullmatch(value)):
            raise RenderError(
                f"{where}: [shop] {key} must be a colour like #3b5b4c or a CSS colour name, got {value!r}"
            )
    environment = _environment()
    template = environment.get_template(HTML_TEMPLATE)
    inliner = _inliner(color, accent)
    source = environment.loader.get_source(environment, HTML_TEMPLATE)[0] if environment.loader else ""
    inlined = preinline(source, inliner)
    if inlined is None:
        log.warning("%s: a Jinja tag stands where HTML allows no text; styles are inlined per message", HTML_TEMPLATE)
        return _HtmlLayout(template, inliner)
    return _HtmlLayout(environment.from_string(inlined), None)


def check_url(url: str, what: str) -> str:
    """`url` when it is an http(s), mailto or tel link; else `RenderError` (no javascript:, no data:)."""
    if not _SAFE_URL.fullmatch(url):
        raise RenderError(f"{what}: {url!r} is not a web, mailto or tel link; only those may go into an email")
    return url


@lru_cache(maxsize=16)
def _website(url: str) -> str:
    return check_url(url, "[shop] website") if url else ""


def _written(link: Link, text: str) -> str:
    """The address of `link` as `text` writes it (without https:// or mailto:), or "" when it does not."""
    address = link.url.removeprefix("mailto:") if link.url.startswith("mailto:") else web_address(link.url)
    return address if address and address in text else ""


def _blocks(pairs: list[tuple[str, str]], note: Note, placed: dict[str, list[Link]]) -> tuple[Block, ...]:
    codes = {"gift": note.gift_code, "incentive": note.referral_code}
    primary = note.asks[0] if note.asks else ""
    return tuple(
        Block(
            name,
            text,
            codes.get(name, ""),
            tuple(
                PlacedLink(link.kind, link.label, link.url, _written(link, text), link.kind == primary)
                for link in placed.pop(name, ())
            ),
        )
        for name, text in pairs
    )


def email_context(note: Note, config: ShopConfig, logo_src: str = "") -> EmailContext:
    """The templates' view of `note` for `config`'s shop; raises `RenderError` for a link that is not web/mail."""
    placed: dict[str, list[Link]] = {}
    for link in note.links:
        if not _SAFE_URL.fullmatch(link.url):
            check_url(link.url, f"order {note.order_id}: the {link.kind} link")
        placed.setdefault(LINK_PLACES.get(link.kind, ""), []).append(link)
    body = _blocks(note.body(), note, placed)
    after = note.postscript()
    postscript = _blocks([pair for pair in after if pair[0] not in FOOTER_BLOCKS], note, placed)
    footer = _blocks([pair for pair in after if pair[0] in FOOTER_BLOCKS], note, placed)
    more_links = tuple(link for links in placed.values() for link in links)
    return EmailContext(
        lang=note.lang,
        subject=note.subject,
        preheader=note.preheader or note.thanks,
        greeting=note.greeting,
        body=body,
        signature=note.signature,
        postscript=postscript,
        footer=footer,
        more_links=more_links,
        shop_name=config.shop.name,
        website=_website(config.shop.website),
        logo_src=logo_src,
        colon=_COLONS.get(note.lang, ":"),
    )


def render_html(context: EmailContext, config: ShopConfig) -> str:
    """The HTML part: the layout filled with `context`, every style inlined into its element."""
    layout = _html_layout(config.shop.color, config.shop.accent, str(config.path or "notegen.toml"))
    html = layout.template.render(email=context)
    return str(layout.inliner.inline(html)) if layout.inliner else html


@cache
def _text_template() -> Template:
    return _environment().get_template(TEXT_TEMPLATE)


def render_text(context: EmailContext) -> str:
    """The plain-text part: the note's own text, each link after the paragraph that offers it."""
    return _text_template().render(email=context)
