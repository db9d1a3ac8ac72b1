#!/usr/bin/env python3
"""Merges the labellers' parts (parts/labels-N.json) into the two halves read by the tests:
src/test/resources/labels/pool-dev.json and pool-test.json, in the format of labels.json. The half of each page is the
one fixed in sample.json (by outlet), whatever a part says."""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
sample = {r["id"]: r for r in json.load(open(os.path.join(here, "sample.json")))}
pages = {}
for name in sorted(os.listdir(os.path.join(here, "parts"))):
    if name.startswith("labels-") and name.endswith(".json"):
        for pid, label in json.load(open(os.path.join(here, "parts", name))).items():
            if pid not in sample:
                sys.exit(f"{name}: {pid} is not in the sample")
            if pid in pages:
                sys.exit(f"{name}: {pid} labelled twice")
            label["split"] = sample[pid]["split"]
            label.setdefault("format", "html")
            label.setdefault("allowed", [])
            pages[pid] = label
about = {
    "about": "Attribution labels for pool pages (../shared/corpus/pool), written by this team by reading each page; "
             "same schema and matching rules as ../shared/corpus/labels.json, plus `article` (a reader sees an article) "
             "and `split`. Halves are split by outlet (sha1 of the domain), fixed before any detector output was read.",
    "kinds": ["original_source", "syndicated_feed_disclaimer", "republished_from", "wire_credit", "dateline",
              "canonical_cross_domain", "meta_original_source", "jsonld_isbasedon", "via"],
}
out = os.path.join(repo, "src", "test", "resources", "labels")
os.makedirs(out, exist_ok=True)
for half in ("dev", "test"):
    chosen = {k: v for k, v in sorted(pages.items()) if v["split"] == half}
    doc = dict(about, half=half, pages=chosen)
    with open(os.path.join(out, f"pool-{half}.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    expected = sum(len(v.get("expected", [])) for v in chosen.values())
    outlets = len({v.get("outlet_domain") or v.get("url") for v in chosen.values()})
    langs = len({v.get("language") for v in chosen.values()})
    print(f"{half}: {len(chosen)} pages, {sum(1 for v in chosen.values() if v.get('article'))} articles, "
          f"{outlets} outlets, {langs} languages, {expected} expected credits")
missing = set(sample) - set(pages)
print(f"unlabelled sample pages: {len(missing)}")
