// Reviewer assignment end to end (review issue budget: 5,000 applications × 300 reviewers × 3
// reviews, with conflicts and capacities, ≤ 10 s including the CLI's start). The panel is
// generated from a fixed seed (bench/support/assign-input.ts), written to a file and piped to
// `npx jiangxue assign` in a shell, exactly as an officer would run it; the output is checked
// against the rules and measured against a simple greedy. Two informational runs follow: 10 %
// less capacity than demand, where choosing whom to complete matters, and a panel where every
// application can have matching reviewers, where only the load balance differs.
// Run alone: `npx tsx bench/assign.bench.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { generateAssignInput } from './support/assign-input';
import { assignMetrics, greedyAssign } from './support/assign-metrics';

const GOAL_SECONDS = 10;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'jiangxue-assign-'));

type TScenario = {
  label: string;
  capacityFactor: number;
  popularShare: number;
  moreDisciplines: number;
  hasGoal: boolean;
};

function measure({ label, hasGoal, ...mix }: TScenario): boolean {
  const input = generateAssignInput({
    seed: 20260301,
    applications: 5_000,
    reviewers: 300,
    perApplication: 3,
    ...mix,
  });
  const file = join(dir, `${label}.json`);
  writeFileSync(file, JSON.stringify(input));
  const started = performance.now();
  const r = spawnSync('sh', ['-c', `npx jiangxue assign < '${file}'`], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    console.log(`${label}: the CLI exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return false;
  }
  const output = JSON.parse(r.stdout);
  const m = assignMetrics(input, output);
  const g = assignMetrics(input, greedyAssign(input, output));
  const capacity = input.reviewers.reduce((s, x) => s + x.capacity, 0);
  const missed = hasGoal && seconds > GOAL_SECONDS ? '  **MISSED**' : '';
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
  console.log(
    `\n${label}: 5,000 applications × 300 reviewers × 3, capacity ${capacity} for 15,000`,
  );
  console.log(
    `  seconds (npx jiangxue assign < big.json): ${seconds.toFixed(2)}${hasGoal ? ` (goal ≤ ${GOAL_SECONDS})` : ''}${missed}`,
  );
  console.log(
    `  conflicts listed: ${output.conflicts.length}; rule violations: ${m.problems.length}`,
  );
  for (const [name, x] of [
    ['solver', m],
    ['greedy', g],
  ] as const)
    console.log(
      `  ${name}: fully covered ${x.fullyCovered} (${pct(x.fullyCovered, 5_000)}), assignments ${x.assignments}, discipline matches ${x.matches} (${pct(x.matches, x.assignments)}), max relative load ${x.maxRelativeLoad.toFixed(3)}`,
    );
  for (const p of m.problems.slice(0, 5)) console.log(`  violation: ${p}`);
  return m.problems.length === 0;
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
// The budget's panel: 20 % spare capacity, and the popular disciplines have more applicants
// than their reviewers can take, so matches are contested (the solver's hardest case).
const scenarios: TScenario[] = [
  { label: 'panel', capacityFactor: 1.2, popularShare: 0.3, moreDisciplines: 0.25, hasGoal: true },
  {
    label: 'short of capacity (10 %)',
    capacityFactor: 0.9,
    popularShare: 0.3,
    moreDisciplines: 0.25,
    hasGoal: false,
  },
  {
    label: 'every match possible',
    capacityFactor: 1.2,
    popularShare: 0.1,
    moreDisciplines: 0.45,
    hasGoal: false,
  },
];
let ok = true;
for (const s of scenarios) ok = measure(s) && ok;
rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
