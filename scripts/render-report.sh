#!/usr/bin/env bash
# Renders a quality report in headless Chromium, saves a screenshot and checks that the key numbers
# (matched count, match rate) are in the rendered DOM, i.e. that a real browser shows them.
# Usage: scripts/render-report.sh REPORT.html OUT.png
# The expected numbers are read from the report's JSON twin (quality-report.json next to the HTML,
# or REPORT_JSON=...); without it, the script only checks that the elements are present and filled.
set -euo pipefail
if [[ $# -ne 2 ]]; then
  echo "usage: $0 REPORT.html OUT.png" >&2
  exit 1
fi
html=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
png=$2
[[ -f "${html}" ]] || { echo "error: no such report: ${html}" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "${browser}" ]]; then
  echo "error: Chromium not found (Debian: apt-get install -y chromium)" >&2
  exit 1
fi
profile=$(mktemp -d)
dom=$(mktemp --suffix=.html)
trap 'rm -rf "${profile}" "${dom}"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="${profile}" --window-size=1400,3000)
"${browser}" "${flags[@]}" --screenshot="${png}" "file://${html}" 2>/dev/null
"${browser}" "${flags[@]}" --dump-dom "file://${html}" >"${dom}" 2>/dev/null
[[ -s "${png}" ]] || { echo "error: no screenshot was written to ${png}" >&2; exit 1; }

# The text of an element with the given id in the rendered DOM.
shown() { sed -n "s/.*id=\"$1\">\([^<]*\)<.*/\1/p" "${dom}" | head -1; }
matched=$(shown matched-count)
rate=$(shown match-rate)

json=${REPORT_JSON:-$(dirname "${html}")/quality-report.json}
if [[ -f "${json}" ]]; then
  read -r want_matched want_rate < <(python3 - "${json}" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
m = r["totals"].get("matched", 0)
rate = r.get("match_rate")
print(f"{m:,}", "n/a" if rate is None else f"{100 * rate:.2f}%")
PY
)
else
  want_matched=${matched:-missing}
  want_rate=${rate:-missing}
fi
status=0
if [[ -z "${matched}" || "${matched}" != "${want_matched}" ]]; then
  echo "FAIL: matched count shown '${matched}', expected '${want_matched}'" >&2
  status=1
fi
if [[ -z "${rate}" || "${rate}" != "${want_rate}"* ]]; then
  echo "FAIL: match rate shown '${rate}', expected '${want_rate}'" >&2
  status=1
fi
if [[ ${status} -eq 0 ]]; then
  echo "ok: the rendered report shows matched ${matched} and match rate ${rate}; screenshot ${png}"
fi
exit ${status}
