/** Every object type the host models, for tests that check the tables against the library. */
import type { ObjectType } from "../hostObject";
import * as chartParts from "./chartParts";
import * as chartSeries from "./chartSeries";
import * as charts from "./charts";
import * as conditionalFormats from "./conditionalFormats";
import * as dataValidation from "./dataValidation";
import * as names from "./names";
import * as pageLayout from "./pageLayout";
import * as properties from "./properties";
import * as range from "./range";
import * as rangeAreas from "./rangeAreas";
import * as rangeFormat from "./rangeFormat";
import * as settings from "./settings";
import * as tableParts from "./tableParts";
import * as tables from "./tables";
import * as workbook from "./workbook";
import * as worksheet from "./worksheet";
import * as worksheetParts from "./worksheetParts";
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
  names,
  pageLayout,
  properties,
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
