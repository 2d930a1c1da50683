import { defineRule } from './define-rule';

/** The GaLore/APOLLO branch of the Trainer's optimizer setup projects only the modules named in `optim_target_modules`. */
export const lowRankOptimTargetModules = defineRule({
  id: 'low-rank-optim-target-modules',
  fields: ['optim_target_modules', 'optim'],
  severity: 'error',
  source: 'trainer',
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
      message:
        `${optim} applies its low-rank projection only to the layers named in optim_target_modules, and ${missing ? 'none are given' : 'the list is empty'}. ` +
        (missing
          ? `Creating the optimizer raises "You need to define \`optim_target_modules\` to use ${optim} optimizers". `
          : `Creating the optimizer raises "No target modules found for ${optim} (...)". `) +
        'Name the Linear modules, e.g. ["attn", "mlp"], regexes such as [".*attn.*"], or "all-linear".',
    };
  },
});
