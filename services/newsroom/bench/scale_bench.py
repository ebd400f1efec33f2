#!/usr/bin/env python3
"""Grouping at archive scale: the per-article cost of ingesting and grouping with 1k, 10k and 100k stored articles.

The archive is synthetic but made of real text: background articles of 6 to 12 sentences drawn from the development
data (NTREX da/nb/nn, UD Norwegian news and sentences), one norm per article, spread backwards in time at a fixed
number per day, so that a bigger archive is a longer one, as a desk's archive grows: the date window a new article is
compared within holds the same number of articles at every size once the archive is longer than the window. They
are loaded straight into PostgreSQL (COPY) as grouped articles, one event each, without grouping keys; the newsroom's
backfill gives them keys, as it does for any archive loaded behind its back.

At each size, planted events (NTREX documents, each in da, nb and nn, whose sentences the background never uses) are
posted through the API, dated on the archive's last day. Printed per size: the mean POST latency, the mean grouping
time (the newsroom's newsroom.grouping.duration timer, before and after), candidates compared per article, the B-cubed
F1 of the planted articles among themselves, and the newsroom's resident memory. Then the ratio of the 100k cost to
the 1k cost.

Needs a running stack on its own database, e.g.
    createdb -h 127.0.0.1 -U postgres parallax_scale
    PARALLAX_DB_NAME=parallax_scale ./parallax up &
    python3 services/newsroom/bench/scale_bench.py --db parallax_scale --url http://localhost:8080
Reads ../shared/data at run time; nothing of it is copied into the repository. Python 3 standard library and psql.
"""
import os
import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import random
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from parallax_token import auth_headers  # noqa: E402  (one reading of PARALLAX_TOKEN and .parallax/token)

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT.parent / "shared" / "data"


def psql(db, sql, stdin=None):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1", "-Atc", sql],
                         input=stdin, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("psql failed: " + out.stderr)
    return out.stdout.strip()


def http(method, url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **auth_headers()})
    with urllib.request.urlopen(request, timeout=60) as response:
        raw = response.read().decode()
        return json.loads(raw) if response.headers.get_content_type().endswith("json") else raw


def metric(url, name):
    """Sum and count of a Prometheus summary/timer on /q/metrics."""
    values = {}
    for line in http("GET", url + "/q/metrics").splitlines():
        for part in ("_sum", "_count"):
            if line.startswith(name + part + " ") or line.startswith(name + part + "{"):
                values[part] = values.get(part, 0.0) + float(line.rsplit(" ", 1)[1])
    return values.get("_sum", 0.0), values.get("_count", 0.0)


def newsroom_rss_mib(port):
    out = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True).stdout
    if "pid=" not in out:
        return None
    pid = out.split("pid=")[1].split(",")[0]
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024)
    return None


def load_pools(planted_docs):
    documents = [json.loads(line) for line in (DATA / "ntrex-dev" / "documents.jsonl").read_text().splitlines()]
    planted = documents[:planted_docs]
    pools = {"da": [], "nb": [], "nn": []}
    for doc in documents[planted_docs:]:
        for lang in pools:
            pools[lang].extend(doc[lang])
    for lang in ("nb", "nn"):
        for folder in ("news", "sentences"):
            path = DATA / "ud-dev" / folder / f"{lang}.txt"
            if path.exists():
                pools[lang].extend(l for l in path.read_text().splitlines() if len(l) > 30)
    pools["da"].extend(l for l in (DATA / "ud-dev" / "sentences" / "da.txt").read_text().splitlines() if len(l) > 30)
    return planted, pools


def load_background(db, rng, pools, first, count, end, per_day):
    """COPY `count` grouped background articles (and their one-article events) into the database."""
    articles, events = io.StringIO(), io.StringIO()
    article_csv, event_csv = csv.writer(articles), csv.writer(events)
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    for i in range(first, first + count):
        lang = rng.choice(("da", "nb", "nn"))
        sentences = rng.sample(pools[lang], rng.randint(6, 12))
        text = " ".join(sentences)
        published = (end - dt.timedelta(days=i // per_day)).isoformat()
        event_id, article_id = uuid.uuid4(), uuid.uuid4()
        source = f"Bench {lang} {i % 40}"
        title = sentences[0][:200]
        digest = hashlib.sha256(source.encode() + b"\0" + text.encode()).hexdigest()
        event_csv.writerow([event_id, title, published, published, 1, now, now])
        article_csv.writerow([article_id, source, title, text, published, digest, lang, 0.99, "processed",
                              event_id, 1, now, now, now])
    psql(db, "copy event (id, title, first_published, last_published, membership_version, created, updated) "
             "from stdin with (format csv)", events.getvalue())
    psql(db, "copy article (id, source, title, text, published, content_hash, language, language_confidence, status, "
             "event_id, attempts, next_attempt_at, created, processed) from stdin with (format csv)",
         articles.getvalue())


def wait_backfill(db, timeout):
    started = time.time()
    while True:
        left = int(psql(db, "select count(*) from article where grouping_keys is null and event_id is not null"))
        if left == 0:
            return time.time() - started
        if time.time() - started > timeout:
            sys.exit(f"{left} articles still without grouping keys after {timeout} s")
        print(f"  backfill: {left} articles left", file=sys.stderr)
        time.sleep(5)


def bcubed(gold, predicted):
    items = list(gold)
    precision = recall = 0.0
    for a in items:
        same_pred = [b for b in items if predicted[b] == predicted[a]]
        same_gold = [b for b in items if gold[b] == gold[a]]
        correct = sum(1 for b in same_pred if gold[b] == gold[a])
        precision += correct / len(same_pred)
        recall += correct / len(same_gold)
    precision /= len(items)
    recall /= len(items)
    return round(2 * precision * recall / (precision + recall), 4)


def post_planted(url, docs, end, run):
    latencies, gold, ids = [], {}, []
    for doc in docs:
        for lang in ("da", "nb", "nn"):
            body = {"source": f"Planted {lang}", "title": doc[lang][0], "text": "\n".join(doc[lang]),
                    "published": end.isoformat(), "language": lang,
                    "url": f"https://example.org/scale/{run}/{doc['doc']}/{lang}"}
            started = time.perf_counter()
            answer = http("POST", url + "/api/v1/articles", body)
            latencies.append(time.perf_counter() - started)
            gold[answer["id"]] = doc["doc"]
            ids.append(answer["id"])
    return latencies, gold, ids


def wait_processed(url, ids, timeout):
    deadline = time.time() + timeout
    events = {}
    for article in ids:
        while True:
            answer = http("GET", f"{url}/api/v1/articles/{article}")
            if answer["status"] == "processed":
                events[article] = answer["event"]
                break
            if time.time() > deadline:
                sys.exit(f"article {article} not processed within {timeout} s")
            time.sleep(0.5)
    return events


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--db", required=True, help="the database the running newsroom uses")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--per-day", type=int, default=300, help="background articles per day")
    parser.add_argument("--planted-docs", type=int, default=10, help="NTREX documents planted per size (3 norms each)")
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sizes = [int(s) for s in args.sizes.split(",")]
    planted, pools = load_pools(args.planted_docs * len(sizes))
    end = dt.date(2026, 6, 30)
    port = int(args.url.rsplit(":", 1)[1].split("/")[0])
    run = uuid.uuid4().hex[:8]
    stored = int(psql(args.db, "select count(*) from article"))
    results = []
    for round_index, size in enumerate(sizes):
        if size > stored:
            print(f"loading {size - stored} background articles (archive {size})", file=sys.stderr)
            load_background(args.db, rng, pools, stored, size - stored, end, args.per_day)
            stored = size
        backfill_seconds = wait_backfill(args.db, 1800)
        psql(args.db, "analyze article")
        docs = planted[round_index * args.planted_docs:(round_index + 1) * args.planted_docs]
        grouping_before = metric(args.url, "newsroom_grouping_duration_seconds")
        candidates_before = metric(args.url, "newsroom_grouping_candidates")
        latencies, gold, ids = post_planted(args.url, docs, end, f"{run}-{size}")
        predicted = wait_processed(args.url, ids, 900)
        grouping_after = metric(args.url, "newsroom_grouping_duration_seconds")
        candidates_after = metric(args.url, "newsroom_grouping_candidates")
        grouped = grouping_after[1] - grouping_before[1]
        result = {
            "stored_articles": size,
            "per_day": args.per_day,
            "planted_articles": len(ids),
            "post_ms_mean": round(1000 * sum(latencies) / len(latencies), 1),
            "grouping_ms_mean": round(1000 * (grouping_after[0] - grouping_before[0]) / grouped, 1) if grouped else None,
            "candidates_mean": round((candidates_after[0] - candidates_before[0]) / grouped, 1) if grouped else None,
            "planted_bcubed_f1": bcubed(gold, predicted),
            "backfill_seconds": round(backfill_seconds, 1),
            "newsroom_rss_mib": newsroom_rss_mib(port),
        }
        result["ingest_and_group_ms"] = round(result["post_ms_mean"] + (result["grouping_ms_mean"] or 0), 1)
        print(json.dumps(result), flush=True)
        results.append(result)
    if len(results) > 1:
        print(json.dumps({"cost_ratio_largest_over_smallest": round(
            results[-1]["ingest_and_group_ms"] / results[0]["ingest_and_group_ms"], 2)}))


if __name__ == "__main__":
    main()
