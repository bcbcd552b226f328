#!/usr/bin/env bash
# Installs what is missing, builds PlanDesk and starts it. Extra arguments go to plandesk
# (e.g. --db /path/to/file.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
exec ./build/plandesk "$@"
