import * as fs from "fs";
import * as path from "path";
import { parseStringPromise } from "xml2js";

import { DIST } from "./support/builtBundle";

/**
 * Offline structural checks of manifest.xml (the online validator needs the internet). They catch the
 * mistakes that make Excel reject an add-in or fail to load the shared runtime.
 */
type Xml = Record<string, unknown>;

const CHANGELOG = path.resolve(__dirname, "../CHANGELOG.md");

async function load(file: string): Promise<{ text: string; xml: Xml }> {
  const text = fs.readFileSync(file, "utf8");
  return { text, xml: (await parseStringPromise(text)) as Xml };
}

function collect(node: unknown, attribute: string, into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => collect(child, attribute, into));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$" && value && typeof value === "object" && attribute in value)
        into.push((value as Record<string, string>)[attribute] as string);
      else collect(value, attribute, into);
    }
  }
  return into;
}

function first(node: unknown, ...keys: string[]): unknown {
  let current = node;
  for (const key of keys) {
    const value = (current as Xml | undefined)?.[key];
    current = Array.isArray(value) ? value[0] : value;
  }
  return current;
}

describe.each([
  ["source manifest.xml", path.resolve(__dirname, "../manifest.xml")],
  ["built dist/manifest.xml", path.join(DIST, "manifest.xml")],
])("%s", (label, file) => {
  let text = "";
  let xml: Xml = {};
  beforeAll(async () => {
    ({ text, xml } = await load(file));
  });

  it("has a GUID Id and a 4-part version (Excel on the web rejects 3-part versions)", () => {
    expect(first(xml, "OfficeApp", "Id")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(first(xml, "OfficeApp", "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("targets Excel workbooks and requires the shared runtime", () => {
    expect(collect(first(xml, "OfficeApp", "Hosts"), "Name")).toEqual(["Workbook"]);
    expect(text).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  });

  it("resolves every resid to a defined resource", () => {
    const resources = first(xml, "OfficeApp", "VersionOverrides", "Resources");
    const defined = new Set(collect(resources, "id"));
    const used = collect(first(xml, "OfficeApp", "VersionOverrides", "Hosts"), "resid");
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect(defined).toContain(resid);
  });

  it("uses one resid for the runtime, the functions page, the function file and the task pane", () => {
    const host = first(xml, "OfficeApp", "VersionOverrides", "Hosts", "Host");
    const runtime = collect(first(host, "Runtimes"), "resid");
    expect(runtime).toHaveLength(1);
    expect(collect(first(host, "Runtimes"), "lifetime")).toEqual(["long"]);
    const cf = first(host, "AllFormFactors", "ExtensionPoint");
    const page = collect(first(cf, "Page"), "resid");
    const functionFile = collect(first(host, "DesktopFormFactor", "FunctionFile"), "resid");
    const taskpane = collect(
      first(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab", "Group", "Control", "Action"),
      "resid"
    );
    expect(page).toEqual(runtime);
    expect(functionFile).toEqual(runtime);
    expect(taskpane).toEqual(runtime);
  });

  it("declares the TOKENOMICS namespace and points at functions.js and functions.json", () => {
    expect(text).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="TOKENOMICS"\/>/);
    expect(text).toMatch(/id="Functions.Script.Url" DefaultValue="https:\/\/[^"]+\/functions.js"/);
    expect(text).toMatch(
      /id="Functions.Metadata.Url" DefaultValue="https:\/\/[^"]+\/functions.json"/
    );
  });

  it("uses only https URLs", () => {
    const urls = text.match(/(?:DefaultValue="|<AppDomain>)(https?:[^"<]+)/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/https:\/\//);
  });

  it("carries the newest release in CHANGELOG.md as its version (bumped when signatures change)", () => {
    const newest = /^## (\d+\.\d+\.\d+) - /m.exec(fs.readFileSync(CHANGELOG, "utf8"))?.[1];
    expect(newest).toBeDefined();
    expect(first(xml, "OfficeApp", "Version")).toBe(`${newest}.0`);
  });

  if (label.startsWith("built")) {
    it("leaves no localhost in the production build", () => {
      expect(text).not.toMatch(/localhost/i);
    });

    it("ships every icon the manifest names", () => {
      for (const size of [16, 32, 64, 80])
        expect(fs.existsSync(path.join(DIST, "assets", `icon-${size}.png`))).toBe(true);
    });
  }
});
