export * from "../../../generated/kook/schema.js";
