#!/usr/bin/env bash
# Benchmark (not a test): clean builds of the same bilingual site by terang and by Hugo,
# measured side by side, plus the machine's parse+write floor.
#
#   bench/compare.sh [SIZES...]          (default: 1000 10000 articles; 100 datasets each)
#
# For each size: the shared corpus (../shared/bench: gen_corpus.py, terang_site.py,
# hugo_site.py, used as they are) is generated once into WORK; then terang and Hugo build
# it in alternation (RUNS runs after a warm-up, each into an empty output folder; timeit.py
# reports min/median/max of wall, cpu-seconds and peak RSS), the pages each wrote are
# counted, and the floor program (pulldown-cmark parse + write one page per article) is
# timed the same way. Figures go into docs/performance.md.
#
# Environment: WORK (default /tmp/terang-bench), RUNS (default 5), HUGO (default: `hugo`
# on PATH; installed with apt-get when missing), TERANG (a terang binary; default:
# `cargo build --release` here). Search is off in both; bench/compare_search.sh compares
# with search on (Hugo 0.168 + Pagefind).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("${@:-1000 10000}")
read -r -a SIZES <<<"${SIZES[*]}"
WORK="${WORK:-/tmp/terang-bench}"
RUNS="${RUNS:-5}"
SHARED="${SHARED:-$(cd .. && pwd)/shared/bench}"
mkdir -p "$WORK"
TRASH="$WORK/trash"

if [ -z "${TERANG:-}" ]; then
  echo "== build terang (release)"
  cargo build --release --quiet
  TERANG="$PWD/target/release/terang"
fi

HUGO="${HUGO:-hugo}"
if ! command -v "$HUGO" >/dev/null 2>&1; then
  echo "== install Hugo (Debian's package)"
  apt-get install -y hugo >/dev/null
fi

echo "== build the floor program"
rm -rf "$WORK/floor" && cp -r "$SHARED/floor" "$WORK/floor"
CARGO_TARGET_DIR="$WORK/floor/target" cargo build --release --quiet --manifest-path "$WORK/floor/Cargo.toml"
FLOOR="$WORK/floor/target/release/mdfloor"

median() { # $1: timeit output, $2: label (A or B), $3: wall|cpu|rss_mib
  awk -v label="$2" -v key="$3" '
    /^[A-Za-z]+: / { current = $1 } 
    current == label":" && $1 == key && $2 == "min" { print $5 }' <<<"$1"
}

summary=()
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  if [ ! -d "$corpus" ]; then
    echo "== generate the $n-article corpus"
    python3 "$SHARED/gen_corpus.py" "$corpus" --articles "$n" --datasets 100 >/dev/null
  fi
  # The sites are deterministic: made once (deleting and remaking them would slow the
  # timed runs that follow; see below).
  [ -d "$WORK/terang-$n" ] || python3 "$SHARED/terang_site.py" "$corpus" "$WORK/terang-$n" >/dev/null
  [ -d "$WORK/hugo-$n" ] || python3 "$SHARED/hugo_site.py" "$corpus" "$WORK/hugo-$n" >/dev/null

  echo "== $n articles: terang (A) vs Hugo (B), $RUNS runs each, alternating"
  out_t="$WORK/out-terang-$n" out_h="$WORK/out-hugo-$n"
  # Each run writes into a fresh folder; the last run's output is moved aside, not deleted
  # (on this machine's journal-less ext4, creating files soon after deleting tens of
  # thousands makes the kernel scan past the recently freed inodes: docs/performance.md),
  # and `sync` (untimed) flushes it, so no run waits on the writeback of another's pages.
  aside="mkdir -p '$TRASH' && for d in '$out_t' '$out_h' '$WORK/out-floor'; do [ -e \"\$d\" ] && mv \"\$d\" '$TRASH'/\$(date +%s%N); done; sync"
  result=$(SOURCE_DATE_EPOCH=1764000000 python3 "$SHARED/timeit.py" -n "$RUNS" --warmup 1 \
    --prep "$aside" --label A \
    --vs "$HUGO --quiet -s $WORK/hugo-$n -d $out_h" \
    -- "$TERANG" build --site "$WORK/terang-$n" --output "$out_t")
  echo "$result"
  sh -c "$aside"
  SOURCE_DATE_EPOCH=1764000000 "$TERANG" build --site "$WORK/terang-$n" --output "$out_t" --timings 2>&1 | tail -2
  "$HUGO" --quiet -s "$WORK/hugo-$n" -d "$out_h"
  echo "-- pages written"
  python3 "$SHARED/count_pages.py" "$out_t"
  python3 "$SHARED/count_pages.py" "$out_h"

  echo "== $n articles: floor (parse every article, write one page each)"
  floor=$(python3 "$SHARED/timeit.py" -n "$RUNS" --warmup 1 --prep "$aside" --label F \
    -- "$FLOOR" "$corpus" --write "$WORK/out-floor" --threads "$(nproc)")
  echo "$floor"

  tw=$(median "$result" A wall) hw=$(median "$result" B wall) fw=$(median "$floor" F wall)
  tc=$(median "$result" A cpu) hc=$(median "$result" B cpu)
  tm=$(median "$result" A rss_mib) hm=$(median "$result" B rss_mib)
  summary+=("$(python3 -c "
n, tw, hw, fw, tc, hc, tm, hm = $n, $tw, $hw, $fw, $tc, $hc, $tm, $hm
print(f'{n:>6} articles | terang {tw:6.2f} s {tc:6.1f} cpu-s {tm:7.0f} MiB | Hugo {hw:6.2f} s {hc:6.1f} cpu-s {hm:7.0f} MiB'
      f' | wall {tw/hw:.2f}x Hugo, {tw/fw:.2f}x floor ({fw:.2f} s) | memory {tm/hm:.2f}x Hugo')
")")
done
rm -rf "$TRASH"

echo
echo "== summary (medians)"
printf '%s\n' "${summary[@]}"
if [ "${#SIZES[@]}" -ge 2 ]; then
  echo "(linearity: compare the terang wall times above; target time(10k)/time(1k) <= 11)"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $("$TERANG" --version), $("$HUGO" version | cut -d' ' -f1-2), $(rustc --version)"
