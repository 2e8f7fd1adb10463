/** Builders of outgoing message chain elements. */
export const plain = (text: string) => ({ type: "Plain" as const, text });
export const at = (target: number, display: string) => ({ type: "At" as const, target, display });
export const atAll = () => ({ type: "AtAll" as const });
export const face = (faceId: number) => ({ type: "Face" as const, faceId });
export const image = (imageId: string) => ({ type: "Image" as const, imageId });
export const xml = (content: string) => ({ type: "Xml" as const, xml: content });

/** A received `Source` element: its id is in `id` on builds from 2020-02-23, in `uid` on earlier ones. */
export interface SourceElement {
  type: "Source";
  id?: number | undefined;
  uid?: number | undefined;
}

/**
 * The `target` that quotes a received message in `sendQuoteMessage`: the id of its `Source` element, whichever
 * field the server build put it in. Takes the element, the message chain, or the whole fetched message.
 */
export function quoteTarget<Element extends { type: string }>(message: SourceElement | readonly Element[] | { messageChain: readonly Element[] }): number {
  // Read with care: a message may come from anywhere (a parsed event, or an object whose getters throw).
  let id: unknown;
  try {
    const given = message as { messageChain?: unknown } | null | undefined;
    const chain: unknown[] = Array.isArray(message) ? message : Array.isArray(given?.messageChain) ? given.messageChain : [message];
    const source = chain.find((element): element is SourceElement => (element as { type?: unknown } | null)?.type === "Source");
    id = source?.id ?? source?.uid;
  } catch (error) {
    throw new TypeError("quoteTarget: the message cannot be read", { cause: error });
  }
  if (!Number.isSafeInteger(id)) throw new TypeError("quoteTarget: the message has no Source element with an `id` or `uid`");
  return id as number;
}
