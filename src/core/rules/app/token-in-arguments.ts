import type { PyValue } from '../../py/py-value';
import { isDict } from '../../py/py-value';
import { isWithheldSecret, secretEnvVar } from '../../secrets/secret-fields';
import { looksLikeToken, maskToken } from '../../secrets/token-scan';
import type { Finding } from '../define-rule';
import { defineRule } from '../define-rule';

const ROTATE_URL = 'https://huggingface.co/settings/tokens';

function tokenIn(value: PyValue): string | undefined {
  if (typeof value === 'string') return looksLikeToken(value) ? (value.match(/hf_[A-Za-z0-9]{30,}/)?.[0] ?? value) : undefined;
  if (Array.isArray(value)) return value.map(tokenIn).find((found) => found !== undefined);
  if (isDict(value)) return Object.values(value).map(tokenIn).find((found) => found !== undefined);
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
  description: 'A Hugging Face token is never written into code, links or saved work; one typed or pasted anywhere is flagged to be rotated.',
  check: ({ input }) => {
    const findings: Finding[] = [];
    for (const [name, value] of Object.entries(input.values)) {
      const envVar = secretEnvVar(name);
      if (envVar !== undefined && isWithheldSecret(name, value)) {
        findings.push({
          fields: [name],
          message: `${name} holds a token, which the studio never writes out: the Python code reads os.environ["${envVar}"], the flags, JSON and YAML leave it out so the Hub client reads ${envVar} (or your \`hf auth login\`) itself, and share links and saved work never carry it. Set ${envVar} where the script runs. A token pasted into a web page may have leaked: rotate it at ${ROTATE_URL}.`,
          messageKo: `\`${name}\`에 토큰이 들어 있습니다. 이 도구는 토큰을 절대 그대로 쓰지 않습니다: Python 코드는 os.environ["${envVar}"]를 읽고, 플래그·JSON·YAML에서는 빠지므로 Hub 클라이언트가 ${envVar}(또는 \`hf auth login\`)를 직접 읽으며, 공유 링크와 저장된 작업에도 담기지 않습니다. 스크립트를 실행하는 곳에 ${envVar}를 설정하세요. 웹 페이지에 붙여 넣은 토큰은 유출되었을 수 있으니 ${ROTATE_URL}에서 교체하세요.`,
          fix: { label: `Remove ${name} (use ${envVar})`, labelKo: `${name} 제거(${envVar} 사용)`, patch: { [name]: undefined } },
        });
        continue;
      }
      const token = tokenIn(value);
      if (token === undefined) continue;
      findings.push({
        fields: [name],
        message: `${name} holds what looks like a Hugging Face token (${maskToken(token)}), and it would be written into the code as it is. Remove it, and rotate the token at ${ROTATE_URL}: one pasted into a web page may have leaked.`,
        messageKo: `\`${name}\`에 Hugging Face 토큰으로 보이는 값(${maskToken(token)})이 있고, 코드에 그대로 쓰이게 됩니다. 값을 지우고 ${ROTATE_URL}에서 토큰을 교체하세요. 웹 페이지에 붙여 넣은 토큰은 유출되었을 수 있습니다.`,
        fix: { label: `Remove ${name}`, labelKo: `${name} 제거`, patch: { [name]: undefined } },
      });
    }
    return findings;
  },
});
