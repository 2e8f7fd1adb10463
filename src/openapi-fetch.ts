// The one part of openapi-fetch botspec uses, as a module of its own: imported dynamically, a bundler then splits off
// just this function and what it needs, not the whole package namespace.
export { default as createClient } from "openapi-fetch";
