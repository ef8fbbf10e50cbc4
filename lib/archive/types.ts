/** An article as the archive keeps it. `published` is an ISO date (or date-time) or null. */
export type ArchiveArticle = {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  text: string;
  /** ISO 8601: when it was first added, and last updated by a re-add. */
  addedAt: string;
  updatedAt: string;
};

/** An article without its text, as lists show it. */
export type ArchiveSummary = Omit<ArchiveArticle, "text"> & { words: number };

/** What a caller gives to add an article. */
export type ArchiveInput = { title: string; url: string | null; published: string | null; text: string };

/** What adding did: a new article, or an update of the one with the same URL or text. */
export type ArchiveAddOutcome = { id: string; status: "added" | "updated" };

/** The evidence that a candidate is the source: what survived the spinning. */
export type CandidateEvidence = {
  names: string[];
  numbers: string[];
  quotations: string[];
  rareWords: string[];
};

/** One ranked answer of an archive search. `score` is 0..1. */
export type Candidate = {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  score: number;
  evidence: CandidateEvidence;
};
