# Shared by start.sh and test.sh: the set-up both need, on a fresh clone or an old one.

# The Electron package's own download cannot reach every network; the app falls
# back to the web host where its binary is missing, so never let it fail the install.
install_dependencies() {
  if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing dependencies (npm ci)…"
    ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Debian packages the tests use. Installed with apt-get when running as root;
# otherwise the run stops and says what to install. Never a browser download.
ensure_system_packages() {
  missing=""
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $package"
    fi
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "The tests need these Debian packages:$missing" >&2
    echo "Install them with: sudo apt-get install -y$missing" >&2
    exit 1
  fi
}

# A running PostgreSQL with a login the tests use, from Debian's package: the
# cluster apt created, started as root, and a role made once.
ensure_postgresql() {
  [ -n "${TEST_DATABASE_URL:-}" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "The server tests need PostgreSQL: run npm test as root to set it up, or set TEST_DATABASE_URL." >&2
    exit 1
  fi
  cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
  if [ -z "$cluster" ]; then
    echo "No PostgreSQL cluster: install it with apt-get install -y postgresql" >&2
    exit 1
  fi
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster start 2>/dev/null || true
  su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname = 'workability'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"create role workability login createdb password 'workability'\""
  export TEST_DATABASE_URL="postgres://workability:workability@127.0.0.1:5432/postgres"
}
