import { templatePlan, type TemplateDescriptor } from "../core/plan";
import type { WriteRequest } from "./host";

/**
 * The write that inserts a new, empty ledger sheet from a descriptor (title row, header as an
 * Excel table, drop-downs and checks). It reads nothing but the workbook's state.
 */
export function templateWrite(descriptor: TemplateDescriptor): WriteRequest {
  return { sheets: [], build: () => ({ plan: templatePlan(descriptor), activate: true }) };
}
