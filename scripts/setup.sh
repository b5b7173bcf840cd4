#!/usr/bin/env bash
# The README's install command (`npm run setup`). Works from a fresh clone on a machine
# that only has an older Node and npm; nothing is downloaded from outside the npm registry
# and Debian's packages.
#   1. Node >= 22.13 for npm itself: the machine's, or Node 24 from the npm package `node`
#      installed into .tools/node (npm must run on Node >= 22 or it skips EDR's native package).
#   2. npm install (the `node` devDependency then pins Node 24 for every npm script).
#   3. Debian's chromium for the browser tests, when missing and we may install (root).
#   4. Build: compile the contracts and generate the typed bindings.
#   5. PostgreSQL for the indexer's tests (scripts/ensure-postgres.sh), then the install stamp
#      that `npm start` / `npm test` compare with package.json and package-lock.json.
# `npm start` and `npm test` run this themselves when the install is missing or stale.
#
# Each step's own output (npm's, the compiler's, apt's) goes to .citysync/setup.log (or
# CITYSYNC_SETUP_LOG): a step that fails prints one line naming the step, the log and what to run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Settings an outer npm (say, `npm start` on Node 20) exported for its scripts describe that npm's
# Node; the npm below must judge engines by its own.
unset npm_config_user_agent npm_config_node_version npm_config_npm_version

LOG="${CITYSYNC_SETUP_LOG:-.citysync/setup.log}"
mkdir -p "$(dirname "$LOG")"
: >"$LOG"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# step "<what it does>" command args…: runs the command with its output in the log only.
step() {
  local what="$1"
  shift
  say "$what"
  printf '\n==> %s\n$ %s\n' "$what" "$*" >>"$LOG"
  if ! "$@" >>"$LOG" 2>&1; then
    printf 'Set-up failed at "%s": its output is in %s. Fix the cause, then run: npm run setup\n' "$what" "$LOG" >&2
    exit 1
  fi
}

node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=13)?0:1)' 2>/dev/null
}

if ! node_ok; then
  if [ ! -x .tools/node/bin/node ]; then
    step "Node $(node --version 2>/dev/null || echo none) is too old for Hardhat 3: installing Node 24 from the npm registry into .tools/node" \
      npm install --global --prefix .tools/node --no-audit --no-fund node@24
  fi
  export PATH="$PWD/.tools/node/bin:$PATH"
fi
say "Using Node $(node --version) for the install (log: $LOG)"

rm -f node_modules/.citysync-install
step "npm install on Node $(node --version)" npm install --no-audit --no-fund

install_chromium() {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
}
if [ "${CITYSYNC_SKIP_CHROMIUM:-}" != "1" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing Debian's chromium for the browser tests" install_chromium
  else
    echo "note: chromium is missing and this user cannot apt-get it; browser tests will be skipped." >&2
  fi
fi

step "Build: contracts and generated bindings" npm run build

say "PostgreSQL for the indexer tests"
bash scripts/ensure-postgres.sh >>"$LOG" 2>&1 ||
  echo "note: PostgreSQL is not available on 127.0.0.1:5432 (see $LOG); the indexer's PostgreSQL tests will fail." >&2

touch node_modules/.citysync-install
say "Set-up complete. Next: 'npm test' runs every check; 'npm start' runs the local network."
