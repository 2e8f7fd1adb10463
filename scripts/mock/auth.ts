import type { IncomingHttpHeaders } from "node:http";
import type { Operation } from "./operations.js";

type Scheme = Operation["security"] extends (infer Alternative)[] | undefined ? (Alternative extends (infer S)[] ? S : never) : never;

/**
 * Checks a request against the operation's security requirements (any one alternative, all of its schemes) and
 * returns why it fails, or undefined. Tokens are not verified (the mock cannot know them), only their form: an
 * HTTP `bearer` scheme needs `Bearer <token>`; an `apiKey` whose description spells its forms (`` `Bot <token>` ``)
 * needs one of them.
 */
export function securityFailure(operation: Operation, headers: IncomingHttpHeaders, query: URLSearchParams): string | undefined {
  const alternatives = (operation.security ?? []).filter((alternative) => alternative.length > 0);
  if (alternatives.length === 0) return undefined;
  const failures = alternatives.map((schemes) => schemes.map((scheme) => schemeFailure(scheme as Scheme, headers, query)).find(Boolean));
  return failures.some((failure) => failure === undefined) ? undefined : failures[0];
}

function schemeFailure(scheme: Scheme, headers: IncomingHttpHeaders, query: URLSearchParams): string | undefined {
  const s = scheme as { type: string; name?: string; in?: string; scheme?: string; description?: string };
  if (s.type === "apiKey") {
    const name = s.name ?? "";
    if (s.in === "query") return query.get(name) ? undefined : `the ${name} query parameter is missing`;
    if (s.in === "cookie") return cookieHas(headers.cookie, name) ? undefined : `the ${name} cookie is missing`;
    const value = header(headers, name);
    if (!value) return `the ${name} header is missing`;
    const forms = tokenForms(s.description);
    return forms.length === 0 || forms.some((prefix) => hasToken(value, prefix, true)) ? undefined : `the ${name} header must be ${forms.map((prefix) => `\`${prefix} <token>\``).join(" or ")}`;
  }
  const prefix = s.type === "http" && s.scheme?.toLowerCase() === "basic" ? "Basic" : "Bearer";
  const value = header(headers, "authorization");
  if (!value) return "the Authorization header is missing";
  return hasToken(value, prefix, false) ? undefined : `the Authorization header must be \`${prefix} <token>\``;
}

/** The prefixes a description spells as `` `Prefix <token>` ``. */
function tokenForms(description: string | undefined): string[] {
  return [...(description ?? "").matchAll(/`([A-Za-z][\w-]*) <token>`/g)].map((match) => match[1]!);
}

/**
 * The credential an Authorization header carries, as the check above reads it: its scheme and its token, without the
 * spaces around the token, so that `Bot  t` counts against the same rate-limit windows as `Bot t`.
 */
export function credentialOf(value: string): string {
  const parts = schemeAndToken(value);
  return parts ? `${parts[0]} ${parts[1]}` : value.trim();
}

function hasToken(value: string, prefix: string, caseSensitive: boolean): boolean {
  const parts = schemeAndToken(value);
  if (!parts) return false;
  const [given, token] = parts;
  const matches = caseSensitive ? given === prefix : given.toLowerCase() === prefix.toLowerCase();
  return matches && token !== "";
}

/** An Authorization value's scheme and token (without the spaces around it); undefined when no space parts them. */
function schemeAndToken(value: string): [scheme: string, token: string] | undefined {
  const trimmed = value.trim();
  const space = trimmed.indexOf(" ");
  return space < 0 ? undefined : [trimmed.slice(0, space), trimmed.slice(space + 1).trim()];
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function cookieHas(cookie: string | undefined, name: string): boolean {
  return (cookie ?? "").split(";").some((pair) => pair.trim().startsWith(`${name}=`) && pair.trim().length > name.length + 1);
}
