#!/usr/bin/env python3
"""Side-by-side benchmark of align builds: every evaluator figure and the latency, per build, in one run.

    python3 services/align/bench/benchmark.py --build new=http://localhost:18084 --build release=http://localhost:18083

For each build (name=url) it runs ../shared/eval/align_eval.py (the black-box evaluator, unchanged) on
  - NTREX translations for da:nb, da:nn, nb:nn with --inject 2 (planted conflicts in real news pairs),
  - the project's corpora of independently written reports: corpus (written for issue 4, tuned on),
    corpus-tune (written for issue 10 before the code saw it, tuned on), corpus-holdout (never tuned on),
    corpus-tune2 and corpus-holdout2 (sixteen more events written the same way, split odd/even before anyone
    looked at how align reads them: tune2 tuned on, holdout2 never),
and timing.py (N reports x M sentences), then prints one table per figure with a column per build and,
last, every evaluator JSON line as printed. The development data stays in ../shared/data.
"""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.environ.get("PARALLAX_SHARED", os.path.join(ROOT, "..", "shared"))
EVAL = os.path.join(SHARED, "eval", "align_eval.py")
NTREX = os.path.join(SHARED, "data", "ntrex-dev")

DATASETS = [("ntrex da:nb", ["--ntrex", NTREX, "--pair", "da:nb", "--inject", "2"]),
            ("ntrex da:nn", ["--ntrex", NTREX, "--pair", "da:nn", "--inject", "2"]),
            ("ntrex nb:nn", ["--ntrex", NTREX, "--pair", "nb:nn", "--inject", "2"]),
            ("corpus", ["--corpus", os.path.join(HERE, "corpus")]),
            ("corpus-tune", ["--corpus", os.path.join(HERE, "corpus-tune")]),
            ("corpus-holdout", ["--corpus", os.path.join(HERE, "corpus-holdout")]),
            ("corpus-tune2", ["--corpus", os.path.join(HERE, "corpus-tune2")]),
            ("corpus-holdout2", ["--corpus", os.path.join(HERE, "corpus-holdout2")])]
FIGURES = ["link_f1", "conflict_recall", "agreement_recall", "false_conflicts", "predicted_conflicts", "injected_by_kind"]


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()
    return out[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="append", required=True, help="name=url, e.g. new=http://localhost:18084")
    ap.add_argument("--timing-sizes", default="3x30,5x30,10x50,20x100")
    a = ap.parse_args()
    builds = [b.split("=", 1) for b in a.build]
    results, lines = {}, []
    for name, url in builds:
        for dataset, args in DATASETS:
            line = run([sys.executable, EVAL, "--url", url] + args)
            results[(name, dataset)] = json.loads(line)
            lines.append(f"{name} {dataset} {line}")
    timing = {}
    for name, url in builds:
        out = subprocess.run([sys.executable, os.path.join(HERE, "timing.py"), "--url", url, "--ntrex", NTREX,
                              "--sizes", a.timing_sizes, "--repeat", "9"], capture_output=True, text=True, check=True).stdout
        for line in out.strip().splitlines():
            t = json.loads(line)
            timing[(name, f"{t['reports']}x{t['sentences_per_report']}")] = t["median_ms"]
            lines.append(f"{name} timing {line}")
    for figure in FIGURES:
        width = max(14, *(len(n) + 2 for n, _ in builds))
        if figure == "injected_by_kind":
            width = 30
        print(f"\n{figure}")
        print("  " + "dataset".ljust(16) + "".join(n.rjust(width) for n, _ in builds))
        for dataset, _ in DATASETS:
            cells = []
            for name, _ in builds:
                v = results[(name, dataset)].get(figure)
                if isinstance(v, dict):
                    v = " ".join(f"{k[:2]}{x}" for k, x in v.items())
                    width = max(width, len(v) + 2)
                cells.append(("-" if v is None else str(v)).rjust(width))
            print("  " + dataset.ljust(16) + "".join(cells))
    width = max(14, *(len(n) + 2 for n, _ in builds))
    print("\nmedian latency, ms (timing.py)")
    for size in a.timing_sizes.split(","):
        print("  " + size.ljust(16) + "".join(str(timing[(n, size)]).rjust(width) for n, _ in builds))
    print("\nevaluator lines as printed:")
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
