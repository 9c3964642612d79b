#!/usr/bin/env bash
# Install spaCy (the version constraints.txt pins) compiled from its PyPI source without Cython's
# profiling hooks, into the project's venv.
#
# Why: spaCy's setup.py compiles with the Cython directive `profile` on for Python < 3.12, so the
# wheels PyPI serves for Python 3.11 call a tracing check on every entry to a Cython function. In the
# parser's and NER's nogil loops (StateC.B, B_, safe_get, ...) each check takes and drops the GIL:
# `perf` showed take_gil, drop_gil and pthread mutexes at 35-45% of the NER's time here, and the
# parser and NER run at half their speed. The source is unchanged but for that one directive (spaCy's
# own wheels for Python 3.12+ are built the same way), so tags, trees and entities are the same:
# `accord extract` gives byte-identical JSONL (bench/RESULTS.md, 2026-12-06 evening).
#
#   bash scripts/spacy_wheel.sh VENV_PYTHON
#
# The wheel is built once (about 4 minutes on 2 cores) into $ACCORD_WHEELS (default
# ~/.cache/accord/wheels) and reused by later installs and clean clones. If anything fails the stock
# wheel stays installed: Accord works the same, only slower (`accord.nlp.spacy_profiling_hooks()`).
set -uo pipefail

PY=${1:?usage: spacy_wheel.sh VENV_PYTHON}
HERE=$(cd "$(dirname "$0")/.." && pwd)
VERSION=$(sed -n 's/^spacy==\([0-9.]*\)$/\1/p' "$HERE/constraints.txt")
[ -n "$VERSION" ] || { echo "spacy_wheel: no spacy== pin in constraints.txt" >&2; exit 1; }
WHEELS=${ACCORD_WHEELS:-$HOME/.cache/accord/wheels}
PYTAG=$("$PY" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')
OUT="$WHEELS/noprofile-$PYTAG"
# The build's own tools, pinned; the compiled-against packages come from constraints.txt.
BUILD_PINS=(Cython==3.2.4 setuptools==80.9.0)

without_hooks() {
    "$PY" -c 'import sys, accord.nlp as n; sys.exit(0 if n.spacy_profiling_hooks() is False else 1)' 2>/dev/null
}

if without_hooks; then
    exit 0      # already installed
fi

wheel=$(ls "$OUT"/spacy-"$VERSION"-*.whl 2>/dev/null | head -1)
if [ -z "$wheel" ]; then
    echo "spacy_wheel: building spaCy $VERSION without Cython's profiling hooks (once, a few minutes)" >&2
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    (
        set -e
        "$PY" -m venv "$tmp/venv"
        "$tmp/venv/bin/pip" install -q -c "$HERE/constraints.txt" "${BUILD_PINS[@]}" \
            numpy thinc cymem preshed murmurhash
        "$tmp/venv/bin/pip" download -q --no-deps --no-binary spacy --no-build-isolation "spacy==$VERSION" -d "$tmp/src"
        tar xzf "$tmp/src/spacy-$VERSION.tar.gz" -C "$tmp"
        src="$tmp/spacy-$VERSION"
        grep -q '"profile": sys.version_info < (3, 12),' "$src/setup.py"
        sed -i 's/"profile": sys.version_info < (3, 12),/"profile": False,/' "$src/setup.py"
        grep -q '"profile": False,' "$src/setup.py"
        mkdir -p "$OUT"
        SPACY_NUM_BUILD_JOBS=$(nproc) "$tmp/venv/bin/pip" wheel -q --no-deps --no-build-isolation "$src" -w "$tmp/whl"
        mv "$tmp"/whl/spacy-"$VERSION"-*.whl "$OUT"/
    ) 2>&1 | grep -v -e "is ignored: it is neither a file nor a directory" -e "^$" >&2
    wheel=$(ls "$OUT"/spacy-"$VERSION"-*.whl 2>/dev/null | head -1)
    if [ -z "$wheel" ]; then
        echo "spacy_wheel: build failed; keeping the stock spaCy wheel (same results, slower parse)" >&2
        exit 0
    fi
fi
"$PY" -m pip install -q --no-deps --force-reinstall "$wheel" 2>&1 | grep -v "is ignored: it is neither" >&2
if without_hooks; then
    echo "spacy_wheel: installed $(basename "$wheel") (no profiling hooks)" >&2
else
    echo "spacy_wheel: $wheel did not install as expected; the stock wheel's speed applies" >&2
fi
exit 0
