#!/bin/sh
# The reproductions of issue 13 against a normal report, end to end (docs/performance.md,
# "Hostile input"). Needs farm-bench and a screenplay: ./run.sh SCREENPLAY.fountain
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$HERE/../../server/target/scenecost.jar
FILM=$(realpath "$1")
W=$(mktemp -d)
cp "$JAR" "$W/scenecost.jar"   # a rebuild during the run must not swap the jar
J="$W/scenecost.jar"
cd "$W"
for d in normal width catalognull duration catalog5 huge ledger; do mkdir $d; cp "$FILM" $d/film.fountain; done
echo '{"page":{"actionWidth":0.5}}' > width/scenecost.json
echo '{"catalog":{"gemini/veo-3.1-fast-generate-preview":null}}' > catalognull/scenecost.json
echo '{"catalog": 5}' > catalog5/scenecost.json
echo '{"budget": 1e308, "exchangeRate": 1e308, "yield": {"night": 1e308}}' > huge/scenecost.json
python3 - <<'PY'
import re
s = open('duration/film.fountain').read()
open('duration/film.fountain', 'w').write(
    re.sub(r'\n((?:INT|EXT)[^\n]*\n)', r'\n\1\n[[duration: 99999999999:00]]\n', s, count=1))
s = open('huge/film.fountain').read()
open('huge/film.fountain', 'w').write('Budget: $' + '9' * 400 + '\n' + s)
open('ledger/film.fountain.usage.csv', 'w').write('\n'.join([
    'date,scene,modality,model,units,unit kind,cost,note',
    '2026-11-20,1,video,m,,,1.00,"oops,', '2026-11-20,2,video,m,,,10.00,ok,',
    '2026-11-20,3,video,m,,,100.00,"a, b",', '2026-11-20,1,video,m,,,"1,5",',
    '2026-11-20,2,video,m,,,1e308,']) + '\n')
nested = ''.join('#' * d + ' Part %d\n\n' % d for d in range(1, 1001))
flat = ''.join('# Part %d %s\n\n' % (d, 'x' * (d - 2) if d > 1 else '') for d in range(1, 1001))
scenes = ''.join('INT. ROOM %d - DAY\n\nA beat.\n\n' % i for i in range(45000))
open('nested.fountain', 'w').write(nested + scenes)
open('flat.fountain', 'w').write(flat + scenes)
PY
for d in width catalognull duration catalog5 huge; do
  echo "=== report $d vs normal"
  farm-bench -n 3 --timeout 600 --vs "java -jar $J report normal/film.fountain" -- java -jar $J report $d/film.fountain
done
echo "=== usage list (ledger with a slip, a decimal comma, 1e308) vs report normal"
farm-bench -n 3 --timeout 600 --vs "java -jar $J report normal/film.fountain" -- java -jar $J usage list ledger/film.fountain
echo "=== parse nested vs flat, end to end"
farm-bench -n 3 --timeout 900 --vs "java -jar $J parse flat.fountain" -- java -jar $J parse nested.fountain
echo "=== parse only, in process"
java -cp "$J" "$HERE/ParseTime.java" nested.fountain flat.fountain
