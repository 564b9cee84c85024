#!/usr/bin/env bash
# Checks the Allure HTML report as a user would: headless Chromium (Debian's `chromium`) opens
# reports/allure-report/index.html from disk, offline, and a claim's page must show its plot.
# Usage: scripts/check-allure-report.sh [REPORT_DIR] [SCREENSHOT_DIR]
set -euo pipefail
report=${1:-reports/allure-report}
shots=${2:-}
command -v chromium >/dev/null || { echo "needs Debian's chromium: apt-get install -y chromium" >&2; exit 2; }
index=$(realpath "$report/index.html")
uid=$(grep -o 'data/test-cases/[a-f0-9]*\.json' "$index" | head -1 | sed 's#data/test-cases/##; s#\.json##')
[ -n "$uid" ] || { echo "no test case in $index" >&2; exit 1; }
profile=$(mktemp -d)
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
        --disable-component-update --disable-sync --user-data-dir="$profile" --virtual-time-budget=10000)
dom=$("${chrome[@]}" --dump-dom "file://$index#testresult/$uid" 2>/dev/null)
grep -q 'alt="complexity plot"' <<<"$dom" || { echo "FAIL: claim page $uid shows no plot" >&2; exit 1; }
grep -q 'data:image/png;base64' <<<"$dom" || { echo "FAIL: the plot on $uid has no image data" >&2; exit 1; }
echo "OK: $index loads offline; claim page #testresult/$uid shows its plot"
if [ -n "$shots" ]; then
  mkdir -p "$shots"
  "${chrome[@]}" --window-size=1400,900 --screenshot="$shots/allure-overview.png" "file://$index" 2>/dev/null
  "${chrome[@]}" --window-size=1400,1300 --screenshot="$shots/allure-claim.png" "file://$index#testresult/$uid" 2>/dev/null
  echo "screenshots in $shots"
fi
rm -rf "$profile"
