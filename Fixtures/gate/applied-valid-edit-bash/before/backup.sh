#!/usr/bin/env bash
set -euo pipefail

src="${1:-}"
dest="${2:-/var/backups}"

if [ -z "$src" ]; then
  echo "usage: backup.sh SRC [DEST]" >&2
  exit 64
fi

stamp="$(date +%Y%m%d)"
tar -czf "$dest/backup-$stamp.tar.gz" "$src"
echo "wrote $dest/backup-$stamp.tar.gz"
