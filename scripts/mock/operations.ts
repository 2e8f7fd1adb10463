import type { getHttpOperationsFromSpec } from "@stoplight/prism-http";

/** One operation as Prism reads it from a bundle: path template, method, security, parameters and responses. */
export type Operation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];
export type OperationResponse = Operation["responses"][number];

/** The names of the inputs an operation takes: query parameters and top-level body properties of every media type. */
export function inputNames(operation: Operation): Set<string> {
  const names = new Set<string>();
  for (const parameter of operation.request?.query ?? []) names.add(parameter.name);
  for (const content of operation.request?.body?.contents ?? []) {
    const properties = (content.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
    for (const name of Object.keys(properties ?? {})) names.add(name);
  }
  return names;
}

/** The named examples of a response, in spec order (every media type). */
export function exampleKeys(response: OperationResponse): string[] {
  return (response.contents ?? []).flatMap((content) => (content.examples ?? []).map((example) => example.key));
}

/** The value of a response's first example, if any. */
export function firstExampleValue(response: OperationResponse | undefined): unknown {
  for (const content of response?.contents ?? []) {
    const example = content.examples?.[0];
    if (example && "value" in example) return example.value;
  }
  return undefined;
}

/** Whether a response declares a header (case-insensitive). */
export function declaresHeader(response: OperationResponse, name: string): boolean {
  return (response.headers ?? []).some((header) => header.name.toLowerCase() === name.toLowerCase());
}
