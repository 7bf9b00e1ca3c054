import { z } from 'zod';

import { BGS_CATEGORIES, getProgram, PROGRAM_IDS, type TProgramId } from '@/domain/programs';

import { ZCountryCode } from './finder.schema';
import { ZContractText } from './text.schema';

// The input of `npx jiangxue select` and of the selection API (one contract). Field names are
// fixed by the contract. A pool that cannot be selected as given (an unknown track, a track without
// a quota, the same id twice) is a contract error naming the field, exit 2.

export const ZSelectCandidate = z.object({
  id: ZContractText.trim().min(1),
  /** A track of the program; CAS-ANSO "twas" is read as "phd" with twasConsideration ticked. */
  track: ZContractText.trim().min(1),
  /** BGS: the proposed category, needed when quotas are kept by category. */
  category: z.enum(BGS_CATEGORIES).nullable().default(null),
  score: z.number(),
  nationality: ZCountryCode.nullable().default(null),
  gender: z.enum(['female', 'male', 'other']).nullable().default(null),
  climateResearch: z.boolean().default(false),
  twasConsideration: z.boolean().default(false),
  host: ZContractText.trim().min(1).nullable().default(null),
  /** R-GEN-IDENTITY: passport number + issuing country + date of birth. */
  identity: ZContractText.nullable().default(null),
  submittedAt: z.iso.datetime({
    offset: true,
    error: 'Expected an ISO date-time, e.g. 2026-01-20T08:00:00Z',
  }),
  otherAwards: z
    .array(z.object({ program: ZContractText.trim().min(1), oneTime: z.boolean() }))
    .default([]),
});

const ANSO_INPUT_TRACKS = ['master', 'phd', 'twas'];

function quotaKeys(program: TProgramId): string[] {
  const p = getProgram(program);
  return [
    ...p.tracks.map((t) => t.id),
    ...(p.categories ?? []).map((c) => c.id),
    ...(program === 'cas-anso' ? ['twasClimate'] : []),
  ];
}

function inputTracks(program: TProgramId): string[] {
  return program === 'cas-anso' ? ANSO_INPUT_TRACKS : getProgram(program).tracks.map((t) => t.id);
}

export const ZSelectInput = z
  .object({
    program: z.enum(PROGRAM_IDS),
    /** Places by track, BGS category or `twasClimate`; CAS-ANSO defaults to R-ANSO-QUOTA. */
    quotas: z.record(z.string(), z.number().int().nonnegative()).default({}),
    candidates: z.array(ZSelectCandidate),
  })
  .superRefine((input, ctx) => {
    const keys = quotaKeys(input.program);
    for (const key of Object.keys(input.quotas))
      if (!keys.includes(key))
        ctx.addIssue({
          code: 'custom',
          path: ['quotas', key],
          message: `Unknown quota "${key}" for ${input.program}; use one of: ${keys.join(', ')}`,
        });
    const quotas = { ...getProgram(input.program).quotas, ...input.quotas };
    const byCategory = BGS_CATEGORIES.some((c) => quotas[c] !== undefined);
    const tracks = inputTracks(input.program);
    const seen = new Set<string>();
    input.candidates.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'id'],
          message: `Duplicate candidate id "${c.id}"`,
        });
      seen.add(c.id);
      const track = input.program === 'cas-anso' && c.track === 'twas' ? 'phd' : c.track;
      if (!tracks.includes(c.track))
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'track'],
          message: `Unknown track "${c.track}" for ${input.program}; use one of: ${tracks.join(', ')}`,
        });
      else if (byCategory && c.category === null)
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'category'],
          message: "Quotas are kept by category: give the candidate's category (A, B or C)",
        });
      else if (
        quotas[track] === undefined &&
        !(byCategory && c.category !== null && quotas[c.category] !== undefined)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'track'],
          message: `No quota for track "${track}" in this call; set quotas.${track}`,
        });
    });
  })
  .transform((input) => ({
    ...input,
    // Note: R-ANSO-TWAS — TWAS places are assigned by selection from PhD candidates who ticked
    // the box, so a candidate sent as "twas" is a PhD candidate who ticked it.
    candidates: input.candidates.map((c) =>
      input.program === 'cas-anso' && c.track === 'twas'
        ? { ...c, track: 'phd', twasConsideration: true }
        : c,
    ),
  }));

export type TSelectInput = z.infer<typeof ZSelectInput>;
