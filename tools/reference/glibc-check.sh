#!/usr/bin/env bash
# Proves that the Java ladder does the reference's arithmetic in the reference's order: it
# compiles a copy of model/src/main/java with every Math.exp/log/pow/sin/cos replaced by the C
# library's (the functions CPython calls), trains rungs 1-5 and compares all 1000 losses and
# the samples with the reference, bit for bit. Needs JDK 17 exactly (its incubating foreign
# linker) and glibc; the Maven build must have run once (for Jackson in ~/.m2).
# Usage: tools/reference/glibc-check.sh PATH/TO/names.txt
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
names="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$root/model/src/main/java" "$work/src"
mkdir -p "$work/src/glibc"
cp "$here/glibc/Glibc.java" "$here/glibc/GlibcCheck.java" "$work/src/glibc/"
grep -rl --include='*.java' -E 'Math\.(exp|log|pow|sin|cos)\(' "$work/src/dev" | while read -r f; do
  sed -i -E 's/\bMath\.(exp|log|pow|sin|cos)\(/glibc.Glibc.\1(/g' "$f"
done

cp_jars="$(find ~/.m2/repository/com/fasterxml/jackson/core -name '*.jar' | tr '\n' ':')"
javac -nowarn --add-modules jdk.incubator.foreign -cp "$cp_jars" -d "$work/classes" \
  $(find "$work/src" -name '*.java') 2>&1 | grep -v -e '^warning' -e 'incubating' || true
java --add-modules jdk.incubator.foreign --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC \
  -Dmicrogpt.names="$names" -cp "$work/classes:$cp_jars" glibc.GlibcCheck \
  "$root/model/src/test/resources/reference" 2>&1 | grep -v 'WARNING'
