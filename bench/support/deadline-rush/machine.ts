// How busy the whole machine was during a window, so the figures can be read against it: on
// a 2-core machine others share, another job's load moves latency far more than our code.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

type TSample = { busy: number; total: number; at: number; load: number };

function sample(): TSample {
  let busy = 0;
  let total = 0;
  try {
    // cpu  user nice system idle iowait irq softirq steal …
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
    const n = fields.map(Number);
    total = n.reduce((a, b) => a + b, 0);
    busy = total - (n[3] ?? 0) - (n[4] ?? 0);
  } catch {
    // not Linux: no figure
  }
  return { busy, total, at: performance.now(), load: loadavg()[0] ?? 0 };
}

export type TMachineLoad = {
  cores: number;
  /** Share of all cores busy over the window, 0..1 (NaN off Linux). */
  busy: number;
  /** 1-minute load average at the start and at the end. */
  loadStart: number;
  loadEnd: number;
};

export function startMachineWatch(): () => TMachineLoad {
  const start = sample();
  return () => {
    const end = sample();
    return {
      cores: cpus().length,
      busy: end.total > start.total ? (end.busy - start.busy) / (end.total - start.total) : NaN,
      loadStart: start.load,
      loadEnd: end.load,
    };
  };
}
