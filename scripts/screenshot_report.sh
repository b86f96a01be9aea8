#!/usr/bin/env bash
# Renders the HTML report of a corpus and screenshots it with headless Chromium (Debian: apt-get
# install -y chromium fonts-noto-cjk). Usage: scripts/screenshot_report.sh [CORPUS] [PNG]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-corpora/report/zibo-concerns.jsonl}"
png="${2:-docs/report.png}"
command -v chromium >/dev/null || { echo "chromium is missing: apt-get install -y chromium fonts-noto-cjk" >&2; exit 1; }
swift build -c release --product minyi >/dev/null
mkdir -p out
.build/release/minyi report "$corpus" --top 10 --format html -o out/report.html
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$png" --window-size=1200,2000 \
  "file://$PWD/out/report.html" 2>/dev/null
echo "wrote $png"
