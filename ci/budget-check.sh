#!/usr/bin/env bash
# The budget check of a pull request (action.yml runs it; it runs anywhere with bash, git and
# Java). For each screenplay: the report of the new draft and, when the base has the screenplay,
# what the pull request does to its budget (scenecost diff), both as Markdown appended to
# $GITHUB_STEP_SUMMARY (or printed when it is not set).
#
#   SCENECOST_JAR=server/target/scenecost.jar ci/budget-check.sh BASE_REF SCREENPLAY...
#
# BASE_REF: the commit the drafts are compared with (the pull request's base); empty: no diff.
# SCREENPLAY: paths from the repository's root. SCENECOST_COMMAND overrides how scenecost is run
# (for example "java -cp CLASSPATH dev.scenecost.cli.ScenecostCommand").
# Exit code: 0 every screenplay fits its budget, 1 one does not, 2 bad input (as scenecost's).
set -uo pipefail

base="${1?usage: budget-check.sh BASE_REF SCREENPLAY...}"
shift
if [ "$#" -eq 0 ]; then
  echo "budget-check: name at least one screenplay (a path from the repository's root)." >&2
  exit 2
fi
if [ -n "${SCENECOST_COMMAND:-}" ]; then
  read -r -a scenecost <<< "$SCENECOST_COMMAND"
else
  scenecost=(java -jar "${SCENECOST_JAR:?set SCENECOST_JAR to the scenecost.jar to run}")
fi
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"

root="$(git rev-parse --show-toplevel)" || { echo "budget-check: not in a git repository." >&2; exit 2; }
cd "$root" || exit 2

# The base commit may be missing from a shallow checkout: fetch just that commit.
if [ -n "$base" ] && ! git cat-file -e "$base^{commit}" 2> /dev/null; then
  git fetch --quiet --depth=1 origin "$base" || { echo "budget-check: cannot fetch the base $base." >&2; exit 2; }
fi

worst=0
for screenplay in "$@"; do
  {
    echo "## Scenecost: $screenplay"
    echo
  } >> "$summary"
  "${scenecost[@]}" report "$screenplay" --format md >> "$summary"
  status=$?
  if [ "$status" -eq 2 ]; then
    worst=2
    continue
  fi
  [ "$status" -gt "$worst" ] && worst=$status
  echo >> "$summary"
  if [ -z "$base" ]; then
    continue
  fi
  if git cat-file -e "$base:$screenplay" 2> /dev/null; then
    "${scenecost[@]}" diff "git:$base:$screenplay" "$screenplay" --format md >> "$summary"
    status=$?
    [ "$status" -eq 2 ] && worst=2
  else
    echo "_$screenplay is new in this pull request: there is no earlier draft to compare._" >> "$summary"
  fi
  echo >> "$summary"
done

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "fits=$([ "$worst" -eq 0 ] && echo true || echo false)" >> "$GITHUB_OUTPUT"
fi
exit "$worst"
