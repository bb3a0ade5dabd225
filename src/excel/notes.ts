import type { PlanNote } from "../core/plan/types";
import { FEATURE_VERSION, type Feature } from "./support";

const FEATURE_TEXT: Record<Feature, { zh: string; en: string }> = {
  base: { zh: "设置与名称", en: "settings and names" },
  conditionalFormats: {
    zh: "条件格式，已改为静态填色：修改状态后颜色不会自动更新，请重新运行“标识”",
    en: "conditional formats; static fills were used instead, so colours do not follow edits until flags are run again",
  },
  freezePanes: { zh: "冻结窗格，表头未冻结", en: "freeze panes; the header is not frozen" },
  hyperlinks: {
    zh: "超链接，问题清单中的位置未设链接",
    en: "hyperlinks; the issue list positions are not links",
  },
  workbookProtection: { zh: "工作簿保护检测", en: "workbook protection check" },
  dataValidation: {
    zh: "数据验证，未设置下拉列表和输入检查",
    en: "data validation; no dropdowns or input checks were set",
  },
  readOnly: { zh: "只读检测", en: "read-only check" },
  pageBreaks: { zh: "分页符，提示单未按人分页", en: "page breaks; the slips are not one per page" },
  mergedAreas: { zh: "合并单元格读取", en: "reading merged areas" },
  editEvents: {
    zh: "格式与排序事件，编辑后的复查改为重读整张台账",
    en: "format and sort events; a re-check after an edit reads the whole ledger again",
  },
  specialCells: {
    zh: "定位常量单元格，改为逐格读取标识列公式",
    en: "special cells; the flag column's formulas were read cell by cell instead",
  },
};

/** A note saying which feature this Excel lacks (with the ExcelApi version) and what was done. */
export function missingFeatureNote(feature: Feature): PlanNote {
  const t = FEATURE_TEXT[feature];
  const version = FEATURE_VERSION[feature];
  return {
    key: `missing:${feature}`,
    zh: `当前 Excel 不支持${t.zh}（需要 ExcelApi ${version}）。`,
    en: `This Excel lacks ${t.en} (needs ExcelApi ${version}).`,
  };
}

export function addNote(notes: PlanNote[], note: PlanNote): void {
  if (!notes.some((n) => n.key === note.key)) notes.push(note);
}
