#!/usr/bin/env python3
"""Side-by-side benchmark of the langid service: the Nordic classifier against plain Lingua 1.2.2.

Starts the packaged service twice in one run, on two spare ports:
  A  langid.engine=nordic  (what the service ships)
  B  langid.engine=lingua, langid.lingua-languages=da,nb,nn  (plain Lingua, high accuracy, the issue's baseline)
then runs ../shared/eval/langid_eval.py (black box, HTTP batch endpoint) against each, alternating
A, B, A, B over the same data so that machine load affects both alike, and prints per set accuracy,
the summary of each, the throughput ratio A/B (texts per second over HTTP; best round, and first round
with nothing cached) and the resident memory
of each warm service. It reads the data where it lies and copies nothing.

Usage (from the repository root, after ./mvnw -B -o -q -pl services/langid package -DskipTests):
  python3 services/langid/bench/langid_bench.py [--data ../shared/data] [--eval ../shared/eval/langid_eval.py]
         [--jvm-opts "-Xmx112m -XX:+UseSerialGC"] [--lingua-jvm-opts "-Xmx512m -XX:+UseSerialGC"] [--rounds 2]
--jvm-opts are the service's (the nordic engine), by default what ./parallax and the Dockerfile give it;
--lingua-jvm-opts the baseline's, by default a heap large enough that Lingua never waits for the
collector (with -Xmx112m it ran 8x slower): the baseline runs at its best.
"""
import argparse, json, os, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "..", "target", "quarkus-app", "quarkus-run.jar")


def start(port, props, jvm_opts):
    try:
        urllib.request.urlopen(f"http://localhost:{port}/q/health/live", timeout=2)
        raise SystemExit(f"port {port} is already in use: pick others with --ports")
    except OSError:
        pass
    # a private instance on loopback for the benchmark alone: no callers but this script, so no service secret
    cmd = ["java"] + jvm_opts.split() + [f"-Dquarkus.http.port={port}", "-Dparallax.auth.enabled=false"] + [f"-D{k}={v}" for k, v in props.items()] + ["-jar", JAR]
    log = open(os.path.join(tempfile.gettempdir(), f"langid-bench-{port}.log"), "w")
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)


def wait_ready(port, proc, timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"service on {port} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/q/health/ready", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit(f"service on {port} not ready after {timeout} s")


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def rss_mib(pid):
    """RSS of the service plus its helper processes (the Apertium analysers of the nordic engine)."""
    return (rss_kib(pid) + sum(rss_kib(child) for child in descendants(pid))) // 1024


def evaluate(evaluator, port, dirs):
    out = tempfile.NamedTemporaryFile(suffix=".json", delete=False).name
    res = subprocess.run([sys.executable, evaluator, "--url", f"http://localhost:{port}", *dirs, "--json-out", out],
                         capture_output=True, text=True)
    if res.returncode not in (0, 1):
        raise SystemExit(f"evaluator failed on {port}: {res.stdout[-500:]} {res.stderr[-500:]}")
    with open(out) as f:
        summary = json.load(f)
    os.unlink(out)
    return summary


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "langid_eval.py"))
    ap.add_argument("--jvm-opts", default="-Xmx112m -XX:+UseSerialGC")
    ap.add_argument("--lingua-jvm-opts", default="-Xmx512m -XX:+UseSerialGC")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--ports", default="18281,18282")
    a = ap.parse_args()
    data = os.path.abspath(a.data)
    groups = {
        "sentences": [os.path.join(data, "ntrex-dev"), os.path.join(data, "ud-dev", "sentences"), os.path.join(data, "ud-dev", "news")],
        "short": [os.path.join(data, "ud-dev", "short")],
    }
    port_a, port_b = (int(p) for p in a.ports.split(","))
    procs = {
        "nordic": (port_a, start(port_a, {"langid.engine": "nordic"}, a.jvm_opts)),
        "lingua": (port_b, start(port_b, {"langid.engine": "lingua", "langid.lingua-languages": "da,nb,nn"}, a.lingua_jvm_opts)),
    }
    try:
        for name, (port, proc) in procs.items():
            wait_ready(port, proc)
        results = {name: {} for name in procs}
        speed = {name: [] for name in procs}
        for round_no in range(a.rounds):
            for group, dirs in groups.items():
                for name, (port, proc) in procs.items():
                    summary = evaluate(a.eval, port, dirs)
                    results[name][group] = summary
                    if group == "sentences":
                        speed[name].append(summary["texts_per_second"])
        print(f"{'set':34} {'nordic':>8} {'lingua':>8}")
        for group in groups:
            for s in results["nordic"][group]["sets"]:
                print(f"{s:34} {results['nordic'][group]['sets'][s]*100:7.2f}% {results['lingua'][group]['sets'][s]*100:7.2f}%")
        for name in procs:
            for group in groups:
                summary = {k: v for k, v in results[name][group].items() if k != "sets"}
                print(f"{name} {group}: {json.dumps(summary)}")
        best = {name: max(v) for name, v in speed.items()}
        # the first round meets every word for the first time (nothing cached, the JIT cold) on both sides
        first = {name: v[0] for name, v in speed.items()}
        print(json.dumps({
            "sentences_texts_per_second": best,
            "throughput_ratio_nordic_over_lingua": round(best["nordic"] / best["lingua"], 2),
            "first_round_texts_per_second": first,
            "first_round_ratio_nordic_over_lingua": round(first["nordic"] / first["lingua"], 2),
            "rss_mib_warm": {name: rss_mib(proc.pid) for name, (port, proc) in procs.items()},
            "rss_mib_warm_jvm_only": {name: rss_kib(proc.pid) // 1024 for name, (port, proc) in procs.items()},
            "jvm_opts": {"nordic": a.jvm_opts, "lingua": a.lingua_jvm_opts},
        }))
    finally:
        for name, (port, proc) in procs.items():
            proc.terminate()
        for name, (port, proc) in procs.items():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
