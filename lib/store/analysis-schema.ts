import { z } from "zod";
import { FINDING_KINDS, SEVERITIES, type Analysis } from "@/lib/analysis/types";

/**
 * The zod schema of the `Analysis` contract (../shared/analysis-contract.md), used to parse
 * stored results again on read. Objects are loose: the contract only ever adds fields, so a
 * field written by a newer engine survives a round trip through an older reader.
 */
const spanSchema = z.looseObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const docSchema = z.looseObject({
  text: z.string(),
  sentences: z.array(spanSchema),
});

const alignmentSchema = z.looseObject({
  original: z.array(z.number().int().nonnegative()),
  suspect: z.array(z.number().int().nonnegative()),
  similarity: z.number().min(0).max(1),
});

const findingSchema = z.looseObject({
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(SEVERITIES),
  suspect: spanSchema.nullable(),
  original: spanSchema.nullable(),
  message: z.string(),
  suggestion: z.string().optional(),
});

const summarySchema = z.looseObject({
  verdict: z.string(),
  spinScore: z.number().min(0).max(1),
  counts: z.partialRecord(z.enum(FINDING_KINDS), z.number().int().nonnegative()),
  explanation: z.string().optional(),
  language: z.string().optional(),
});

export const analysisSchema = z.looseObject({
  engine: z.string(),
  original: docSchema.nullable(),
  suspect: docSchema,
  alignments: z.array(alignmentSchema),
  findings: z.array(findingSchema),
  summary: summarySchema,
});

/** The version of the stored envelope; bump it (and add a reader) if the envelope changes. */
export const STORED_FORMAT_VERSION = 1;

const storedEnvelopeSchema = z.object({
  version: z.literal(STORED_FORMAT_VERSION),
  analysis: analysisSchema,
});

/** Serialises an analysis into the versioned JSON kept in the database. */
export function encodeStoredAnalysis(analysis: Analysis): string {
  return encodeStoredAnalysisJson(JSON.stringify(analysis));
}

/**
 * The same envelope around an analysis already serialised: exactly the text
 * JSON.stringify({ version, analysis }) gives.
 */
export function encodeStoredAnalysisJson(analysisJson: string): string {
  return `{"version":${STORED_FORMAT_VERSION},"analysis":${analysisJson}}`;
}

/**
 * Parses the JSON kept in the database back into an Analysis. Throws an Error naming the
 * result when the row is not valid JSON or not a known version of the contract: that is
 * corruption or a bug, never the user's input.
 */
export function decodeStoredAnalysis(id: string, body: string): Analysis {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new Error(`Stored result ${id} is not valid JSON.`);
  }
  const parsed = storedEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Stored result ${id} does not match the analysis contract: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.analysis;
}

/** How encodeStoredAnalysis starts the body; the analysis's own JSON follows. */
const ENVELOPE_PREFIX = Buffer.from(`{"version":${STORED_FORMAT_VERSION},"analysis":`);
const CLOSING_BRACE = "}".charCodeAt(0);

/**
 * The analysis's JSON as UTF-8 bytes, cut out of a stored body (its UTF-8 bytes) without
 * parsing it: the API serves reads as stored, since parsing and validating a 1,000-word
 * result and serialising it again costs more than everything else a read does (SQLite
 * even hands over the bytes undecoded). The body is what encodeStoredAnalysis wrote from
 * an engine result, so it is not checked against the contract again; a row edited by
 * hand into invalid JSON would be sent as it is. An envelope of another shape (a future
 * version) goes the long way, through decodeStoredAnalysis.
 */
export function storedAnalysisJson(id: string, body: Buffer): Buffer {
  const enveloped = body.length > ENVELOPE_PREFIX.length && body.at(-1) === CLOSING_BRACE && body.subarray(0, ENVELOPE_PREFIX.length).equals(ENVELOPE_PREFIX);
  if (enveloped) return body.subarray(ENVELOPE_PREFIX.length, -1);
  return Buffer.from(JSON.stringify(decodeStoredAnalysis(id, body.toString("utf8"))));
}
