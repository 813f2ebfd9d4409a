// Small statistics helpers: every figure the bench reports is a median of repeated runs,
// shown with the smallest and largest run so the spread is visible.

/** Median of a list of numbers (mean of the two middle values for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The q-th quantile (0…1) by the nearest-rank method, as load-testing tools report p50/p99. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** `{ median, min, max, runs }` of repeated measurements. */
export function summarise(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    runs: finite.length,
  };
}

/** Runs `measure(run)` `runs` times in sequence and returns the raw values. */
export async function repeat(runs, measure) {
  const values = [];
  for (let run = 0; run < runs; run += 1) values.push(await measure(run));
  return values;
}
