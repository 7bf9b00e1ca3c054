// A seeded reviewer-assignment problem for bench/assign.bench.ts: the same input on every run.
// Institutions are spelt several ways (aliases, full-width, "The …") and most people write from
// the institution's domain, some from public mail; referees and proposed supervisors are often
// reviewers of the panel, so every conflict path occurs. Disciplines are uneven: three are
// more popular among applicants than the others (`popularShare`); reviewers cover one or more.

export type TAssignBenchOptions = {
  seed: number;
  applications: number;
  reviewers: number;
  perApplication: number;
  /** Total reviewer capacity as a multiple of the demand (applications × perApplication). */
  capacityFactor: number;
  /** Share of applicants drawn from the three popular disciplines only (the rest: any). */
  popularShare: number;
  /** Chance, repeated, that a reviewer covers one more discipline. */
  moreDisciplines: number;
};

/** mulberry32: a seeded uniform [0, 1) source, the same sequence on every run. */
export function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISCIPLINES = [
  'physics',
  'chemistry',
  'biology',
  'computer science',
  'mathematics',
  'earth sciences',
  'ecology',
  'materials',
  'engineering',
  'medicine',
  'agriculture',
  'astronomy',
];
const PUBLIC_MAIL = ['gmail.com', 'qq.com', '163.com', 'outlook.com', 'yahoo.com', 'foxmail.com'];

export function generateAssignInput(o: TAssignBenchOptions) {
  const random = generator(o.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const institutions = Array.from({ length: 60 }, (_, i) => ({
    names: [`University ${i}`, `The University ${i}`, `UNIVERSITY  ${i}.`],
    domain: `u${i}.edu.cn`,
  }));
  institutions[0] = {
    names: ['UCAS', 'University of Chinese Academy of Sciences', '中国科学院大学'],
    domain: 'ucas.ac.cn',
  };
  institutions[1] = {
    names: ['USTC', 'ＵＳＴＣ', '中国科学技术大学'],
    domain: 'ustc.edu.cn',
  };
  const email = (who: string, inst: (typeof institutions)[number]) =>
    random() < 0.7
      ? `${who}@${random() < 0.3 ? 'mail.' : ''}${inst.domain}`
      : `${who}@${pick(PUBLIC_MAIL)}`;

  const demand = o.applications * o.perApplication;
  const meanCapacity = (demand * o.capacityFactor) / o.reviewers;
  const reviewers = Array.from({ length: o.reviewers }, (_, i) => {
    const inst = institutions[int(40)]!;
    const disciplines = new Set([pick(DISCIPLINES)]);
    while (random() < o.moreDisciplines) disciplines.add(pick(DISCIPLINES));
    return {
      id: `r${String(i).padStart(4, '0')}`,
      capacity: Math.max(1, Math.round(meanCapacity * (0.6 + 0.8 * random()))),
      disciplines: [...disciplines],
      institution: pick(inst.names),
      email: email(`reviewer${i}`, inst),
    };
  });
  const applications = Array.from({ length: o.applications }, (_, i) => {
    const inst = institutions[int(60)]!;
    const reviewerEmail = () => pick(reviewers).email;
    return {
      id: `a${String(i).padStart(5, '0')}`,
      discipline: random() < o.popularShare ? DISCIPLINES[int(3)]! : pick(DISCIPLINES),
      institution: random() < 0.9 ? pick(inst.names) : null,
      email: email(`applicant${i}`, inst),
      referees: [
        random() < 0.1 ? reviewerEmail().toUpperCase() : `ref${i}a@${pick(PUBLIC_MAIL)}`,
        random() < 0.1 ? reviewerEmail() : `ref${i}b@${inst.domain}`,
      ],
      supervisorEmail: random() < 0.3 ? reviewerEmail() : null,
    };
  });
  const declared = Array.from({ length: Math.round(o.applications / 10) }, () => ({
    reviewer: pick(reviewers).id,
    application: pick(applications).id,
  }));
  return { perApplication: o.perApplication, reviewers, applications, declared, existing: [] };
}
