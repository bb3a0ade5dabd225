/**
 * What Taizhang needs from Excel, as data: each Office requirement set, the version, and what it
 * enables. Checked in exactly one place (`checkCapabilities`) so the task pane can say precisely
 * what is missing instead of failing later with an unknown-API error.
 * Versions: learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 */

export interface Capability {
  /** Stable key, for code that wants to know whether a feature is on. */
  id: CapabilityId;
  /** Office requirement set name, as `isSetSupported` takes it. */
  set: "ExcelApi";
  version: string;
  /** Without a required capability the add-in does not start; without an optional one a feature is off. */
  required: boolean;
  /** What the capability enables, in the user's words. */
  enables: { zh: string; en: string };
}

export type CapabilityId =
  "workbook" | "settings" | "conditionalFormats" | "dataValidation" | "mergedAreas";

export const capabilities: readonly Capability[] = [
  {
    id: "workbook",
    set: "ExcelApi",
    version: "1.1",
    required: true,
    enables: {
      zh: "读取和写入工作表、单元格与表格",
      en: "reading and writing sheets, cells and tables",
    },
  },
  {
    id: "settings",
    set: "ExcelApi",
    version: "1.4",
    required: true,
    enables: {
      zh: "在工作簿中保存台账设置（列对应关系、亮灯方案）",
      en: "saving ledger settings in the workbook",
    },
  },
  {
    id: "conditionalFormats",
    set: "ExcelApi",
    version: "1.6",
    required: false,
    enables: { zh: "按状态亮灯（条件格式）", en: "status flags as conditional formats" },
  },
  {
    id: "dataValidation",
    set: "ExcelApi",
    version: "1.8",
    required: false,
    enables: {
      zh: "状态、日期列的下拉列表和输入校验",
      en: "drop-down lists and input checks on status and date columns",
    },
  },
  {
    id: "mergedAreas",
    set: "ExcelApi",
    version: "1.13",
    required: false,
    enables: {
      zh: "识别合并单元格并向下填充",
      en: "reading merged cells so they can be filled down",
    },
  },
];

/** `Office.context.requirements.isSetSupported`, or a stand-in for tests and other hosts. */
export type RequirementCheck = (set: string, version: string) => boolean;

export interface CapabilityReport {
  available: Capability[];
  missing: Capability[];
  /** False when a required capability is missing: the add-in cannot work in this Excel. */
  canRun: boolean;
}

export function checkCapabilities(
  isSetSupported: RequirementCheck,
  list: readonly Capability[] = capabilities,
): CapabilityReport {
  const available: Capability[] = [];
  const missing: Capability[] = [];
  for (const capability of list) {
    (safeCheck(isSetSupported, capability) ? available : missing).push(capability);
  }
  return { available, missing, canRun: !missing.some((c) => c.required) };
}

/** A host that throws while answering counts as not supporting the set. */
function safeCheck(isSetSupported: RequirementCheck, capability: Capability): boolean {
  try {
    return isSetSupported(capability.set, capability.version) === true;
  } catch {
    return false;
  }
}

/** The requirement check of the Office.js host this code runs in. */
export function officeRequirementCheck(): RequirementCheck {
  return (set, version) => Office.context.requirements.isSetSupported(set, version);
}
