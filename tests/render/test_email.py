"""Thank-you emails: every message read back by the standard library, the HTML golden files, a real browser."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from notegen.config import ShopConfig, load_config
from notegen.errors import RenderError
from notegen.model import Customer, Item, Link, Note, Order
from notegen.render.email import html as email_html
from notegen.render.email.message import EmailOutput, build_email
from tests.golden_files import assert_golden
from tests.render.chromium import CHROMIUM, FLAGS, MISSING

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
SHOPS = {"de": "de-wollwerk", "fr": "fr-atelier", "en": "en-harbour-trust"}


def shop_config(lang: str) -> ShopConfig:
    return load_config(ROOT / "samples" / SHOPS[lang] / "notegen.toml")


def make_order(
    first: str = "Anna", last: str = "Müller", email: str = "anna@example.org", order_id: str = "1042"
) -> Order:
    customer = Customer(first_name=first, last_name=last, email=email, orders_count=1)
    return Order(order_id, customer, (Item("Wollschal „Fjord“", 1, variant="Salbeigrün"),), source="orders.csv:2")


def note_de(order: Order) -> Note:
    name = order.customer.first_name
    return Note(
        order_id=order.order_id,
        lang="de",
        occasion="first_order",
        subject=f"{name}, Ihr Wollschal „Fjord“ ist auf dem Weg",
        preheader="Ein kleines Dankeschön aus der Werkstatt",
        greeting=f"Liebe Frau {order.customer.last_name},",
        thanks="vielen Dank, dass Sie sich für unseren Wollschal „Fjord“ in Salbeigrün entschieden haben.",
        reply="Sie schrieben, er sei ein Geschenk für Ihre Mutter – wir haben ihn besonders sorgfältig verpackt.",
        gift="Als kleines Dankeschön schenken wir Ihnen 10 % auf Ihre nächste Bestellung.",
        gift_code="DANKE-7KQ2",
        incentive="Und wenn Sie eine Freundin auf uns aufmerksam machen, bekommt sie 15 % mit dem Code FREUND-X1.",
        referral_code="FREUND-X1",
        support="Wenn Ihnen der Schal gefällt, freuen wir uns über ein paar Worte dazu.",
        signature=("Herzliche Grüße aus der Werkstatt", "Katrin Vogel", "Inhaberin, Wollwerk"),
        stay_in_touch="Wenn Sie mögen, schreiben wir Ihnen einmal im Monat, was in der Werkstatt entsteht.",
        service="Fragen zur Bestellung? hallo@wollwerk.example oder +49 30 1234567, Mo–Fr 9–17 Uhr.",
        links=(
            Link("review", "Schal bewerten", "https://wollwerk.example/bewerten"),
            Link("referral", "Freundin einladen", "https://wollwerk.example/freunde?code=FREUND-X1"),
            Link("newsletter", "Post aus der Werkstatt", "https://wollwerk.example/post"),
        ),
        asks=("review", "referral"),
    )


def note_fr(order: Order) -> Note:
    return Note(
        order_id=order.order_id,
        lang="fr",
        occasion="returning",
        subject=f"{order.customer.first_name}, merci pour votre bougie « Lavande d'hiver »",
        preheader="Un petit mot de l'atelier",
        greeting=f"Chère {order.customer.first_name},",
        thanks="merci d'avoir choisi à nouveau notre bougie « Lavande d'hiver » ; c'est déjà votre troisième commande.",
        gift="Nous avons glissé dans votre colis un échantillon de notre bougie « Figuier du soir ».",
        support="Si la bougie vous plaît, un avis de votre part aiderait beaucoup notre petit atelier.",
        signature=("Avec toute notre gratitude,", "Camille Roux", "Céramiste et fondatrice"),
        service="Une question ? bonjour@atelier-figuier.example ou +33 4 90 12 34 56.",
        links=(Link("review", "Donner mon avis", "https://atelier-figuier.example/avis"),),
        asks=("review",),
    )


def note_en(order: Order) -> Note:
    return Note(
        order_id=order.order_id,
        lang="en",
        occasion="donation",
        subject=f"{order.customer.first_name}, your gift keeps our crews ready this winter",
        preheader="What your donation makes possible",
        greeting=f"Dear {order.customer.first_name},",
        thanks="thank you for your donation to The Harbour Trust. It keeps our lifeboat crews trained and ready.",
        support="If you would like to tell a friend about our work, this page makes it easy.",
        signature=("With warm thanks,", "Grace Okafor", "Head of Supporter Care"),
        stay_in_touch="Our winter letter tells how the crews are doing; you can sign up here if you like.",
        service="Questions about your gift? supporters@harbourtrust.example or +44 20 7946 0000.",
        links=(
            Link("share", "Share our work", "https://harbourtrust.example/share"),
            Link("newsletter", "Read the winter letter", "https://harbourtrust.example/news"),
        ),
        asks=("share", "newsletter"),
    )


NOTES = {"de": note_de, "fr": note_fr, "en": note_en}
CUSTOMERS = {"de": ("Anna", "Müller"), "fr": ("Élodie", "Fabre"), "en": ("Siobhan", "O'Neill")}


def build(lang: str, order: Order | None = None, note: Note | None = None) -> tuple[EmailOutput, EmailMessage]:
    order = order or make_order(*CUSTOMERS[lang])
    output = build_email(order, note or NOTES[lang](order), shop_config(lang), NOW)
    parsed = message_from_bytes(output.eml, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return output, parsed


def content(part: EmailMessage) -> str:
    """A text part's content with the message's CRLF line ends read as newlines."""
    text = part.get_content()
    assert isinstance(text, str)
    return text.replace("\r\n", "\n")


def parts(message: EmailMessage) -> dict[str, EmailMessage]:
    found = {part.get_content_type(): part for part in message.walk() if not part.is_multipart()}
    return {kind: part for kind, part in found.items() if isinstance(part, EmailMessage)}


@pytest.mark.parametrize("lang", sorted(NOTES))
def test_message_reads_back_with_its_parts_and_headers(lang: str) -> None:
    order = make_order(*CUSTOMERS[lang])
    note = NOTES[lang](order)
    output, message = build(lang, order, note)
    config = shop_config(lang)
    assert message.get_content_type() == "multipart/alternative"
    assert list(parts(message)) == ["text/plain", "text/html"]
    assert message["Subject"] == note.subject
    assert message["From"].addresses[0].addr_spec == config.email.sender.split("<")[1].rstrip(">")
    assert message["Reply-To"] == config.email.reply_to
    assert message["To"].addresses[0].display_name == order.customer.full_name
    assert message["To"].addresses[0].addr_spec == order.customer.email
    assert message["Date"].datetime == NOW
    assert message["Content-Language"] == lang
    domain = config.email.reply_to.split("@")[1]
    assert re.fullmatch(rf"<thanks\.[0-9a-f]{{32}}@{re.escape(domain)}>", message["Message-ID"])
    text = content(parts(message)["text/plain"])
    assert parts(message)["text/plain"].get_content_charset() == "utf-8"
    assert text.index(note.greeting) < text.index(note.thanks) < text.index(note.signature[1])
    for paragraph in note.text.split("\n\n"):
        assert paragraph.strip() in text
    for link in note.links:
        assert text.count(link.url) == 1
        assert f"{link.label}{' :' if lang == 'fr' else ':'} {link.url}" in text.replace("\u00a0", " ")
        assert output.html.count(f'href="{link.url}"') == 1
    assert output.html.count('class="button-link"') == 1
    # The HTML part travels as 7-bit text: characters beyond ASCII as character references.
    assert unescape(content(parts(message)["text/html"])) == unescape(output.html)
    assert b"\n" not in output.eml.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in output.eml.split(b"\r\n"))


@pytest.mark.parametrize(
    "first_last", [("Zoë", "Brontë"), ("Nguyễn", "Thị Minh Khai"), ("Siobhan", "O'Neill"), ("Anna, Maria", "Ott")]
)
def test_customer_names_are_encoded_and_read_back(first_last: tuple[str, str]) -> None:
    order = make_order(*first_last, email="reader@example.org")
    output, message = build("de", order)
    head = output.eml.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")  # every header is 7-bit: non-ASCII travels as encoded words
    assert all(len(line) <= 78 for line in head.split(b"\r\n"))
    (address,) = message["To"].addresses
    assert (address.display_name, address.addr_spec) == (" ".join(first_last), "reader@example.org")
    assert message["Subject"] == f"{first_last[0]}, Ihr Wollschal „Fjord“ ist auf dem Weg"
    assert "Liebe Frau" in content(parts(message)["text/plain"])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", "Eve\r\nBcc: victim@example.org"),
        ("last_name", "Ott\nX-Injected: yes"),
        ("email", "eve@example.org\r\nBcc: victim@example.org"),
        ("first_name", "Eve\u2028Bcc: victim@example.org"),
    ],
)
def test_a_line_break_in_customer_data_never_reaches_a_header(field: str, value: str) -> None:
    fields = {"first_name": "Eve", "last_name": "Ott", "email": "eve@example.org"} | {field: value}
    order = make_order(fields["first_name"], fields["last_name"], fields["email"])
    with pytest.raises(RenderError, match="control character"):
        build_email(order, note_de(make_order()), shop_config("de"), NOW)


def test_a_line_break_in_the_subject_or_the_sender_is_refused() -> None:
    order = make_order()
    with pytest.raises(RenderError, match="order 1042: the Subject header contains"):
        build_email(order, replace(note_de(order), subject="Danke\r\nBcc: x@example.org"), shop_config("de"), NOW)
    config = shop_config("de")
    config = replace(config, email=replace(config.email, sender="Shop <a@shop.example>\r\nBcc: x@example.org"))
    with pytest.raises(RenderError, match=r"\[email\] sender contains"):
        build_email(order, note_de(order), config, NOW)


def test_missing_address_and_missing_sender_are_explained() -> None:
    order = make_order(email="")
    with pytest.raises(RenderError, match=r"orders\.csv:2: order 1042: customer\.email is empty"):
        build_email(order, note_de(order), shop_config("de"), NOW)
    config = shop_config("de")
    with pytest.raises(RenderError, match=r"\[email\] sender is missing"):
        build_email(make_order(), note_de(make_order()), replace(config, email=replace(config.email, sender="")), NOW)


def test_customer_text_is_escaped_in_html_and_kept_in_text() -> None:
    order = make_order(first="<b>Eve</b>")
    hostile = 'Ist ein Geschenk <script>alert("x")</script> "><img src=x onerror=alert(1)>'
    output, message = build("de", order, replace(note_de(order), reply=hostile))
    assert "<script>" not in output.html and "<img src=x" not in output.html and "<b>Eve" not in output.html
    assert "&lt;script&gt;" in output.html
    assert hostile in content(parts(message)["text/plain"])


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", ""])
def test_links_that_are_not_web_mail_or_phone_are_refused(url: str) -> None:
    order = make_order()
    note = replace(note_de(order), links=(Link("review", "Bewerten", url),))
    with pytest.raises(RenderError, match="the review link"):
        build_email(order, note, shop_config("de"), NOW)


def test_same_order_gives_the_same_bytes_and_orders_differ_in_message_id() -> None:
    first, _ = build("de")
    again, _ = build("de")
    other, _ = build("de", replace(make_order(), order_id="1043"))
    assert first.eml == again.eml
    assert message_from_bytes(first.eml)["Message-ID"] != message_from_bytes(other.eml)["Message-ID"]


def test_a_long_unbroken_paragraph_is_sent_as_quoted_printable() -> None:
    order = make_order()
    long_reply = "Sehr schön! " * 150
    output, message = build("de", order, replace(note_de(order), reply=long_reply.strip()))
    html_part = parts(message)["text/html"]
    assert html_part["Content-Transfer-Encoding"] == "quoted-printable"
    assert content(html_part) == output.html
    _, short = build("de")
    assert parts(short)["text/html"]["Content-Transfer-Encoding"] == "7bit"


def test_the_logo_travels_inline_with_alt_text(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), "#3b5b4c").save(logo)
    config = replace(shop_config("de"), path=tmp_path / "notegen.toml")
    config = replace(config, shop=replace(config.shop, logo="logo.png"))
    order = make_order()
    output = build_email(order, note_de(order), config, NOW)
    message = message_from_bytes(output.eml, policy=policy.default)
    related = [part for part in message.walk() if part.get_content_type() == "multipart/related"]
    assert len(related) == 1
    image = parts(message)["image/png"]
    assert image.get_content() == logo.read_bytes()
    assert f'src="cid:{image["Content-ID"].strip("<>")}"' in output.html
    assert 'alt="Wollwerk"' in output.html


@pytest.mark.parametrize("lang", sorted(NOTES))
def test_html_and_text_match_the_golden_files(lang: str) -> None:
    output, message = build(lang)
    text = content(parts(message)["text/plain"])
    for suffix, actual in ((".html", output.html), (".txt", text)):
        assert_golden(f"email/{lang}{suffix}", actual)


class _Styles(HTMLParser):
    """The (tag, style) of every element, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, dict(attrs).get("style") or ""))


def styles(html: str) -> list[tuple[str, str]]:
    parser = _Styles()
    parser.feed(html)
    return parser.seen


@pytest.mark.parametrize("lang", sorted(NOTES))
def test_the_layout_inlined_once_styles_like_inlining_each_message(lang: str) -> None:
    output, _ = build(lang)
    config = shop_config(lang)
    context = email_html.email_context(NOTES[lang](make_order(*CUSTOMERS[lang])), config)
    plain = email_html._environment().get_template(email_html.HTML_TEMPLATE).render(email=context)
    inlined_each_time = email_html._inliner(config.shop.color, config.shop.accent).inline(plain)
    assert styles(output.html) == styles(inlined_each_time)
    assert ' style="' in output.html and "@media (prefers-color-scheme: dark)" in output.html


@pytest.mark.parametrize(
    "layout",
    [
        '<table><tr>{{ x }}<td class="content">a</td></tr></table>',
        '<table>{% for x in xs %}<tr><td class="content" title="{{ x }}">a</td></tr>{% endfor %}</table>',
        '<title>{{ t }}</title><!--[if mso]>{{ x }}<![endif]--><p class="paragraph">{{ x }}</p>',
    ],
)
def test_jinja_tags_keep_their_place_when_the_layout_is_inlined_once(layout: str) -> None:
    inliner = email_html._inliner("#3b5b4c", "#b5651d")
    kept = email_html.preinline(layout, inliner)
    assert kept is not None
    assert re.findall(r"\{[{%].*?[%}]\}", kept) == re.findall(r"\{[{%].*?[%}]\}", layout)
    assert 'style="' in kept
    if "<table" in layout:  # not moved out of the table, as the parser moves text found between rows
        first_tag = re.search(r"\{[{%]", kept)
        assert first_tag is not None and kept.index("<table") < first_tag.start()


@pytest.mark.parametrize("layout", ['<td {% if x %}class="a"{% endif %}>b</td>', "<a href={{ url }}>b</a>"])
def test_a_tag_inside_a_start_tag_falls_back_to_inlining_each_message(layout: str) -> None:
    assert email_html.preinline(layout, email_html._inliner("#3b5b4c", "#b5651d")) is None


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=MISSING)
@pytest.mark.parametrize(("scheme", "page"), [("light", (0xF3, 0xF1, 0xED)), ("dark", (0x11, 0x13, 0x15))])
def test_headless_chromium_renders_the_html(tmp_path: Path, scheme: str, page: tuple[int, int, int]) -> None:
    output, _ = build("de")
    html = tmp_path / "message.html"
    html.write_text(output.html, encoding="utf-8")
    shot = tmp_path / "shot.png"
    dark = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] if scheme == "dark" else []
    command = [
        CHROMIUM,
        *FLAGS,
        *dark,
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={shot}",
        "--window-size=800,1200",
        html.as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    with Image.open(shot) as image:
        assert image.size == (800, 1200)
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=100_000)
        corner = rgb.getpixel((5, 1195))
    assert colours is not None and len(colours) > 20  # text, the shop's colours and buttons, not a blank page
    assert (0x3B, 0x5B, 0x4C) in {colour for _, colour in colours}  # the header keeps the shop's colour
    assert corner == page  # the page follows the reader's colour scheme


@pytest.mark.parametrize("lang", sorted(SHOPS))
def test_a_composed_note_offers_each_link_once_per_part_and_one_button_at_most(lang: str) -> None:
    from notegen.compose.composer import compose

    config = shop_config(lang)
    buttons = set()
    for index in range(12):
        customer = Customer("Anna", "Weber", "anna@example.org", orders_count=index % 3 + 1, accepts_marketing=False)
        order = Order(f"L-{index}", customer, (Item("Wollschal „Fjord“", 1),), locale=lang)
        note = compose(order, config, NOW, secret="secret")
        output = build_email(order, note, config, NOW)
        text = content(parts(message_from_bytes(output.eml, policy=policy.default))["text/plain"])  # type: ignore[arg-type]
        for link in note.links:
            written = link.url.removeprefix("mailto:").removeprefix("https://")
            assert text.count(written) == 1, (link, text)
            assert output.html.count(f'href="{link.url}"') == 1, link
        buttons.add(output.html.count('class="button-link"'))
        assert len(note.asks) <= 2
    assert buttons <= {0, 1} and 1 in buttons


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_ps_follows_the_signature_and_customer_service_stands_in_the_footer(lang: str) -> None:
    """A letter ends with its P.S.: customer service is no paragraph after it but the footer, under the rule."""
    _, message = build(lang)
    note = NOTES[lang](make_order(*CUSTOMERS[lang]))
    text = content(parts(message)["text/plain"])
    signer, ps, service = text.index(note.signature[1]), text.index(note.stay_in_touch), text.index(note.service)
    rule = text.index("\n-- \n")
    assert signer < ps < rule < service < text.index(shop_config(lang).shop.name, rule)
    html = unescape(content(parts(message)["text/html"]))
    footer = html.index('<td class="footer"')
    assert html.index(note.signature[1]) < html.index(note.stay_in_touch) < footer < html.index(note.service)
