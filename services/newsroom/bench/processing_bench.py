#!/usr/bin/env python3
"""Processing rate of a running newsroom: posts a set of articles at once through the batch endpoint, then waits
until the worker has processed them all (language, event, comparison), reading the shared queue gauge
(newsroom_queue_pending) and the comparison counters on /q/metrics. Unlike newsroom_eval.py, which posts one by
one and so measures posting and processing together, this measures how fast the stack works off a backlog.

Input: the JSON lines of grouping_articles.py (the evaluator's 201 articles). Run against an empty database
(PARALLAX_DB_NAME=... ./parallax up), since the articles are stored once.

  python3 services/newsroom/bench/processing_bench.py --url http://localhost:8080 --articles /tmp/grouping.jsonl
"""
import argparse
import json
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from parallax_token import auth_headers  # noqa: E402


def call(method, url, body=None):
    headers = {"Content-Type": "application/json", "Accept": "*/*" if url.endswith("/q/metrics") else "application/json",
               **auth_headers()}
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method, headers=headers), timeout=60) as r:
        return r.read().decode()


def metric(text, name):
    total = 0.0
    found = False
    for line in text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            total += float(line.rsplit(" ", 1)[1])
            found = True
    return total if found else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://localhost:8080")
    ap.add_argument("--articles", required=True)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--wait", type=float, default=600)
    a = ap.parse_args()
    url = a.url.rstrip("/")
    with open(a.articles, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    articles = [{"source": "bench-" + str(r["id"]), "title": r.get("title"), "text": r["text"],
                 "published": r["published"], "url": "bench:" + str(r["id"])} for r in rows]
    before = call("GET", url + "/q/metrics")
    t0 = time.perf_counter()
    for i in range(0, len(articles), a.batch):
        call("POST", url + "/api/v1/articles/batch", {"articles": articles[i:i + a.batch]})
    posted = time.perf_counter() - t0
    pending = None
    while time.perf_counter() - t0 < a.wait:
        metrics = call("GET", url + "/q/metrics")
        pending = metric(metrics, "newsroom_queue_pending")
        if pending == 0:
            break
        time.sleep(0.25)
    elapsed = time.perf_counter() - t0
    after = call("GET", url + "/q/metrics")

    def delta(name):
        return round((metric(after, name) or 0) - (metric(before, name) or 0), 2)

    print(json.dumps({"articles": len(articles), "post_seconds": round(posted, 2), "processed_seconds": round(elapsed, 2),
                      "unprocessed": pending, "articles_per_second": round(len(articles) / elapsed, 2),
                      "comparisons": delta("newsroom_comparison_duration_seconds_count"),
                      "comparison_seconds": delta("newsroom_comparison_duration_seconds_sum"),
                      "coalesced": delta("newsroom_comparisons_coalesced_total")}))


if __name__ == "__main__":
    main()
