import { z } from 'zod';

import {
  BGS_CATEGORIES,
  COVERAGE_ITEM_IDS,
  DOCUMENT_CONDITIONS,
  LEVELS,
  PROGRAM_IDS,
  SPONSOR_IDS,
  type TProgram,
} from './types';

// Validates the program data at load: data lives in typed files, validated when loaded.
// The types already catch shape mistakes; this schema catches what types cannot: empty texts,
// impossible dates, and references between parts (a document naming a track that does not exist).

const ZText = z.string().trim().min(1);
const ZLocalized = z.object({ en: ZText, zh: ZText });
const ZRuleId = z.string().regex(/^R-[A-Z]+(-[A-Z0-9]+)+$/, 'a RULES.md id such as R-CSC-ELIG');

const ZTrack = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  level: z.enum(LEVELS),
  name: ZLocalized,
  maxAge: z.number().int().positive().nullable(),
  fundedAtLevel: z.enum(LEVELS).nullable(),
  maxDurationMonths: z.number().int().positive().nullable(),
  parentTrack: z.string().nullable(),
});

const ZCall = z
  .object({
    intakeYear: z.number().int().min(2000).max(2100),
    host: z.string().nullable(),
    opensOn: z.iso.date(),
    closesOn: z.iso.date(),
    bornOnOrAfter: z.record(z.string(), z.iso.date()),
  })
  .refine((call) => call.opensOn <= call.closesOn, 'a call opens on or before its deadline');

const ZDocument = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: ZLocalized,
  isRequired: z.boolean(),
  condition: z.enum(DOCUMENT_CONDITIONS).nullable(),
  tracks: z.array(z.string()).min(1).nullable(),
  count: z.number().int().positive().optional(),
  minWords: z.number().int().positive().optional(),
  rule: ZRuleId,
});

const ZCriterion = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: ZLocalized,
  description: ZLocalized,
  scale: z
    .object({ min: z.number(), max: z.number() })
    .refine((s) => s.min < s.max, 'scale min below max')
    .nullable(),
  weight: z.number().positive().nullable(),
  isOptional: z.boolean(),
  rule: ZRuleId,
});

const ZContact = z.object({
  office: ZLocalized,
  tracks: z.array(z.string()).min(1).nullable(),
  person: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  email: z.email().nullable(),
  url: z.url().nullable(),
});

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export const ZProgram = z
  .object({
    id: z.enum(PROGRAM_IDS),
    name: ZLocalized,
    shortName: ZLocalized,
    sponsors: z.array(z.enum(SPONSOR_IDS)).min(1),
    hosts: z.array(ZText).min(1).nullable(),
    tracks: z.array(ZTrack).min(1),
    calls: z.array(ZCall),
    windowNote: ZLocalized,
    quotas: z.record(z.string(), z.number().int().nonnegative()),
    coverage: z.array(z.object({ id: z.enum(COVERAGE_ITEM_IDS), label: ZLocalized })).min(1),
    categories: z
      .array(
        z.object({ id: z.enum(BGS_CATEGORIES), items: z.array(z.enum(COVERAGE_ITEM_IDS)).min(1) }),
      )
      .nullable(),
    documents: z.array(ZDocument).min(1),
    reviewCriteria: z.array(ZCriterion).min(1),
    contacts: z.array(ZContact).min(1),
    eligibility: ZLocalized,
    rules: z.array(ZRuleId).min(1),
  })
  .superRefine((program, ctx) => {
    const trackIds = program.tracks.map((t) => t.id);
    const categoryIds = (program.categories ?? []).map((c) => c.id);
    const coverageIds = program.coverage.map((c) => c.id);
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    for (const id of duplicates(trackIds)) issue(['tracks'], `duplicate track "${id}"`);
    for (const id of duplicates(program.documents.map((d) => d.id)))
      issue(['documents'], `duplicate document "${id}"`);
    program.tracks.forEach((t, i) => {
      if (t.parentTrack !== null && !trackIds.includes(t.parentTrack))
        issue(['tracks', i, 'parentTrack'], `unknown track "${t.parentTrack}"`);
    });
    program.calls.forEach((call, i) => {
      for (const key of Object.keys(call.bornOnOrAfter))
        if (!trackIds.includes(key))
          issue(['calls', i, 'bornOnOrAfter', key], `unknown track "${key}"`);
      if (call.host !== null && !(program.hosts ?? []).includes(call.host))
        issue(['calls', i, 'host'], `unknown host "${call.host}"`);
    });
    // Note: R-ANSO-QUOTA — quota keys are track ids, BGS categories, or the TWAS climate places.
    for (const key of Object.keys(program.quotas))
      if (!trackIds.includes(key) && !categoryIds.includes(key as 'A') && key !== 'twasClimate')
        issue(['quotas', key], `unknown quota "${key}"`);
    program.documents.forEach((d, i) => {
      for (const t of d.tracks ?? [])
        if (!trackIds.includes(t)) issue(['documents', i, 'tracks'], `unknown track "${t}"`);
    });
    program.contacts.forEach((c, i) => {
      for (const t of c.tracks ?? [])
        if (!trackIds.includes(t)) issue(['contacts', i, 'tracks'], `unknown track "${t}"`);
    });
    (program.categories ?? []).forEach((c, i) => {
      for (const item of c.items)
        if (!coverageIds.includes(item))
          issue(['categories', i, 'items'], `"${item}" is not a coverage item`);
    });
  });

/**
 * Checks one program's data and returns it unchanged; a mistake in the data is a bug, so it throws.
 * @example validateProgram(cscProgram) // cscProgram, or a ZodError naming the bad field
 */
export function validateProgram(program: TProgram): TProgram {
  ZProgram.parse(program);
  return program;
}
