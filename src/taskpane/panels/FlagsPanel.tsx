import { Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { Legend } from "../components/Legend";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { SchemeChoiceFields, type SchemeChoice } from "../../ui/SchemeChoiceFields";
import { TargetLine } from "../components/TargetLine";
import { useOperation } from "../components/useOperation";
import type { WorkbookView } from "../components/workbook";
import { format, quotedList, type Lang, type Strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";
import { schemeLegend } from "../../app/flags";

export interface FlagsPanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  workbook: WorkbookView;
  /** Excel lacks conditional formats (ExcelApi 1.6): flags fall back to static fills. */
  noConditionalFormats: boolean;
  onFlagged(): Promise<void>;
}

/** 标识: add the owned flag column to the ledgers under the chosen scheme, or remove it. */
export function FlagsPanel(props: FlagsPanelProps) {
  const { ops, text, lang, workbook } = props;
  const styles = usePanelStyles();
  const { state, run, busy } = useOperation(lang, text.cancelled);
  const [choice, setChoice] = useState<SchemeChoice>({ scheme: "flags", dueSoonDays: 7 });
  // On by default: a deadline typed as text is read through the owned date column.
  const [normaliseDeadlines, setNormaliseDeadlines] = useState(true);
  const flagged = (workbook.overview?.bound ?? []).filter((b) => b.flagged);

  const apply = () =>
    run(text.actionFlags, async (options) => {
      const outcome = await ops.applyFlags(
        { ...choice, asOf: workbook.asOf, normaliseDeadlines, sheet: workbook.chosen },
        options,
      );
      await props.onFlagged();
      return {
        message:
          outcome.flagged.length > 0
            ? format(text.flagsApplied, { sheets: quotedList(lang, outcome.flagged) })
            : text.flagsNone,
        notes: outcome.notes,
        ...(outcome.flagged.length === 0 ? { intent: "warning" as const } : {}),
      };
    });
  const remove = () =>
    run(text.actionRemoveFlags, async () => {
      const { sheets } = await ops.removeFlags();
      await props.onFlagged();
      return {
        message:
          sheets.length > 0
            ? format(text.flagsRemoved, { sheets: quotedList(lang, sheets) })
            : text.flagsNoneToRemove,
      };
    });

  return (
    <div className={styles.panel}>
      {props.noConditionalFormats && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.flagsOldExcel}</MessageBarBody>
        </MessageBar>
      )}
      <TargetLine workbook={workbook} text={text} lang={lang} />
      <SchemeChoiceFields
        value={choice}
        onChange={setChoice}
        text={text}
        showDueSoon={choice.scheme === "lights"}
      />
      <Legend title={text.legendTitle} entries={schemeLegend(choice, lang)} />
      <Checkbox
        checked={normaliseDeadlines}
        onChange={(_, d) => setNormaliseDeadlines(d.checked === true)}
        label={text.normaliseDeadlines}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void apply()}>
          {text.applyFlags}
        </Button>
        {flagged.length > 0 && (
          <Button disabled={busy} onClick={() => void remove()}>
            {text.removeFlags}
          </Button>
        )}
      </div>
      <OperationStatus state={state} text={text} />
    </div>
  );
}
