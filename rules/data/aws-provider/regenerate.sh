#!/usr/bin/env bash
# Regenerates the AWS provider catalogs embedded in ConfigLint.Rules. Needs node (20+), npm and the npm
# registry; downloads about 100 MB of packages into a temporary directory. Run by hand, never at build time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../ConfigLint.Rules/Aws/Schema/Data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# line  cdktf package        pulumi package (deprecation messages)
lines=(
  "5 @cdktf/provider-aws@20.1.0 @pulumi/aws@6.83.4"
  "6 @cdktf/provider-aws@21.22.1 @pulumi/aws@7.48.0"
)
date="${CATALOG_DATE:-$(date -u +%Y-%m-%d)}"
mkdir -p "$out"
for line in "${lines[@]}"; do
  read -r major cdktf pulumi <<<"$line"
  for package in "$cdktf" "$pulumi"; do
    dir="$work/$(echo "$package" | tr '/@' '__')"
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$package" >/dev/null && tar -xzf ./*.tgz && rm ./*.tgz)
  done
  node --max-old-space-size=4096 "$here/generate.mjs" \
    --cdktf "$work/$(echo "$cdktf" | tr '/@' '__')/package" \
    --pulumi "$work/$(echo "$pulumi" | tr '/@' '__')/package" \
    --renames "$here/renames.json" --constraints "$here/constraints.json" \
    --date "$date" --out "$out/aws-$major.clps.br" --summary "$here/aws-$major.summary.json"
done
