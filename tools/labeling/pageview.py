#!/usr/bin/env python3
"""Compact reading view of a pool page for labelling attribution credits by hand (stdlib only).

usage: pageview.py FILE.html[.gz] [--full]
Prints the markup facts (canonical, og:*, meta author/source, JSON-LD organisations), then the visible text as
block lines: by default the lines around the title, the last lines of the article area and every line holding a
credit-like word (with one line of context); --full prints every line with its number.
"""
import gzip, json, re, sys
from html.parser import HTMLParser

BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
         "footer", "aside", "blockquote", "figcaption", "figure", "dd", "dt", "td", "th", "nav", "ul", "ol",
         "address", "time", "hr", "pre", "table", "main", "span_block"}
SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "select", "option"}
CREDIT = re.compile(r"(\bAP\b|Associated Press|Reuters|\bAFP\b|Agence France|\bdpa\b|\bAAP\b|\bPA\b|Press Association|"
                    r"\bPTI\b|\bIANS\b|\bANI\b|Canadian Press|\bNTB\b|\bTT\b|Ritzau|Anadolu|Xinhua|\bEFE\b|\bAPA\b|ANSA|"
                    r"Kyodo|Yonhap|Jiji|Bloomberg|\bKNA\b|\bepd\b|\bSID\b|\bdts\b|\bCNN\b|\bBBC\b|Agentur|agenc|agenz|"
                    r"\bwire\b|syndicat|originally|first (appeared|published)|republish|reprint|\bvia\b|Quelle|Fuente|"
                    r"Fonte|Źródło|Kilde|Källa|Lähde|Bron:|Source|source:|provided by|courtesy|Copyright|©|"
                    r"contributed|contributor|reporting by|writing by|editing by|erschien|publié|publicado|"
                    r"pubblicato|mit Material|Mit Material|通信|共同|연합|뉴시스|news agency)", re.I)


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip, self.meta, self.jsonld = [], [], 0, [], []
        self.in_jsonld, self.buf, self.links = False, [], []
        self.href = None

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and (a.get("type") or "").lower() == "application/ld+json":
            self.in_jsonld, self.buf = True, []
            return
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "meta":
            k = a.get("property") or a.get("name") or a.get("itemprop")
            if k and a.get("content") and re.search(r"(url|site_name|author|source|publisher|copyright|"
                                                     r"original|syndicat|dc\.|byl|credit|title$)", k, re.I):
                self.meta.append(f"meta {k} = {a['content'][:200]}")
        if tag == "link" and (a.get("rel") or "").lower() in ("canonical", "amphtml", "original-source",
                                                               "syndication-source", "author", "publisher"):
            self.meta.append(f"link rel={a.get('rel')} href={a.get('href')}")
        if tag == "a":
            self.href = a.get("href")
        if tag == "img" and a.get("alt") and self.href:
            self.cur.append(f" [img alt={a['alt'][:60]!r} in link {self.href[:100]}] ")
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag == "script" and self.in_jsonld:
            self.in_jsonld = False
            self.jsonld.append("".join(self.buf))
            return
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "a":
            self.href = None
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.in_jsonld:
            self.buf.append(data)
        elif not self.skip:
            if self.href and data.strip() and CREDIT.search(data):
                data = f"{data} <{self.href[:120]}>"
            self.cur.append(data)


KEYS = ("author", "publisher", "sourceOrganization", "isBasedOn", "copyrightHolder", "creator", "provider",
        "sourceOrganisation", "isPartOf", "mainEntityOfPage", "url", "headline", "@type")


def jsonld_facts(raw):
    out = []
    try:
        data = json.loads(raw)
    except Exception:
        return [f"jsonld (unparsed) {raw.strip()[:300]}"]
    def walk(o, depth=0):
        if depth > 6:
            return
        if isinstance(o, list):
            for x in o:
                walk(x, depth + 1)
        elif isinstance(o, dict):
            for k in KEYS:
                if k in o and k not in ("headline",):
                    v = json.dumps(o[k], ensure_ascii=False)
                    out.append(f"jsonld {k} = {v[:240]}")
            for k, v in o.items():
                if k == "@graph" or isinstance(v, (list, dict)) and k not in KEYS:
                    walk(v, depth + 1)
    walk(data)
    return out


def read(path):
    raw = open(path, "rb").read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4000])
    for enc in ([m.group(1).decode()] if m else []) + ["utf-8", "cp1252"]:
        try:
            return raw.decode(enc)
        except Exception:
            continue
    return raw.decode("utf-8", "replace")


def main():
    path, full = sys.argv[1], "--full" in sys.argv
    p = Page()
    p.feed(read(path))
    p.flush()
    for m in p.meta:
        print(m)
    for j in p.jsonld:
        for f in jsonld_facts(j):
            print(f)
    lines = p.lines
    print(f"--- {len(lines)} text lines")
    if full:
        for i, l in enumerate(lines):
            print(f"{i:4d} {l[:600]}")
        return
    keep = set(range(0, 4))
    title = next((i for i, l in enumerate(lines) if len(l) > 25), 0)
    longest = [i for i, l in enumerate(lines) if len(l) > 150]
    keep |= set(range(max(0, title - 2), title + 12))
    if longest:
        a, b = longest[0], longest[-1]
        keep |= set(range(max(0, a - 6), a + 4)) | set(range(b - 2, min(len(lines), b + 14)))
    for i, l in enumerate(lines):
        if CREDIT.search(l):
            keep |= {i - 1, i, i + 1}
    last = -2
    for i in sorted(k for k in keep if 0 <= k < len(lines)):
        if i != last + 1:
            print("   ...")
        print(f"{i:4d} {lines[i][:400]}")
        last = i


if __name__ == "__main__":
    main()
