import type { WorkbookSurvey } from "./readWorkbook";

/** Table names made unique in the workbook, ignoring case, as Excel requires. */
export function uniqueTableNamer(survey: WorkbookSurvey): (wanted: string) => string {
  const used = new Set(survey.tables.map((n) => n.toLowerCase()));
  return (wanted) => {
    let name = wanted;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}
