#!/usr/bin/env bash
# Fills the working corpora of the fuzz targets (one folder per target under the given folder,
# default .build/fuzz/corpus) from the sample inputs, the test fixtures, the mapping files and the
# hand-picked seeds in Fuzz/seeds/<target>/. Existing corpus files (what earlier runs found) stay.
# Run from the repository's root: scripts/fuzz/seed.sh [corpus-folder]
set -euo pipefail

corpus=${1:-.build/fuzz/corpus}
targets="text html xml docx odt pdftext codes csv yaml analysis structure"
for target in $targets; do mkdir -p "$corpus/$target"; done

# copy TARGET FILE...: copies each existing file into the target's corpus.
copy() {
    local target=$1
    shift
    for file in "$@"; do
        [ -f "$file" ] && cp "$file" "$corpus/$target/"
    done
    return 0
}

# zip_folder FOLDER OUT: zips an unpacked office document; a "mimetype" file goes first, uncompressed,
# as ODF requires.
zip_folder() {
    python3 - "$1" "$2" <<'PY'
import os, sys, zipfile
folder, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
    if os.path.exists(os.path.join(folder, "mimetype")):
        archive.write(os.path.join(folder, "mimetype"), "mimetype", zipfile.ZIP_STORED)
    for root, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            path = os.path.join(root, name)
            relative = os.path.relpath(path, folder)
            if relative != "mimetype":
                archive.write(path, relative)
PY
}

shopt -s nullglob
texts=(Inputs/*.txt Tests/Fixtures/*/*.txt)
copy text "${texts[@]}"
copy codes "${texts[@]}"
copy structure "${texts[@]}" Tests/Fixtures/units/*.txt
copy analysis "${texts[@]}"
copy html Inputs/*.html Tests/Fixtures/*/*.html
copy xml Tests/Fixtures/*/*.xml
copy docx Inputs/*.docx
copy odt Inputs/*.odt
copy csv Inputs/*.csv
copy yaml Mappings/*.yaml Mappings/frameworks/*.yaml Mappings/keywords/*.yaml Tests/Fixtures/*/*.yaml
[ -d Tests/Fixtures/xml-family/everything-docx ] &&
    zip_folder Tests/Fixtures/xml-family/everything-docx "$corpus/docx/everything.docx"
[ -d Tests/Fixtures/xml-family/everything-odt ] &&
    zip_folder Tests/Fixtures/xml-family/everything-odt "$corpus/odt/everything.odt"

# The PDF cleaner's seeds are pdftotext's own output of the sample PDFs, when pdftotext is there.
if command -v pdftotext >/dev/null; then
    for pdf in Inputs/*.pdf Tests/Fixtures/pdf/*.pdf; do
        name=$(basename "$pdf" .pdf)
        pdftotext -raw -enc UTF-8 -eol unix "$pdf" "$corpus/pdftext/$name.txt" 2>/dev/null || true
    done
    copy analysis "$corpus"/pdftext/*.txt
fi

for target in $targets; do
    [ -d "Fuzz/seeds/$target" ] && copy "$target" Fuzz/seeds/"$target"/*
    # Every regression input found earlier is a seed too.
    [ -d "Tests/Fixtures/fuzz/$target" ] && copy "$target" Tests/Fixtures/fuzz/"$target"/*
done
for target in $targets; do
    printf '%-9s %3d seeds\n' "$target" "$(find "$corpus/$target" -type f | wc -l)"
done
