// Who leaves the pool before any place is filled: R-GEN-NATIONALITY, R-ANSO-ONEHOST /
// R-GEN-IDENTITY and R-GEN-CONCURRENT / R-BGS-CONCURRENT.
import { isChineseNationality } from '@/domain/countries/countries';
import type { TLocalized, TProgramId } from '@/domain/programs';

import type { TRanked } from './ranking';
import { chineseNational, duplicatePerson, holdsRecurringAward, twoHosts } from './sentences';

export type TRejection = { readonly rule: string; readonly text: TLocalized };

/**
 * R-GEN-IDENTITY: identities compare upper case without spaces.
 * @example normaliseIdentity(' e1234567 pk 1990-01-01') // 'E1234567PK1990-01-01'
 */
export function normaliseIdentity(identity: string): string {
  return identity.replace(/\s+/g, '').toUpperCase();
}

function identityRejections(
  program: TProgramId,
  pool: readonly TRanked[],
  out: Map<string, TRejection>,
): void {
  const groups = new Map<string, TRanked[]>();
  for (const c of pool) {
    if (c.identity === null || c.identity.trim() === '') continue;
    const key = normaliseIdentity(c.identity);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ids = group.map((c) => c.id).sort();
    const hosts = [...new Set(group.map((c) => c.host ?? '?'))].sort();
    // Note: R-ANSO-ONEHOST — both applications already exist (imported data), so both are
    // flagged and neither is selected; at any other program a second application of the same
    // person is a duplicate (R-GEN-IDENTITY), and an officer decides likewise.
    const rejection =
      program === 'cas-anso' && hosts.length > 1
        ? { rule: 'R-ANSO-ONEHOST', text: twoHosts(hosts, ids) }
        : { rule: 'R-GEN-IDENTITY', text: duplicatePerson(ids) };
    for (const c of group) if (!out.has(c.id)) out.set(c.id, rejection);
  }
}

/**
 * The candidates who cannot be selected, with the first rule each breaks (nationality, then
 * identity, then a concurrent award).
 * @example screen('cas-anso', pool).get('a7')?.rule // 'R-ANSO-ONEHOST'
 */
export function screen(
  program: TProgramId,
  pool: readonly TRanked[],
): ReadonlyMap<string, TRejection> {
  const out = new Map<string, TRejection>();
  for (const c of pool)
    if (c.nationality !== null && isChineseNationality(c.nationality))
      out.set(c.id, { rule: 'R-GEN-NATIONALITY', text: chineseNational(c.nationality) });
  identityRejections(program, pool, out);
  const concurrentRule = program === 'bgs' ? 'R-BGS-CONCURRENT' : 'R-GEN-CONCURRENT';
  for (const c of pool) {
    // Note: R-GEN-CONCURRENT — one-time awards are exempt.
    const recurring = c.otherAwards.filter((a) => !a.oneTime).map((a) => a.program);
    if (recurring.length > 0 && !out.has(c.id))
      out.set(c.id, { rule: concurrentRule, text: holdsRecurringAward(recurring) });
  }
  return out;
}
