#!/usr/bin/env bash
# Acceptance check with the real Codex TUI (0.169.0) in --remote mode against a built AppServer.
# Usage: run.sh [path/to/appserver.dll]   (default: the Debug build of this checkout)
# Starts the shared fake model, the server (its CODEX_HOME gets a skill), a logging relay and the TUI under tmux,
# picks "use existing model", checks the skill picker ($) lists the skill, sends a prompt, waits for the answer,
# and fails if the TUI printed an error line (■) or the server answered any request with an error.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../../.." && pwd)"
DLL="${1:-$REPO/src/AppServer.Host/bin/Debug/net10.0/appserver.dll}"
CODEX="${CODEX_TUI:-/var/tmp/ref/node_modules/.bin/codex}"
MOCK="$REPO/../shared/conformance/mock_model.py"
[ -f "$MOCK" ] || MOCK=/work/shared/conformance/mock_model.py
DIR="$(mktemp -d /var/tmp/tui-acceptance-XXXXXX)"
SESSION="tui-acceptance-$$"
mkdir -p "$DIR"/{srv-home/skills/greeter,srv-user,cli-home,cli-user,work,etc}
printf -- '---\nname: greeter\ndescription: Greets the user politely\n---\nSay hello.\n' > "$DIR/srv-home/skills/greeter/SKILL.md"
free_port() { python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])"; }
PIDS=()
cleanup() { tmux kill-session -t "$SESSION" 2>/dev/null || true; for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# Every answer is valid for both the prompt and the TUI's title turn, whichever reaches the model first.
python3 - "$MOCK" "$DIR/script.json" <<'PY'
import sys, json, importlib.util
spec = importlib.util.spec_from_file_location("m", sys.argv[1]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
json.dump([{"items": [m.message('{"title":"Hello from the fake model"}')]} for _ in range(4)], open(sys.argv[2], "w"))
PY
python3 "$MOCK" --port 0 --script "$DIR/script.json" --max-seconds 600 > "$DIR/mock.out" 2>&1 & PIDS+=($!)
for _ in $(seq 50); do [ -s "$DIR/mock.out" ] && break; sleep 0.2; done
python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['config_toml'])" "$DIR/mock.out" > "$DIR/srv-home/config.toml"
printf '\n[features]\nplugins = false\napps = false\n' >> "$DIR/srv-home/config.toml"

PORT=$(free_port); RPORT=$(free_port)
(cd "$DIR/work" && CODEX_HOME="$DIR/srv-home" HOME="$DIR/srv-user" APPSERVER_SYSTEM_CONFIG_DIR="$DIR/etc" exec dotnet "$DLL" --listen "ws://127.0.0.1:$PORT") 2> "$DIR/server.err" & PIDS+=($!)
python3 "$HERE/ws_relay.py" "$RPORT" "$PORT" "$DIR/traffic.log" & PIDS+=($!)
for _ in $(seq 100); do grep -q "Listening on" "$DIR/server.err" 2>/dev/null && break; sleep 0.2; done

tmux new-session -d -s "$SESSION" -x 200 -y 50 "cd $DIR/work && CODEX_HOME=$DIR/cli-home HOME=$DIR/cli-user $CODEX --remote ws://127.0.0.1:$RPORT -a on-request -s workspace-write 2> $DIR/tui.err"
screen() { tmux capture-pane -p -t "$SESSION"; }
wait_for() { for _ in $(seq 60); do screen | grep -q "$1" && return 0; sleep 0.5; done; echo "FAIL: never saw '$1'"; screen; exit 1; }
sleep 6
if screen | grep -q "Use existing model"; then tmux send-keys -t "$SESSION" Down Enter; fi
wait_for "Ask Codex to do anything"
tmux send-keys -t "$SESSION" '$'; wait_for "greeter"
tmux send-keys -t "$SESSION" Escape BSpace; sleep 0.5
tmux send-keys -t "$SESSION" 'Please say hello'; sleep 0.5; tmux send-keys -t "$SESSION" Enter
wait_for "Hello from the fake model"
sleep 2
screen > "$DIR/screen.txt"
if grep -q "■" "$DIR/screen.txt"; then echo "FAIL: error lines in the TUI"; cat "$DIR/screen.txt"; exit 1; fi
if grep '^[0-9.]* < ' "$DIR/traffic.log" | grep -q '"error":{'; then echo "FAIL: error responses"; grep '"error":{' "$DIR/traffic.log"; exit 1; fi
echo "PASS: TUI started, listed the skill and completed a prompt with no errors (logs in $DIR)"
