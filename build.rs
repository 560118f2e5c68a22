//! Rebuilds the binary when the embedded themes or wording, or the tool's
//! own words (`tool-locales/`), change
//! (they are compiled in with `include_dir!`, which cargo does not track).
fn main() {
    println!("cargo:rerun-if-changed=themes");
    println!("cargo:rerun-if-changed=locales/en");
    println!("cargo:rerun-if-changed=locales/fr");
    println!("cargo:rerun-if-changed=tool-locales");
    println!("cargo:rerun-if-changed=build.rs");
}
