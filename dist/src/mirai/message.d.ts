/** Builders of outgoing message chain elements. */
export declare const plain: (text: string) => {
    type: "Plain";
    text: string;
};
export declare const at: (target: number, display: string) => {
    type: "At";
    target: number;
    display: string;
};
export declare const atAll: () => {
    type: "AtAll";
};
export declare const face: (faceId: number) => {
    type: "Face";
    faceId: number;
};
export declare const image: (imageId: string) => {
    type: "Image";
    imageId: string;
};
export declare const xml: (content: string) => {
    type: "Xml";
    xml: string;
};
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
export declare function quoteTarget<Element extends {
    type: string;
}>(message: SourceElement | readonly Element[] | {
    messageChain: readonly Element[];
}): number;
