// Finder throughput on one core (issue 4 goal: ≥ 100,000 profiles/s). Profiles are generated
// from a fixed seed and vary every field the rules read, across all nine levels, so every rule
// path is exercised. Run alone: `npx tsx bench/finder.bench.ts`.
import { performance } from 'node:perf_hooks';

import { createFinder } from '@/domain/eligibility/find-eligibility';
import type { TFinderProfile } from '@/domain/eligibility/types';
import { LEVELS } from '@/domain/programs';
import { defaultFinderSettings } from '@/domain/programs/call-settings';

const PROFILES = 20_000;
const WARM_UP_ROUNDS = 5;
const ROUNDS = 10;
const GOAL = 100_000;

// A small deterministic generator (mulberry32): the same profiles on every run.
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(20260110);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const maybe = <T>(value: T): T | null => (random() < 0.5 ? value : null);
const pad = (n: number) => String(n).padStart(2, '0');

const NATIONALITIES = [
  'PK',
  'ET',
  'NP',
  'KR',
  'US',
  'BR',
  'CN',
  'HK',
  'DE',
  'KE',
  'BD',
  'TW',
  'EG',
  'VN',
];

function profile(): TFinderProfile {
  return {
    asOf: `202${pick([5, 6])}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
    intakeYear: pick([2026, 2026, 2026, 2027]),
    birthDate: `${1970 + Math.floor(random() * 38)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
    nationality: pick(NATIONALITIES),
    gender: pick(['female', 'male', 'other', null] as const),
    formerChineseNationality: random() < 0.05,
    inChina: random() < 0.3,
    highestQualification: pick(['high_school', 'bachelor', 'master', 'doctorate'] as const),
    academicTitle: pick(['none', 'none', 'associate_professor', 'professor'] as const),
    studyingInChina: pick(['none', 'none', 'bachelor', 'master', 'doctorate'] as const),
    level: pick(LEVELS),
    subject: pick(['engineering', 'medicine', 'law', null]),
    teachingLanguage: pick(['english', 'chinese'] as const),
    english: {
      native: random() < 0.2,
      toefl: maybe(60 + Math.floor(random() * 60)),
      ielts: maybe(5 + Math.floor(random() * 8) / 2),
    },
    hsk: maybe(1 + Math.floor(random() * 6)),
    preAdmissionNotice: random() < 0.5,
    academics:
      random() < 0.1
        ? null
        : {
            qsTop500: maybe(random() < 0.5),
            keyInstitution: maybe(random() < 0.5),
            averageScore: maybe(70 + Math.floor(random() * 30)),
            gpa: maybe(2 + Math.floor(random() * 20) / 10),
            currentStudent: random() < 0.3,
            lastYearAverage: maybe(70 + Math.floor(random() * 30)),
          },
    host: pick(['UCAS', 'USTC', null]),
    climateResearch: random() < 0.3,
    twasConsideration: random() < 0.5,
    otherScholarships:
      random() < 0.2 ? [{ name: 'Provincial scholarship', oneTime: random() < 0.5 }] : [],
    enrollmentDate: random() < 0.1 ? '2026-09-10' : null,
  };
}

const profiles = Array.from({ length: PROFILES }, profile);
// Note: settings are prepared once per call, as a server would per intake year and host.
const find = createFinder(defaultFinderSettings({ intakeYear: 2026, host: 'UCAS' }));

let sink = 0;
function round(): number {
  const started = performance.now();
  for (const p of profiles) sink += find(p).results.length;
  return performance.now() - started;
}

for (let i = 0; i < WARM_UP_ROUNDS; i++) round();
const times = Array.from({ length: ROUNDS }, round).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const perSecond = Math.round(PROFILES / (median / 1000));
const results = sink / (WARM_UP_ROUNDS + ROUNDS) / PROFILES;

console.log(
  `finder: ${perSecond.toLocaleString('en-US')} profiles/s on one core ` +
    `(median of ${ROUNDS} rounds × ${PROFILES.toLocaleString('en-US')} profiles, ` +
    `${results.toFixed(2)} track results each; goal ≥ ${GOAL.toLocaleString('en-US')}/s)`,
);
if (perSecond < GOAL) console.log('finder: BELOW THE GOAL');
