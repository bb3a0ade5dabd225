import { runCommand, type CommandEvent } from "./run-command";
import type { FeatureId } from "./strings";

/** What a command needs from its host: a way to tell the user a feature is not there yet. */
export interface CommandHost {
  /** Shows the "not yet available" notice; resolves when the user has dismissed it. */
  showNotYetAvailable(feature: FeatureId): Promise<void>;
  reportFailure(error: unknown): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

/**
 * Ribbon functions by the <FunctionName> the manifest gives them. Later issues replace the
 * notices with the real validate and summarize commands.
 */
export function createCommandHandlers(host: CommandHost): Record<string, CommandHandler> {
  const notYet =
    (feature: FeatureId): CommandHandler =>
    (event) =>
      runCommand(event, () => host.showNotYetAvailable(feature), host.reportFailure);
  return {
    taizhangValidate: notYet("validate"),
    taizhangSummarize: notYet("summarize"),
  };
}
