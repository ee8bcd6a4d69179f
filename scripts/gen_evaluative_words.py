#!/usr/bin/env python3
"""Regenerate the candidate word classes of jdlint/data/evaluative_words.yaml (V117), offline.

    .venv/bin/python scripts/gen_evaluative_words.py --vader PATH/vader_lexicon.txt > /tmp/candidates.yaml

Two independent principles meet, so that neither a list-writer's imagination nor one source decides:
  * distribution: the Brown clusters shipped in spacy-lookups-data (en_lexeme_cluster.json.gz, 1M words).
    Seeded by a few known praise adjectives and degree adverbs, every word sharing a seed's cluster
    (and common enough: log probability above -15.5) is a candidate of the same word class;
  * valence: the VADER sentiment lexicon (vaderSentiment, MIT; only needed here, never at run time):
    a praise candidate is kept when its mean human rating is clearly positive (>= 1.5 on -4..4); a degree
    candidate when VADER lists it as a booster, or it is an -ly adverb of a strongly rated adjective
    (|valence| >= 1.5: "insanely", "wildly", "wonderfully"), or its cluster is the degree-adverb one.
The output is candidates; the committed YAML is this output hand-pruned (wrong senses for job ads,
literal facts such as "free", "safe", "clean", "fit", "secure"), as its header says. Run time reads the
YAML only: the 1M-word table is never loaded by jdlint.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lookup_tables import english_table

PRAISE_SEEDS = ("amazing incredible awesome fantastic brilliant wonderful superb stellar epic legendary magical "
                "remarkable outstanding exceptional fabulous terrific gorgeous lovely delightful").split()
DEGREE_SEEDS = "really seriously incredibly ridiculously hugely super absolutely utterly insanely".split()
MIN_LOGPROB = -15.5


def vader(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0]] = float(parts[1])
    return out


def boosters(path: Path) -> set[str]:
    source = (path.parent / "vaderSentiment.py").read_text(encoding="utf-8")
    block = source[source.index("BOOSTER_DICT"):source.index("}", source.index("BOOSTER_DICT"))]
    return {part.split('"')[1] for part in block.split(",") if "B_INCR" in part and '"' in part}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vader", type=Path, required=True, help="vader_lexicon.txt of the vaderSentiment package")
    args = ap.parse_args(argv)
    clusters, probs = english_table("lexeme_cluster"), english_table("lexeme_prob")
    valence, boost = vader(args.vader), boosters(args.vader)

    def members(seeds):
        ids = {clusters[s] for s in seeds if s in clusters}
        return sorted((w for w, c in clusters.items() if c in ids and w.isalpha() and w.islower()
                       and probs.get(w, -99.0) > MIN_LOGPROB), key=lambda w: -probs[w])

    praise = [w for w in members(PRAISE_SEEDS) if valence.get(w, 0.0) >= 1.5]
    degree_cluster = clusters["incredibly"]
    degree = [w for w in members(DEGREE_SEEDS)
              if w in boost or clusters[w] == degree_cluster
              or (w.endswith("ly") and abs(valence.get(w[:-2], valence.get(w[:-3] + "e", valence.get(w[:-3] + "y", 0.0))
                                              if w.endswith("ily") else valence.get(w[:-2], valence.get(w[:-2] + "e", 0.0)))) >= 1.5)]
    # VADER's own boosters are degree candidates wherever their cluster is ("hella", "deeply"): the
    # adverbs among them (its adjectives, "extreme", "total", raise a noun, not a praise word)
    degree += [w for w in sorted(boost) if w not in degree and " " not in w and (w.endswith("ly") or w in ("so", "hella", "uber"))]
    sys.stdout.write("# candidates from scripts/gen_evaluative_words.py (prune by hand)\n")
    sys.stdout.write("praise: [" + ", ".join(praise) + "]\n")
    sys.stdout.write("degree: [" + ", ".join(degree) + "]\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
