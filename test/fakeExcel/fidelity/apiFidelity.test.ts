// The fake must not invent API: every type, property, navigation property and method it models
// exists in Microsoft's library, is called on the wire by the name the fake answers, and where
// the library declares a member's requirement set, the fake gates it on the same version (so
// old-host tests fail where real Excel would).
import { describe, expect, it } from "vitest";
import { ALL_OBJECT_TYPES } from "../host/api/registry";
import { loadExcelLibrary } from "../node/loadExcelLibrary";

const excel = loadExcelLibrary().Excel as Record<string, { prototype: object } | undefined>;

function descriptor(type: string, name: string): PropertyDescriptor | undefined {
  return Object.getOwnPropertyDescriptor(excel[type]?.prototype ?? {}, name);
}

function declaredVersion(source: string): string | null {
  const m = /_throwIfApiNotSupported\("[\w.]+", (?:_defaultApiSetName|"ExcelApi"), "([\d.]+)"/.exec(
    source,
  );
  return m?.[1] ?? null;
}

/** The name the library puts on the wire for a setter or method, when it calls the host directly. */
function wireNameIn(source: string): string | null {
  if (source.includes("_CC.")) return null;
  const m =
    /_invoke(?:SetProperty|Method)\(this, "(\w+)"|_create(?:AndInstantiate)?MethodObject\([\w.]+, this, "(\w+)"/.exec(
      source,
    );
  return m?.[1] ?? m?.[2] ?? null;
}

const pascal = (name: string) =>
  name.replace(/^(_?)(.)/, (_m, u: string, c: string) => u + c.toUpperCase());

const members = ALL_OBJECT_TYPES.flatMap((type) =>
  (["properties", "children", "methods"] as const).flatMap((kind) =>
    Object.entries(type[kind] ?? {}).map(([name, spec]) => ({
      type: type.name,
      kind,
      name,
      since: spec.since,
      settable: kind === "properties" && "set" in spec && spec.set !== undefined,
      wireName: ("wireName" in spec ? spec.wireName : undefined) ?? pascal(name),
    })),
  ),
);

describe("the fake's API tables against the Excel library", () => {
  it("models at least the types the add-in needs", () => {
    expect(ALL_OBJECT_TYPES.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "Workbook",
        "Worksheet",
        "Range",
        "RangeFormat",
        "Table",
        "Chart",
        "DataValidation",
        "ConditionalFormat",
        "Setting",
      ]),
    );
  });

  it.each(ALL_OBJECT_TYPES.map((t) => [t.name]))("%s is a class of the library", (name) => {
    expect(excel[name]).toBeTypeOf("function");
  });

  it.each(members.map((m) => [`${m.type}.${m.name}`, m]))(
    "%s exists and has the library's version",
    (_label, m) => {
      const d = descriptor(m.type, m.name);
      expect(d, `${m.type}.${m.name} is not in the library`).toBeDefined();
      const declared = declaredVersion(String(d?.get ?? d?.value));
      if (declared !== null) expect(m.since).toBe(declared);
    },
  );

  it("reads wire names from the library's source (the checks below are not vacuous)", () => {
    expect(wireNameIn(String(descriptor("Range", "getCell")?.value))).toBe("GetCell");
    expect(wireNameIn(String(descriptor("Range", "clear")?.value))).toBe("Clear");
    expect(wireNameIn(String(descriptor("RangeFill", "color")?.set))).toBe("Color");
    const checked = members.filter((m) => {
      const d = descriptor(m.type, m.name);
      return wireNameIn(String(m.kind === "methods" ? d?.value : d?.set)) !== null;
    });
    expect(checked.length).toBeGreaterThan(100);
  });

  it.each(
    members
      .filter((m) => m.kind === "methods" || m.settable)
      .map((m) => [`${m.type}.${m.name}`, m]),
  )("%s is called on the wire by the name the fake answers", (_label, m) => {
    const d = descriptor(m.type, m.name);
    const wire = wireNameIn(String(m.kind === "methods" ? d?.value : d?.set));
    if (wire !== null) expect(wire).toBe(m.wireName);
  });
});
