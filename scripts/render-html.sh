#!/usr/bin/env bash
# Renders `vntext extract --format html` of the bundled government news to a PNG with
# headless Chromium, for the README:
#
#   scripts/render-html.sh [OUT.png]     # default: docs/extract-html.png
#
# Writes target/extract-html/gov-news.html on the way. Needs Debian's `chromium` (installed
# with apt-get when missing and running as root; otherwise it says what to install).
set -euo pipefail

cd "$(dirname "$0")/.."
out=${1:-docs/extract-html.png}
dir=target/extract-html
width=${WIDTH:-1200}
height=${HEIGHT:-1400}

chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z $chromium ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core
        chromium=$(command -v chromium)
    else
        echo "error: no chromium; install it with: sudo apt-get install chromium fonts-dejavu-core" >&2
        exit 1
    fi
fi

cargo build --release --features cli --bin vntext
mkdir -p "$dir" "$(dirname "$out")"
target/release/vntext extract --format html data/samples/gov-news.txt >"$dir/gov-news.html"

# A throwaway profile, so that nothing is read from or left in the user's own.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile" --no-first-run --no-default-browser-check \
    --force-device-scale-factor=1 --window-size="$width,$height" \
    --screenshot="$PWD/$out" "file://$PWD/$dir/gov-news.html" 2>"$dir/chromium.log" || {
    cat "$dir/chromium.log" >&2
    exit 1
}
echo "wrote $out ($(du -k "$out" | cut -f1) KB) from $dir/gov-news.html"
