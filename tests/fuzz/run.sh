#!/usr/bin/env bash
# Fuzzes ConfigLint's front-ends with AFL++ through SharpFuzz.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     targets: dotenv terraform yaml pipeline (default: all)
# Each target runs for SECONDS (default 60). A crash is copied to artifacts/fuzz/crashes/TARGET/ and the script
# exits 1; turn it into a regression test by adding the file under tests/fuzz/regressions/TARGET/.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=(dotenv terraform yaml pipeline)

work="$(pwd)/artifacts/fuzz"
mkdir -p "$work"
if ! command -v afl-fuzz >/dev/null 2>&1; then
  apt-get install -y -q afl++ >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q afl++ >/dev/null 2>&1; } \
    || { echo "afl-fuzz is missing and could not be installed (apt-get install afl++)"; exit 1; }
fi
if [ ! -x "$work/tool/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tool" >/dev/null || exit 1
fi

rm -rf "$work/bin"
dotnet publish tests/fuzz/ConfigLint.Fuzz/ConfigLint.Fuzz.csproj -c Release -o "$work/bin" >/dev/null || { echo "fuzz harness build failed"; exit 1; }
for assembly in ConfigLint.dll ConfigLint.Rules.dll; do
  "$work/tool/sharpfuzz" "$work/bin/$assembly" >/dev/null || { echo "instrumenting $assembly failed"; exit 1; }
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
status=0
for target in "${targets[@]}"; do
  out="$work/out/$target"
  rm -rf "$out"
  mkdir -p "$work/out"
  echo "fuzzing $target for ${seconds}s"
  afl-fuzz -V "$seconds" -i "tests/fuzz/seeds/$target" -o "$out" -t 10000 -m none -- dotnet "$work/bin/ConfigLint.Fuzz.dll" "$target" >"$work/$target.log" 2>&1
  stats="$out/default/fuzzer_stats"
  execs="$(sed -n 's/^execs_done *: *//p' "$stats" 2>/dev/null)"
  crashes=( "$out"/default/crashes/id:* )
  if [ -e "${crashes[0]}" ]; then
    mkdir -p "$work/crashes/$target"
    cp "${crashes[@]}" "$work/crashes/$target/"
    echo "  $target: ${#crashes[@]} crash(es) in ${execs:-?} executions; inputs in artifacts/fuzz/crashes/$target/"
    status=1
  elif [ -z "$execs" ]; then
    echo "  $target: afl-fuzz did not run; see artifacts/fuzz/$target.log"
    tail -n 20 "$work/$target.log"
    status=1
  else
    echo "  $target: no crashes in $execs executions"
  fi
done
exit "$status"
