import { findRefereeByTokenHash, findLetterContext } from '@/db/repositories/referee.repository';
import type { TLocale } from '@/i18n/locales';

import { hashToken } from '../accounts/secrets';
import type { TDeps } from '../context';
import { localeOf } from './referee-facts';
import { letterLinkState, type TLinkProblem } from '@/domain/referees/referee-rules';

/** The personal link's token: 256 bits, base64url (secrets.newToken). */
export const REFEREE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type TResolvedLink =
  | { ok: true; actor: { kind: 'referee'; letterId: string }; locale: TLocale }
  | { ok: false; problem: 'unknown'; locale: null }
  | { ok: false; problem: TLinkProblem; locale: TLocale };

/**
 * Turns a referee's personal link into its actor: exactly one letter, no account, no session.
 * A token that matches no referee (mistyped, or superseded by a resend) is "unknown"; a known
 * one dies when the letter is in, the referee declined or was replaced, or the deadline passed.
 */
export async function resolveRefereeLink(deps: TDeps, token: string): Promise<TResolvedLink> {
  if (!REFEREE_TOKEN.test(token)) return { ok: false, problem: 'unknown', locale: null };
  const { db } = deps.database;
  const referee = await findRefereeByTokenHash(db, hashToken(token));
  const row = referee ? await findLetterContext(db, referee.id) : undefined;
  if (!row) return { ok: false, problem: 'unknown', locale: null };
  const locale = localeOf(row.referee.locale);
  const state = letterLinkState(row.referee, row.closesOn, deps.now());
  if (!state.ok) return { ok: false, problem: state.problem, locale };
  return { ok: true, actor: { kind: 'referee', letterId: row.referee.id }, locale };
}
