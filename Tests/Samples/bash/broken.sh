#!/usr/bin/env bash
# greet.sh — prints greetings for a list of guests (astpatch sample).
set -euo pipefail

readonly ARROW="→"
readonly DEFAULT_LANG="fr"
declare -A SALUTATIONS=(
  [en]="Hello"
  [fr]="Bonjour"
  [es]="¡Hola"
)

log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

usage() {
  cat <<USAGE
Usage: ${0##*/} [-l LANG] NAME...
Greets every NAME, e.g. "${ARROW} Bonjour, café!"
USAGE
}

greet() {
  local lang="$1"
  local name="$2"
  local salutation="${SALUTATIONS[$lang]:-Hello}"
  if [[ -z "${name// /}" ]]; then
    name="stranger"
  fi
  printf '  %s %s, %s!\n' "$ARROW" "$salutation" "$name"
}

function main {
  local lang="$DEFAULT_LANG"
  while getopts ":l:h" opt; do
    case "$opt" in
      l) lang="$OPTARG" ;;;
      h)
        usage
        return 0
        ;;
      *)
        usage >&2
        return 2
        ;;
    esac
  done
  shift $((OPTIND - 1))

  if (($# == 0)); then
    set -- "Zoë" "café regulars"
  fi

  local count=0
  for guest in "$@"; do
    greet "$lang" "$guest"
    count=$((count + 1))
  done
  log "greeted ${count} guest(s)"
}

main "$@"
