// Type-level tests of KOOK card messages: a card built as `CardMessage` is type-checked, so a wrong card does not
// compile. Checked by `tsc` (the typecheck of `npm test`).
import { describe, expectTypeOf, it } from "vitest";
import type { components, KookClient } from "../generated/kook/client.js";

type CardMessage = components["schemas"]["CardMessage"];
type CardModule = components["schemas"]["CardModule"];
declare const kook: KookClient;

describe("KOOK card messages", () => {
  it("type-check a right card and reject wrong ones", () => {
    const right: CardMessage = [
      {
        type: "card",
        theme: "invisible",
        modules: [
          { type: "header", text: { type: "plain-text", content: "Title" } },
          { type: "section", text: { type: "kmarkdown", content: "**x**" }, accessory: { type: "image", src: "https://x/y.png" } },
          { type: "action-group", elements: [{ type: "button", text: { type: "plain-text", content: "Go" }, click: "return-val", value: "go" }] },
        ],
      },
    ];
    expectTypeOf(right).toEqualTypeOf<CardMessage>();
    // @ts-expect-error a header needs its text
    const noText: CardModule = { type: "header" };
    // @ts-expect-error a header's text is plain text, not KMarkdown
    const kmarkdownHeader: CardModule = { type: "header", text: { type: "kmarkdown", content: "x" } };
    // @ts-expect-error no module of that type
    const unknownModule: CardModule = { type: "headline" };
    // @ts-expect-error image groups hold images only
    const buttonInGroup: CardModule = { type: "image-group", elements: [{ type: "button", text: { type: "plain-text", content: "x" } }] };
    // @ts-expect-error a card's theme is one of the listed ones
    const pink: CardMessage = [{ type: "card", theme: "pink", modules: [] }];
    // @ts-expect-error a card needs its modules
    const noModules: CardMessage = [{ type: "card" }];
    // @ts-expect-error a button's click is "", "link" or "return-val"
    const click: CardModule = { type: "action-group", elements: [{ type: "button", text: { type: "plain-text", content: "x" }, click: "open" }] };
    void [noText, kmarkdownHeader, unknownModule, buttonInGroup, pink, noModules, click];
  });

  it("are sent as a JSON string in content", () => {
    const card: CardMessage = [{ type: "card", modules: [{ type: "divider" }] }];
    kook.createMessage({ type: 10, target_id: "1", content: JSON.stringify(card) });
    kook.createDirectMessage({ type: 10, target_id: "1", content: JSON.stringify(card) });
    // @ts-expect-error content is the serialized card, not the card
    kook.createMessage({ type: 10, target_id: "1", content: card });
  });
});
