/** The part of Office.AddinCommands.Event a command handler uses. */
export interface CommandEvent {
  completed(): void;
}

/**
 * Runs one ribbon command and always tells Office it has finished: a command that never calls
 * `event.completed()` leaves Excel showing "working on your request" until it times out.
 * A UI-less function file has nowhere to show a failure, so it goes to `reportFailure`
 * (the webview's console, visible with F12 tools) before completing.
 */
export async function runCommand(
  event: CommandEvent,
  action: () => Promise<void>,
  reportFailure: (error: unknown) => void,
): Promise<void> {
  try {
    await action();
  } catch (error) {
    reportFailure(error);
  } finally {
    event.completed();
  }
}
