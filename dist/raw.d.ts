export * from "./src/with-raw.js";
