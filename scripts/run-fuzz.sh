#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into ./build-fuzz and runs each for N seconds
# (default 30), starting from its seed corpus (fuzz/seeds/NAME, tests/io/fuzz_regressions/NAME).
# Fails when a target crashes, leaks, runs out of memory or takes more than 10 s on one input; the input
# is left in build-fuzz/fuzz/artifacts/. The corpus grown by a run stays in build-fuzz/fuzz/corpus/NAME,
# so the next run goes on from there. Usage: scripts/run-fuzz.sh [seconds-per-target] [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-30}"
shift || true
BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DSELLERDESK_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

mkdir -p "$BUILD_DIR/fuzz/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_LOGGING_RULES="*.debug=false;*.warning=false"
failed=()
while read -r name binary seeds; do
  [ -n "$name" ] || continue
  if [ $# -gt 0 ] && [[ ! " $* " == *" $name "* ]]; then continue; fi
  corpus="$BUILD_DIR/fuzz/corpus/$name"
  mkdir -p "$corpus"
  existing=()
  for d in $seeds; do [ -d "$d" ] && existing+=("$d"); done
  echo "== $name: ${SECONDS_PER_TARGET}s"
  if ! "$binary" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$BUILD_DIR/fuzz/artifacts/$name-" \
      "$corpus" "${existing[@]}" 2>"$BUILD_DIR/fuzz/$name.log"; then
    tail -n 60 "$BUILD_DIR/fuzz/$name.log"
    failed+=("$name")
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$BUILD_DIR/fuzz/$name.log" | tr '\n' ' '
    echo
  fi
done <"$BUILD_DIR/fuzz/targets.txt"

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fuzzing found problems in: ${failed[*]} (inputs in $BUILD_DIR/fuzz/artifacts/)" >&2
  exit 1
fi
echo "Fuzzing found nothing."
