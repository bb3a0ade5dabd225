import { officeRequirementCheck, type RequirementCheck } from "./capabilities";

export { FEATURE_VERSION, has, type Feature, type Supports } from "../app/write/supports";
import type { Supports } from "../app/write/supports";

/** ExcelApi versions as capabilities.ts's requirement check answers them (the one place that
 * asks Office.js). */
export function supportsFrom(check: RequirementCheck = officeRequirementCheck()): Supports {
  return (version) => {
    try {
      return check("ExcelApi", version);
    } catch {
      return false;
    }
  };
}
