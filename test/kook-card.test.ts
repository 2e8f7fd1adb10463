/**
 * KOOK card messages (`type` 10) are sent as a JSON string in `content`. The spec describes that string with
 * `contentMediaType: application/json` and `contentSchema: CardMessage`; Prism alone ignores both (they are
 * annotations in JSON Schema 2020-12), so the mock checks them (scripts/content-schema.ts). These calls go through the
 * generated client to the real mock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKookClient, KookApiError, type components } from "../generated/kook/client.js";
import { startMock, type MockServer } from "../scripts/prism.js";

type CardMessage = components["schemas"]["CardMessage"];

const card: CardMessage = [
  {
    type: "card",
    theme: "secondary",
    size: "lg",
    modules: [
      { type: "header", text: { type: "plain-text", content: "Daily news" } },
      {
        type: "section",
        text: { type: "kmarkdown", content: "**Hello** (met)all(met)" },
        mode: "right",
        accessory: { type: "button", theme: "primary", text: { type: "plain-text", content: "Open" }, click: "link", value: "https://www.kookapp.cn" },
      },
      { type: "section", text: { type: "paragraph", cols: 2, fields: [{ type: "kmarkdown", content: "**a**" }, { type: "plain-text", content: "b" }] } },
      { type: "divider" },
      { type: "image-group", elements: [{ type: "image", src: "https://img.kookapp.cn/assets/a.png" }] },
      { type: "context", elements: [{ type: "plain-text", content: "c" }, { type: "image", src: "https://img.kookapp.cn/assets/b.png", size: "sm" }] },
      { type: "action-group", elements: [{ type: "button", text: { type: "kmarkdown", content: "OK" }, click: "return-val", value: "ok" }] },
      { type: "countdown", mode: "second", startTime: 1608819168000, endTime: 1608829168000 },
      { type: "audio", src: "https://img.kookapp.cn/assets/c.mp3", title: "song", cover: "https://img.kookapp.cn/assets/d.png" },
      { type: "invite", code: "xxxx" },
    ],
  },
];

/** Wrong cards, each wrong in one way, as JSON (they do not type-check; see kook-card.test-d.ts). */
const wrongCards: [string, unknown][] = [
  ["a header without its text", [{ type: "card", modules: [{ type: "header" }] }]],
  ["an unknown module type", [{ type: "card", modules: [{ type: "headline", text: { type: "plain-text", content: "x" } }] }]],
  ["a button in an image group", [{ type: "card", modules: [{ type: "image-group", elements: [{ type: "button", text: { type: "plain-text", content: "x" } }] }] }]],
  ["kmarkdown as a header's text", [{ type: "card", modules: [{ type: "header", text: { type: "kmarkdown", content: "x" } }] }]],
  ["five buttons in an action group", [{ type: "card", modules: [{ type: "action-group", elements: Array.from({ length: 5 }, () => ({ type: "button", text: { type: "plain-text", content: "x" } })) }] }]],
  ["six cards", Array.from({ length: 6 }, () => ({ type: "card", modules: [] }))],
  ["no cards", []],
  ["a card without modules", [{ type: "card" }]],
  ["a card object instead of a list", { type: "card", modules: [] }],
  ["a theme that does not exist", [{ type: "card", theme: "pink", modules: [] }]],
  ["four columns", [{ type: "card", modules: [{ type: "section", text: { type: "paragraph", cols: 4, fields: [] } }] }]],
  ["a countdown without its end", [{ type: "card", modules: [{ type: "countdown", mode: "day" }] }]],
];

describe("KOOK card messages against the mock", () => {
  let mock: MockServer;
  let kook: ReturnType<typeof createKookClient>;
  let violations: string | null = null;

  beforeAll(async () => {
    mock = await startMock("kook");
    kook = createKookClient({ token: "card-test-token", baseUrl: mock.url, retry: false, rateLimit: false });
    kook.use({
      onResponse({ response }) {
        violations = response.headers.get("sl-violations");
        return response;
      },
    });
  });
  afterAll(() => mock?.close());

  it("accepts a right card in a channel and in a direct message", async () => {
    const content = JSON.stringify(card);
    await expect(kook.createMessage({ type: 10, target_id: "9219038000000", content })).resolves.toMatchObject({ msg_id: expect.any(String) });
    expect(violations).toBeNull();
    await expect(kook.createDirectMessage({ type: 10, target_id: "2418200000", content })).resolves.toMatchObject({ msg_id: expect.any(String) });
    expect(violations).toBeNull();
  });

  it.each(wrongCards)("rejects a card with %s", async (_label, wrong) => {
    const failure = await kook.createMessage({ type: 10, target_id: "9219038000000", content: JSON.stringify(wrong) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KookApiError);
    expect((failure as KookApiError).status).toBeGreaterThanOrEqual(400);
    expect((failure as Error).message).toContain("createMessage");
    expect(violations).toContain("contentSchema");
  });

  it("rejects a wrong card in a direct message too", async () => {
    const failure = await kook.createDirectMessage({ type: 10, chat_code: "5c7ec6d021216c136c9198285c15ed47", content: JSON.stringify(wrongCards[0]![1]) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KookApiError);
    expect(violations).toContain("contentSchema");
  });

  it("rejects card content that is not JSON", async () => {
    const failure = await kook.createMessage({ type: 10, target_id: "9219038000000", content: "**not a card**" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KookApiError);
    expect(violations).toContain("must be a JSON document");
  });

  it("checks only card messages: KMarkdown, media and templated card messages take any content", async () => {
    await kook.createMessage({ target_id: "9219038000000", content: "**not a card**" });
    expect(violations).toBeNull();
    await kook.createMessage({ type: 2, target_id: "9219038000000", content: "https://img.kookapp.cn/x.png" });
    expect(violations).toBeNull();
    // With a template, content is the template's input, not a card.
    await kook.createMessage({ type: 10, target_id: "9219038000000", content: '{"user":"x"}', template_id: "123" });
    expect(violations).toBeNull();
  });

  it("leaves other violations to Prism, without reporting the content", async () => {
    const failure = await kook.createMessage({ type: 10, content: JSON.stringify(card) } as never).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KookApiError);
    expect(violations).toContain("target_id");
    expect(violations).not.toContain("contentSchema");
  });
});
