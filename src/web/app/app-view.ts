export type AppView = 'editor' | 'rules';

/** The hash that opens the rule catalogue; everything else is the editor (share state may use the query). */
export const RULES_HASH = '#rules';

/** Which view a URL hash stands for. */
export function viewFromHash(hash: string): AppView {
  return hash === RULES_HASH ? 'rules' : 'editor';
}
