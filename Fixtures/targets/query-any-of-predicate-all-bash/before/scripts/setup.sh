#!/bin/sh
set -e

apt-get update
curl -fsSL https://example.com/install.sh -o /tmp/install.sh
wget -q https://example.com/extra.tar.gz
sh /tmp/install.sh
