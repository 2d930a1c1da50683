import { describe, expect, it } from 'vitest';
import { COALESCE_MS, diffValues, FormHistory } from './form-history';

const edit = (field: string, before: string | undefined, after: string | undefined, at: number) => ({
  kind: 'edit' as const,
  label: field,
  before: { [field]: before },
  after: { [field]: after },
  at,
});

describe('FormHistory', () => {
  it('coalesces keystrokes in one field into one step', () => {
    const history = new FormHistory();
    history.record(edit('learning_rate', undefined, '1', 0));
    history.record(edit('learning_rate', '1', '1e', 100));
    history.record(edit('learning_rate', '1e', '1e-4', 200));
    const step = history.undo();
    expect(step?.before).toEqual({ learning_rate: undefined });
    expect(step?.after).toEqual({ learning_rate: '1e-4' });
    expect(history.canUndo).toBe(false);
  });

  it('starts a new step after a pause, in another field, or for another kind of change', () => {
    const history = new FormHistory();
    history.record(edit('seed', undefined, '1', 0));
    history.record(edit('seed', '1', '12', COALESCE_MS + 1));
    history.record(edit('max_steps', undefined, '5', COALESCE_MS + 2));
    history.record({ kind: 'fix', label: 'Fix', before: { max_steps: '5' }, after: { max_steps: '6' }, at: COALESCE_MS + 3 });
    expect(history.undo()?.kind).toBe('fix');
    expect(history.undo()?.after).toEqual({ max_steps: '5' });
    expect(history.undo()?.after).toEqual({ seed: '12' });
    expect(history.undo()?.after).toEqual({ seed: '1' });
  });

  it('ends a typing burst when the field is left', () => {
    const history = new FormHistory();
    history.record(edit('seed', undefined, '1', 0));
    history.seal();
    history.record(edit('seed', '1', '12', 10));
    expect(history.undo()?.before).toEqual({ seed: '1' });
  });

  it('redoes what was undone until a new step is recorded', () => {
    const history = new FormHistory();
    history.record(edit('seed', undefined, '1', 0));
    history.undo();
    expect(history.redo()?.after).toEqual({ seed: '1' });
    history.undo();
    history.record(edit('max_steps', undefined, '2', 10_000));
    expect(history.canRedo).toBe(false);
  });

  it('does not coalesce a redone step with the next keystroke', () => {
    const history = new FormHistory();
    history.record(edit('seed', undefined, '1', 0));
    history.undo();
    history.redo();
    history.record(edit('seed', '1', '12', 10));
    expect(history.undo()?.before).toEqual({ seed: '1' });
  });

  it('ignores a step that changes nothing', () => {
    const history = new FormHistory();
    history.record({ kind: 'import', label: 'x', before: {}, after: {}, at: 0 });
    expect(history.canUndo).toBe(false);
  });
});

describe(diffValues.name, () => {
  it('lists only the fields that differ, arrays by content', () => {
    expect(diffValues({ a: '1', b: ['x'], c: true }, { a: '1', b: ['x'], d: 'n' })).toEqual({
      before: { c: true, d: undefined },
      after: { c: undefined, d: 'n' },
    });
  });
});
