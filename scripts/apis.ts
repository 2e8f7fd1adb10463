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
}

export const apis: readonly ApiEntry[] = [
  { name: "kook", redoclyName: "kook@v3", prefix: "Kook", boundTypes: ["KookPaginate"] },
  { name: "tomon", redoclyName: "tomon@v1", prefix: "Tomon", boundTypes: [] },
  { name: "mirai", redoclyName: "mirai@0.15", prefix: "Mirai", boundTypes: ["MiraiSession"] },
];
