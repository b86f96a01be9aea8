#!/usr/bin/env bash
# Load measurement of `minyi serve` on loopback: POST /route with the texts of
# corpora/routing/zibo-suggestions.jsonl for DURATION seconds with wrk, once without a ticket
# store and once with one (every ticket saved). Needs wrk (apt-get install -y wrk) and python3.
#   scripts/load_serve.sh                       # release build, lexicons/zibo, 10 s, 1 wrk thread, 16 connections
#   LEXICON=DIR DURATION=10 THREADS=1 CONNECTIONS=16 PORT=18080 scripts/load_serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LEXICON=${LEXICON:-lexicons/zibo}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18080}
THREADS=${THREADS:-1}
BIN=.build/release/minyi

command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
swift build -c release --product minyi >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 1; }
echo "$(date -u +%F), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"

# Request bodies: title and text of each labeled suggestion, the closing brace left to the Lua script.
python3 - "$work/bodies" <<'PY'
import json, sys
with open("corpora/routing/zibo-suggestions.jsonl", encoding="utf-8") as src, open(sys.argv[1], "w", encoding="utf-8") as out:
    for line in src:
        record = json.loads(line)
        body = {"text": record["text"]} | ({"title": record["title"]} if record.get("title") else {})
        out.write(json.dumps(body, ensure_ascii=False)[:-1] + "\n")
PY
echo "bodies: $(wc -l < "$work/bodies") texts, median $(python3 -c "import json,statistics,sys; print(int(statistics.median(len(json.loads(l)['text']) for l in open('corpora/routing/zibo-suggestions.jsonl', encoding='utf-8'))))") characters"

run() {  # run LABEL [serve options...]
  local label=$1; shift
  "$BIN" serve --host 127.0.0.1 --port "$PORT" --lexicon "$LEXICON" --log-level warning "$@" &
  server=$!
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fs "http://127.0.0.1:$PORT/health"; echo
  echo "== $label: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s POST /route"
  MINYI_BODIES="$work/bodies" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s scripts/load_serve.lua "http://127.0.0.1:$PORT" | sed -n '/^requests/,$p'
  kill "$server"; wait "$server" 2>/dev/null || true
  server=""
}

run "no store"
run "with --db" --db "$work/tickets.sqlite"
echo "stored tickets: $(sqlite3 "$work/tickets.sqlite" 'SELECT COUNT(*) FROM tickets' 2>/dev/null || echo '?')"
