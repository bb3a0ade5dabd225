import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { sixOnes, staffModel } from "./programme";

const pairing = testLedger(
  "pairing",
  [
    ["advanced", "helper"],
    ["office", "office"],
    ["research", "sixOnes", "专题调研"],
    ["plan", "sixOnes", "帮扶方案"],
    ["key", "sixOnes", "突出问题"],
    ["platform", "sixOnes", "交流平台"],
    ["rules", "sixOnes", "规范制度"],
    ["highlights", "sixOnes", "特色亮点"],
  ],
  [
    ["如皋市院", "响水县院", true, true, true, true, true, true],
    ["长乐区院", "长汀县院", true, true, false, "是", null, false],
  ],
);

const exchange = testLedger(
  "exchange",
  [
    ["name", "other"],
    ["from", "helper"],
    ["to", "office"],
    ["backbone", "backbone"],
    ["young", "young"],
  ],
  [
    ["张三", "如皋市院", "响水县院", true, false],
    ["李四", "响水县院", "如皋市院", false, true],
    ["王五", "响水县院", "如皋市院", false, true],
    ["赵六", "长乐区院", "长汀县院", true, false],
    ["钱七", "长汀县院", "长乐区院", false, true],
    ["孙八", "长汀县院", "长乐区院", true, false],
  ],
);

describe("programme checks", () => {
  it("checks 六个一 per pairing", () => {
    expect(sixOnes([pairing]).map(({ rows: _rows, ...rest }) => rest)).toEqual([
      {
        advanced: "如皋市院",
        office: "响水县院",
        items: {
          专题调研: true,
          帮扶方案: true,
          突出问题: true,
          交流平台: true,
          规范制度: true,
          特色亮点: true,
        },
        done: 6,
        total: 6,
        rate: 1,
        complete: true,
      },
      {
        advanced: "长乐区院",
        office: "长汀县院",
        items: {
          专题调研: true,
          帮扶方案: true,
          突出问题: false,
          交流平台: true,
          规范制度: false,
          特色亮点: false,
        },
        done: 3,
        total: 6,
        rate: 0.5,
        complete: false,
      },
    ]);
  });

  it("checks the 1+2 staff model per pair, counting direction", () => {
    expect(staffModel([pairing, exchange])).toEqual([
      {
        advanced: "如皋市院",
        office: "响水县院",
        backbone: 1,
        young: 2,
        met: true,
        rows: [3, 4, 5].map((row) => ({ sheet: "exchange", row })),
      },
      {
        advanced: "长乐区院",
        office: "长汀县院",
        backbone: 1,
        young: 1,
        met: false,
        rows: [6, 7].map((row) => ({ sheet: "exchange", row })),
      },
    ]);
  });
});
