import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { KIND_OPTIONS, kindName } from "../app/kinds";
import type { Recognition } from "../app/recognition";
import type { Lang } from "../core/model";
import type { UserColumn } from "../core/read";
import { ColumnFields } from "../ui/ColumnFields";
import { figure, format, type WebStrings } from "./strings";

/** "none": the user says the sheet is no ledger (the recognition choice has no such kind). */
export const NOT_A_LEDGER = "none";

export interface SheetRow {
  sheet: string;
  recognition: Recognition | null;
  /** A ledger kind, or NOT_A_LEDGER. */
  kind: string;
  /** The columns the user assigned a field (or none) by hand, as the pane's 对应栏目. */
  columns: UserColumn[];
}

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "middle",
    },
  },
  select: { minWidth: "160px", maxWidth: "100%" },
  sheet: { overflowWrap: "anywhere" },
  // The column list under its sheet, no wider than reads well on a wide screen.
  fields: { maxWidth: "640px", paddingBottom: tokens.spacingVerticalS },
});

export interface SheetKindsProps {
  rows: readonly SheetRow[];
  lang: Lang;
  text: WebStrings;
  disabled: boolean;
  /** The sheets whose column list is shown. */
  expanded: ReadonlySet<string>;
  onKind(sheet: string, kind: string): void;
  onExpand(sheet: string): void;
  onAssign(sheet: string, column: UserColumn): void;
}

/**
 * The file's sheets as recognised, each with its ledger kind for the user to correct and, under
 * a ledger, what each column holds (the pane's own list, src/ui/ColumnFields).
 */
export function SheetKinds(props: SheetKindsProps) {
  const { rows, lang, text, disabled, expanded } = props;
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>{text.sheetColumn}</th>
          <th>{text.kindColumn}</th>
          <th>{text.rowsColumn}</th>
          <th>{text.certaintyColumn}</th>
          <th>{text.fieldsColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((row) => {
          const ledger =
            row.recognition !== null && row.recognition.isLedger && row.kind !== NOT_A_LEDGER;
          const open = ledger && expanded.has(row.sheet);
          const line = (
            <tr key={row.sheet} data-sheet={row.sheet}>
              <td className={styles.sheet}>{row.sheet}</td>
              <td>
                <Select
                  className={styles.select}
                  aria-label={`${text.kindColumn} ${row.sheet}`}
                  value={row.kind}
                  disabled={disabled || row.recognition === null}
                  onChange={(_, d) => props.onKind(row.sheet, d.value)}
                >
                  <option value={NOT_A_LEDGER}>{text.notLedger}</option>
                  {KIND_OPTIONS.map((o) => (
                    <option key={o.kind} value={o.kind}>
                      {kindName(o.kind, lang)}
                    </option>
                  ))}
                </Select>
              </td>
              <td>{row.recognition ? figure(row.recognition.dataRows) : "…"}</td>
              <td>
                {ledger && row.recognition
                  ? `${Math.round(row.recognition.kindConfidence * 100)}%`
                  : ""}
              </td>
              <td>
                {ledger && (
                  <Button
                    size="small"
                    appearance={open ? "secondary" : "subtle"}
                    aria-expanded={open}
                    aria-label={`${open ? text.fieldsHide : text.fieldsShow} ${row.sheet}`}
                    onClick={() => props.onExpand(row.sheet)}
                  >
                    {open ? text.fieldsHide : text.fieldsShow}
                    {row.columns.length > 0 &&
                      format(text.fieldsCorrected, { count: figure(row.columns.length) })}
                  </Button>
                )}
              </td>
            </tr>
          );
          if (!open || !row.recognition) return [line];
          return [
            line,
            <tr key={`${row.sheet}:fields`} data-fields={row.sheet}>
              <td colSpan={5}>
                <div className={styles.fields}>
                  <ColumnFields
                    recognition={row.recognition}
                    text={text}
                    disabled={disabled}
                    onAssign={(column) => props.onAssign(row.sheet, column)}
                  />
                </div>
              </td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
