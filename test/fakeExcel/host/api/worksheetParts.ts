/** Worksheet protection and freeze panes. */
import { MAX_COLUMNS } from "../address";
import { hostError } from "../errors";
import type { ObjectType } from "../hostObject";
import type { SheetModel } from "../model/sheet";
import { intArg, objectArg, optionalString } from "./args";
import { rangeObject } from "./range";

export const WorksheetProtectionType: ObjectType<SheetModel> = {
  name: "WorksheetProtection",
  properties: {
    protected: { since: "1.2", get: (s) => s.protection.protected },
    options: { since: "1.2", get: (s) => s.protection.options },
  },
  methods: {
    protect: {
      since: "1.2",
      call: (s, [options, password], ctx) => {
        ctx.workbook.assertWritable(null, "WorksheetProtection.protect");
        if (s.protection.protected)
          throw hostError(
            "InvalidOperation",
            `WorksheetProtection.protect: sheet "${s.name}" is already protected`,
          );
        s.protection = {
          protected: true,
          password: optionalString(password, "password", "WorksheetProtection.protect"),
          options:
            options === undefined || options === null
              ? {}
              : objectArg(options, "options", "WorksheetProtection.protect"),
        };
      },
    },
    unprotect: {
      since: "1.2",
      call: (s, [password], ctx) => {
        ctx.workbook.assertWritable(null, "WorksheetProtection.unprotect");
        if (s.protection.password !== undefined && password !== s.protection.password) {
          throw hostError(
            "InvalidArgument",
            `WorksheetProtection.unprotect: wrong password for sheet "${s.name}"`,
          );
        }
        s.protection = { protected: false, options: {} };
      },
    },
  },
};

export const FreezePanesType: ObjectType<SheetModel> = {
  name: "WorksheetFreezePanes",
  methods: {
    freezeRows: {
      since: "1.7",
      call: (s, [count], ctx) => {
        ctx.workbook.assertWritable(null, "freezePanes.freezeRows");
        s.frozenRows = count === undefined ? 1 : intArg(count, "count", "freezePanes.freezeRows");
        s.frozenColumns = 0;
      },
    },
    freezeColumns: {
      since: "1.7",
      call: (s, [count], ctx) => {
        ctx.workbook.assertWritable(null, "freezePanes.freezeColumns");
        s.frozenColumns =
          count === undefined ? 1 : intArg(count, "count", "freezePanes.freezeColumns");
        s.frozenRows = 0;
      },
    },
    unfreeze: {
      since: "1.7",
      call: (s) => {
        s.frozenRows = 0;
        s.frozenColumns = 0;
      },
    },
    getLocationOrNullObject: {
      since: "1.7",
      call: (s) => {
        if (s.frozenRows > 0)
          return rangeObject(s, {
            top: 0,
            left: 0,
            bottom: s.frozenRows - 1,
            right: MAX_COLUMNS - 1,
          });
        return null;
      },
    },
  },
};
