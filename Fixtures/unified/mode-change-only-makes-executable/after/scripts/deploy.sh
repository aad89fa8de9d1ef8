#!/usr/bin/env bash
set -euo pipefail

TARGET="${1:-staging}"
IMAGE="registry.example.com/shop/api:$(git rev-parse --short HEAD)"

echo "Deploying ${IMAGE} to ${TARGET}"
docker build -t "${IMAGE}" .
docker push "${IMAGE}"
kubectl --context "${TARGET}" set image deployment/api api="${IMAGE}"
kubectl --context "${TARGET}" rollout status deployment/api --timeout=120s
