import ts from "typescript";

/**
 * Type-checks `files` as a user's app compiles them (NodeNext, ES2022, strict, Node's types), with `lib` when given
 * (TypeScript's default for the target otherwise): the program, and each diagnostic as `file: message`.
 */
export function typeCheck(files: string[], lib?: string[]): { program: ts.Program; diagnostics: string[] } {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    ...(lib ? { lib } : {}),
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  return { program, diagnostics };
}
