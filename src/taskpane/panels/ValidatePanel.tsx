import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { TargetLine } from "../components/TargetLine";
import { useOperation } from "../components/useOperation";
import type { WorkbookView } from "../components/workbook";
import { ERROR_TYPE_NAMES, counted, figure, format, type Lang, type Strings } from "../i18n";
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
    color: "inherit",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  sheet: { color: tokens.colorNeutralForeground3 },
  issues: { listStyle: "none", margin: 0, padding: 0, maxHeight: "50vh", overflowY: "auto" },
});

/**
 * Issues drawn at a time: a list of 1,000 drawn at once holds the page for a third of a second;
 * the rest follow on request.
 */
const PAGE = 100;

export interface ValidatePanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  workbook: WorkbookView;
  validation: Validation | null;
  onValidated(validation: Validation): void;
}

/** 校验: check the ledgers, the outcome's intent, counts by type, the list (click → cell). */
export function ValidatePanel(props: ValidatePanelProps) {
  const { ops, text, lang, workbook, validation } = props;
  const styles = usePanelStyles();
  const own = useStyles();
  const { state, run, busy } = useOperation(lang, text.cancelled);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [validation]);

  const validate = () =>
    run(text.actionValidate, async (options) => {
      const result = await ops.validate({ sheet: workbook.chosen }, options);
      props.onValidated(result);
      // The outcome is the summary line below, in its own intent.
      return null;
    });
  const report = () =>
    run(text.actionIssueReport, async (options) => {
      if (!validation) return null;
      const outcome = await ops.writeIssueReport(validation.issues, options);
      return {
        message: format(text.issueReportWritten, { sheet: outcome.sheets.join("、") }),
        notes: outcome.notes,
      };
    });
  const select = (issue: Issue) => {
    if (issue.rowNumber === null) return;
    // Going to a cell is not an operation to wait for: it never writes.
    void ops.selectCell(issue.sheet, issue.rowNumber, issue.fieldNumber).catch(() => undefined);
  };

  const counts = validation
    ? (Object.entries(validation.counts) as [ErrorType, number][]).filter(([, n]) => n > 0)
    : [];
  const total = counts.reduce((s, [, n]) => s + n, 0);
  // With more than one ledger checked, each issue names its sheet.
  const several = (validation?.ledgers.length ?? 0) > 1;
  return (
    <div className={styles.panel}>
      <TargetLine workbook={workbook} text={text} lang={lang} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void validate()}>
          {text.validate}
        </Button>
        <Button
          disabled={busy || !validation || validation.issues.length === 0}
          onClick={() => void report()}
        >
          {text.writeIssueReport}
        </Button>
      </div>
      <OperationStatus state={state} text={text} />
      {validation && state.error === null && (
        <>
          <MessageBar
            intent={total === 0 ? "success" : "warning"}
            layout="multiline"
            data-intent={total === 0 ? "success" : "warning"}
          >
            <MessageBarBody>
              <div data-testid="validation-summary">
                {summaryLine(validation, total, text, lang)}
              </div>
            </MessageBarBody>
          </MessageBar>
          {counts.length > 0 && (
            <section aria-label={text.errorCountsTitle}>
              <h2 className={styles.heading}>{text.errorCountsTitle}</h2>
              <ul className={styles.list}>
                {counts.map(([type, n]) => (
                  <li key={type}>
                    {ERROR_TYPE_NAMES[type]?.[lang] ?? type}
                    {lang === "zh" ? `：${n}个` : `: ${n}`}
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
                {validation.issues.slice(0, shown).map((issue, i) => (
                  <li key={`${issue.sheet}:${issue.position}:${issue.type}:${i}`}>
                    <button
                      type="button"
                      className={own.issue}
                      disabled={issue.rowNumber === null}
                      title={`${issue.sheet}!${issue.position}`}
                      onClick={() => select(issue)}
                    >
                      {several && <span className={own.sheet}>{issue.sheet} · </span>}
                      <span className={own.where}>{issue.where[lang]}</span>
                      {lang === "zh" ? "：" : ": "}
                      <span>{issue.message[lang]}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {validation.issues.length > shown && (
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => setShown((n) => n + PAGE * 2)}
                >
                  {format(text.showMoreIssues, {
                    shown: figure(shown),
                    total: figure(validation.issues.length),
                  })}
                </Button>
              )}
            </section>
          )}
          <Body1 className={styles.caption}>{text.recheckNote}</Body1>
        </>
      )}
    </div>
  );
}

function summaryLine(v: Validation, total: number, text: Strings, lang: Lang): string {
  const rows = v.ledgers.reduce((s, l) => s + l.rows, 0);
  const values = {
    sheets: counted(lang, v.ledgers.length, "sheet", "sheets"),
    rows: counted(lang, rows, "row", "rows"),
    count: counted(lang, total, "problem", "problems"),
  };
  return format(total === 0 ? text.validatedClean : text.validatedIssues, values);
}
