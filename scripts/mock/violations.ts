/** One reason a request was refused, in the shape of Prism's `sl-violations` header entries. */
export interface Violation {
  location: (string | number)[];
  severity: "Error" | "Warning" | "Information" | "Hint";
  code: string | number;
  message: string;
}

/** What Prism reports about a request (its validator's diagnostics). */
interface PrismDiagnostic {
  path?: (string | number)[];
  severity: number;
  code?: string | number;
  message: string;
}

const SEVERITIES = ["Error", "Warning", "Information", "Hint"] as const;
const MAX_HEADER_LENGTH = 8 * 1024 - 100;

export function fromPrism(diagnostics: readonly PrismDiagnostic[], prefix = "request"): Violation[] {
  return diagnostics.map((diagnostic) => ({
    location: [prefix, ...(diagnostic.path ?? [])],
    severity: SEVERITIES[diagnostic.severity] ?? "Error",
    code: diagnostic.code ?? "",
    message: diagnostic.message,
  }));
}

export function violation(location: (string | number)[], code: string | number, message: string): Violation {
  return { location: ["request", ...location], severity: "Error", code, message };
}

/** The `sl-violations` header value, cut as Prism cuts it. */
export function violationsHeader(violations: readonly Violation[]): string {
  // A header value is printable ASCII: other characters (from a request's own bytes) are JSON-escaped.
  const value = JSON.stringify(violations).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return value.length > MAX_HEADER_LENGTH ? `Too many violations! ${value.slice(0, MAX_HEADER_LENGTH)}` : value;
}

/** "body.guild_id: must be string" — the first error, for an API's error message. */
export function describe(violations: readonly Violation[]): string {
  const first = violations.find((entry) => entry.severity === "Error") ?? violations[0];
  if (!first) return "invalid request";
  const where = first.location.slice(1).join(".");
  return where ? `${where}: ${first.message}` : first.message;
}
