#!/usr/bin/env bash
# Benchmark (not a test): edit-to-reloaded latency of `terang serve` for one article of a
# 1,000-article bilingual site, and a clean build of the same site for comparison.
#
#   bench/serve_latency.sh [ARTICLES] [EDITS]        (defaults: 1000 articles, 30 edits)
#
# The site comes from the shared benchmark corpus (../shared/bench, see its README):
# gen_corpus.py → terang_site.py, used as it is.
#
# "Edit-to-reloaded" is measured the way a browser tab lives it: from just before the
# Markdown file is written, to the moment the tab has the reload event on its event stream
# (`event`), and to the moment it has the new page over HTTP (`page`, what the reload
# shows). The server's own rebuild time is in its one-line reports (`rebuild`).
# Figures go into docs/authoring.md. WORK (default /tmp/terang-bench) holds the sites.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES="${1:-1000}"
EDITS="${2:-30}"
WORK="${WORK:-/tmp/terang-bench}"
SHARED="${SHARED:-$(cd .. && pwd)/shared/bench}"
CORPUS="$WORK/corpus-$ARTICLES"
SITE="$WORK/site-$ARTICLES"

echo "== build terang (release)"
cargo build --release --quiet
TERANG="$PWD/target/release/terang"

echo "== generate a $ARTICLES-article site in $SITE"
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  python3 "$SHARED/gen_corpus.py" "$CORPUS" --articles "$ARTICLES" --datasets 10 >/dev/null
fi
# The site is deterministic: made once.
[ -d "$SITE" ] || python3 "$SHARED/terang_site.py" "$CORPUS" "$SITE" >/dev/null
sed -i 's/^search: true.*/search: false/' "$SITE/content/site.yaml"
"$TERANG" check --site "$SITE" 2>&1 | tail -1

if [ -z "${SKIP_BUILDS:-}" ]; then
  echo "== clean build (whole process, writes output/)"
  python3 "$SHARED/timeit.py" -n 5 --warmup 1 --prep "rm -rf '$SITE/output'" -- "$TERANG" build --site "$SITE"
  echo "== clean build in memory (terang check: every stage but the write, as serve's first build)"
  python3 "$SHARED/timeit.py" -n 5 --warmup 1 -- "$TERANG" check --site "$SITE"
fi

measure() { # $1: number of edits, $2: article (default) or dataset
python3 - "$TERANG" "$SITE" "$1" "${2:-article}" <<'PY'
import os, re, socket, statistics, subprocess, sys, threading, time, glob, queue

terang, site, edits, kind = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
if kind == "dataset":
    article = sorted(glob.glob(os.path.join(site, "content/data/*.yaml")))[0]
else:
    article = sorted(glob.glob(os.path.join(site, "content/news/*.id.md")))[len(glob.glob(os.path.join(site, "content/news/*.id.md"))) // 2]
server = subprocess.Popen([terang, "serve", "--site", site, "--port", "0"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "NO_COLOR": "1"})
reports = queue.Queue()
threading.Thread(target=lambda: [reports.put(l) for l in server.stderr], daemon=True).start()
line = server.stdout.readline()
m = re.search(r"http://([\d.]+):(\d+)/", line)
if not m:
    sys.exit(f"no address from terang serve: {line!r}")
host, port = m.group(1), int(m.group(2))

def http_get(path):
    s = socket.create_connection((host, port))
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    data = b""
    while chunk := s.recv(65536):
        data += chunk
    s.close()
    return data

# The tab's event stream.
events = socket.create_connection((host, port))
events.sendall(b"GET /__terang/events HTTP/1.1\r\nHost: x\r\n\r\n")
events_file = events.makefile("rb")
while events_file.readline() not in (b"\r\n", b""):
    pass
def next_reload(deadline):
    events.settimeout(max(0.01, deadline - time.monotonic()))
    while True:
        l = events_file.readline()
        if not l:
            raise SystemExit("event stream closed")
        if l.startswith(b"event: reload"):
            return

# The article's address: its slug is the file stem without the date, as terang_site.py writes it.
with open(article, encoding="utf-8") as f:
    original = f.read()
slug = re.search(r"^slug:\s*\"?([^\"\n]+)", original, re.M)
stem = os.path.basename(article)[: -len(".id.md")]
slug = slug.group(1) if slug else re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem)
page_path = None
candidates = (f"/berita/{slug}/", f"/news/{slug}/")
if kind == "dataset":
    candidates = (f"/data/{os.path.basename(article)[:-len('.yaml')]}/",)
for candidate in candidates:
    if b" 200 " in http_get(candidate).split(b"\r\n", 1)[0]:
        page_path = candidate
        break
if page_path is None:
    sys.exit(f"cannot find the page of {article}")

searching = "search: true" in open(os.path.join(site, "content/site.yaml")).read()
if searching:
    # An author opens the page before editing: let the first index finish, as it would.
    while "search index made" not in reports.get(timeout=60):
        pass
while not reports.empty():
    reports.get()
event_ms, page_ms, rebuild_ms, index_ms = [], [], [], []
def note(line):
    r = re.search(r"search index made in (\d+) ms", line)
    if r:
        index_ms.append(int(r.group(1)))
try:
    for i in range(edits):
        if kind == "dataset":
            # The first figure of the first row, changed in its last decimal: 26.97 → 26.9i.
            first = re.search(r"(nilai|value|persen|jumlah): (\d+\.\d)\d", original)
            marker = f"{first.group(2)}{i % 10}".replace(".", ",")
            text = original[: first.start(2)] + f"{first.group(2)}{i % 10}" + original[first.end(2) + 1:]
        else:
            marker = f"Suntingan nomor {i} untuk pengukuran."
            text = original.rstrip("\n") + f"\n\n{marker}\n"
        t0 = time.monotonic()
        with open(article, "w", encoding="utf-8") as f:
            f.write(text)
        next_reload(t0 + 10)
        t1 = time.monotonic()
        body = http_get(page_path)
        t2 = time.monotonic()
        if marker.encode() not in body:
            sys.exit(f"edit {i}: the page does not show the edit")
        event_ms.append((t1 - t0) * 1000)
        page_ms.append((t2 - t0) * 1000)
        while True:
            l = reports.get(timeout=10)
            note(l)
            r = re.search(r"changed: .* in (\d+) ms", l)
            if r:
                rebuild_ms.append(int(r.group(1)))
                break
        time.sleep(0.3)  # an author does not save 3 times a second; let the machine settle
    # Let a background search index finish, to report its time.
    deadline = time.monotonic() + (20 if searching else 0)
    while time.monotonic() < deadline:
        try:
            l = reports.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        note(l)
        if index_ms and "indexing again" not in l:
            break
finally:
    with open(article, "w", encoding="utf-8") as f:
        f.write(original)
    server.terminate()
    server.wait()

def show(name, xs):
    xs = sorted(xs)
    print(f"{name:>8}: median {statistics.median(xs):6.1f} ms   min {xs[0]:6.1f}   "
          f"p90 {xs[int(len(xs) * 0.9) - 1]:6.1f}   max {xs[-1]:6.1f}   ({len(xs)} edits)")
print(f"article: {os.path.relpath(article, site)} → {page_path}")
show("rebuild", rebuild_ms)
show("event", event_ms)
show("page", page_ms)
if index_ms:
    print(f"  search index (background, after the reloads): {', '.join(map(str, index_ms))} ms")
PY
}

echo "== edit-to-reloaded, $EDITS edits of one article (search: false, as the corpus has it)"
measure "$EDITS"
echo "== edit-to-reloaded, $EDITS edits of one figure in a dataset"
measure "$EDITS" dataset
echo "== the same with search: true (the index is made in the background)"
sed -i 's/^search: false.*/search: true/' "$SITE/content/site.yaml"
measure 10
sed -i 's/^search: true.*/search: false/' "$SITE/content/site.yaml"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
