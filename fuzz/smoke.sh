#!/usr/bin/env bash
# Run every fuzz target for a while (default 30 s each): seed the corpora from the example
# site and the test sites, build with cargo-fuzz, and fail on any crash, timeout or leak.
#
#   fuzz/smoke.sh            # 30 s per target (CI)
#   fuzz/smoke.sh 600        # 10 minutes per target
#   fuzz/smoke.sh 600 -jobs=2 -workers=2   # extra libFuzzer flags
#
# Needs the nightly toolchain (for -Zsanitizer=address) and cargo-fuzz:
#   cargo install cargo-fuzz --locked
# Without nightly it falls back to `--sanitizer none` with RUSTC_BOOTSTRAP=1 (docs/quality.md).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-30}"
shift || true

if cargo +nightly --version >/dev/null 2>&1; then
    fuzz=(cargo +nightly fuzz)
    build_flags=(-O)
else
    echo "fuzz/smoke.sh: no nightly toolchain; building without a sanitizer" >&2
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
    build_flags=(-O --sanitizer none)
fi

seed() { # seed TARGET FILES...
    local dir="corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do
        [ -f "$f" ] && cp "$f" "$dir/seed-$(cksum <"$f" | cut -d' ' -f1)"
    done
    return 0
}
shopt -s globstar nullglob
seed article ../content/**/*.md ../tests/fixtures/**/*.md ../tests/bad-inputs/**/*.md
seed markdown ../content/**/*.md ../tests/fixtures/**/*.md ../tests/bad-inputs/**/*.md
seed raw_html ../tests/bad-inputs/finding-11-*/content/**/*.md ../tests/bad-inputs/md-raw-script/content/**/*.md seeds/raw_html.md
seed links seeds/links.txt
seed dataset ../content/data/*.yaml ../tests/fixtures/**/data/*.yaml ../tests/bad-inputs/**/data/*.yaml

"${fuzz[@]}" build "${build_flags[@]}"

# Each target writes its temporary site under TMPDIR; keep them out of /tmp for good.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for target in markdown article dataset links raw_html; do
    echo "== fuzz $target for ${seconds}s"
    TMPDIR="$scratch" "${fuzz[@]}" run "${build_flags[@]}" "$target" -- \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
        -dict="dict/$target.dict" -print_final_stats=1 "$@"
done
