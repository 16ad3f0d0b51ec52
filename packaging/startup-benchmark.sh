#!/usr/bin/env bash
# Start-up benchmark: the packaged app against a bare JavaFX window (one Label) started by the
# same runtime with the same flags, each RUNS times, both exiting after their first frame.
# Prints the medians (wall clock from exec to exit, and the apps' own "first frame after" figure),
# the ratio and the heap in use: with the JVM flags and class-data-sharing archive the launcher
# uses, and with the JVM's defaults for comparison.
#   packaging/package.sh --image && packaging/startup-benchmark.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
IMAGE=target/package/career-explorer
JAVA=$IMAGE/lib/runtime/bin/java
[ -x "$JAVA" ] || { echo "no app image: run packaging/package.sh --image first" >&2; exit 1; }
APP_DIR=$(cd "$IMAGE/lib/app" && pwd)
# The launcher's class path and JVM options, as its configuration gives them.
CLASSPATH=$(sed -n "s|^app.classpath=\\\$APPDIR|$APP_DIR|p" "$APP_DIR/career-explorer.cfg" | paste -sd: -)
read -r -a LAUNCHER_OPTIONS <<< "$(sed -n "s|^java-options=||p" "$APP_DIR/career-explorer.cfg" | sed "s|\\\$APPDIR|$APP_DIR|g" | paste -sd' ' -)"
export XDG_CONFIG_HOME; XDG_CONFIG_HOME=$(mktemp -d)

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:97
  sleep 1
fi

# run LABEL MAIN [JVM options…]: RUNS starts, one line each: wall-ms first-frame-ms heap-mb
run() {
  local label=$1 main=$2; shift 2
  for _ in $(seq "$RUNS"); do
    local start end out
    start=$(date +%s%N)
    out=$("$JAVA" "$@" -cp "$CLASSPATH" "$main" --exit-after-first-frame 2>/dev/null)
    end=$(date +%s%N)
    echo "$label $(( (end - start) / 1000000 )) $(echo "$out" | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p') $(echo "$out" | sed -n 's/.*heap in use \([0-9]*\) MB.*/\1/p')"
  done
}

RESULTS=$(mktemp)
run bare org.careerexplorer.maintainer.startup.BareWindow "${LAUNCHER_OPTIONS[@]}" >> "$RESULTS"
run app org.careerexplorer.app.AppLauncher "${LAUNCHER_OPTIONS[@]}" >> "$RESULTS"
run bare-defaults org.careerexplorer.maintainer.startup.BareWindow >> "$RESULTS"
run app-defaults org.careerexplorer.app.AppLauncher >> "$RESULTS"
echo "launcher options: ${LAUNCHER_OPTIONS[*]}"

python3 - "$RESULTS" "$RUNS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
def median(label, column):
    values = [int(r[column]) for r in rows if r[0] == label and len(r) > column and r[column]]
    return statistics.median(values) if values else float('nan')
print(f"start-up, median of {sys.argv[2]} runs (ms)      exec→exit   first frame")
for label in ["bare", "app", "bare-defaults", "app-defaults"]:
    print(f"  {label:<14}                      {median(label, 1):8.0f}   {median(label, 2):8.0f}")
print(f"ratio app / bare window (first frame), launcher options: {median('app', 2) / median('bare', 2):.2f}")
print(f"ratio app / bare window (first frame), JVM defaults:     {median('app-defaults', 2) / median('bare-defaults', 2):.2f}")
print(f"heap in use after start-up (median):                     {median('app', 3):.0f} MB")
PY
