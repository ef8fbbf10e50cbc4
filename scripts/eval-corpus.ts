/**
 * Loads the evaluation corpus (format: eval/README.md) into pairs with located spans.
 * Problems in the corpus (a span that is not in its text, a bad JSON file) are returned
 * as messages, never thrown, so one bad annotation does not stop a run.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { FINDING_KINDS } from "../lib/analysis";
import { locateSpan, VERDICT_CLASSES, type ExpectedSpan, type VerdictClass } from "./eval-score";

const spanSchema = z.object({
  text: z.string().min(1),
  /** 0-based; required when the text occurs more than once, so a span never lands on the wrong copy. */
  occurrence: z.number().int().min(0).optional(),
  side: z.enum(["suspect", "original"]).default("suspect"),
  kinds: z.array(z.enum(FINDING_KINDS)).min(1),
  alone: z.boolean(),
  original: z.string().min(1).optional(),
  checklist: z.boolean().optional(),
  note: z.string().optional(),
});

const expectSchema = z.object({
  class: z.enum(VERDICT_CLASSES),
  /** False when only some of the damage is annotated: then unmatched flags are not false alarms. */
  exhaustive: z.boolean().default(true),
  /** Repo-relative texts, for pairs kept outside eval/ (the shared example). */
  originalFile: z.string().optional(),
  suspectFile: z.string().optional(),
  /** The most medium/high findings the original may raise when judged alone. */
  originalAloneMaxFlags: z.number().int().min(0).optional(),
  spans: z.array(spanSchema).default([]),
});

const unrelatedSchema = z.object({
  pairs: z.array(z.object({ original: z.string().min(1), suspect: z.string().min(1) })),
});

export type CorpusPair = {
  id: string;
  class: VerdictClass;
  original: string;
  suspect: string;
  expected: ExpectedSpan[];
  exhaustive: boolean;
  originalAloneMaxFlags?: number;
};

/** A text that should raise no medium/high finding when judged on its own. */
export type CleanText = { id: string; text: string };

/** `heldOut`: article ids whose details `npm run eval` hides unless asked (eval/heldout.json). */
export type Corpus = { pairs: CorpusPair[]; clean: CleanText[]; problems: string[]; heldOut: string[] };

const heldOutSchema = z.object({ articles: z.array(z.string().min(1)) });

/** Whether a pair or clean text (id "<article>/<file>") belongs to a held-out article. */
export function isHeldOut(id: string, heldOut: string[]): boolean {
  return heldOut.some((article) => id.startsWith(`${article}/`));
}

/** The part of a corpus that comes from held-out articles. */
export function heldOutPart(corpus: Corpus): Corpus {
  const keep = (id: string) => isHeldOut(id, corpus.heldOut);
  return { pairs: corpus.pairs.filter((p) => keep(p.id)), clean: corpus.clean.filter((c) => keep(c.id)), problems: [], heldOut: corpus.heldOut };
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    problems.push(`${path}: ${(error as Error).message}`);
    return undefined;
  }
}

/** Locates every annotated span; spans that cannot be found become problems. */
function locateAll(id: string, raw: z.infer<typeof spanSchema>[], texts: { original: string; suspect: string }, problems: string[]): ExpectedSpan[] {
  const spans: ExpectedSpan[] = [];
  for (const s of raw) {
    const at = locateSpan(texts[s.side], s.text, s.occurrence ?? 0);
    if (!at) {
      problems.push(`${id}: "${s.text}" (occurrence ${s.occurrence ?? 0}) is not in the ${s.side}`);
      continue;
    }
    if (s.occurrence === undefined && locateSpan(texts[s.side], s.text, 1)) {
      problems.push(`${id}: "${s.text}" occurs more than once in the ${s.side}: say which with "occurrence"`);
      continue;
    }
    spans.push({ ...at, side: s.side, text: s.text, kinds: s.kinds, alone: s.alone, originalWording: s.original, checklist: s.checklist });
  }
  return spans;
}

function loadExpect(path: string, problems: string[]) {
  const parsed = expectSchema.safeParse(readJson(path, problems));
  if (!parsed.success) {
    problems.push(`${path}: ${z.prettifyError(parsed.error)}`);
    return null;
  }
  return parsed.data;
}

/**
 * Reads eval/corpus/<id>/{original,spun,edit}.txt with spun.expect.json, eval/corpus/
 * unrelated.json and eval/external/*.expect.json (whose texts are skipped when absent).
 * `repoRoot` anchors the repo-relative paths of external pairs.
 */
export function loadCorpus(evalDir: string, repoRoot: string): Corpus {
  const problems: string[] = [];
  const pairs: CorpusPair[] = [];
  const clean: CleanText[] = [];
  const corpusDir = join(evalDir, "corpus");
  const ids = readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const id of ids) {
    const dir = join(corpusDir, id);
    const file = (name: string) => join(dir, name);
    if (!existsSync(file("original.txt"))) {
      problems.push(`${id}: original.txt is missing`);
      continue;
    }
    const original = readFileSync(file("original.txt"), "utf8");
    clean.push({ id: `${id}/original`, text: original });
    if (existsSync(file("spun.txt"))) {
      const suspect = readFileSync(file("spun.txt"), "utf8");
      const expect = existsSync(file("spun.expect.json")) ? loadExpect(file("spun.expect.json"), problems) : null;
      if (!expect) problems.push(`${id}: spun.txt has no valid spun.expect.json`);
      else pairs.push({ id: `${id}/spun`, class: expect.class, original, suspect, exhaustive: expect.exhaustive, expected: locateAll(`${id}/spun`, expect.spans, { original, suspect }, problems) });
    }
    if (existsSync(file("edit.txt"))) {
      const suspect = readFileSync(file("edit.txt"), "utf8");
      pairs.push({ id: `${id}/edit`, class: "light edit", original, suspect, exhaustive: true, expected: [] });
      clean.push({ id: `${id}/edit`, text: suspect });
    }
  }
  const unrelatedPath = join(corpusDir, "unrelated.json");
  if (existsSync(unrelatedPath)) {
    const parsed = unrelatedSchema.safeParse(readJson(unrelatedPath, problems));
    if (!parsed.success) problems.push(`${unrelatedPath}: ${z.prettifyError(parsed.error)}`);
    else
      for (const p of parsed.data.pairs) {
        const [a, b] = [join(corpusDir, p.original), join(corpusDir, p.suspect)];
        if (!existsSync(a) || !existsSync(b)) problems.push(`unrelated.json: ${p.original} or ${p.suspect} is missing`);
        else pairs.push({ id: `unrelated: ${p.original.replace(/\/original\.txt$/, "").replace(/\.txt$/, "")} vs ${p.suspect.replace(/\.txt$/, "")}`, class: "unrelated", original: readFileSync(a, "utf8"), suspect: readFileSync(b, "utf8"), exhaustive: true, expected: [] });
      }
  }
  const externalDir = join(evalDir, "external");
  const externals = existsSync(externalDir) ? readdirSync(externalDir).filter((f) => f.endsWith(".expect.json")).sort() : [];
  for (const name of externals) {
    const expect = loadExpect(join(externalDir, name), problems);
    if (!expect?.originalFile || !expect.suspectFile) {
      if (expect) problems.push(`${name}: external pairs need originalFile and suspectFile`);
      continue;
    }
    const [a, b] = [resolve(repoRoot, expect.originalFile), resolve(repoRoot, expect.suspectFile)];
    if (!existsSync(a) || !existsSync(b)) continue; // the shared examples are optional
    const id = name.replace(/\.expect\.json$/, "");
    const original = readFileSync(a, "utf8");
    const suspect = readFileSync(b, "utf8");
    pairs.push({ id, class: expect.class, original, suspect, exhaustive: expect.exhaustive, originalAloneMaxFlags: expect.originalAloneMaxFlags, expected: locateAll(id, expect.spans, { original, suspect }, problems) });
  }
  let heldOut: string[] = [];
  const heldOutPath = join(evalDir, "heldout.json");
  if (existsSync(heldOutPath)) {
    const parsed = heldOutSchema.safeParse(readJson(heldOutPath, problems));
    if (!parsed.success) problems.push(`${heldOutPath}: ${z.prettifyError(parsed.error)}`);
    else heldOut = parsed.data.articles;
    for (const id of heldOut) if (!ids.includes(id)) problems.push(`heldout.json: no article "${id}" in corpus/`);
  }
  return { pairs, clean, problems, heldOut };
}

/**
 * A short hash of everything a run is scored on (texts, spans, classes), printed with the
 * figures so two runs can be told apart when the corpus changed between them.
 */
export function fingerprintCorpus(corpus: Corpus): string {
  const hash = createHash("sha256");
  for (const p of corpus.pairs) hash.update(JSON.stringify([p.id, p.class, p.original, p.suspect, p.expected, p.exhaustive]));
  for (const c of corpus.clean) hash.update(JSON.stringify([c.id, c.text]));
  return hash.digest("hex").slice(0, 12);
}
