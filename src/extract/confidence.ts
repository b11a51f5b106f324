import calibration from "./calibration.json" with { type: "json" };

/** Per-rule counts measured on the development corpus by `npm run calibrate` (never typed by hand). */
const rules: Record<string, { predicted: number; matched: number }> = calibration.rules;

/**
 * How far to trust what a rule produced: its precision on the development corpus, smoothed towards one half so a
 * rule seen a few times is not called certain (Laplace: (matched + 1) / (predicted + 2)).
 */
export function confidenceOf(rule: string): number {
  const r = rules[rule];
  const value = r ? (r.matched + 1) / (r.predicted + 2) : 0.5;
  return Math.round(value * 1000) / 1000;
}
