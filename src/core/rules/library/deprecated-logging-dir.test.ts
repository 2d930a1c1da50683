import { describe, expect, it } from 'vitest';
import { deprecatedLoggingDir } from './deprecated-logging-dir';
import { findingsOf } from '../test-context';

describe(deprecatedLoggingDir.id, () => {
  it('warns when logging_dir is set and offers to remove it', () => {
    expect(findingsOf(deprecatedLoggingDir, { logging_dir: 'runs/x' })[0]?.fix?.patch).toEqual({ logging_dir: undefined });
  });
  it('is silent by default', () => {
    expect(findingsOf(deprecatedLoggingDir, {})).toEqual([]);
  });
});
