import type { Operation } from "./operations.js";

export type RouteMatch = { operation: Operation } | { status: 404 | 405; allowed?: string[] };

interface Route {
  segments: string[];
  operations: Map<string, Operation>;
  /** Literal segments: a route with more of them wins over one with templates in their place. */
  literals: number;
}

/** Matches a request path (still percent-encoded) and method against the operations' path templates. */
export function createRouter(operations: readonly Operation[]): (method: string, pathname: string) => RouteMatch {
  const byPath = new Map<string, Route>();
  for (const operation of operations) {
    let route = byPath.get(operation.path);
    if (!route) {
      const segments = operation.path.split("/").slice(1);
      route = { segments, operations: new Map(), literals: segments.filter((segment) => !isTemplate(segment)).length };
      byPath.set(operation.path, route);
    }
    route.operations.set(operation.method.toLowerCase(), operation);
  }
  const routes = [...byPath.values()].sort((a, b) => b.literals - a.literals);

  return (method, pathname) => {
    const segments = pathname.split("/").slice(1);
    const route = routes.find((candidate) => matches(candidate.segments, segments));
    if (!route) return { status: 404 };
    const operation = route.operations.get(method.toLowerCase());
    return operation ? { operation } : { status: 405, allowed: [...route.operations.keys()].map((name) => name.toUpperCase()) };
  };
}

function isTemplate(segment: string): boolean {
  return segment.startsWith("{") && segment.endsWith("}");
}

function matches(template: string[], segments: string[]): boolean {
  return template.length === segments.length && template.every((part, index) => (isTemplate(part) ? segments[index] !== "" : part === segments[index]));
}

/** The first path segment whose percent-encoding is malformed, if any. */
export function malformedSegment(pathname: string): string | undefined {
  return pathname.split("/").find(isMalformed);
}

/**
 * The first `&`-separated part of a query (`url.search`, with its `?`) whose percent-encoding is malformed, if any:
 * URLSearchParams would keep such bytes as they are, so the request would be validated with a value nobody sent.
 */
export function malformedQueryPart(search: string): string | undefined {
  return search.slice(1).split("&").find(isMalformed);
}

/** Whether decodeURIComponent would throw on `text`. */
function isMalformed(text: string): boolean {
  try {
    decodeURIComponent(text);
    return false;
  } catch {
    return true;
  }
}
