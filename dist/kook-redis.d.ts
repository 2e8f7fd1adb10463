export * from "./src/kook/redis-store.js";
