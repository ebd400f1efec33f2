#!/usr/bin/env python3
"""Latency of POST /api/v1/align as reports and sentences grow.

Builds requests of N reports x M sentences from the NTREX development sentences (read from
../shared/data at run time, never copied into the repository): report k takes M consecutive lines
of one language (da, nb, nn in turn) starting at a shifted offset, so reports overlap partly, as
reports of one event do. Prints one JSON line per size and a summary line.
"""
from pathlib import Path
import os
import sys
import argparse, json, statistics, time, urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from parallax_token import auth_headers  # noqa: E402  (one reading of PARALLAX_TOKEN and .parallax/token)


def request(url, body, timeout):
    req = urllib.request.Request(url + "/api/v1/align", data=json.dumps(body).encode("utf-8"),
                                 headers={"Content-Type": "application/json", **auth_headers()})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as r:
        r.read()
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--ntrex", required=True, help="folder with da.txt, nb.txt, nn.txt")
    ap.add_argument("--sizes", default="3x30,5x30,10x50,20x100")
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args()
    lines = {lang: open(f"{a.ntrex}/{lang}.txt", encoding="utf-8").read().split("\n") for lang in ("da", "nb", "nn")}
    for size in a.sizes.split(","):
        n, m = (int(x) for x in size.split("x"))
        docs = []
        for k in range(n):
            lang = ("da", "nb", "nn")[k % 3]
            start = 200 + 7 * k
            sents = [s for s in lines[lang][start:start + m] if s.strip()]
            paragraphs = [" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
            docs.append({"id": f"r{k}", "text": "\n\n".join(paragraphs), "language": lang, "published": "2019-10-01"})
        body = {"documents": docs}
        request(a.url, body, 120)  # warm-up
        times = [request(a.url, body, 120) for _ in range(a.repeat)]
        print(json.dumps({"reports": n, "sentences_per_report": m,
                          "median_ms": round(statistics.median(times) * 1000, 1),
                          "max_ms": round(max(times) * 1000, 1)}))


if __name__ == "__main__":
    main()
