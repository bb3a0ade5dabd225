/** The root object (context.workbook): sheets, tables, settings, application, protection, selection. */
import { hostError } from "../errors";
import type { ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import { boolArg, optionalString } from "./args";
import { NamedItemCollectionType } from "./names";
import { DocumentPropertiesType } from "./properties";
import { rangeObject } from "./range";
import { SettingCollectionType } from "./settings";
import { TableCollectionType } from "./tables";
import { WorksheetCollectionType } from "./worksheets";

export const ApplicationType: ObjectType<null> = {
  name: "Application",
  properties: {
    calculationMode: { since: "1.1", get: () => "Automatic" },
  },
  methods: {
    suspendApiCalculationUntilNextSync: {
      since: "1.6",
      call: (_s, _a, ctx) => {
        ctx.workbook.calculationSuspended = true;
      },
    },
    calculate: { since: "1.1", call: () => null },
    // Screen updating has no meaning without a screen; the call is accepted as Excel accepts it.
    suspendScreenUpdatingUntilNextSync: { since: "1.9", call: () => null },
  },
};

export const WorkbookProtectionType: ObjectType<null> = {
  name: "WorkbookProtection",
  properties: { protected: { since: "1.7", get: (_s, ctx) => ctx.workbook.structureProtected } },
  methods: {
    protect: {
      since: "1.7",
      call: (_s, [password], ctx) => {
        ctx.workbook.assertWritable(null, "WorkbookProtection.protect");
        if (ctx.workbook.structureProtected)
          throw hostError(
            "InvalidOperation",
            "WorkbookProtection.protect: the workbook is already protected",
          );
        optionalString(password, "password", "WorkbookProtection.protect");
        ctx.workbook.structureProtected = true;
      },
    },
    unprotect: {
      since: "1.7",
      call: (_s, _a, ctx) => {
        ctx.workbook.structureProtected = false;
      },
    },
  },
};

export const RuntimeType: ObjectType<null> = {
  name: "Runtime",
  properties: {
    enableEvents: {
      since: "1.8",
      get: (_s, ctx) => ctx.runtime.eventsEnabled,
      set: (_s, v, ctx) => {
        ctx.runtime.eventsEnabled = boolArg(v, "enableEvents", "Runtime.enableEvents");
      },
    },
  },
};

export const WorkbookType: ObjectType<null> = {
  name: "Workbook",
  properties: {
    readOnly: { since: "1.8", get: (_s, ctx) => ctx.workbook.readOnly },
    name: { since: "1.7", get: (_s, ctx) => ctx.workbook.name },
  },
  children: {
    worksheets: { since: "1.1", get: () => hostObject(WorksheetCollectionType, null) },
    tables: { since: "1.1", get: () => hostObject(TableCollectionType, { sheet: null }) },
    settings: { since: "1.4", get: () => hostObject(SettingCollectionType, null) },
    names: { since: "1.1", get: () => hostObject(NamedItemCollectionType, { sheet: null }) },
    properties: { since: "1.7", get: () => hostObject(DocumentPropertiesType, null) },
    application: { since: "1.1", get: () => hostObject(ApplicationType, null) },
    protection: { since: "1.7", get: () => hostObject(WorkbookProtectionType, null) },
    _Runtime: { since: "1.5", get: () => hostObject(RuntimeType, null) },
  },
  methods: {
    getSelectedRange: {
      since: "1.1",
      call: (_s, _a, ctx) => {
        const wb = ctx.workbook;
        const sel = wb.selection;
        const sheet = sel ? wb.findSheet(sel.sheetId) : undefined;
        if (sel && sheet && !sheet.deleted) return rangeObject(sheet, sel.rect);
        return rangeObject(wb.activeSheet(), { top: 0, left: 0, bottom: 0, right: 0 });
      },
    },
    _RemoveReference: {
      since: "1.1",
      call: (_s, [referenceId], ctx) => {
        if (typeof referenceId === "string") ctx.references.delete(referenceId);
      },
    },
  },
};
