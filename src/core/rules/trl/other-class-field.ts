import { configClassesFor, ownFieldSpecs } from '../../config-class/class-registry';
import type { Target } from '../../target/target';
import type { Finding } from '../define-rule';
import { code, eun } from '../ko-text';

/** The names a config class adds on the target, for spelling suggestions. */
export function classFieldNames(className: string | undefined, target: Target): readonly string[] {
  return className === undefined ? [] : ownFieldSpecs(target, className).map((f) => f.name);
}

/**
 * A keyword that another config class has (`beta` given to SFTConfig): the same Python `TypeError`, but the
 * likely cause is a class mix-up, so the message names the classes that take it.
 */
export function otherClassFinding(key: string, className: string, target: Target): Finding | undefined {
  const owners = configClassesFor(target)
    .filter((c) => c.name !== className && ownFieldSpecs(target, c.name).some((f) => f.name === key))
    .map((c) => c.name);
  if (owners.length === 0) return undefined;
  const typeError = `TypeError: ${className}.__init__() got an unexpected keyword argument '${key}'`;
  const list = owners.join(', ');
  return {
    fields: [key],
    message: `${key} is a field of ${list}, not of ${className}. Remove it, or switch the config class if you meant to train with that trainer. ${className} raises: ${typeError}`,
    messageKo: `${eun(code(key))} ${list}의 필드이고 ${className}의 필드가 아닙니다. 지우거나, 그 트레이너로 학습하려던 것이면 설정 클래스를 바꾸세요. ${className} 오류: ${typeError}`,
    fix: { label: `Remove ${key}`, labelKo: `${key} 제거`, patch: { [key]: undefined } },
  };
}
