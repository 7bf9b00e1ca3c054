// What the deadline-rush bench's two processes (the load generator and the server child) agree
// on: the scenario's constants and the messages they exchange over IPC.

/** The UCAS CAS-ANSO call: 2026-01-31 closes at 24:00 Beijing time (R-GEN-TIME). */
export const CALL_ID = 'cas-anso-2026-ucas';
export const DEADLINE_ISO = '2026-01-31T16:00:00.000Z';
export const DEADLINE_MS = Date.parse(DEADLINE_ISO);

/** Submissions arriving, one every WINDOW_MS / RUSH_COUNT, over the last minute. */
export const RUSH_COUNT = 2000;
export const WINDOW_MS = 60_000;
/** Applicants with a complete draft who arrive after the deadline: all must be refused. */
export const LATE_COUNT = 100;
export const LATE_WINDOW_MS = 5000;

export type TEngine = 'pglite' | 'postgres';
/** rush: in the minute; late: after 24:00; again: a rush client's double click, 100 ms on. */
export type TGroup = 'rush' | 'late' | 'again';
/** Every n-th rush client clicks twice (the second POST 100 ms after the first). */
export const AGAIN_EVERY = 20;
export const AGAIN_AFTER_MS = 100;

/** One simulated applicant: a signed-in browser with one complete draft. */
export type TClient = {
  applicationId: string;
  /** The raw `jx_session` cookie value (the database holds only its SHA-256). */
  token: string;
  locale: 'en' | 'zh-CN';
  group: TGroup;
};

/** What the database says about one of the bench's applications after the rush. */
export type TAppFact = {
  id: string;
  status: string;
  receiptNumber: string | null;
  /** ISO instant, null while a draft. */
  submittedAt: string | null;
  /** `application.submitted` audit rows, `submitted` timeline events, confirmation emails. */
  audits: number;
  events: number;
  mails: number;
};

/** The server child's own view of the rush window. */
export type TServerStats = {
  /** CPU time (user + system) of the server process, ms. */
  cpuMs: number;
  /** Event-loop utilisation of the server process, 0..1. */
  elu: number;
  /** Time from the request reaching Node to its response finishing, ms, per request. */
  serverMs: { submit: number[]; other: number[] };
  /** Most requests in flight at once inside the server. */
  maxInFlight: number;
  /** Database queries issued by the whole process and their summed wall time, ms. */
  queries: number;
  queryMs: number;
  /** Transactions, and their summed time holding a connection (BEGIN to COMMIT), ms. */
  transactions: number;
  transactionMs: number;
  /** Summed wait for a connection, ms: PGlite's lock (transactions), pg's pool (everything). */
  waitMs: number;
  /** The statements that took the most database time in the window. */
  top: { sql: string; n: number; ms: number }[];
};

export type TPrepared = {
  port: number;
  clients: TClient[];
  /** Seconds spent preparing: migrate + demo, bulk inserts, server start. */
  timings: { migrateSeedS: number; insertS: number; startS: number };
  rows: Record<string, number>;
};

/** Parent → child requests; each gets one reply carrying the same `id`. */
export type TRequest =
  | { id: number; cmd: 'clock'; t0WallMs: number }
  | { id: number; cmd: 'stats-start' }
  | { id: number; cmd: 'stats-end' }
  | { id: number; cmd: 'facts' }
  | { id: number; cmd: 'stop' };

export type TReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
