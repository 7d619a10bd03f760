#!/usr/bin/env bash
# Renders a .docx through LibreOffice to PDF and one PNG per page, for a person to look at.
#
#   scripts/render-docx.sh 讲稿.docx [OUTDIR] [DPI]
#
# Needs: libreoffice-writer (soffice), poppler-utils (pdftoppm) and free stand-ins for the faces:
#   apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai fonts-liberation
# The GB/T 9704 faces (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体) are Windows/方正 fonts and
# are not on Linux. So that the page a reviewer sees looks like Word's, a private fontconfig file
# maps each to the nearest free face: 楷体 to a real Kai (AR PL UKai), 黑体 to Noto Sans CJK (a 黑体),
# 仿宋, 小标宋 and 宋体 to Noto Serif CJK (a 宋体; no free 仿宋 exists), and Times New Roman to
# Liberation Serif, which has its metrics. The script prints which font each name resolved to, and
# warns when a stand-in is missing.
set -euo pipefail

docx=${1:?usage: scripts/render-docx.sh FILE.docx [OUTDIR] [DPI]}
out=${2:-"${docx%.*}-render"}
dpi=${3:-80}
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 2; }
mkdir -p "$out"

conf=$(mktemp -d)
trap 'rm -rf "$conf"' EXIT
alias_to() { # name target
  printf '<alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$1" "$2"
}
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
  echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  for f in 方正小标宋简体 仿宋_GB2312 仿宋 FangSong 宋体 SimSun; do alias_to "$f" "Noto Serif CJK SC"; done
  for f in 楷体_GB2312 楷体 KaiTi; do alias_to "$f" "AR PL UKai CN"; done
  for f in 黑体 SimHei; do alias_to "$f" "Noto Sans CJK SC"; done
  alias_to "Times New Roman" "Liberation Serif"
  echo '</fontconfig>'
} >"$conf/fonts.conf"
export FONTCONFIG_FILE="$conf/fonts.conf"

for pair in "方正小标宋简体:Noto Serif CJK SC" "仿宋_GB2312:Noto Serif CJK SC" "楷体_GB2312:AR PL UKai CN" \
  "黑体:Noto Sans CJK SC" "宋体:Noto Serif CJK SC" "Times New Roman:Liberation Serif"; do
  name=${pair%%:*} want=${pair#*:} got=$(fc-match "${pair%%:*}" family)
  printf '%-16s -> %s\n' "$name" "$got"
  case "$got" in "$want"*) ;; *) echo "  warning: $want is not installed; $name is shown in $got" >&2 ;; esac
done

# A private LibreOffice profile: works when another soffice is running, leaves no state behind.
soffice -env:UserInstallation="file://$conf/profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="$out/$(basename "${docx%.*}").pdf"
pdftoppm -r "$dpi" -png "$pdf" "$out/page"
echo "pages: $(ls "$out"/page-*.png | wc -l)  ($out)"
ls "$out"/page-*.png
