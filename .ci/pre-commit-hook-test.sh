#!/usr/bin/env bash
# The pre-commit hooks of .pre-commit-hooks.yaml, run the way pre-commit runs them (SPEC §12):
# a release build from a clean copy of the committed repository, with pre-commit's own command,
# then each hook's entry on the fixtures, checking exit codes.
#
# With pre-commit at hand (on PATH, in $PRE_COMMIT, or pip-installed into a throwaway venv),
# pre-commit itself clones this repository at HEAD, builds the `flyte-lint` hook and runs both
# hooks; the script then also runs each hook's entry directly, to check exact exit codes (pre-commit
# folds them all into 1). Without pre-commit (or with FLYTE_LINT_HOOK_TEST_EMULATE=1) it does
# pre-commit's steps by hand: clone, `swift build --package-path CLONE -c release --build-path
# CLONE/swift_env-default/.build`, and the entries with that build's `release` folder on PATH.
#
# Expected exit codes: 0 for fixtures/ok and fixtures/skip (pre-commit passes every YAML file),
# and for each fixtures/err file 1 when its golden .out has an error, else 0. The hooks run in a
# scratch repository whose .flyte-lint.yaml makes err/** manifests, as the golden tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rev=$(git rev-parse HEAD)
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "note: uncommitted changes are not part of this test (pre-commit checks out $rev)"
fi
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# --- the user's repository: the fixtures of the commit under test ---------------------------
user="$work/user-repo"
mkdir -p "$user"
git archive "$rev" fixtures | tar -x -C "$work"
cp -R "$work/fixtures/ok" "$work/fixtures/err" "$work/fixtures/skip" "$user/"
printf 'manifests: ["err/**"]\n' > "$user/.flyte-lint.yaml"
(cd "$user" && git init -q && git add -A \
  && git -c user.name=ci -c user.email=ci@localhost commit -qm fixtures)
manifest_files() {  # PATTERN...: matching files of the user's repository, sorted
  (cd "$user" && for pattern in "$@"; do for f in $pattern; do echo "$f"; done; done) \
    | grep -E '\.(ya?ml|json)$' | sort
}
clean_files=$(manifest_files 'ok/*' 'skip/*')
err_files=$(manifest_files 'err/*')
expected_code() {  # an err fixture fails the run when its golden output has an error
  case "$1" in
    err/*) grep -q ': error:' "$user/${1%.*}.out" && echo 1 || echo 0 ;;
    *) echo 0 ;;
  esac
}

# --- pre-commit itself, if we can have it ------------------------------------------------------
precommit=""
if [ "${FLYTE_LINT_HOOK_TEST_EMULATE:-0}" != 1 ]; then
  if [ -n "${PRE_COMMIT:-}" ]; then
    precommit=$PRE_COMMIT
  elif command -v pre-commit > /dev/null; then
    precommit=$(command -v pre-commit)
  elif python3 -m venv "$work/venv" > /dev/null 2>&1 \
    && timeout 300 "$work/venv/bin/pip" install -q pre-commit > "$work/pip.log" 2>&1; then
    precommit="$work/venv/bin/pre-commit"
  else
    echo "note: pre-commit is not available (pip install failed); doing its steps by hand"
  fi
fi

export PRE_COMMIT_HOME="$work/pre-commit-home"
# A .pre-commit-config.yaml as a user writes it, with this repository as a local path.
config_for() {
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: %s\n' "$root" "$rev" "$1" \
    > "$work/config-$1.yaml"
  echo "$work/config-$1.yaml"
}
# pre-commit run on FILES: exit 0 and "Passed", or exit 1 with the hook's own exit code 1.
pre_commit_run() {  # HOOK EXPECTED FILES...
  local hook=$1 expected=$2 config status
  shift 2
  config=$(config_for "$hook")
  set +e
  (cd "$user" && "$precommit" run -c "$config" --color never --files "$@") > "$work/run.log" 2>&1
  status=$?
  set -e
  if [ "$expected" = 0 ]; then
    [ "$status" = 0 ] && grep -q Passed "$work/run.log" && return 0
  else
    [ "$status" = 1 ] && grep -q -- "- exit code: $expected" "$work/run.log" && return 0
  fi
  fail "pre-commit run of hook $hook on $* exited $status, expected $expected; its output:"
  tail -n 30 "$work/run.log"
}

start=$SECONDS
if [ -n "$precommit" ]; then
  echo "== pre-commit $("$precommit" --version | cut -d' ' -f2): hook flyte-lint (language: swift; installing it is the release build)"
  # shellcheck disable=SC2086  # file lists are one name a line, without spaces
  pre_commit_run flyte-lint 0 $clean_files
  echo "   installed and ran in $((SECONDS - start))s"
  clone=$(dirname "$(ls -d "$PRE_COMMIT_HOME"/repo*/swift_env-default)")
  bin="$clone/swift_env-default/.build/release"
else
  echo "== clean clone at $rev, release build with pre-commit's command"
  clone="$work/hook-repo"
  git clone -q "$root" "$clone"
  git -C "$clone" checkout -q "$rev"
  swift build --package-path "$clone" -c release --build-path "$clone/swift_env-default/.build" 2>&1 | tail -n 1
  bin="$clone/swift_env-default/.build/release"
  echo "   built in $((SECONDS - start))s"
fi
for product in flyte-lint flyte-lint-bench; do
  [ -x "$bin/$product" ] || fail "the release build has no $product in $bin"
done

# --- each hook's entry, run directly: exact exit codes ---------------------------------------
# One line per hook: id, language, and the command (entry + args) in shell syntax.
hooks=$("$bin/flyte-lint" dump "$clone/.pre-commit-hooks.yaml" | python3 -c '
import json, shlex, sys
hooks = json.loads(sys.stdin.readline())
want = {"flyte-lint": "swift", "flyte-lint-system": "system"}
for hook in hooks:
    name = hook.get("id")
    if hook.get("types_or") != ["yaml", "json"] or hook.get("require_serial") is not True:
        sys.exit(f"hook {name}: expected types_or [yaml, json] and require_serial true")
    print(hook["id"], hook["language"], shlex.join(shlex.split(hook["entry"]) + hook.get("args", [])), sep="\t")
if {h["id"]: h["language"] for h in hooks} != want:
    sys.exit(f"expected the hooks {want}")
')
while IFS=$'\t' read -r id language command; do
  echo "== hook $id ($language): $command FILE..."
  [ -x "$bin/${command%% *}" ] || fail "$id: entry ${command%% *} is not a product of the build"
  run_entry() { (cd "$user" && PATH="$bin:$PATH" eval "$command \"\$@\"") < /dev/null > "$work/entry.log" 2>&1; }
  for file in $clean_files $err_files; do
    expected=$(expected_code "$file")
    set +e
    run_entry "$file"
    status=$?
    set -e
    [ "$status" = "$expected" ] || { fail "$id on $file exited $status, expected $expected"; tail -n 20 "$work/entry.log"; }
  done
  # shellcheck disable=SC2086
  { set +e; run_entry $clean_files; status=$?; set -e; }
  [ "$status" = 0 ] || fail "$id on every ok/skip file exited $status, expected 0"
  # shellcheck disable=SC2086
  { set +e; run_entry $err_files; status=$?; set -e; }
  [ "$status" = 1 ] || fail "$id on every err file exited $status, expected 1"
  echo "   $(echo $clean_files $err_files | wc -w) files one by one, then all clean and all err files together"
done <<< "$hooks"

# --- pre-commit runs of both hooks on the err fixtures ----------------------------------------
if [ -n "$precommit" ]; then
  echo "== pre-commit run, both hooks, on each err fixture"
  for file in $err_files; do
    pre_commit_run flyte-lint "$(expected_code "$file")" "$file"
    PATH="$bin:$PATH" pre_commit_run flyte-lint-system "$(expected_code "$file")" "$file"
  done
  # shellcheck disable=SC2086
  PATH="$bin:$PATH" pre_commit_run flyte-lint-system 0 $clean_files
  # shellcheck disable=SC2086
  pre_commit_run flyte-lint 1 $err_files
fi

if [ "$failures" -ne 0 ]; then
  echo "pre-commit hook test: $failures failure(s)"
  exit 1
fi
echo "== pre-commit hooks pass ($((SECONDS - start))s)"
