import type { TableSchemaDescriptor } from "../ledgers";
import type { SheetLayout } from "./layout";

/** The kind of a sheet read with a generic schema: none of the ledgers (填表说明, a staff list). */
export const GENERIC_KIND = "table";

/**
 * A schema made from the header itself, for a sheet that is none of our ledgers and came with
 * no descriptor: one text field per column, as Frictionless infers when given no schema.
 */
export function genericSchema(layout: SheetLayout): TableSchemaDescriptor {
  const seen = new Set<string>();
  const fields = layout.labels.map((label) => {
    let name = label.text === "" ? `field${label.column + 1}` : label.text;
    if (seen.has(name)) name = `${name}${label.column + 1}`;
    seen.add(name);
    return {
      name,
      title: label.text === "" ? name : label.text,
      type: "any",
      taizhang: { role: "other" as const },
    };
  });
  return { name: GENERIC_KIND, title: "表格", fields, taizhang: { kind: GENERIC_KIND } };
}
