#!/bin/sh
# Adds DREM Desktop to the desktop's application menu for this user (no root needed): the .desktop entry
# pointing at this folder's program, and the icons. Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications"
for size in "$here"/share/icons/hicolor/*; do
  mkdir -p "$data/icons/hicolor/$(basename "$size")/apps"
  cp "$size/apps/drem-desktop.png" "$data/icons/hicolor/$(basename "$size")/apps/"
done
sed "s|^Exec=.*|Exec=\"$here/drem-desktop\"|" "$here/share/applications/drem-desktop.desktop" \
  > "$data/applications/drem-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "DREM Desktop is in the application menu ($data/applications/drem-desktop.desktop)."
