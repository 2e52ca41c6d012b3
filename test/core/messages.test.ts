import { describeValue, MESSAGES } from "../../src/core";

// Words that only make sense in a spreadsheet: the Excel adapter adds them (src/functions/messages.ts),
// the core never does, so the task pane can show core messages as they are.
const HOST_WORDING = /excel|cell|a range|blank|quotes|argument/i;

describe("MESSAGES", () => {
  it("say what is wrong in plain words, with no spreadsheet wording", () => {
    // Every entry, present and future, called with a parameter name and numbers for its other slots.
    for (const [key, message] of Object.entries(MESSAGES)) {
      const text = (message as (...args: unknown[]) => string)("utilization", 2, 3, 4);
      expect(`${key}: ${text}`).not.toMatch(HOST_WORDING);
    }
    expect(MESSAGES.required("utilization")).toBe("utilization is required: enter a number");
    expect(MESSAGES.rule("utilization", "greater than 0 and at most 1")).toBe(
      "utilization must be greater than 0 and at most 1"
    );
  });
});

describe("describeValue", () => {
  it("shows a rejected value as a person would recognise it", () => {
    expect(describeValue(0)).toBe("0");
    expect(describeValue("fast")).toBe('text "fast"');
    expect(describeValue("a very long piece of text indeed")).toBe('text "a very long piece of"');
    expect(describeValue(null)).toBe("blank");
    expect(describeValue([1, 2])).toBe("a list");
    expect(describeValue(true)).toBe("boolean");
    expect(describeValue(undefined)).toBe("undefined");
  });
});
