import { bgsProgram } from './bgs/program';
import { casAnsoProgram } from './cas-anso/program';
import { cscProgram } from './csc/program';
import { pifiProgram } from './pifi/program';
import { validateProgram } from './program.schema';
import type { TLevel, TProgram, TProgramId, TTrack } from './types';
import { PROGRAM_IDS } from './types';

export type * from './types';
export { BGS_CATEGORIES, LEVELS, PROGRAM_IDS } from './types';
export { bgsThresholds } from './bgs/program';
export { cscSubjectCategory, CSC_SUBJECTS } from './csc/subjects';

/** All four programs, in the order the finder reports them; validated once, at load. */
export const PROGRAMS: readonly TProgram[] = [
  casAnsoProgram,
  pifiProgram,
  cscProgram,
  bgsProgram,
].map(validateProgram);

const byId = new Map<TProgramId, TProgram>(PROGRAMS.map((p) => [p.id, p]));

/**
 * Whether a string read from outside (a URL, a form, a file) names a program.
 * @example isProgramId('csc') // true
 */
export function isProgramId(value: string): value is TProgramId {
  return (PROGRAM_IDS as readonly string[]).includes(value);
}

/**
 * One program's data.
 * @example getProgram('csc').tracks.map((t) => t.id) // ['undergraduate', 'master', …]
 */
export function getProgram(id: TProgramId): TProgram {
  const program = byId.get(id);
  if (!program) throw new Error(`Unknown program "${id}"`);
  return program;
}

/**
 * One track of a program, or null when the program has no such track.
 * @example findTrack('cas-anso', 'twas')?.parentTrack // 'phd'
 */
export function findTrack(programId: TProgramId, trackId: string): TTrack | null {
  return getProgram(programId).tracks.find((t) => t.id === trackId) ?? null;
}

export type TProgramTrack = { readonly program: TProgram; readonly track: TTrack };

const tracksByLevel = new Map<TLevel, TProgramTrack[]>();
for (const program of PROGRAMS) {
  for (const track of program.tracks) {
    const list = tracksByLevel.get(track.level) ?? [];
    list.push({ program, track });
    tracksByLevel.set(track.level, list);
  }
}

/**
 * Every program track open to a level, in the finder's order (master → cas-anso/master,
 * csc/master, bgs/master; doctoral → cas-anso/phd, cas-anso/twas, csc/doctoral, bgs/doctoral; …).
 * @example tracksForLevel('fellow').map((t) => `${t.program.id}/${t.track.id}`) // ['pifi/fellow']
 */
export function tracksForLevel(level: TLevel): readonly TProgramTrack[] {
  return tracksByLevel.get(level) ?? [];
}
