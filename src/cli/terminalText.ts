// Cell text goes into the CLI's messages, and a cell may hold anything: an ESC sequence that
// recolours or clears the terminal, a carriage return that overwrites the line before it, C1
// controls that some terminals obey. Every line is made inert before it is printed: control
// characters become \uXXXX (also a valid escape inside --json strings, where JSON.stringify
// leaves C1 raw). Line feeds and tabs stay: they are layout, not commands.

// C0 but line feed and tab, DEL, C1. (Control characters in a pattern are its very point.)
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(line: string): string {
  return line.replace(
    CONTROL,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}
