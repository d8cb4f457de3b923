#!/usr/bin/env python3
"""How PolNeAR's gold segmentation bounds the direct+mixed any-overlap F1.

PolNeAR lists an attribution's content as one or more segments, and the shared scorer makes
each segment its own unit. Some annotators cut one quote into a segment per sentence, others
keep it whole; a finding of ours that covers the whole quote then matches one unit and leaves
the others missed. This script measures that, from gold alone and from our output:

1. per annotator (gold's `annotator` field, which the tool never sees): sentence boundaries
   where gold splits one attribution's content into two segments with only whitespace between
   them, against sentence boundaries inside one segment;
2. the scorer's any / exact / attributed figures on gold as it is, and on gold with such
   whitespace-only gaps joined (a reading of the metric, not a change to the tool).

Usage (from the project root, after `cargo build --release`; needs ../shared):
    python3 scripts/eval-segmentation.py [dev|train]
"""
import collections
import copy
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
if not os.path.isdir(os.path.join(SHARED, "eval")):
    sys.exit("eval-segmentation: ../shared (corpora and scorer) is absent; nothing to measure")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score_quotes as sq  # noqa: E402  (the shared scorer's own matching code)

SPLIT = sys.argv[1] if len(sys.argv) > 1 else "dev"
CORPUS = os.path.join(SHARED, "corpora", "quotes", "polnear-%s.jsonl" % SPLIT)
SENTENCE_END = re.compile(r'[.!?]["”’\']?\s+["“‘]?[A-Z]')
WHITESPACE = re.compile(r"\s*")


def annotator_split_rates(gold, annotators):
    counts = collections.defaultdict(collections.Counter)
    documents = collections.defaultdict(set)
    for doc_id, doc in gold.items():
        text, who = doc["text"], annotators.get(doc_id)
        for quote in doc["quotes"]:
            if quote.get("kind") not in ("direct", "mixed") or "content" not in quote:
                continue
            segments = sorted(quote["content"])
            counts[who]["split"] += sum(
                1 for a, b in zip(segments, segments[1:]) if WHITESPACE.fullmatch(text[a[1]:b[0]])
            )
            counts[who]["joined"] += sum(len(SENTENCE_END.findall(text[s:e])) for s, e in segments)
            documents[who].add(doc_id)
    print("%s: sentence boundaries inside one direct/mixed attribution, by annotator" % SPLIT)
    for who, c in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        total = c["split"] + c["joined"]
        print("  %-8s %4d docs  split %4d  joined %5d  split rate %.2f"
              % (who, len(documents[who]), c["split"], c["joined"], c["split"] / total if total else 0))


def joined_gold(gold):
    joined, joins = copy.deepcopy(gold), 0
    for doc in joined.values():
        for quote in doc["quotes"]:
            if len(quote.get("content") or []) < 2:
                continue
            segments = sorted(quote["content"])
            out = [list(segments[0])]
            for start, end in segments[1:]:
                if WHITESPACE.fullmatch(doc["text"][out[-1][1]:start]):
                    out[-1][1], joins = end, joins + 1
                else:
                    out.append([start, end])
            quote["content"] = out
    return joined, joins


def our_quotes(gold):
    lines = "".join(json.dumps({"id": k, "text": d["text"]}, ensure_ascii=False) + "\n"
                    for k, d in gold.items())
    binary = os.path.join(ROOT, "target", "release", "sourcelight")
    run = subprocess.run([binary, "check", "--jsonl"], input=lines.encode(), capture_output=True,
                         check=True)
    predictions = {}
    for line in run.stdout.decode().splitlines():
        report = json.loads(line)
        predictions[report["id"]] = [
            {"start": f["start"], "end": f["end"], "speaker": (f.get("speaker") or {}).get("name")}
            for f in report["findings"] if f["kind"] == "quote"
        ]
    return predictions


def main():
    gold = sq.load_gold(CORPUS)
    annotators = {}
    with open(CORPUS, encoding="utf-8") as corpus:
        for line in corpus:
            doc = json.loads(line)
            annotators[doc["doc_id"]] = doc.get("annotator")
    annotator_split_rates(gold, annotators)
    predictions = our_quotes(gold)
    joined, joins = joined_gold(gold)
    print("%s: %d whitespace-only gaps joined in gold" % (SPLIT, joins))
    for label, reading in (("gold as it is", gold), ("gaps joined", joined)):
        for name, kinds in (("direct+mixed", {"direct", "mixed"}), ("all kinds", None)):
            results, _ = sq.evaluate(reading, predictions, kinds, 0)
            print("  %-13s %-12s %s" % (label, name, "  ".join(
                "%s F1 %.4f" % (k, results[k]["F1"]) for k in ("any", "exact") if k in results)))


main()
