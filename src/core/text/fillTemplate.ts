/** Message templates split once into text and placeholder names (odd indexes are names). */
const compiled = new Map<string, string[]>();

/**
 * Fills `{name}` placeholders from `values`; a name without a value stays as written, so a
 * missing value shows in the text instead of vanishing. Every message table (error records,
 * refusals, CLI and task-pane strings) fills through this one function.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number | undefined>>,
): string {
  return fillTemplateWith(template, (name) => values[name]);
}

/** fillTemplate with each value asked for by name: only the placeholders present are worked out. */
export function fillTemplateWith(
  template: string,
  valueOf: (name: string) => string | number | undefined,
): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = valueOf(key);
    out += (value === undefined ? `{${key}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}
