import { describe, expect, it } from "vitest";
import {
  bindingFor,
  emptyBindings,
  nextBindingId,
  parseBindings,
  serializeBindings,
  withLedger,
  type LedgerBinding,
} from "../../src/app/bindings";
import { OWNED_MARK } from "../../src/core/plan";
import type { OwnedFound } from "../../src/excel/ownedRead";
import { placeColumns } from "../../src/app/write/placeColumns";
import type { SheetRead } from "../../src/excel/readWorkbook";
import type { OwnedColumnPlan } from "../../src/core/plan/types";

const ledger: LedgerBinding = {
  id: "L1",
  sheet: "问题整改",
  sheetId: "{1}",
  headerRow: 1,
  mapping: { status: 6 },
  kind: "problem",
  scheme: "flags",
  ownedColumns: [{ key: "flags", column: 8, header: `${OWNED_MARK}挂图作战`, lastRow: 9 }],
};

describe("bindings", () => {
  it("round-trip through settings and ignore what they cannot read", () => {
    const bindings = withLedger(emptyBindings(), ledger);
    expect(parseBindings(serializeBindings(bindings))).toEqual(bindings);
    expect(parseBindings("{not json")).toEqual(emptyBindings());
    expect(parseBindings({ ledgers: [{ id: 1 }], ownedSheets: [{ key: "summary" }] })).toEqual(
      emptyBindings(),
    );
  });

  it("find a ledger by sheet id first, so a renamed sheet keeps its binding", () => {
    const bindings = withLedger(emptyBindings(), ledger);
    expect(bindingFor(bindings, "改了名字", "{1}")?.id).toBe("L1");
    expect(bindingFor(bindings, "问题整改", undefined)?.id).toBe("L1");
    expect(nextBindingId(bindings)).toBe("L2");
  });
});

describe("placing owned columns", () => {
  const plan: OwnedColumnPlan = {
    key: "flags",
    sheet: "问题整改",
    headerRow: 1,
    header: `${OWNED_MARK}督办亮灯`,
    firstRow: 2,
    rowCount: 8,
  };
  const read = (header: (string | null)[], tableCount = 0): SheetRead => ({
    name: "问题整改",
    id: "{1}",
    protected: false,
    tableCount,
    used: { row: 0, column: 0, rowCount: 10, columnCount: header.length },
    input: { name: "问题整改", values: [[], header] },
  });
  const user = ["编号", "院", "问题", "措施", "人", "时限", "状态", "完成"];
  const none: OwnedFound = { sheets: new Map(), columns: new Map() };
  const marked = (column: number, header: unknown, typedRows: number[] = []): OwnedFound => ({
    sheets: new Map(),
    columns: new Map([
      [
        "问题整改:flags",
        {
          sheet: "问题整改",
          column,
          firstRow: 1,
          lastRow: 9,
          mark: { kind: "column", key: "flags", header: `${OWNED_MARK}挂图作战`, run: "r" },
          header,
          typedRows,
        },
      ],
    ]),
  });

  it("writes where its mark says, around what a person typed, keeping a header they changed", () => {
    const header = [...user, "新增列", "我改的标题"];
    const [placed] = placeColumns([plan], ledger, read(header), marked(9, "我改的标题", [4, 7]));
    expect(placed).toEqual({
      plan,
      column: 9,
      previous: { firstRow: 1, lastRow: 9 },
      keepHeader: true,
      typedRows: [4, 7],
      fresh: false,
    });
  });

  it("takes a column an earlier version recorded if its header is still where it was", () => {
    const [placed] = placeColumns([plan], ledger, read([...user, `${OWNED_MARK}挂图作战`]), none);
    expect(placed).toMatchObject({
      column: 8,
      previous: { firstRow: 1, lastRow: 9 },
      fresh: false,
    });
  });

  it("never takes a column because it looks like its own (a pasted copy, a moved header)", () => {
    const copy = [...user, "新增列", `${OWNED_MARK}挂图作战`];
    const [placed] = placeColumns([plan], ledger, read(copy), none);
    expect(placed).toMatchObject({ column: 10, previous: null, fresh: true });
  });

  it("leaves a column free beside a sheet that holds an Excel table", () => {
    const [placed] = placeColumns([plan], { ...ledger, ownedColumns: [] }, read(user, 1), none);
    expect(placed).toMatchObject({ column: 9, fresh: true });
  });
});
