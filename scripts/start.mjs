// `npm start`: the https dev server on port 3000 (webpack serve builds the development bundle in
// memory), and, where office-addin-debugging can sideload (Windows, macOS), desktop Excel with the
// add-in loaded. On Linux there is no desktop Excel: the server starts anyway and this prints, in
// Chinese and English, how to go on. `npm stop` undoes both.
// Telemetry: office-addin-usage-data ≥ 2.1 (what office-addin-debugging and -dev-certs use here)
// has had usage-data reporting removed entirely; no opt-out is needed and nothing is sent.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { devPort, devUrl, forgetDevServer, rememberDevServer } from "./_lib/dev-server.mjs";
import { repoRoot } from "./_lib/paths.mjs";
import { runBin } from "./_lib/run.mjs";

const webpackCli = join(repoRoot, "node_modules", "webpack-cli", "bin", "cli.js");
const canSideload = process.platform === "win32" || process.platform === "darwin";

if (!(await portIsFree(devPort))) {
  console.error(
    `端口 ${devPort} 已被占用：台账助手的开发服务器可能已在运行（可运行 npm stop 停止）。\n` +
      `Port ${devPort} is in use: the dev server may already be running (npm stop ends it).`,
  );
  process.exit(1);
}

if (canSideload) {
  console.log(
    `浏览器版页面（无需 Excel）：${devUrl}web.html\nBrowser page (no Excel needed): ${devUrl}web.html`,
  );
  // office-addin-debugging starts the dev server itself, waits for the port, then registers the
  // manifest and opens Excel. `npm stop` runs `office-addin-debugging stop`.
  const devServer = `"${process.execPath}" "${webpackCli}" serve --mode development`;
  process.exit(
    runBin("office-addin-debugging", "cli.js", [
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      devServer,
      "--dev-server-port",
      String(devPort),
    ]),
  );
}

console.log(`
台账助手开发服务器正在启动：${devUrl}taskpane.html
当前系统（${process.platform}）没有桌面版 Excel，无法自动旁加载加载项。接下来可以：
  1. 在 Windows 电脑上运行 npm ci && npm start，会自动打开 Excel 并加载台账助手；
     或按 README“在 Windows 上旁加载”一节，用共享文件夹中的 manifest.xml 手动加载。
  2. 在本机浏览器中打开浏览器版页面（无需 Excel）：${devUrl}web.html
     选择或拖入 .xlsx/.csv 台账文件，识别、校验、标识、汇总后下载结果。
  3. 在本机浏览器中打开 ${devUrl}taskpane.html 查看任务窗格外壳（不在 Excel 中，功能不可用）。
按 Ctrl+C 或在另一个终端运行 npm stop 停止服务器。

Taizhang dev server starting at ${devUrl}taskpane.html
This system (${process.platform}) has no desktop Excel, so the add-in cannot be sideloaded here:
  1. On Windows, run npm ci && npm start (opens Excel with the add-in), or sideload manifest.xml
     from a network share as the README's "Sideload on Windows" section explains.
  2. Open the browser page (no Excel needed) at ${devUrl}web.html: choose or drop .xlsx/.csv
     ledgers, recognise, check, flag and summarise them, then download the result.
  3. Open ${devUrl}taskpane.html in a local browser to see the task pane shell (outside Excel).
Stop with Ctrl+C, or npm stop from another terminal.
`);

const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
  cwd: repoRoot,
  stdio: "inherit",
});
rememberDevServer(server.pid);
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code, signal) => {
  forgetDevServer();
  process.exit(signal ? 0 : (code ?? 0));
});

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "localhost");
  });
}
