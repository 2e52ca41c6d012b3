/**
 * The shared-runtime page. Issue 3 builds the pane proper; for now it reports whether it runs inside Excel.
 * It must never import src/functions (that would register every custom function twice).
 */
function setStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    setStatus(
      info.host === Office.HostType.Excel
        ? "Ready: type =TOKENOMICS. in a cell."
        : "Open this page from Excel to use it."
    );
  });
} else {
  setStatus("Office.js is not available: open this page from Excel.");
}
