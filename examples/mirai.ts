// mirai-api-http: open a session for a bot, list its friends and groups, send a group message, release the session.
// Run against the mock: `npm run mock` in one terminal, then `npx tsx examples/mirai.ts` (MIRAI_BASE_URL to point elsewhere).
import { createMiraiClient, MiraiApiError, at, face, plain } from "botspec/mirai";

const mirai = createMiraiClient({
  authKey: process.env.MIRAI_AUTH_KEY ?? "botspec-mock-auth-key", // the mock's default; a real server: the key of its settings
  baseUrl: process.env.MIRAI_BASE_URL ?? "http://127.0.0.1:4012",
});

// `await using session = ...` releases the session at the end of the block on Node 24+ (or with a compiler that
// lowers it); try/finally does the same everywhere.
const session = await mirai.openSession(123456789); // POST /auth, then POST /verify
try {
  const friends = await session.listFriends();
  console.log(`${friends.length} friend(s): ${friends.map((friend) => friend.nickName).join(", ")}`);
  const groups = await session.listGroups();
  console.log(`${groups.length} group(s)`);
  const sent = await session.sendGroupMessage({ target: 1234567890, messageChain: [plain("hello "), at(42, "@Bob"), face(1)] });
  console.log(`sendGroupMessage: ${sent.msg}`);
} catch (error) {
  if (!(error instanceof MiraiApiError)) throw error;
  console.log(`mirai failed: ${error.codeName} (${error.code})`);
} finally {
  await session.release(); // POST /release
}
