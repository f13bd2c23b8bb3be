/* The preview gallery: lays out the cards of cards.js, filters them, and keeps the filter in the page's URL.

   Plain JavaScript, no network. Every value from the orders is set with textContent or setAttribute, never
   parsed as HTML. Cards are made as they scroll into view (PAGE at a time), so that a batch of thousands opens
   as fast as one of ten; the email iframes and insert images load lazily on top of that.

   window.NOTEGEN_PREVIEW.cards holds one card per input order, in input order:
     n (1-based place in the input), id, name, status (ok|rejected|invalid|skipped), lang ("" when unknown),
     score (or null), source (file:line), reason, attention (why a person should follow the customer's note
     up: complaint, question, request, not understood; "" when nobody needs to), subject, email (file of the email, or ""), emailProblem (why a
     produced order has no email, or ""), insert (image of the insert's page, or ""), page (page of the insert
     in inserts.pdf, or null), asks (what the note asks for, the primary first: review, referral, share,
     newsletter), codes (finding codes), findings ({code, severity, message, text, placed}),
     text ([piece, [indexes of the findings covering it]] ...).

   The filter state is read from the URL, the fragment first (#status=rejected&lang=de&code=SIN101&q=anna;
   attention=any shows the notes a person should follow up, attention=complaint only the complaints),
   else the query (?status=rejected), so that a link or a test can open the page filtered. */
(function () {
  "use strict";

  const PAGE = 40;
  const KEYS = ["status", "lang", "code", "attention", "q"];
  const NO_LANG = "none";
  const SEVERITY = { error: 3, warning: 2, info: 1 };

  const cards = (window.NOTEGEN_PREVIEW || { cards: [] }).cards;
  let shown = [];
  let next = 0;

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) node.setAttribute(name, String(value));
    }
    if (text !== undefined && text !== null && text !== "") node.textContent = String(text);
    return node;
  }

  function add(parent, ...children) {
    for (const child of children) if (child) parent.appendChild(child);
    return parent;
  }

  function readState() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const source = KEYS.some((key) => hash.has(key)) ? hash : new URLSearchParams(location.search);
    const state = {};
    for (const key of KEYS) state[key] = (source.get(key) || "").trim();
    return state;
  }

  function writeState(state) {
    const params = new URLSearchParams();
    for (const key of KEYS) if (state[key]) params.set(key, state[key]);
    const fragment = params.toString();
    try {
      // Drops the query too: from now on the fragment alone holds the state.
      history.replaceState(null, "", location.pathname + (fragment ? "#" + fragment : ""));
    } catch (error) {
      location.hash = fragment || "status=";
    }
  }

  function matches(state) {
    const query = state.q.toLowerCase();
    return (card) =>
      (!state.status || card.status === state.status) &&
      (!state.lang || (card.lang || NO_LANG) === state.lang) &&
      (!state.code || (state.code === "none" ? card.codes.length === 0 : card.codes.includes(state.code))) &&
      (!state.attention || (state.attention === "any" ? !!card.attention : card.attention === state.attention)) &&
      (!query || (card.id + "\n" + card.name).toLowerCase().includes(query));
  }

  function worst(findings) {
    return findings.reduce((a, b) => ((SEVERITY[b.severity] || 0) > (SEVERITY[a.severity] || 0) ? b : a)).severity;
  }

  function describe(finding) {
    return finding.code + " (" + finding.severity + "): " + finding.message;
  }

  function noteText(card) {
    const text = el("div", { class: "text", lang: card.lang });
    for (const [piece, indexes] of card.text) {
      if (!indexes.length) {
        text.appendChild(document.createTextNode(piece));
        continue;
      }
      const findings = indexes.map((i) => card.findings[i]);
      const codes = Array.from(new Set(findings.map((f) => f.code)));
      const title = findings.map(describe).join("\n");
      text.appendChild(el("mark", { class: worst(findings), "data-codes": codes.join(" "), title: title }, piece));
    }
    return text;
  }

  function findingList(card) {
    if (!card.findings.length) return null;
    const list = el("ul", { class: "findings" });
    for (const finding of card.findings) {
      const item = el("li", { class: finding.severity, title: describe(finding) });
      add(item, el("code", {}, finding.code), el("span", { class: "severity" }, finding.severity));
      item.appendChild(document.createTextNode(" " + finding.message));
      if (finding.text) add(item, el("q", {}, finding.text));
      list.appendChild(item);
    }
    return list;
  }

  function emailView(card) {
    if (card.emailProblem) {
      const problem = el("p", {}, card.emailProblem);
      return add(el("figure", { class: "email problem" }), problem, el("figcaption", {}, "No email"));
    }
    if (!card.email) return null;
    // sandbox="" : the email runs no script, submits no form and opens nothing; it only shows itself.
    const frame = el("iframe", {
      sandbox: "",
      loading: "lazy",
      src: card.email,
      title: "Email to " + (card.name || card.id),
      referrerpolicy: "no-referrer",
    });
    return add(el("figure", { class: "email" }), frame, el("figcaption", {}, "Email"));
  }

  function insertView(card) {
    if (!card.insert) return null;
    const page = "page " + card.page;
    const image = el("img", { src: card.insert, loading: "lazy", decoding: "async", alt: "Printed insert, " + page });
    const link = el("a", { href: "inserts.pdf#page=" + card.page, title: "Open " + page + " of inserts.pdf" });
    return add(el("figure", { class: "insert" }), add(link, image), el("figcaption", {}, "Insert, " + page));
  }

  function header(card) {
    const head = el("header");
    add(
      head,
      el("span", { class: "n" }, "#" + card.n),
      el("h2", { class: "name" }, card.name || "(no name)"),
      el("span", { class: "id" }, "order " + (card.id || "(no id)")),
      el("span", { class: "badge status-" + card.status }, card.status),
      card.attention ? el("span", { class: "badge attention" }, "for a person: " + card.attention) : null,
      card.lang ? el("span", { class: "lang" }, card.lang) : null,
      card.score !== null ? el("span", { class: "score" }, "score " + card.score) : null,
      el("span", { class: "source" }, card.source)
    );
    return head;
  }

  function cardElement(card) {
    const article = el("article", {
      class: "card status-" + card.status,
      id: "card-" + card.n,
      "data-order": card.id,
      "data-status": card.status,
      "data-lang": card.lang,
      "data-codes": card.codes.join(" "),
      "data-attention": card.attention || "",
    });
    add(article, header(card));
    if (card.reason) add(article, el("p", { class: "reason" }, card.reason));
    if (card.subject) {
      const subject = el("p", { class: "subject" });
      add(subject, el("span", { class: "label" }, "Subject "), el("span", {}, card.subject));
      add(article, subject);
    }
    if (card.asks && card.asks.length) {
      const asks = el("p", { class: "asks" });
      add(asks, el("span", { class: "label" }, "Asks "), el("span", {}, card.asks.join(", ")));
      add(article, asks);
    }
    const views = el("div", { class: "views" });
    add(views, emailView(card), insertView(card));
    if (card.text.length || card.findings.length) {
      const note = el("div", { class: "note" });
      add(note, card.text.length ? noteText(card) : null, findingList(card));
      add(views, note);
    }
    if (views.childNodes.length) add(article, views);
    return article;
  }

  function renderMore() {
    const list = document.getElementById("cards");
    const end = Math.min(next + PAGE, shown.length);
    const fragment = document.createDocumentFragment();
    for (; next < end; next += 1) fragment.appendChild(cardElement(shown[next]));
    list.appendChild(fragment);
    document.getElementById("more").hidden = next >= shown.length;
  }

  function apply() {
    const state = readState();
    const form = document.getElementById("filters");
    for (const key of KEYS) form.elements[key].value = state[key];
    shown = cards.filter(matches(state));
    next = 0;
    document.getElementById("cards").textContent = "";
    document.getElementById("shown").textContent =
      shown.length === cards.length ? cards.length + " orders" : shown.length + " of " + cards.length + " orders shown";
    renderMore();
    watch();
  }

  let observer = null;

  function watch() {
    const more = document.getElementById("more");
    if (!observer) return;
    // Observing again makes the observer report the current state, so that a short page keeps filling up.
    observer.unobserve(more);
    if (!more.hidden) observer.observe(more);
  }

  function start() {
    const form = document.getElementById("filters");
    const changed = () => {
      const state = {};
      for (const key of KEYS) state[key] = form.elements[key].value.trim();
      writeState(state);
      apply();
    };
    form.addEventListener("input", changed);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("reset", () => setTimeout(changed, 0));
    window.addEventListener("hashchange", apply);
    const more = document.getElementById("more");
    more.querySelector("button").addEventListener("click", () => {
      renderMore();
      watch();
    });
    if ("IntersectionObserver" in window) {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            renderMore();
            watch();
          }
        },
        { rootMargin: "1200px 0px" }
      );
    }
    apply();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
