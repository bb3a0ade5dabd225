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
import { placeColumns, OWNED_MARK } from "../../src/excel/placeColumns";
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
  const read = (header: (string | null)[]): SheetRead => ({
    name: "问题整改",
    id: "{1}",
    protected: false,
    used: { row: 0, column: 0, rowCount: 10, columnCount: header.length },
    input: { name: "问题整改", values: [[], header] },
  });
  const user = ["编号", "院", "问题", "措施", "人", "时限", "状态", "完成"];

  it("reuses its column where its header still is", () => {
    const [placed] = placeColumns([plan], ledger, read([...user, `${OWNED_MARK}挂图作战`]));
    expect(placed).toMatchObject({
      column: 8,
      previous: { row: 1, column: 8, rowCount: 9, columnCount: 1 },
    });
  });

  it("follows its header when columns were inserted before it", () => {
    const [placed] = placeColumns(
      [plan],
      ledger,
      read([...user, "新增列", `${OWNED_MARK}挂图作战`]),
    );
    expect(placed?.column).toBe(9);
  });

  it("never takes a column whose header the user changed", () => {
    const [placed] = placeColumns([plan], ledger, read([...user, "我的列"]));
    expect(placed).toMatchObject({ column: 9, previous: null });
  });
});
