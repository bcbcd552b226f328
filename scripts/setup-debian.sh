#!/usr/bin/env bash
# Installs the Debian 12 packages PlanDesk needs to build, run and test — only those missing.
# Uses sudo when not run as root. Safe to run again. With --tests it adds what only the tests use.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev libxkbcommon-dev
    # The SVG image and icon plug-ins: the window icon is an SVG.
    libqt6svg6
    # The documents' font: WenQuanYi maps every glyph back to the character typed, so PDF text
    # extracts exactly (Noto CJK gives look-alike Kangxi radicals).
    fonts-wqy-zenhei fonts-wqy-microhei
    # The tests read the PDFs as a user's viewer does.
    poppler-utils
)

if [ "${1:-}" = "--tests" ]; then
    # Noto CJK is installed on purpose: the tests prove that documents pick WenQuanYi even where
    # Noto (whose look-alike radicals break PDF search) is present, as on many workstations.
    packages+=(fonts-noto-cjk libical-dev)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
