import PDFDocument from 'pdfkit';

import { pdfFonts } from './pdf-fonts';
import { endPdf, markEveryPage, type TFooter } from './pdf-page-marks';

// Drawing primitives of a printed form: a title, shaded section headings, two-cell label/value
// rows, tables, long text that flows over pages, a photo box, a signature line, and a footer
// and watermark drawn on every page at the end. Coordinates are PostScript points.

/** Millimetres to points (1 pt = 1/72 in). */
export const MM = 72 / 25.4;
/** R-CSC-APPLY: the photo glued on the printed CSC form is 35 mm × 45 mm. */
export const PHOTO_BOX = { width: 35 * MM, height: 45 * MM } as const;

const MARGIN = 42;
const FOOTER_HEIGHT = 30;
const PAD = 4;
const GAP = 10;
/** A value taller than this flows as a paragraph instead of sitting in a cell. */
const LONG_TEXT = 150;
/** The label column, the same on every row so values line up under each other. */
const LABEL_WIDTH = 160;
const COLOR = { text: '#111111', label: '#333333', line: '#8a949e', fill: '#eef1f4' } as const;
const SIZE = { label: 8.5, value: 10, heading: 10.5, small: 7.5 } as const;

export class PdfFormWriter {
  readonly doc: PDFKit.PDFDocument;
  private y = MARGIN;
  private reserved: { left: number; bottom: number } | null = null;

  constructor(info: { title: string; author: string; language: string }) {
    const fonts = pdfFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
      bufferPages: true,
      lang: info.language,
      info: { Title: info.title, Author: info.author, Creator: 'Jiangxue' },
    });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.doc.font('regular').fillColor(COLOR.text).lineWidth(0.5);
  }

  private get left(): number {
    return MARGIN;
  }
  private get right(): number {
    return this.doc.page.width - MARGIN;
  }
  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  private isFirstPage(): boolean {
    return this.doc.bufferedPageRange().count === 1;
  }
  /** The right edge at this height: left of the photo box while beside it. */
  private rightAt(y: number): number {
    return this.reserved && this.isFirstPage() && y < this.reserved.bottom
      ? this.reserved.left - GAP
      : this.right;
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN;
  }
  /** Starts a new page unless `height` still fits on this one. */
  private ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }
  private measure(text: string, font: string, size: number, width: number): number {
    return this.doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: 1 });
  }
  private write(text: string, x: number, y: number, width: number, font: string, size: number) {
    this.doc.font(font).fontSize(size).text(text, x, y, { width, lineGap: 1, lineBreak: true });
  }

  /** A photo box at the top right of the first page; rows beside it are narrowed. */
  photoBox(label: string, hint: string): void {
    const x = this.right - PHOTO_BOX.width;
    const y = MARGIN;
    this.doc
      .save()
      .dash(3, { space: 2 })
      .rect(x, y, PHOTO_BOX.width, PHOTO_BOX.height)
      .strokeColor(COLOR.line)
      .stroke()
      .undash()
      .restore();
    const inner = PHOTO_BOX.width - 2 * PAD;
    const h = this.measure(label, 'regular', SIZE.label, inner);
    const top = y + PHOTO_BOX.height / 2 - h;
    this.doc.fillColor(COLOR.label);
    this.doc
      .font('regular')
      .fontSize(SIZE.label)
      .text(label, x + PAD, top, {
        width: inner,
        align: 'center',
      });
    this.doc.fontSize(SIZE.small).text(hint, x + PAD, top + h + 2, {
      width: inner,
      align: 'center',
    });
    this.doc.fillColor(COLOR.text);
    this.reserved = { left: x, bottom: y + PHOTO_BOX.height + GAP };
  }

  /** Title lines, centred in the space left of the photo box. */
  title(lines: readonly { text: string; size: number; isBold?: boolean }[]): void {
    for (const line of lines) {
      const width = this.rightAt(this.y) - this.left;
      const font = line.isBold ? 'bold' : 'regular';
      const h = this.measure(line.text, font, line.size, width);
      this.doc.font(font).fontSize(line.size).text(line.text, this.left, this.y, {
        width,
        align: 'center',
        lineGap: 1,
      });
      this.y += h + 3;
    }
    this.y += GAP / 2;
  }

  /** A short notice line (the draft warning, the time this copy was made). */
  notice(text: string, color: string = COLOR.label): void {
    const width = this.rightAt(this.y) - this.left;
    const h = this.measure(text, 'regular', SIZE.label, width);
    this.ensure(h);
    this.doc.fillColor(color);
    this.write(text, this.left, this.y, width, 'regular', SIZE.label);
    this.doc.fillColor(COLOR.text);
    this.y += h + PAD;
  }

  /** A shaded section heading, kept with the first row below it. */
  heading(text: string): void {
    this.y += GAP / 2;
    this.ensure(60);
    const w = this.rightAt(this.y) - this.left;
    const h = this.measure(text, 'bold', SIZE.heading, w - 2 * PAD) + 2 * PAD;
    this.doc.rect(this.left, this.y, w, h).fillAndStroke('#dfe6ee', COLOR.line);
    this.doc.fillColor(COLOR.text);
    this.write(text, this.left + PAD, this.y + PAD, w - 2 * PAD, 'bold', SIZE.heading);
    this.y += h;
  }

  /** One label/value row; a very long value flows as a paragraph below its label instead. */
  row(label: string, value: string): void {
    let geometry = this.rowGeometry(label, value);
    if (geometry.height > LONG_TEXT) return this.paragraph(label, value);
    if (this.y + geometry.height > this.bottom) {
      this.newPage();
      geometry = this.rowGeometry(label, value);
    }
    const { labelWidth, width, height } = geometry;
    const { doc, left, y } = this;
    doc.rect(left, y, labelWidth, height).fillAndStroke(COLOR.fill, COLOR.line);
    doc.rect(left + labelWidth, y, width - labelWidth, height).stroke(COLOR.line);
    doc.fillColor(COLOR.label);
    this.write(label, left + PAD, y + PAD, labelWidth - 2 * PAD, 'regular', SIZE.label);
    doc.fillColor(COLOR.text);
    const valueWidth = width - labelWidth - 2 * PAD;
    this.write(value, left + labelWidth + PAD, y + PAD, valueWidth, 'regular', SIZE.value);
    this.y += height;
  }

  private rowGeometry(label: string, value: string) {
    const width = this.rightAt(this.y) - this.left;
    const labelWidth = LABEL_WIDTH;
    const height =
      Math.max(
        this.measure(label, 'regular', SIZE.label, labelWidth - 2 * PAD),
        this.measure(value, 'regular', SIZE.value, width - labelWidth - 2 * PAD),
      ) +
      2 * PAD;
    return { width, labelWidth, height };
  }

  /** A label above long text that flows over as many pages as it needs. */
  paragraph(label: string, text: string): void {
    if (this.reserved && this.isFirstPage()) this.y = Math.max(this.y, this.reserved.bottom);
    this.ensure(50);
    const width = this.right - this.left;
    const h = this.measure(label, 'regular', SIZE.label, width - 2 * PAD) + 2 * PAD;
    this.doc.rect(this.left, this.y, width, h).fillAndStroke(COLOR.fill, COLOR.line);
    this.doc.fillColor(COLOR.label);
    this.write(label, this.left + PAD, this.y + PAD, width - 2 * PAD, 'regular', SIZE.label);
    this.doc.fillColor(COLOR.text);
    this.y += h + PAD;
    this.write(text, this.left + PAD, this.y, width - 2 * PAD, 'regular', SIZE.value);
    this.y = this.doc.y + PAD;
  }

  /** A table with a shaded header row, repeated after a page break. `widths` add up to 1. */
  table(headers: readonly string[], widths: readonly number[], rows: readonly string[][]): void {
    const draw = (cells: readonly string[], isHeader: boolean) => {
      const total = this.rightAt(this.y) - this.left;
      const font = 'regular';
      const size = isHeader ? SIZE.label : SIZE.value - 0.5;
      const cols = widths.map((w) => w * total);
      const height =
        Math.max(...cells.map((c, i) => this.measure(c, font, size, (cols[i] ?? 0) - 2 * PAD))) +
        2 * PAD;
      let x = this.left;
      cells.forEach((cell, i) => {
        const w = cols[i] ?? 0;
        if (isHeader) this.doc.rect(x, this.y, w, height).fillAndStroke(COLOR.fill, COLOR.line);
        else this.doc.rect(x, this.y, w, height).stroke(COLOR.line);
        this.doc.fillColor(isHeader ? COLOR.label : COLOR.text);
        this.write(cell, x + PAD, this.y + PAD, w - 2 * PAD, font, size);
        x += w;
      });
      this.doc.fillColor(COLOR.text);
      this.y += height;
      return height;
    };
    // Note: the header row is kept with the first row below it.
    this.ensure(70);
    draw(headers, true);
    for (const row of rows) {
      const total = this.rightAt(this.y) - this.left;
      const est = Math.max(
        ...row.map((c, i) =>
          this.measure(c, 'regular', SIZE.value - 0.5, (widths[i] ?? 0) * total - 2 * PAD),
        ),
      );
      if (this.y + est + 2 * PAD > this.bottom) {
        this.newPage();
        draw(headers, true);
      }
      draw(row, false);
    }
  }

  /** Declaration sentences, then signature and date lines to sign by hand. */
  signature(declaration: readonly string[], signLabel: string, dateLabel: string): void {
    // The labels arrive with their colon ("申请人签名 Applicant's signature:").
    const width = this.right - this.left;
    const text = declaration.join('\n');
    const h = this.measure(text, 'regular', SIZE.value, width);
    this.y += GAP;
    this.ensure(h + 60);
    this.write(text, this.left, this.y, width, 'regular', SIZE.value);
    this.y += h + 34;
    const lineY = this.y;
    const signWidth = width * 0.6;
    this.doc.font('regular').fontSize(SIZE.label).fillColor(COLOR.label);
    const signText = signLabel;
    const dateText = dateLabel;
    const signLabelWidth = this.doc.widthOfString(signText);
    const dateLabelWidth = this.doc.widthOfString(dateText);
    this.doc.text(signText, this.left, lineY - 10, { lineBreak: false });
    this.doc.text(dateText, this.left + signWidth + 12, lineY - 10, { lineBreak: false });
    this.doc
      .moveTo(this.left + signLabelWidth + 6, lineY)
      .lineTo(this.left + signWidth, lineY)
      .moveTo(this.left + signWidth + 18 + dateLabelWidth, lineY)
      .lineTo(this.right, lineY)
      .stroke(COLOR.text);
    this.doc.fillColor(COLOR.text);
    this.y = lineY + GAP;
  }

  /** Footer (and, for drafts, a watermark) on every page, then the finished PDF. */
  finish(footer: TFooter, watermark: string | null): Promise<Buffer> {
    markEveryPage(this.doc, { margin: MARGIN, footerHeight: FOOTER_HEIGHT }, footer, watermark);
    return endPdf(this.doc);
  }
}
