import { Checkbox, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { SchemeName } from "../core/flags";

// Shared by the task pane's 标识, 汇总 and 合并报送 and the browser page's 合并各院台账 (src/ui:
// React pieces with no host behind them, which both front ends may import).

/** The texts the fields show; each front end passes its own, in the reader's language. */
export interface SchemeChoiceText {
  schemeLabel: string;
  schemeFlags: string;
  schemeLights: string;
  dueSoonDays: string;
  slipsLabel: string;
}

export interface SchemeChoice {
  scheme: SchemeName;
  dueSoonDays: number;
}

export interface SchemeChoiceFieldsProps {
  value: SchemeChoice;
  onChange(value: SchemeChoice): void;
  text: SchemeChoiceText;
  /** 临期天数 only where something counts it: 督办亮灯's yellow light, the reminder slips. */
  showDueSoon: boolean;
}

/** 挂图作战 or 督办亮灯, and the 临期 window where it is used: shared by 标识 and 汇总. */
export function SchemeChoiceFields({
  value,
  onChange,
  text,
  showDueSoon,
}: SchemeChoiceFieldsProps) {
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
      {showDueSoon && (
        <Field label={text.dueSoonDays}>
          <Input
            type="number"
            min={0}
            max={365}
            style={{ maxWidth: "120px" }}
            value={String(value.dueSoonDays)}
            onChange={(_, d) => {
              const days = Number(d.value);
              if (Number.isInteger(days) && days >= 0 && days <= 365)
                onChange({ ...value, dueSoonDays: days });
            }}
          />
        </Field>
      )}
    </>
  );
}

/**
 * What a summary is written with (汇总, 合并报送): the scheme, and 工作提示单 or not; 临期天数
 * where the yellow light or the slips count it.
 */
export function SummaryChoiceFields(props: {
  value: SchemeChoice;
  onChange(value: SchemeChoice): void;
  slips: boolean;
  onSlips(slips: boolean): void;
  text: SchemeChoiceText;
}) {
  return (
    <>
      <SchemeChoiceFields
        value={props.value}
        onChange={props.onChange}
        text={props.text}
        showDueSoon={props.value.scheme === "lights" || props.slips}
      />
      <Checkbox
        checked={props.slips}
        onChange={(_, d) => props.onSlips(d.checked === true)}
        label={props.text.slipsLabel}
      />
    </>
  );
}
