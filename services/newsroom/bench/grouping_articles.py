#!/usr/bin/env python3
"""Writes the articles newsroom_eval.py posts, with their gold event, as JSON lines for GroupingReplay.

The articles are read by the evaluator's own functions (../shared/eval/newsroom_eval.py), so the replay groups exactly
what the evaluator posts. The output is development data: write it outside the repository (e.g. /tmp).

  python3 services/newsroom/bench/grouping_articles.py --eval ../shared/eval --seeds seeds \
      --ntrex ../shared/data/ntrex-dev --langs da,nb,nn --corpus services/align/bench/corpus > /tmp/grouping.jsonl
"""
import argparse
import importlib.util
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", required=True, help="folder of newsroom_eval.py")
    ap.add_argument("--seeds")
    ap.add_argument("--ntrex")
    ap.add_argument("--langs", default="da,nb,nn")
    ap.add_argument("--corpus")
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("newsroom_eval", os.path.join(a.eval, "newsroom_eval.py"))
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    arts = []
    if a.seeds:
        arts += ev.seed_articles(a.seeds)
    if a.ntrex:
        arts += ev.ntrex_articles(a.ntrex, a.langs.split(","))
    if a.corpus:
        arts += ev.corpus_articles(a.corpus)
    for i, art in enumerate(arts):
        body = art["body"]
        print(json.dumps({"id": i, "title": body.get("title"), "text": body["text"], "published": body["published"],
                          "gold": art["event"]}, ensure_ascii=False))
    print(f"{len(arts)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
