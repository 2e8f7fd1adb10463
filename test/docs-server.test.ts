// The offline docs server (`npm run docs`) stays up and bounded however its readers behave.
import { describe, expect, it } from "vitest";
import { runNodeScript } from "./support/node-script.js";

describe("docs server", () => {
  it("closes the file of a page whose reader goes away mid-download", async () => {
    // pipe() kept each such file open: one descriptor per aborted download, until the process ran out and crashed.
    const script = `
      import { readdirSync } from "node:fs";
      import { connect } from "node:net";
      import { startDocsServer } from "./scripts/docs-server.ts";
      const { server, url } = await startDocsServer({ port: 0 });
      const { port } = new URL(url);
      const descriptors = () => readdirSync("/proc/self/fd").length;
      const before = descriptors();
      for (let i = 0; i < 60; i++) {
        await new Promise((resolve) => {
          const socket = connect(Number(port), "127.0.0.1", () => socket.write("GET /kook.html HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n"));
          socket.once("data", () => { socket.destroy(); resolve(); });
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      console.log(descriptors() - before);
      server.close();
      server.closeAllConnections();
    `;
    expect(Number(await runNodeScript(script))).toBeLessThan(10);
  });
});
