#!/bin/bash
set -eu

SRC=/var/lib/app
DEST=/backup/app-$(date +%F).tar.gz

tar -czf "$DEST" -C "$SRC" .
find /backup -name "app-*.tar.gz" -mtime +14 -delete
echo "wrote $DEST"
