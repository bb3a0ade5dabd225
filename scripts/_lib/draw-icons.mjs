// Draws assets/icon-{16,32,64,80,128}.png: the glyph 账 in white on a rounded blue square.
// Run by hand (`node scripts/_lib/draw-icons.mjs`) when the icon changes; the PNGs are committed
// so that builds never need a browser or a font. Needs Chromium and a CJK font (fonts-wqy-microhei).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./chromium.mjs";
import { repoRoot } from "./paths.mjs";

const sizes = [16, 32, 64, 80, 128];

function drawIcon(size) {
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext("2d");
  const r = Math.max(2, size * 0.18);
  g.fillStyle = "#1F4E9A";
  g.beginPath();
  g.roundRect(0, 0, size, size, r);
  g.fill();
  g.fillStyle = "#FFFFFF";
  g.textAlign = "center";
  g.textBaseline = "middle";
  g.font = `bold ${Math.round(size * 0.72)}px "WenQuanYi Micro Hei", sans-serif`;
  g.fillText("账", size / 2, size / 2 + size * 0.03);
  return canvas.toDataURL("image/png");
}

const { browser, page } = await launchChromium();
try {
  await page.setContent("<!doctype html><meta charset=utf-8><body></body>");
  for (const size of sizes) {
    const dataUrl = await page.evaluate(drawIcon, size);
    const png = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64");
    const file = join(repoRoot, "assets", `icon-${size}.png`);
    writeFileSync(file, png);
    console.log(`${file} (${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
