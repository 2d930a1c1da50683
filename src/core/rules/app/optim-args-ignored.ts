import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { OPTIM_ARGS_READERS, parseOptimArgs, readsOptimArgs } from '../optim-args-spec';

/** Most optimizers never look at `optim_args`, and the ones that do pick out fixed names, so anything else vanishes without a word. */
export const optimArgsIgnored = defineRule({
  id: 'optim-args-ignored',
  fields: ['optim_args', 'optim'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['optim-args-ignored', 'optim-args-ignored.fix', 'optim-args-ignored.partly'],
  description: 'optim_args items the chosen optimizer never reads, or reads as "on" whatever they say.',
  check: ({ resolved }) => {
    const optim = resolved.optim;
    const items = parseOptimArgs(resolved.optim_args);
    if (typeof optim !== 'string' || items === null || items.size === 0) return null;
    if (!readsOptimArgs(optim)) {
      return {
        text: message('optim-args-ignored', { optim, keys: [...items.keys()] }),
        fix: { text: message('optim-args-ignored.fix', {}), patch: { optim_args: undefined } },
      };
    }
    const readers = OPTIM_ARGS_READERS[optim];
    if (readers === undefined) return null;
    const unread = [...items.keys()].filter((key) => !Object.hasOwn(readers, key));
    const onAnyway = [...items].filter(
      ([key, value]) => readers[key] === 'truthy' && value !== '' && ['false', '0', 'no', 'off'].includes(value.toLowerCase()),
    );
    if (unread.length === 0 && onAnyway.length === 0) return null;
    return {
      text: message('optim-args-ignored.partly', {
        optim,
        read: Object.keys(readers),
        unread,
        onAnyway: onAnyway.map(([key, value]) => ({ key, value })),
      }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** The optimizer reads no optim_args at all. */
    'optim-args-ignored': { readonly optim: string; readonly keys: readonly string[] };
    'optim-args-ignored.fix': NoParams;
    /** `read`: the names it reads; `unread`: the items it ignores; `onAnyway`: flags written as "false" that bool() turns on. */
    'optim-args-ignored.partly': {
      readonly optim: string;
      readonly read: readonly string[];
      readonly unread: readonly string[];
      readonly onAnyway: readonly { readonly key: string; readonly value: string }[];
    };
  }
}
