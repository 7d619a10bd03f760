#!/usr/bin/env bash
# Mining speed and memory, and drafting with a mined phrasebank, by hand (not a test):
#
#   benches/mine.sh                 # prints everything; keep the output as benches/mine-after.txt
#   MINE_GB=1 benches/mine.sh       # also mines a 1 GB archive for its peak memory (≈ 10 min)
#
# 1. `cargo bench --bench mine` (benches/mine.rs): builds 20 MB of unique sentences recombined
#    from the seeds' clauses and prints, in one run, plain jieba-rs `cut` (HMM) against `mine` with
#    1 and 2 jobs, and the ratios; then `draft --phrasebank DIR` at 1×, 10× and 100× the seeds'
#    phrases.
# 2. The release binary on the same corpus under /usr/bin/time: wall time and peak RSS.
# 3. With MINE_GB=N: an N GB archive of the same kind, mined with 2 jobs, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/jianggao"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
JIANGGAO="$bin" JIANGGAO_BENCH_CORPUS="$work/corpus" cargo bench --quiet --bench mine
for jobs in 1 2; do
  /usr/bin/time -o "$work/time" -f '%e s wall, %U s user, %M KB peak RSS' \
    "$bin" mine "$work/corpus" -o "$work/out$jobs" --jobs "$jobs" >/dev/null 2>&1
  echo "binary, 20 MB, mine -o DIR --jobs $jobs: $(cat "$work/time"), $(du -sm "$work/out$jobs" | cut -f1) MB written"
done
cmp -s <(cd "$work/out1" && cat *.yaml) <(cd "$work/out2" && cat *.yaml) && echo "same phrasebank with 1 and 2 jobs"
# Drafting from the archive just mined: unique sentences, not copies of the seeds' phrases, so its
# vocabulary and postings are those of a real archive of that size.
phrases=$(cat "$work/out1"/*.yaml | grep -c '^- id:' || true)
"$bin" draft examples/work-conference.yaml --phrasebank "$work/out1" >/dev/null 2>&1   # index checked
ms=$(for k in $(seq 21); do
  s=$(date +%s%N); "$bin" draft examples/work-conference.yaml --phrasebank "$work/out1" >/dev/null 2>&1
  e=$(date +%s%N); echo $(( (e - s) / 1000 ))
done | sort -n | sed -n 11p)
echo "draft --phrasebank the mined 20 MB archive ($phrases phrases, $((phrases / 606))× the seeds'): median $((ms / 1000)).$(( (ms % 1000) / 100 )) ms of 21   bar: ≤ 20 ms"
if [ -n "${MINE_GB:-}" ]; then
  rm -rf "$work/corpus" "$work/out1" "$work/out2"
  JIANGGAO_BENCH_MB=$((MINE_GB * 1024)) JIANGGAO_BENCH_ONLY_CORPUS=1 JIANGGAO_BENCH_CORPUS="$work/big" \
    cargo bench --quiet --bench mine
  /usr/bin/time -o "$work/time" -f '%e s wall, %U s user, %M KB peak RSS' \
    "$bin" mine "$work/big" -o "$work/bigout" --jobs 2 >/dev/null 2>&1
  echo "binary, $MINE_GB GB, mine -o DIR --jobs 2: $(cat "$work/time"), $(du -sm "$work/bigout" | cut -f1) MB written"
fi
