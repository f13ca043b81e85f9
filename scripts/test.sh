#!/usr/bin/env bash
# Builds everything (warnings are errors), installs the test oracles, runs every test project and ends with
# one line "N passed, N failed" summing all results. Works on a fresh machine with the .NET SDK and npm.
set -uo pipefail
cd "$(dirname "$0")/.."

results_dir="$(pwd)/artifacts/test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"

# Debian packages the tests drive: pre-commit (the end-to-end hook test) and afl++ (the fuzz harnesses).
missing=()
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
command -v afl-fuzz >/dev/null 2>&1 || missing+=(afl++)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
    || { $sudo_cmd apt-get update -q >/dev/null 2>&1 && $sudo_cmd apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; } \
    || echo "could not install ${missing[*]} with apt-get; the tests that need them will fail"
fi

if ! dotnet restore ConfigLint.sln; then
  echo "restore failed"; echo "0 passed, 1 failed"; exit 1
fi
if ! dotnet build ConfigLint.sln -c Release --no-restore -warnaserror; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi
if ! (cd tests/oracles && npm ci --no-audit --no-fund --loglevel=error); then
  echo "npm ci in tests/oracles failed; oracle tests will fail when CONFIGLINT_REQUIRE_ORACLES=1"
fi

status=0
for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir" || status=1
done

passed=0
failed=0
for trx in "$results_dir"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
# Each fuzz harness runs for a bounded time; a target counts as one passed or failed test.
fuzz_seconds="${CONFIGLINT_FUZZ_SECONDS:-20}"
if [ "$fuzz_seconds" -gt 0 ]; then
  fuzz_log="$results_dir/fuzz.log"
  tests/fuzz/run.sh "$fuzz_seconds" > "$fuzz_log" 2>&1
  cat "$fuzz_log"
  fuzz_passed="$(grep -c ': no crashes in' "$fuzz_log")"
  fuzz_failed="$(grep -cE ': [0-9]+ crash|did not run|failed$' "$fuzz_log")"
  if [ "$fuzz_passed" -eq 0 ] && [ "$fuzz_failed" -eq 0 ]; then
    fuzz_failed=1
  fi
  passed=$((passed + fuzz_passed))
  failed=$((failed + fuzz_failed))
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
