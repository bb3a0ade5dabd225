import { describe, expect, it } from "vitest";
import {
  appendContent,
  aroundAppended,
  declaredUtf8,
  attributes,
  childElement,
  childElements,
  escapeText,
  escapeXml,
  nextTag,
  replaceContent,
  rootElement,
  unescapeXml,
  withAttributes,
} from "./xml";

describe("xml scanning", () => {
  const xml =
    '<?xml version="1.0"?>\n<!-- note <c> --><x:ws xmlns:x="m"><x:c r="A1" v=">"><x:f>1</x:f></x:c>' +
    '<x:cfRule p="1"><x:c/></x:cfRule><x:c r="B1"/><![CDATA[<x:c>]]></x:ws>';

  it("finds the root past the declaration and comments, and its children by local name", () => {
    const root = rootElement(xml);
    expect(root.tag.qname).toBe("x:ws");
    expect(childElements(xml, root).map((c) => [c.tag.local, c.tag.kind])).toEqual([
      ["c", "open"],
      ["cfRule", "open"],
      ["c", "empty"],
    ]);
    const cell = childElement(xml, root, "c")!;
    expect(xml.slice(cell.tag.start, cell.end)).toBe('<x:c r="A1" v=">"><x:f>1</x:f></x:c>');
    // "</x:c" is not the end of "<x:cfRule>": the close tag's whole name counts.
    const rule = childElement(xml, root, "cfRule")!;
    expect(xml.slice(rule.tag.start, rule.end)).toBe('<x:cfRule p="1"><x:c/></x:cfRule>');
  });

  it("reads attributes with > inside values and entities", () => {
    const tag = nextTag("<a n=\"x &amp; &quot;y&quot;\" m='>'/>", 0)!;
    expect(Object.fromEntries(attributes("<a n=\"x &amp; &quot;y&quot;\" m='>'/>", tag))).toEqual({
      n: 'x & "y"',
      m: ">",
    });
  });

  it("sets, replaces and removes attributes, keeping the others as written", () => {
    expect(withAttributes('<row r="1" spans="1:3">', { spans: "1:5", ht: 20 })).toBe(
      '<row r="1" spans="1:5" ht="20">',
    );
    expect(
      withAttributes('<sheetView tabSelected="1" workbookViewId="0"/>', { tabSelected: undefined }),
    ).toBe('<sheetView workbookViewId="0"/>');
  });

  it("escapes and unescapes text round trip, dropping characters XML forbids", () => {
    const text = "<=HYPERLINK(\"a\")> & 'x'\n（全角）";
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(escapeXml("a\u0001b")).toBe("ab");
  });
});

describe("replaceContent and appendContent", () => {
  it("open an empty element instead of writing after it", () => {
    const xml = '<a><b x="1"/><c/></a>';
    const b = childElement(xml, rootElement(xml), "b")!;
    expect(replaceContent(xml, b, "<d/>")).toBe('<a><b x="1"><d/></b><c/></a>');
    expect(appendContent(xml, b, "<d/>", '<b x="2"/>')).toBe('<a><b x="2"><d/></b><c/></a>');
  });

  it("replace or extend the content of an element that has some, keeping its tags", () => {
    const xml = "<a><b><e/></b></a>";
    const b = childElement(xml, rootElement(xml), "b")!;
    expect(replaceContent(xml, b, "<d/>")).toBe("<a><b><d/></b></a>");
    expect(appendContent(xml, b, "<d/>")).toBe("<a><b><e/><d/></b></a>");
  });
});

describe("escapeText", () => {
  it("escapes markup, keeps line breaks as LF, drops what XML forbids; other text unchanged", () => {
    expect(escapeText("整改中，“重点”！ A & B")).toBe("整改中，“重点”！ A &amp; B");
    expect(escapeText("a<b>c")).toBe("a&lt;b&gt;c");
    expect(escapeText("一\r\n二\r三\n四\t五")).toBe("一\n二\n三\n四\t五");
    expect(escapeText("a\u0000b\u0008c\u000bd\u001fe\ufffef\uffff")).toBe("abcdef");
    expect(escapeText("整改中（已约谈）: =SUM(A1) 😀")).toBe("整改中（已约谈）: =SUM(A1) 😀");
  });
});

describe("aroundAppended", () => {
  it.each([
    ['<?xml version="1.0"?><sst n="1"><si/></sst>\n', "an element with content"],
    ['<?xml version="1.0"?><x:sst n="1"/>\n', "an empty element"],
  ])("gives the text before and after appended content: %s (%s)", (xml) => {
    const root = rootElement(xml);
    const open = withAttributes(xml.slice(root.tag.start, root.tag.end), { n: 2 });
    const { before, after } = aroundAppended(xml, root, open);
    expect(before + "<si>甲</si>" + after).toBe(appendContent(xml, root, "<si>甲</si>", open));
  });
});

describe("declaredUtf8", () => {
  it("makes a UTF-16 declaration UTF-8's and leaves any other text as it is", () => {
    expect(declaredUtf8("<?xml version='1.0' encoding='utf-16le'?><a/>")).toBe(
      "<?xml version='1.0' encoding='UTF-8'?><a/>",
    );
    expect(declaredUtf8('<?xml version="1.0" encoding="UTF-8"?><a>utf-16</a>')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><a>utf-16</a>',
    );
  });
});
