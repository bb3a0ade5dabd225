// Renders a panel as the pane holds it (Fluent theme, the one runner, the workbook view), for
// component tests with recorded operations.
import { FluentProvider } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import type { LedgerOperations } from "../../../src/app/operations";
import { RunnerProvider, useRunnerState } from "../../../src/taskpane/components/runner";
import { useWorkbook, type WorkbookView } from "../../../src/taskpane/components/workbook";
import { taizhangTheme } from "../../../src/taskpane/theme";

export const TODAY = "2021-06-30";

function Pane({ ops, panel }: { ops: LedgerOperations; panel(workbook: WorkbookView): ReactNode }) {
  const runner = useRunnerState();
  const workbook = useWorkbook(ops, TODAY, runner);
  return <RunnerProvider value={runner}>{panel(workbook)}</RunnerProvider>;
}

export function renderInPane(ops: LedgerOperations, panel: (workbook: WorkbookView) => ReactNode) {
  return render(
    <FluentProvider theme={taizhangTheme()}>
      <Pane ops={ops} panel={panel} />
    </FluentProvider>,
  );
}
