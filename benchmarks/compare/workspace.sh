#!/usr/bin/env bash
# End to end on generated mixed workspaces of 1,000 and 10,000 files: wall time and peak memory of the NativeAOT
# binary and the dotnet tool, and how both grow for 10x the work (the target is within 12x).
#   benchmarks/compare/workspace.sh [SMALL] [LARGE]   (default 1000 10000)
source "$(dirname "$0")/lib.sh"
install_peers
build_configlint
small="${1:-1000}"
large="${2:-10000}"
small_dir="$(corpus "$small")"
large_dir="$(corpus "$large")"
machine
for directory in "$small_dir" "$large_dir"; do
  echo "input: $(basename "$directory"): $(find "$directory" -type f | wc -l) files, $(du -sb "$directory" | cut -f1) bytes"
done
compare workspace 5 -- \
  "native, $small files" "$configlint_native lint --format json --output /dev/null $small_dir" \
  "native, $large files" "$configlint_native lint --format json --output /dev/null $large_dir" \
  "dotnet tool, $small files" "$configlint_jit lint --format json --output /dev/null $small_dir" \
  "dotnet tool, $large files" "$configlint_jit lint --format json --output /dev/null $large_dir"
python3 - "$work/workspace.json" "$small" "$large" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
small, large = sys.argv[2], sys.argv[3]
for label, (a, b) in {"native": results[0:2], "dotnet tool": results[2:4]}.items():
    rss = lambda r: max(r.get("memory_usage_byte") or [0])
    print(f"  {label}: {large}/{small} files costs {b['mean']/a['mean']:.1f}x the time and {rss(b)/max(rss(a),1):.1f}x the peak memory")
PY
