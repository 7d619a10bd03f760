#!/usr/bin/env bash
# Whole-process timing of `jianggao draft`, against `jianggao --version` and with a phrasebank
# 100× the size of the embedded one. Prints the ratios and the peak memory.
#
#   benches/draft.sh            # needs /usr/bin/time; hyperfine (apt-get install -y hyperfine) for
#                             # the --phrasebank DIR figure
#
# The 100× phrasebank is synthesised from the embedded one (or, while that is still empty, from
# the test fixture): every phrase copied 100 times with a new id and a distinct text. It is measured
# twice: compiled into the binary (a copy of the repository built with the big phrasebank as its
# embedded one — the case build.rs's compiled table is for), and passed as `--phrasebank DIR`
# (parsed at run time).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_TARGET_DIR="$root/target"

src=phrasebank
ls phrasebank/*.yaml >/dev/null 2>&1 && grep -q "^- id:" phrasebank/*.yaml 2>/dev/null || src=tests/fixtures/phrasebank
echo "phrasebank replicated: $src ($(cat $src/*.yaml | grep -c '^- id:') phrases)"

# 1. The big phrasebank.
mkdir -p "$work/big"
python3 - "$src" "$work/big" <<'PY'
import sys, os, yaml
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(src)):
    if f.startswith('.'):
        continue  # the index `mine -o` leaves beside the YAML (.phrasebank.idx) is not a source
    path = os.path.join(src, f)
    text = open(path, encoding='utf-8').read()
    if f in ('topics.yaml', 'curation.yaml') or not f.endswith('.yaml'):
        open(os.path.join(dst, f), 'w', encoding='utf-8').write(text)
        continue
    phrases = yaml.safe_load(text) or []
    # the curated lists (presuppositions, levels, generic words…) are copied as they are
    if not isinstance(phrases, list) or not all(isinstance(p, dict) and 'id' in p for p in phrases):
        open(os.path.join(dst, f), 'w', encoding='utf-8').write(text)
        continue
    out = []
    for k in range(100):
        for p in phrases:
            q = dict(p)
            q['id'] = f"{p['id']}-{k}"
            # a distinct text per copy, so that no-repeat checks see 100× as many sentences
            t = p['text']
            end = t[-1] if t and t[-1] in '。！？' else ''
            q['text'] = (t[:-1] if end else t) + f'（{k}）' + end
            out.append(q)
    with open(os.path.join(dst, f), 'w', encoding='utf-8') as fh:
        yaml.safe_dump(out, fh, allow_unicode=True, sort_keys=False, width=10000)
PY
echo "big phrasebank: $(cat $work/big/*.yaml | grep -c '^- id:') phrases, $(du -sh $work/big | cut -f1)"

# 2. Binaries: the default one, and one with the big phrasebank embedded.
cargo build --release --quiet
cp target/release/jianggao "$work/jianggao"
git ls-files -z | (cd "$root" && xargs -0 tar cf -) | (mkdir -p "$work/repo" && cd "$work/repo" && tar xf -)
rm -f "$work/repo/phrasebank/"*.yaml
cp "$work/big/"*.yaml "$work/repo/phrasebank/"
cargo build --release --quiet --manifest-path "$work/repo/Cargo.toml"
cp target/release/jianggao "$work/jianggao-big"
cargo build --release --quiet   # leave target/release as the default again

brief=examples/work-conference.yaml
# The bars: the three commands interleaved, round after round (benches/draft.rs says why).
JIANGGAO="$work/jianggao" JIANGGAO_BIG="$work/jianggao-big" BRIEF="$root/$brief" ROUNDS="${ROUNDS:-300}" \
  cargo bench --quiet --bench draft
# A writer's own folder of that size is parsed at run time: no bar, for the record.
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 1 --runs 10 --export-json "$work/h.json" \
    "$work/jianggao draft $brief --phrasebank $work/big" >/dev/null
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"100× via --phrasebank DIR         {r['mean']*1000:8.1f} ms (YAML parsed at run time; no bar)\")" "$work/h.json"
fi
for cmd in "$work/jianggao --version" "$work/jianggao draft $brief" "$work/jianggao-big draft $brief" "$work/jianggao draft $brief --phrasebank $work/big"; do
  kb=$(/usr/bin/time -f %M $cmd 2>&1 >/dev/null | tail -1)
  printf "peak RSS %6s KiB  %s\n" "$kb" "${cmd#$work/}"
done
