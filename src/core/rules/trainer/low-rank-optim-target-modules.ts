import { defineRule } from '../define-rule';
import { code, eun } from '../ko-text';

/** The GaLore/APOLLO branch of the Trainer's optimizer setup projects only the modules named in `optim_target_modules`. */
export const lowRankOptimTargetModules = defineRule({
  id: 'low-rank-optim-target-modules',
  fields: ['optim_target_modules', 'optim'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
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
      messageKo:
        `${eun(code(optim))} \`optim_target_modules\`에 적힌 레이어에만 low-rank projection을 적용하는데, ${missing ? '지정된 레이어가 없습니다' : '리스트가 비어 있습니다'}. ` +
        (missing
          ? `옵티마이저를 만들 때 "You need to define \`optim_target_modules\` to use ${optim} optimizers" 오류가 납니다. `
          : `옵티마이저를 만들 때 "No target modules found for ${optim} (...)" 오류가 납니다. `) +
        'Linear 모듈 이름을 지정하세요. 예: `["attn", "mlp"]`, `[".*attn.*"]` 같은 정규식, 또는 `"all-linear"`.',
    };
  },
});
