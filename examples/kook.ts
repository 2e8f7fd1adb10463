// KOOK: who am I, create an invite, page through a channel's threads.
// Run against the mock: `npm run mock` in one terminal, then `npx tsx examples/kook.ts` (KOOK_BASE_URL to point elsewhere).
import { createKookClient, KookApiError } from "botspec/kook";

const kook = createKookClient({
  token: process.env.KOOK_TOKEN ?? "mock-token", // sent as `Authorization: Bot <token>`
  baseUrl: process.env.KOOK_BASE_URL ?? "http://127.0.0.1:4010",
});

const me = await kook.getCurrentUser();
console.log(`signed in as ${me.username}#${me.identify_num}`);

const invite = await kook.createInvite({ guild_id: "2418200000", duration: 86400, setting_times: 10 });
console.log(`invite: ${invite.url}`);

let threads = 0;
for await (const thread of kook.paginate.listThreads({ channel_id: "3321010478582016", sort: 1 })) {
  console.log(`thread: ${thread.title}`);
  if (++threads === 3) break;
}

try {
  await kook.getUser({ user_id: "0" });
} catch (error) {
  // A non-zero `code` in KOOK's envelope, also under HTTP 200.
  if (!(error instanceof KookApiError)) throw error;
  console.log(`getUser failed: ${error.code} ${error.message}`);
}
