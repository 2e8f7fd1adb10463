import { randomBytes } from "node:crypto";

export const defaultMiraiAuthKey = "botspec-mock-auth-key";

/** mirai status codes the session flow answers with (see `StatusResponse` in spec/mirai). */
export const SESSION = { OK: 0, WRONG_AUTH_KEY: 1, UNKNOWN: 3, NOT_VERIFIED: 4, WRONG_BOT: 5 } as const;

/** An unverified key is dropped after this long, as mirai-api-http does. */
const UNVERIFIED_TTL_MS = 180_000;
/** At most this many sessions at once: `/auth` called in a loop must not grow memory without bound. */
const MAX_SESSIONS = 10_000;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

interface Session {
  createdAt: number;
  qq?: number;
}

/** mirai-api-http's sessions: `/auth` issues keys, `/verify` binds one to a bot, `/release` ends it. */
export function createSessions(authKey: string) {
  const sessions = new Map<string, Session>();

  function lookup(key: unknown, now: number): Session | undefined {
    if (typeof key !== "string") return undefined;
    const session = sessions.get(key);
    if (session && session.qq === undefined && now - session.createdAt > UNVERIFIED_TTL_MS) {
      sessions.delete(key);
      return undefined;
    }
    return session;
  }

  /** The oldest unverified key, the first to drop when the table is full (a scan that stops there, no copy). */
  function oldestUnverified(): string | undefined {
    for (const [key, session] of sessions) if (session.qq === undefined) return key;
    return undefined;
  }

  return {
    /** A new unverified key for the right auth key; otherwise undefined (code 1). */
    authenticate(givenKey: unknown, now = Date.now()): string | undefined {
      if (givenKey !== authKey) return undefined;
      if (sessions.size >= MAX_SESSIONS) sessions.delete(oldestUnverified() ?? sessions.keys().next().value!);
      let key: string;
      do key = [...randomBytes(8)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
      while (sessions.has(key));
      sessions.set(key, { createdAt: now });
      return key;
    },

    verify(key: unknown, qq: unknown, now = Date.now()): number {
      const session = lookup(key, now);
      if (!session) return SESSION.UNKNOWN;
      if (typeof qq === "number") session.qq = qq;
      return SESSION.OK;
    },

    /** Whether a key may be used: 0, or 3 (unknown) or 4 (not verified). */
    check(key: unknown, now = Date.now()): number {
      const session = lookup(key, now);
      if (!session) return SESSION.UNKNOWN;
      return session.qq === undefined ? SESSION.NOT_VERIFIED : SESSION.OK;
    },

    release(key: unknown, qq: unknown, now = Date.now()): number {
      const session = lookup(key, now);
      if (!session) return SESSION.UNKNOWN;
      if (session.qq === undefined) return SESSION.NOT_VERIFIED;
      if (session.qq !== qq) return SESSION.WRONG_BOT;
      sessions.delete(key as string);
      return SESSION.OK;
    },
  };
}
