import { useCallback, useContext, useSyncExternalStore } from 'react';
import type { Issue } from '@/core/rules/define-rule';
import { FieldIssuesContext } from './field-issues-context';

/** The issues that name this field; re-renders only when their messages change. */
export function useFieldIssues(name: string): readonly Issue[] {
  const store = useContext(FieldIssuesContext);
  const get = useCallback(() => store.get(name), [store, name]);
  return useSyncExternalStore(store.subscribe, get, get);
}
