/** Every object type the host models, for tests that check the tables against the library. */
import type { ObjectType } from "../host-object";
import * as chartParts from "./chart-parts";
import * as chartSeries from "./chart-series";
import * as charts from "./charts";
import * as conditionalFormats from "./conditional-formats";
import * as dataValidation from "./data-validation";
import * as pageLayout from "./page-layout";
import * as range from "./range";
import * as rangeAreas from "./range-areas";
import * as rangeFormat from "./range-format";
import * as settings from "./settings";
import * as tableParts from "./table-parts";
import * as tables from "./tables";
import * as workbook from "./workbook";
import * as worksheet from "./worksheet";
import * as worksheetParts from "./worksheet-parts";
import * as worksheets from "./worksheets";

function isObjectType(value: unknown): value is ObjectType<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { name?: unknown }).name === "string"
  );
}

export const ALL_OBJECT_TYPES: ObjectType<unknown>[] = [
  chartParts,
  chartSeries,
  charts,
  conditionalFormats,
  dataValidation,
  pageLayout,
  range,
  rangeAreas,
  rangeFormat,
  settings,
  tableParts,
  tables,
  workbook,
  worksheet,
  worksheetParts,
  worksheets,
].flatMap((module) => Object.values(module).filter(isObjectType));
