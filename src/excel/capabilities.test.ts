import { describe, expect, it } from "vitest";
import { capabilities, checkCapabilities, type RequirementCheck } from "./capabilities";

/** A host that supports ExcelApi up to `max` (as Office compares versions: numerically). */
function excelUpTo(max: string): RequirementCheck {
  const [maxMajor = 0, maxMinor = 0] = max.split(".").map(Number);
  return (set, version) => {
    const [major = 0, minor = 0] = version.split(".").map(Number);
    return set === "ExcelApi" && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
  };
}

const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("checkCapabilities", () => {
  it("finds nothing missing on a current Excel", () => {
    const report = checkCapabilities(excelUpTo("1.17"));
    expect(report.missing).toEqual([]);
    expect(report.canRun).toBe(true);
    expect(ids(report.available)).toEqual(ids([...capabilities]));
  });

  it.each([
    ["1.3", ["settings", "conditionalFormats", "dataValidation", "mergedAreas"], false],
    ["1.4", ["conditionalFormats", "dataValidation", "mergedAreas"], true],
    ["1.8", ["mergedAreas"], true],
    ["1.9", ["mergedAreas"], true],
    ["1.12", ["mergedAreas"], true],
    ["1.13", [], true],
  ])("ExcelApi up to %s misses %j (can run: %s)", (max, missing, canRun) => {
    const report = checkCapabilities(excelUpTo(max));
    expect(ids(report.missing)).toEqual(missing);
    expect(report.canRun).toBe(canRun);
  });

  it("asks the host about each set once, with the declared versions", () => {
    const asked: string[] = [];
    checkCapabilities((set, version) => {
      asked.push(`${set} ${version}`);
      return true;
    });
    expect(asked).toEqual(capabilities.map((c) => `${c.set} ${c.version}`));
  });

  it("treats a host that throws as not supporting the set", () => {
    const report = checkCapabilities(() => {
      throw new Error("requirements unavailable");
    });
    expect(report.available).toEqual([]);
    expect(report.canRun).toBe(false);
  });

  it("names what each capability enables in Chinese and English", () => {
    for (const c of capabilities) {
      expect(c.enables.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.enables.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
