// Shadows the global fetch inside the module factory: the single-file module would first try
// fetch('data:…'), a request that a strict Content-Security-Policy reports as a violation, before
// decoding the inlined wasm itself (toolchain.md, pitfall 9).
/** @suppress {duplicate} */ var fetch;
