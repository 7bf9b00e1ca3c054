import { z } from 'zod';

// Every setting Jiangxue reads, parsed once at start-up. The README lists them (keep both in step).
const ZBooleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

// An address, a CIDR range, or a range proxy-addr names (what Fastify's trustProxy accepts).
const ZProxyAddress = z.union([
  z.ipv4(),
  z.ipv6(),
  z.cidrv4(),
  z.cidrv6(),
  z.enum(['loopback', 'linklocal', 'uniquelocal']),
]);

// Note: neither `true` nor a hop count is accepted. Both believe X-Forwarded-For from any
// peer, so a client that connects directly names any address it likes and gets a fresh
// per-address budget (Fastify 5 also ignores a bare hop count for that reason).
const ZTrustProxy = z
  .string()
  .optional()
  .transform((value, ctx): false | string[] => {
    const entries = (value ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    const bad = entries.find((e) => !ZProxyAddress.safeParse(e).success);
    if (bad !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `"${bad}" is not an IP address, a CIDR range, loopback, linklocal or uniquelocal (list the proxies' addresses; true and hop counts are refused)`,
      });
      return z.NEVER;
    }
    return entries.length ? entries : false;
  });

export const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL connection string; when unset Jiangxue runs on embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** Public base URL used in links inside emails. */
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** smtp://user:pass@host:port or smtps://…; when unset mail stays in the outbox and shows in the admin mailbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Jiangxue <no-reply@jiangxue.local>'),
  /** Signs cookies. Shared by every app server; when unset one is generated and kept in the database. */
  COOKIE_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** Load the demo programs, institutions and one user per role into an empty database. */
  DEMO_DATA: ZBooleanish.default(true),
  /** Run the job workers (mail delivery) in this process. */
  RUN_JOBS: ZBooleanish.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Serve cookies with Secure (set true behind HTTPS). */
  SECURE_COOKIES: ZBooleanish.default(false),
  /** Requests per minute per client address for the whole app (a coarse guard; sign-in has its own). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** The reverse proxies whose X-Forwarded-For names the client; unset = none (the peer is the client). */
  TRUST_PROXY: ZTrustProxy,
  /** Uploaded documents on local disk (single server, or a volume every server shares). */
  STORAGE_DIR: z.string().default('./data/storage'),
  /** S3-compatible object storage for documents and resumable uploads; used when S3_BUCKET is set. */
  S3_BUCKET: z.string().min(1).optional(),
  /** The S3 endpoint URL (MinIO, Ceph, a cloud's S3); unset = AWS for S3_REGION. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style URLs (endpoint/bucket/key), which most self-hosted S3 servers need. */
  S3_FORCE_PATH_STYLE: ZBooleanish.default(true),
});

export type TEnv = z.infer<typeof ZEnv>;

/**
 * Parses the environment once; a bad value stops start-up with a message naming the variable.
 * @example loadEnv({ PORT: '8080' }).PORT // 8080
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
