// A new workbook holding standard ledger sheets (`taizhang template`, later the browser page):
// the templates the task pane inserts one at a time, written into a sheetless workbook.
import { TaizhangError } from "../core/errors";
import { LEDGER_SCHEMAS, isLedgerKind } from "../core/ledgers";
import type { WorkbookHost } from "./host";
import { templateWrite } from "./template";

/** Writes one template sheet per kind, in the order given; resolves to the sheets' names. */
export async function writeTemplates(
  host: WorkbookHost,
  kinds: readonly string[],
): Promise<string[]> {
  const unknown = kinds.find((kind) => !isLedgerKind(kind));
  if (unknown !== undefined) throw new TaizhangError("kindUnknown", unknown);
  const sheets: string[] = [];
  // A new sheet goes after the last one, in Excel (`worksheets.add`) as in a file.
  for (const kind of kinds) {
    if (!isLedgerKind(kind)) continue;
    const written = await host.write(templateWrite(LEDGER_SCHEMAS[kind]));
    sheets.push(...Object.values(written.sheetNames));
  }
  return sheets;
}
