import { CONTENT_TYPE, declarePart } from "../package/contentTypes";
import {
  REL,
  addRelationship,
  isType,
  readRelationships,
  removeRelationships,
} from "../package/relationships";
import { removePartTree } from "../package/partTree";
import type { XlsxPackage } from "../package/xlsxPackage";
import { WorkbookModel } from "../package/workbookModel";
import { SharedStrings } from "./sharedStrings";
import { StyleBook } from "./styleBook";
import { tableCatalogue, type TableCatalogue } from "./tables";

/**
 * What one write shares across the sheets it touches: the package (a copy, so a failed write
 * leaves the caller's untouched), the workbook model, the styles and shared strings it extends,
 * and the table names taken. `finish` writes the shared parts back.
 */
export class WriteSession {
  readonly model: WorkbookModel;
  readonly styles: StyleBook;
  readonly strings: SharedStrings;
  readonly tables: TableCatalogue;
  private readonly stylesPart: string;
  private readonly stringsPart: string;
  private readonly hasStyles: boolean;

  constructor(readonly pkg: XlsxPackage) {
    this.model = WorkbookModel.read(pkg);
    const rels = readRelationships(pkg, this.model.part);
    const folder = this.model.part.slice(0, this.model.part.lastIndexOf("/") + 1);
    this.stylesPart = rels.find((r) => isType(r, "styles"))?.part ?? `${folder}styles.xml`;
    this.stringsPart =
      rels.find((r) => isType(r, "sharedStrings"))?.part ?? `${folder}sharedStrings.xml`;
    const styles = pkg.text(this.stylesPart);
    this.hasStyles = styles !== undefined;
    this.styles = styles === undefined ? StyleBook.empty() : new StyleBook(styles);
    this.strings = new SharedStrings(pkg.text(this.stringsPart));
    this.tables = tableCatalogue(pkg, this.model);
  }

  /** Writes styles, strings and the workbook back; drops the calculation chain. */
  finish(): void {
    const { pkg, model } = this;
    if (this.styles.changed || !this.hasStyles) {
      pkg.setText(this.stylesPart, this.styles.toXml());
      if (!this.hasStyles) {
        addRelationship(pkg, model.part, REL.styles, this.stylesPart);
        declarePart(pkg, this.stylesPart, CONTENT_TYPE.styles);
      }
    }
    if (this.strings.changed) {
      // Deflated as it is written: the table of a merged sheet is never one string.
      const entry = pkg.deflating(this.stringsPart);
      this.strings.write(entry);
      pkg.setDeflated(this.stringsPart, entry.end());
      if (this.strings.isNew) {
        addRelationship(pkg, model.part, REL.sharedStrings, this.stringsPart);
        declarePart(pkg, this.stringsPart, CONTENT_TYPE.sharedStrings);
      }
    }
    // The chain lists formula cells by position; Excel rebuilds it, and reports a file whose
    // chain names cells that changed or went as needing repair.
    const chain = readRelationships(pkg, model.part).filter((r) => isType(r, "calcChain"));
    if (chain.length > 0) {
      for (const rel of chain) if (rel.part) removePartTree(pkg, rel.part);
      removeRelationships(
        pkg,
        model.part,
        chain.map((r) => r.id),
      );
    }
    model.flush(pkg);
  }
}
