import { defineRule } from './define-rule';
import { OPTIM_ARGS_READERS, parseOptimArgs, readsOptimArgs } from './optim-args-spec';

/** Most optimizers never look at `optim_args`, and the ones that do pick out fixed names, so anything else vanishes without a word. */
export const optimArgsIgnored = defineRule({
  id: 'optim-args-ignored',
  fields: ['optim_args', 'optim'],
  severity: 'warning',
  source: 'app',
  description: 'optim_args items the chosen optimizer never reads, or reads as "on" whatever they say.',
  check: ({ resolved }) => {
    const optim = resolved.optim;
    const items = parseOptimArgs(resolved.optim_args);
    if (typeof optim !== 'string' || items === null || items.size === 0) return null;
    if (!readsOptimArgs(optim)) {
      return {
        message: `${optim} does not read optim_args, so ${[...items.keys()].join(', ')} ${items.size > 1 ? 'have' : 'has'} no effect. Only some optimizers (GaLore, APOLLO, AdEMAMix, schedule-free, StableAdamW, …) take extra options this way.`,
        fix: { label: 'Remove optim_args', patch: { optim_args: undefined } },
      };
    }
    const readers = OPTIM_ARGS_READERS[optim];
    if (readers === undefined) return null;
    const unread = [...items.keys()].filter((key) => !Object.hasOwn(readers, key));
    const onAnyway = [...items].filter(([key, value]) => readers[key] === 'truthy' && value !== '' && ['false', '0', 'no', 'off'].includes(value.toLowerCase()));
    const parts: string[] = [];
    if (unread.length > 0) parts.push(`${optim} only reads ${Object.keys(readers).join(', ')} from optim_args; ${unread.join(', ')} ${unread.length > 1 ? 'are' : 'is'} ignored.`);
    for (const [key, value] of onAnyway) parts.push(`${key}=${value} turns ${key} ON: the Trainer uses bool() on the text, and any non-empty text is true. Leave the item out to keep it off.`);
    return parts.length > 0 ? { message: parts.join(' ') } : null;
  },
});
