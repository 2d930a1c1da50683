import { message } from '../../i18n/messages/message';
import { configClassesFor, ownFieldSpecs } from '../../config-class/class-registry';
import type { Target } from '../../target/target';
import type { Finding } from '../define-rule';

/** The names a config class adds on the target, for spelling suggestions. */
export function classFieldNames(className: string | undefined, target: Target): readonly string[] {
  return className === undefined ? [] : ownFieldSpecs(target, className).map((f) => f.name);
}

/**
 * A keyword that another config class has (`beta` given to SFTConfig): the same Python `TypeError`, but the
 * likely cause is a class mix-up, so the message names the classes that take it.
 */
export function otherClassFinding(key: string, className: string, target: Target): Finding<'unknown-argument.other-class'> | undefined {
  const owners = configClassesFor(target)
    .filter((c) => c.name !== className && ownFieldSpecs(target, c.name).some((f) => f.name === key))
    .map((c) => c.name);
  if (owners.length === 0) return undefined;
  const typeError = `TypeError: ${className}.__init__() got an unexpected keyword argument '${key}'`;
  const list = owners.join(', ');
  return {
    fields: [key],
    text: message('unknown-argument.other-class', { key, list, className, typeError }),
    fix: { text: message('unknown-argument.other-class.fix', { key }), patch: { [key]: undefined } },
  };
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'unknown-argument.other-class': { readonly key: string; readonly list: string; readonly className: string; readonly typeError: string };
    'unknown-argument.other-class.fix': { readonly key: string };
  }
}
