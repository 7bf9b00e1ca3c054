// Figures of an assignment, computed from the input and the output alone, and a check that the
// output keeps the rules (R-REV-ASSIGN): no conflicted pair, no reviewer over capacity, distinct
// reviewers, no application over k.

type TInput = {
  perApplication: number;
  reviewers: { id: string; capacity: number; disciplines: string[] }[];
  applications: { id: string; discipline: string }[];
};
type TOutput = {
  assignments: { application: string; reviewer: string }[];
  underCovered: { application: string; missing: number }[];
  conflicts: { application: string; reviewer: string; reason: string }[];
};

export function assignMetrics(input: TInput, output: TOutput) {
  const reviewer = new Map(input.reviewers.map((r) => [r.id, r]));
  const discipline = new Map(input.applications.map((a) => [a.id, a.discipline]));
  const conflicted = new Set(output.conflicts.map((c) => `${c.application}|${c.reviewer}`));
  const load = new Map<string, number>();
  const perApp = new Map<string, Set<string>>();
  const problems: string[] = [];
  let matches = 0;
  for (const { application, reviewer: r } of output.assignments) {
    if (conflicted.has(`${application}|${r}`)) problems.push(`conflicted ${application}–${r}`);
    const set = perApp.get(application) ?? new Set<string>();
    if (set.has(r)) problems.push(`twice ${application}–${r}`);
    perApp.set(application, set.add(r));
    load.set(r, (load.get(r) ?? 0) + 1);
    if (reviewer.get(r)!.disciplines.includes(discipline.get(application)!)) matches++;
  }
  let maxRelativeLoad = 0;
  for (const [r, n] of load) {
    const cap = reviewer.get(r)!.capacity;
    if (n > cap) problems.push(`over capacity ${r}: ${n}/${cap}`);
    maxRelativeLoad = Math.max(maxRelativeLoad, n / cap);
  }
  let fullyCovered = 0;
  for (const a of input.applications) {
    const n = perApp.get(a.id)?.size ?? 0;
    if (n > input.perApplication) problems.push(`over k ${a.id}`);
    if (n === input.perApplication) fullyCovered++;
  }
  return {
    fullyCovered,
    assignments: output.assignments.length,
    matches,
    maxRelativeLoad,
    problems,
  };
}

/**
 * The obvious greedy, for comparison: applications in id order, each takes its k allowed
 * reviewers with a discipline match first, then the least loaded relative to capacity.
 */
export function greedyAssign(input: TInput, output: TOutput): TOutput {
  const conflicted = new Set(output.conflicts.map((c) => `${c.application}|${c.reviewer}`));
  const load = new Map(input.reviewers.map((r) => [r.id, 0]));
  const assignments: TOutput['assignments'] = [];
  const underCovered: TOutput['underCovered'] = [];
  for (const a of input.applications) {
    const options = input.reviewers
      .filter((r) => load.get(r.id)! < r.capacity && !conflicted.has(`${a.id}|${r.id}`))
      .map((r) => ({
        r,
        isMatch: r.disciplines.includes(a.discipline),
        rel: load.get(r.id)! / r.capacity,
      }))
      .sort((x, y) => Number(y.isMatch) - Number(x.isMatch) || x.rel - y.rel);
    const taken = options.slice(0, input.perApplication);
    for (const { r } of taken) {
      load.set(r.id, load.get(r.id)! + 1);
      assignments.push({ application: a.id, reviewer: r.id });
    }
    if (taken.length < input.perApplication)
      underCovered.push({ application: a.id, missing: input.perApplication - taken.length });
  }
  return { assignments, underCovered, conflicts: output.conflicts };
}
