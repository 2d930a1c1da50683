import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { Finding, RuleContext } from '../define-rule';
import { renderFinding, type RenderedFinding } from '../test-context';
import { DEFAULT_TARGET } from '../../target/target';
import { tokenInArguments } from './token-in-arguments';

const TOKEN = 'hf_' + 'Ab3'.repeat(11) + 'x';

function findings(values: Record<string, PyValue>): RenderedFinding[] {
  const context: RuleContext = { input: kwargs(values), resolved: { ...defaultValues(), ...values }, hardware: 'cpu', target: DEFAULT_TARGET };
  const result = tokenInArguments.check(context);
  return (result === null ? [] : Array.isArray(result) ? [...result] : [result as Finding]).map(renderFinding);
}

describe(tokenInArguments.id, () => {
  it('explains where a hub_token goes instead, and says to rotate it', () => {
    const [finding] = findings({ hub_token: TOKEN });
    expect(finding?.message).toMatch(/os\.environ\["HF_TOKEN"\]/);
    expect(finding?.message).toMatch(/rotate it/);
    expect(finding?.message).not.toContain(TOKEN);
    expect(finding?.fix?.patch).toEqual({ hub_token: undefined });
  });

  it('flags a token pasted into another field, nested ones too, showing it masked', () => {
    const result = findings({ run_name: `x ${TOKEN}`, lr_scheduler_kwargs: { a: [TOKEN] }, output_dir: 'hf_home' });
    expect(result.map((f) => f.fields)).toEqual([['run_name'], ['lr_scheduler_kwargs']]);
    expect(result[0]?.message).toContain('hf_Ab3A…Ab3x');
    expect(result[0]?.message).not.toContain(TOKEN);
  });

  it('stays quiet without a token, and for an explicit None', () => {
    expect(findings({ hub_token: null, run_name: 'hf_transfer', hub_model_id: 'org/model' })).toEqual([]);
  });
});
