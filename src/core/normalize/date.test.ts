import { describe, expect, it } from "vitest";
import { parseDate } from "./date";

describe("parseDate", () => {
  it.each([
    ["2021年3月5日", "2021-03-05"],
    ["2021.3.5", "2021-03-05"],
    ["2021/03/05", "2021-03-05"],
    ["2021-3-5", "2021-03-05"],
    ["２０２１－０３－０５", "2021-03-05"],
    ["2021-03-05 00:00:00", "2021-03-05"],
    ["20210305", "2021-03-05"],
    ["2021年3月", "2021-03-31"],
    ["2021.03", "2021-03-31"],
    ["2021年2月", "2021-02-28"],
    ["2020年2月底", "2020-02-29"],
    ["二〇二一年三月", "2021-03-31"],
    ["二〇二一年十二月二十五日", "2021-12-25"],
    ["2021年3月至6月", "2021-06-30"],
    ["2021.3-2021.6", "2021-06-30"],
    ["2021年3月1日—2021年12月31日", "2021-12-31"],
    ["2021年6月30日前", "2021-06-30"],
    ["2021年底", "2021-12-31"],
    ["2021年第二季度", "2021-06-30"],
    ["2021-Q3", "2021-09-30"],
    ["（2021年4月30日）", "2021-04-30"],
    ["(2021.4.30)", "2021-04-30"],
    // Shapes offices type that were type errors: within the year, 旬 (ten-day thirds of a
    // month), 号 for 日, a sentence's full stop after the date.
    ["2021年内", "2021-12-31"],
    ["2021年6月上旬", "2021-06-10"],
    ["2021年6月中旬", "2021-06-20"],
    ["2021年6月下旬", "2021-06-30"],
    ["2021.2下旬", "2021-02-28"],
    ["2021年12月31号", "2021-12-31"],
    ["2021年12月31日。", "2021-12-31"],
    ["2021.12.31.", "2021-12-31"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ["3月底", 2022, "2022-03-31"],
    ["年底前", 2021, "2021-12-31"],
    ["上半年", 2021, "2021-06-30"],
    ["下半年", 2023, "2023-12-31"],
    ["第三季度", 2021, "2021-09-30"],
    ["三季度末", 2021, "2021-09-30"],
    ["6月15日", 2021, "2021-06-15"],
    ["6月中旬", 2021, "2021-06-20"],
    ["6月15号", 2021, "2021-06-15"],
  ])("takes the year of %s from context (%i)", (text, year, iso) => {
    expect(parseDate(text, { contextYear: year })).toEqual({ ok: true, value: iso });
  });

  it.each(["3月底", "年底前", "上半年", "第三季度"])(
    "fails %s without a context year instead of guessing",
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false });
    },
  );

  it.each(["长期坚持", "持续推进", "常态化"])("reads %s as open-ended", (text) => {
    expect(parseDate(text)).toEqual({ ok: true, value: null, openEnded: true });
  });

  it.each(["立行立改", "立即整改", "即知即改"])(
    "reads %s as due at once: no date, never open-ended",
    (text) => {
      expect(parseDate(text)).toEqual({ ok: true, value: null, immediate: true });
    },
  );

  it.each(["无", "—", "", "  "])("reads %j as missing", (text) => {
    expect(parseDate(text)).toEqual({ ok: true, value: null });
  });

  it.each(["21.3.5", "3/5", "2021年13月", "2021-02-30", "下周"])(
    "rejects the ambiguous or impossible %s",
    (text) => {
      expect(parseDate(text, { contextYear: 2021 })).toEqual({ ok: false });
    },
  );

  it.each([
    [44260, false, "2021-03-05"],
    [1, false, "1900-01-01"],
    [61, false, "1900-03-01"],
    [42798, true, "2021-03-05"],
    [1, true, "1904-01-02"],
  ])("reads serial %d (1904: %s) as %s", (serial, date1904, iso) => {
    expect(parseDate(serial, { date1904 })).toEqual({ ok: true, value: iso });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "refuses %d, which no cell can mean as a date",
    (value) => {
      expect(parseDate(value, {})).toEqual({ ok: false });
    },
  );

  it("does not take a plain number for a date when the cell's format says number", () => {
    expect(parseDate(44260, { numberFormat: "0.00" })).toEqual({ ok: false });
    expect(parseDate(44260, { numberFormat: "yyyy年m月d日" })).toEqual({
      ok: true,
      value: "2021-03-05",
    });
  });

  it("reads a serial in a General cell (a date that lost its format) between 1970 and 2100", () => {
    expect(parseDate(44316, { numberFormat: "General" })).toEqual({
      ok: true,
      value: "2021-04-30",
    });
    expect(parseDate(44316, { numberFormat: "" })).toEqual({ ok: true, value: "2021-04-30" });
    expect(parseDate(2021, { numberFormat: "General" })).toEqual({ ok: false });
    expect(parseDate(3.5, { numberFormat: "General" })).toEqual({ ok: false });
    expect(parseDate(80000, { numberFormat: "General" })).toEqual({ ok: false });
  });

  it("refuses 2021.03 typed as a number: month or October cannot be told", () => {
    expect(parseDate(2021.03)).toEqual({ ok: false });
  });
});
