import { Caption1, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Recognition } from "../app/recognition";
import type { UserColumn } from "../core/read";

// Shared by the task pane's 台账识别 and the browser page's 识别台账 (src/ui: React pieces with
// no host behind them, which both front ends may import).

/** The texts the list shows; each front end passes its own, in the reader's language. */
export interface ColumnFieldsText {
  columnsTitle: string;
  columnsHint: string;
  noField: string;
  chosenByUser: string;
  requiredMark: string;
}

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(120px, 1.1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { display: "flex", flexDirection: "column", minWidth: 0 },
  heading: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  letter: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  chosen: { color: tokens.colorBrandForeground1 },
});

export interface ColumnFieldsProps {
  recognition: Recognition;
  text: ColumnFieldsText;
  disabled: boolean;
  onAssign(column: UserColumn): void;
}

/**
 * Every column of the header with the field it holds, each a choice the user can correct:
 * columns no field claims are listed too, as “（不对应）”. Under each heading: how sure the
 * reader was, or 已指定 where the user set it.
 */
export function ColumnFields({ recognition: r, text, disabled, onAssign }: ColumnFieldsProps) {
  const own = useStyles();
  const rows = [
    ...r.columns.map((c) => ({ ...c, field: c.field as string | null })),
    ...r.unmapped.map((u) => ({ ...u, field: null, fieldTitle: "", confidence: 0, chosen: false })),
  ].sort((a, b) => a.column - b.column);
  const chosenNone = new Set(r.userColumns.filter((c) => c.field === null).map((c) => c.label));
  return (
    <section aria-label={text.columnsTitle} className={own.section}>
      <h2 className={own.title}>{text.columnsTitle}</h2>
      <Caption1 as="p" className={own.caption}>
        {text.columnsHint}
      </Caption1>
      <ul className={own.list}>
        {rows.map((row) => {
          const chosen = row.chosen || (row.field === null && chosenNone.has(row.label));
          return (
            <li key={row.column} className={own.item}>
              <span className={own.label}>
                <span className={own.heading}>
                  <span className={own.letter}>{row.letter}</span>
                  {row.label}
                </span>
                <Caption1 className={chosen ? own.chosen : own.caption}>
                  {chosen
                    ? text.chosenByUser
                    : row.field === null
                      ? ""
                      : `${Math.round(row.confidence * 100)}%`}
                </Caption1>
              </span>
              <Select
                size="small"
                aria-label={`${row.letter} ${row.label}`}
                value={row.field ?? ""}
                disabled={disabled}
                onChange={(_, d) =>
                  onAssign({
                    column: row.column,
                    label: row.label,
                    field: d.value === "" ? null : d.value,
                  })
                }
              >
                <option value="">{text.noField}</option>
                {r.fields.map((f) => (
                  <option key={f.name} value={f.name}>
                    {f.title}
                    {f.required ? text.requiredMark : ""}
                  </option>
                ))}
              </Select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
