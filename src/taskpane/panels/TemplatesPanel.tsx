import { Body1, Button, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { useOperation } from "../components/useOperation";
import type { WorkbookView } from "../components/workbook";
import { format, type Lang, type Strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";
import { KIND_OPTIONS, kindName } from "../../app/kinds";

export interface TemplatesPanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  workbook: WorkbookView;
}

/** 模板: a new, empty sheet for any of the ten ledgers. */
export function TemplatesPanel({ ops, text, lang, workbook }: TemplatesPanelProps) {
  const styles = usePanelStyles();
  const { state, run, busy } = useOperation(lang, text.cancelled);
  const [kind, setKind] = useState<string>(KIND_OPTIONS[1]?.kind ?? "problem");
  const insert = () =>
    run(text.actionTemplate, async () => {
      const outcome = await ops.insertTemplate(kind);
      const next = await workbook.refresh();
      // The new sheet is the one 台账识别 offers next.
      const created = outcome.sheets[0];
      if (created !== undefined && next.sheets.includes(created)) workbook.choose(created);
      return {
        message: format(text.templateInserted, { sheet: outcome.sheets.join("、") }),
        notes: outcome.notes,
      };
    });
  return (
    <div className={styles.panel}>
      <Body1 className={styles.caption}>{text.templateIntro}</Body1>
      <Field label={text.kindLabel}>
        <Select value={kind} onChange={(_, d) => setKind(d.value)}>
          {KIND_OPTIONS.map((o) => (
            <option key={o.kind} value={o.kind}>
              {kindName(o.kind, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
          {text.insertTemplate}
        </Button>
      </div>
      <OperationStatus state={state} text={text} />
    </div>
  );
}
