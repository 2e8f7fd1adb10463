export * from "../../../generated/mirai/schema.js";
