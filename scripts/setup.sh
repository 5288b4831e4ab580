#!/usr/bin/env bash
# Installs what vnkg needs on Debian 12 (bookworm) and builds it into build/.
#
#   scripts/setup.sh              install missing packages, then configure and build
#   scripts/setup.sh --deps-only  only install missing packages
#
# Packages already installed are left alone: on a machine that has them all,
# no apt command runs. apt-get runs as root, through sudo for other users.
set -euo pipefail

PACKAGES=(
	cmake
	make
	build-essential
	pkg-config
	libigraph-dev
	libpcre2-dev
	libgraphviz-dev
	graphviz
	libutf8proc-dev
	libcmocka-dev
	libxml2-utils
	fonts-dejavu-core
	python3
	python3-networkx
)

usage() {
	sed -n '2,9s/^# \{0,1\}//p' "$0"
}

deps_only=0
for arg in "$@"; do
	case $arg in
	--deps-only) deps_only=1 ;;
	-h | --help)
		usage
		exit 0
		;;
	*)
		echo "setup.sh: unknown option '$arg'" >&2
		usage >&2
		exit 2
		;;
	esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
for pkg in "${PACKAGES[@]}"; do
	status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
	if [ "$status" != "install ok installed" ]; then
		missing+=("$pkg")
	fi
done

if [ "${#missing[@]}" -gt 0 ]; then
	echo "setup.sh: installing ${missing[*]}"
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "setup.sh: apt-get not found; install these packages (Debian 12 names) by hand: ${missing[*]}" >&2
		exit 1
	fi
	if [ "$(id -u)" -eq 0 ]; then
		as_root=(env DEBIAN_FRONTEND=noninteractive)
	elif command -v sudo >/dev/null 2>&1; then
		as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
	else
		echo "setup.sh: need root to install ${missing[*]}: run as root or install sudo" >&2
		exit 1
	fi
	"${as_root[@]}" apt-get update -q
	"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$deps_only" -eq 1 ]; then
	exit 0
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
