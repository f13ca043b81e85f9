#!/usr/bin/env bash
# Records the current public API of the packable libraries in PublicAPI.Unshipped.txt, so the build (which treats
# RS0016/RS0017 as errors) passes again after an intended API change. Review the diff of the .txt files: it is the
# API change. Move lines to PublicAPI.Shipped.txt when a version is released.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/ConfigLint/ConfigLint.csproj rules/ConfigLint.Rules/ConfigLint.Rules.csproj; do
  directory="$(dirname "$project")"
  unshipped="$directory/PublicAPI.Unshipped.txt"
  printf '#nullable enable\n' > "$unshipped"
  log="$(dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false -p:BuildProjectReferences=true 2>&1 || true)"
  # Only this project's own warnings; referenced projects report theirs in their own pass.
  symbols="$(grep -F "[$(pwd)/$project]" <<<"$log" | grep -E 'warning RS0016' | sed -n "s/.*warning RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" | sort -u)"
  {
    printf '#nullable enable\n'
    [ -n "$symbols" ] && printf '%s\n' "$symbols"
  } > "$unshipped"
  echo "$project: $(grep -vc '^#' "$unshipped" || true) public symbols in $unshipped"
done
