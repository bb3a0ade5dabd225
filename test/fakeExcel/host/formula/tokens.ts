/** Splits an Excel formula into tokens for the basic engine (numbers, strings, references — cells, ranges, whole columns and rows —, names, operators, array-constant braces). */
export type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "ref"; sheet: string | null; text: string }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string }
  | { kind: "error"; value: string };

const REF =
  /^(?:(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})/u;
const NUMBER = /^\d+(\.\d+)?([eE][+-]?\d+)?|^\.\d+/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;
const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/;
const OPS = [
  "<>",
  "<=",
  ">=",
  "=",
  "<",
  ">",
  "+",
  "-",
  "*",
  "/",
  "^",
  "&",
  "(",
  ")",
  ",",
  ";",
  "%",
  "@",
  "{",
  "}",
];

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let s = formula.startsWith("=") ? formula.slice(1) : formula;
  while (s.length > 0) {
    const ch = s[0] as string;
    if (ch === " ") {
      s = s.slice(1);
      continue;
    }
    if (ch === '"') {
      let i = 1;
      let text = "";
      while (i < s.length) {
        if (s[i] === '"' && s[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (s[i] === '"') break;
        else text += s[i++];
      }
      if (i >= s.length) throw new Error("unterminated string");
      tokens.push({ kind: "string", value: text });
      s = s.slice(i + 1);
      continue;
    }
    const ref = REF.exec(s);
    if (
      ref &&
      !/^[A-Za-z_.\d]/.test(s.slice(ref[0].length)) &&
      !/^\s*\(/.test(s.slice(ref[0].length))
    ) {
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
      tokens.push({ kind: "ref", sheet, text: (ref[3] ?? "").replace(/\$/g, "") });
      s = s.slice(ref[0].length);
      continue;
    }
    const num = NUMBER.exec(s);
    if (num) {
      tokens.push({ kind: "number", value: Number(num[0]) });
      s = s.slice(num[0].length);
      continue;
    }
    const err = ERROR.exec(s);
    if (err) {
      tokens.push({ kind: "error", value: err[0] });
      s = s.slice(err[0].length);
      continue;
    }
    const name = NAME.exec(s);
    if (name) {
      tokens.push({ kind: "name", value: name[0].toUpperCase() });
      s = s.slice(name[0].length);
      continue;
    }
    const op = OPS.find((o) => s.startsWith(o));
    if (!op) throw new Error(`unexpected "${ch}"`);
    tokens.push({ kind: "op", value: op });
    s = s.slice(op.length);
  }
  return tokens;
}
