import { exampleKeys, type Operation, type OperationResponse } from "./operations.js";

/** What a valid `Prefer` header asks Prism for. */
export interface Preference {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

export type PreferResult = { preference: Preference } | { error: string };

/**
 * Reads `Prefer: code=<status>, example=<name>, dynamic=<bool>, seed=<s>` (RFC 7240; other preferences are ignored,
 * as the RFC asks) and checks it against the operation: the status must be one it declares (a `4XX` range or a
 * `default` response admits any status it covers), the example one of that response's. An example named without a
 * code selects the declared response that has it. The error lists what exists.
 */
export function readPrefer(header: string | undefined, operation: Operation): PreferResult {
  const values = parsePrefer(header ?? "");
  const preference: Preference = {};
  const codeValue = values.get("code");
  let response: OperationResponse | undefined;
  if (codeValue !== undefined) {
    const code = /^[1-5]\d\d$/.test(codeValue) ? Number(codeValue) : undefined;
    response = code === undefined ? undefined : responseFor(operation, code);
    if (!response) return { error: `Prefer code=${codeValue} names no response of ${operation.iid}. ${available(operation)}` };
    preference.code = code!;
  }
  const exampleKey = values.get("example");
  if (exampleKey !== undefined) {
    if (!response) {
      const holders = operation.responses.filter((candidate) => /^\d{3}$/.test(candidate.code) && exampleKeys(candidate).includes(exampleKey));
      if (holders.length === 1) preference.code = Number(holders[0]!.code);
      response = holders[0];
    }
    if (!response || !exampleKeys(response).includes(exampleKey)) {
      const where = codeValue === undefined ? "" : ` (code=${codeValue})`;
      return { error: `Prefer example=${exampleKey} names no example of ${operation.iid}${where}. ${available(operation)}` };
    }
    preference.exampleKey = exampleKey;
  }
  const dynamic = values.get("dynamic");
  if (dynamic !== undefined) {
    if (dynamic !== "true" && dynamic !== "false") return { error: `Prefer dynamic=${dynamic} must be true or false.` };
    preference.dynamic = dynamic === "true";
  }
  const seed = values.get("seed");
  if (seed !== undefined) preference.seed = seed;
  return { preference };
}

/** The declared response that answers with `code`: an exact status first, then a range (`4XX`), then `default`. */
function responseFor(operation: Operation, code: number): OperationResponse | undefined {
  const { responses } = operation;
  return (
    responses.find((response) => response.code === String(code)) ??
    responses.find((response) => response.code.toUpperCase() === `${String(code)[0]}XX`) ??
    (code >= 400 ? responses.find((response) => response.code === "default") : undefined)
  );
}

/** "It has: code=200 (examples a, b); code=429 (example c); default, any status 400-599 (example d)." */
function available(operation: Operation): string {
  const parts = operation.responses.map((response) => {
    const keys = exampleKeys(response);
    const name = response.code === "default" ? "default, any code from 400 to 599" : /X/i.test(response.code) ? `any code ${response.code}` : `code=${response.code}`;
    return keys.length === 0 ? name : `${name} (example${keys.length > 1 ? "s" : ""} ${keys.join(", ")})`;
  });
  return `It has: ${parts.join("; ")}.`;
}

/** Preferences by lower-cased name: `name[=value][;params]`, comma-separated, values possibly quoted. */
function parsePrefer(header: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const item of header.split(",")) {
    const [preference = ""] = item.split(";");
    const equals = preference.indexOf("=");
    const name = (equals < 0 ? preference : preference.slice(0, equals)).trim().toLowerCase();
    if (!name || values.has(name)) continue;
    const raw = equals < 0 ? "" : preference.slice(equals + 1).trim();
    values.set(name, raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
  }
  return values;
}
