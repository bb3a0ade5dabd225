import { Body1, Button, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { SummaryChoiceFields, type SchemeChoice } from "../../ui/SchemeChoiceFields";
import { TargetLine } from "../components/TargetLine";
import { useOperation } from "../components/useOperation";
import type { WorkbookView } from "../components/workbook";
import { format, quotedList, type Lang, type Strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";
import type { SummaryFigures } from "../../app/summary";

const useStyles = makeStyles({
  // The 工作简报 takes the pane's whole width, like the text it will be pasted into.
  narrative: { width: "100%", "& textarea": { maxHeight: "none" } },
});

export interface SummaryPanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  workbook: WorkbookView;
  copyText(text: string): Promise<void>;
}

/** 汇总: write the summary sheet (and 工作提示单), show the figures and the briefing text. */
export function SummaryPanel({ ops, text, lang, workbook, copyText }: SummaryPanelProps) {
  const styles = usePanelStyles();
  const own = useStyles();
  const { state, run, busy } = useOperation(lang, text.cancelled);
  const [copied, setCopied] = useState<string | null>(null);
  const [choice, setChoice] = useState<SchemeChoice>(() => ({
    // The scheme the ledgers were flagged with, so the summary counts the same flags.
    scheme: workbook.overview?.bound.find((b) => b.scheme !== undefined)?.scheme ?? "flags",
    dueSoonDays: 7,
  }));
  const [slips, setSlips] = useState(true);
  const [figures, setFigures] = useState<SummaryFigures | null>(null);

  const generate = () =>
    run(text.actionSummary, async (options) => {
      setFigures(null);
      const outcome = await ops.summarize(
        { ...choice, asOf: workbook.asOf, slips, sheet: workbook.chosen },
        options,
      );
      setFigures(outcome.figures);
      return {
        message: format(text.summaryWritten, { sheets: `“${quotedList(lang, outcome.sheets)}”` }),
        notes: outcome.notes,
      };
    });
  const copyNarrative = async () => {
    if (!figures) return;
    try {
      await copyText(figures.narrative);
      setCopied(text.copied);
    } catch {
      setCopied(text.copyFailed);
    }
  };

  return (
    <div className={styles.panel}>
      <TargetLine workbook={workbook} text={text} lang={lang} />
      <SummaryChoiceFields
        value={choice}
        onChange={setChoice}
        slips={slips}
        onSlips={setSlips}
        text={text}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void generate()}>
          {text.generateSummary}
        </Button>
      </div>
      <OperationStatus state={state} text={text} />
      {figures && (
        <>
          <section aria-label={text.headlineTitle}>
            <h2 className={styles.heading}>{text.headlineTitle}</h2>
            <table className={styles.table}>
              <tbody>
                {figures.headline.map((h) => (
                  <tr key={h.label}>
                    <th scope="row">{h.label}</th>
                    <td>{h.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label={text.narrativeTitle}>
            <h2 className={styles.heading}>{text.narrativeTitle}</h2>
            <Textarea
              className={own.narrative}
              aria-label={text.narrativeTitle}
              readOnly
              resize="vertical"
              rows={10}
              value={figures.narrative}
            />
            <div className={styles.row}>
              <Button size="small" onClick={() => void copyNarrative()}>
                {text.copy}
              </Button>
              {copied && <Body1 role="status">{copied}</Body1>}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
