#!/usr/bin/env bash
# The spec language's schema in an editor: installs the YAML language server from npm into target/ide, runs it
# headless over a spec with a misspelt key, and checks that it flags the key and completes activation: values.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
mkdir -p target/ide
(cd target/ide && npm install --silent --no-audit --no-fund yaml-language-server >/dev/null)
out=$(cd target/ide && node ../../scripts/yaml-language-server-demo.js)
echo "$out" | grep -q 'Property measrue is not allowed' || { echo "$out"; echo "check-ide: misspelt key not flagged"; exit 1; }
echo "$out" | grep -A1 'textDocument/completion' | grep -q 'relu, gelu' || { echo "$out"; echo "check-ide: no activation completions"; exit 1; }
echo "check-ide: the YAML language server flags measrue: and completes activation: ($(echo "$out" | head -1))"
