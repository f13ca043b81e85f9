#!/usr/bin/env bash
# Cold start of the `configlint` dotnet tool (JIT) and of the NativeAOT binary, linting one small file.
# Usage: benchmarks/compare/startup.sh            (needs hyperfine: apt-get install hyperfine)
# Prints hyperfine's table and the ratio; append the result to benchmarks/RESULTS.md by hand with the date.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack ConfigLint.sln -c Release -o "$work/packages" >/dev/null
dotnet tool install ConfigLint.Cli --tool-path "$work/tool" --add-source "$work/packages" >/dev/null
dotnet publish src/ConfigLint.Cli/ConfigLint.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" >/dev/null

mkdir -p "$work/input"
printf 'PORT=3000\nDATABASE_URL=postgres://db:5432/app\n' > "$work/input/.env"
cd "$work/input"
echo "machine: $(nproc) cores, $(uname -srm); date: $(date -u +%Y-%m-%d)"
hyperfine --warmup 3 --runs 30 -N --export-json "$work/startup.json" \
  --command-name "dotnet tool (JIT)" "$work/tool/configlint lint .env" \
  --command-name "NativeAOT binary" "$work/native/configlint lint .env"
python3 - "$work/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
jit, native = (r["mean"] for r in results)
print(f"JIT {jit*1000:.1f} ms, native {native*1000:.1f} ms, native is {jit/native:.1f}x faster")
PY
