#!/bin/sh
# Regenerate protobuf bindings for every service.
set -e

for proto in proto/*.proto; do
  name=$(basename "$proto" .proto)
  mkdir -p "gen/$name"
  protoc --go_out="gen/$name" --go_opt=paths=source_relative "$proto"
done
