#!/usr/bin/env bash
# Mines a small Word archive of speeches the seeds never saw, then drafts from it, for a person to
# read: what a writer's own archive changes in a draft.
#
#   scripts/mine-archive.sh [OUTDIR] [BRIEF]      # default /tmp/jianggao-archive, examples/county.yaml
#
# The archive: the 8 public speeches of tests/fixtures/sections/public.yaml (the sentences as
# published, a paragraph where the source started one), each exported to .docx with `jianggao
# export`. It is mined with the seeds (`mine corpus/seeds ARCHIVE -o pb --report`), and BRIEF is
# drafted at seeds 1–3 with the embedded phrasebank and with the mined one; the script prints the
# paragraphs that differ.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/jianggao-archive}
brief=${2:-examples/county.yaml}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/jianggao"
rm -rf "$out"
mkdir -p "$out/md" "$out/docx"
python3 - "$out/md" <<'PY'
import sys, yaml
docs = yaml.safe_load(open('tests/fixtures/sections/public.yaml', encoding='utf-8'))
for n, d in enumerate(docs, 1):
    paras = []
    for s in d['sentences']:
        if s.get('new_para') or not paras:
            paras.append('')
        paras[-1] += s['text']
    with open(f'{sys.argv[1]}/speech{n}.md', 'w', encoding='utf-8') as f:
        f.write(f'# 讲话（{n}）\n\n' + '\n\n'.join(paras) + '\n')
PY
for f in "$out"/md/*.md; do
  "$bin" export "$f" -o "$out/docx/$(basename "$f" .md).docx" >/dev/null 2>&1
done
echo "archive: $(ls "$out/docx" | wc -l) .docx files in $out/docx"
"$bin" mine corpus/seeds "$out/docx" -o "$out/pb" --report 2>&1 | grep -E '^(挖掘完成|收录率)'
for seed in 1 2 3; do
  "$bin" draft "$brief" --seed "$seed" > "$out/embedded-$seed.md" 2>/dev/null
  "$bin" draft "$brief" --seed "$seed" --phrasebank "$out/pb" > "$out/mined-$seed.md" 2>/dev/null
  echo "== seed $seed: < embedded phrasebank, > mined from the seeds and the archive"
  diff "$out/embedded-$seed.md" "$out/mined-$seed.md" || true
done
