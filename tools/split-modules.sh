#!/usr/bin/env bash
# Moves every file still under the single-module paths (src/main/java, src/main/resources, src/test/java,
# src/test/resources, src/kjar*) into its Maven module, by the table below, with `git mv` (so git follows each file's
# history and a merge carries edits made at the old path into the moved file). It also gives every
# META-INF/services line to the module that holds the class it names: a provider listed in a module that lacks it
# makes ServiceLoader throw, and a line missing from the module that has it hides that target.
#
# Idempotent: a second run finds nothing to move and changes nothing. It never overwrites: a file that exists at
# both the old and the new path is reported and the script exits 1 (resolve by hand, then run it again).
#
#   tools/split-modules.sh          move, then list what moved
#   tools/split-modules.sh --check  move nothing; exit 1 if anything is still in the old places
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The one mapping table. Each line: SET PATTERN MODULE, first match wins.
#   SET      main (src/main/**) or test (src/test/**)
#   PATTERN  a class (io.scopekit.run.KitVersion), a package exactly (io.scopekit.target), a package and its
#            sub-packages (io.scopekit.simulator.**), or ** (everything else). A resource's "package" is its folder
#            with dots (src/main/resources/io/scopekit/site/x.css -> io.scopekit.site).
#   MODULE   the module's folder (scopekit-target-api, scopekit-kit, scopekit-simulator, scopekit-cli)
# The api module holds only what a vendor's target compiles against; the kit everything a vendor's test suite runs;
# the simulator module WireMock and what uses it; the cli module the picocli commands. Tests: the SPI vocabularies'
# own unit tests go with the api; the rest share testsupport, which runs the CLI (CliRun, VerifyRun), so they live in
# the cli module, where every module is on the class path.
read -r -d '' MAPPING <<'TABLE' || true
main  io.scopekit.consent                          scopekit-target-api
main  io.scopekit.permission                       scopekit-target-api
main  io.scopekit.target                           scopekit-target-api
main  io.scopekit.target.permission                scopekit-target-api
main  io.scopekit.wire                             scopekit-target-api
main  io.scopekit.simulator.**                     scopekit-simulator
main  io.scopekit.target.simulator.**              scopekit-simulator
main  io.scopekit.cli.**                           scopekit-cli
main  **                                           scopekit-kit
test  io.scopekit.consent                          scopekit-target-api
test  io.scopekit.permission                       scopekit-target-api
test  io.scopekit.target.simulator.**              scopekit-simulator
test  io.scopekit.privilege.internal               scopekit-kit
test  **                                           scopekit-cli
TABLE

check_only=false
[[ "${1:-}" == "--check" ]] && check_only=true

# module_of SET PACKAGE [CLASS]: prints the module of a class (or of a resource in that package).
module_of() {
  local set="$1" pkg="$2" name="${3:-}" s pattern module
  while read -r s pattern module; do
    [[ -z "$s" || "$s" == "#"* || "$s" != "$set" ]] && continue
    case "$pattern" in
      '**') echo "$module"; return ;;
      *'.**') local base="${pattern%.**}"
              if [[ "$pkg" == "$base" || "$pkg" == "$base".* ]]; then echo "$module"; return; fi ;;
      *) if [[ "$pkg" == "$pattern" || ( -n "$name" && "$name" == "$pattern" ) ]]; then echo "$module"; return; fi ;;
    esac
  done <<<"$MAPPING"
  echo "split-modules: no rule in the table for $set $name" >&2
  exit 2
}

tracked() { git ls-files --error-unmatch -- "$1" >/dev/null 2>&1; }

# Moves are collected, then made with one `git mv` per destination folder: one index write per folder instead of
# one per file (thousands of files).
declare -A is_tracked=()
while IFS= read -r -d '' f; do is_tracked["$f"]=1; done < <(git ls-files -z -- src 2>/dev/null)
declare -A batch=()
moved=0
conflicts=0
move() {
  local from="$1" to="$2"
  if [[ -e "$to" ]]; then
    echo "split-modules: both $from and $to exist; merge them by hand, delete $from, run again" >&2
    conflicts=$((conflicts + 1)); return
  fi
  moved=$((moved + 1))
  if $check_only; then echo "not yet moved: $from -> $to"; return; fi
  if [[ -n "${is_tracked[$from]:-}" && "${from##*/}" == "${to##*/}" ]]; then
    batch["${to%/*}"]+="$from"$'\n'
  else
    mkdir -p "$(dirname "$to")"; mv -- "$from" "$to"; git add -- "$to"
  fi
}
flush_moves() {
  local dir
  for dir in "${!batch[@]}"; do
    mkdir -p "$dir"
    mapfile -t sources < <(printf '%s' "${batch[$dir]}")
    git mv -- "${sources[@]}" "$dir/"
  done
  batch=()
}

# Java sources and resources, named by class or by folder.
for set in main test; do
  for kind in java resources; do
    root="src/$set/$kind"
    [[ -d "$root" ]] || continue
    while IFS= read -r -d '' file; do
      rel="${file#"$root"/}"
      [[ "$set/$kind/$rel" == main/resources/META-INF/services/* ]] && continue # below, line by line
      pkg=""; [[ "$rel" == */* ]] && { pkg="${rel%/*}"; pkg="${pkg//\//.}"; }
      name=""; [[ "$kind" == java ]] && name="$pkg.$(basename "$rel" .java)"
      # A file at the root of resources (junit-platform.properties) or under META-INF has no package: the ** rule.
      move "$file" "$(module_of "$set" "$pkg" "$name")/$root/$rel"
    done < <(find "$root" -type f -print0 | sort -z)
  done
done

# The kjar layouts the rule compiler reads go with the oracle (the kit).
for dir in src/kjar src/kjar-permission; do
  [[ -d "$dir" ]] || continue
  while IFS= read -r -d '' file; do move "$file" "$(module_of main io.scopekit.oracle)/$file"; done \
    < <(find "$dir" -type f -print0 | sort -z)
done

flush_moves

# META-INF/services: every provider line to the module that has the class. An old-place file that goes whole to one
# module is moved (a rename); otherwise its lines are merged into each module's file.
services_changed=0
for file in src/main/resources/META-INF/services/* scopekit-*/src/main/resources/META-INF/services/*; do
  [[ -f "$file" ]] || continue
  service="${file##*/}"
  owner="${file%%/src/main/resources/*}"; [[ "$file" == src/* ]] && owner=""
  declare -A wanted=()
  while IFS= read -r line; do
    provider="${line%%#*}"; provider="${provider//[[:space:]]/}"
    [[ -z "$provider" ]] && continue
    wanted["$(module_of main "${provider%.*}" "$provider")"]+="$provider"$'\n'
  done <"$file"
  if [[ -z "$owner" && ${#wanted[@]} -eq 1 ]]; then
    move "$file" "${!wanted[*]}/$file"; flush_moves; unset wanted; continue
  fi
  for module in "${!wanted[@]}"; do
    [[ "$module" == "$owner" ]] && continue
    target="$module/src/main/resources/META-INF/services/$service"
    while IFS= read -r provider; do
      [[ -z "$provider" ]] && continue
      if [[ -f "$target" ]] && grep -qxF "$provider" "$target"; then continue; fi
      services_changed=$((services_changed + 1))
      if $check_only; then echo "provider $provider of $service belongs in $target"; continue; fi
      mkdir -p "$(dirname "$target")"; printf '%s\n' "$provider" >>"$target"; git add -- "$target"
    done <<<"${wanted[$module]}"
  done
  # Drop from this file the lines that went elsewhere (the old-place file goes entirely).
  if [[ -z "$owner" ]]; then
    services_changed=$((services_changed + 1))
    $check_only || { if tracked "$file"; then git rm -q -- "$file"; else rm -- "$file"; fi; }
  else
    keep="$(while IFS= read -r line; do
      provider="${line%%#*}"; provider="${provider//[[:space:]]/}"
      if [[ -z "$provider" || "$(module_of main "${provider%.*}" "$provider")" == "$owner" ]]; then printf '%s\n' "$line"; fi
    done <"$file")"
    if [[ "$keep" != "$(cat "$file")" ]]; then
      services_changed=$((services_changed + 1))
      $check_only || { printf '%s\n' "$keep" >"$file"; git add -- "$file"; }
    fi
  fi
  unset wanted
done

# Old folders left empty.
$check_only || find src -depth -type d -empty -delete 2>/dev/null || true
$check_only || rmdir src 2>/dev/null || true

echo "split-modules: $moved file(s) $($check_only && echo to move || echo moved), $services_changed service list change(s), $conflicts conflict(s)"
if (( conflicts > 0 )); then exit 1; fi
if $check_only && (( moved + services_changed > 0 )); then exit 1; fi
exit 0
