/** @jest-environment jsdom */
import { PRESET_DATASET } from "../../../src/presets";
import { createConfirmOverwrite, overwriteLines } from "../../../src/taskpane/shell/dialog";
import { datasetNoticeText } from "../../../src/taskpane/shell/header";
import {
  hostStatusText,
  insertButton,
  NEEDS_EXCEL,
  runInsert,
} from "../../../src/taskpane/shell/needsExcel";
import { fakeServices, settle } from "../fakes";

describe("needs Excel", () => {
  it("disables insert outside Excel and says why in one wording", () => {
    const row = insertButton(fakeServices({ inExcel: false }), "Insert", "x", jest.fn());
    const button = row.querySelector("button") as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const hint = row.querySelector(".hint");
    expect(hint?.textContent).toBe(NEEDS_EXCEL);
    expect(button.getAttribute("aria-describedby")).toBe(hint?.id);
    expect(hostStatusText(false)).toMatch(/^Standalone calculator · .*open this pane from Excel/);
    expect(hostStatusText(true)).toMatch(/^Connected to Excel/);
  });

  it("never calls the writer outside Excel", async () => {
    const services = fakeServices({ inExcel: false });
    const insert = jest.fn();
    await runInsert(services, "Insert", insert);
    expect(insert).not.toHaveBeenCalled();
    expect(services.toasts).toEqual([[NEEDS_EXCEL, "error"]]);
  });

  it("says what was written, what was not, and what failed", async () => {
    const services = fakeServices();
    await runInsert(services, "Insert", async () => ({
      ok: true,
      value: { address: "S!A1", sheetName: "S" },
    }));
    await runInsert(services, "Insert", async () => ({
      ok: false,
      reason: "Nothing was written.",
    }));
    await runInsert(services, "Insert", async () => {
      throw new Error("busy");
    });
    expect(services.toasts).toEqual([
      ["Insert: written to S!A1.", undefined],
      ["Nothing was written.", undefined],
      ["Insert failed: busy", "error"],
    ]);
    expect(services.settings.data["tokenomics.datasetVersion"]).toBe(PRESET_DATASET.version);
  });
});

describe("dataset notice", () => {
  it("speaks only when the workbook's values came from another dataset", () => {
    expect(datasetNoticeText(undefined)).toBeUndefined();
    expect(datasetNoticeText(PRESET_DATASET.version)).toBeUndefined();
    expect(datasetNoticeText("2025.12.1")).toMatch(
      /^This workbook's presets were inserted from dataset 2025\.12\.1/
    );
  });
});

describe("overwrite dialog", () => {
  const check = { address: "Sheet1!A1:F16", nonEmptyCells: 1, existingNames: ["B200_HbmGb"] };

  it("says which cells and names would change", () => {
    expect(overwriteLines(check)).toEqual([
      "1 non-empty cell(s) in Sheet1!A1:F16 would be overwritten.",
      "These names already exist and would point to the new cells: B200_HbmGb.",
    ]);
  });

  it("answers with the button pressed, and Escape keeps the cells", async () => {
    document.body.innerHTML = '<div id="dialog" hidden></div>';
    const dialog = document.getElementById("dialog") as HTMLElement;
    const confirm = createConfirmOverwrite(dialog);
    const first = confirm(check);
    expect(dialog.hidden).toBe(false);
    expect(document.activeElement?.getAttribute("data-testid")).toBe("dialog-cancel");
    (dialog.querySelector('[data-testid="dialog-overwrite"]') as HTMLElement).click();
    await expect(first).resolves.toBe(true);
    expect(dialog.hidden).toBe(true);
    const second = confirm(check);
    dialog
      .querySelector('[role="alertdialog"]')
      ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await expect(second).resolves.toBe(false);
    await settle();
  });
});
