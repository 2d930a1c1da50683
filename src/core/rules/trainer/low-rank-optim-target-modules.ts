import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** The GaLore/APOLLO branch of the Trainer's optimizer setup projects only the modules named in `optim_target_modules`. */
export const lowRankOptimTargetModules = defineRule({
  id: 'low-rank-optim-target-modules',
  fields: ['optim_target_modules', 'optim'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['low-rank-optim-target-modules'],
  description: 'galore_* and apollo_* optimizers need optim_target_modules naming the Linear layers to project.',
  check: ({ resolved }) => {
    const optim = resolved.optim;
    if (typeof optim !== 'string' || !(optim.startsWith('galore_') || optim.startsWith('apollo_'))) return null;
    const targets = resolved.optim_target_modules;
    const missing = targets === null || targets === undefined;
    // An empty list or string passes the None check but matches no module, which fails just after.
    const empty = targets === '' || (Array.isArray(targets) && targets.length === 0);
    if (!missing && !empty) return null;
    return {
      text: message('low-rank-optim-target-modules', { optim, missing }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'low-rank-optim-target-modules': { readonly optim: string; readonly missing: boolean };
  }
}
