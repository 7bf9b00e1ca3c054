// What is drawn on every page once the content is laid out: the footer (verification code,
// receipt number, page n of N) and, for drafts, a diagonal watermark. Then the PDF's bytes.

export type TFooter = { lines: (page: number, total: number) => string[] };

const FOOTER = { size: 7.5, color: '#333333', line: '#8a949e' } as const;

function watermark(doc: PDFKit.PDFDocument, text: string): void {
  const cx = doc.page.width / 2;
  const cy = doc.page.height / 2;
  doc.save();
  doc.rotate(-35, { origin: [cx, cy] });
  doc.font('bold').fontSize(64).fillColor('#c0392b').fillOpacity(0.13);
  doc.text(text, cx - 300, cy - 40, { width: 600, align: 'center', lineBreak: false });
  doc.restore();
}

/** Draws the footer and the watermark on every buffered page. */
export function markEveryPage(
  doc: PDFKit.PDFDocument,
  box: { margin: number; footerHeight: number },
  footer: TFooter,
  mark: string | null,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Note: drawing below the bottom margin would make pdfkit open a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (mark) watermark(doc, mark);
    const left = box.margin;
    const width = doc.page.width - 2 * box.margin;
    let y = doc.page.height - box.margin - box.footerHeight + 8;
    doc
      .moveTo(left, y - 4)
      .lineTo(left + width, y - 4)
      .stroke(FOOTER.line);
    doc.font('regular').fontSize(FOOTER.size).fillColor(FOOTER.color);
    for (const line of footer.lines(i - start + 1, count)) {
      doc.text(line, left, y, { width, lineBreak: false });
      y += FOOTER.size + 3;
    }
    doc.page.margins.bottom = bottomMargin;
  }
}

/** Ends the document and resolves with its bytes. */
export async function endPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
