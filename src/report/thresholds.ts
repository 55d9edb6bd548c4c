import { AuditUsageError } from './errors.js';
import type { ComplianceReport } from './score.js';

/** `--min-score 95` (overall) or `--min-score test_files=95` (one category). */
export interface Threshold {
  category?: string;
  min: number;
}

export interface ThresholdResult extends Threshold {
  actual: number;
  passed: boolean;
}

const THRESHOLD_PATTERN = /^(?:(?<category>[^=]+)=)?(?<min>[^=]+)$/u;

export function parseThreshold(text: string): Threshold {
  const match = THRESHOLD_PATTERN.exec(text.trim());
  const min = Number(match?.groups?.min);
  if (!match || match.groups?.min?.trim() === '' || !Number.isFinite(min) || min < 0 || min > 100) {
    throw new AuditUsageError(
      `--min-score expects a score from 0 to 100, optionally per category (for example 95 or test_files=95), got ${JSON.stringify(text)}.`,
    );
  }
  const category = match.groups?.category?.trim();
  return category ? { category, min } : { min };
}

/**
 * Compares the report with each threshold. A category nobody configured is a usage error, not a
 * pass: a typo in a CI gate must not silently disable it.
 */
export function checkThresholds(report: ComplianceReport, thresholds: readonly Threshold[]): ThresholdResult[] {
  return thresholds.map((threshold) => {
    let actual = report.compliance_score;
    if (threshold.category !== undefined) {
      const category = report.category_scores[threshold.category];
      if (!category) {
        throw new AuditUsageError(
          `--min-score names the unknown category "${threshold.category}". Known categories: ${Object.keys(report.category_scores).join(', ')}.`,
        );
      }
      actual = category.score;
    }
    return { ...threshold, actual, passed: actual >= threshold.min };
  });
}

/** Scores shown to people are truncated, never rounded up: 99.996 must not read as a passing 100.00. */
export function formatScore(score: number): string {
  // The epsilon keeps float noise (57.999999…) from showing a whole score one hundredth lower.
  return (Math.floor(score * 100 + 1e-9) / 100).toFixed(2);
}

export function describeThreshold(result: ThresholdResult): string {
  const subject = result.category === undefined ? 'compliance score' : `${result.category} score`;
  const relation = result.passed ? 'meets' : 'is below';
  return `${subject} ${formatScore(result.actual)} ${relation} the minimum ${result.min}`;
}
