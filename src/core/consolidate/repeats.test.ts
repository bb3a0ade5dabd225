// findRepeats against the plain way of finding repeats, on random files: sets of the sheets and of
// the files each key was seen in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReadLedgerResult } from "../read";
import { findRepeats, keyFieldsOf } from "./repeats";
import type { ConsolidatedFile, Repeat, RowSource } from "./types";

function reference(files: readonly ConsolidatedFile[]): Repeat[] {
  const byKind = new Map<string, ReadLedgerResult[]>();
  for (const file of files)
    for (const ledger of file.ledgers)
      byKind.set(String(ledger.kind), [...(byKind.get(String(ledger.kind)) ?? []), ledger]);
  const repeats: Repeat[] = [];
  for (const [kind, ledgers] of byKind) {
    const byKey = new Map<
      string,
      { key: string; sources: RowSource[]; seen: Set<string>; files: Set<string> }
    >();
    for (const ledger of ledgers) {
      const fields = keyFieldsOf(ledger);
      if (fields.length === 0) continue;
      for (const row of ledger.rows) {
        const values = fields.map((field) => row.cells[field]?.value);
        if (values.some((v) => v === null || v === undefined || v === "")) continue;
        const office = row.cells.office?.value;
        const scope = kind === "problem" ? `${typeof office === "string" ? office : ""}\u0000` : "";
        const key = values.map(String).join(" / ");
        const entry = byKey.get(scope + key) ?? {
          key,
          sources: [],
          seen: new Set(),
          files: new Set(),
        };
        byKey.set(scope + key, entry);
        const file = ledger.file ?? "";
        entry.files.add(file);
        if (entry.seen.has(`${file}\u0000${ledger.sheet}`)) continue;
        entry.seen.add(`${file}\u0000${ledger.sheet}`);
        entry.sources.push({
          file,
          sheet: ledger.sheet,
          row: row.rowNumber,
          office: typeof office === "string" && office !== "" ? office : null,
        });
      }
    }
    for (const entry of byKey.values())
      if (entry.files.size > 1) repeats.push({ kind, key: entry.key, sources: entry.sources });
  }
  return repeats;
}

const cell = (value: string | number | null) => ({ text: String(value ?? ""), raw: value, value });

// A problem ledger keyed by 问题编号, or a review ledger keyed by case number and year.
const ledgerArbitrary = fc.record({
  kind: fc.constantFrom("problem", "review"),
  sheet: fc.constantFrom("台账", "Sheet2"),
  rows: fc.array(
    fc.tuple(
      fc.constantFrom("1", "2", "WT-3", 4, "", null),
      fc.constantFrom(2021, "2022", null),
      fc.constantFrom("甲院", "乙院", null),
    ),
    { maxLength: 12 },
  ),
});

type LedgerSpec = {
  kind: string;
  sheet: string;
  rows: Array<[string | number | null, string | number | null, string | null]>;
};

function ledgerOf(file: string, spec: LedgerSpec): ReadLedgerResult {
  return {
    kind: spec.kind,
    file,
    sheet: spec.sheet,
    schema: { primaryKey: spec.kind === "review" ? ["caseNo", "year"] : undefined },
    fields: [],
    rows: spec.rows.map(([id, year, office], index) => ({
      rowNumber: index + 3,
      cells: { problemId: cell(id), caseNo: cell(id), year: cell(year), office: cell(office) },
    })),
  } as unknown as ReadLedgerResult;
}

describe("findRepeats", () => {
  it("finds what the plain sets find, in the same order (names repeat across files too)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom("甲.xlsx", "乙.xlsx", "丙.xlsx"), fc.array(ledgerArbitrary)),
          { maxLength: 6 },
        ),
        (specs) => {
          const files: ConsolidatedFile[] = specs.map(([file, ledgers]) => ({
            file,
            fingerprint: null,
            ledgers: ledgers.map((spec) => ledgerOf(file, spec)),
          }));
          expect(findRepeats(files)).toEqual(reference(files));
        },
      ),
    );
  });

  it("reports a key in two files once, with the first row in each sheet", () => {
    const spec = (rows: Array<[string, null, string]>) => ({
      kind: "problem",
      sheet: "台账",
      rows,
    });
    const files: ConsolidatedFile[] = [
      {
        file: "甲.xlsx",
        fingerprint: null,
        ledgers: [
          ledgerOf(
            "甲.xlsx",
            spec([
              ["1", null, "甲院"],
              ["1", null, "甲院"],
            ]),
          ),
        ],
      },
      {
        file: "乙.xlsx",
        fingerprint: null,
        ledgers: [
          ledgerOf(
            "乙.xlsx",
            spec([
              ["2", null, "甲院"],
              ["1", null, "甲院"],
            ]),
          ),
        ],
      },
    ];
    expect(findRepeats(files)).toEqual([
      {
        kind: "problem",
        key: "1",
        sources: [
          { file: "甲.xlsx", sheet: "台账", row: 3, office: "甲院" },
          { file: "乙.xlsx", sheet: "台账", row: 4, office: "甲院" },
        ],
      },
    ]);
  });

  it("reads a 问题编号 as the office's own: two offices' 问题1 are no repeat", () => {
    // Each office numbers its problems from 1 (the summary counts problems per office): listing
    // them drowned the real repeats and told the clerk the totals might count items twice.
    const problem = (file: string, office: string) => ({
      file,
      fingerprint: null,
      ledgers: [
        ledgerOf(file, {
          kind: "problem",
          sheet: "台账",
          rows: [
            ["1", null, office],
            ["2", null, office],
          ],
        }),
      ],
    });
    expect(findRepeats([problem("甲.xlsx", "甲院"), problem("乙.xlsx", "乙院")])).toEqual([]);
    expect(
      findRepeats([problem("甲10月.xlsx", "甲院"), problem("甲11月.xlsx", "甲院")]).map(
        (r) => r.key,
      ),
    ).toEqual(["1", "2"]);
  });
});
