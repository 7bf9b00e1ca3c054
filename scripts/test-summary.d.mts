// Types for scripts/test-summary.mjs (plain Node ESM, so the runner needs no build step).

export interface Counts {
  passed: number;
  failed: number;
  skipped?: number;
}

export function countRun(
  report: unknown,
  exitCode: number | null,
): { passed: number; failed: number; skipped: number; crashed: boolean };

export function sumCounts(counts: Counts[]): { passed: number; failed: number; skipped: number };

export function formatSummary(counts: Counts): string;

export function inspectArgs(args: string[]): {
  passthrough: boolean;
  chooseProjects: boolean;
  chooseReporters: boolean;
};
