#!/usr/bin/env bash
# The quality report (not a timing): drafts the example briefs at seeds 1–5 and measures them as a
# speechwriter would — stock share, off-topic stock under the measures, unsupported claims and
# wrong-level wording, repetition across seeds and briefs, length, the locality named, outline
# against draft. Always exits 0; the last line is `quality: N of M targets met`.
#
#   benches/quality.sh                      # prints the report
#   benches/quality.sh > benches/quality-after.txt
#
# The release binary is built first: metric f runs it (`jianggao draft BRIEF --seed N`) to see
# whether a short draft says so on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release --quiet
export JIANGGAO_BIN="$CARGO_TARGET_DIR/release/jianggao"
cargo bench --quiet --bench quality
