/*
 * 台账助手 legacy-webview guard. Plain ES5 on purpose: it must parse and run in Internet Explorer 11
 * (Trident) and Edge Legacy (EdgeHTML), which volume-licensed Office 2016/2019, Office 2013 and old
 * Microsoft 365 builds still use for add-ins. React 18 and Fluent UI v9 cannot run there, so this
 * script (loaded before the bundle, never compiled) turns those webviews away with a clear message
 * in Chinese and English, and sets a flag the bundle checks before it mounts anything.
 * In the ribbon's function file (<html data-taizhang-page="commands">, where it loads after
 * office.js) it instead answers the ribbon buttons by opening that message in a dialog, so a
 * button is never a silent no-op there either.
 * Facts: learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
(function () {
  "use strict";

  var ua = window.navigator.userAgent || "";
  var engine = /Trident\/|MSIE /.test(ua) ? "Trident" : /\bEdge\/\d/.test(ua) ? "EdgeHTML" : "";
  if (!engine) return;

  window.taizhangUnsupportedEngine = engine;

  // Must match the <FunctionName>s in manifest.xml (a unit test compares them).
  var ribbonFunctions = ["taizhangValidate", "taizhangSummarize"];

  var pageName = document.documentElement.getAttribute("data-taizhang-page");
  if (pageName === "commands") {
    answerRibbonButtons();
    return;
  }

  // The browser page (web.html) beside this one on the same server: what the message offers
  // instead of the add-in, as an address to open in a modern browser.
  var webPageUrl = window.location.href.replace(/[^/?#]*([?#].*)?$/, "web.html");
  var engineZh =
    engine === "Trident" ? "Internet Explorer 11（Trident）" : "Microsoft Edge 旧版（EdgeHTML）";
  var engineEn =
    engine === "Trident" ? "Internet Explorer 11 (Trident)" : "Microsoft Edge Legacy (EdgeHTML)";

  var zh = {
    lang: "zh-CN",
    title: "当前 Office 版本无法运行台账助手",
    why:
      "您的 Office 使用旧版 " +
      engineZh +
      " 内核显示加载项，台账助手需要基于 Chromium 的 Microsoft Edge WebView2。",
    supportedTitle: "支持的 Office 版本：",
    supported: [
      "Microsoft 365 订阅版（Windows，版本 16.0.13530.20424 及以上，已安装 WebView2）",
      "Office 2021、Office 2024（Windows）",
      "Office 2019、Office 2016 零售版（Windows，且已安装 Microsoft Edge WebView2 运行时）",
      "Office for Mac、Office 网页版"
    ],
    unsupported:
      "不支持：Office 2013，以及批量许可（VL）版 Office 2016、Office 2019——无论是否安装 WebView2，它们都使用 Internet Explorer 11 内核。",
    instead:
      "请改用浏览器版页面：在 Microsoft Edge 或 Chrome 等新版浏览器中打开下面的地址，选择台账文件进行识别、校验、标识与汇总（文件不会上传）；或请信息技术部门升级 Office。",
    link: webPageUrl
  };
  var en = {
    lang: "en",
    title: "This version of Office cannot run Taizhang",
    why:
      "Your Office shows add-ins with the old " +
      engineEn +
      " webview; Taizhang needs the Chromium-based Microsoft Edge WebView2.",
    supportedTitle: "Supported:",
    supported: [
      "Microsoft 365 on Windows, version 16.0.13530.20424 or later, with WebView2 installed",
      "Office 2021 and Office 2024 on Windows",
      "Retail Office 2019 and Office 2016 on Windows with the Microsoft Edge WebView2 runtime",
      "Office for Mac and Office on the web"
    ],
    unsupported:
      "Not supported: Office 2013 and volume-licensed Office 2016 and 2019, which always use Internet Explorer 11.",
    instead:
      "Use the browser page instead: open the address below in Microsoft Edge, Chrome or another modern browser and choose your ledger files (they are not uploaded); or ask your IT department to upgrade Office.",
    link: webPageUrl
  };

  // On the browser page itself the browser, not Office, is what cannot run it.
  if (pageName === "web") {
    zh.title = "此浏览器无法打开台账助手浏览器版";
    zh.why = "当前浏览器使用旧版 " + engineZh + " 内核，台账助手浏览器版需要新版浏览器。";
    zh.supported = [
      "Microsoft Edge（新版）、Chrome",
      "奇安信、360、统信等基于 Chromium 的浏览器（极速模式）"
    ];
    zh.supportedTitle = "请改用：";
    zh.unsupported = "";
    zh.instead = "请在上述浏览器中打开以下地址：";
    en.title = "This browser cannot open the Taizhang browser page";
    en.why = "This browser uses the old " + engineEn + " engine; the page needs a modern browser.";
    en.supported = [
      "Microsoft Edge (new), Chrome",
      "Other Chromium-based browsers in their fast mode"
    ];
    en.supportedTitle = "Use instead:";
    en.unsupported = "";
    en.instead = "Open this address in one of them:";
  }

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function section(t) {
    var box = element("section");
    box.setAttribute("lang", t.lang);
    box.style.marginBottom = "16px";
    var title = element("h1", t.title);
    title.style.fontSize = "18px";
    box.appendChild(title);
    box.appendChild(element("p", t.why));
    box.appendChild(element("p", t.supportedTitle));
    var list = element("ul");
    for (var i = 0; i < t.supported.length; i++) list.appendChild(element("li", t.supported[i]));
    box.appendChild(list);
    if (t.unsupported) box.appendChild(element("p", t.unsupported));
    var instead = element("p", t.instead);
    instead.style.fontWeight = "bold";
    box.appendChild(instead);
    // The address as text the user can copy into another browser, and as a link.
    var link = element("a", t.link);
    link.setAttribute("href", t.link);
    link.className = "taizhang-web-page";
    var line = element("p");
    line.appendChild(link);
    box.appendChild(line);
    return box;
  }

  function render() {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var page = element("main");
    page.id = "unsupported-host";
    page.setAttribute("role", "alert");
    page.style.padding = "16px";
    page.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
    page.style.fontSize = "14px";
    page.style.lineHeight = "1.6";
    page.appendChild(section(zh));
    page.appendChild(section(en));
    body.appendChild(page);
    document.title = zh.title;
  }

  function answerRibbonButtons() {
    var office = window.Office;
    if (!office) return;
    // Old hosts only call into a function file whose Office.initialize is set.
    office.initialize = function () {};
    for (var i = 0; i < ribbonFunctions.length; i++) {
      window[ribbonFunctions[i]] = showMessageInDialog;
      if (office.actions && office.actions.associate) {
        office.actions.associate(ribbonFunctions[i], showMessageInDialog);
      }
    }
  }

  /** Opens taskpane.html (which shows this message here) in a dialog; completes when it closes. */
  function showMessageInDialog(event) {
    var office = window.Office;
    var completed = false;
    function complete() {
      if (completed) return;
      completed = true;
      event.completed();
    }
    var url = window.location.href.replace(/[^/?#]*([?#].*)?$/, "taskpane.html");
    try {
      office.context.ui.displayDialogAsync(url, { height: 60, width: 40 }, function (result) {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          complete();
          return;
        }
        result.value.addEventHandler(office.EventType.DialogEventReceived, complete);
      });
    } catch (error) {
      complete();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
