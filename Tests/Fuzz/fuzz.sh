#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a while (issue 7).
#
#   Tests/Fuzz/fuzz.sh TARGET|all SECONDS
#
# TARGET is yaml, json, lint, fix, lsp or simulate. The seed corpus is assembled in a temp
# folder from fixtures/ (and the conformance suites in ../shared/testsuites when present), plus
# the inputs kept between runs in $FUZZ_CORPUS (default ~/.cache/flyte-lint-fuzz/TARGET), where
# new finds are saved. A crash, timeout or out-of-memory input is copied to
# fixtures/fuzz/TARGET/ (FuzzRegressionTests replays it) and the script exits 1.
#
# Environment: FUZZ_NO_BUILD=1 skips the build (run it first, e.g. under a lock);
# FUZZ_BUILD_LOCK=FILE wraps the build in `flock FILE`; FUZZ_NICE=N runs the fuzzers niced.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared/testsuites"
all_targets=(yaml json lint fix lsp simulate)

if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 TARGET|all SECONDS   (targets: ${all_targets[*]})" >&2
  exit 2
fi
if [ "$1" = all ]; then targets=("${all_targets[@]}"); else targets=("$1"); fi
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "unknown target $t" >&2; exit 2; }
done
seconds=$2

build=(swift build -c release --package-path "$here" -Xswiftc -sanitize=fuzzer,address)
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  echo "== building the fuzz targets (release, -sanitize=fuzzer,address)"
  start=$(date +%s)
  if [ -n "${FUZZ_BUILD_LOCK:-}" ]; then build=(flock "$FUZZ_BUILD_LOCK" "${build[@]}"); fi
  # ld.gold warns about every ASan symbol it cannot export: noise.
  "${build[@]}" 2>&1 | grep -v "Cannot export local symbol" | grep -vE '^\[[0-9]+/[0-9]+\]' | tail -n 5
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "the fuzz build failed"; exit 1; }
  echo "built in $(( $(date +%s) - start )) s"
fi
bin=$(swift build -c release --package-path "$here" --show-bin-path)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# seeds TARGET DIR: the starting inputs of one target.
seeds() {
  local t=$1 dir=$2 i=0
  mkdir -p "$dir"
  copy() { for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/$((i++))-$(basename "$f")"; done; return 0; }
  case $t in
    yaml)
      copy $(find "$root/fixtures" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -not -path '*/fuzz/*')
      [ -d "$shared/yaml-test-suite" ] && copy $(find "$shared/yaml-test-suite" -name in.yaml)
      [ -d "$shared/json-test-suite" ] && copy "$shared"/json-test-suite/*.json ;;
    json)
      copy $(find "$root/fixtures" -type f -name '*.json' -not -path '*/fuzz/*')
      [ -d "$shared/json-test-suite" ] && copy "$shared"/json-test-suite/*.json
      [ -d "$shared/yaml-test-suite" ] && copy $(find "$shared/yaml-test-suite" -name in.json) ;;
    lint | fix)
      copy $(find "$root/fixtures" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -not -path '*/fuzz/*') ;;
    lsp)
      copy $(find "$root/fixtures/ok" "$root/fixtures/err" "$root/fixtures/lsp" -type f -name '*.yaml')
      # Each transcript's client messages as one framed byte stream.
      python3 - "$dir" "$root"/fixtures/lsp/transcripts/*.jsonl <<'PY'
import json, sys
out = sys.argv[1]
for path in sys.argv[2:]:
    stream = b""
    for line in open(path, encoding="utf-8"):
        if not line.startswith("{"):
            continue
        send = json.loads(line).get("send")
        if send is None:
            continue
        body = json.dumps(send, separators=(",", ":"), ensure_ascii=False)
        body = body.replace("${WORKSPACE}", "/tmp/flyte-lint-fuzz-workspace").encode()
        stream += b"Content-Length: %d\r\n\r\n" % len(body) + body
    open(out + "/framed-" + path.rsplit("/", 1)[-1] + ".bin", "wb").write(stream)
PY
      ;;
    simulate)
      copy "$root"/fixtures/simulate/*.yaml
      copy $(find "$root/fixtures/ok" -type f -name '*.yaml') ;;
  esac
  copy "$root/fixtures/fuzz/$t"/*
}

max_len() {
  case $1 in
    yaml | json) echo 8192 ;;
    lint | fix) echo 8192 ;;
    lsp) echo 16384 ;;
    simulate) echo 4096 ;;
  esac
}

failed=()
printf '%-9s %10s %9s %8s %s\n' target execs exec/s seconds result > "$work/summary"
for t in "${targets[@]}"; do
  echo "== fuzz-$t for $seconds s"
  seeds "$t" "$work/seeds/$t"
  corpus="${FUZZ_CORPUS:-$HOME/.cache/flyte-lint-fuzz}/$t"
  mkdir -p "$corpus" "$work/artifacts/$t"
  log="$work/$t.log"
  start=$(date +%s)
  set +e
  # symbolize=0 and no Swift backtracer: a crash report must not hang the run (timeout too).
  ASAN_OPTIONS=symbolize=0:detect_leaks=0:abort_on_error=0 SWIFT_BACKTRACE=enable=no \
    timeout -k 10 $((seconds + 120)) nice -n "${FUZZ_NICE:-0}" "$bin/fuzz-$t" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$t/" \
    "$corpus" "$work/seeds/$t" > "$log" 2>&1
  status=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  found=$(find "$work/artifacts/$t" -type f | wc -l)
  result=ok
  if [ "$found" -gt 0 ] || [ "$status" -ne 0 ]; then
    result="FAILED (exit $status, $found inputs saved)"
    failed+=("$t")
    mkdir -p "$root/fixtures/fuzz/$t"
    for f in "$work/artifacts/$t"/*; do
      [ -f "$f" ] && cp "$f" "$root/fixtures/fuzz/$t/$(basename "$f")" && echo "saved fixtures/fuzz/$t/$(basename "$f")"
    done
    grep -E "Fatal error|ERROR: |SUMMARY|fuzz-$t:|Test unit written" "$log" | head -n 20 || true
    [ "$found" -gt 0 ] || tail -n 30 "$log"
  fi
  grep -E "^#[0-9]+[[:space:]]+DONE" "$log" | tail -n 1 || true
  printf '%-9s %10s %9s %8s %s\n' "$t" "${execs:-?}" "${rate:-?}" "$elapsed" "$result" | tee -a "$work/summary"
done
echo "== fuzz summary"
cat "$work/summary"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed: ${failed[*]} (inputs saved under fixtures/fuzz/; replay with swift test --filter FuzzRegressionTests)"
  exit 1
fi
