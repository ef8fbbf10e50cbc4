import { decodeEntities } from "./html-entities";

/**
 * Reduces a saved web page to the text of its article, as an editor would copy it:
 * 1. tokenize into tags and text (script, style and other raw-text elements skipped whole);
 * 2. pick the root: the <article> with the most text, else <main>, else <body>, else all;
 * 3. walk the root, dropping page furniture (nav, header, footer, aside, forms, figures'
 *    media) and turning block elements into paragraph breaks, <br> into a line break;
 * 4. decode entities, collapse whitespace, keep <pre> as written.
 * Pure and DOM-free so it runs the same in the browser and in unit tests.
 */

type Token =
  | { type: "open"; name: string; selfClosing: boolean }
  | { type: "close"; name: string }
  | { type: "text"; value: string };

/** Elements whose content is never article text; <header> is kept inside an <article>. */
const FURNITURE = new Set([
  "nav", "header", "footer", "aside", "form", "button", "select", "svg", "canvas",
  "iframe", "object", "video", "audio", "picture", "dialog", "menu",
]);
/** Elements whose content is not markup at all: skipped while tokenizing. */
const RAW_TEXT = new Set(["script", "style", "template", "noscript", "textarea", "title"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "hr", "figure",
  "figcaption", "address", "details", "summary", "header", "hgroup",
]);

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    if (match.index > last) tokens.push({ type: "text", value: html.slice(last, match.index) });
    last = TOKEN.lastIndex;
    const [, slash, rawName, attributes] = match;
    if (!rawName) continue; // comment, doctype, processing instruction
    const name = rawName.toLowerCase();
    if (slash) {
      tokens.push({ type: "close", name });
      continue;
    }
    const selfClosing = VOID.has(name) || /\/\s*$/.test(attributes ?? "");
    if (RAW_TEXT.has(name) && !selfClosing) {
      // Skip to the matching end tag: "<" inside a script is code, not markup.
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      const close = end < 0 ? -1 : html.indexOf(">", end);
      last = close < 0 ? html.length : close + 1;
      TOKEN.lastIndex = last;
      continue;
    }
    tokens.push({ type: "open", name, selfClosing });
  }
  if (last < html.length) tokens.push({ type: "text", value: html.slice(last) });
  return tokens;
}

/** [start, end) token ranges of each element called `name`, matched by nesting depth. */
function elementRanges(tokens: Token[], name: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const starts: number[] = [];
  tokens.forEach((token, index) => {
    if (token.type === "open" && token.name === name && !token.selfClosing) starts.push(index + 1);
    else if (token.type === "close" && token.name === name) {
      const start = starts.pop();
      if (start !== undefined && starts.length === 0) ranges.push([start, index]);
    }
  });
  // An element never closed runs to the end of the page, as browsers parse it.
  if (starts.length > 0 && starts[0] !== undefined) ranges.push([starts[0], tokens.length]);
  return ranges;
}

function render(tokens: Token[], keepHeader: boolean): string {
  let out = "";
  let skipDepth = 0;
  let preDepth = 0;
  for (const token of tokens) {
    if (token.type === "text") {
      if (skipDepth > 0) continue;
      const text = decodeEntities(token.value);
      out += preDepth > 0 ? text : text.replace(/\s+/g, " ");
      continue;
    }
    const furniture = FURNITURE.has(token.name) && !(keepHeader && token.name === "header");
    if (token.type === "open") {
      if (furniture && !token.selfClosing) skipDepth++;
      if (skipDepth > 0) continue;
      if (token.name === "pre") preDepth++;
      if (token.name === "br") out += "\n";
      else if (BLOCK.has(token.name)) out += "\n\n";
    } else {
      if (furniture) {
        skipDepth = Math.max(0, skipDepth - 1);
        continue;
      }
      if (skipDepth > 0) continue;
      if (token.name === "pre") preDepth = Math.max(0, preDepth - 1);
      if (BLOCK.has(token.name)) out += "\n\n";
    }
  }
  return out;
}

function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/g, "").replace(/^[ \t]+/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The article text of an HTML page: paragraphs separated by a blank line, headings and
 * list items on their own lines, entities decoded. Returns "" for a page with no text.
 * Example: `<nav>Home</nav><article><h1>Port strike</h1><p>Dockers &amp; crane…</p></article>`
 * → "Port strike\n\nDockers & crane…".
 */
export function htmlToText(html: string): string {
  const tokens = tokenize(html);
  const articles = elementRanges(tokens, "article")
    .map(([start, end]) => ({ start, end, text: tidy(render(tokens.slice(start, end), true)) }))
    .sort((a, b) => b.text.length - a.text.length);
  const best = articles[0];
  if (best && best.text) return best.text;
  for (const container of ["main", "body"]) {
    const range = elementRanges(tokens, container)[0];
    if (range) {
      const text = tidy(render(tokens.slice(range[0], range[1]), false));
      if (text) return text;
    }
  }
  return tidy(render(tokens, false));
}
