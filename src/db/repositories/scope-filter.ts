import { and, eq, inArray, or, sql, type Column, type SQL } from 'drizzle-orm';

import type { TScope } from '@/policies/scopes';

/** The columns a table offers to scope by; a scope on a column the table lacks matches nothing. */
export type TScopeColumns = {
  ownerUserId?: Column;
  programId?: Column;
  hostId?: Column;
  /** R-CSC-APPLY: the applicant's nationality and the agency number the application quotes. */
  countryCode?: Column | SQL;
  agencyNumber?: Column | SQL;
};

const NOTHING = sql`false`;

/**
 * A policy scope (policies/scopes.ts) as a WHERE condition, so a list holds only what the
 * actor may see and nothing is filtered row by row after the query.
 * @example db.select().from(calls).where(scopeFilter(scope, { programId: calls.programId }))
 */
export function scopeFilter(scope: TScope, columns: TScopeColumns): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'none':
      return NOTHING;
    case 'own':
      return columns.ownerUserId ? eq(columns.ownerUserId, scope.userId) : NOTHING;
    case 'programs':
      return columns.programId && scope.programIds.length
        ? inArray(columns.programId, [...scope.programIds])
        : NOTHING;
    case 'hosts':
      return columns.hostId && scope.hostIds.length
        ? inArray(columns.hostId, [...scope.hostIds])
        : NOTHING;
    case 'agencies': {
      const { programId, countryCode, agencyNumber } = columns;
      if (!programId || !countryCode || !agencyNumber || !scope.agencies.length) return NOTHING;
      const agency = scope.agencies.map((a) =>
        and(sql`${countryCode} = ${a.countryCode}`, sql`${agencyNumber} = ${a.agencyNumber}`),
      );
      return and(eq(programId, 'csc'), or(...agency)) ?? NOTHING;
    }
    case 'any': {
      const parts = scope.scopes.map((s) => scopeFilter(s, columns));
      if (parts.some((p) => p === undefined)) return undefined;
      return or(...(parts as SQL[])) ?? NOTHING;
    }
  }
}
