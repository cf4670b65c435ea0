// Derives the dashboard's world outline (GeoJSON) from the npm package world-atlas (countries-110m TopoJSON).
// ECharts 5 ships no map outlines, and the dashboard must work offline, so the outline is derived once and
// committed; run this again to refresh it:
//
//   cd "$(mktemp -d)" && npm init -y >/dev/null && npm install world-atlas@2 topojson-client@3
//   node /path/to/app/src/main/frontend/make-world-geojson.mjs node_modules > .../server/world/countries-110m.geo.json
//
// Coordinates are rounded to two decimals (about 1 km), far below what a 1:110m outline resolves, which keeps
// the file small. Each feature keeps world-atlas's country name and ISO 3166-1 numeric id.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const modules = path.resolve(process.argv[2] ?? "node_modules");
const require = createRequire(path.join(modules, "noop.js"));
const { feature } = require("topojson-client");
const topology = JSON.parse(readFileSync(path.join(modules, "world-atlas", "countries-110m.json"), "utf8"));

const round = (value) => (Array.isArray(value) ? value.map(round) : Math.round(value * 100) / 100);
const collection = feature(topology, topology.objects.countries);
const out = {
  type: "FeatureCollection",
  features: collection.features.map((f) => ({
    type: "Feature",
    id: f.id ?? null,
    properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  })),
};
process.stdout.write(JSON.stringify(out));
