import { build } from "esbuild";
import { gzipSync } from "node:zlib";
for (const e of ["tomon","mirai","kook"]) {
  const r = await build({ entryPoints: [`generated/${e}/client.ts`], bundle: true, minify: true, write: false, format: "esm", platform: "neutral", external:["openapi-fetch","node:*"] });
  process.stdout.write(`${e} ${gzipSync(r.outputFiles[0].contents,{level:9}).length}  `);
}
console.log();
