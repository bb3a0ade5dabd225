import { issueReportPlan, type Plan } from "../core/plan";
import type { Lang } from "../core/model";
import type { WriteRequest } from "./host";
import type { Issue } from "./validation";

/** The owned issue-report sheet (台账问题清单) from the 校验 list. */
export function issueReportPlanOf(issues: readonly Issue[], lang: Lang): Plan {
  return issueReportPlan(
    issues.map((i) => ({
      sheet: i.sheet,
      type: i.type,
      rowNumber: i.rowNumber,
      fieldNumber: i.fieldNumber,
      fieldName: i.field,
      cell: i.cell,
      where: i.where,
      message: i.message,
    })),
    lang,
  );
}

/** The write of the issue-report sheet: it reads nothing but the workbook's state. */
export function issueReportWrite(issues: readonly Issue[], lang: Lang): WriteRequest {
  return { sheets: [], build: () => ({ plan: issueReportPlanOf(issues, lang), activate: true }) };
}
