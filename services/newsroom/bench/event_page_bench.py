#!/usr/bin/env python3
"""How long the editors' event page takes for an event of many sources, against a running newsroom.

    python3 services/newsroom/bench/event_page_bench.py [--url http://localhost:8080] [--sources 20] [--rounds 20]

Posts SOURCES reports of the seeds' shared story (seeds 000-002, each report a different cut of one of
them, so that every report joins the one event), waits until they are compared together, then times
GET /events/{id} (original, and with the cells read in Bokmål once their translations are stored) and the
three exports. Prints one JSON line. A benchmark, not a test: run it beside a baseline, never assert on it.
"""
import argparse
import json
import statistics
import sys
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ["000_62d47b3b917cc033.txt", "001_ba935de289032681.txt", "002_5a8d4ae86761d52a.txt"]


def call(base, method, path, body=None, accept="application/json"):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json", "Accept": accept})
    token = (ROOT / ".parallax" / "token")
    if token.exists():
        req.add_header("Authorization", "Bearer " + token.read_text().strip())
    with urllib.request.urlopen(req, timeout=120) as response:
        payload = response.read()
        return response.status, payload


def timed(base, path, rounds, accept="text/html"):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call(base, "GET", path, accept=accept)
        times.append((time.perf_counter() - started) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    base = args.url.rstrip("/")
    run = uuid.uuid4().hex[:8]
    texts = [(ROOT / "seeds" / name).read_text(encoding="utf-8").strip() for name in SEEDS]

    ids = []
    for i in range(args.sources):
        paragraphs = [p for p in texts[i % len(texts)].split("\n\n") if p.strip()]
        # a different cut per report: drop one paragraph (never the title), as outlets shorten copy
        if len(paragraphs) > 3:
            del paragraphs[1 + (i // len(texts)) % (len(paragraphs) - 1)]
        status, body = call(base, "POST", "/api/v1/articles", {
            "source": f"Bench outlet {i + 1}", "title": f"Bench {run} #{i + 1}", "published": "2015-09-18",
            "url": f"https://bench.example/{run}/{i}", "text": "\n\n".join(paragraphs)})
        ids.append(json.loads(body)["id"])

    started = time.time()
    while True:
        states = [json.loads(call(base, "GET", f"/api/v1/articles/{i}")[1]) for i in ids]
        if all(s["status"] == "processed" for s in states):
            break
        if time.time() - started > 600:
            sys.exit("not processed within 600 s")
        time.sleep(1)
    events = {s["event"] for s in states}
    event = max(events, key=lambda e: sum(s["event"] == e for s in states))
    while True:
        status, body = call(base, "GET", f"/api/v1/events/{event}/comparison")
        compared = json.loads(body)
        if set(ids) <= set(compared["articles"]) or time.time() - started > 900:
            break
        time.sleep(1)
    columns = len(compared["articles"])

    page = timed(base, f"/events/{event}", args.rounds)
    # the first Bokmål reading starts the translations; wait until the page has none in progress
    while b"translation in progress" in call(base, "GET", f"/events/{event}?read=nb", accept="text/html")[1]:
        if time.time() - started > 1200:
            break
        time.sleep(2)
    page_nb = timed(base, f"/events/{event}?read=nb", args.rounds)
    exports = {fmt: timed(base, f"/api/v1/events/{event}/report?format={fmt}", args.rounds, accept="*/*")
               for fmt in ("md", "csv", "json")}
    print(json.dumps({"sources_posted": args.sources, "events": len(events), "columns": columns,
                      "claims": len(compared.get("claims", [])), "event_page": page, "event_page_read_nb": page_nb,
                      "exports": exports, "processed_seconds": round(time.time() - started, 1)}))


if __name__ == "__main__":
    main()
