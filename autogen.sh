#!/bin/sh
# Prepare a fresh checkout for ./configure: make sure the tools and libraries
# the build and the tests need are installed (on Debian, with apt-get when
# this user may), then generate the build system.
set -eu

cd "$(dirname "$0")"

packages="autoconf automake pkg-config make gcc libncurses-dev check tmux"

missing_packages() {
	command -v dpkg-query >/dev/null 2>&1 || return 0
	for p in $packages; do
		status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
		case $status in
		*"ok installed") ;;
		*) printf '%s ' "$p" ;;
		esac
	done
}

if command -v apt-get >/dev/null 2>&1; then
	missing=$(missing_packages)
	if [ -n "$missing" ]; then
		if [ "$(id -u)" -eq 0 ]; then
			as_root=""
		elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			as_root="sudo -n"
		else
			echo "autogen.sh: missing packages; install them with:" >&2
			echo "  sudo apt-get install -y $missing" >&2
			exit 1
		fi
		echo "autogen.sh: installing $missing"
		export DEBIAN_FRONTEND=noninteractive
		$as_root apt-get update -qq
		# shellcheck disable=SC2086
		$as_root apt-get install -y -qq $missing
	fi
fi

mkdir -p m4
autoreconf -fi
