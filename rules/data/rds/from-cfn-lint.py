#!/usr/bin/env python3
"""Assembles engine-versions.json from the RDS engine version lists that aws-cloudformation/cfn-lint generates
with `describe_db_engine_versions(IncludeAll=True)` in us-east-1 (its scripts/update_schemas_from_aws_api.py):
engine_version.json lists every version the API returned, engine_version_deprecated.json those whose Status was
"deprecated". Only the version strings are taken (facts, not code). Usage:

    from-cfn-lint.py CFN_LINT_CHECKOUT COMMIT DATE > engine-versions.json

Prefer `configlint data update-rds` with real `aws rds describe-db-engine-versions --include-all` output.
"""
import json
import subprocess
import sys

ENGINES = ["postgres", "mysql", "mariadb", "aurora-postgresql", "aurora-mysql"]
BASE = "src/cfnlint/data/schemas/extensions/aws_rds_dbinstance/"


def read(repo, commit, name):
    text = subprocess.run(["git", "-C", repo, "show", f"{commit}:{BASE}{name}"], check=True, capture_output=True, text=True).stdout
    versions = {}
    for clause in json.loads(text)["allOf"]:
        props = clause["if"]["properties"]
        engine = props.get("Engine", {}).get("const")
        if engine not in ENGINES:
            continue
        listed = props.get("EngineVersion", {}).get("enum") or clause.get("then", {}).get("properties", {}).get("EngineVersion", {}).get("enum", [])
        versions.setdefault(engine, set()).update(listed)
    return versions


def is_real(engine, version):
    # cfn-lint adds major versions ("15", "8.0") that the API does not return as engine versions.
    if engine in ("postgres", "aurora-postgresql"):
        return "." in version
    if engine == "aurora-mysql":
        return "mysql_aurora" in version or version.count(".") >= 2
    return version.count(".") >= 2


def family(engine, version):
    parts = version.split(".")
    if engine in ("postgres", "aurora-postgresql"):
        major = parts[0] if int(parts[0]) >= 10 else ".".join(parts[:2])
        return engine + major, major
    major = ".".join(parts[:2])
    return engine + major, major


def key(version):
    out = []
    for part in version.replace("-", ".").split("."):
        out.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return out


def main():
    repo, commit, date = sys.argv[1:4]
    known = read(repo, commit, "engine_version.json")
    deprecated = read(repo, commit, "engine_version_deprecated.json")
    entries = []
    for engine in ENGINES:
        for version in sorted(known.get(engine, ()), key=key):
            if not is_real(engine, version):
                continue
            fam, major = family(engine, version)
            entry = {"Engine": engine, "EngineVersion": version, "DBParameterGroupFamily": fam, "MajorEngineVersion": major}
            if engine in deprecated:
                entry["Status"] = "deprecated" if version in deprecated[engine] else "available"
            entries.append(entry)
    document = {
        "ConfigLint": {
            "source": f"aws-cloudformation/cfn-lint {commit[:12]}: src/cfnlint/data/schemas/extensions/aws_rds_dbinstance/engine_version.json and engine_version_deprecated.json, generated from describe_db_engine_versions(IncludeAll=True) in us-east-1",
            "retrieved": date,
            "region": "us-east-1",
            "note": "mariadb entries carry no Status: the source does not record which MariaDB versions are deprecated, so only versions RDS never had are reported for mariadb",
        },
        "DBEngineVersions": entries,
    }
    # One version a line, so a refresh reads as a diff.
    sys.stdout.write('{\n "ConfigLint": ' + json.dumps(document["ConfigLint"], indent=2).replace("\n", "\n ") + ',\n "DBEngineVersions": [\n')
    sys.stdout.write(",\n".join("  " + json.dumps(e) for e in entries))
    sys.stdout.write("\n ]\n}\n")


main()
