import { describe, expect, it } from 'vitest';
import { message } from '@/core/i18n/messages/message';
import type { Issue } from '@/core/rules/define-rule';
import { SECTION_IDS } from '@/core/registry/define-field';
import { countSafeFixes, groupIssues, issueSection } from './issue-groups';

const issue = (severity: Issue['severity'], fields: string[], fix = false): Issue => ({
  severity,
  rule: `r-${fields.join('-')}`,
  fields,
  message: 'm',
  text: message('max-steps-zero', {}),
  ...(fix ? { fix: { label: 'f', patch: {} } } : {}),
});

describe(groupIssues.name, () => {
  it('orders severities errors first and sections in form order', () => {
    const groups = groupIssues(
      [issue('warning', ['logging_steps']), issue('error', ['save_steps']), issue('error', ['learning_rate']), issue('error', ['not_a_field'])],
      SECTION_IDS,
    );
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning']);
    const errorSections = groups[0]?.sections.map((s) => s.section);
    expect(errorSections).toEqual(['scheduler', 'checkpointing', 'other']);
    expect(groups[0]?.count).toBe(3);
  });
});

describe(issueSection.name, () => {
  it('uses the first field the registry knows', () => {
    expect(issueSection(issue('error', ['nope', 'bf16']))).toBe('precision');
    expect(issueSection(issue('error', []))).toBe('other');
  });
});

describe(countSafeFixes.name, () => {
  it('counts fixes on errors and warnings only', () => {
    expect(countSafeFixes([issue('error', ['a'], true), issue('info', ['b'], true), issue('warning', ['c'], true), issue('error', ['d'])])).toBe(2);
  });
});
