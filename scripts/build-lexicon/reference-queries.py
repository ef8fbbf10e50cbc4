#!/usr/bin/python3
"""Reference n-gram scores from the C library, for checking our TypeScript reader.

Asks Debian's libsphinxbase3 (ngram_model_read + ngram_ng_prob, through ctypes) for the
log probability of unigrams, bigrams and trigrams drawn from real text, seen and unseen,
and writes them as a JSON fixture that lib/lexicon/ngram/language-model.test.ts replays.

    /usr/bin/python3 scripts/build-lexicon/reference-queries.py \
        [--lm lib/lexicon/data/en-us.lm.bin] [--out lib/lexicon/ngram/reference-queries.json] \
        TEXT_FILE...

With no text files it reads the honest originals in eval/corpus/*/original.txt and the
spun copies beside them (spinner wording gives unseen n-grams). Needs
`apt-get install -y libsphinxbase3`. The sample is seeded, so reruns give the same file.
"""
import argparse
import ctypes
import glob
import json
import random
import re
import sys

NGRAM_BIN = 2  # ngram_file_type_t: NGRAM_AUTO = 0, NGRAM_ARPA = 1, NGRAM_BIN = 2
LOG_BASE = 1.0001  # pocketsphinx's default -logbase, the units the model was written in


def open_library():
    lib = ctypes.CDLL("libsphinxbase.so.3")
    lib.logmath_init.restype = ctypes.c_void_p
    lib.logmath_init.argtypes = [ctypes.c_double, ctypes.c_int, ctypes.c_int]
    lib.ngram_model_read.restype = ctypes.c_void_p
    lib.ngram_model_read.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
    lib.ngram_wid.restype = ctypes.c_int32
    lib.ngram_wid.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.ngram_ng_prob.restype = ctypes.c_int32
    lib.ngram_ng_prob.argtypes = [ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_int32), ctypes.c_int32, ctypes.POINTER(ctypes.c_int32)]
    return lib


def tokenize(text):
    """Sentences of lower-case words, each opened by <s> and closed by </s>."""
    for sentence in re.split(r"(?<=[.!?])[\"'\u201d\u2019]?\s+", text):
        words = re.findall(r"[a-z]+(?:'[a-z]+)?", sentence.lower().replace("\u2019", "'"))
        if words:
            yield ["<s>"] + words + ["</s>"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lm", default="lib/lexicon/data/en-us.lm.bin")
    parser.add_argument("--out", default="lib/lexicon/ngram/reference-queries.json")
    parser.add_argument("texts", nargs="*")
    args = parser.parse_args()
    texts = args.texts or sorted(glob.glob("eval/corpus/*/original.txt") + glob.glob("eval/corpus/*/spun.txt"))

    lib = open_library()
    lmath = lib.logmath_init(LOG_BASE, 0, 0)
    model = lib.ngram_model_read(None, args.lm.encode(), NGRAM_BIN, lmath)
    if not model:
        sys.exit(f"libsphinxbase could not read {args.lm}")

    def score(ngram):
        """(log units, words used) of ngram[-1] after ngram[:-1], or None if that word is unknown.

        An unknown history word stays in (as the library's -1 id): the library then cuts
        the history there, which the fixture checks too."""
        ids = [lib.ngram_wid(model, w.encode()) for w in ngram]
        if ids[-1] < 0:
            return None
        history = (ctypes.c_int32 * 3)(*reversed(ids[:-1]))  # most recent word first
        used = ctypes.c_int32(0)
        units = lib.ngram_ng_prob(model, ids[-1], history, len(ngram) - 1, ctypes.byref(used))
        return units, used.value

    sentences = [s for path in texts for s in tokenize(open(path, encoding="utf-8").read())]
    words = sorted({w for s in sentences for w in s})
    rng = random.Random(10)
    pick = lambda items, n: rng.sample(items, min(n, len(items)))
    bigrams = sorted({tuple(s[i:i + 2]) for s in sentences for i in range(len(s) - 1)})
    trigrams = sorted({tuple(s[i:i + 3]) for s in sentences for i in range(len(s) - 2)})
    queries = (
        [(w,) for w in pick(words, 600)]
        + pick(bigrams, 1400)
        + pick(trigrams, 1400)
        # word pairs and triples the text never joins: mostly unseen, they exercise back-off
        + [tuple(pick(words, 2)) for _ in range(400)]
        + [tuple(pick(words, 3)) for _ in range(400)]
        # a seen bigram after a random first word: back-off from the trigram to the bigram
        + [(rng.choice(words),) + b for b in pick(bigrams, 400)]
    )
    fixture = []
    for ngram in dict.fromkeys(queries):
        result = score(ngram)
        if result is not None:
            fixture.append([" ".join(ngram), result[0], result[1]])

    with open(args.out, "w", encoding="utf-8") as out:
        # one query a line, so a rerun's diff is readable
        out.write('{\n"source": "libsphinxbase3 ngram_ng_prob, logmath base 1.0001; made by scripts/build-lexicon/reference-queries.py",\n')
        out.write('"columns": ["ngram (history then word)", "log units (base 1.0001, truncated to int32)", "words used"],\n')
        out.write('"queries": [\n' + ",\n".join(json.dumps(q) for q in fixture) + "\n]\n}\n")
    used = [q[2] for q in fixture]
    print(f"{len(fixture)} queries written to {args.out} (words used: 1={used.count(1)}, 2={used.count(2)}, 3={used.count(3)})")


if __name__ == "__main__":
    main()
