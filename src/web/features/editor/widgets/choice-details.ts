import { OPTIMIZERS } from '@/core/registry/enums';

/** Extra packages a choice needs, per field; shown beside the option so nobody picks one they cannot install. */
export const CHOICE_REQUIREMENTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  optim: Object.fromEntries(OPTIMIZERS.map((o) => [o.name, o.requires])),
};
