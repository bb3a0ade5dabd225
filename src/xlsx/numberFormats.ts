import type { XmlHandler, XmlScanner } from "./xmlScanner";

// Number formats: each cell names a style (s="3"), each style a number format id, and ids below
// 164 are built in (not written in the file). The format is what tells a date serial from a plain
// number, so the built-in date formats must be known: 14–22 and 45–47 everywhere, and the East
// Asian ones (27–36, 50–58) as Chinese Excel defines them (ECMA-376 Part 1, §18.8.30).

const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  // As Chinese Excel shows the short date; ECMA-376 writes "mm-dd-yy".
  14: "yyyy/m/d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy/m/d h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The format code of a number format id ("" for General and unknown ids). */
export function builtInFormat(id: number): string {
  return BUILT_IN[id] ?? "";
}

/**
 * Reads styles.xml into the format code of each cell style (cellXfs, by the cell's s index):
 * "" for General. Other style parts (fonts, fills, cellStyleXfs) are skipped.
 */
export class StylesReader implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly xfIds: number[] = [];
  private inCellXfs = false;

  open(x: XmlScanner, name: string): void {
    if (name === "numFmt") {
      const id = Number(x.attr("numFmtId"));
      const code = x.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
    } else if (name === "cellXfs") {
      this.inCellXfs = true;
    } else if (name === "xf" && this.inCellXfs) {
      const id = Number(x.attr("numFmtId") ?? 0);
      this.xfIds.push(Number.isInteger(id) ? id : 0);
    }
  }

  close(_x: XmlScanner, name: string): void {
    if (name === "cellXfs") this.inCellXfs = false;
  }

  text(): void {}

  /** Format code per cell style index. */
  formats(): string[] {
    return this.xfIds.map((id) => {
      const code = this.custom.get(id) ?? builtInFormat(id);
      return code === "General" ? "" : code;
    });
  }
}
