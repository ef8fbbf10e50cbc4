import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";
import { decodeEntities } from "./html-entities";

const page = (body: string) =>
  `<!doctype html><html><head><title>Site title</title><style>p{color:red}</style></head><body>${body}</body></html>`;

describe("htmlToText", () => {
  it("keeps only the article when the page has one", () => {
    const html = page(`
      <header><a href="/">The Harbour Gazette</a></header>
      <nav><ul><li>News</li><li>Sport</li></ul></nav>
      <article><h1>Dock workers strike</h1><p>Crane operators walked out on Monday.</p></article>
      <aside>Most read: a cat on a boat</aside>
      <footer>© Gazette</footer>`);
    expect(htmlToText(html)).toBe("Dock workers strike\n\nCrane operators walked out on Monday.");
  });

  it("keeps the headline in an article's own header but drops its footer", () => {
    const html = page(`<article><header><h1>Vote delayed</h1><p>By A. Writer</p></header>
      <p>The council postponed the vote.</p><footer>Share this story</footer></article>`);
    expect(htmlToText(html)).toBe("Vote delayed\n\nBy A. Writer\n\nThe council postponed the vote.");
  });

  it("picks the article with the most text when there are several", () => {
    const html = page(`<article><p>Teaser.</p></article><article><p>The full story, with many more words in it.</p></article>`);
    expect(htmlToText(html)).toBe("The full story, with many more words in it.");
  });

  it("falls back to <main>, then <body>, without page furniture", () => {
    expect(htmlToText(page(`<nav>Menu</nav><main><p>Main text.</p></main><footer>Foot</footer>`))).toBe("Main text.");
    expect(htmlToText(page(`<nav>Menu</nav><p>Body text.</p>`))).toBe("Body text.");
  });

  it("drops scripts, styles and comments even when they contain markup", () => {
    const html = page(`<p>Before.</p><script>if (a < b) document.write("<p>injected</p>")</script><!-- <p>hidden</p> --><p>After.</p>`);
    expect(htmlToText(html)).toBe("Before.\n\nAfter.");
  });

  it("decodes entities and collapses whitespace inside paragraphs", () => {
    const html = `<p>Smith &amp; Jones said&nbsp;it was   \n  &#8220;fine&#x201D; &mdash; mostly.</p>`;
    expect(htmlToText(html)).toBe("Smith & Jones said it was “fine” — mostly.");
  });

  it("turns <br> into a line break and keeps the line breaks of <pre>", () => {
    expect(htmlToText("<p>Line one<br>Line two</p><pre>a  b\n  c</pre>")).toBe("Line one\nLine two\n\na  b\nc");
  });

  it("reads a fragment with no html or body element", () => {
    expect(htmlToText("Just <b>bold</b> text")).toBe("Just bold text");
  });

  it("returns an empty string for a page with no text", () => {
    expect(htmlToText(page(`<nav>Menu</nav><script>x()</script>`))).toBe("");
  });

  it("survives an unclosed article, as browsers parse it", () => {
    expect(htmlToText("<nav>Menu</nav><article><p>Open paragraph.")).toBe("Open paragraph.");
  });
});

describe("decodeEntities", () => {
  it("leaves unknown names and invalid code points as written", () => {
    expect(decodeEntities("&bogus; &#0; &#xD800; &amp;")).toBe("&bogus; &#0; &#xD800; &");
  });
});
