#!/usr/bin/env bash
# Installs what is missing, builds PlanDesk and starts it. Extra arguments go to plandesk
# (e.g. --db /path/to/file.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
# The tests need packages of their own (setup-debian.sh --tests); scripts/test.sh turns them on.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build build
exec ./build/plandesk "$@"
