// Review scoring and ranking end to end: 5,000 applications × 3 reviews (15,000 reviews, 300
// reviewers, PIFI's rubric, normalised, some interviews and adjustments), generated from a
// fixed seed (bench/support/rank-input.ts), written to a file and piped to `npx jiangxue rank`
// in a shell, as an officer would run it. The output is checked (every application ranked
// once, ranks 1..N, finals descending, equal to the in-process result) and the core's own time
// is measured in process beside it. The issue sets no goal; the figure is recorded.
// Run alone: `npx tsx bench/rank.bench.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import { ZRankInput } from '@/contracts/rank.schema';
import { rankApplications, type TRankResult } from '@/domain/review/scoring';

import { generateRankInput } from './support/rank-input';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'jiangxue-rank-'));
const N = 5_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function problems(output: TRankResult): string[] {
  const out: string[] = [];
  if (output.ranking.length !== N) out.push(`${output.ranking.length} ranked, not ${N}`);
  if (output.incomplete.length !== 0) out.push(`${output.incomplete.length} incomplete`);
  if (new Set(output.ranking.map((x) => x.application)).size !== output.ranking.length)
    out.push('an application ranked twice');
  output.ranking.forEach((x, i) => {
    if (x.rank !== i + 1) out.push(`rank ${x.rank} at position ${i + 1}`);
    const prev = output.ranking[i - 1];
    if (prev && prev.final < x.final - 1e-9) out.push(`final rises at rank ${x.rank}`);
    if (x.normalised === null) out.push(`${x.application}: normalised missing`);
  });
  return out.slice(0, 5);
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const input = generateRankInput({
  seed: 20260301,
  applications: N,
  reviewers: 300,
  perApplication: 3,
});
const file = join(dir, 'panel.json');
const text = JSON.stringify(input);
writeFileSync(file, text);

const cli: number[] = [];
let output: TRankResult | null = null;
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  const r = spawnSync('sh', ['-c', `npx jiangxue rank < '${file}'`], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  cli.push((performance.now() - started) / 1000);
  if (r.status !== 0) {
    console.log(`the CLI exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  output = JSON.parse(r.stdout) as TRankResult;
}

// The CLI's start alone (npx, tsx, loading the modules): the same command on `{}`, exit 2.
const startup: number[] = [];
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  spawnSync('sh', ['-c', `echo '{}' | npx jiangxue rank`], { cwd: root, encoding: 'utf8' });
  startup.push((performance.now() - started) / 1000);
}

const parse: number[] = [];
const core: number[] = [];
let inProcess: TRankResult | null = null;
for (let round = 0; round < 10; round++) {
  const t0 = performance.now();
  const parsed = ZRankInput.parse(JSON.parse(text));
  const t1 = performance.now();
  inProcess = rankApplications(parsed);
  core.push(performance.now() - t1);
  parse.push(t1 - t0);
}

const found = problems(output!);
if (!isDeepStrictEqual(output, inProcess)) found.push('the CLI and the in-process result differ');
const flagged = output!.ranking.filter((x) => x.flagged).length;
console.log(
  `\n${N.toLocaleString('en')} applications × 3 reviews (${input.reviews.length.toLocaleString('en')} reviews, 300 reviewers), normalised; input ${(text.length / 1e6).toFixed(1)} MB`,
);
console.log(
  `  seconds (npx jiangxue rank < panel.json), median of 3: ${median(cli).toFixed(2)} (runs ${cli.map((x) => x.toFixed(2)).join(', ')})`,
);
console.log(
  `  of which the CLI's start (\`echo '{}' | npx jiangxue rank\`): ${median(startup).toFixed(2)}`,
);
console.log(
  `  in process, median of 10: JSON + zod contract ${median(parse).toFixed(0)} ms, scoring + normalising + ranking ${median(core).toFixed(0)} ms`,
);
console.log(`  flagged (spread ≥ 25): ${flagged}; problems: ${found.length}`);
for (const p of found) console.log(`  problem: ${p}`);
rmSync(dir, { recursive: true, force: true });
process.exit(found.length === 0 ? 0 : 1);
