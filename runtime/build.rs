//! Builds the vendored Boehm-Demers-Weiser collector (single-file build,
//! no thread support) into the runtime archive.
fn main() {
    let root = std::path::Path::new("vendor/bdwgc");
    cc::Build::new()
        .file(root.join("extra/gc.c"))
        .include(root.join("include"))
        .define("ALL_INTERIOR_POINTERS", None)
        .define("NO_EXECUTE_PERMISSION", None)
        .define("NO_DEBUGGING", None)
        .define("DONT_USE_ATEXIT", None)
        .define("USE_MMAP", None)
        .define("USE_MUNMAP", None)
        .define("GC_DISABLE_INCREMENTAL", None)
        .flag_if_supported("-w")
        .opt_level(2)
        .compile("pyaot_gc");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=vendor/bdwgc/alloc.c");
}
