import { MAX_CELLS } from "./limits";
import { decodeXstring } from "./xmlText";
import { ReadFailure } from "./readProblem";
import type { XmlHandler, XmlScanner } from "./xmlScanner";

/**
 * Reads sharedStrings.xml: every distinct text of the workbook, in order (cells of type "s"
 * name them by index). A rich-text entry is the text of its runs joined; phonetic guides
 * (<rPh>, furigana over CJK text) are not part of the value, as Excel shows it.
 */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private inItem = false;
  private inText = false;
  private phonetic = 0;
  private parts = "";

  open(_x: XmlScanner, name: string): void {
    if (name === "si") {
      this.inItem = true;
      this.parts = "";
    } else if (name === "t") {
      this.inText = this.inItem && this.phonetic === 0;
    } else if (name === "rPh") {
      this.phonetic++;
    }
  }

  close(_x: XmlScanner, name: string): void {
    if (name === "t") {
      this.inText = false;
    } else if (name === "rPh") {
      this.phonetic--;
    } else if (name === "si") {
      if (this.strings.length >= MAX_CELLS)
        throw new ReadFailure({ type: "tooManyCells", limit: MAX_CELLS });
      this.strings.push(decodeXstring(this.parts));
      this.inItem = false;
    }
  }

  text(x: XmlScanner, start: number, end: number, literal: boolean): void {
    if (this.inText) this.parts += x.text(start, end, literal);
  }
}
