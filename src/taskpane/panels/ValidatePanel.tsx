import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { useOperation } from "../components/useOperation";
import { ERROR_TYPE_NAMES, format, type Lang, type Strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";
import type { ErrorType } from "../../core/validate";
import type { Issue, Validation } from "../../app/validation";

const useStyles = makeStyles({
  issue: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  cell: { color: tokens.colorNeutralForeground3 },
  issues: { listStyle: "none", margin: 0, padding: 0, maxHeight: "50vh", overflowY: "auto" },
});

export interface ValidatePanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  validation: Validation | null;
  onValidated(validation: Validation): void;
}

/** 校验: validate the bound ledgers, counts by type, the list (click → cell), the issue sheet. */
export function ValidatePanel({ ops, text, lang, validation, onValidated }: ValidatePanelProps) {
  const styles = usePanelStyles();
  const own = useStyles();
  const { state, run } = useOperation(lang);

  const validate = () =>
    run(async () => {
      const result = await ops.validate();
      onValidated(result);
      return { message: text.validateDone };
    });
  const report = () =>
    run(async () => {
      if (!validation) return null;
      const outcome = await ops.writeIssueReport(validation.issues);
      return {
        message: format(text.issueReportWritten, { sheet: outcome.sheets.join("、") }),
        notes: outcome.notes,
      };
    });
  const select = (issue: Issue) =>
    run(async () => {
      if (issue.rowNumber === null) return null;
      await ops.selectCell(issue.sheet, issue.rowNumber, issue.fieldNumber);
      return null;
    });

  const counts = validation
    ? (Object.entries(validation.counts) as [ErrorType, number][]).filter(([, n]) => n > 0)
    : [];
  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.busy} onClick={() => void validate()}>
          {text.validate}
        </Button>
        <Button
          disabled={state.busy || !validation || validation.issues.length === 0}
          onClick={() => void report()}
        >
          {text.writeIssueReport}
        </Button>
      </div>
      <OperationStatus state={state} text={text} />
      {validation && (
        <>
          <Body1 as="p">{summaryLine(validation, text)}</Body1>
          {counts.length > 0 && (
            <section aria-label={text.errorCountsTitle}>
              <h2 className={styles.heading}>{text.errorCountsTitle}</h2>
              <ul className={styles.list}>
                {counts.map(([type, n]) => (
                  <li key={type}>
                    {ERROR_TYPE_NAMES[type]?.[lang] ?? type}：{n}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {validation.truncated && <Body1 className={styles.caption}>{text.truncated}</Body1>}
          {validation.issues.length > 0 && (
            <section aria-label={text.issuesTitle}>
              <h2 className={styles.heading}>{text.issuesTitle}</h2>
              <ul className={own.issues}>
                {validation.issues.map((issue, i) => (
                  <li key={`${issue.sheet}:${issue.position}:${issue.type}:${i}`}>
                    <button
                      type="button"
                      className={own.issue}
                      disabled={issue.rowNumber === null}
                      onClick={() => void select(issue)}
                    >
                      <span className={own.where}>
                        {issue.sheet}
                        {issue.position === "" ? "" : `!${issue.position}`}
                      </span>{" "}
                      {issue.field && <span>{issue.field} </span>}
                      {issue.cell !== "" && <span className={own.cell}>“{issue.cell}” </span>}
                      <span>{issue.message[lang]}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Body1 className={styles.caption}>{text.recheckNote}</Body1>
        </>
      )}
    </div>
  );
}

function summaryLine(v: Validation, text: Strings): string {
  const rows = v.ledgers.reduce((s, l) => s + l.rows, 0);
  const count = Object.values(v.counts).reduce((s: number, n) => s + (n ?? 0), 0);
  const values = { sheets: String(v.ledgers.length), rows: String(rows), count: String(count) };
  return format(count === 0 ? text.validatedClean : text.validated, values);
}
