#!/usr/bin/env python3
"""How well `"segments": true` labels the sentences of mixed texts: a benchmark, not a test.

Builds mixed documents from the development treebank sentences, whose files keep the documents' own
sentence order: each document is 8 consecutive sentences of one norm (the host), and every other
document gets, in the middle, one or two consecutive sentences of another norm (the quote), as when a
Danish report quotes a Norwegian source or a Bokmål article a Nynorsk one. It posts each document to
POST /api/v1/detect with "segments": true and scores each original sentence by the segment that
overlaps it most. It prints the accuracy on host and quote sentences, per norm and overall. Given two
URLs it runs both side by side (A, B, A, B) over the same documents.

It reads the data where it lies (../shared/data) and copies nothing.

Usage (services running):
  python3 services/langid/bench/segments_bench.py --url http://localhost:8081 [--url http://localhost:18091]
         [--data ../shared/data] [--doc-sentences 8]
"""
from pathlib import Path
import argparse, collections, json, os, sys, time, urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from parallax_token import auth_headers  # noqa: E402  (one reading of PARALLAX_TOKEN and .parallax/token)

HERE = os.path.dirname(os.path.abspath(__file__))
NORMS = ("da", "nb", "nn")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def documents(data, size):
    """(sentences, labels) per document: 8 host sentences, every other document with a quote inserted."""
    sentences = {n: read(os.path.join(data, "ud-dev", "sentences", f"{n}.txt")) for n in NORMS}
    quote_at = {n: 0 for n in NORMS}
    docs = []
    for host in NORMS:
        others = [n for n in NORMS if n != host]
        lines = sentences[host]
        for d, start in enumerate(range(0, len(lines) - size + 1, size)):
            body = lines[start:start + size]
            labels = [host] * size
            if d % 2 == 1:
                quoted = others[(d // 2) % 2]
                length = 1 + (d // 4) % 2  # one or two sentences
                source = sentences[quoted]
                at = quote_at[quoted]
                quote = [source[(at + i) % len(source)] for i in range(length)]
                quote_at[quoted] = at + length
                middle = size // 2
                body = body[:middle] + quote + body[middle:]
                labels = labels[:middle] + [quoted] * length + labels[middle:]
            docs.append((body, labels, host))
    return docs


def detect(url, text):
    body = json.dumps({"text": text, "segments": True}).encode("utf-8")
    req = urllib.request.Request(url + "/api/v1/detect", data=body, headers={"Content-Type": "application/json", **auth_headers()})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read().decode("utf-8"))


def score(url, docs):
    right = collections.Counter()
    total = collections.Counter()
    started = time.time()
    for body, labels, host in docs:
        text = " ".join(body)
        ranges, at = [], 0
        for sentence in body:
            ranges.append((at, at + len(sentence)))
            at += len(sentence) + 1
        segments = detect(url, text)["segments"]
        for (start, end), label in zip(ranges, labels):
            best = max(segments, key=lambda s: min(end, s["end"]) - max(start, s["start"]))
            kind = "host" if label == host else "quote"
            total[(kind, label)] += 1
            right[(kind, label)] += best["language"] == label
    seconds = time.time() - started
    result = {}
    for kind in ("host", "quote"):
        per = {n: round(right[(kind, n)] / total[(kind, n)], 4) for n in NORMS if total[(kind, n)]}
        n_right = sum(right[(kind, n)] for n in NORMS)
        n_total = sum(total[(kind, n)] for n in NORMS)
        result[kind] = {"accuracy": round(n_right / n_total, 4), "sentences": n_total, "per_norm": per}
    all_right = sum(right.values())
    all_total = sum(total.values())
    result["all_sentences_accuracy"] = round(all_right / all_total, 4)
    result["documents_per_second"] = round(len(docs) / seconds, 1)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", action="append", required=True)
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))
    ap.add_argument("--doc-sentences", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    docs = documents(os.path.abspath(a.data), a.doc_sentences)
    print(f"{len(docs)} documents of {a.doc_sentences} sentences, "
          f"{sum(1 for b, l, h in docs if len(b) > a.doc_sentences)} with a quote of another norm")
    results = {}
    for _ in range(a.rounds):
        for url in a.url:
            results[url] = score(url, docs)
    for url, result in results.items():
        print(url, json.dumps(result))
    print(json.dumps({"segments_bench": results}))


if __name__ == "__main__":
    main()
