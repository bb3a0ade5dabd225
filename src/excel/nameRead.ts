/** A workbook name as the survey reads it. */
export interface NameRead {
  name: string;
  comment: string;
  /** What it refers to, as Excel writes it ("台账汇总!$A$1"); "#REF!" once its cells are gone. */
  value: string;
}
