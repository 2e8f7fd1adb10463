// What an editor shows: TypeScript's language service (the engine behind VS Code's hovers) asked for the quick info of
// methods and result types of the generated clients, as a user's file imports them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

mkdirSync("test-output", { recursive: true });
const dir = mkdtempSync(join(process.cwd(), "test-output", "hover-"));
const file = join(dir, "app.ts");
const source = `import { createKookClient, type GetCurrentUserResult, type ListThreadsResult } from "botspec/kook";
import { createMiraiClient, type ListFriendsResult } from "botspec/mirai";
import { createTomonClient } from "botspec/tomon";
const kook = createKookClient({ token: "t" });
kook.getCurrentUser();
kook.createInvite({ guild_id: "1" });
kook.listThreads({ channel_id: "1" });
createTomonClient({ token: "t" }).getInvite({ inviteCode: "abc" });
const session = await createMiraiClient({ authKey: "k" }).openSession(1);
session.listFriends();
session.sendGroupMessage({ target: 1, messageChain: [] });
export type Hovered = [GetCurrentUserResult, ListThreadsResult, ListFriendsResult];
`;
writeFileSync(file, source);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = ts.parseJsonConfigFileContent(ts.readConfigFile("tsconfig.json", ts.sys.readFile).config, ts.sys, process.cwd());
const service = ts.createLanguageService({
  getScriptFileNames: () => [file],
  getScriptVersion: () => "1",
  getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
  getCurrentDirectory: () => process.cwd(),
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: ts.getDefaultLibFilePath,
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
});

/** The hover of the `nth` occurrence of `text` in the file: its signature and its documentation with tags. */
function hover(text: string, nth = 0): { signature: string; docs: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = source.indexOf(text, at + 1);
  if (at < 0) throw new Error(`${text} is not in the file`);
  const info = service.getQuickInfoAtPosition(file, at);
  if (!info) throw new Error(`no quick info at ${text}`);
  const tags = (info.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`);
  return { signature: ts.displayPartsToString(info.displayParts), docs: [ts.displayPartsToString(info.documentation), ...tags].join("\n") };
}

/** Helper types of src/ that a user should never have to read in a hover. */
const helpers = /OperationResult|OperationParams|SessionParams|OperationInput|SuccessBody|KookData|WithRequired|Simplify|Readable|\[x: string\]: never/;

describe("editor hovers of the generated clients", () => {
  it("shows a method without inputs taking only the call options, and its named result", () => {
    const { signature } = hover("getCurrentUser");
    expect(signature).toBe("(method) KookClient.getCurrentUser(options?: CallOptions | undefined): Promise<GetCurrentUserResult>");
  });

  it("shows a method's input fields and result, without helper types", () => {
    const { signature } = hover("createInvite");
    expect(signature).toMatch(/^\(method\) KookClient\.createInvite\(input: \{\n {4}guild_id: string;\n {4}channel_id\?: string \| undefined;/);
    expect(signature).toMatch(/options\?: CallOptions \| undefined\): Promise<CreateInviteResult>$/);
    for (const text of ["getCurrentUser", "createInvite", "listThreads", "getInvite", "listFriends", "sendGroupMessage"]) {
      expect(hover(text).signature).not.toMatch(helpers);
    }
  });

  it("documents each method with its summary, description and a link to its section of the reference", () => {
    const { docs } = hover("createInvite");
    expect(docs).toContain("Create an invite (`POST /invite/create`).");
    expect(docs).toContain("At least one of `guild_id` and `channel_id` is required");
    expect(docs).toContain("https://botspec.github.io/botspec/kook.html#tag/invite/operation/createInvite");
    expect(hover("getInvite").docs).toContain("tomon.html#tag/invite/operation/getInvite");
  });

  it("documents mirai session methods like the client's, the session key filled in", () => {
    expect(hover("listFriends").signature).toBe("(method) MiraiSession.listFriends(options?: CallOptions | undefined): Promise<ListFriendsResult>");
    const send = hover("sendGroupMessage");
    expect(send.signature).toMatch(/^\(method\) MiraiSession\.sendGroupMessage\(input: \{\n {4}target: /);
    expect(send.signature).not.toContain("sessionKey");
    expect(send.docs).toContain("Send a message to a group (`POST /sendGroupMessage`).");
    expect(send.docs).toContain("mirai.html#tag/message/operation/sendGroupMessage");
  });

  it("resolves a result type to one object whose required fields read as required", () => {
    const user = hover("GetCurrentUserResult", 1).signature;
    expect(user).toMatch(/^\(alias\) type GetCurrentUserResult = \{\n {4}id: string;\n {4}username: string;/);
    expect(user).toMatch(/\n {4}online: boolean;/);
    expect(user).not.toContain("&");
    const threads = hover("ListThreadsResult", 1).signature;
    expect(threads).toMatch(/^\(alias\) type ListThreadsResult = \{\n {4}items: \{\n {8}id: string;/);
    expect(threads).not.toMatch(helpers);
    expect(hover("ListFriendsResult", 1).signature).toMatch(/^\(alias\) type ListFriendsResult = \{\n {4}id: .*;\n {4}nickName: string;/);
  });
});
