import { describe, expect, it } from 'vitest';
import { debugOption } from './debug-option';
import { findingsOf } from '../test-context';

describe(debugOption.id, () => {
  it('reports unknown words of a debug string with a suggestion', () => {
    const [finding] = findingsOf(debugOption, { debug: 'UNDERFLOW_OVERFLOW' });
    expect(finding?.message).toContain('is not a valid DebugOption');
    expect(finding?.fix?.patch).toEqual({ debug: 'underflow_overflow' });
  });
  it('accepts valid strings, empty strings and lists (lists are the schema rules’ job)', () => {
    expect(findingsOf(debugOption, { debug: '  underflow_overflow tpu_metrics_debug ' })).toEqual([]);
    expect(findingsOf(debugOption, { debug: '' })).toEqual([]);
    expect(findingsOf(debugOption, { debug: ['nope'] })).toEqual([]);
  });
});
