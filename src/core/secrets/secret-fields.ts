import type { PyValue } from '../py/py-value';

/**
 * Keyword arguments that hold credentials, with the environment variable the generated code reads
 * instead. Their values are never written into code, links or saved state: generated code is pasted
 * into scripts, repositories and chat, where a literal token leaks. `push_to_hub_token` is the 4.x
 * alias the library copies into `hub_token`.
 */
export const SECRET_FIELDS: Readonly<Record<string, string>> = {
  hub_token: 'HF_TOKEN',
  push_to_hub_token: 'HF_TOKEN',
};

/**
 * The environment variable a secret field is read from, or undefined for an ordinary field.
 * @example secretEnvVar('hub_token') // 'HF_TOKEN'
 */
export function secretEnvVar(name: string): string | undefined {
  return Object.hasOwn(SECRET_FIELDS, name) ? SECRET_FIELDS[name] : undefined;
}

/**
 * Whether a value of `name` is a credential the output must withhold: any value of a secret field
 * except `None` (which says "no token" and is safe to write).
 * @example isWithheldSecret('hub_token', 'hf_x') // true
 */
export function isWithheldSecret(name: string, value: PyValue | undefined): boolean {
  return secretEnvVar(name) !== undefined && value !== null && value !== undefined;
}
