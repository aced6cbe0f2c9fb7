# Sourced by ./run test and .ci/run: makes sure the browser tests have a Chromium, installing
# Debian's package when none is found (the browser download of Playwright cannot work here),
# and exports CHROMIUM_PATH.

closebook_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return 0; fi
  if ! command -v chromium >/dev/null; then
    echo "Installing Chromium from Debian's packages for the browser tests" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if ! command -v apt-get >/dev/null || ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; }; then
      echo "Could not install Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary, then run again." >&2
      return 1
    fi
  fi
  CHROMIUM_PATH="$(command -v chromium)"
  export CHROMIUM_PATH
}
