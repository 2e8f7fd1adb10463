export * from "../../../generated/tomon/schema.js";
