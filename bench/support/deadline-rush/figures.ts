// Turns the responses and what the database holds into the budget's figures.
import { translate } from '@/i18n/translate';

import { DEADLINE_MS, type TAppFact } from './shared';
import type { TResult } from './load';

export type TLatency = { p50: number; p95: number; p99: number; max: number };

export type TFigures = {
  arrivals: { rush: number; late: number };
  accepted: { rush: number; late: number };
  /** 409 "the deadline has passed", with that text in the applicant's language. */
  refusedDeadline: { rush: number; late: number };
  /** Any other answer (a 4xx that is not the deadline's, a 409 without its text). */
  otherAnswers: { rush: number; late: number };
  /** No answer: connection errors, timeouts, 5xx. */
  errors: { rush: number; late: number };
  errorSamples: string[];
  /** Double clicks: sent, and answered 303 to their application's status page (idempotent). */
  again: { sent: number; accepted: number };
  /** Accepted but not submitted in the database, or submitted there but never accepted. */
  lost: number;
  /** Of `lost`: submitted in the database while its client got no answer (gave up at 30 s). */
  lostNoAnswer: number;
  /** An application with more than one submission audit, event or email, or a shared receipt. */
  duplicates: number;
  /** Submitted with submitted_at at or after the deadline, or a 303 to a late arrival. */
  acceptedAfterDeadline: number;
  /** Submitted rows missing their audit row, timeline event or confirmation email. */
  missingTrail: number;
  /** From the scheduled time (no coordinated omission) and from the send time, ms. */
  fromSchedule: TLatency;
  fromSend: TLatency;
  lateFromSchedule: TLatency;
  /** How late the generator sent requests after their scheduled time, ms. */
  generatorLag: { p99: number; max: number };
  /** Rush requests per second actually sent (first to last send). */
  arrivalRate: number;
  /** Rush window in real seconds from the first scheduled send to the last answer. */
  drainS: number;
  /** p99 latency from schedule of the rush arrivals in each 10-s slice of the minute, ms. */
  p99BySlice: number[];
};

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function latency(values: number[]): TLatency {
  const s = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    p99: percentile(s, 0.99),
    max: s.at(-1) ?? NaN,
  };
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function isDeadlineRefusal(r: TResult): boolean {
  const text = translate(r.locale, 'submit.past_deadline');
  return r.status === 409 && (r.body.includes(text) || r.body.includes(escapeHtml(text)));
}

function isAccepted(r: TResult): boolean {
  return r.status === 303 && r.location === `/applications/${r.applicationId}/status?submitted=1`;
}

export function computeFigures(results: TResult[], facts: TAppFact[]): TFigures {
  const rush = results.filter((r) => r.group === 'rush');
  const late = results.filter((r) => r.group === 'late');
  const again = results.filter((r) => r.group === 'again');
  const count = (list: TResult[], f: (r: TResult) => boolean) => list.filter(f).length;
  const isError = (r: TResult) => r.error !== null || r.status >= 500 || r.status === 0;
  const isOther = (r: TResult) => !isError(r) && !isAccepted(r) && !isDeadlineRefusal(r);

  const acceptedIds = new Set(results.filter(isAccepted).map((r) => r.applicationId));
  const submitted = facts.filter((f) => f.status === 'submitted');
  const submittedIds = new Set(submitted.map((f) => f.id));
  const noAnswerIds = new Set(results.filter(isError).map((r) => r.applicationId));
  const submittedUnanswered = [...submittedIds].filter((id) => !acceptedIds.has(id));
  const lost =
    [...acceptedIds].filter((id) => !submittedIds.has(id)).length + submittedUnanswered.length;
  const lostNoAnswer = submittedUnanswered.filter((id) => noAnswerIds.has(id)).length;
  const receipts = new Set(submitted.map((f) => f.receiptNumber));
  const duplicates =
    facts.filter((f) => f.audits > 1 || f.events > 1 || f.mails > 1).length +
    (submitted.length - receipts.size);
  const acceptedAfterDeadline =
    submitted.filter((f) => !f.submittedAt || Date.parse(f.submittedAt) >= DEADLINE_MS).length +
    count(late, isAccepted);
  const missingTrail = submitted.filter(
    (f) => f.audits < 1 || f.events < 1 || f.mails < 1 || !f.receiptNumber,
  ).length;

  const sends = rush.map((r) => r.sentAt).sort((a, b) => a - b);
  const span = ((sends.at(-1) ?? 0) - (sends[0] ?? 0)) / 1000;
  const lag = latency(results.map((r) => r.sentAt - r.scheduledAt));
  return {
    arrivals: { rush: rush.length, late: late.length },
    accepted: { rush: count(rush, isAccepted), late: count(late, isAccepted) },
    refusedDeadline: { rush: count(rush, isDeadlineRefusal), late: count(late, isDeadlineRefusal) },
    otherAnswers: { rush: count(rush, isOther), late: count(late, isOther) },
    errors: { rush: count(rush, isError), late: count(late, isError) },
    errorSamples: [
      ...new Set(
        results
          .filter((r) => isError(r) || isOther(r))
          .map((r) => `${r.status} ${r.error ?? r.body.replace(/\s+/g, ' ').slice(0, 160)}`),
      ),
    ].slice(0, 5),
    again: { sent: again.length, accepted: count(again, isAccepted) },
    lost,
    lostNoAnswer,
    duplicates,
    acceptedAfterDeadline,
    missingTrail,
    fromSchedule: latency(rush.map((r) => r.doneAt - r.scheduledAt)),
    fromSend: latency(rush.map((r) => r.doneAt - r.sentAt)),
    lateFromSchedule: latency(late.map((r) => r.doneAt - r.scheduledAt)),
    generatorLag: { p99: lag.p99, max: lag.max },
    arrivalRate: span > 0 ? (rush.length - 1) / span : NaN,
    drainS:
      (Math.max(...rush.map((r) => r.doneAt)) - Math.min(...rush.map((r) => r.scheduledAt))) / 1000,
    p99BySlice: slices(rush, 10_000),
  };
}

function slices(rush: TResult[], sliceMs: number): number[] {
  const start = Math.min(...rush.map((r) => r.scheduledAt));
  const bySlice: number[][] = [];
  for (const r of rush) {
    const k = Math.floor((r.scheduledAt - start) / sliceMs);
    (bySlice[k] ??= []).push(r.doneAt - r.scheduledAt);
  }
  return [...bySlice].map((v) => latency(v ?? []).p99);
}
