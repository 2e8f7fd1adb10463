// Tomon: look up an invite, create one for a channel, list a channel's invites.
// Run against the mock: `npm run mock` in one terminal, then `npx tsx examples/tomon.ts` (TOMON_BASE_URL to point elsewhere).
import { createTomonClient, TomonApiError } from "botspec/tomon";

const tomon = createTomonClient({
  token: process.env.TOMON_TOKEN ?? "mock-token", // sent as `Authorization: Bearer <token>`
  baseUrl: process.env.TOMON_BASE_URL ?? "http://127.0.0.1:4011",
});

const invite = await tomon.getInvite({ inviteCode: "y5gRxd" });
console.log(`invite ${invite.code} leads to ${invite.guild.name}`);

const created = await tomon.createChannelInvite({ channelId: "136412396142460928", max_age: 3600 });
console.log(`created ${created.code}, valid for ${created.max_age} s`);

const invites = await tomon.listChannelInvites({ channelId: "136412396142460928" }, { timeoutMs: 10_000 });
console.log(`${invites.length} invite(s) in the channel`);

try {
  await tomon.deleteInvite({ inviteCode: "y5gRxd" });
} catch (error) {
  if (!(error instanceof TomonApiError)) throw error;
  console.log(`deleteInvite failed with HTTP ${error.status}`);
}
