#!/usr/bin/env python3
"""Benchmark of the translate service against the stock `apertium` command, plus word error rate.

Not a test: it prints numbers. Standard library only. For fair speed numbers start the service with
the chunk cache off (-Dtranslate.cache.max-entries=0), otherwise repeated runs measure the cache.

  python3 services/translate/bench/translate_bench.py --url http://localhost:18082 \
      --ntrex ../shared/data/ntrex-dev [--directions da-nb,nb-da] [--docs 60] [--concurrency 4]

For every direction, on the NTREX development documents (one request per document, sentences as
paragraphs):
  * stock:   one `apertium -u <mode>` process over all documents (bulk), words/s;
             and `apertium -u <mode>` per sentence (what a naive service would do), median latency;
  * service: the documents over HTTP with N concurrent clients, words/s; one-sentence requests one
             after another, median and p90 latency;
  * WER of each output against the human translation in the target language (both sides are human
    translations of English, so absolute WER is high; the comparison between rows is what counts).
The last line is one JSON object with every number.
"""
from pathlib import Path
import os
import sys
import argparse
import concurrent.futures
import json
import re
import statistics
import subprocess
import time
import urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from parallax_token import auth_headers  # noqa: E402  (one reading of PARALLAX_TOKEN and .parallax/token)

MODES = {"da-nb": "dan-nob", "nb-da": "nob-dan", "da-nn": "dan-nno", "nn-da": "nno-dan",
         "nn-nb": "nno-nob", "nb-nn": "nob-nno"}
TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text):
    return TOKEN.findall(text)


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def wer(hypotheses, references):
    errors = sum(edit_distance(tokens(h), tokens(r)) for h, r in zip(hypotheses, references))
    return errors / max(1, sum(len(tokens(r)) for r in references))


def words(texts):
    return sum(len(t.split()) for t in texts)


def post(url, payload, timeout=120):
    request = urllib.request.Request(url + "/api/v1/translate", data=json.dumps(payload).encode("utf-8"),
                                     headers={"Content-Type": "application/json", **auth_headers()})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def load_documents(ntrex, source, target, limit):
    docs = []
    with open(f"{ntrex}/documents.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            docs.append((doc[source], doc[target]))
    return docs[:limit]


def stock_bulk(mode, docs):
    text = "\n\n".join("\n\n".join(sentences) for sentences, _ in docs) + "\n"
    start = time.perf_counter()
    out = subprocess.run(["apertium", "-u", mode], input=text.encode("utf-8"), capture_output=True, check=True)
    seconds = time.perf_counter() - start
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", out.stdout.decode("utf-8")) if p.strip()]
    return paragraphs, seconds


def stock_sentence_latency(mode, sentences):
    latencies = []
    for sentence in sentences:
        start = time.perf_counter()
        subprocess.run(["apertium", "-u", mode], input=sentence.encode("utf-8"), capture_output=True, check=True)
        latencies.append((time.perf_counter() - start) * 1000)
    return latencies


def service_bulk(url, source, target, docs, concurrency):
    def one(doc):
        return post(url, {"text": "\n\n".join(doc[0]), "source": source, "target": target})["translation"]
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        outputs = list(pool.map(one, docs))
    seconds = time.perf_counter() - start
    paragraphs = [p.strip() for out in outputs for p in re.split(r"\n\s*\n", out) if p.strip()]
    return paragraphs, seconds


def service_sentence_latency(url, source, target, sentences):
    latencies = []
    for sentence in sentences:
        start = time.perf_counter()
        post(url, {"text": sentence, "source": source, "target": target})
        latencies.append((time.perf_counter() - start) * 1000)
    return latencies


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://localhost:8082")
    parser.add_argument("--ntrex", default="../shared/data/ntrex-dev")
    parser.add_argument("--directions", default=",".join(MODES))
    parser.add_argument("--docs", type=int, default=60, help="NTREX documents per direction (60 = all)")
    parser.add_argument("--latency-sentences", type=int, default=30)
    parser.add_argument("--stock-latency-sentences", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    results = {}
    header = (f"{'dir':6} {'words':>6} {'stock w/s':>9} {'svc w/s':>8} {'stock ms/sent':>13} "
              f"{'svc ms p50':>10} {'svc ms p90':>10} {'WER stock':>9} {'WER svc':>8} {'lines differ':>12}")
    print(header)
    for direction in args.directions.split(","):
        source, target = direction.split("-")
        mode = MODES[direction]
        docs = load_documents(args.ntrex, source, target, args.docs)
        sources = [s for doc, _ in docs for s in doc]
        references = [r for _, ref in docs for r in ref]
        # warm the service's pipelines for this direction before timing anything
        post(args.url, {"text": "Test.", "source": source, "target": target})
        latency_set = sources[-args.latency_sentences:]
        service_latency = service_sentence_latency(args.url, source, target, latency_set)
        stock_latency = stock_sentence_latency(mode, sources[:args.stock_latency_sentences])
        stock_out, stock_seconds = stock_bulk(mode, docs)
        service_out, service_seconds = service_bulk(args.url, source, target, docs, args.concurrency)
        n_words = words(sources)
        row = {
            "words": n_words,
            "stock_words_per_s": round(n_words / stock_seconds),
            "service_words_per_s": round(n_words / service_seconds),
            "stock_sentence_ms_median": round(statistics.median(stock_latency), 1),
            "service_sentence_ms_median": round(statistics.median(service_latency), 1),
            "service_sentence_ms_p90": round(percentile(service_latency, 90), 1),
            "stock_paragraphs_returned": f"{len(stock_out)}/{len(references)}",
            "service_paragraphs_returned": f"{len(service_out)}/{len(references)}",
        }
        if len(stock_out) == len(references):
            row["wer_stock"] = round(wer(stock_out, references), 4)
        if len(service_out) == len(references):
            row["wer_service"] = round(wer(service_out, references), 4)
        if len(stock_out) == len(service_out):
            row["lines_differ"] = sum(a != b for a, b in zip(stock_out, service_out))
        results[direction] = row
        print(f"{direction:6} {n_words:>6} {row['stock_words_per_s']:>9} {row['service_words_per_s']:>8} "
              f"{row['stock_sentence_ms_median']:>13} {row['service_sentence_ms_median']:>10} "
              f"{row['service_sentence_ms_p90']:>10} {row.get('wer_stock', 'n/a'):>9} "
              f"{row.get('wer_service', 'n/a'):>8} {row.get('lines_differ', 'n/a'):>12}", flush=True)
    print(json.dumps({"translate_bench": results}, ensure_ascii=False))


if __name__ == "__main__":
    main()
