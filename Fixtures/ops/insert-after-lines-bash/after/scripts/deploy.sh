#!/usr/bin/env bash
set -euo pipefail
IFS=$'\n\t'

TARGET="${1:-staging}"

echo "Deploying to ${TARGET}"
rsync -az ./dist/ "deploy@${TARGET}:/srv/app/"
echo "Done"
