import { appContext } from "../app/context";
import { inlineCoreWork } from "../app/coreWork";
import { createLedgerOperations, type LedgerOperations } from "../app/operations";
import { langOfTag } from "../core/model";
import { officeExcelHost } from "../excel/excelHost";
import { showNoticeDialog } from "./officeNotice";
import { createCommandHandlers } from "./registry";

// Function file (commands.html): registers every ribbon function by its manifest <FunctionName>,
// as soon as the file loads (Office calls the function right after loading this page).
// Office.actions.associate is the current way; the same function on the global object serves
// older desktop builds that look ExecuteFunction names up there.
const lang = () => langOfTag(Office.context?.displayLanguage);
let operations: LedgerOperations | undefined;
const handlers = createCommandHandlers({
  get lang() {
    return lang();
  },
  operations: () => {
    if (!operations) {
      const context = appContext(lang());
      operations = createLedgerOperations(officeExcelHost(), context, inlineCoreWork(context));
    }
    return operations;
  },
  today: () => appContext(lang()).today(),
  showReport: showNoticeDialog,
  reportFailure: (error) => console.error("台账助手 ribbon command failed:", error),
});
for (const [name, handler] of Object.entries(handlers)) {
  (globalThis as unknown as Record<string, unknown>)[name] = handler;
  Office.actions.associate(name, handler);
}
void Office.onReady();
