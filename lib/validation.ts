import { z } from "zod";

/** The default and floor of UNSPUN_MAX_CHARS (the contract promises at least 200,000). */
export const DEFAULT_MAX_CHARS = 200_000;

/**
 * The one schema for an analysis request, shared by the form's server action, the JSON API
 * and the CLI. `maxChars` comes from configuration, so the schema is built per limit.
 * A text over the limit fails with issue code "too_big" so callers can answer 413.
 */
export function analysisRequestSchema(maxChars: number = DEFAULT_MAX_CHARS) {
  let schema = schemasByLimit.get(maxChars);
  if (!schema) {
    schema = buildAnalysisRequestSchema(maxChars);
    schemasByLimit.set(maxChars, schema);
  }
  return schema;
}

/** One schema per limit (in practice one per process): building a zod schema costs more than running it. */
const schemasByLimit = new Map<number, ReturnType<typeof buildAnalysisRequestSchema>>();

function buildAnalysisRequestSchema(maxChars: number) {
  const limit = maxChars.toLocaleString("en-US");
  return z.object({
    original: z.preprocess(
      toWellFormed,
      z
        .string({ error: "The original must be text." })
        .max(maxChars, { error: `The original is too long: the limit is ${limit} characters.` })
        .optional()
        .nullable()
        .transform((text) => (text && text.trim() ? text : null)),
    ),
    suspect: z.preprocess(
      toWellFormed,
      z
        .string({ error: "Paste the suspect article: it must be text." })
        .max(maxChars, { error: `The suspect is too long: the limit is ${limit} characters.` })
        .refine((text) => text.trim().length > 0, { error: "Paste the suspect article: it is empty." }),
    ),
  });
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A string with every lone surrogate (half of a UTF-16 pair, which no UTF-8 or strict JSON
 * can carry) replaced by U+FFFD, one unit for one, so offsets into the text stay the same;
 * anything else is passed through for the schema to judge.
 */
export function toWellFormed(value: unknown): unknown {
  return typeof value === "string" ? value.replace(LONE_SURROGATE, "\ufffd") : value;
}

export type AnalysisRequest = z.infer<ReturnType<typeof analysisRequestSchema>>;

/** True when a failed parse failed only because a text was over the size limit. */
export function isOverSizeLimit(error: z.ZodError): boolean {
  return error.issues.some((issue) => issue.code === "too_big");
}
