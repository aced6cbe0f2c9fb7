# Sourced by ./run and .ci/run: puts Node 24 and pnpm 10 on PATH, installing them from the npm
# registry into the project-local folder .tools/ when the machine's own are missing or too old.
#
# Both come from one `npm install` of .tools/package.json, which declares both (a second install
# would prune the first) and allows the `node` package's install script (npm 11 blocks
# dependencies' install scripts otherwise, leaving the package without its binary).
# After sourcing, `node` is >= 22.12 and `pnpm` is 10.x, or the script has stopped with a message.

closebook_tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools"

closebook_node_version() { node -e 'const [a,b]=process.versions.node.split(".").map(Number);console.log(a*100+b)' 2>/dev/null || echo 0; }
closebook_pnpm_major() { pnpm --version 2>/dev/null | cut -d. -f1; }

closebook_toolchain() {
  if [ "$(closebook_node_version)" -ge 2212 ] && [ "$(closebook_pnpm_major)" = "10" ]; then
    return 0
  fi
  if [ ! -x "$closebook_tools/node_modules/.bin/node" ] || [ ! -x "$closebook_tools/node_modules/.bin/pnpm" ]; then
    if ! command -v npm >/dev/null; then
      echo "Closebook needs Node.js 22.12 or newer (24 recommended) and pnpm 10, or at least npm to fetch them: install Node.js and npm, then run this again." >&2
      return 1
    fi
    echo "Installing Node 24 and pnpm 10 into .tools/ (once; the machine has node $(node --version 2>/dev/null || echo none), pnpm $(pnpm --version 2>/dev/null || echo none))" >&2
    mkdir -p "$closebook_tools"
    cat >"$closebook_tools/package.json" <<'JSON'
{
  "private": true,
  "description": "Node 24 and pnpm 10 for Closebook, installed by scripts/toolchain.sh",
  "dependencies": { "node": "24", "pnpm": "10" },
  "allowScripts": { "node": true }
}
JSON
    if ! npm install --prefix "$closebook_tools" --no-audit --no-fund --loglevel=error >"$closebook_tools/install.log" 2>&1; then
      cat "$closebook_tools/install.log" >&2
      echo "Could not install Node 24 and pnpm 10 into .tools/ with npm (log above, kept in .tools/install.log)." >&2
      return 1
    fi
  fi
  export PATH="$closebook_tools/node_modules/.bin:$PATH"
  hash -r
  if [ "$(closebook_node_version)" -lt 2212 ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is still first on PATH after installing Node 24 into .tools/: Closebook needs Node 22.12 or newer. Remove .tools/ and run again, or install Node 24 yourself." >&2
    return 1
  fi
  if [ "$(closebook_pnpm_major)" != "10" ]; then
    echo "pnpm $(pnpm --version 2>/dev/null || echo '(none)') is on PATH, but Closebook needs pnpm 10. Remove .tools/ and run again, or install pnpm 10 yourself." >&2
    return 1
  fi
}
