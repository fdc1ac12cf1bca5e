# Sourced by the project's scripts: finds a JDK >= 21 and a Maven >= 3.9 (fetching Maven 3.9 from the
# configured Maven repository through the machine's own Maven when needed), then exports JAVA_HOME,
# MVN (the command to run Maven) and VMMIG_ROOT. Prints what to do when a prerequisite is missing.

VMMIG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export VMMIG_ROOT
VMMIG_MAVEN_VERSION=3.9.16
VMMIG_TOOLS="${VMMIG_TOOLS:-$HOME/.cache/vmmig/tools}"

vmmig_die() { echo "vmmig: $*" >&2; exit 2; }

# Major version of the JDK at $1 (a JAVA_HOME), or 0.
# Read by bash alone, without sed: every command of ./vmmig pays for what this file runs.
vmmig_jdk_major() {
  local release="$1/release" line
  [ -x "$1/bin/javac" ] && [ -f "$release" ] || { echo 0; return; }
  while IFS= read -r line; do
    if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then echo "${BASH_REMATCH[1]}"; return; fi
  done <"$release"
  echo 0
}

vmmig_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] || continue
    if [ "$(vmmig_jdk_major "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME="$(vmmig_find_jdk)"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "vmmig: no JDK >= 21 found; installing openjdk-21-jdk-headless from Debian packages" >&2
    { apt-get update -qq && apt-get install -y -qq openjdk-21-jdk-headless; } >&2 \
      || vmmig_die "could not install a JDK >= 21. Install one and set JAVA_HOME to it."
    JAVA_HOME="$(vmmig_find_jdk)" || vmmig_die "no JDK >= 21 found after installing one. Set JAVA_HOME to a JDK >= 21."
  else
    vmmig_die "vmmig needs a JDK >= 21 (found none under JAVA_HOME or /usr/lib/jvm). Install one and set JAVA_HOME."
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

vmmig_maven_ok() { # is the mvn on PATH 3.9 or newer?
  local v
  v="$("$1" -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9]*\.[0-9]*\).*/\1/p' | head -n1)"
  [ -n "$v" ] && [ "$(printf '%s\n3.9\n' "$v" | sort -V | head -n1)" = "3.9" ]
}

MVN="$VMMIG_TOOLS/apache-maven-$VMMIG_MAVEN_VERSION/bin/mvn"
if [ ! -x "$MVN" ]; then
  if command -v mvn >/dev/null && vmmig_maven_ok mvn; then
    MVN="$(command -v mvn)"
  else
    command -v mvn >/dev/null || vmmig_die "Maven is needed to fetch Maven $VMMIG_MAVEN_VERSION. Install it: apt-get install maven"
    echo "vmmig: fetching Maven $VMMIG_MAVEN_VERSION through the installed Maven (one time)" >&2
    mkdir -p "$VMMIG_TOOLS"
    (cd "$VMMIG_TOOLS" && mvn -q -B dependency:unpack \
        "-Dartifact=org.apache.maven:apache-maven:$VMMIG_MAVEN_VERSION:tar.gz:bin" \
        "-DoutputDirectory=$VMMIG_TOOLS") >&2 \
      || vmmig_die "could not fetch Maven $VMMIG_MAVEN_VERSION from the Maven repository. Check the network or install Maven >= 3.9."
    [ -x "$MVN" ] || vmmig_die "Maven $VMMIG_MAVEN_VERSION was fetched but $MVN is missing."
  fi
fi
export MVN
