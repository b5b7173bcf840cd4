#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 for the indexer's tests: starts an installed
# but stopped cluster, or installs Debian's postgresql when missing and we may (root).
set -uo pipefail

answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

answers && exit 0
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing Debian's postgresql for the indexer tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || exit 1
  else
    echo "note: PostgreSQL is not installed and this user cannot apt-get it." >&2
    exit 1
  fi
fi
for version in $(ls /etc/postgresql 2>/dev/null); do
  echo "==> Starting PostgreSQL $version (cluster main)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>&1 || true
done
for _ in $(seq 1 20); do
  answers && exit 0
  sleep 0.5
done
echo "note: PostgreSQL does not answer on 127.0.0.1:5432." >&2
exit 1
