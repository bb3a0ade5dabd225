import type { LedgerOperations } from "../app/operations";
import { describeError } from "../app/errorText";
import { runCommand, type CommandEvent } from "./runCommand";
import {
  failureReport,
  summaryReport,
  validationReport,
  type Lang,
  type CommandReport,
} from "./strings";

/** What a ribbon command needs from its host. */
export interface CommandHost {
  lang: Lang;
  /** The workbook operations (the same ones the task pane uses). */
  operations(): LedgerOperations;
  /** Today (YYYY-MM-DD): the summary's as-of date when the workbook keeps none. */
  today(): string;
  /**
   * Shows the report in the notice dialog; resolves as soon as it is open, so the command
   * completes (`event.completed()`) while the user reads it.
   */
  showReport(report: CommandReport): Promise<void>;
  reportFailure(error: unknown): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

/**
 * Ribbon functions by the <FunctionName> the manifest gives them: 校验 and 生成汇总 on the bound
 * ledgers (or the active sheet when none is bound). A failure is reported to the user in the
 * dialog as a plain sentence; only a dialog that cannot open goes to `reportFailure`.
 */
export function createCommandHandlers(host: CommandHost): Record<string, CommandHandler> {
  const command =
    (action: "validate" | "summarize", work: () => Promise<CommandReport>): CommandHandler =>
    (event) =>
      runCommand(
        event,
        async () => {
          let report: CommandReport;
          try {
            report = await work();
          } catch (error) {
            report = failureReport(action, describeError(error, host.lang).message, host.lang);
          }
          await host.showReport(report);
        },
        host.reportFailure,
      );
  return {
    taizhangValidate: command("validate", async () =>
      validationReport(await host.operations().validate(), host.lang),
    ),
    taizhangSummarize: command("summarize", async () => {
      const ops = host.operations();
      // The scheme the ledgers were last flagged with, so the summary counts the same flags, and
      // the workbook's as-of date (the one the pane shows), else today's.
      const { bound, asOf } = await ops.listSheets();
      const scheme = bound.find((b) => b.scheme !== undefined)?.scheme ?? "flags";
      const outcome = await ops.summarize({
        asOf: asOf ?? host.today(),
        scheme,
        dueSoonDays: 7,
        slips: true,
      });
      return summaryReport(outcome, host.lang);
    }),
  };
}
