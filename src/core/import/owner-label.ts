import { message, type Message } from '../i18n/messages/message';

/** The programs besides the config class that read pasted arguments (`ARG_OWNERS` in recipe-owners lists their names). */
export type ArgOwnerId = 'hf-script' | 'trl-script' | 'llamafactory' | 'axolotl' | 'alignment-handbook' | 'launcher';

/** The code of the owners' names, shown beside the arguments they read (the catalogue test checks each language has it). */
export const ARG_OWNER_CODES = ['import.owner'] as const;

declare module '../i18n/messages/message' {
  interface MessageParams {
    /** Who reads an argument that is not the config class's (each catalogue names every `ArgOwnerId`). */
    'import.owner': { readonly owner: ArgOwnerId };
  }
}

/**
 * How the app names an owner, in any language.
 * @example renderMessage(EN_MESSAGES, ownerLabel('axolotl')) // 'axolotl'
 */
export function ownerLabel(owner: ArgOwnerId): Message<'import.owner'> {
  return message('import.owner', { owner });
}
