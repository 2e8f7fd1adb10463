/** The three API descriptions the pipeline builds, in build order. */
export interface ApiEntry {
  /** Folder name under spec/ and generated/, and the package entry point (`botspec/<name>`). */
  name: "kook" | "tomon" | "mirai";
  /** The API's name in redocly.yaml. */
  redoclyName: string;
  /** Prefix of the exported names: `create<Prefix>Client`, `<Prefix>Client`, `<Prefix>ClientOptions`. */
  prefix: string;
  /** Types of the runtime that are generic over the API's operations (`<Name>Of<Ops>`), exported bound as `<Name>`. */
  boundTypes: readonly string[];
  /**
   * Methods of an object the runtime creates (mirai's `openSession`), generated as an interface so that each method
   * carries its operation's docs: every operation except `exclude`, with arguments `<Params>` and result from the runtime.
   */
  session?: { type: string; base: string; params: string; exclude: readonly string[] };
}

/** Where the Redoc pages (generated/docs) are published; a method's doc comment links to its operation there. */
export const docsBaseUrl = "https://botspec.github.io/botspec/";

export const apis: readonly ApiEntry[] = [
  { name: "kook", redoclyName: "kook@v3", prefix: "Kook", boundTypes: ["KookPaginate"] },
  { name: "tomon", redoclyName: "tomon@v1", prefix: "Tomon", boundTypes: [] },
  {
    name: "mirai",
    redoclyName: "mirai@0.15",
    prefix: "Mirai",
    boundTypes: [],
    session: { type: "MiraiSession", base: "MiraiSessionBase", params: "SessionParams", exclude: ["authenticate", "verifySession", "releaseSession"] },
  },
];
