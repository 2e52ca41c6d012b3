/**
 * Where an exported workbook goes: a download (a Blob and an anchor, which works in any browser and in
 * Excel on Windows and the web), or, inside Excel, a new workbook opened from the file's base64
 * (Excel.createWorkbook, ExcelApi 1.8), because Excel for Mac blocks downloads from add-ins (office-js #2700).
 */

/** The file's bytes as base64, in chunks so a large file never overflows the argument list. */
export function base64Of(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers the file as a download named `fileName`. */
export function downloadFile(doc: Document, bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const anchor = doc.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  doc.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // The click has handed the URL to the download; release it once the event loop has moved on.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Opens the file as a new workbook in Excel; throws where the host cannot (ExcelApi below 1.8). */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  if (typeof Excel === "undefined" || typeof Excel.createWorkbook !== "function")
    throw new Error("this version of Excel cannot open a workbook from an add-in (ExcelApi 1.8)");
  await Excel.createWorkbook(base64Of(bytes));
}
