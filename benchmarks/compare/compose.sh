#!/usr/bin/env bash
# ConfigLint against dclint (npm) on the compose files of a generated workspace, in one run.
#   benchmarks/compare/compose.sh [FILES]
source "$(dirname "$0")/lib.sh"
install_peers
build_configlint
directory="$(corpus "${1:-10000}")"
cd "$directory"
mapfile -t files < <(find . -type f \( -name 'docker-compose*.y*ml' -o -name 'compose*.y*ml' \) | sort)
machine
echo "input: ${#files[@]} compose files, $(cat "${files[@]}" | wc -c) bytes"
compare compose 10 -- \
  "configlint (NativeAOT)" "$configlint_native lint --format msbuild ${files[*]}" \
  "configlint (dotnet tool)" "$configlint_jit lint --format msbuild ${files[*]}" \
  "dclint 3.1.0 (node)" "$compare_dir/node_modules/.bin/dclint --color false ${files[*]}"
