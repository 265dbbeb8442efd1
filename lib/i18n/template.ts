/**
 * Fills `{name}` slots: the form interface strings take when they go to client components, which cannot get functions.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
