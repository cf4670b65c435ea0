// Derives the dashboard's world outline (GeoJSON) from the npm package world-atlas (countries-110m TopoJSON).
// ECharts 5 ships no map outlines, and the dashboard must work offline, so the outline is derived once and
// committed; run this again to refresh it:
//
//   cd "$(mktemp -d)" && npm init -y >/dev/null && npm install world-atlas@2 topojson-client@3
//   node /path/to/app/src/main/frontend/make-world-geojson.mjs node_modules > .../server/world/countries-110m.geo.json
//
// ECharts draws longitude and latitude as they are, so a ring that crosses the antimeridian (Russia's Chukotka,
// Fiji) would be drawn with an edge across the whole map. Such a ring is moved to one side: a small ring near 180
// degrees keeps its shape past 180; in a large ring the few points beyond the line are pressed onto it. Rings
// that meet the line by nature (Antarctica's edge) have points on both sides in like numbers and are left alone.
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

function crossesAntimeridian(ring) {
  return ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
}

function keepOnOneSide(ring) {
  if (!crossesAntimeridian(ring)) return ring;
  const shifted = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
  const lons = shifted.map((p) => p[0]);
  if (Math.max(...lons) - Math.min(...lons) < 30) return shifted;
  const west = ring.filter((p) => p[0] < 0).length;
  const east = ring.length - west;
  if (Math.min(west, east) > ring.length / 10) return ring;
  const side = east >= west ? 180 : -180;
  return ring.map(([lon, lat]) => [Math.sign(lon) === Math.sign(side) ? lon : side, lat]);
}

function fixGeometry(geometry) {
  if (geometry.type === "Polygon") return { ...geometry, coordinates: geometry.coordinates.map(keepOnOneSide) };
  if (geometry.type === "MultiPolygon") {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(keepOnOneSide)) };
  }
  return geometry;
}

const round = (value) => (Array.isArray(value) ? value.map(round) : Math.round(value * 100) / 100);
const collection = feature(topology, topology.objects.countries);
const out = {
  type: "FeatureCollection",
  features: collection.features.map((f) => ({
    type: "Feature",
    id: f.id ?? null,
    properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(fixGeometry(f.geometry).coordinates) },
  })),
};
process.stdout.write(JSON.stringify(out));
