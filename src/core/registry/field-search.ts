import { FIELD_ALIASES } from './field-aliases';

/** What the search may read of a field: its name and any texts about it (summary, help, translations). */
export interface SearchableField {
  readonly name: string;
  readonly texts: readonly string[];
  /** A deprecated field ranks below the fields its aliases point to (its replacement). */
  readonly deprecated?: boolean;
}

/**
 * The fields as the search reads them: the name, the English summary and help, and what `translated` gives
 * (the same texts in the UI language; empty strings where there is no translation).
 */
export function searchableFields(
  fields: readonly { readonly name: string; readonly summary: string; readonly help: string; readonly deprecated?: string }[],
  translated: (name: string) => readonly string[] = () => [],
): SearchableField[] {
  return fields.map((f) => ({ name: f.name, deprecated: f.deprecated !== undefined, texts: [f.summary, f.help, ...translated(f.name)] }));
}

export type MatchKind = 'name' | 'alias' | 'text';

export interface FieldHit {
  readonly name: string;
  readonly match: MatchKind;
}

const WEIGHT: Record<MatchKind, number> = { name: 3, alias: 2, text: 1 };

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

function words(query: string): string[] {
  return normalize(query)
    .split(' ')
    .filter((word) => word.length > 0);
}

function aliasMatches(phrase: string, query: string): boolean {
  return query.includes(phrase) || (query.length >= 3 && phrase.startsWith(query));
}

/**
 * Fields that answer a query, best first: by name (every word in the name, the exact name first), by a
 * common alias ("tensorboard" → `report_to`), then by every word appearing in its texts, so help in
 * English or Korean finds it. Only `fields` are returned, so an alias for a field the target lacks is skipped.
 * @example searchFields('tensorboard', fields)[0] // { name: 'report_to', match: 'alias' }
 */
export function searchFields(query: string, fields: readonly SearchableField[], limit = 20): FieldHit[] {
  const q = normalize(query);
  const qWords = words(query);
  if (qWords.length === 0) return [];
  const scores = new Map<string, { score: number; match: MatchKind }>();
  const offer = (name: string, match: MatchKind, score: number) => {
    const current = scores.get(name);
    if (!current || current.score < score) scores.set(name, { score, match });
  };
  const known = new Set(fields.map((f) => f.name));
  for (const field of fields) {
    const name = normalize(field.name);
    const demote = field.deprecated === true ? 600 : 0;
    if (name === q) offer(field.name, 'name', 1000 - demote);
    else if (name.startsWith(q)) offer(field.name, 'name', 900 - demote - name.length);
    else if (qWords.every((word) => name.includes(word))) offer(field.name, 'name', 800 - demote - name.length);
    else {
      const text = normalize(field.texts.join(' '));
      if (qWords.every((word) => text.includes(word))) offer(field.name, 'text', 100 + qWords.length);
    }
  }
  for (const alias of FIELD_ALIASES) {
    if (!alias.words.some((phrase) => aliasMatches(phrase, q))) continue;
    alias.fields.forEach((name, index) => {
      if (known.has(name)) offer(name, 'alias', 850 - index);
    });
  }
  return [...scores.entries()]
    .sort(([, a], [, b]) => b.score - a.score || WEIGHT[b.match] - WEIGHT[a.match])
    .slice(0, limit)
    .map(([name, { match }]) => ({ name, match }));
}
