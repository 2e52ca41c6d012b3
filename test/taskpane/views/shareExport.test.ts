/** @jest-environment jsdom */
import ExcelJS from "exceljs";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { EXPORT_TEXT, mount } from "../../../src/taskpane/views/shareExport";
import { byTestId, fakeServices, mountView } from "../fakes";

/** Waits until the status line reports the end of an export (exceljs loads and writes asynchronously). */
async function finished(root: HTMLElement): Promise<string> {
  const status = byTestId(root, "export-status");
  for (let i = 0; i < 500; i++) {
    const text = status.textContent ?? "";
    if (text !== "" && !text.endsWith("building the workbook…")) return text;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the export did not finish");
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader does). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function definedNames(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return (workbook.definedNames as unknown as { model: { name: string }[] }).model.map(
    (entry) => entry.name
  );
}

describe("share export view", () => {
  let blobs: Blob[];
  let clicked: HTMLAnchorElement[];

  beforeEach(() => {
    blobs = [];
    clicked = [];
    // jsdom has neither object URLs nor downloads: record what the view hands over.
    URL.createObjectURL = (blob: Blob): string => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    };
    URL.revokeObjectURL = (): void => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this);
    });
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  afterEach(() => jest.restoreAllMocks());

  it("offers the download outside Excel, and no Open as new workbook", () => {
    const { root } = mountView(mount, {}, fakeServices({ inExcel: false }));
    expect(byTestId(root, "export-download").textContent).toBe(EXPORT_TEXT.download);
    expect(root.querySelector('[data-testid="export-open"]')).toBeNull();
    expect(root.textContent).toContain(EXPORT_TEXT.outsideExcel);
  });

  it("downloads the standalone workbook as an .xlsx named for the platform and the day", async () => {
    const { root } = mountView(
      mount,
      { inputs: defaultInputs("GB200") },
      fakeServices({ inExcel: false })
    );
    byTestId(root, "export-download").click();
    expect(await finished(root)).toMatch(
      /^Download as standalone workbook: Tokenomics GB200 2026-11-26\.xlsx/
    );
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe("Tokenomics GB200 2026-11-26.xlsx");
    expect(blobs[0]!.type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    const bytes = await blobBytes(blobs[0]!);
    expect(await definedNames(bytes)).toEqual(expect.arrayContaining(["GpuCount", "Irr"]));
  });

  it("inside Excel also opens the file as a new workbook, through Excel.createWorkbook with its base64", async () => {
    const createWorkbook = jest.fn(async (_base64: string) => undefined);
    (globalThis as { Excel?: unknown }).Excel = { createWorkbook };
    const { root } = mountView(
      mount,
      { inputs: defaultInputs("B200") },
      fakeServices({ inExcel: true })
    );
    expect(root.textContent).toContain("office-js #2700");
    byTestId(root, "export-open").click();
    expect(await finished(root)).toMatch(/^Open as new workbook: Tokenomics B200/);
    expect(createWorkbook).toHaveBeenCalledTimes(1);
    const bytes = new Uint8Array(Buffer.from(createWorkbook.mock.calls[0]![0], "base64"));
    expect(await definedNames(bytes)).toEqual(expect.arrayContaining(["GpuCount", "Irr"]));
    expect(clicked).toHaveLength(0);
  });

  it("says why there is no workbook when the calculator has no throughput figure", async () => {
    const services = fakeServices({ inExcel: false });
    const inputs = { ...defaultInputs("GB200"), tokensPerSecondPerUser: 1e9 };
    const { root } = mountView(mount, { inputs }, services);
    byTestId(root, "export-download").click();
    const status = await finished(root);
    expect(status).toMatch(/^Download as standalone workbook: /);
    expect(services.toasts).toHaveLength(1);
    expect(status).toContain(services.toasts[0]![0]);
    expect(clicked).toHaveLength(0);
  });

  it("reports a host that cannot open workbooks instead of failing silently", async () => {
    (globalThis as { Excel?: unknown }).Excel = {};
    const services = fakeServices({ inExcel: true });
    const { root } = mountView(mount, {}, services);
    byTestId(root, "export-open").click();
    expect(await finished(root)).toMatch(/^Open as new workbook failed: .*ExcelApi 1\.8/);
    expect(services.toasts[0]?.[1]).toBe("error");
  });
});
