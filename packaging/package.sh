#!/usr/bin/env bash
# Builds Career Explorer's installable packages from `mvn package`: a jpackage app-image and a .deb,
# with the JavaFX runtime linked in, then smoke-tests the image under Xvfb.
#   packaging/package.sh            image + deb + smoke test
#   packaging/package.sh --image    image + smoke test only
#   packaging/package.sh --install  all of the above, then installs the .deb (as root) and starts it
# Needs: JDK 17 with jpackage, Maven, fakeroot (for the .deb), xvfb-run (for the smoke test),
# desktop-file-validate. On Debian: apt-get install fakeroot xvfb desktop-file-utils libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."

NAME=career-explorer
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
OUT=target/package
MAIN_JAR="$NAME-$VERSION.jar"

echo "== building $NAME $VERSION"
mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib

rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/javafx"
cp "target/$MAIN_JAR" "$OUT/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$OUT/javafx/" ;;   # linked into the runtime as modules
    javafx-*) ;;                                       # the platform-neutral placeholder jars
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
cp packaging/make-cds-archive.sh "$OUT/input/"

desktop-file-validate packaging/resources/$NAME.desktop

# jdk.localedata: number and month formats for de, el, lv, et; java.desktop: PNG export and printing.
MODULES=javafx.controls,javafx.fxml,javafx.swing,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.localedata,jdk.unsupported,jdk.zipfs
# Start-up flags, measured by packaging/startup-benchmark.sh: C1 alone compiles what start-up runs
# without C2 taking the second core; the serial collector suits a heap of a few dozen MB; the
# class-data-sharing archive is made by make-cds-archive.sh where the app is installed.
JAVA_OPTIONS=(--java-options -XX:TieredStopAtLevel=1 --java-options -XX:+UseSerialGC
  --java-options '-XX:SharedArchiveFile=$APPDIR/career-explorer.jsa')
COMMON=(
  --name "$NAME" --app-version "$VERSION" --vendor "Career Explorer"
  --description "Compare occupations: what the work involves, what it takes, what it pays"
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class org.careerexplorer.app.AppLauncher
  --module-path "$OUT/javafx" --add-modules "$MODULES"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive"
  --icon resources/icons/career-explorer-256.png
  "${JAVA_OPTIONS[@]}"
)

echo "== app-image"
# The image also gets the start-up benchmark's baseline launcher; the .deb does not.
jpackage --type app-image --dest "$OUT" "${COMMON[@]}" --add-launcher bare-window=packaging/bare-window.properties

echo "== class-data-sharing archive"
# A training run lists the classes start-up loads and makes the image's archive; the .deb carries
# the list, and its postinst makes the archive for the installed path.
xvfb-run -a -s "-screen 0 1280x800x24" "$OUT/$NAME/lib/app/make-cds-archive.sh" --train
cp "$OUT/$NAME/lib/app/$NAME.classlist" "$OUT/input/"
du -sh "$OUT/$NAME"

echo "== smoke test (Xvfb)"
# -Xshare:on makes the start fail if the archive does not fit the launcher's class path.
JAVA_TOOL_OPTIONS=-Xshare:on XDG_CONFIG_HOME="$(mktemp -d)" xvfb-run -a -s "-screen 0 1280x800x24" \
  "$OUT/$NAME/bin/$NAME" --exit-after-first-frame

if [ "${1:-}" != "--image" ]; then
  echo "== .deb"
  jpackage --type deb --dest "$OUT" "${COMMON[@]}" \
    --resource-dir packaging/resources \
    --linux-shortcut --linux-menu-group Education --linux-app-category education \
    --linux-package-deps libgtk-3-0 --linux-deb-maintainer "Career Explorer <maintainers@careerexplorer.org>"
  ls -l "$OUT"/*.deb
  echo "install with: sudo apt install ./$(ls "$OUT"/*.deb)"
  if [ "${1:-}" = "--install" ]; then
    echo "== installing and starting the installed app"
    apt-get install -y "./$(ls "$OUT"/*.deb)"
    desktop-file-validate /usr/share/applications/$NAME.desktop
    JAVA_TOOL_OPTIONS=-Xshare:on XDG_CONFIG_HOME="$(mktemp -d)" xvfb-run -a -s "-screen 0 1280x800x24" \
      /opt/$NAME/bin/$NAME --exit-after-first-frame
  fi
fi
