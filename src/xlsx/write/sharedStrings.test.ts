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

  it("writes the table in pieces: the new items one by one, between the table's own text", () => {
    const strings = new SharedStrings(table);
    strings.indexOf("甲");
    strings.indexOf(" 乙");
    const pieces: string[] = [];
    strings.write({ write: (text) => pieces.push(text) });
    expect(pieces.join("")).toBe(strings.toXml());
    // Each item is its own pieces; no piece holds the whole table.
    expect(pieces).toContain("甲");
    expect(pieces).toContain(" 乙");
    expect(pieces).toContain('<si><t xml:space="preserve">');
    expect(pieces[0]?.endsWith('<si><t xml:space="preserve"> A&amp;B </t></si>')).toBe(true);
    expect(pieces.at(-1)).toBe("</sst>");
  });

  it("opens an empty table to append to it", () => {
    const strings = new SharedStrings(
      '<?xml version="1.0"?><sst xmlns="m" count="0" uniqueCount="0"/>',
    );
    expect(strings.indexOf("甲")).toBe(0);
    expect(strings.toXml()).toBe(
      '<?xml version="1.0"?><sst xmlns="m" count="1" uniqueCount="1"><si><t>甲</t></si></sst>',
    );
  });

  it("declares UTF-8 for a table read from UTF-16: it is written as UTF-8", () => {
    const strings = new SharedStrings(
      '<?xml version="1.0" encoding="UTF-16" standalone="yes"?><sst xmlns="m"><si><t>甲</t></si></sst>',
    );
    expect(strings.indexOf("乙&丙")).toBe(1);
    expect(strings.toXml()).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="m" uniqueCount="2"><si><t>甲</t></si><si><t>乙&amp;丙</t></si></sst>',
    );
  });
});
