#!/usr/bin/env bash
# Sets up what is missing and runs every test. Ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ ! -x node_modules/.bin/azurite-table ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci (Azurite and the other npm tools)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Debian packages the tests use: Chromium (end-to-end tests), LibreOffice + poppler (rendering Word documents).
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc-nogui) # the cases workbook (.xlsx) is opened in Calc
[ -e /usr/share/hyphen/hyph_de_DE.dic ] || missing+=(hyphen-de) # LibreOffice hyphenates German profiles as Word does
/usr/bin/python3 -c 'import uno' 2>/dev/null || missing+=(python3-uno) # a test edits a profile with LibreOffice's own API
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  sudo_cmd=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

echo "== Word add-in (task pane): type check and build"
if ! npm run --silent check:addin || ! npm run --silent build:addin; then
  echo "add-in build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== dotnet build"
if ! dotnet build WfTeams.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*.Tests; do
  name=$(basename "$project")
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$PWD/$results/$name.trx" --logger "console;verbosity=minimal" || status=1
done

# The add-in's unit tests (vitest, office-addin-mock): counted from their JUnit report like the .trx files.
echo "== addin (vitest)"
npx vitest run --config addin/vitest.config.mjs --reporter=default --reporter=junit --outputFile.junit="$PWD/$results/addin.junit.xml" || status=1

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
junit="$results/addin.junit.xml"
if [ -f "$junit" ]; then
  suites=$(grep -o '<testsuites [^>]*>' "$junit" | head -1)
  t=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$suites")
  f=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$suites")
  e=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$suites")
  s=$(sed -n 's/.* skipped="\([0-9]*\)".*/\1/p' <<<"$suites")
  passed=$((passed + ${t:-0} - ${f:-0} - ${e:-0} - ${s:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a test host crashed or a project did not run: never report green
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
