#!/usr/bin/env python3
"""Posts articles to a running newsroom in batches (POST /api/v1/articles/batch); `./parallax ingest` runs it.

    ingest.py [--url URL] [--batch-size N] [--max-body-bytes N] [--wait SECONDS] SOURCE [SOURCE ...]

A SOURCE is
  FILE        JSON Lines: one article per line, a JSON object as POST /api/v1/articles takes it
              ({"source", "text", "published", "title", "url", "language"}); blank lines are skipped
  DIR         every *.jsonl in it (sorted), and, when it holds a seeds.json, the articles it names as seeds/
              does (text from each file, url "seed:<file>")

Resumable: an article stored before is answered "already stored" (same url, or without a url the same source
and text), so running the same command again after an interruption stores only what is missing. A line that
is not JSON is reported with its line number and skipped; an article the newsroom rejects is reported with
its reason. Progress goes to stderr (a bar on a terminal, plain lines otherwise), the summary to stdout.

Exit status: 0 every article stored or already stored; 1 done, but some lines were not JSON or were rejected;
2 bad usage or an unreadable input; 3 the newsroom could not be reached or stopped answering (run the same
command again to resume); 4 --wait ran out before every article was processed.

Python 3 standard library only.
"""
import argparse
import json
import os
import sys
import time
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_BATCH = 500  # the contract's bound for POST /api/v1/articles/batch
REASONS_SHOWN = 10
RETRIES = 6  # ~1 minute of backoff for a newsroom that restarts or is briefly overloaded

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_NOT_PROCESSED = 0, 1, 2, 3, 4


class Stop(Exception):
    """The run cannot go on: the newsroom is not reachable, or answers every request with an error."""


def inert(text, limit=300):
    """Text from the input or the newsroom made safe to print: controls and format characters (terminal escape
    sequences, bidi overrides) shown as escapes, shortened."""
    out = []
    for ch in str(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") and ch != " ":
            out.append("\\x%02x" % ord(ch) if ord(ch) < 0x100 else "\\u%04x" % ord(ch))
        else:
            out.append(ch)
    s = "".join(out)
    return s if len(s) <= limit else s[:limit] + "…"


# --- reading the input -------------------------------------------------------------------------

class Item:
    """One article of the input, or the line that should have been one."""
    __slots__ = ("order", "where", "body", "problem")

    def __init__(self, order, where, body=None, problem=None):
        self.order, self.where, self.body, self.problem = order, where, body, problem


def _no_duplicate_keys(pairs):
    # the newsroom reads JSON strictly (a key twice is a 400); Python would keep the last value silently
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise ValueError(f"the key {key!r} is given twice")
        seen.add(key)
    return dict(pairs)


def _no_constants(name):
    # NaN and Infinity are not JSON; Python accepts them and would send them on
    raise ValueError(f"{name} is not JSON")


def parse_line(raw):
    """The JSON value of one line, or raises ValueError saying why it is none."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 (byte {e.start + 1})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as e:
        raise ValueError(f"{e.msg}: column {e.colno}") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None


class JsonLines:
    def __init__(self, path):
        self.path = path

    def lines(self):
        """(line number, bytes) of each line that is not blank, a byte order mark at the start left out."""
        with open(self.path, "rb") as f:
            for number, raw in enumerate(f, start=1):
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                raw = raw.strip()
                if raw:
                    yield number, raw

    def count(self):
        return sum(1 for _ in self.lines())

    def items(self, order):
        for number, raw in self.lines():
            where = f"{self.path} line {number}"
            try:
                yield Item(next(order), where, body=parse_line(raw))
            except ValueError as e:
                yield Item(next(order), where, problem=f"not JSON: {e}")


class SeedFolder:
    """A folder like seeds/: seeds.json names each article's text file and its metadata."""

    def __init__(self, folder):
        self.folder = folder
        with open(folder / "seeds.json", encoding="utf-8") as f:
            self.articles = json.load(f)["articles"]
        if not isinstance(self.articles, list):
            raise ValueError("'articles' is not a list")

    def count(self):
        return len(self.articles)

    def items(self, order):
        for number, seed in enumerate(self.articles, start=1):
            name = seed.get("file") if isinstance(seed, dict) else None
            where = f"{self.folder / 'seeds.json'} article {number}" + (f" ({name})" if name else "")
            if not isinstance(name, str) or Path(name).name != name:
                yield Item(next(order), where, problem="no plain file name in 'file'")
                continue
            try:
                text = (self.folder / name).read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as e:
                yield Item(next(order), where, problem=f"cannot read {name}: {e}")
                continue
            body = {k: seed[k] for k in ("source", "title", "published", "language") if k in seed}
            # the url is the seed's identity, so that posting the seeds again finds them (seeds/README.md)
            body.update(text=text, url="seed:" + name)
            yield Item(next(order), where, body=body)


def sources_of(paths):
    sources = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = []
            if (path / "seeds.json").is_file():
                found.append(SeedFolder(path))
            found += [JsonLines(p) for p in sorted(path.glob("*.jsonl")) if p.is_file()]
            if not found:
                raise ValueError(f"{given}: no *.jsonl files and no seeds.json in this folder")
            sources += found
        elif path.is_file():
            sources.append(JsonLines(path))
        else:
            raise ValueError(f"{given}: no such file or folder")
    return sources


# --- talking to the newsroom -------------------------------------------------------------------

def encode(article):
    """An article as UTF-8 JSON. Text that cannot be UTF-8 (an unpaired surrogate) is sent escaped, so that the
    newsroom rejects that article in its slot rather than the whole batch as undecodable."""
    try:
        return json.dumps(article, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(article).encode("ascii")


class Newsroom:
    def __init__(self, url, token=None):
        self.url = url.rstrip("/")
        self.token = token
        self.answered = False  # whether it ever answered: a refused first connection is not worth retrying

    def call(self, method, path, body=None, timeout=120):
        """(status, parsed JSON or None). Retries what may pass (connection lost, 429, 5xx) with backoff."""
        delay = 1
        for attempt in range(RETRIES + 1):
            request = urllib.request.Request(self.url + path, data=body, method=method,
                                             headers={"Content-Type": "application/json",
                                                      "Accept": "application/json"})
            if self.token:
                request.add_header("Authorization", "Bearer " + self.token)
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    self.answered = True
                    return response.status, _json(response.read())
            except urllib.error.HTTPError as e:
                self.answered = True
                payload = _json(e.read())
                if (e.code != 429 and e.code < 500) or attempt == RETRIES:
                    return e.code, payload
                failure = f"HTTP {e.code}" + (f": {payload.get('detail')}" if isinstance(payload, dict) else "")
                wait = _retry_after(e.headers.get("Retry-After"), delay)
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
                reason = getattr(e, "reason", e)
                if not self.answered:
                    raise Stop(f"no newsroom answers at {self.url} ({reason}).\n"
                               "Start one with ./parallax up, or point PARALLAX_NEWSROOM_URL at a running one.")
                if attempt == RETRIES:
                    raise Stop(f"the newsroom at {self.url} stopped answering ({reason}).")
                failure, wait = str(reason), delay
            print(f"ingest: {inert(failure)}; trying again in {wait} s", file=sys.stderr, flush=True)
            time.sleep(wait)
            delay = min(delay * 2, 30)
        raise AssertionError("unreachable")


def _json(payload):
    try:
        return json.loads(payload) if payload else None
    except ValueError:
        return None


def _retry_after(header, default):
    try:
        return max(1, min(int(header), 60))
    except (TypeError, ValueError):
        return default


# --- the run -----------------------------------------------------------------------------------

class Progress:
    """Articles handled of the total, their rate and the time left: a bar redrawn in place on a terminal, a
    plain line every few seconds otherwise (a log file, a CI console)."""

    def __init__(self, total, stream=sys.stderr):
        self.total, self.stream = total, stream
        self.tty = stream.isatty()
        self.started = self.shown = time.monotonic()

    def show(self, done, final=False):
        now = time.monotonic()
        if not final and now - self.shown < (0.2 if self.tty else 5):
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-6)
        rate = done / elapsed
        left = (self.total - done) / rate if rate > 0 else None
        eta = "--:--" if left is None else "%d:%02d" % divmod(int(left + 0.5), 60)
        if self.tty:
            width = 30
            filled = width * done // self.total if self.total else width
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}  "
                              f"{rate:.0f} articles/s  ETA {eta}\x1b[K" + ("\n" if final else ""))
        else:
            self.stream.write(f"ingest: {done}/{self.total} articles, {rate:.0f} articles/s, ETA {eta}\n")
        self.stream.flush()


class Run:
    def __init__(self, newsroom, batch_size, max_body_bytes):
        self.newsroom = newsroom
        self.batch_size = batch_size
        self.max_body_bytes = max_body_bytes
        self.stored = self.already = 0
        self.rejected = []  # (order, where, reason, kind)
        self.ids = []
        self.done = 0

    def reject(self, item, reason, kind="refused by the newsroom"):
        self.rejected.append((item.order, item.where, reason, kind))
        self.done += 1

    def post(self, batch):
        """Posts the items (encoded beside them); a batch the newsroom refuses as a whole is split in two until
        the article it cannot take is alone and rejected with the newsroom's reason."""
        body = b'{"articles": [' + b", ".join(encoded for _, encoded in batch) + b"]}"
        status, answer = self.newsroom.call("POST", "/api/v1/articles/batch", body)
        results = answer.get("results") if status == 200 and isinstance(answer, dict) else None
        if isinstance(results, list) and len(results) == len(batch):
            for (item, _), result in zip(batch, results):
                if result.get("status") in (200, 201) and result.get("id"):
                    self.ids.append(result["id"])
                    if result["status"] == 201:
                        self.stored += 1
                    else:
                        self.already += 1
                    self.done += 1
                else:
                    self.reject(item, f"{result.get('status')} {result.get('error')}")
            return
        detail = answer.get("detail") if isinstance(answer, dict) else None
        if status in (400, 413) and len(batch) > 1:
            middle = len(batch) // 2
            self.post(batch[:middle])
            self.post(batch[middle:])
        elif status in (400, 413):
            self.reject(batch[0][0], f"{status} {detail or 'refused'}")
        elif status in (401, 403):
            raise Stop(f"the newsroom at {self.newsroom.url} refused the request (HTTP {status}): "
                       "set PARALLAX_TOKEN to a token with the right to post articles.")
        elif status in (404, 405, 415):
            raise Stop(f"{self.newsroom.url} does not take POST /api/v1/articles/batch (HTTP {status}): "
                       "is it a Parallax newsroom?")
        else:
            raise Stop(f"the newsroom at {self.newsroom.url} answered HTTP {status}"
                       + (f": {detail}" if detail else "") + ".")

    def ingest(self, sources, progress):
        order = iter(range(1 << 62))
        envelope = len(b'{"articles": [') + len(b"]}")
        batch, size = [], envelope
        for source in sources:
            for item in source.items(order):
                if item.problem:
                    self.reject(item, item.problem, "not JSON" if item.problem.startswith("not JSON") else "unreadable")
                    progress.show(self.done)
                    continue
                encoded = encode(item.body)
                if envelope + len(encoded) > self.max_body_bytes:
                    # the newsroom would refuse it unread, perhaps closing the connection while it is being sent
                    self.reject(item, f"413 {len(encoded)} bytes as JSON, more than a request may hold "
                                      f"({self.max_body_bytes}, --max-body-bytes)", "too large to send")
                    progress.show(self.done)
                    continue
                # a batch stays under the newsroom's body limit: one that would pass it is sent first
                if batch and (len(batch) == self.batch_size or size + len(encoded) + 2 > self.max_body_bytes):
                    self.post(batch)
                    progress.show(self.done)
                    batch, size = [], envelope
                batch.append((item, encoded))
                size += len(encoded) + 2
        if batch:
            self.post(batch)
        progress.show(self.done, final=True)

    def wait_processed(self, seconds):
        """Waits until every article answered in this run is processed; False when time runs out."""
        remaining = list(dict.fromkeys(self.ids))
        total, last, deadline = len(remaining), -1, time.monotonic() + seconds
        while True:
            still = []
            for i, article in enumerate(remaining):
                status, body = self.newsroom.call("GET", f"/api/v1/articles/{article}", timeout=30)
                if status != 200 or not isinstance(body, dict) or body.get("status") != "processed":
                    still.append(article)
                    # enough known to be pending for this round; the rest are asked next time
                    if len(still) >= 10:
                        still += remaining[i + 1:]
                        break
            remaining = still
            done = total - len(remaining)
            if done != last:
                print(f"  processed {done}/{total}", flush=True)
                last = done
            if not remaining:
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(1)

    def summary(self, named, seconds, stopped=None, total=0):
        rejected = len(self.rejected)
        print(f"Ingested {named} into {self.newsroom.url} in {seconds:.1f} s")
        print(f"  stored          {self.stored}")
        print(f"  already stored  {self.already}")
        kinds = {}
        for *_, kind in self.rejected:
            kinds[kind] = kinds.get(kind, 0) + 1
        print(f"  rejected        {rejected}"
              + (f"  ({', '.join(f'{n} {kind}' for kind, n in sorted(kinds.items()))})" if kinds else ""))
        for _, where, reason, _ in sorted(self.rejected)[:REASONS_SHOWN]:
            print(f"    {inert(where)}: {inert(reason)}")
        if rejected > REASONS_SHOWN:
            print(f"    … and {rejected - REASONS_SHOWN} more")
        if stopped is not None:
            print(f"  not sent        {total - self.done}")
            print(f"Stopped: {inert(stopped, 1000)}\nRun the same command again to resume: what is stored already "
                  "is answered 'already stored'.")


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="./parallax ingest",
        description="Posts articles (JSON Lines files, folders of them, seeds-style folders) to a running newsroom "
                    "in batches.",
        epilog="Exit status: 0 all stored or already stored; 1 some lines not JSON or rejected; 2 bad usage or "
               "input; 3 the newsroom not reachable or stopped answering (run again to resume); 4 --wait ran out.")
    parser.add_argument("sources", nargs="+", metavar="FILE.jsonl|DIR")
    parser.add_argument("--url", default=os.environ.get("PARALLAX_NEWSROOM_URL", "http://localhost:8080"),
                        help="the newsroom (default: $PARALLAX_NEWSROOM_URL or http://localhost:8080)")
    parser.add_argument("--batch-size", type=int, default=100, help=f"articles per request, 1 to {MAX_BATCH} "
                        "(default 100)")
    parser.add_argument("--max-body-bytes", type=int, default=2 * 1024 * 1024,
                        help="bytes per request at most; the newsroom's parallax.http.max-body-bytes (default 2 MiB)")
    parser.add_argument("--wait", type=float, metavar="SECONDS",
                        help="then wait up to SECONDS until every article of the run is processed")
    args = parser.parse_args(argv)
    if not 1 <= args.batch_size <= MAX_BATCH:
        parser.error(f"--batch-size must be 1 to {MAX_BATCH}")
    if args.max_body_bytes < 1024:
        parser.error("--max-body-bytes must be at least 1024")
    try:
        sources = sources_of(args.sources)
        total = sum(source.count() for source in sources)
    except (OSError, ValueError, KeyError, TypeError) as e:
        print(f"ingest: cannot read the input: {inert(e)}", file=sys.stderr)
        return EXIT_USAGE

    token = os.environ.get("PARALLAX_TOKEN")
    if not token and (ROOT / ".parallax" / "token").is_file():
        token = (ROOT / ".parallax" / "token").read_text(encoding="utf-8").strip()
    run = Run(Newsroom(args.url, token), args.batch_size, args.max_body_bytes)
    named = args.sources[0] if len(args.sources) == 1 else f"{len(args.sources)} sources"
    print(f"ingest: {total} articles from {inert(named)} to {run.newsroom.url}, {args.batch_size} per batch",
          file=sys.stderr, flush=True)
    started = time.monotonic()
    progress = Progress(total)
    try:
        run.ingest(sources, progress)
    except KeyboardInterrupt:
        if progress.tty:
            sys.stderr.write("\n")
        run.summary(named, time.monotonic() - started, stopped="interrupted", total=total)
        return 130
    except Stop as stop:
        if progress.tty:
            sys.stderr.write("\n")
        if not run.newsroom.answered:
            print(f"ingest: {stop}", file=sys.stderr)
            return EXIT_UNREACHABLE
        run.summary(named, time.monotonic() - started, stopped=str(stop), total=total)
        return EXIT_UNREACHABLE
    except OSError as e:
        print(f"ingest: cannot read the input: {inert(e)}", file=sys.stderr)
        return EXIT_USAGE
    run.summary(named, time.monotonic() - started)
    if args.wait is not None:
        try:
            if not run.wait_processed(args.wait):
                print(f"Not every article was processed within {args.wait:g} s; the newsroom's log says why.")
                return EXIT_NOT_PROCESSED
        except Stop as stop:
            print(f"ingest: {stop}", file=sys.stderr)
            return EXIT_UNREACHABLE
    return EXIT_REJECTED if run.rejected else EXIT_OK


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # while reading the input or waiting: nothing to summarise
        print("\ningest: interrupted", file=sys.stderr)
        sys.exit(130)
