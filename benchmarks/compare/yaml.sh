#!/usr/bin/env bash
# ConfigLint against yamllint (Debian) on every YAML file of a generated workspace, in one run.
#   benchmarks/compare/yaml.sh [FILES]
source "$(dirname "$0")/lib.sh"
install_peers
command -v yamllint >/dev/null 2>&1 || apt-get install -y -q yamllint >/dev/null
build_configlint
directory="$(corpus "${1:-10000}")"
cd "$directory"
mapfile -t files < <(find . -type f \( -name '*.yaml' -o -name '*.yml' \) | sort)
machine
echo "input: ${#files[@]} YAML files, $(cat "${files[@]}" | wc -c) bytes"
compare yaml 10 -- \
  "configlint (NativeAOT)" "$configlint_native lint --format msbuild ${files[*]}" \
  "configlint (dotnet tool)" "$configlint_jit lint --format msbuild ${files[*]}" \
  "yamllint $(yamllint --version | cut -d' ' -f2) (python)" "yamllint -f parsable ${files[*]}"
