// `npm stop`: undoes `npm start`. Where office-addin-debugging sideloaded (Windows, macOS) it
// unregisters the add-in and stops the dev server it started; on Linux it ends the dev server
// whose pid `npm start` recorded, and only that process.
import { forgetDevServer, runningDevServer } from "./_lib/dev-server.mjs";
import { runBin } from "./_lib/run.mjs";

let status = 0;
if (process.platform === "win32" || process.platform === "darwin") {
  status = runBin("office-addin-debugging", "cli.js", ["stop", "manifest.xml", "desktop"]);
}

const pid = runningDevServer();
if (pid !== undefined) {
  process.kill(pid, "SIGTERM");
  console.log(`已停止开发服务器 (pid ${pid}). Dev server stopped.`);
} else if (process.platform !== "win32" && process.platform !== "darwin") {
  console.log("没有正在运行的台账助手开发服务器。No Taizhang dev server is running.");
}
forgetDevServer();
process.exit(status);
