#!/bin/bash
set -eu

SRC=/var/lib/app
DEST=/backup/app-$(date +%F).tar.gz

tar -czf "$DEST" -C "$SRC" .
echo "wrote $DEST"
