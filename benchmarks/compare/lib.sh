# Shared by the compare scripts: builds ConfigLint (the dotnet tool's apphost and the NativeAOT binary), installs
# the peers, writes a corpus, and times commands side by side with hyperfine in one run, printing ratios.
# Source it; do not run it.
set -euo pipefail
compare_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$compare_dir/../.." && pwd)"
work="$repo/artifacts/compare"
mkdir -p "$work"

install_peers() {
  command -v hyperfine >/dev/null 2>&1 || apt-get install -y -q hyperfine >/dev/null
  if [ ! -d "$compare_dir/node_modules" ]; then
    (cd "$compare_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

# Sets $configlint_jit and $configlint_native.
build_configlint() {
  dotnet build "$repo/src/ConfigLint.Cli/ConfigLint.Cli.csproj" -c Release >/dev/null
  configlint_jit="$repo/src/ConfigLint.Cli/bin/Release/net10.0/ConfigLint.Cli"
  dotnet publish "$repo/src/ConfigLint.Cli/ConfigLint.Cli.csproj" -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" >/dev/null
  configlint_native="$work/native/configlint"
}

# corpus FILES → prints the directory of a deterministic mixed workspace of about FILES files.
corpus() {
  local files="$1" directory="$work/corpus-$1"
  if [ ! -d "$directory" ]; then
    dotnet run --project "$repo/benchmarks/corpus" -c Release -- --files "$files" --seed 42 --out "$directory" >/dev/null
  fi
  echo "$directory"
}

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -srm); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); dotnet $(dotnet --version); node $(node --version)"
}

# compare NAME RUNS -- "label" "command" ["label" "command"...]: the first command is ConfigLint native; ratios are
# each command's mean over the first's. Exit codes are ignored (linters exit 1 on findings).
compare() {
  local name="$1" runs="$2"
  shift 3
  local args=()
  while [ "$#" -gt 0 ]; do
    args+=(--command-name "$1" "$2")
    shift 2
  done
  hyperfine --warmup 1 --runs "$runs" --ignore-failure --shell=none --style basic --export-json "$work/$name.json" "${args[@]}" >/dev/null
  python3 - "$work/$name.json" "$name" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["mean"]
print(f"{sys.argv[2]}:")
print(f"  {'command':<34} {'mean':>10} {'± sd':>9} {'max RSS':>9} {'vs first':>9}")
for r in results:
    rss = max(r.get("memory_usage_byte") or [0]) / 1048576
    print(f"  {r['command']:<34} {r['mean']*1000:>8.1f} ms {r['stddev']*1000:>6.1f} ms {rss:>6.0f} MB {r['mean']/base:>8.2f}x")
PY
}
