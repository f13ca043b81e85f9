#!/usr/bin/env bash
# ConfigLint against dotenv-linter (npm) on the env files of a generated workspace, in one run.
#   benchmarks/compare/dotenv.sh [FILES]   (default 10000-file workspace)
source "$(dirname "$0")/lib.sh"
install_peers
build_configlint
directory="$(corpus "${1:-10000}")"
cd "$directory"
mapfile -t files < <(find . -type f \( -name '.env' -o -name '.env.*' -o -name '*.env' \) | sort)
machine
echo "input: ${#files[@]} env files, $(cat "${files[@]}" | wc -c) bytes"
compare dotenv 10 -- \
  "configlint (NativeAOT)" "$configlint_native lint --format msbuild ${files[*]}" \
  "configlint (dotnet tool)" "$configlint_jit lint --format msbuild ${files[*]}" \
  "dotenv-linter 0.2.0 (node)" "$compare_dir/node_modules/.bin/dotenv-linter ${files[*]}"
