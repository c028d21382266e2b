#!/usr/bin/env bash
# Starts WfTeams locally: Azurite (data kept in .data/), the sample templates, the host on
# http://127.0.0.1:3978. Ctrl+C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
HOST_URL=http://127.0.0.1:3978
TABLE_PORT=10002
PLAYGROUND_PORT=${PLAYGROUND_PORT:-28150} # below 32768: above, the Playground silently takes another port

if [ ! -x node_modules/.bin/azurite-table ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== Word add-in (task pane) build"
npm run --silent build:addin

echo "== dotnet build"
dotnet build bot/WfTeams.Bot -c Release -nologo -clp:ErrorsOnly
HOST=bot/WfTeams.Bot/bin/Release/net10.0/wfteams.dll

# Azurite saves its data when it gets SIGINT; the .NET host stops gracefully on SIGTERM.
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  [ -n "${azurite_pid:-}" ] && kill -INT "$azurite_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if port_open "$TABLE_PORT"; then
  echo "== Table storage already listening on 127.0.0.1:$TABLE_PORT: using it"
else
  echo "== Azurite (Table storage) on 127.0.0.1:$TABLE_PORT, data in .data/azurite"
  mkdir -p .data/azurite
  node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --location .data/azurite \
    --disableTelemetry --skipApiVersionCheck --silent &
  azurite_pid=$!
  for _ in $(seq 100); do port_open "$TABLE_PORT" && break; sleep 0.1; done
fi

# The local handbook (SharePoint is not configured here): released samples are published into it on import.
export Publishing__Folder="$PWD/.data/handbook" Publishing__OnRelease=true Publishing__BaseUrl="$HOST_URL/handbook/"

echo "== sample templates"
dotnet "$HOST" templates import samples

echo "== host on $HOST_URL (development mode: no sign-in, for callers on this machine only)"
Bot__AllowUnauthenticated=true Api__AllowUnauthenticated=true dotnet "$HOST" serve --urls "$HOST_URL" &
pids+=($!)
for _ in $(seq 100); do curl -fsS "$HOST_URL/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

echo "== Microsoft 365 Agents Playground (a Teams-like chat) on port $PLAYGROUND_PORT"
mkdir -p .data; playground_log=.data/playground.log; : >"$playground_log"
TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=true \
  node_modules/.bin/agentsplayground start -e "$HOST_URL/api/messages" -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry \
  >"$playground_log" 2>&1 &
pids+=($!)
for _ in $(seq 150); do grep -q "Listening on" "$playground_log" 2>/dev/null && break; sleep 0.2; done
PLAYGROUND_PORT=$(sed -n 's/.*Listening on \([0-9]*\).*/\1/p' "$playground_log" | head -1)

cat <<INFO

WfTeams is running.
  Chat:       http://127.0.0.1:$PLAYGROUND_PORT/  (open it, write "hilfe" in the message box)
  Templates:  $HOST_URL/api/templates
  One:        $HOST_URL/api/templates/ansiedlung
  Word pane:  $HOST_URL/addin/  (the add-in in browser mode: list, preview, download, upload)
  Handbook:   $HOST_URL/handbook/  (the released Prozesssteckbriefe, files in .data/handbook)
  Health:     $HOST_URL/healthz
Stop with Ctrl+C.
INFO
wait
