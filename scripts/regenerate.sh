#!/usr/bin/env bash
# Regenerates the files derived from the code: the JSON Schemas in schema/
# (of the YAML files and of the policy.json files `build` writes), their
# French versions in schema/fr/ (descriptions from tool-locales/fr/schema.ftl)
# and the rules reference in both languages, docs/rules.md and
# docs/fr/rules.md.
# Review the diff, then commit it with the change that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/policypress
mkdir -p schema/fr docs/fr
# --lang: the schemas' descriptions and the rules follow the tool's
# language, which would otherwise be the locale of whoever runs this.
for lang in en fr; do
    dir=schema
    [ "$lang" = fr ] && dir=schema/fr
    "$bin" --lang "$lang" schema policy > "$dir/policy.schema.json"
    "$bin" --lang "$lang" schema partial > "$dir/partial-policy.schema.json"
    "$bin" --lang "$lang" schema site > "$dir/site.schema.json"
    "$bin" --lang "$lang" schema policy-json > "$dir/policy-json.schema.json"
done
"$bin" --lang en rules > docs/rules.md
"$bin" --lang fr rules > docs/fr/rules.md
echo "regenerated schema/, schema/fr/, docs/rules.md and docs/fr/rules.md"
