import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import { BANDS, type Band } from '../target/target';
import { fieldsFor, getField } from './registry';

interface ReleaseField {
  readonly name: string;
  readonly default: PyValue;
  readonly choices: readonly string[] | null;
  readonly init?: boolean;
}

const BY_RELEASE = JSON.parse(readFileSync(new URL('../../../test/reference/fields_by_release.json', import.meta.url), 'utf8')) as {
  readonly versions: Readonly<Record<string, { readonly fields: readonly ReleaseField[] }>>;
};

/** The snapshot of fields_by_version.json each band reproduces. */
const SNAPSHOT: Readonly<Record<Band, string>> = { '5.15-5.18': '5.18.0', '5.2-5.5': '5.2-5.5', '4.57': '4.57.6', '4.56': '4.56-fork' };

/**
 * Defaults the registry gives as the reference profile resolves them rather than as declared: a factory the
 * library calls, or the clock-dependent logging_dir the registry leaves empty.
 */
const PROFILE_DEFAULTS: ReadonlySet<string> = new Set(['logging_dir']);

describe.each(BANDS.map((b) => b.id))('band %s against its release’s dataclass', (band) => {
  const reference = (BY_RELEASE.versions[SNAPSHOT[band]]?.fields ?? []).filter((f) => f.init !== false);

  it('has exactly the release’s init fields', () => {
    expect(reference.length).toBeGreaterThan(100);
    expect(
      fieldsFor(band)
        .map((f) => f.name)
        .sort(),
    ).toEqual(reference.map((f) => f.name).sort());
  });

  it('declares each field’s default as the release does', () => {
    const wrong = reference
      .filter((f) => !PROFILE_DEFAULTS.has(f.name))
      .filter((f) => JSON.stringify(getField(f.name, band)?.default) !== JSON.stringify(f.default))
      .map((f) => `${f.name}: ${JSON.stringify(getField(f.name, band)?.default)} vs ${JSON.stringify(f.default)}`);
    expect(wrong).toEqual([]);
  });

  it('offers at least the release’s choices where it declares them', () => {
    const missing = reference
      .filter((f) => f.choices !== null)
      .flatMap((f) =>
        (f.choices ?? [])
          .filter((c) => !(getField(f.name, band)?.choices ?? getField(f.name, band)?.suggestions ?? []).includes(c))
          .map((c) => `${f.name}: ${c}`),
      );
    expect(missing).toEqual([]);
  });
});
