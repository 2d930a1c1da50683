import { message } from '../../i18n/messages/message';
import type { PyValue } from '../../py/py-value';
import { isDict } from '../../py/py-value';
import { isWithheldSecret, secretEnvVar } from '../../secrets/secret-fields';
import { looksLikeToken } from '../../secrets/token-scan';
import type { Finding } from '../define-rule';
import { defineRule } from '../define-rule';

const ROTATE_URL = 'https://huggingface.co/settings/tokens';

function tokenIn(value: PyValue): string | undefined {
  if (typeof value === 'string') return looksLikeToken(value) ? (value.match(/hf_[A-Za-z0-9]{30,}/)?.[0] ?? value) : undefined;
  if (Array.isArray(value)) return value.map(tokenIn).find((found) => found !== undefined);
  if (isDict(value)) {
    return Object.values(value)
      .map(tokenIn)
      .find((found) => found !== undefined);
  }
  return undefined;
}

/**
 * A token is a credential: the studio never writes it into code, links or saved work, and one pasted
 * into a web page may already have leaked (clipboard managers, screen sharing, browser sync).
 */
export const tokenInArguments = defineRule({
  id: 'token-in-arguments',
  fields: ['hub_token', 'push_to_hub_token'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['token-in-arguments', 'token-in-arguments.fix', 'token-in-arguments.2', 'token-in-arguments.fix2'],
  description: 'A Hugging Face token is never written into code, links or saved work; one typed or pasted anywhere is flagged to be rotated.',
  check: ({ input }) => {
    const findings: Finding<'token-in-arguments' | 'token-in-arguments.2'>[] = [];
    for (const [name, value] of Object.entries(input.values)) {
      const envVar = secretEnvVar(name);
      if (envVar !== undefined && isWithheldSecret(name, value)) {
        findings.push({
          fields: [name],
          text: message('token-in-arguments', { name, envVar, rotateUrl: ROTATE_URL }),
          fix: { text: message('token-in-arguments.fix', { name, envVar }), patch: { [name]: undefined } },
        });
        continue;
      }
      const token = tokenIn(value);
      if (token === undefined) continue;
      findings.push({
        fields: [name],
        text: message('token-in-arguments.2', { name, token, rotateUrl: ROTATE_URL }),
        fix: { text: message('token-in-arguments.fix2', { name }), patch: { [name]: undefined } },
      });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'token-in-arguments': { readonly name: string; readonly envVar: string; readonly rotateUrl: 'https://huggingface.co/settings/tokens' };
    'token-in-arguments.fix': { readonly name: string; readonly envVar: string };
    'token-in-arguments.2': { readonly name: string; readonly token: string; readonly rotateUrl: 'https://huggingface.co/settings/tokens' };
    'token-in-arguments.fix2': { readonly name: string };
  }
}
