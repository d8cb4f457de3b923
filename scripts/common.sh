# Shared by scripts/demo and scripts/test (sourced, not run). Installs what is missing and
# skips what is present, so a warm machine pays nothing.

say() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; }

# Rust (cargo, rustc >= the crate's rust-version). On a fresh machine: rustup, minimal profile.
ensure_rust() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v cargo >/dev/null 2>&1; then
    if command -v rustup >/dev/null 2>&1; then
      say "no default Rust toolchain; installing stable with rustup"
      rustup default stable
    elif command -v curl >/dev/null 2>&1; then
      say "installing Rust with rustup (https://rustup.rs)"
      curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    else
      say "Rust is missing and curl is not available: install Rust from https://rustup.rs"
      exit 1
    fi
  fi
  local need have
  need=$(sed -n 's/^rust-version *= *"\(.*\)"/\1/p' Cargo.toml)
  have=$(rustc --version | awk '{print $2}')
  if [ -n "$need" ] && [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -1)" != "$need" ]; then
    if command -v rustup >/dev/null 2>&1; then
      say "rustc $have is older than $need; updating stable"
      rustup update stable
    else
      say "rustc $have is older than the $need this crate needs; install a newer Rust (https://rustup.rs)"
      exit 1
    fi
  fi
}

# The WebAssembly target the extension's core is built for (and linted for: code under
# `cfg(target_arch = "wasm32")` is compiled for it only). Comes with rustup.
ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The browser extension, when this checkout has it (scripts/build-extension installs its own
# tools: the wasm32 target, wasm-bindgen-cli, npm packages, browsers).
has_extension() {
  [ -x scripts/build-extension ] && [ -f package.json ]
}
