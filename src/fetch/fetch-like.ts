/** The fetch signature the transport layers wrap (openapi-fetch calls it with a Request). */
export type FetchLike = (request: Request) => Promise<Response>;
