import { Select, makeStyles, tokens } from "@fluentui/react-components";
import { KIND_OPTIONS, kindName } from "../app/kinds";
import type { Recognition } from "../app/recognition";
import type { Lang } from "../core/model";
import { figure, type WebStrings } from "./strings";

/** "none": the user says the sheet is no ledger (the recognition choice has no such kind). */
export const NOT_A_LEDGER = "none";

export interface SheetRow {
  sheet: string;
  recognition: Recognition | null;
  /** A ledger kind, or NOT_A_LEDGER. */
  kind: string;
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
  select: { minWidth: "180px" },
});

export interface SheetKindsProps {
  rows: readonly SheetRow[];
  lang: Lang;
  text: WebStrings;
  disabled: boolean;
  onKind(sheet: string, kind: string): void;
}

/** The file's sheets as recognised, each with its ledger kind for the user to correct. */
export function SheetKinds({ rows, lang, text, disabled, onKind }: SheetKindsProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>{text.sheetColumn}</th>
          <th>{text.kindColumn}</th>
          <th>{text.rowsColumn}</th>
          <th>{text.certaintyColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sheet} data-sheet={row.sheet}>
            <td>{row.sheet}</td>
            <td>
              <Select
                className={styles.select}
                aria-label={`${text.kindColumn} ${row.sheet}`}
                value={row.kind}
                disabled={disabled || row.recognition === null}
                onChange={(_, d) => onKind(row.sheet, d.value)}
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
              {row.recognition?.isLedger && row.kind !== NOT_A_LEDGER
                ? `${Math.round(row.recognition.kindConfidence * 100)}%`
                : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
