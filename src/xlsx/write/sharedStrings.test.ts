import { describe, expect, it } from "vitest";
import { SharedStrings } from "./sharedStrings";

describe("SharedStrings", () => {
  const table =
    '<?xml version="1.0"?><sst xmlns="m" count="7" uniqueCount="4"><si><t>已完成</t></si>' +
    '<si><r><t>红</t></r><r><rPr><b/></rPr><t>旗</t></r></si><si/><si><t xml:space="preserve"> A&amp;B </t></si></sst>';

  it("appends new texts after the existing items, each once, and counts every reference", () => {
    const strings = new SharedStrings(table);
    expect(strings.indexOf("红旗")).toBe(4);
    expect(strings.indexOf("=SUM(A1)")).toBe(5);
    expect(strings.indexOf("红旗")).toBe(4);
    expect(strings.toXml()).toBe(
      '<?xml version="1.0"?><sst xmlns="m" count="10" uniqueCount="6"><si><t>已完成</t></si>' +
        '<si><r><t>红</t></r><r><rPr><b/></rPr><t>旗</t></r></si><si/><si><t xml:space="preserve"> A&amp;B </t></si>' +
        "<si><t>红旗</t></si><si><t>=SUM(A1)</t></si></sst>",
    );
  });

  it("starts a table for a workbook without one, keeping spaces and line breaks", () => {
    const strings = new SharedStrings(undefined);
    expect(strings.indexOf(" 一是……\n二是…… ")).toBe(0);
    expect(strings.isNew).toBe(true);
    expect(strings.toXml()).toContain(
      'count="1" uniqueCount="1"><si><t xml:space="preserve"> 一是……\n二是…… </t></si></sst>',
    );
  });

  it("shares one item between a text's CRLF, CR and LF line breaks", () => {
    const strings = new SharedStrings(undefined);
    expect(strings.indexOf("第一行\r\n第二行")).toBe(0);
    expect(strings.indexOf("第一行\r第二行")).toBe(0);
    expect(strings.indexOf("第一行\n第二行")).toBe(0);
    expect(strings.indexOf("第一行第二行")).toBe(1);
  });
});
