// The workflows of src/app on a file: a workbook written by a spreadsheet program (with a chart
// and a custom XML part ExcelJS cannot keep) is recognised, bound, validated, flagged and
// summarised through the .xlsx host; what comes out is read back with ExcelJS and with the
// host's reader, and compared part by part with what went in.
import { describe, expect, it } from "vitest";
import { strToU8, unzipSync, zipSync } from "fflate";
import { parseBindings, serializeBindings } from "../../src/app/bindings";
import { createLedgerOperations } from "../../src/app/operations";
import { inlineCoreWork } from "../../src/app/coreWork";
import { flagColumnScheme } from "../../src/app/flags";
import { TaizhangError } from "../../src/core/errors";
import { STATUS_CHOICES } from "../../src/core/plan";
import { readWorkbook } from "../../src/xlsx";
import { createXlsxHost } from "../../src/xlsx/host";
import {
  CHART_XML,
  CUSTOM_XML,
  PROBLEM,
  REGISTRY,
  TRICKY,
  exceljsWorkbook,
  workbookWithForeignParts,
} from "./_lib/fixture";
import { exceljs, named, partsOf, storedOf } from "./_lib/parts";

const context = { lang: "zh" as const, today: () => "2021-07-01", year: 2021 };
const flagsChoice = { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" } as const;
const summaryChoice = { ...flagsChoice, slips: true };

async function everything(bytes: Uint8Array) {
  const host = createXlsxHost(bytes, { file: "台账.xlsx" });
  const ops = createLedgerOperations(host, context, inlineCoreWork(context));
  await ops.bind(PROBLEM, { kind: "problem" });
  await ops.bind(REGISTRY, { kind: "office" });
  const validation = await ops.validate();
  const report = await ops.writeIssueReport(validation.issues);
  const flags = await ops.applyFlags(flagsChoice);
  const summary = await ops.summarize(summaryChoice);
  const template = await ops.insertTemplate("problem");
  return { host, ops, validation, report, flags, summary, template, out: host.save() };
}

type Rule = {
  type: string;
  operator: string;
  priority: number;
  formulae: string[];
  style: { fill: { fgColor: { argb: string } }; font: { color: { argb: string } } };
};

describe("the .xlsx host runs the workflows on a file", () => {
  it("writes the issue list, flags, summary, slips and a template, keeping the user's cells as they were", async () => {
    const input = await workbookWithForeignParts();
    const run = await everything(input);
    expect(run.report.sheets).toEqual(["台账问题清单"]);
    expect(run.flags.flagged).toEqual([PROBLEM]);
    expect(run.summary.sheets).toEqual(["台账汇总", "工作提示单"]);
    expect(run.template.sheets).toEqual([`${PROBLEM} (2)`]);
    expect(run.summary.figures.headline).toContainEqual({ label: "推进措施", value: "4" });

    const before = await readWorkbook(input);
    const after = await readWorkbook(run.out);
    expect(after.map((s) => s.name)).toEqual([
      PROBLEM,
      REGISTRY,
      "说明",
      "台账问题清单",
      "台账汇总",
      "工作提示单",
      `${PROBLEM} (2)`,
    ]);
    // The user's sheets: every value and format as before; the ledger gained column K only.
    const user = (sheets: typeof before, name: string, width: number) => {
      const s = sheets.find((x) => x.name === name)!;
      return {
        values: s.values.map((r) => r.slice(0, width)),
        formats: s.numberFormats?.map((r) => r.slice(0, width)),
        merges: s.merges,
      };
    };
    expect(user(after, PROBLEM, 10)).toEqual(user(before, PROBLEM, 10));
    expect(user(after, REGISTRY, 4)).toEqual(user(before, REGISTRY, 4));
    expect(user(after, "说明", 2)).toEqual(user(before, "说明", 2));
    expect(after.find((s) => s.name === "说明")!.values.map((r) => r[0])).toEqual(TRICKY);
    const ledger = after.find((s) => s.name === PROBLEM)!;
    // Right of the user's columns: the status as read, the deadline as a date, the flag.
    expect(ledger.values[2]?.slice(10)).toEqual([
      "【台账助手】状态判定",
      "【台账助手】完成时限（日期）",
      "【台账助手】挂图作战",
    ]);

    // The issue list: user text copied as text, whatever it looks like.
    const issues = after.find((s) => s.name === "台账问题清单")!;
    expect(issues.values.slice(2).map((r) => [r[1], r[2], r[4]])).toEqual([
      [PROBLEM, "H7", "未启动"],
      [PROBLEM, "B8", "某某县院"],
      [PROBLEM, "G8", "2021年13月5日"],
    ]);
    const summary = after.find((s) => s.name === "台账汇总")!;
    expect(summary.values[0]?.[0]).toBe("台账工作汇总（截至2021年6月30日）");
    expect(summary.values[1]?.[0]).toBe(run.summary.figures.narrative);
  });

  it("keeps every part it does not change byte for byte, and the parts ExcelJS would drop", async () => {
    const input = await workbookWithForeignParts();
    const { out } = await everything(input);
    const inParts = partsOf(input);
    const outParts = partsOf(out);
    const changed = [
      "[Content_Types].xml",
      "docProps/app.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ];
    const kept = Object.keys(inParts).filter((n) => !changed.includes(n));
    expect(kept).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/drawings/drawing1.xml",
        "customXml/item1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml",
        "xl/theme/theme1.xml",
      ]),
    );
    const inStored = storedOf(input);
    const outStored = storedOf(out);
    for (const name of kept) {
      expect(outParts[name], name).toBe(inParts[name]);
      // Copied as stored: not even re-compressed.
      expect(outStored[name], name).toEqual(inStored[name]);
    }
    expect(outParts["xl/charts/chart1.xml"]).toBe(CHART_XML);
    expect(outParts["customXml/item1.xml"]).toBe(CUSTOM_XML);
    // The workbook part changed only in its sheet list, the active tab, calculation on open, the
    // add-in's marks (hidden names, see test/xlsx/ownership.test.ts) and the print titles of the
    // issue list it added.
    const strip = (xml: string | undefined) =>
      (xml ?? "")
        .replace(/<definedName name="Taizhang_[^"]*"[^>]*>[^<]*<\/definedName>/g, "")
        .replace(
          /<definedName name="_xlnm.Print_Titles"[^>]*>'台账问题清单'![^<]*<\/definedName>/,
          "",
        )
        .replace(/<sheets>.*<\/sheets>/, "")
        .replace(/<bookViews>.*<\/bookViews>/, "")
        .replace(/ fullCalcOnLoad="1"/, "");
    expect(strip(outParts["xl/workbook.xml"])).toBe(strip(inParts["xl/workbook.xml"]));
    // The file's own list of sheet names follows.
    expect(outParts["docProps/app.xml"]).toContain(
      `<vt:i4>7</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="7" baseType="lpstr"><vt:lpstr>${PROBLEM}</vt:lpstr><vt:lpstr>${REGISTRY}</vt:lpstr><vt:lpstr>说明</vt:lpstr><vt:lpstr>台账问题清单</vt:lpstr><vt:lpstr>台账汇总</vt:lpstr><vt:lpstr>工作提示单</vt:lpstr><vt:lpstr>${PROBLEM} (2)</vt:lpstr></vt:vector>`,
    );
  });

  it("never takes a user's sheet for its own: a sheet the user named 台账汇总 stays theirs", async () => {
    const files = unzipSync(await exceljsWorkbook());
    const parts = partsOf(zipSync(files));
    const userSummarySheet = zipSync({
      ...files,
      "xl/workbook.xml": strToU8(
        parts["xl/workbook.xml"]!.replace(`name="说明"`, `name="台账汇总"`),
      ),
      "docProps/app.xml": strToU8(parts["docProps/app.xml"]!.replace(">说明<", ">台账汇总<")),
    });
    const host = createXlsxHost(userSummarySheet);
    const ops = createLedgerOperations(host, context, inlineCoreWork(context));
    await ops.bind(PROBLEM, { kind: "problem" });
    const first = await ops.summarize({ ...summaryChoice, slips: false });
    const second = await ops.summarize({ ...summaryChoice, slips: false });
    expect([first.sheets, second.sheets]).toEqual([["台账汇总 (2)"], ["台账汇总 (2)"]]);
    const out = partsOf(host.save());
    expect(out["xl/worksheets/sheet3.xml"]).toBe(parts["xl/worksheets/sheet3.xml"]);
    expect((await readWorkbook(host.save())).map((s) => s.name)).toEqual([
      PROBLEM,
      REGISTRY,
      "台账汇总",
      "台账汇总 (2)",
    ]);
  });

  it("writes what ExcelJS reads back: rules, drop-downs, tables, names; links, charts and marks in the parts", async () => {
    const { out } = await everything(await workbookWithForeignParts());
    const wb = await exceljs(out);
    const ledger = wb.getWorksheet(PROBLEM)!;
    const scheme = flagColumnScheme({ ...flagsChoice }, "zh");
    const cf = (ledger as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] })
      .conditionalFormattings;
    // The flag column (M, after the status and date columns) is the one coloured.
    expect(cf.map((c) => c.ref)).toEqual(["M4:M8"]);
    for (const rule of cf[0]!.rules) {
      const label = JSON.parse(rule.formulae[0]!) as string;
      const colours = scheme.colors[label]!;
      expect([rule.type, rule.operator]).toEqual(["cellIs", "equal"]);
      expect(rule.style.fill.fgColor.argb).toBe(`FF${colours.fill.slice(1)}`);
      expect(rule.style.font.color.argb).toBe(`FF${colours.font.slice(1)}`);
    }
    expect(cf[0]!.rules.map((r) => JSON.parse(r.formulae[0]!))).toEqual(
      expect.arrayContaining([
        scheme.labels.done,
        scheme.labels.inProgress,
        scheme.labels.notStarted,
      ]),
    );
    // One shared formula per column: the flag reads the status column K and the date column L.
    const m4 = ledger.getCell("M4").value as { formula: string; ref: string };
    expect(m4.ref).toBe("M4:M8");
    expect(m4.formula).toMatch(/^IF\(AND\(\$K4="",TRIM\(\$D4&""\)=""\),"",/);
    expect(m4.formula).toContain("ISNUMBER($L4)");
    expect(ledger.getCell("M8").value).toEqual({ sharedFormula: "M4" });
    expect((ledger.getCell("K4").value as unknown as { ref: string }).ref).toBe("K4:K8");

    const template = wb.getWorksheet(`${PROBLEM} (2)`)!;
    const tables = template
      .getTables()
      .map((t) => (t as unknown as { table: { name: string; tableRef: string } }).table);
    expect(tables.map((t) => t.name)).toEqual(["问题整改台账_表"]);
    const validations = (
      template as unknown as {
        dataValidations: {
          model: Record<string, { type: string; formulae: unknown[]; error?: string }>;
        };
      }
    ).dataValidations.model;
    const header = template.getRow(3).values as (string | undefined)[];
    const statusColumn = header.indexOf("进展状态");
    const status = validations[`${String.fromCharCode(64 + statusColumn)}4`];
    expect(status?.type).toBe("list");
    expect(status?.formulae).toEqual([`"${STATUS_CHOICES.join(",")}"`]);
    const dates = Object.values(validations).filter((v) => v.type === "date");
    expect(dates.length).toBeGreaterThan(0);
    expect(dates[0]?.formulae).toEqual([
      new Date("2000-01-01T00:00:00Z"),
      new Date("2099-12-31T00:00:00Z"),
    ]);
    // The user's name as it was, beside the add-in's marks (hidden names over what it wrote).
    const names = wb.definedNames.model as { name: string; ranges: string[] }[];
    expect(names.filter((n) => !n.name.startsWith("Taizhang_"))).toEqual([
      { name: "院名单", ranges: [`'${REGISTRY}'!$A$1:$A$3`] },
    ]);
    expect(names.find((n) => n.name === "Taizhang_Column_L1_flags")?.ranges).toEqual([
      `'${PROBLEM}'!$M$3:$M$8`,
    ]);
    const summary = wb.getWorksheet("台账汇总")!;
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    // ExcelJS drops links to cells inside the workbook: they are read from the part itself.
    const parts = partsOf(out);
    const issuesPart = sheetPart(parts, "台账问题清单");
    expect(issuesPart).toContain(`<hyperlink ref="C3" location="'${PROBLEM}'!H7" display="H7"/>`);
    expect(issuesPart).toContain(`<hyperlink ref="C5" location="'${PROBLEM}'!G8" display="G8"/>`);
    // Two charts of the summary beside the user's own, their series on the summary's cells.
    expect(named(parts, /^xl\/charts\/chart\d+\.xml$/)).toHaveLength(3);
    const charts = named(parts, /^xl\/charts\/chart\d+\.xml$/)
      .map((n) => parts[n]!)
      .filter((x) => x.includes("台账汇总"));
    expect(
      charts.map((x) => /<c:barDir val="(\w+)"\/><c:grouping val="(\w+)"/.exec(x)?.slice(1)),
    ).toEqual([
      ["bar", "stacked"],
      ["col", "clustered"],
    ]);
    expect(charts[0]).toContain(
      `<a:srgbClr val="${scheme.colors[scheme.labels.done]!.fill.slice(1)}"/>`,
    );
    const slips = sheetPart(parts, "工作提示单");
    expect(slips).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="\d+" max="16383" man="1"\/><\/rowBreaks>/,
    );
    // Bindings travel with the file, in the add-in's own custom XML part.
    const item = Object.values(parts).find((x) => x.includes("urn:taizhang:bindings:1"))!;
    const stored = parseBindings(
      item
        .replace(/^[\s\S]*?<taizhang[^>]*>|<\/taizhang>$/g, "")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    );
    expect(stored.ledgers.map((l) => [l.sheet, l.kind])).toEqual([
      [REGISTRY, "office"],
      [PROBLEM, "problem"],
    ]);
  });

  it("finds its bindings, sheets and column again in the saved file, and replaces them in place", async () => {
    const first = await everything(await workbookWithForeignParts());
    const host = createXlsxHost(first.out);
    const ops = createLedgerOperations(host, context, inlineCoreWork(context));
    expect((await ops.listSheets()).bound.map((b) => [b.sheet, b.scheme ?? null])).toEqual([
      [PROBLEM, "flags"],
      [REGISTRY, null],
    ]);
    await ops.applyFlags({ ...flagsChoice, scheme: "lights" });
    await ops.summarize(summaryChoice);
    await ops.writeIssueReport([]);
    const again = host.save();
    const a = partsOf(first.out);
    const b = partsOf(again);
    // Same sheets in the same places; the replaced sheets' old parts are gone, none left over.
    expect((await ops.listSheets()).sheets).toEqual(
      (await readWorkbook(first.out)).map((s) => s.name),
    );
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const ledgerXml = b["xl/worksheets/sheet1.xml"]!;
    expect(ledgerXml.match(/<conditionalFormatting /g)).toHaveLength(1);
    expect(ledgerXml).toContain("红灯");
    // Each owned cell written once, in place: no second copy of a column further right.
    for (const cell of ["K3", "L3", "M3", "K4", "L4", "M4"])
      expect(ledgerXml.split(`<c r="${cell}"`)).toHaveLength(2);
    expect(ledgerXml).not.toContain('<c r="N3"');
    // The summary prints one page wide.
    const summaryPart = Object.entries(b).find(([, xml]) => xml.includes("fitToPage"));
    expect(summaryPart?.[1]).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    // Functions newer than Excel 2007 carry their file prefix (else #NAME? until edited).
    expect(ledgerXml).toContain("_xlfn.UNICHAR(160)");
    expect(ledgerXml.replace(/_xlfn\.UNICHAR\(/g, "")).not.toContain("UNICHAR(");
    // Two shared formulas (status, flag); the dates are one formula per row.
    expect(ledgerXml.match(/ si="\d+">/g)).toHaveLength(2);
    expect(
      (await readWorkbook(again)).find((s) => s.name === PROBLEM)!.values[2]?.slice(10),
    ).toEqual(["【台账助手】状态判定", "【台账助手】完成时限（日期）", "【台账助手】督办亮灯"]);
  });

  it("removes its own columns and their colours from the file, and nothing of the user's", async () => {
    const first = await everything(await workbookWithForeignParts());
    const before = (await readWorkbook(first.out)).find((s) => s.name === PROBLEM)!;
    const host = createXlsxHost(first.out);
    expect(await host.removeOwnedColumns(PROBLEM)).toBe(3);
    const out = host.save();
    const after = (await readWorkbook(out)).find((s) => s.name === PROBLEM)!;
    expect(after.values.map((r) => r.slice(0, 10))).toEqual(
      before.values.map((r) => r.slice(0, 10)),
    );
    expect(after.values.every((r) => r.slice(10).every((v) => v === null || v === ""))).toBe(true);
    expect(partsOf(out)["xl/worksheets/sheet1.xml"]).not.toContain("<conditionalFormatting");
    const ops = createLedgerOperations(createXlsxHost(out), context, inlineCoreWork(context));
    const bound = (await ops.listSheets()).bound.find((b) => b.sheet === PROBLEM)!;
    expect([bound.flagged, bound.scheme]).toEqual([false, undefined]);
    // Nothing left: a second removal clears nothing.
    expect(await createXlsxHost(out).removeOwnedColumns(PROBLEM)).toBe(0);
  });

  it("refuses a protected ledger and a protected structure before writing anything", async () => {
    const protectedLedger = await withSheetXml(await exceljsWorkbook(), 1, (xml) =>
      xml.replace(
        "</sheetData>",
        '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>',
      ),
    );
    const host = createXlsxHost(protectedLedger);
    const ops = createLedgerOperations(host, context, inlineCoreWork(context));
    await ops.bind(PROBLEM, { kind: "problem" });
    const before = partsOf(host.save());
    await expect(ops.applyFlags(flagsChoice)).rejects.toMatchObject({ key: "sheetProtected" });
    expect(partsOf(host.save())).toEqual(before);

    const lockedFiles = unzipSync(await exceljsWorkbook());
    const wbXml = new TextDecoder().decode(lockedFiles["xl/workbook.xml"]);
    lockedFiles["xl/workbook.xml"] = strToU8(
      wbXml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'),
    );
    const locked = createXlsxHost(zipSync(lockedFiles));
    const error = await createLedgerOperations(locked, context, inlineCoreWork(context))
      .summarize(summaryChoice)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaizhangError);
    expect((error as TaizhangError).key).toBe("workbookProtected");
  });

  it("reads bindings Excel stored in the add-in's settings and keeps them in step", async () => {
    const bindings = {
      version: 1 as const,
      ledgers: [
        {
          id: "L1",
          sheet: REGISTRY,
          sheetId: "{A}",
          headerRow: 0,
          mapping: { name: 0 },
          kind: "office",
          ownedColumns: [],
        },
      ],
      ownedSheets: [],
    };
    const files = unzipSync(await exceljsWorkbook());
    const value = JSON.stringify(serializeBindings(bindings))
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;");
    files["xl/webextensions/webextension1.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{X}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="taizhang" value="${value}"/></we:properties></we:webextension>`,
    );
    const host = createXlsxHost(zipSync(files));
    const ops = createLedgerOperations(host, context, inlineCoreWork(context));
    expect((await ops.listSheets()).bound.map((b) => b.sheet)).toEqual([REGISTRY]);
    await ops.bind(PROBLEM, { kind: "problem" });
    const parts = partsOf(host.save());
    const setting = /name="taizhang" value="([^"]*)"/.exec(
      parts["xl/webextensions/webextension1.xml"]!,
    )![1]!;
    const decoded = JSON.parse(setting.replace(/&quot;/g, '"').replace(/&amp;/g, "&")) as string;
    expect(parseBindings(decoded).ledgers.map((l) => l.sheet)).toEqual([REGISTRY, PROBLEM]);
    const reopened = createLedgerOperations(
      createXlsxHost(host.save()),
      context,
      inlineCoreWork(context),
    );
    expect((await reopened.listSheets()).bound.map((b) => b.sheet)).toEqual([PROBLEM, REGISTRY]);
  });
});

/** The part of the named sheet, found through the workbook and its relationships. */
function sheetPart(parts: Record<string, string>, name: string): string {
  const rid = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="(\\w+)"`).exec(
    parts["xl/workbook.xml"]!,
  )?.[1];
  const target = new RegExp(`Id="${rid}" Type="[^"]+" Target="([^"]+)"`).exec(
    parts["xl/_rels/workbook.xml.rels"]!,
  )?.[1];
  return parts[`xl/${target}`] ?? "";
}

async function withSheetXml(bytes: Uint8Array, n: number, change: (xml: string) => string) {
  const files = unzipSync(bytes);
  const name = `xl/worksheets/sheet${n}.xml`;
  files[name] = strToU8(change(new TextDecoder().decode(files[name])));
  return zipSync(files);
}
