/** @jest-environment jsdom */
import { NEEDS_EXCEL } from "../../../src/taskpane/shell/needsExcel";
import { createConfirmChange } from "../../../src/taskpane/shell/dialog";
import { mountShare, SHARE_INTRO, SHARE_SCOPES } from "../../../src/taskpane/views/share";
import { byTestId, fakeServices, mountView, settle } from "../fakes";

describe("share view", () => {
  it("offers the selection, the sheet and the workbook as a labelled radio group, selection chosen", () => {
    const { root } = mountView(mountShare, { tab: "share" });
    expect(byTestId(root, "share-intro").textContent).toBe(SHARE_INTRO);
    const group = byTestId(root, "share-scope");
    expect(group.querySelector("legend")?.textContent).toBe("Freeze or unfreeze");
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).toEqual(["selection", "sheet", "workbook"]);
    for (const radio of radios)
      expect(group.querySelector(`label[for="${radio.id}"]`)?.textContent).toBe(
        SHARE_SCOPES.find((s) => s.id === radio.value)?.label
      );
    expect(radios[0]?.checked).toBe(true);
  });

  it("freezes and unfreezes the chosen scope, and says what happened", async () => {
    const { root, services, state } = mountView(mountShare);
    byTestId(root, "share-scope-sheet").click();
    expect(state.current.shareScope).toBe("sheet");
    byTestId(root, "share-freeze").click();
    await settle();
    state.update({ shareScope: "workbook" });
    expect(byTestId<HTMLInputElement>(root, "share-scope-workbook").checked).toBe(true);
    byTestId(root, "share-unfreeze").click();
    await settle();
    expect(services.frozen).toEqual(["freeze sheet", "unfreeze workbook"]);
    expect(services.toasts).toEqual([
      ["Froze the sheet.", undefined],
      ["No frozen blocks in the workbook: nothing changed.", undefined],
    ]);
  });

  it("says when Freeze failed", async () => {
    const services = fakeServices({
      freeze: () => Promise.reject(new Error("The workbook is protected")),
    });
    const { root } = mountView(mountShare, {}, services);
    byTestId(root, "share-freeze").click();
    await settle();
    expect(services.toasts).toEqual([["Freeze failed: The workbook is protected", "error"]]);
  });

  it("outside Excel disables both buttons with the one needs-Excel hint", () => {
    const { root, services } = mountView(mountShare, {}, fakeServices({ inExcel: false }));
    for (const id of ["share-freeze", "share-unfreeze"]) {
      const button = byTestId<HTMLButtonElement>(root, id);
      expect(button.disabled).toBe(true);
      expect(root.querySelector(`#${button.getAttribute("aria-describedby")}`)?.textContent).toBe(
        NEEDS_EXCEL
      );
    }
    expect(services.frozen).toEqual([]);
  });
});

describe("change confirmation", () => {
  function open(lines: string[]) {
    document.body.innerHTML = '<button id="before">x</button><div id="dialog" hidden></div>';
    const dialog = document.getElementById("dialog") as HTMLElement;
    const answer = createConfirmChange(dialog)({
      title: "Freeze values?",
      lines,
      proceedLabel: "Freeze",
    });
    return { dialog, answer };
  }

  it("lists every change and answers true only when the user goes ahead", async () => {
    const { dialog, answer } = open(["9 cell(s) in 1 block(s)", "Model!A3:C5"]);
    expect(dialog.hidden).toBe(false);
    expect([...dialog.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "9 cell(s) in 1 block(s)",
      "Model!A3:C5",
    ]);
    expect(dialog.querySelector("h2")?.textContent).toBe("Freeze values?");
    byTestId(dialog, "dialog-proceed").click();
    await expect(answer).resolves.toBe(true);
    expect(dialog.hidden).toBe(true);
  });

  it("answers false on Cancel and on Escape", async () => {
    const first = open(["x"]);
    byTestId(first.dialog, "dialog-cancel").click();
    await expect(first.answer).resolves.toBe(false);
    const second = open(["x"]);
    second.dialog
      .querySelector(".dialog-card")
      ?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await expect(second.answer).resolves.toBe(false);
  });
});
