#!/usr/bin/env python3
"""What one replica of each service uses and handles: the figures behind the requests, limits and scaling notes
of k8s/ (docs/deployment.md, "Sizing"). Not a test.

Runs against the four packaged services started from their jars on this machine (any ports), for example:

  java -jar services/langid/target/quarkus-app/quarkus-run.jar -Dquarkus.http.port=19101 ...  (see docs/deployment.md)
  python3 k8s/bench/replica_sizing.py --langid http://127.0.0.1:19101 --translate http://127.0.0.1:19102 \
      --align http://127.0.0.1:19103 --newsroom http://127.0.0.1:19100 --seeds seeds

For each service: resident memory (RSS and PSS of the JVM and every process it started, so Apertium's lt-proc
and pipelines count) when idle after start, then a bounded load of the seed texts from a few concurrent clients
(requests per second, median and p95 latency) and the peak memory during it. The newsroom's figure is articles
ingested and fully processed (langid, grouping, align) per second, which includes the other services' time.
Traffic goes to the given URLs only; every loop is bounded in count.
"""
from pathlib import Path
import argparse
import json
import os
import sys
import statistics
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor


sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from parallax_token import auth_headers  # noqa: E402  (one reading of PARALLAX_TOKEN and .parallax/token)


def pid_listening_on(port):
    """The pid of the process with a listening TCP socket on the port (from /proc, no tools needed)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    parts = line.split()
                    local, state, inode = parts[1], parts[3], parts[9]
                    if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                        inodes.add(inode)
        except FileNotFoundError:
            pass
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
                if link.startswith("socket:[") and link[8:-1] in inodes:
                    return int(pid)
        except (PermissionError, FileNotFoundError, ProcessLookupError):
            continue
    raise SystemExit(f"no process listens on port {port}")


def tree(pid):
    children = {}
    for p in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{p}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(p))
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def memory_mib(pid):
    """(RSS, PSS) in MiB of the process and its descendants."""
    rss = pss = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return round(rss / 1024), round(pss / 1024)


def cpu_seconds(pid):
    """User and system CPU time of the process and its descendants (living, and the reaped ones it waited for)."""
    ticks = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ticks += sum(int(v) for v in fields[11:15])
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def post(url, body, timeout=120):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **auth_headers()})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, json.loads(response.read() or b"null")


def get(url, timeout=30):
    with urllib.request.urlopen(urllib.request.Request(url, headers=auth_headers()), timeout=timeout) as response:
        return json.loads(response.read())


class Peak:
    """Samples the process tree's memory every half second while a load runs."""

    def __init__(self, pid):
        self.pid, self.rss, self.pss, self.stop = pid, 0, 0, threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        while not self.stop.is_set():
            rss, pss = memory_mib(self.pid)
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self.stop.wait(0.5)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def load(name, url, pid, bodies, clients):
    idle = memory_mib(pid)
    latencies = []

    def one(body):
        started = time.perf_counter()
        status, _ = post(url, body)
        assert status == 200, (name, status)
        latencies.append(time.perf_counter() - started)

    with Peak(pid) as peak, ThreadPoolExecutor(clients) as pool:
        cpu = cpu_seconds(pid)
        started = time.perf_counter()
        list(pool.map(one, bodies))
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(pid) - cpu
    latencies.sort()
    return {"service": name, "requests": len(bodies), "clients": clients,
            "per_second": round(len(bodies) / elapsed, 1),
            "cpu_ms_per_request": round(cpu * 1000 / len(bodies), 1), "cores_busy": round(cpu / elapsed, 2),
            "latency_ms_p50": round(statistics.median(latencies) * 1000, 1),
            "latency_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
            "idle_rss_mib": idle[0], "idle_pss_mib": idle[1],
            "peak_rss_mib": peak.rss, "peak_pss_mib": peak.pss}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for service in ("langid", "translate", "align", "newsroom"):
        parser.add_argument("--" + service, required=True)
    parser.add_argument("--seeds", default="seeds")
    parser.add_argument("--rounds", type=int, default=20, help="passes over the seed texts per service")
    parser.add_argument("--clients", type=int, default=2, help="concurrent clients (the machine's cores)")
    args = parser.parse_args()

    with open(os.path.join(args.seeds, "seeds.json")) as f:
        meta = json.load(f)["articles"]
    texts = []
    for article in meta:
        with open(os.path.join(args.seeds, article["file"])) as f:
            texts.append(f.read())
    words = sum(len(t.split()) for t in texts)
    port = lambda url: urllib.parse.urlparse(url).port
    results = []

    # warm-up pass for each, not measured
    for text in texts:
        post(args.langid + "/api/v1/detect", {"text": text})
    results.append(load("langid (whole articles)", args.langid + "/api/v1/detect", pid_listening_on(port(args.langid)),
                        [{"text": t} for t in texts] * args.rounds, args.clients))

    directions = [("da", "nb"), ("nb", "da"), ("da", "nn"), ("nn", "da"), ("nb", "nn"), ("nn", "nb")]
    detected = [post(args.langid + "/api/v1/detect", {"text": t})[1]["language"] for t in texts]
    bodies = []
    for text, language in zip(texts, detected):
        for source, target in directions:
            if source == language:
                bodies.append({"text": text, "source": source, "target": target})
    for body in bodies:
        post(args.translate + "/api/v1/translate", body)
    # translate caches paragraph translations: every measured request gets paragraphs it has not seen
    rounds = max(1, args.rounds // 4)
    run = str(int(time.time()))
    fresh = [dict(body, text="\n\n".join(f"{paragraph} Nr. {run}{r}." for paragraph in body["text"].split("\n\n")))
             for r in range(rounds) for body in bodies]
    result = load("translate (whole articles, uncached)", args.translate + "/api/v1/translate",
                  pid_listening_on(port(args.translate)), fresh, args.clients)
    result["words_per_second"] = round(result["per_second"] * words / len(texts))
    results.append(result)

    documents = [{"id": f"{i:03d}", "text": t, "language": lang, "published": a["published"]}
                 for i, (t, lang, a) in enumerate(zip(texts, detected, meta))]
    align_body = {"documents": documents}
    post(args.align + "/api/v1/align", align_body)
    result = load("align (the 5 seed reports at once)", args.align + "/api/v1/align", pid_listening_on(port(args.align)),
                  [align_body] * args.rounds, args.clients)
    results.append(result)

    # newsroom: articles ingested and fully processed per second (each a new copy, so none is a duplicate)
    pid = pid_listening_on(port(args.newsroom))
    idle = memory_mib(pid)
    ids = []
    with Peak(pid) as peak:
        cpu = cpu_seconds(pid)
        started = time.perf_counter()
        for r in range(args.rounds):
            for i, (text, article) in enumerate(zip(texts, meta)):
                status, body = post(args.newsroom + "/api/v1/articles",
                                    {"source": f"{article['source']}-{run}-{r}", "text": text,
                                     "published": article["published"]})
                ids.append(body["id"])
        deadline = time.monotonic() + 600
        pending = list(ids)
        while pending and time.monotonic() < deadline:
            pending = [i for i in pending if get(f"{args.newsroom}/api/v1/articles/{i}")["status"] != "processed"]
            if pending:
                time.sleep(0.5)
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(pid) - cpu
    results.append({"service": "newsroom (ingest to processed, with the others)", "articles": len(ids),
                    "unprocessed": len(pending), "per_second": round(len(ids) / elapsed, 2),
                    "cpu_ms_per_article": round(cpu * 1000 / len(ids), 1), "cores_busy": round(cpu / elapsed, 2),
                    "idle_rss_mib": idle[0], "idle_pss_mib": idle[1], "peak_rss_mib": peak.rss,
                    "peak_pss_mib": peak.pss})

    for result in results:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
