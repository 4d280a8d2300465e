#!/usr/bin/env bash
# Rebuilds the bundled "frontier" dataset of firebreak-data from its source packages.
#
#   data/prep/build.sh            install what is missing, rebuild every file, rewrite MANIFEST.sha256
#   data/prep/build.sh --check    rebuild into a scratch folder and compare with the committed files
#   data/prep/build.sh --no-install [--check]   skip the package installation step
#
# Needs: a Debian 12 (bookworm) machine (root, or sudo, to install packages), Node.js >= 18 with npm.
# Installs: the Debian packages below, at the versions the shipped files were built with, and the
# npm packages of package-lock.json into a scratch folder (data/prep/.work, never committed).
# Another version of any of them may give other bytes: the manifest check then tells.
set -euo pipefail

PREP="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$PREP/../.." && pwd)"
OUT="$ROOT/data/src/main/resources/org/firebreak/data/frontier"
WORK="${FIREBREAK_PREP_WORK:-$PREP/.work}"
PYTHON=/usr/bin/python3   # Debian's interpreter: it sees the python3-* packages below

APT_PACKAGES=(
  "ferret-datasets=7.6.0-5"               # ETOPO5 relief (etopo5.cdf)
  "libmagics++-data=4.13.0-1"             # Natural Earth 10m land, rivers, populated places
  "libgnudatalanguage0=1.0.1-4+b5"        # Natural Earth 10m lakes
  "python3-shapely=1.8.5-2+b1"            # geometry (GEOS)
  "python3-pyproj=3.4.1-1+b1"             # geodesics on WGS84
  "python3-netcdf4=1.6.2-1+b1"            # reads etopo5.cdf
  "python3-numpy=1:1.24.2-1+deb12u1"
  "python3-pyshp=2.3.1-2"                 # reads shapefiles
)

install=1
check=0
for arg in "$@"; do
  case "$arg" in
    --no-install) install=0 ;;
    --check) check=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

started=$(date +%s)

missing_packages() {
  local spec name want have
  for spec in "${APT_PACKAGES[@]}"; do
    name="${spec%%=*}"; want="${spec#*=}"
    have="$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null || true)"
    [ "$have" = "$want" ] || echo "$spec"
  done
}

if [ "$install" = 1 ]; then
  mapfile -t todo < <(missing_packages)
  if [ "${#todo[@]}" -gt 0 ]; then
    echo "== installing Debian packages: ${todo[*]}"
    sudo_cmd=()
    if [ "$(id -u)" != 0 ]; then
      command -v sudo >/dev/null || { echo "build.sh: run as root or install sudo to install ${todo[*]}" >&2; exit 1; }
      sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y "${todo[@]}"
  fi
fi
mapfile -t still < <(missing_packages)
if [ "${#still[@]}" -gt 0 ]; then
  echo "build.sh: these Debian packages are missing or at another version: ${still[*]}" >&2
  exit 1
fi

command -v node >/dev/null && command -v npm >/dev/null || { echo "build.sh: needs Node.js and npm" >&2; exit 1; }
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || { echo "build.sh: needs Node.js 18 or newer, found $(node --version)" >&2; exit 1; }

mkdir -p "$WORK/npm"
cp "$PREP/package.json" "$PREP/package-lock.json" "$WORK/npm/"
if [ "$install" = 1 ] || [ ! -d "$WORK/npm/node_modules" ]; then
  echo "== installing npm packages (package-lock.json)"
  (cd "$WORK/npm" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

echo "== extracting places"
node "$PREP/extract-places.js" "$WORK/npm/node_modules" "$WORK/places-raw.json" 38 28 50 38

if [ "$check" = 1 ]; then
  target="$WORK/check-out"
  rm -rf "$target"
else
  target="$OUT"
fi
echo "== building the dataset into $target"
"$PYTHON" "$PREP/frontier.py" --modules "$WORK/npm/node_modules" --places-raw "$WORK/places-raw.json" \
  --prep "$PREP" --out "$target"

if [ "$check" = 1 ]; then
  if diff -u "$OUT/MANIFEST.sha256" "$target/MANIFEST.sha256"; then
    (cd "$OUT" && sha256sum --quiet -c MANIFEST.sha256)
    echo "== check passed: the rebuild gives the committed files, byte for byte"
  else
    echo "build.sh: the rebuild differs from the committed files (diff of the manifests above)" >&2
    exit 1
  fi
fi
echo "== done in $(( $(date +%s) - started )) s"
