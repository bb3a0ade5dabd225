import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CapabilityReport } from "../../excel/capabilities";
import { format, type Lang, type Strings } from "../i18n";

export interface CapabilityStatusProps {
  report: CapabilityReport;
  strings: Strings;
  lang: Lang;
}

/**
 * Says which Excel requirement sets are missing and what each one would have enabled; nothing
 * at all when none is missing. Multiline: a task pane is narrow, and the single-line layout
 * would reflow on every resize.
 */
export function CapabilityStatus({ report, strings, lang }: CapabilityStatusProps) {
  if (report.missing.length === 0) return null;
  return (
    <MessageBar intent={report.canRun ? "warning" : "error"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {report.canRun ? strings.capabilitiesSomeMissing : strings.capabilitiesCannotRun}
        </MessageBarTitle>
        <ul>
          {report.missing.map((c) => (
            <li key={c.id}>
              {format(strings.capabilityMissingItem, {
                set: c.set,
                version: c.version,
                enables: c.enables[lang],
              })}
            </li>
          ))}
        </ul>
        {strings.capabilitiesUpgrade}
      </MessageBarBody>
    </MessageBar>
  );
}
