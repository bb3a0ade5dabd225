import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { SchemeName } from "../../core/flags";
import type { Strings } from "../i18n";
import { usePanelStyles } from "./panelStyles";

export interface SchemeChoice {
  scheme: SchemeName;
  dueSoonDays: number;
  asOf: string;
}

export interface SchemeFieldsProps {
  value: SchemeChoice;
  onChange(value: SchemeChoice): void;
  text: Strings;
}

/** 挂图作战 or 督办亮灯, the 临期 window and the as-of date: shared by 标识 and 汇总. */
export function SchemeFields({ value, onChange, text }: SchemeFieldsProps) {
  const styles = usePanelStyles();
  return (
    <>
      <Field label={text.schemeLabel}>
        <RadioGroup
          value={value.scheme}
          onChange={(_, d) =>
            onChange({ ...value, scheme: d.value === "lights" ? "lights" : "flags" })
          }
        >
          <Radio value="flags" label={text.schemeFlags} />
          <Radio value="lights" label={text.schemeLights} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field label={text.asOfLabel} className={styles.grow}>
          <Input
            type="date"
            value={value.asOf}
            onChange={(_, d) => onChange({ ...value, asOf: d.value })}
          />
        </Field>
        <Field label={text.dueSoonDays} className={styles.grow}>
          <Input
            type="number"
            min={0}
            max={365}
            value={String(value.dueSoonDays)}
            onChange={(_, d) => {
              const days = Number(d.value);
              if (Number.isInteger(days) && days >= 0 && days <= 365)
                onChange({ ...value, dueSoonDays: days });
            }}
          />
        </Field>
      </div>
    </>
  );
}
