// The layer rules in eslint.config.js hold: each forbidden import or global is refused with its
// message, and the same code is accepted where it belongs.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals")
    .map((m) => m.ruleId ?? "");
}

describe("layer boundaries", () => {
  it.each([
    ["src/core/x/uses.ts", "export const range = Excel.run;"],
    ["src/core/x/uses.ts", "export const ready = Office.onReady;"],
    [
      "src/core/x/uses.ts",
      'import { readFileSync } from "node:fs";\nexport const r = readFileSync;',
    ],
    ["src/core/x/uses.ts", 'import React from "react";\nexport const r = React;'],
    ["src/core/x/uses.ts", 'import ExcelJS from "exceljs";\nexport const r = ExcelJS;'],
    [
      "src/core/x/uses.ts",
      'import { writePlan } from "../../excel/writePlan";\nexport const r = writePlan;',
    ],
    ["src/core/x/uses.ts", 'import { x } from "../../app/context";\nexport const r = x;'],
    ["src/app/uses.ts", "export const range = Excel.run;"],
    [
      "src/app/uses.ts",
      'import { writePlan } from "../excel/writePlan";\nexport const r = writePlan;',
    ],
    ["src/excel/uses.ts", 'import { App } from "../taskpane/App";\nexport const r = App;'],
    [
      "src/excel/uses.ts",
      'import { Button } from "@fluentui/react-components";\nexport const r = Button;',
    ],
    ["src/commands/uses.ts", 'import { App } from "../taskpane/App";\nexport const r = App;'],
    ["src/cli/uses.ts", 'import { strings } from "../taskpane/i18n";\nexport const r = strings;'],
    [
      "src/xlsx/host/uses.ts",
      'import { writePlan } from "../../excel/writePlan";\nexport const r = writePlan;',
    ],
    ["src/xlsx/uses.ts", "export const range = Excel.run;"],
    ["src/web/uses.ts", "export const ready = Office.onReady;"],
    [
      "src/web/uses.ts",
      'import { createExcelHost } from "../excel/excelHost";\nexport const r = createExcelHost;',
    ],
    ["src/web/uses.ts", 'import { strings } from "../taskpane/i18n";\nexport const r = strings;'],
    ["src/web/uses.ts", 'import Papa from "papaparse";\nexport const r = Papa;'],
    ["src/taskpane/uses.ts", 'import { App } from "../web/App";\nexport const r = App;'],
    ["src/app/uses.ts", 'import { App } from "../web/App";\nexport const r = App;'],
    ["src/ui/uses.ts", "export const ready = Office.onReady;"],
    ["src/ui/uses.ts", 'import { strings } from "../taskpane/i18n";\nexport const r = strings;'],
    ["src/ui/uses.ts", 'import { App } from "../web/App";\nexport const r = App;'],
    [
      "src/ui/uses.ts",
      'import { createXlsxHost } from "../xlsx/host";\nexport const r = createXlsxHost;',
    ],
    [
      "src/app/uses.ts",
      'import { ColumnFields } from "../ui/ColumnFields";\nexport const r = ColumnFields;',
    ],
    [
      "src/core/x/uses.ts",
      'import { ColumnFields } from "../../ui/ColumnFields";\nexport const r = ColumnFields;',
    ],
  ])("refuses in %s: %s", async (file, code) => {
    expect(await restrictions(file, code)).toHaveLength(1);
  });

  it.each([
    ["src/excel/uses.ts", "export const range = Excel.run;"],
    [
      "src/app/uses.ts",
      'import { parseDate } from "../core/normalize";\nexport const r = parseDate;',
    ],
    ["src/cli/uses.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;'],
    [
      "src/taskpane/uses.ts",
      'import { writePlan } from "../excel/writePlan";\nexport const r = writePlan;',
    ],
    [
      "src/web/uses.ts",
      'import { createXlsxHost } from "../xlsx/host";\nexport const r = createXlsxHost;',
    ],
    [
      "src/web/uses.ts",
      'import { Button } from "@fluentui/react-components";\nexport const r = Button;',
    ],
    [
      "src/web/uses.ts",
      'import { inlineCoreWork } from "../app/coreWork";\nexport const r = inlineCoreWork;',
    ],
    [
      "src/ui/uses.ts",
      'import { Select } from "@fluentui/react-components";\nexport const r = Select;',
    ],
    ["src/ui/uses.ts", 'import { kindName } from "../app/kinds";\nexport const r = kindName;'],
    [
      "src/taskpane/uses.ts",
      'import { ColumnFields } from "../ui/ColumnFields";\nexport const r = ColumnFields;',
    ],
    [
      "src/web/uses.ts",
      'import { ColumnFields } from "../ui/ColumnFields";\nexport const r = ColumnFields;',
    ],
  ])("accepts in %s: %s", async (file, code) => {
    expect(await restrictions(file, code)).toEqual([]);
  });
});
