#!/usr/bin/env bash
# Lighthouse (mobile preset) on three pages of a built example site: the home page, the
# sample article and a dataset page. sitecheck runs Lighthouse on the pages it picks from a
# folder, so the pages are picked by copying the site and leaving only those three HTML
# files (their CSS, scripts, images and icon stay). Gates: every category >= 0.95 and
# accessibility exactly 1.0.
#
#   .ci/lighthouse.sh target/ci-site      (after `terang build --output target/ci-site`)
set -euo pipefail
cd "$(dirname "$0")/.."
SITE="${1:?usage: .ci/lighthouse.sh BUILT_SITE_DIR}"
SHARED="$(cd .. && pwd)/shared"
PAGES=(index.html berita/kemensos-genjot-kapasitas-pendamping-bansos/index.html data/kemiskinan/index.html)

bash "$SHARED/tools/sitecheck-install" --with-lighthouse
rm -rf target/lighthouse-site
cp -r "$SITE" target/lighthouse-site
keep=()
for page in "${PAGES[@]}"; do
  test -f "target/lighthouse-site/$page" || { echo "lighthouse.sh: $page is not in $SITE" >&2; exit 1; }
  keep+=(! -path "target/lighthouse-site/$page")
done
find target/lighthouse-site -name '*.html' "${keep[@]}" -delete

python3 "$SHARED/tools/sitecheck" target/lighthouse-site --skip vnu,axe,links,xml \
  --lighthouse 3 --lighthouse-min 0.95 --json target/lighthouse.json
# sitecheck has one threshold for all categories; accessibility must be perfect.
python3 - target/lighthouse.json <<'PY'
import json, sys
pages = json.load(open(sys.argv[1], encoding="utf-8"))["lighthouse"]
low = [f"{p}: accessibility={r['scores']['accessibility']}" for p, r in pages.items()
       if r["scores"].get("accessibility") != 1]
print("\n".join(low) or f"lighthouse.sh: accessibility 1.0 on all {len(pages)} pages")
sys.exit(1 if low else 0)
PY
