#!/usr/bin/env bash
# Regenerates the files derived from the code: the JSON Schemas in schema/
# (of the YAML files and of the policy.json files `build` writes), their
# French versions in schema/fr/ (descriptions from tool-locales/fr/schema.ftl)
# and the rules reference docs/rules.md.
# Review the diff, then commit it with the change that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/policypress
mkdir -p schema/fr
# --lang: the schemas' descriptions follow the tool's language, which would
# otherwise be the locale of whoever runs this.
for lang in en fr; do
    dir=schema
    [ "$lang" = fr ] && dir=schema/fr
    "$bin" --lang "$lang" schema policy > "$dir/policy.schema.json"
    "$bin" --lang "$lang" schema partial > "$dir/partial-policy.schema.json"
    "$bin" --lang "$lang" schema site > "$dir/site.schema.json"
    "$bin" --lang "$lang" schema policy-json > "$dir/policy-json.schema.json"
done
"$bin" rules > docs/rules.md
echo "regenerated schema/, schema/fr/ and docs/rules.md"
