import { showNoticeDialog } from "./office-notice";
import { createCommandHandlers } from "./registry";

// Function file (commands.html): registers every ribbon function by its manifest name.
void Office.onReady(() => {
  const handlers = createCommandHandlers({
    showNotYetAvailable: showNoticeDialog,
    reportFailure: (error) => console.error("台账助手 ribbon command failed:", error),
  });
  for (const [name, handler] of Object.entries(handlers)) {
    Office.actions.associate(name, handler);
  }
});
