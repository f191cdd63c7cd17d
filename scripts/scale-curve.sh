#!/usr/bin/env bash
# The scale curve: time and peak memory of features, predict and train on 1, 2, 5 and 10 copies of AllSides.
#
#   scripts/scale-curve.sh SCRATCH [--ks "1 2 5 10"] [--train-max K]
#
# For each K it makes SCRATCH/allsides-Kx.jsonl.gz with scripts/allsides-scale.py (an existing file is kept),
# then runs, each under /usr/bin/time -v:
#   features  JAVA_OPTS=-Xmx512m ./framelab features CORPUS -o SCRATCH/out/features-Kx.csv
#   predict   JAVA_OPTS=-Xmx512m ./framelab predict MODEL CORPUS -o SCRATCH/out/predict-Kx.csv
#             (MODEL: trained once on the first 5,000 AllSides articles, SCRATCH/allsides-5k.model)
#   train     JAVA_OPTS=-Xmx4g   ./framelab train CORPUS --label bias --repeated-lines 5*K -o SCRATCH/out/train-Kx.model
#             (every text repeats K times, so the default boilerplate rule, lines repeated in 5+ articles,
#             would blank every multi-line text; 5*K keeps the rule as it is on one copy); only for K <= --train-max
#             (default: every K)
# and prints a Markdown table on standard output: K, articles, MB of text (UTF-8 bytes of the text fields),
# command, wall s, MB of text per wall s, CPU s (user + system; on a shared machine the wall time includes waiting
# for a core), peak RSS MB (Maximum resident set size), exit code. Logs of every run
# are in SCRATCH/logs. The copies repeat every text K times: use them for time and memory only, never to
# evaluate a classifier.
set -uo pipefail

usage() { echo "usage: scripts/scale-curve.sh SCRATCH [--ks \"1 2 5 10\"] [--train-max K]" >&2; exit 2; }
[ $# -ge 1 ] || usage
scratch="$1"; shift
ks="1 2 5 10"
train_max=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --ks) [ $# -ge 2 ] || usage; ks="$2"; shift 2 ;;
    --train-max) [ $# -ge 2 ] || usage; train_max="$2"; shift 2 ;;
    *) usage ;;
  esac
done
for k in $ks; do [[ "$k" =~ ^[1-9][0-9]*$ ]] || { echo "scale-curve: K must be a positive whole number, got '$k'" >&2; exit 2; }; done
[[ "$train_max" =~ ^[0-9]+$ ]] || { echo "scale-curve: --train-max must be a whole number, got '$train_max'" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "scale-curve: /usr/bin/time not found (GNU time; Debian/Ubuntu: apt-get install time)" >&2; exit 2; }

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_corpus="$repo/../shared/datasets/allsides/articles.jsonl.gz"
[ -f "$source_corpus" ] || { echo "scale-curve: $source_corpus not found (the shared AllSides corpus must sit beside the repository)" >&2; exit 2; }
mkdir -p "$scratch/logs" "$scratch/out" || { echo "scale-curve: cannot create $scratch/logs and $scratch/out" >&2; exit 2; }
scratch="$(cd "$scratch" && pwd)"
cd "$repo"

# articles and MB of text of a corpus, cached beside it (one pass with Python's json module)
stats() {
  local corpus="$1" cache="$1.stats"
  if [ ! -s "$cache" ] || [ "$cache" -ot "$corpus" ]; then
    python3 - "$corpus" > "$cache.tmp" <<'EOF' && mv "$cache.tmp" "$cache"
import gzip, json, sys
n = chars = 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        if line.strip():
            n += 1
            chars += len((json.loads(line).get("text") or "").encode("utf-8"))
print(n, f"{chars / 1e6:.1f}")
EOF
  fi
  cat "$cache"
}

# one timed run: label, JAVA_OPTS, then the framelab arguments; prints "wall_s cpu_s rss_mb exit"
timed() {
  local log="$scratch/logs/$1.log" opts="$2"; shift 2
  JAVA_OPTS="$opts" /usr/bin/time -v ./framelab "$@" > "$log" 2>&1
  local rc=$?
  local wall cpu rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
  cpu=$(sed -n 's/.*\(User\|System\) time (seconds): //p' "$log" | awk '{ s += $1 } END { if (NR) printf "%.0f", s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log" | awk '{ printf "%.0f", $1 / 1024 }')
  echo "${wall:-?} ${cpu:-?} ${rss:-?} $rc"
}

# build the jar now if the sources changed, so no timed run includes a build
./framelab --version > "$scratch/logs/build.log" 2>&1 || { echo "scale-curve: ./framelab does not start; see $scratch/logs/build.log" >&2; exit 1; }

model="$scratch/allsides-5k.model"
if [ ! -f "$model" ]; then
  echo "scale-curve: training the predict model on the first 5,000 AllSides articles -> $model" >&2
  JAVA_OPTS=-Xmx4g ./framelab train "$source_corpus" --label bias --limit 5000 --cv 2 --bootstrap 0 -o "$model" \
    > "$scratch/logs/train-5k-model.log" 2>&1 || { echo "scale-curve: training the model failed; see $scratch/logs/train-5k-model.log" >&2; exit 1; }
fi

echo "| K | articles | MB of text | command | wall s | MB/s | CPU s | peak RSS MB | exit |"
echo "|---:|---:|---:|---|---:|---:|---:|---:|---:|"
for k in $ks; do
  corpus="$scratch/allsides-${k}x.jsonl.gz"
  if [ ! -f "$corpus" ]; then
    echo "scale-curve: making $corpus" >&2
    python3 scripts/allsides-scale.py "$k" "$corpus" >&2 || { echo "scale-curve: allsides-scale.py $k failed" >&2; exit 1; }
  fi
  read -r articles mb < <(stats "$corpus")
  row() {
    local name="$1" wall="$2" cpu="$3" rss="$4" rc="$5" rate="?"
    [ "$wall" != "?" ] && rate=$(awk -v m="$mb" -v w="$wall" 'BEGIN { printf "%.2f", (w > 0 ? m / w : 0) }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$k" "$articles" "$mb" "$name" "$wall" "$rate" "$cpu" "$rss" "$rc"
  }
  row "features (-Xmx512m)" $(timed "features-${k}x" -Xmx512m features "$corpus" -o "$scratch/out/features-${k}x.csv")
  rm -f "$scratch/out/features-${k}x.csv" "$scratch/out/features-${k}x.terms.csv"
  row "predict (-Xmx512m)" $(timed "predict-${k}x" -Xmx512m predict "$model" "$corpus" -o "$scratch/out/predict-${k}x.csv")
  rm -f "$scratch/out/predict-${k}x.csv"
  if [ "$k" -le "$train_max" ]; then
    row "train --repeated-lines $((5 * k)) (-Xmx4g)" $(timed "train-${k}x" -Xmx4g train "$corpus" --label bias --repeated-lines $((5 * k)) -o "$scratch/out/train-${k}x.model")
  fi
done
