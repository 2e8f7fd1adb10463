import type { operations, paths } from "./schema.js";
import { type TomonClientOptions, type TomonClientBase, type OperationParams, type OperationResult } from "../../src/tomon/client.js";
export type { operations, paths, components } from "./schema.js";
export * from "../../src/tomon/index.js";
/** The server the client calls unless `baseUrl` is given. */
export declare const defaultBaseUrl = "https://beta.tomon.co/api/v1";
/** Method, path, and where each input goes, per operationId. */
export type TomonClientOperationTable = {
    readonly listChannelInvites: {
        readonly method: "get";
        readonly path: "/channels/{channelId}/invites";
        readonly parameters: {
            readonly channelId: "path";
        };
    };
    readonly createChannelInvite: {
        readonly method: "post";
        readonly path: "/channels/{channelId}/invites";
        readonly parameters: {
            readonly channelId: "path";
        };
        readonly body: "application/json";
        readonly optionalBody: true;
    };
    readonly getInvite: {
        readonly method: "get";
        readonly path: "/invites/{inviteCode}";
        readonly parameters: {
            readonly inviteCode: "path";
        };
    };
    readonly acceptInvite: {
        readonly method: "post";
        readonly path: "/invites/{inviteCode}";
        readonly parameters: {
            readonly inviteCode: "path";
        };
    };
    readonly deleteInvite: {
        readonly method: "delete";
        readonly path: "/invites/{inviteCode}";
        readonly parameters: {
            readonly inviteCode: "path";
        };
        readonly noContent: true;
    };
};
export declare const operationTable: TomonClientOperationTable;
/** Tomon HTTP API client: one method per operation, plus `raw` (openapi-fetch). */
export interface TomonClient extends TomonClientBase<paths, operations> {
    /**
     * List the invites of a channel (`GET /channels/{channelId}/invites`).
     *
     * Returns every invite that was created for the channel, as a JSON array. The required permission is not documented upstream. In the list, `guild.member_count` can be `null`.
     *
     * @see {@link https://botspec.github.io/botspec/tomon.html#tag/invite/operation/listChannelInvites | listChannelInvites in the reference}
     */
    listChannelInvites(...args: OperationParams<operations["listChannelInvites"]>): Promise<ListChannelInvitesResult>;
    /**
     * Create an invite for a channel (`POST /channels/{channelId}/invites`).
     *
     * Creates a new invite for the channel and returns it. The body is optional: the docs list both fields as optional without saying whether a body must be sent, and the official app sends the request with no body at all, in which case server defaults apply (not documented). `max_age` is in seconds and `0` means the invite never expires; `max_uses` `0` means unlimited uses.
     *
     * @see {@link https://botspec.github.io/botspec/tomon.html#tag/invite/operation/createChannelInvite | createChannelInvite in the reference}
     */
    createChannelInvite(...args: OperationParams<operations["createChannelInvite"]>): Promise<CreateChannelInviteResult>;
    /**
     * Get an invite (`GET /invites/{inviteCode}`).
     *
     * Returns the invite with the given code, including the guild and channel it leads to and who created it. The docs give no description for this endpoint beyond the response; the newer docs add `joined`, which tells whether the caller is already a member of the guild.
     *
     * @see {@link https://botspec.github.io/botspec/tomon.html#tag/invite/operation/getInvite | getInvite in the reference}
     */
    getInvite(...args: OperationParams<operations["getInvite"]>): Promise<GetInviteResult>;
    /**
     * Accept an invite (`POST /invites/{inviteCode}`).
     *
     * Makes the calling user join the invite's guild and returns the full guild object. No request body is sent. Accepting an invite to a guild the caller already belongs to also succeeds and returns the guild.
     *
     * @see {@link https://botspec.github.io/botspec/tomon.html#tag/invite/operation/acceptInvite | acceptInvite in the reference}
     */
    acceptInvite(...args: OperationParams<operations["acceptInvite"]>): Promise<AcceptInviteResult>;
    /**
     * Delete an invite (`DELETE /invites/{inviteCode}`).
     *
     * Deletes (revokes) the invite with the given code. Success is `204` with no response body. The required permission is not documented upstream.
     *
     * @see {@link https://botspec.github.io/botspec/tomon.html#tag/invite/operation/deleteInvite | deleteInvite in the reference}
     */
    deleteInvite(...args: OperationParams<operations["deleteInvite"]>): Promise<DeleteInviteResult>;
}
/** What `listChannelInvites` resolves to. */
export type ListChannelInvitesResult = OperationResult<operations["listChannelInvites"]>;
/** What `createChannelInvite` resolves to. */
export type CreateChannelInviteResult = OperationResult<operations["createChannelInvite"]>;
/** What `getInvite` resolves to. */
export type GetInviteResult = OperationResult<operations["getInvite"]>;
/** What `acceptInvite` resolves to. */
export type AcceptInviteResult = OperationResult<operations["acceptInvite"]>;
/** What `deleteInvite` resolves to. */
export type DeleteInviteResult = OperationResult<operations["deleteInvite"]>;
export declare function createTomonClient(options: TomonClientOptions): TomonClient;
