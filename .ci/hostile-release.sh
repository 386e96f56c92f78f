#!/usr/bin/env bash
# Hostile inputs too big for a debug `swift test` (issue 7), against the release binary that
# .ci/run built (this script builds nothing): a 200 MB manifest, 200 MB of random bytes, a
# 200 MB single line, a file just over the 256 MiB limit (on disk and on stdin), and a dense
# 5 MB manifest for the worst memory per byte. Each runs alone (wall time and peak RSS
# measured) and beside a small good and a small bad file (every file's result must be there).
# Fails on a wrong exit code, a missing finding, a lost neighbour, a time-out, or a peak RSS
# over the stated bound. Usage: .ci/hostile-release.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-$PWD/.build/release/flyte-lint}"
if [ ! -x "$bin" ]; then
  echo "no release binary at $bin (swift build -c release first)"
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
started=$SECONDS
MB=$((1024 * 1024))

# The memory bound (peak RSS, KB) for a file of SIZE bytes: SLOPE_PCT/100 × size + BASE.
# Measured on x86_64 Linux, Swift 6 release, 2 cores (peak RSS; the binary alone is ~11.5 MB):
#   256 MiB + 1 byte file: 11.5 MB (refused from its size)  on stdin: 275 MB (1.07x)
#   200 MB random bytes: 217 MB (1.06x)    200 MB single line: check 212 MB (1.03x), dump 610 MB (3.05x)
#   200 MB manifest of tasks with source: 592 MB (2.96x), 5 s
#   5 MB dense manifest (a node every ~10 bytes): 136 MB (24.8x over the baseline), 3 s
# Each bound below leaves a margin over its measurement; the whole script takes ~30 s.
bound_kb() { # SLOPE_PCT SIZE_BYTES
  echo $(($1 * $2 / 100 / 1024 + 64 * 1024))
}

printf 'tasks:\n  - name: pkg.good\n    retries: 1\n' > good.yaml
printf 'tasks:\n  - name: pkg.bad\n    retries: -1\n' > bad.yaml
bad_line='bad.yaml:3:14: error: retries "-1" is out of range; it must be between 0 and 4294967295 [FL205]'

echo "== generating inputs in $work"
python3 - <<'PY'
import os
MB = 1024 * 1024
body = "".join("        x_%02d = compute(%d)  # a step of the task\n" % (k, k) for k in range(40))
def manifest(path, size, dense):
    with open(path, "w") as f:
        f.write("tasks:\n")
        n, i = 7, 0
        while n < size:
            if dense:
                t = '  - name: pkg.mod.task_%07d\n    retries: 1\n    timeout: 5m\n    cache: {version: "v1"}\n' % i
            else:
                t = ("  - name: pkg.mod.task_%07d\n    retries: 1\n    timeout: 5m\n    source: |\n"
                     "      def task_%07d() -> None:\n%s" % (i, i, body))
            f.write(t)
            n += len(t)
            i += 1
        # One finding at the very end: the whole file was read and checked.
        f.write("  - name: pkg.mod.last\n    retries: -1\n")
manifest("valid.yaml", 200 * MB, dense=False)
manifest("dense.yaml", 5 * MB, dense=True)
with open("garbage.flyte.yaml", "wb") as f:
    # A manifest's start, then an invalid byte at offset 29, then random bytes.
    f.write(b"tasks:\n  - name: pkg.garbage\n\xff")
    for _ in range(200):
        f.write(os.urandom(MB))
with open("line.json", "w") as f:
    f.write('{"tasks": [{"name": "pkg.line", "source": "')
    f.write("x" * (200 * MB))
    f.write('", "retries": -1}]}')
with open("over.yaml", "wb") as f:
    f.write(b"tasks:\n  - name: pkg.over\n#")
    f.truncate(256 * MB + 1)
PY
ls -l valid.yaml dense.yaml garbage.flyte.yaml line.json over.yaml | awk '{print "  " $5 "  " $9}'

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# Runs `flyte-lint ARGS` with a time limit; sets rc, secs, peak_kb; stdout in out.txt.
measure() { # STDIN_FILE ARGS...
  local input=$1
  shift
  set +e
  if [ -x /usr/bin/time ]; then
    timeout 120 /usr/bin/time -f '%e %M' -o time.txt "$bin" "$@" < "$input" > out.txt 2> err.txt
    rc=$?
    # GNU time writes "Command exited with non-zero status N" first on a failure.
    read -r secs peak_kb < <(tail -n 1 time.txt) || true
  else
    local start=$SECONDS
    "$bin" "$@" < "$input" > out.txt 2> err.txt &
    local pid=$! hwm
    peak_kb=0
    while kill -0 "$pid" 2> /dev/null; do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2> /dev/null || true)
      [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ] && peak_kb=$hwm
      sleep 0.05
    done
    wait "$pid"
    rc=$?
    secs=$((SECONDS - start))
  fi
  set -e
}

# One hostile file, alone then beside good.yaml and bad.yaml.
case_() { # NAME FILE SLOPE_PCT EXPECTED_LINE [STDIN]
  local name=$1 file=$2 slope=$3 expected=$4 stdin=${5:-}
  local size limit input=/dev/null target=$file
  size=$(stat -c %s "$file")
  limit=$(bound_kb "$slope" "$size")
  if [ -n "$stdin" ]; then
    input=$file
    target=-
  fi
  measure "$input" check "$target" --format concise
  printf '  %-34s exit %s  %6.2f s  peak %7d KB  bound %7d KB (%d.%02d × size + 64 MB)\n' \
    "$name" "$rc" "$secs" "$peak_kb" "$limit" $((slope / 100)) $((slope % 100))
  [ "$rc" = 1 ] || fail "$name: exit $rc, expected 1: $(head -c 300 err.txt)"
  grep -qxF -- "$expected" out.txt || fail "$name: expected \"$expected\", got: $(head -c 300 out.txt)"
  [ "$peak_kb" -le "$limit" ] || fail "$name: peak RSS $peak_kb KB over the bound $limit KB"
  measure "$input" check good.yaml "$target" bad.yaml --format concise
  [ "$rc" = 1 ] || fail "$name beside others: exit $rc"
  grep -qxF -- "$expected" out.txt || fail "$name beside others: its finding is lost"
  grep -qxF -- "$bad_line" out.txt || fail "$name beside others: bad.yaml's finding is lost"
  grep -q 'good.yaml' out.txt && fail "$name beside others: good.yaml has findings"
  grep -q '(3 files checked, 0 skipped)$' out.txt || fail "$name beside others: $(tail -n 1 out.txt)"
}

echo "== check, release binary"
case_ "200 MB manifest (tasks with source)" valid.yaml 350 \
  "$(grep -c '' valid.yaml | awk '{print "valid.yaml:" $1 ":14: error: retries \"-1\" is out of range; it must be between 0 and 4294967295 [FL205]"}')"
case_ "5 MB dense manifest" dense.yaml 3000 \
  "$(grep -c '' dense.yaml | awk '{print "dense.yaml:" $1 ":14: error: retries \"-1\" is out of range; it must be between 0 and 4294967295 [FL205]"}')"
case_ "200 MB of random bytes" garbage.flyte.yaml 130 \
  "garbage.flyte.yaml:3:1: error: invalid UTF-8 at offset 29 [FL001]"
case_ "200 MB single line" line.json 150 \
  "line.json:1:$((200 * MB + 58)): error: retries \"-1\" is out of range; it must be between 0 and 4294967295 [FL205]"
case_ "256 MiB + 1 byte file" over.yaml 10 \
  "over.yaml:1:1: error: cannot read the file: file is $((256 * MB + 1)) bytes, more than the 268435456-byte limit [FL001]"
case_ "256 MiB + 1 byte on stdin" over.yaml 150 \
  "<stdin>:1:1: error: cannot read the file: file is $((256 * MB + 1)) bytes, more than the 268435456-byte limit [FL001]" stdin

echo "== dump, release binary"
measure line.json dump line.json
limit=$(bound_kb 350 "$(stat -c %s line.json)")
printf '  %-34s exit %s  %6.2f s  peak %7d KB  bound %7d KB (3.50 × size + 64 MB)\n' \
  "dump 200 MB single line" "$rc" "$secs" "$peak_kb" "$limit"
[ "$rc" = 0 ] || fail "dump of the 200 MB line: exit $rc: $(head -c 300 err.txt)"
[ "$(stat -c %s out.txt)" -gt $((200 * MB)) ] || fail "dump of the 200 MB line: short output"
[ "$peak_kb" -le "$limit" ] || fail "dump of the 200 MB line: peak RSS $peak_kb KB over the bound $limit KB"

echo "== $((SECONDS - started)) s in all"
if [ "$failures" -ne 0 ]; then
  echo "$failures hostile-input check(s) failed"
  exit 1
fi
echo "== hostile inputs (release): all passed"
