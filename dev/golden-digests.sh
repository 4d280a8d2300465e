#!/usr/bin/env bash
# Golden digests: runs a fixed set of bundled scenarios with fixed seeds and writes (or checks) the
# SHA-256 of every output file they produce. A refactor must leave every digest unchanged; a change
# that alters outputs on purpose re-records them in the same commit and says why.
#
#   dev/golden-digests.sh record   # write dev/golden-digests.sha256
#   dev/golden-digests.sh check    # run again and compare (exit 1 on any difference)
#
# Uses examples/target/firebreak.jar (build it first: mvn -B -q -DskipTests package), or the jar
# named by FIREBREAK_JAR. Takes about four minutes on two cores.
# Left out of the digests: a GeoPackage's write time (its content is digested instead), timing.json (wall-clock times) and checkpoint files (*.fbc: Java
# serialisation names classes, so moving a class changes the file; what a checkpoint holds is
# checked instead by digesting the outputs of the run resumed from it).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
jar=${FIREBREAK_JAR:-examples/target/firebreak.jar}
list=dev/golden-digests.sha256
tmp=$(mktemp -d)
work=$tmp/out
mkdir "$work"
trap 'rm -rf "$tmp"' EXIT
fb() { java -jar "$jar" "$@" >/dev/null 2>"$tmp/stderr" || { cat "$tmp/stderr" >&2; echo "failed: $*" >&2; exit 1; }; }

fb run --scenario collapse-passive --seed 5 --hours 12 --out "$work/run-passive" --map --gis
fb run --scenario collapse-firebreak --seed 5 --hours 12 --out "$work/run-firebreak" --threads 1
fb run --scenario western-pressure --seed 3 --hours 12 --out "$work/run-western"
fb run --scenario synthetic-frontier --seed 7 --hours 24 --out "$work/run-synthetic"
fb run --scenario frontier-outflow-demo --seed 2 --hours 12 --out "$work/run-demo"
fb run --scenario collapse-passive --seed 4 --hours 8 --checkpoint-every 4 --out "$work/ckpt"
fb resume "$work/ckpt/checkpoint-0004h.fbc" --out "$work/resumed"
fb run --scenario collapse-passive --seed 6 --hours 3 --plaza zurbatiyah=crossing-surge --out "$work/plaza"
fb crowd --scenario crossing-surge --seed 3 --duration 120 --map --geojson --out "$work/crowd-surge"
fb crowd --scenario urban-unrest --seed 7 --duration 120 --threads 2 --out "$work/crowd-unrest"
fb flee --input examples/flee/frontier-illustrative --seed 1 --out "$work/flee"
fb sweep --scenario collapse-passive --replicates 2 --hours 2 --workers 2 \
    --param crossings.zurbatiyah.lanes=2,4 --seed 9 --out "$work/sweep"

# a GeoPackage records when each layer was written (gpkg_contents.last_change): digest its
# content, with that time blanked, instead of its bytes
find "$work" -name '*.gpkg' | while read -r g; do
    python3 - "$g" <<'PY'
import shutil, sqlite3, sys
src = sys.argv[1]
shutil.copy(src, src + ".copy")
db = sqlite3.connect(src + ".copy")
db.execute("UPDATE gpkg_contents SET last_change = ''")
with open(src + ".content", "w") as out:
    for line in db.iterdump():
        out.write(line + "\n")
db.close()
PY
    rm "$g" "$g.copy"
done
(cd "$work" && find . -type f ! -name timing.json ! -name '*.fbc' | LC_ALL=C sort | xargs sha256sum) > "$tmp/now.sha256"
if [ "$mode" = record ]; then
    cp "$tmp/now.sha256" "$list"
    echo "recorded $(wc -l < "$list") digests in $list"
else
    if diff "$list" "$tmp/now.sha256"; then
        echo "golden digests: all $(wc -l < "$list") match"
    else
        echo "golden digests differ (lines above: < recorded, > now)" >&2
        exit 1
    fi
fi
