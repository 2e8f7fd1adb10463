export * from "./generated/kook/client.js";
