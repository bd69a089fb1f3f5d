// The chart renderer: a real PNG with the labels it was given, and SVG text in Cyrillic.
import { describe, expect, it } from "vitest";
import { renderBarChartPng, renderBarChartSvg } from "../../src/render/bar-chart.js";

const spec = {
  title: "Задолженность школ",
  horizontal: true,
  stacked: true,
  categories: ["СОШ №1", "Калашниковская СОШ"],
  series: [
    { name: "Просроченные поручения", values: [3, 1] },
    { name: "Не сданные формы", values: [1, 2] },
  ],
};

describe("bar chart", () => {
  it("draws the title, every category and the legend into the SVG", () => {
    const svg = renderBarChartSvg(spec);
    for (const text of ["Задолженность школ", "СОШ №1", "Калашниковская СОШ", "Не сданные формы"]) expect(svg).toContain(text);
  });

  it("gives a PNG image", () => {
    const png = renderBarChartPng(spec);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(900); // width from the IHDR chunk
  });
});
