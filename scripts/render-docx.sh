#!/usr/bin/env bash
# Renders a .docx through LibreOffice to PDF and one PNG per page, for a person to look at.
#
#   scripts/render-docx.sh 讲稿.docx [OUTDIR] [DPI]
#
# Needs: libreoffice-writer (soffice), poppler-utils (pdftoppm), a CJK font (fonts-noto-cjk).
# The GB/T 9704 faces (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体) are Windows/方正 fonts and
# are not on Linux. So that the rendering still tells the faces apart, a private fontconfig file
# maps the serif faces (仿宋, 楷体, 小标宋, 宋体) to Noto Serif CJK SC and 黑体 to Noto Sans CJK SC;
# the script prints which font each name actually resolved to.
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
  for f in 方正小标宋简体 仿宋_GB2312 仿宋 楷体_GB2312 楷体 宋体 SimSun; do alias_to "$f" "Noto Serif CJK SC"; done
  for f in 黑体 SimHei; do alias_to "$f" "Noto Sans CJK SC"; done
  echo '</fontconfig>'
} >"$conf/fonts.conf"
export FONTCONFIG_FILE="$conf/fonts.conf"

for f in 方正小标宋简体 仿宋_GB2312 楷体_GB2312 黑体 宋体 "Times New Roman"; do
  printf '%-16s -> %s\n' "$f" "$(fc-match "$f" family)"
done

# A private LibreOffice profile: works when another soffice is running, leaves no state behind.
soffice -env:UserInstallation="file://$conf/profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="$out/$(basename "${docx%.*}").pdf"
pdftoppm -r "$dpi" -png "$pdf" "$out/page"
echo "pages: $(ls "$out"/page-*.png | wc -l)  ($out)"
ls "$out"/page-*.png
