#!/bin/sh
# Writes the class-data-sharing archive (AppCDS) of an installed or built Career Explorer image:
# the classes that start-up loads, parsed, verified and laid out once, so that each start maps them
# instead of reading them from the jars (see the README's start-up figures).
# The archive only fits the class path it was made for, so it is made where the app lives: by
# package.sh for the app-image and by the .deb's postinst in /opt/career-explorer. The launcher
# asks for it without insisting, so a missing or outdated archive only costs speed.
#   make-cds-archive.sh [--train] [APP_DIR]
#     --train   first list the classes start-up loads, by starting the app once (needs a display)
#     APP_DIR   the image's lib/app folder; by default the folder this script is in
set -e
TRAIN=false
if [ "${1:-}" = "--train" ]; then TRAIN=true; shift; fi
APP_DIR=$(cd "${1:-$(dirname "$0")}" && pwd)
JAVA="$APP_DIR/../runtime/bin/java"
CLASS_LIST="$APP_DIR/career-explorer.classlist"
ARCHIVE="$APP_DIR/career-explorer.jsa"
# The same class path, in the same order, as the launcher builds from its configuration.
CLASS_PATH=$(sed -n "s|^app.classpath=\\\$APPDIR|$APP_DIR|p" "$APP_DIR/career-explorer.cfg" | paste -sd: -)

if $TRAIN; then
    XDG_CONFIG_HOME=$(mktemp -d) "$JAVA" -Xshare:off -XX:DumpLoadedClassList="$CLASS_LIST" -cp "$CLASS_PATH" \
        org.careerexplorer.app.AppLauncher --exit-after-first-frame
fi
rm -f "$ARCHIVE"
"$JAVA" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$CLASS_LIST" -XX:SharedArchiveFile="$ARCHIVE" \
    -Xlog:cds=off -cp "$CLASS_PATH" >/dev/null
chmod 644 "$ARCHIVE"
