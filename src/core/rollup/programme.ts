// Programme checks from the seed: each pairing's "六个一" (six yes/no items) and the "1+2" staff
// model (≥ 1 backbone from the advanced office seconded, ≥ 2 young staff from the weak office).
import type { Ledger } from "../model/ledger";
import { officeKey } from "../normalize/office";
import { fieldsFor, isYes, roleReader, textOf } from "./roles";
import { rowRefsOf, type RowRef } from "./rowRef";

export interface SixOnesCheck {
  advanced: string | null;
  office: string | null;
  /** Field title → done. */
  items: Record<string, boolean>;
  done: number;
  total: number;
  /** done / total, a fraction. */
  rate: number | null;
  complete: boolean;
  rows: RowRef[];
}

/** One check per pairing row. */
export function sixOnes(ledgers: readonly Ledger[]): SixOnesCheck[] {
  const checks: SixOnesCheck[] = [];
  for (const ledger of ledgers) {
    if (ledger.kind !== "pairing") continue;
    // A column the sheet does not have is no item done: only the columns present are checked,
    // and a pair is complete only when all six are there and done.
    const all = fieldsFor(ledger, "sixOnes");
    const items = all.filter((field) => field.missing !== true);
    const advanced = roleReader(ledger, "helper");
    const office = roleReader(ledger, "office");
    const refs = rowRefsOf(ledger);
    ledger.rows.forEach((row, index) => {
      const marks = Object.fromEntries(
        items.map((field) => [field.title, isYes(row.cells[field.name]?.value ?? null)]),
      );
      const done = Object.values(marks).filter(Boolean).length;
      checks.push({
        advanced: textOf(advanced(row)),
        office: textOf(office(row)),
        items: marks,
        done,
        total: items.length,
        rate: items.length === 0 ? null : done / items.length,
        complete: items.length > 0 && items.length === all.length && done === items.length,
        rows: [refs[index] as RowRef],
      });
    });
  }
  return checks;
}

export interface StaffModelCheck {
  advanced: string;
  office: string;
  /** Backbone staff seconded from the advanced office to the weak one. */
  backbone: number;
  /** Young staff sent from the weak office to the advanced one. */
  young: number;
  /** 1+2 met: backbone ≥ 1 and young ≥ 2. */
  met: boolean;
  rows: RowRef[];
}

/**
 * The 1+2 model per pair (pairs from the pairing ledger). The exchange ledger's sending unit is
 * its helper-role column (派出单位), the receiving unit its office-role column (接收单位).
 */
export function staffModel(ledgers: readonly Ledger[]): StaffModelCheck[] {
  const pairs = sixOnes(ledgers).filter(
    (p): p is SixOnesCheck & { advanced: string; office: string } =>
      p.advanced !== null && p.office !== null,
  );
  const checks = pairs.map((pair) => ({
    advanced: pair.advanced,
    office: pair.office,
    backbone: 0,
    young: 0,
    met: false,
    rows: [] as RowRef[],
  }));
  for (const ledger of ledgers) {
    if (ledger.kind !== "exchange") continue;
    const from = roleReader(ledger, "helper");
    const to = roleReader(ledger, "office");
    const backbone = roleReader(ledger, "backbone");
    const young = roleReader(ledger, "young");
    const refs = rowRefsOf(ledger);
    ledger.rows.forEach((row, index) => {
      // The reader canonicalises office-role columns only (阿坝县院 → 阿坝县人民检察院): compare
      // names by the place they name, so 派出单位 as typed still matches the pairing.
      const senderText = textOf(from(row));
      const receiverText = textOf(to(row));
      const sender = senderText === null ? null : officeKey(senderText);
      const receiver = receiverText === null ? null : officeKey(receiverText);
      for (const check of checks) {
        const advanced = officeKey(check.advanced);
        const weak = officeKey(check.office);
        const outward = sender === advanced && receiver === weak;
        const inward = sender === weak && receiver === advanced;
        const countsBackbone = outward && isYes(backbone(row));
        const countsYoung = inward && isYes(young(row));
        if (countsBackbone) check.backbone += 1;
        if (countsYoung) check.young += 1;
        if (countsBackbone || countsYoung) check.rows.push(refs[index] as RowRef);
      }
    });
  }
  return checks.map((check) => ({ ...check, met: check.backbone >= 1 && check.young >= 2 }));
}
