import fc from "fast-check";

import {
  frontierTokensPerSecondPerGpu,
  hermiteAt,
  monotoneSlopes,
  paretoFrontier,
  type FrontierPoint,
} from "../../src/core/frontier";
import { expectInputError } from "../support/errors";
import { expectClose, expectRounded, isClose } from "../support/tolerance";

const point = (tokensPerSecondPerUser: number, tokensPerSecondPerGpu: number): FrontierPoint => ({
  tokensPerSecondPerUser,
  tokensPerSecondPerGpu,
});

// InferenceX blog IX-blog-gb200 (2026-05-23): DeepSeek-R1 FP4 1k/1k, Dynamo TRT-LLM + MTP, measured rows and
// the dashboard's interpolated iso-interactivity table (monotone cubic on the Pareto frontier).
const B200_BLOG = [
  point(309.17, 49.3),
  point(277.39, 118.7),
  point(261.09, 168.9),
  point(224.59, 242.4),
  point(191.18, 369.9),
  point(150.56, 577.3),
  point(126.42, 897.9),
  point(101.79, 2832.9),
  point(74.04, 7111.4),
  point(56.35, 9660.7),
  point(21.34, 12515.7),
];
const GB200_BLOG = [
  point(286.4, 60.7),
  point(272.64, 111.8),
  point(257.11, 165.2),
  point(222.28, 274.8),
  point(207.3, 363.3),
  point(164.37, 1149.1),
  point(90.99, 7698.0),
  point(43.29, 12659.7),
  point(17.82, 14659.4),
];
const B200_BLOG_TABLE: readonly [number, number][] = [
  [25, 12292],
  [45, 10853],
  [60, 9185],
  [75, 6968],
  [90, 4512],
  [100, 3047],
  [125, 941],
  [150, 583],
  [175, 429],
  [200, 332],
  [225, 241],
  [250, 193],
  [275, 126],
  [300, 67],
];
const GB200_BLOG_TABLE: readonly [number, number][] = [
  [25, 14125],
  [45, 12508],
  [60, 11017],
  [75, 9379],
  [90, 7796],
  [100, 6781],
  [125, 4130],
  [150, 1922],
  [175, 826],
  [200, 432],
  [225, 262],
  [250, 186],
  [275, 103],
];

/** Measured-point sets whose frontier is non-trivial: positive, finite, distinct interactivities. */
const pointSets = fc
  .array(
    fc.record({
      tokensPerSecondPerUser: fc.double({ min: 1, max: 1000, noNaN: true }),
      tokensPerSecondPerGpu: fc.double({ min: 1, max: 50000, noNaN: true }),
    }),
    { minLength: 2, maxLength: 25 }
  )
  .filter((points) => paretoFrontier(points).length >= 2);

describe("paretoFrontier", () => {
  describe("results", () => {
    it("drops points dominated in both interactivity and throughput", () => {
      const dominated = point(15, 40);
      const frontier = paretoFrontier([point(10, 100), point(20, 50), dominated]);
      expect(frontier).toEqual([point(10, 100), point(20, 50)]);
      expect(frontier).not.toContain(dominated);
    });

    it("keeps the higher throughput of two points with equal interactivity", () => {
      expect(paretoFrontier([point(10, 80), point(10, 100), point(20, 50)])).toEqual([
        point(10, 100),
        point(20, 50),
      ]);
    });

    it("keeps the higher interactivity of two points with equal throughput", () => {
      expect(paretoFrontier([point(10, 100), point(12, 100)])).toEqual([point(12, 100)]);
    });

    it("returns the given objects, sorted by ascending interactivity", () => {
      const a = { ...point(30, 10), engine: "a" };
      const b = { ...point(5, 90), engine: "b" };
      const frontier = paretoFrontier([a, b]);
      expect(frontier[0]).toBe(b);
      expect(frontier[1]).toBe(a);
    });

    it("returns an empty frontier for no points", () => {
      expect(paretoFrontier([])).toEqual([]);
    });

    it("law: the frontier rises in interactivity and falls in throughput, strictly", () => {
      fc.assert(
        fc.property(pointSets, (points) => {
          const frontier = paretoFrontier(points);
          for (let i = 1; i < frontier.length; i++) {
            const previous = frontier[i - 1] as FrontierPoint;
            const current = frontier[i] as FrontierPoint;
            expect(current.tokensPerSecondPerUser).toBeGreaterThan(previous.tokensPerSecondPerUser);
            expect(current.tokensPerSecondPerGpu).toBeLessThan(previous.tokensPerSecondPerGpu);
          }
        })
      );
    });

    it("law: no input point dominates a frontier point, and every dropped point is dominated", () => {
      const dominates = (a: FrontierPoint, b: FrontierPoint): boolean =>
        a !== b &&
        a.tokensPerSecondPerUser >= b.tokensPerSecondPerUser &&
        a.tokensPerSecondPerGpu >= b.tokensPerSecondPerGpu;
      // A point equal to a frontier point in both values is a duplicate, not a better point.
      const strictlyDominates = (a: FrontierPoint, b: FrontierPoint): boolean =>
        dominates(a, b) &&
        (a.tokensPerSecondPerUser > b.tokensPerSecondPerUser ||
          a.tokensPerSecondPerGpu > b.tokensPerSecondPerGpu);
      fc.assert(
        fc.property(pointSets, (points) => {
          const frontier = paretoFrontier(points);
          for (const f of frontier)
            expect(points.some((p) => strictlyDominates(p, f) && !frontier.includes(p))).toBe(
              false
            );
          for (const p of points) {
            if (!frontier.includes(p)) expect(frontier.some((f) => dominates(f, p))).toBe(true);
          }
        })
      );
    });
  });

  describe("argument validation", () => {
    it("throws naming points when a value is not positive", () => {
      expectInputError(
        () => paretoFrontier([point(10, 0)]),
        "points",
        /^points must be greater than 0/
      );
    });

    it("throws naming points when a value is not finite", () => {
      expectInputError(() => paretoFrontier([point(Infinity, 5)]), "points", /finite/, "notFinite");
    });
  });
});

describe("monotoneSlopes", () => {
  it("returns the secant slope everywhere on a straight line", () => {
    expect(monotoneSlopes([0, 1, 2], [4, 2, 0])).toEqual([-2, -2, -2]);
  });

  it("returns one straight segment for two knots", () => {
    expect(monotoneSlopes([1, 3], [10, 6])).toEqual([-2, -2]);
  });

  it("returns a flat slope at a local extremum of the data", () => {
    expect(monotoneSlopes([0, 1, 2], [0, 1, 0])[1]).toBe(0);
  });
});

describe("hermiteAt", () => {
  it("returns the documented midpoint of a straight line (3)", () => {
    expect(hermiteAt([0, 1, 2], [4, 2, 0], [-2, -2, -2], 0.5)).toBe(3);
  });
});

describe("frontierTokensPerSecondPerGpu", () => {
  describe("results", () => {
    it("reproduces every frontier point exactly", () => {
      for (const measured of [...B200_BLOG, ...GB200_BLOG]) {
        const series = B200_BLOG.includes(measured) ? B200_BLOG : GB200_BLOG;
        const result = frontierTokensPerSecondPerGpu(series, measured.tokensPerSecondPerUser);
        expect(result).toMatchObject({
          ok: true,
          value: {
            tokensPerSecondPerGpu: measured.tokensPerSecondPerGpu,
          },
        });
      }
    });

    it("matches InferenceX's published B200 iso-interactivity table to the unit (golden values)", () => {
      for (const [x, quoted] of B200_BLOG_TABLE) {
        const result = frontierTokensPerSecondPerGpu(B200_BLOG, x);
        if (!result.ok) throw new Error(`expected a value at ${x}`);
        expectRounded(result.value.tokensPerSecondPerGpu, quoted, 0);
      }
    });

    it("matches InferenceX's published GB200 NVL72 iso-interactivity table to the unit (golden values)", () => {
      for (const [x, quoted] of GB200_BLOG_TABLE) {
        const result = frontierTokensPerSecondPerGpu(GB200_BLOG, x);
        if (!result.ok) throw new Error(`expected a value at ${x}`);
        expectRounded(result.value.tokensPerSecondPerGpu, quoted, 0);
      }
    });

    it("returns the measured points either side of the target", () => {
      const result = frontierTokensPerSecondPerGpu(B200_BLOG, 125);
      expect(result).toMatchObject({
        ok: true,
        value: {
          lower: point(101.79, 2832.9),
          upper: point(126.42, 897.9),
        },
      });
    });

    it("returns the same point as lower and upper on an exact hit", () => {
      const result = frontierTokensPerSecondPerGpu(B200_BLOG, 74.04);
      expect(result).toMatchObject({
        ok: true,
        value: {
          lower: point(74.04, 7111.4),
          upper: point(74.04, 7111.4),
        },
      });
    });

    it("ignores dominated points", () => {
      const withDominated = [...B200_BLOG, point(100, 100), point(50, 5000)];
      const a = frontierTokensPerSecondPerGpu(withDominated, 90);
      const b = frontierTokensPerSecondPerGpu(B200_BLOG, 90);
      expect(a).toEqual(b);
    });

    it("returns the single point of a one-point frontier at its interactivity", () => {
      expect(frontierTokensPerSecondPerGpu([point(50, 900)], 50)).toMatchObject({
        ok: true,
        value: {
          tokensPerSecondPerGpu: 900,
        },
      });
    });

    it("interpolates a straight line between two points", () => {
      const result = frontierTokensPerSecondPerGpu([point(10, 1000), point(30, 200)], 20);
      if (!result.ok) throw new Error("expected a value");
      expectClose(result.value.tokensPerSecondPerGpu, 600);
    });

    it("law: between frontier points the curve never rises as interactivity rises", () => {
      fc.assert(
        fc.property(
          pointSets,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (points, u, v) => {
            const frontier = paretoFrontier(points);
            const min = (frontier[0] as FrontierPoint).tokensPerSecondPerUser;
            const max = (frontier[frontier.length - 1] as FrontierPoint).tokensPerSecondPerUser;
            const x1 = Math.min(max, min + Math.min(u, v) * (max - min));
            const x2 = Math.min(max, min + Math.max(u, v) * (max - min));
            const y1 = frontierTokensPerSecondPerGpu(points, x1);
            const y2 = frontierTokensPerSecondPerGpu(points, x2);
            if (!y1.ok || !y2.ok) throw new Error("expected values inside the range");
            // Monotone in exact arithmetic; doubles may differ in the last bits, hence the 1e-12 relative term.
            const rises =
              y1.value.tokensPerSecondPerGpu < y2.value.tokensPerSecondPerGpu &&
              !isClose(y1.value.tokensPerSecondPerGpu, y2.value.tokensPerSecondPerGpu, 1e-12, 0);
            expect(rises).toBe(false);
          }
        )
      );
    });

    it("law: the curve stays between the two measured points around it (no overshoot)", () => {
      fc.assert(
        fc.property(pointSets, fc.double({ min: 0, max: 1, noNaN: true }), (points, u) => {
          const frontier = paretoFrontier(points);
          const min = (frontier[0] as FrontierPoint).tokensPerSecondPerUser;
          const max = (frontier[frontier.length - 1] as FrontierPoint).tokensPerSecondPerUser;
          const result = frontierTokensPerSecondPerGpu(
            points,
            Math.min(max, min + u * (max - min))
          );
          if (!result.ok) throw new Error("expected a value inside the range");
          expect(result.value.tokensPerSecondPerGpu).toBeLessThanOrEqual(
            result.value.lower.tokensPerSecondPerGpu
          );
          expect(result.value.tokensPerSecondPerGpu).toBeGreaterThanOrEqual(
            result.value.upper.tokensPerSecondPerGpu
          );
          expect(Number.isFinite(result.value.tokensPerSecondPerGpu)).toBe(true);
        })
      );
    });

    it("law: every frontier point is reproduced exactly", () => {
      fc.assert(
        fc.property(pointSets, (points) => {
          for (const f of paretoFrontier(points)) {
            expect(frontierTokensPerSecondPerGpu(points, f.tokensPerSecondPerUser)).toMatchObject({
              ok: true,
              value: {
                tokensPerSecondPerGpu: f.tokensPerSecondPerGpu,
              },
            });
          }
        })
      );
    });
  });

  describe("out of range", () => {
    it("returns outOfRange with the measured range above the highest interactivity", () => {
      expect(frontierTokensPerSecondPerGpu(B200_BLOG, 400)).toEqual({
        ok: false,
        kind: "outOfRange",
        reason: "400 tokens/s per user is outside the measured range, 21.34 to 309.17",
        minTokensPerSecondPerUser: 21.34,
        maxTokensPerSecondPerUser: 309.17,
      });
    });

    it("returns outOfRange below the lowest interactivity instead of extrapolating", () => {
      expect(frontierTokensPerSecondPerGpu(B200_BLOG, 21.33)).toMatchObject({
        ok: false,
        kind: "outOfRange",
      });
    });

    it("returns noPoints for an empty set", () => {
      expect(frontierTokensPerSecondPerGpu([], 50)).toEqual({
        ok: false,
        kind: "noPoints",
        reason: "there are no measured points to read a throughput from",
      });
    });
  });

  describe("argument validation", () => {
    it("throws naming tokensPerSecondPerUser when it is 0", () => {
      expectInputError(
        () => frontierTokensPerSecondPerGpu(B200_BLOG, 0),
        "tokensPerSecondPerUser",
        /must be greater than 0/
      );
    });

    it("throws naming tokensPerSecondPerUser when it is NaN", () => {
      expectInputError(
        () => frontierTokensPerSecondPerGpu(B200_BLOG, Number.NaN),
        "tokensPerSecondPerUser",
        /must be a number/,
        "notANumber"
      );
    });
  });
});
