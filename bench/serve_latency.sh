#!/usr/bin/env bash
# Benchmark (not a test): edit-to-reloaded latency of `terang serve`, for every kind of
# edit a writer makes (issue 14, goal 2), on a bilingual site of ARTICLES articles.
#
#   bench/serve_latency.sh [ARTICLES] [EDITS] [KIND...]
#        (defaults: 1000 articles, 10 edits of each kind, every kind)
#
# Kinds (serve_latency.py): body, title, date, tags, programs, draft (on, then off),
# new (a new article, then deleted), rename (the article's file), row (a figure in a
# dataset), dataset-title, template (programs.html: the programs index), template-all
# (the footer partial: every page), i18n (a string of every page).
#
# The site comes from the shared benchmark corpus (../shared/bench, see its README):
# gen_corpus.py (100 datasets, the corpus bench/compare_search.sh uses) → terang_site.py,
# with `search: false` as the corpus has it and the repository's default theme copied into
# its themes/default/ (the same theme as the embedded one, so templates and i18n strings
# can be edited). Every edit is measured the way a browser tab lives it: from just before
# the file is written, to the `reload` event on the tab's event stream (`event`), and to
# the tab having a page that shows the edit over HTTP (`page`). The server's own rebuild
# time and pages rendered are from its one-line reports. Each kind's files are put back as
# they were after its edits. Then the body edit again with `search: true`.
#
# Environment: WORK (default /tmp/terang-bench) holds the sites; TERANG (a terang binary;
# default: `cargo build --release` here); SKIP_BUILDS=1 leaves out the clean-build
# timings; SKIP_SEARCH=1 the `search: true` run.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES="${1:-1000}"
EDITS="${2:-10}"
KINDS=("${@:3}")
WORK="${WORK:-/tmp/terang-bench}"
SHARED="${SHARED:-$(cd .. && pwd)/shared/bench}"
CORPUS="$WORK/corpus-$ARTICLES"
SITE="$WORK/site-$ARTICLES"

if [ -z "${TERANG:-}" ]; then
  echo "== build terang (release)"
  cargo build --release --quiet
  TERANG="$PWD/target/release/terang"
fi

echo "== a $ARTICLES-article site in $SITE"
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  python3 "$SHARED/gen_corpus.py" "$CORPUS" --articles "$ARTICLES" --datasets 100 >/dev/null
fi
# The site is deterministic: made once; the edits leave it as they found it.
if [ ! -d "$SITE" ]; then
  python3 "$SHARED/terang_site.py" "$CORPUS" "$SITE" >/dev/null
  mkdir -p "$SITE/themes"
  cp -r themes/default "$SITE/themes/default"
fi
sed -i 's/^search: true/search: false/' "$SITE/content/site.yaml"
"$TERANG" check --site "$SITE" 2>&1 | tail -1

if [ -z "${SKIP_BUILDS:-}" ]; then
  echo "== clean build (whole process, writes output/)"
  python3 "$SHARED/timeit.py" -n 5 --warmup 1 --prep "rm -rf '$SITE/output'" -- "$TERANG" build --site "$SITE"
  echo "== clean build in memory (terang check: every stage but the write, as serve's first build)"
  python3 "$SHARED/timeit.py" -n 5 --warmup 1 -- "$TERANG" check --site "$SITE"
fi

echo "== edit-to-reloaded, $EDITS edits of each kind (search: false)"
python3 bench/serve_latency.py "$TERANG" "$SITE" "$EDITS" "${KINDS[@]}"
if [ -z "${SKIP_SEARCH:-}" ]; then
  echo "== an article's body with search: true (the index is made in the background)"
  sed -i 's/^search: false/search: true/' "$SITE/content/site.yaml"
  trap 'sed -i "s/^search: true/search: false/" "$SITE/content/site.yaml"' EXIT
  python3 bench/serve_latency.py "$TERANG" "$SITE" "$EDITS" body
  sed -i 's/^search: true/search: false/' "$SITE/content/site.yaml"
fi
# The site as it was: the same pages as at the start.
"$TERANG" check --site "$SITE" 2>&1 | tail -1
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "version: $("$TERANG" --version)"
