#!/usr/bin/env bash
# Parses the same generated Terraform files (small ~2 KB, medium ~100 KB, large ~5 MB) with ConfigLint's HCL parser
# and with HashiCorp's: the WASM build that npm @cdktf/hcl2json ships (run by node) and, when Debian's
# golang-go and golang-github-hashicorp-hcl-v2-dev are installed, the native Go build. Prints MB/s for each and
# ConfigLint's ratio to each. Throughput is given by wall clock and by CPU time; on a busy shared machine the CPU
# figures are the steadier ones.
#   benchmarks/compare/hcl.sh [--seconds N]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=5
if [ "${1:-}" = "--seconds" ]; then seconds="$2"; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build benchmarks/ConfigLint.Benchmarks -c Release -v quiet -nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
bench=benchmarks/ConfigLint.Benchmarks/bin/Release/net10.0/ConfigLint.Benchmarks
"$bench" hcl-inputs "$work/inputs"
[ -d tests/oracles/node_modules/@cdktf/hcl2json ] || (cd tests/oracles && npm ci --no-audit --no-fund --loglevel=error)

go_bench=""
if command -v go > /dev/null && [ -d /usr/share/gocode/src/github.com/hashicorp/hcl/v2 ]; then
  if GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$work/gocache" go build -o "$work/hclbench-go" benchmarks/compare/hclbench-go/main.go; then
    go_bench="$work/hclbench-go"
  fi
else
  echo "(native Go comparison skipped: apt-get install -y golang-go golang-github-hashicorp-hcl-v2-dev to include it)"
fi

cpu_rate() { sed -n 's/.* \([0-9.]*\) MB\/s cpu.*/\1/p' <<<"$1" | head -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }

for size in small medium large; do
  file="$work/inputs/$size.tf"
  echo "== $size.tf ($(wc -c < "$file") bytes)"
  ours="$("$bench" hcl-throughput "$file" --seconds "$seconds")"
  echo "$ours"
  ours_cpu="$(cpu_rate "$(grep 'parse: ' <<<"$ours")")"
  wasm="$(node benchmarks/compare/hcl2json-throughput.js "$file" --seconds "$seconds")"
  echo "$wasm"
  echo "ratio configlint/wasm (cpu):   $(ratio "$ours_cpu" "$(cpu_rate "$wasm")")x"
  if [ -n "$go_bench" ]; then
    native="$("$go_bench" --seconds "$seconds" "$file")"
    echo "$native"
    echo "ratio configlint/native (cpu): $(ratio "$ours_cpu" "$(cpu_rate "$native")")x"
  fi
done
