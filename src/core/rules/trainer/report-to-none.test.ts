import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-context';
import { reportToNone } from './report-to-none';

describe(reportToNone.id, () => {
  it('is a Trainer-time failure on 5.x with a fix to "none", and valid on 4.x', () => {
    const [finding] = findingsOf(reportToNone, { report_to: null });
    expect(reportToNone.source).toBe('trainer');
    expect(finding?.message).toMatch(/Trainer fails/);
    expect(finding?.fix?.patch).toEqual({ report_to: 'none' });
    expect(findingsOf(reportToNone, { report_to: null }, { target: '4.57' })).toEqual([]);
    expect(findingsOf(reportToNone, { report_to: 'none' })).toEqual([]);
  });
});
