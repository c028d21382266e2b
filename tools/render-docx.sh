#!/usr/bin/env bash
# Renders Word documents to PNG pages through LibreOffice, to look at what a reader will see.
#   tools/render-docx.sh OUTDIR FILE.docx...   → OUTDIR/NAME.pdf and OUTDIR/NAME-N.png (one per page)
# Needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils). RESOLUTION=DPI (default 60).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 OUTDIR FILE.docx..." >&2
  exit 2
fi
out=$1; shift
mkdir -p "$out"
# A profile of its own, so a running LibreOffice (or another render) does not take the conversion over.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --norestore --convert-to pdf --outdir "$out" "$@" >/dev/null
for docx in "$@"; do
  name=$(basename "${docx%.*}")
  if [ ! -s "$out/$name.pdf" ]; then
    echo "$docx: LibreOffice made no PDF" >&2
    exit 1
  fi
  pdftoppm -png -r "${RESOLUTION:-60}" "$out/$name.pdf" "$out/$name"
  echo "$out/$name.pdf: $(pdfinfo "$out/$name.pdf" | sed -n 's/^Pages: *//p') pages"
done
