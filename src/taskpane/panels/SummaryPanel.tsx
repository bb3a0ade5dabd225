import { Body1, Button, Checkbox, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { SchemeFields, type SchemeChoice } from "../components/SchemeFields";
import { useOperation } from "../components/useOperation";
import { format, type Lang, type Strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";
import type { SummaryFigures } from "../../app/summary";

export interface SummaryPanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  /** Today (YYYY-MM-DD), chosen by the caller: the default as-of date. */
  today: string;
  copyText(text: string): Promise<void>;
}

/** 汇总: write the summary sheet (and 工作提示单), show the figures and the briefing text. */
export function SummaryPanel({ ops, text, lang, today, copyText }: SummaryPanelProps) {
  const styles = usePanelStyles();
  const { state, run } = useOperation(lang);
  const copy = useOperation(lang);
  const [choice, setChoice] = useState<SchemeChoice>({
    scheme: "flags",
    dueSoonDays: 7,
    asOf: today,
  });
  const [slips, setSlips] = useState(true);
  const [figures, setFigures] = useState<SummaryFigures | null>(null);

  const generate = () =>
    run(async () => {
      const outcome = await ops.summarize({ ...choice, slips });
      setFigures(outcome.figures);
      return {
        message: format(text.summaryWritten, { sheets: outcome.sheets.join("”“") }),
        notes: outcome.notes,
      };
    });
  const copyNarrative = () =>
    copy.run(async () => {
      if (!figures) return null;
      try {
        await copyText(figures.narrative);
      } catch {
        return { message: text.copyFailed };
      }
      return { message: text.copied };
    });

  return (
    <div className={styles.panel}>
      <SchemeFields value={choice} onChange={setChoice} text={text} />
      <Checkbox
        checked={slips}
        onChange={(_, d) => setSlips(d.checked === true)}
        label={text.slipsLabel}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy || choice.asOf === ""}
          onClick={() => void generate()}
        >
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
              aria-label={text.narrativeTitle}
              readOnly
              resize="vertical"
              rows={8}
              value={figures.narrative}
            />
            <div className={styles.row}>
              <Button size="small" onClick={() => void copyNarrative()}>
                {text.copy}
              </Button>
              {copy.state.success && <Body1 role="status">{copy.state.success}</Body1>}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
