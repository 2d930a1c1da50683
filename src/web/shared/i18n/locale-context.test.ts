import { describe, expect, it } from 'vitest';
import { readVectors } from '../../../../test/read-vectors';
import { checkConfig } from '@/core/check/check-config';
import { describeIssue, fixLabel } from '@/core/i18n/messages/describe-issue';
import { EN_MESSAGES } from '@/core/i18n/messages/en';
import type { Target } from '@/core/target/target';
import { ENGLISH } from './locale-context';

// The English locale shows the text each issue carries instead of rendering its code: it must be the same text.
const FILES: readonly (readonly [string, Target])[] = [
  ['v5.18-public.jsonl', '5.15-5.18'],
  ['v4.57-public.jsonl', '4.57'],
];

describe('the English locale', () => {
  const issues = FILES.flatMap(([file, target]) => readVectors(file).flatMap((c) => checkConfig(c.input, { target }).issues));

  it('shows each issue as the English catalogue renders it', () => {
    expect(issues.length).toBeGreaterThan(100);
    const differing = issues.filter((issue) => ENGLISH.issueText(issue) !== describeIssue(issue, EN_MESSAGES));
    expect(differing).toEqual([]);
  });

  it('labels each fix as the English catalogue renders it', () => {
    const fixes = issues.flatMap((issue) => (issue.fix ? [issue.fix] : []));
    expect(fixes.length).toBeGreaterThan(20);
    expect(fixes.filter((fix) => ENGLISH.fixText(fix) !== fixLabel(fix, EN_MESSAGES))).toEqual([]);
  });
});
