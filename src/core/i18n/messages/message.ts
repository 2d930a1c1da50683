/**
 * The parameters of every message code, keyed by code. Empty here on purpose: each rule file adds the codes it can
 * say by module augmentation (`declare module '…/message' { interface MessageParams { … } }`), so a rule's codes
 * are declared beside it, and every catalogue (typed `MessageTexts`) must give each one a text.
 * A code is the rule id, or `ruleId.variant` where one rule says several different things.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation, one rule file at a time
export interface MessageParams {}

export type MessageCode = keyof MessageParams;

/** A message by reference: its code and the plain data its text needs (field names, values, numbers). */
export type Message<C extends MessageCode = MessageCode> = { readonly [K in C]: { readonly code: K; readonly params: MessageParams[K] } }[C];

/** One language's text for every code: a function of the code's params. A missing code is a type error. */
export type MessageTexts = { readonly [C in MessageCode]: (params: MessageParams[C]) => string };

/** A language's message catalogue (`messages/en.ts`, `messages/ko.ts`, …). */
export interface MessageCatalogue {
  /** The BCP 47 language code, as `<html lang>` takes it. */
  readonly language: string;
  readonly texts: MessageTexts;
}

/**
 * A typed message reference: the params must be the code's.
 * @example message('fp16-bf16-exclusive', { keep: 'bf16', drop: 'fp16' })
 */
export function message<C extends MessageCode>(code: C, params: MessageParams[C]): Message<C> {
  return { code, params } as unknown as Message<C>;
}

/**
 * A message in a catalogue's language.
 * @example renderMessage(EN_MESSAGES, issue.text)
 */
export function renderMessage(catalogue: MessageCatalogue, text: Message): string {
  // Message<C> pairs each code with its own params, which TypeScript cannot follow through an index; the pairing
  // is checked where the message is built (`message`, `defineRule`).
  const { code, params } = text as { readonly code: string; readonly params: unknown };
  const texts = catalogue.texts as Readonly<Record<string, (params: unknown) => string>>;
  const render = texts[code];
  if (render === undefined) throw new Error(`No ${catalogue.language} text for message code ${code}`);
  return render(params);
}

/** The params of a code whose text needs none. */
export type NoParams = Readonly<Record<string, never>>;

/**
 * A catalogue's word for a key of an open table (a retired argument's advice, …), so a table that misses a key
 * fails loudly in the catalogue tests instead of printing "undefined".
 * @example tableText(RETIRED_ADVICE_EN, 'no_cuda', 'retired-argument advice')
 */
export function tableText(table: Readonly<Record<string, string>>, key: string, what: string): string {
  const text = table[key];
  if (text === undefined) throw new Error(`No ${what} for ${key}`);
  return text;
}
