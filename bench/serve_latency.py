#!/usr/bin/env python3
"""Benchmark (not a test): edit-to-reloaded latency of `terang serve`, per kind of edit.

    serve_latency.py TERANG SITE EDITS [KIND...]

Called by bench/serve_latency.sh (which makes the site). Starts `terang serve` on SITE,
holds an event stream open as a browser tab does, and makes EDITS edits of each kind
(default: every kind in KINDS, in that order). For each edit it measures, from just before
the file is written:

- rebuild: the server's own time, from its one-line report ("... changed: N files
  rewritten in M ms (R of P pages rendered)"), with R, the pages rendered;
- event: until the tab has the `reload` event on its event stream;
- page: until the tab has, over HTTP, a page that shows the edit (for a new article: its
  URL answers 200; deleted: 404; renamed: the new URL 200; a title: the page contains the
  new title; a template or an i18n string: a page contains the new text). If a reload
  comes with a page that does not show the edit yet, the tab waits for the next reload.

Edits build on each other (each differs from the one before) and every file is put back
as it was at the end of its kind, so the site stays valid and ends as it began. A rebuild
that fails stops the run (with the server's report). Standard library only.
"""
import datetime
import glob
import html
import math
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import threading
import time

REPORT = re.compile(r"changed: .*?(\d+) files? rewritten in (\d+) ms \((\d+) of (\d+) pages rendered\)")
FAILED = re.compile(r"build failed")
INDEX = re.compile(r"search index made in (\d+) ms")


class Server:
    """`terang serve` on a free port, its reports, a tab's event stream, plain HTTP GETs."""

    def __init__(self, terang, site):
        env = {**os.environ, "NO_COLOR": "1", "LC_ALL": "C.UTF-8"}
        self.process = subprocess.Popen(
            [terang, "serve", "--site", site, "--port", "0"], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, env=env)
        self.reports = queue.Queue()
        self.index_ms = []  # background search indexes made (search: true)
        threading.Thread(target=self._read, args=(self.process.stderr,), daemon=True).start()
        line = self.process.stdout.readline()
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        found = re.search(r"http://([\d.]+):(\d+)/", line)
        if not found:
            sys.exit(f"no address from terang serve: {line!r}")
        self.host, self.port = found.group(1), int(found.group(2))
        self.events = socket.create_connection((self.host, self.port))
        self.events.sendall(f"GET /__terang/events HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        self.events_file = self.events.makefile("rb")
        while self.events_file.readline() not in (b"\r\n", b""):
            pass

    def _read(self, stream):
        for line in stream:
            self.reports.put(line.rstrip("\n"))

    def get(self, path):
        """(status, body) of GET path."""
        s = socket.create_connection((self.host, self.port))
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
        s.close()
        head, _, body = data.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
        return status, html.unescape(body.decode("utf-8", "replace"))

    def next_reload(self, deadline):
        self.events.settimeout(max(0.01, deadline - time.monotonic()))
        while True:
            line = self.events_file.readline()
            if not line:
                raise SystemExit("event stream closed")
            if line.startswith(b"event: reload"):
                return

    def next_report(self, timeout=60):
        """The next rebuild report: (files, ms, rendered, pages). Stops on a failed build."""
        deadline = time.monotonic() + timeout
        while True:
            line = self.reports.get(timeout=max(0.01, deadline - time.monotonic()))
            if FAILED.search(line):
                lines = [line]
                time.sleep(0.5)
                while not self.reports.empty():
                    lines.append(self.reports.get())
                raise SystemExit("a rebuild failed:\n" + "\n".join(lines))
            self._note(line)
            found = REPORT.search(line)
            if found:
                return tuple(int(g) for g in found.groups())

    def _note(self, line):
        found = INDEX.search(line)
        if found:
            self.index_ms.append(int(found.group(1)))

    def wait_for_index(self, timeout):
        """With search on, an author opens the page once the first index is there."""
        deadline = time.monotonic() + timeout
        while not self.index_ms:
            self._note(self.reports.get(timeout=max(0.01, deadline - time.monotonic())))

    def drain(self):
        """Reports that came after the one counted: further rebuilds of the same edit."""
        extra = 0
        while not self.reports.empty():
            line = self.reports.get()
            if FAILED.search(line):
                raise SystemExit(f"a rebuild failed: {line}")
            self._note(line)
            extra += bool(REPORT.search(line))
        return extra

    def stop(self):
        self.process.terminate()
        self.process.wait()


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def terms_block(body):
    """The programs / regions / topics links under an article."""
    found = re.search(r'<footer class="terms">.*?</footer>', body, re.S)
    return found.group(0) if found else ""


class Site:
    """The files the edits touch, their originals, and the pages that show them."""

    def __init__(self, path, server):
        self.path = path
        self.content = os.path.join(path, "content")
        news = sorted(glob.glob(os.path.join(self.content, "news", "*.id.md")))
        self.article = news[len(news) // 2]
        self.stem = os.path.basename(self.article)[: -len(".id.md")]
        self.dataset = sorted(glob.glob(os.path.join(self.content, "data", "*.yaml")))[0]
        theme = os.path.join(path, "themes", "default")
        self.programs_template = os.path.join(theme, "templates", "programs.html")
        self.footer_template = os.path.join(theme, "templates", "partials", "footer.html")
        self.i18n = os.path.join(theme, "i18n", "id.yaml")
        self.originals = {}
        self.page = self.news_prefix = None
        for prefix in ("/berita/", "/news/"):
            if server.get(f"{prefix}{self.stem}/")[0] == 200:
                self.news_prefix, self.page = prefix, f"{prefix}{self.stem}/"
        if self.page is None:
            sys.exit(f"cannot find the page of {self.article}")
        name = os.path.basename(self.dataset)[: -len(".yaml")]
        self.dataset_page = f"/data/{name}/"
        if server.get(self.dataset_page)[0] != 200:
            sys.exit(f"cannot find the page of {self.dataset} at {self.dataset_page}")
        self.programs_page = "/program/"
        if server.get(self.programs_page)[0] != 200:
            sys.exit(f"cannot find the programs index at {self.programs_page}")

    def original(self, path):
        if path not in self.originals:
            self.originals[path] = read(path)
        return self.originals[path]

    def restore(self):
        """Every touched file as it was; files an edit created removed. True if any changed."""
        changed = False
        for path, text in self.originals.items():
            if not os.path.exists(path) or read(path) != text:
                write(path, text)
                changed = True
        for extra in glob.glob(os.path.join(self.content, "news", "bench-*.md")):
            os.remove(extra)
            changed = True
        self.originals.clear()
        return changed


def set_front(text, key, value):
    """The front matter with `key: value` (replaced, added, or removed when value is None)."""
    end = text.index("\n---\n", 4)
    lines = [l for l in text[4:end].split("\n") if not l.startswith(f"{key}:")]
    if value is not None:
        lines.append(f"{key}: {value}")
    return "---\n" + "\n".join(lines) + text[end:]


def front(text, key):
    found = re.search(rf"^{key}: (.*)$", text[: text.index("\n---\n", 4)], re.M)
    return found.group(1) if found else None


# Each kind yields its edits: (row label, apply(), page path, check(status, body) -> bool).
# An edit builds on the one before it; the site's originals are restored after the kind.

def body_edits(site, n):
    text = site.original(site.article)
    for i in range(n):
        marker = f"Suntingan nomor {i} untuk pengukuran."
        yield ("article body", lambda m=marker: write(site.article, text.rstrip("\n") + f"\n\n{m}\n"),
               site.page, lambda s, b, m=marker: s == 200 and m in b)


def title_edits(site, n):
    text = site.original(site.article)
    title = front(text, "title").strip('"')
    for i in range(n):
        new = f"{title} [suntingan {i}]"
        yield ("front matter: title", lambda t=new: write(site.article, set_front(text, "title", f'"{t}"')),
               site.page, lambda s, b, t=new: s == 200 and t in b)


def date_edits(site, n):
    text = site.original(site.article)
    raw = front(text, "date")
    date = datetime.datetime.fromisoformat(raw)
    for i in range(n):
        new = (date - datetime.timedelta(days=i + 1)).isoformat()
        yield ("front matter: date", lambda d=new: write(site.article, set_front(text, "date", d)),
               site.page, lambda s, b, d=new[:10]: s == 200 and f'datetime="{d}' in b)


def tags_edits(site, n):
    text = site.original(site.article)
    tags = re.findall(r'"([^"]+)"', front(text, "tags") or "")
    extra = [t for t in ("pangan", "kesehatan", "pendidikan", "desa", "lansia", "stunting") if t not in tags]
    for i in range(n):
        tag = extra[i % len(extra)]
        value = "[" + ", ".join(f'"{t}"' for t in tags + [tag]) + "]"
        yield ("front matter: tags", lambda v=value: write(site.article, set_front(text, "tags", v)),
               site.page, lambda s, b, t=tag: s == 200 and f">{t}</a>" in terms_block(b))


def programs_edits(site, n):
    text = site.original(site.article)
    current = front(text, "programs").strip("[]").strip()
    others = []
    for path in sorted(glob.glob(os.path.join(site.content, "programs", "*.id.md"))):
        pid = os.path.basename(path)[: -len(".id.md")]
        if pid != current:
            others.append((pid, front(read(path), "title").strip('"')))
    for i in range(n):
        pid, title = others[i % len(others)]
        yield ("front matter: programs", lambda p=pid: write(site.article, set_front(text, "programs", f"[{p}]")),
               site.page, lambda s, b, t=title: s == 200 and f">{t}</a>" in terms_block(b))


def draft_edits(site, n):
    text = site.original(site.article)
    for i in range(2 * n):
        on = i % 2 == 0
        yield ("front matter: draft on" if on else "front matter: draft off",
               lambda on=on: write(site.article, set_front(text, "draft", "true") if on else text),
               site.page, lambda s, b, on=on: s == 200 and ('class="draft-banner"' in b) == on)


def new_deleted_edits(site, n):
    text = site.original(site.article)
    for i in range(n):
        stem = f"bench-baru-{i}"
        path = os.path.join(site.content, "news", f"{stem}.id.md")
        title = front(text, "title").strip('"') + f" (baru {i})"
        new_text = set_front(text, "title", f'"{title}"')
        url = f"{site.news_prefix}{stem}/"
        yield ("new article", lambda p=path, t=new_text: write(p, t), url,
               lambda s, b, t=title: s == 200 and t in b)
        yield ("deleted article", lambda p=path: os.remove(p), url, lambda s, b: s == 404)


def rename_edits(site, n):
    site.original(site.article)  # restored (under its own name) at the end
    folder = os.path.dirname(site.article)
    current = site.article
    n = max(n, 2)  # the last rename is back to the original name
    for i in range(n):
        stem = f"bench-nama-{i}" if i < n - 1 else site.stem
        target = os.path.join(folder, f"{stem}.id.md")
        yield ("renamed article file", lambda a=current, b=target: os.rename(a, b),
               f"{site.news_prefix}{stem}/", lambda s, b: s == 200)
        current = target


def dataset_row_edits(site, n):
    text = site.original(site.dataset)
    first = re.search(r"(?:nilai|value|persen|jumlah|realisasi): (\d{1,3}\.\d)(\d)\b", text)
    if not first:
        sys.exit(f"no figure below 1000 with two decimals in {site.dataset}")
    last = int(first.group(2))
    for i in range(n):
        digit = (last + 1 + i % 9) % 10
        shown = f"{first.group(1)}{digit}".replace(".", ",")
        new = text[: first.start(2)] + str(digit) + text[first.end(2):]
        yield ("dataset row (a figure)", lambda t=new: write(site.dataset, t), site.dataset_page,
               lambda s, b, m=shown: s == 200 and m in b)


def dataset_title_edits(site, n):
    text = site.original(site.dataset)
    found = re.search(r'^title:\n  id: "?([^"\n]*)"?$', text, re.M)
    for i in range(n):
        title = f"{found.group(1)} [judul {i}]"
        new = text[: found.start(1) - 1] + f'"{title}"' + text[found.end(0):]
        yield ("dataset title", lambda t=new: write(site.dataset, t), site.dataset_page,
               lambda s, b, t=title: s == 200 and t in b)


def template_edits(site, n, path, page, label):
    text = site.original(path)
    for i in range(n):
        marker = f"Penanda templat {i}."
        # A paragraph before the end of the template's main block (or of the partial).
        if "{% endblock main %}" in text:
            new = text.replace("{% endblock main %}", f"<p>{marker}</p>\n{{% endblock main %}}", 1)
        else:
            new = text.replace("</footer>", f"<p>{marker}</p></footer>", 1)
        yield (label, lambda t=new: write(path, t), page, lambda s, b, m=marker: s == 200 and m in b)


def i18n_edits(site, n):
    text = site.original(site.i18n)
    found = re.search(r'^built_with: "?([^"\n]*)"?$', text, re.M)
    for i in range(n):
        value = f"{found.group(1)} (teks {i})"
        new = text[: found.start(0)] + f'built_with: "{value}"' + text[found.end(0):]
        yield ("i18n string (every page)", lambda t=new: write(site.i18n, t), site.page,
               lambda s, b, v=value: s == 200 and v in b)


KINDS = {
    "body": body_edits,
    "title": title_edits,
    "date": date_edits,
    "tags": tags_edits,
    "programs": programs_edits,
    "draft": draft_edits,
    "new": new_deleted_edits,
    "rename": rename_edits,
    "row": dataset_row_edits,
    "dataset-title": dataset_title_edits,
    "template": lambda site, n: template_edits(site, n, site.programs_template, site.programs_page,
                                               "theme template (programs index)"),
    "template-all": lambda site, n: template_edits(site, n, site.footer_template, site.page,
                                                   "theme template (footer, every page)"),
    "i18n": i18n_edits,
}


def measure(server, edit):
    """One edit: (rebuild ms, rendered, pages, event ms, page ms, extra rebuilds)."""
    label, apply, path, check = edit
    server.drain()
    t0 = time.monotonic()
    apply()
    while True:
        server.next_reload(t0 + 30)
        t1 = time.monotonic()
        status, body = server.get(path)
        t2 = time.monotonic()
        if check(status, body):
            break
        if t2 - t0 > 30:
            raise SystemExit(f"{label}: {path} does not show the edit 30 s after it (HTTP {status})")
    files, ms, rendered, pages = server.next_report()
    time.sleep(0.3)  # an author does not save 3 times a second; let the machine settle
    extra = server.drain()
    return ms, rendered, pages, (t1 - t0) * 1000, (t2 - t0) * 1000, extra


def percentile(xs, p):
    """Nearest rank."""
    xs = sorted(xs)
    return xs[max(0, math.ceil(p * len(xs)) - 1)]


def row(label, results):
    ms, rendered, pages, event, page, extra = zip(*results)
    fmt = lambda xs: f"{statistics.median(xs):.0f} (p90 {percentile(xs, 0.9):.0f})"  # noqa: E731
    pages_rendered = f"{min(rendered)}" if min(rendered) == max(rendered) else f"{min(rendered)}-{max(rendered)}"
    note = f", {sum(extra)} more rebuilds" if sum(extra) else ""
    return (f"| {label} | {len(results)}{note} | {pages_rendered} of {max(pages)} | {fmt(ms)} ms "
            f"| {fmt(event)} ms | {fmt(page)} ms |")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    terang, path, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
    kinds = sys.argv[4:] or list(KINDS)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        sys.exit(f"unknown kinds {unknown}; known: {', '.join(KINDS)}")
    server = Server(terang, path)
    site = None
    results = {}
    searching = re.search(r"^search: true", read(os.path.join(path, "content", "site.yaml")), re.M)
    try:
        if searching:
            server.wait_for_index(600)
        site = Site(path, server)
        print(f"article: {os.path.relpath(site.article, path)} → {site.page}; "
              f"dataset: {os.path.relpath(site.dataset, path)} → {site.dataset_page}", flush=True)
        for kind in kinds:
            started = time.monotonic()
            for edit in KINDS[kind](site, edits):
                results.setdefault(edit[0], []).append(measure(server, edit))
            if site.restore():
                server.next_report()
                time.sleep(0.3)
                server.drain()
            print(f"  {kind}: {time.monotonic() - started:.0f} s", flush=True)
    finally:
        if site is not None:
            site.restore()
        server.stop()
    print()
    print("| edit | edits | pages rendered | rebuild (server) | edit → reload event | edit → new page |")
    print("|---|---|---|---|---|---|")
    for label, rs in results.items():
        print(row(label, rs))
    if searching:
        print(f"search index (background): {', '.join(map(str, server.index_ms))} ms")


if __name__ == "__main__":
    main()
