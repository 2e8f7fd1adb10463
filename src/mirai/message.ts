/** Builders of outgoing message chain elements. */
export const plain = (text: string) => ({ type: "Plain" as const, text });
export const at = (target: number, display: string) => ({ type: "At" as const, target, display });
export const atAll = () => ({ type: "AtAll" as const });
export const face = (faceId: number) => ({ type: "Face" as const, faceId });
export const image = (imageId: string) => ({ type: "Image" as const, imageId });
export const xml = (content: string) => ({ type: "Xml" as const, xml: content });
