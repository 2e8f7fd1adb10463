export * from "./generated/tomon/client.js";
