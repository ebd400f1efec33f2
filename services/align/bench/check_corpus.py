#!/usr/bin/env python3
"""Checks a hand-written align corpus (the format ../../../../shared/eval/align_eval.py --corpus reads).

  python3 services/align/bench/check_corpus.py services/align/bench/corpus [--show]

Builds every article's text exactly as the evaluator does (title, blank line, the sentences of a
paragraph joined by a space, paragraphs by a blank line) and reports:
  - articles listed in corpus.json without a file, files without an entry, events with unknown articles;
  - gold links whose sentence indices are out of range or whose articles are not in the event;
  - mentions (agreements, conflicts, unique, entity variants) whose text is not found with str.find,
    and conflict mentions whose first occurrence is in another sentence than a later one (ambiguous;
    for other mentions only a note, as a name repeats);
  - conflicts and agreements with fewer than two articles.
With --show it prints every link and every mention with the sentence it lands in, for reading.
Exit status 1 when anything is wrong. Standard library only.
"""
import argparse, json, os, sys


def build(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    title, body = lines[0].strip(), lines[1:]
    paragraphs, cur = [], []
    for line in body:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paragraphs.append(cur); cur = []
    if cur:
        paragraphs.append(cur)
    text, spans = title, []
    for para in paragraphs:
        text += "\n\n"
        for k, s in enumerate(para):
            if k:
                text += " "
            spans.append((len(text), len(text) + len(s)))
            text += s
    return title, text, spans


def sentence_at(spans, pos):
    for k, (s, e) in enumerate(spans):
        if s <= pos < e:
            return k
    return None  # in the title


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    folder = a.corpus
    problems, warnings = [], []
    corpus = json.load(open(os.path.join(folder, "corpus.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    docs = {}
    for art in corpus["articles"]:
        for field in ("id", "language", "published", "source"):
            if not art.get(field):
                problems.append(f"article entry without {field}: {art}")
        if art.get("language") not in ("da", "nb", "nn"):
            problems.append(f"{art.get('id')}: language must be da, nb or nn")
        path = os.path.join(folder, "articles", art["id"] + ".txt")
        if not os.path.exists(path):
            problems.append(f"{art['id']}: no file {path}")
            continue
        docs[art["id"]] = build(path)
    listed = {x["id"] for x in corpus["articles"]}
    for name in os.listdir(os.path.join(folder, "articles")):
        if name.endswith(".txt") and name[:-4] not in listed:
            problems.append(f"articles/{name} is not listed in corpus.json")
    events = {e["id"]: e for e in gold["events"]}
    for ev in corpus["events"]:
        if ev["id"] not in events:
            problems.append(f"event {ev['id']} has no gold")
            continue
        g = events[ev["id"]]
        ids = set(ev["articles"])
        for aid in ids:
            if aid not in docs:
                problems.append(f"event {ev['id']}: unknown article {aid}")
        if a.show:
            print(f"\n=== {ev['id']}")
        for link in g.get("links", []):
            for side in ("a", "b"):
                m = link[side]
                if m["article"] not in ids:
                    problems.append(f"{ev['id']}: link names {m['article']}, not in the event")
                    continue
                n = len(docs[m["article"]][2])
                for i in m["sentences"]:
                    if not 0 <= i < n:
                        problems.append(f"{ev['id']}: link sentence {m['article']}#{i} out of range (0..{n - 1})")
            if a.show and all(link[s]["article"] in docs for s in ("a", "b")):
                print("LINK")
                for side in ("a", "b"):
                    m = link[side]
                    _, text, spans = docs[m["article"]]
                    for i in m["sentences"]:
                        if 0 <= i < len(spans):
                            print(f"   {m['article']}#{i}: {text[spans[i][0]:spans[i][1]]}")
        for group in ("agreements", "conflicts", "unique", "entity_variants"):
            for item in g.get(group, []):
                mentions = item.get("mentions", item.get("variants", []))
                arts = {m["article"] for m in mentions}
                if group in ("agreements", "conflicts") and len(arts) < 2:
                    problems.append(f"{ev['id']}: {group[:-1]} with fewer than two articles: {mentions}")
                shown = []
                for m in mentions:
                    if m["article"] not in docs or m["article"] not in ids:
                        problems.append(f"{ev['id']}: {group} mention in unknown or foreign article {m['article']}")
                        continue
                    _, text, spans = docs[m["article"]]
                    pos = text.find(m["text"])
                    if pos < 0:
                        problems.append(f"{ev['id']}: {group} mention not found in {m['article']}: {m['text']!r}")
                        continue
                    later = text.find(m["text"], pos + 1)
                    if later >= 0 and sentence_at(spans, later) != sentence_at(spans, pos):
                        (problems if group == "conflicts" else warnings).append(f"{ev['id']}: {group} mention {m['text']!r} occurs more than once in "
                                        f"{m['article']}; the first occurrence (sentence {sentence_at(spans, pos)}) is the one scored")
                    shown.append(f"{m['article']}#{sentence_at(spans, pos)} «{m['text']}»")
                if a.show:
                    print(f"{group.upper()[:-1]}: " + " | ".join(shown))
    for w in warnings:
        print("note:", w)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(docs)} articles, {len(corpus['events'])} events, {len(problems)} problems, {len(warnings)} notes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
