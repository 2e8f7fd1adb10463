export * from "./generated/mirai/client.js";
