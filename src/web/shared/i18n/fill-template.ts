/**
 * Puts values into a translated template: `fill('every {n} steps', { n: 12 })` → `every 12 steps`.
 * The template is the translation key, so word order stays the translator's choice.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
