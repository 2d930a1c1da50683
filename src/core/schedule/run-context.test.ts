import { describe, expect, it } from 'vitest';
import { checkRunContext, DEFAULT_RUN_CONTEXT, processCount } from './run-context';

describe('processCount', () => {
  it('multiplies devices per node by nodes', () => {
    expect(processCount({ examples: 1, devicesPerNode: 8, nodes: 3 })).toBe(24);
  });
});

describe('checkRunContext', () => {
  it('accepts the default context and an iterable dataset', () => {
    expect(checkRunContext(DEFAULT_RUN_CONTEXT).ok).toBe(true);
    expect(checkRunContext({ examples: null, devicesPerNode: 2, nodes: 1 }).ok).toBe(true);
  });

  it('rejects fractional, negative or zero counts and names the fact', () => {
    const cases = [
      [{ examples: 2.5, devicesPerNode: 1, nodes: 1 }, 'examples'],
      [{ examples: -1, devicesPerNode: 1, nodes: 1 }, 'examples'],
      [{ examples: 10, devicesPerNode: 0, nodes: 1 }, 'devicesPerNode'],
      [{ examples: 10, devicesPerNode: 1, nodes: 1.5 }, 'nodes'],
    ] as const;
    for (const [context, field] of cases) {
      const result = checkRunContext(context);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid-run-context', fields: [field] });
    }
  });
});
