import { defineRule } from '../define-rule';
import { code, eul, eun } from '../ko-text';
import { OPTIM_ARGS_READERS, parseOptimArgs, readsOptimArgs } from '../optim-args-spec';

/** Most optimizers never look at `optim_args`, and the ones that do pick out fixed names, so anything else vanishes without a word. */
export const optimArgsIgnored = defineRule({
  id: 'optim-args-ignored',
  fields: ['optim_args', 'optim'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'optim_args items the chosen optimizer never reads, or reads as "on" whatever they say.',
  check: ({ resolved }) => {
    const optim = resolved.optim;
    const items = parseOptimArgs(resolved.optim_args);
    if (typeof optim !== 'string' || items === null || items.size === 0) return null;
    if (!readsOptimArgs(optim)) {
      return {
        message: `${optim} does not read optim_args, so ${[...items.keys()].join(', ')} ${items.size > 1 ? 'have' : 'has'} no effect. Only some optimizers (GaLore, APOLLO, AdEMAMix, schedule-free, StableAdamW, …) take extra options this way.`,
        messageKo: `${eun(code(optim))} \`optim_args\`를 읽지 않으므로 ${[...items.keys()].map(code).join(', ')}에는 아무 효과가 없습니다. 이런 식으로 추가 옵션을 받는 옵티마이저는 일부뿐입니다(GaLore, APOLLO, AdEMAMix, schedule-free, StableAdamW 등).`,
        fix: { label: 'Remove optim_args', labelKo: 'optim_args 제거', patch: { optim_args: undefined } },
      };
    }
    const readers = OPTIM_ARGS_READERS[optim];
    if (readers === undefined) return null;
    const unread = [...items.keys()].filter((key) => !Object.hasOwn(readers, key));
    const onAnyway = [...items].filter(
      ([key, value]) => readers[key] === 'truthy' && value !== '' && ['false', '0', 'no', 'off'].includes(value.toLowerCase()),
    );
    const parts: string[] = [];
    const partsKo: string[] = [];
    if (unread.length > 0) {
      parts.push(`${optim} only reads ${Object.keys(readers).join(', ')} from optim_args; ${unread.join(', ')} ${unread.length > 1 ? 'are' : 'is'} ignored.`);
      partsKo.push(
        `${eun(code(optim))} \`optim_args\`에서 ${Object.keys(readers).map(code).join(', ')}만 읽으므로 ${eun(unread.map(code).join(', '))} 무시됩니다.`,
      );
    }
    for (const [key, value] of onAnyway) {
      parts.push(`${key}=${value} turns ${key} ON: the Trainer uses bool() on the text, and any non-empty text is true. Leave the item out to keep it off.`);
      partsKo.push(
        `${eun(code(`${key}=${value}`))} 오히려 ${eul(code(key))} 켭니다. Trainer가 텍스트에 bool()을 적용하는데, 비어 있지 않은 텍스트는 모두 참입니다. 끄려면 이 항목을 빼세요.`,
      );
    }
    return parts.length > 0 ? { message: parts.join(' '), messageKo: partsKo.join(' ') } : null;
  },
});
