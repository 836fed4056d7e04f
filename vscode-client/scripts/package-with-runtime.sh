#!/usr/bin/env bash
# Packages scenecost-VERSION-TARGET.vsix: the extension with a minimal Java runtime in jre/, so a
# writer does not have to install Java. Run on a machine of the target platform, with its JDK:
#
#   scripts/package-with-runtime.sh JDK_HOME TARGET      e.g. /usr/lib/jvm/java-17 linux-x64
#
# The runtime is made with that JDK's jlink from only the modules the server needs (jdeps reads
# them from the server jar), without debug data, man pages or headers, compressed; then a
# class-data-sharing archive of its JDK classes is dumped for a faster start. The runtime keeps
# its legal/ notices. Needs the server jar, bundle and notices already built (npm run assets,
# npm run build; mvn package does all of this, and runs this script on Linux x64).
set -euo pipefail

jdk="${1:?usage: $0 JDK_HOME TARGET}"
target="${2:?usage: $0 JDK_HOME TARGET}"
client="$(cd "$(dirname "$0")/.." && pwd)"
# Git Bash on Windows: C:\...\jdk becomes /c/.../jdk.
if command -v cygpath > /dev/null; then jdk="$(cygpath -u "$jdk")"; fi
cd "$client"

exe=""
case "$target" in win32-*) exe=".exe" ;; esac
jar="server/scenecost.jar"
[ -f "$jar" ] || { echo "Missing $client/$jar: run npm run assets (or mvn package) first." >&2; exit 2; }
[ -x "$jdk/bin/jlink$exe" ] || { echo "$jdk has no bin/jlink$exe: give the folder of a JDK 17 or newer." >&2; exit 2; }

# What the server needs by static reference, plus what libraries load by reflection: Gson uses
# sun.misc.Unsafe (jdk.unsupported) to build objects that have no no-argument constructor.
modules="$("$jdk/bin/jdeps$exe" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar"),jdk.unsupported"
echo "Runtime modules: $modules"

runtime="jre"
rm -rf "$runtime"
# --compress=2 is zip compression; JDK 21+ also call it zip-6 and warn that "2" is deprecated.
"$jdk/bin/jlink$exe" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$runtime"

# The default CDS archive (lib/server/classes.jsa) of the JDK classes in this runtime. jlink does
# not carry the JDK's archive over; without it every start loads and verifies them again.
"$runtime/bin/java$exe" -Xshare:dump -Xlog:cds=off -Xlog:cds+heap=off > /dev/null
"$runtime/bin/java$exe" -Xshare:on -XX:+UseSerialGC -version > /dev/null 2>&1 ||
  { echo "The runtime does not start with its CDS archive." >&2; exit 1; }

if [ "${target%%-*}" = linux ] && command -v objdump > /dev/null; then
  # What the runtime needs from the machine, written to jre/REQUIREMENTS: the newest glibc symbol
  # version any of its binaries asks for (the oldest glibc it runs on), and the shared libraries
  # it loads from the system rather than from itself.
  binaries=$(find "$runtime" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper -o -name jexec \))
  glibc="$(objdump -T $binaries 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)"
  own="$(for binary in $binaries; do basename "$binary"; done)"
  system="$(objdump -p $binaries 2>/dev/null | awk '/NEEDED/ {print $2}' | sort -u | grep -vxF "$own" | tr '\n' ' ')"
  printf 'glibc %s or newer\nsystem libraries: %s\n' "${glibc#GLIBC_}" "${system% }" > "$runtime/REQUIREMENTS"
  cat "$runtime/REQUIREMENTS"
fi
"$runtime/bin/java$exe" -version 2>&1 | head -1 > "$runtime/JAVA_VERSION"
du -sh "$runtime"

version="$(node -p "require('./package.json').version")"
node scripts/package.mjs --target "$target" --ignoreFile runtime.vscodeignore --out "scenecost-$version-$target.vsix"
