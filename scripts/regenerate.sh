#!/usr/bin/env bash
# Regenerates the files derived from the code: the JSON Schemas in schema/
# (of the YAML files and of the policy.json files `build` writes)
# and the rules reference in both languages, docs/rules.md and
# docs/fr/rules.md.
# Review the diff, then commit it with the change that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/policypress
"$bin" schema policy > schema/policy.schema.json
"$bin" schema partial > schema/partial-policy.schema.json
"$bin" schema site > schema/site.schema.json
"$bin" schema policy-json > schema/policy-json.schema.json
"$bin" --lang en rules > docs/rules.md
mkdir -p docs/fr
"$bin" --lang fr rules > docs/fr/rules.md
echo "regenerated schema/, docs/rules.md and docs/fr/rules.md"
