import { Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { SchemeFields, type SchemeChoice } from "../components/SchemeFields";
import { useOperation } from "../components/useOperation";
import { format, type Lang, type Strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";

export interface FlagsPanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  /** Today (YYYY-MM-DD), chosen by the caller: the default as-of date. */
  today: string;
  /** Excel lacks conditional formats (ExcelApi 1.6): flags fall back to static fills. */
  noConditionalFormats: boolean;
}

/** 标识: add the owned flag column to the bound ledgers under the chosen scheme. */
export function FlagsPanel({ ops, text, lang, today, noConditionalFormats }: FlagsPanelProps) {
  const styles = usePanelStyles();
  const { state, run } = useOperation(lang);
  const [choice, setChoice] = useState<SchemeChoice>({
    scheme: "flags",
    dueSoonDays: 7,
    asOf: today,
  });
  const [normaliseDeadlines, setNormaliseDeadlines] = useState(false);
  const apply = () =>
    run(async () => {
      const outcome = await ops.applyFlags({ ...choice, normaliseDeadlines });
      return {
        message:
          outcome.flagged.length > 0
            ? format(text.flagsApplied, { sheets: outcome.flagged.join("”“") })
            : text.flagsNone,
        notes: outcome.notes,
      };
    });
  return (
    <div className={styles.panel}>
      {noConditionalFormats && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.flagsOldExcel}</MessageBarBody>
        </MessageBar>
      )}
      <SchemeFields value={choice} onChange={setChoice} text={text} />
      <Checkbox
        checked={normaliseDeadlines}
        onChange={(_, d) => setNormaliseDeadlines(d.checked === true)}
        label={text.normaliseDeadlines}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy || choice.asOf === ""}
          onClick={() => void apply()}
        >
          {text.applyFlags}
        </Button>
      </div>
      <OperationStatus state={state} text={text} />
    </div>
  );
}
