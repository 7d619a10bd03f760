#!/usr/bin/env bash
# Mining throughput and peak memory, by hand (not a test): `bench/mine.sh`.
#
# 1. `cargo bench --bench mine`: builds two ≥ 20 MB corpora from the seeds (`repeated`: the seeds
#    copied over and over; `unique`: a running number in every sentence, so nothing is deduplicated
#    before segmentation) and prints MB/s of plain jieba-rs `cut` and of `mine` with 1 and 2 jobs,
#    in the same process.
# 2. Runs the release binary on the same corpora under /usr/bin/time for wall time and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
JIANGGAO_BENCH_CORPUS="$corpus" cargo bench --bench mine
cargo build --release --quiet
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for kind in repeated unique; do
  for jobs in 1 2; do
    /usr/bin/time -o "$corpus/time" -f '%e s wall, %U s user, %M KB peak RSS' \
      target/release/jianggao mine "$corpus/$kind" --json --jobs "$jobs" >/dev/null 2>&1
    stats=$(cat "$corpus/time")
    echo "binary, $kind, --jobs $jobs: $stats"
  done
done
